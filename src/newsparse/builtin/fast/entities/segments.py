"""Splitting a run of capitalised words into names.

``U.S. President Donald Trump`` is one run and three things: a place, a
title and a person.  :func:`split_run` walks a run from left to right and at
each position takes, in this order:

1. a title or honorific (``President``, ``Prime Minister``, ``Mr.``), which is
   not part of any name but marks the next name as a person;
2. a name headed by an organisation, facility, place or event word
   (``Russian Foreign Ministry``, ``Harbin Airport``, ``University of New
   South Wales``), even when it begins with a known name;
3. the longest name the gazetteer knows (``South China Sea``);
4. otherwise a sequence of name-shaped words whose label is left to the
   context (:mod:`newsparse.builtin.fast.entities.cues`).
"""

from __future__ import annotations

from enum import IntEnum

import attrs

from newsparse.builtin.fast.entities.gazetteer import Gazetteer, Known, surface_key, tokens_key
from newsparse.builtin.fast.entities.runs import Run
from newsparse.builtin.fast.entities.shapes import (
    CONNECTORS,
    NAME_PARTICLES,
    POSSESSIVES,
    is_name_shaped,
)
from newsparse.builtin.fast.entities.view import TokenView

__all__ = ["Evidence", "Segment", "split_run"]

# fmt: off
#: Head words that are also common family names ("Stuart Hall", "Park Geun-hye"):
#: after a given name they make a person, not a place.
_SURNAME_HEADS: frozenset[str] = frozenset(
    [
        "Hall", "Lane", "Park", "Church", "Castle", "Forest", "Hills", "Bay", "Temple", "Chapel",
        "Bridge", "Tower", "Fair", "Post", "Guard", "Bill", "Press", "Times", "Union", "Street",
        "Port", "Mall", "Band", "Court", "Daily", "Island", "River", "Sea", "Station",
    ]
)
# fmt: on


# fmt: off
#: Plural nouns whose possessive is part of a name ("People's Army", "Children's Hospital").
_POSSESSIVE_NAME_WORDS: frozenset[str] = frozenset(
    [
        "People", "Children", "Women", "Men", "Workers", "Veterans", "Citizens", "Farmers",
        "Nations", "Teachers", "Writers",
    ]
)
# fmt: on

#: Typographic apostrophes and dashes as the gazetteer's keys write them.
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2011": "-"})

#: Words in capitals longer than this may be a name written in capitals (``WASHINGTON``).
_LONGEST_ACRONYM = 4

#: Prepositions that may follow the head word inside a name ("Bank of", "Council on").
_HEAD_LINKS: frozenset[str] = frozenset({"of", "for", "on"})

#: The most tokens a name headed by a keyword may span: bounds the work per
#: token on long runs of capitalised words.
_MAX_HEADED_TOKENS = 64


class Evidence(IntEnum):
    """How sure the recogniser is of a segment's label."""

    NONE = 0
    CONTEXT = 1
    CUE = 2
    KNOWN = 3


@attrs.define(slots=True)
class Segment:
    """A candidate name: a token range and what is known of it so far.

    :param first: index of its first token.
    :param end: one past its last token.
    :param label: OntoNotes label, or ``None`` while unknown.
    :param evidence: how the label was found.
    :param known: the gazetteer entry, when the name is listed.
    :param title: the title written just before it (``"President"``).
    :param title_token: index of the title's first token.
    :param initial: whether it starts where every word is capitalised.
    :param headline: whether its sentence is a title-case headline.
    :param sentence: the ``(first, end)`` token range of its sentence.
    :param source: which rule gave the label (``"gazetteer"``, ``"head"``, ``"title"`` ...).
    """

    first: int
    end: int
    label: str | None
    evidence: Evidence
    known: Known | None = None
    title: str | None = None
    title_token: int | None = None
    initial: bool = False
    headline: bool = False
    sentence: tuple[int, int] = (0, 0)
    source: str = ""


class _RunSplitter:
    """Splits one run; holds the run's tokens while it works."""

    def __init__(self, run: Run, view: TokenView, gazetteer: Gazetteer) -> None:
        self.run = run
        self.view = view
        self.words = view.words
        self.gazetteer = gazetteer
        self.first = run.tokens[0]
        self.end = run.tokens[-1] + 1
        self.title_ends: dict[int, int] = {}
        self.known_ends: dict[int, tuple[int, Known | None]] = {}
        self.last_head = max(
            (j for j in range(self.first, self.end) if self.words[j] in gazetteer.heads),
            default=-1,
        )

    def key(self, first: int, end: int) -> str:
        return tokens_key(self.words[first:end])

    def is_gap(self, i: int) -> bool:
        word = self.words[i]
        return word in CONNECTORS or word in POSSESSIVES

    def title_at(self, i: int) -> int:
        """Return the end of the longest title starting at token *i*, or *i*."""
        end = self.title_ends.get(i)
        if end is None:
            end = i
            if self.words[i] not in self.gazetteer.title_starts:
                self.title_ends[i] = end
                return end
            limit = min(self.end, i + self.gazetteer.max_title_tokens)
            for j in range(limit, i, -1):
                if not self.is_gap(j - 1) and self.key(i, j) in self.gazetteer.titles:
                    end = j
                    break
            self.title_ends[i] = end
        return end

    def known_at(self, i: int) -> tuple[int, Known | None]:
        """Return the end and entry of the longest known name starting at *i*.

        A word in capitals (``WASHINGTON``, a dateline) is also looked up
        with only its first letter capitalised.
        """
        cached = self.known_ends.get(i)
        if cached is not None:
            return cached
        found = self.find_known(i)
        self.known_ends[i] = found
        return found

    def find_known(self, i: int) -> tuple[int, Known | None]:
        """Look up the longest known name starting at *i* (uncached :meth:`known_at`)."""
        names = self.gazetteer.names
        if self.words[i].translate(_QUOTES) in self.gazetteer.name_starts:
            limit = min(self.end, i + 2 * self.gazetteer.max_name_tokens)
        else:
            limit = i
        for j in range(limit, i, -1):
            if self.is_gap(j - 1) or (j - 1 in self.run.weak and j - 1 != i):
                continue
            known = names.get(self.key(i, j))
            if known is not None:
                return j, known
        word = self.words[i]
        if len(word) > _LONGEST_ACRONYM and word.isupper():
            known = names.get(surface_key(word.capitalize()))
            if known is not None:
                return i + 1, known
        return i, None

    def stretch_end(self, i: int) -> int:
        """Return where a name headed by a keyword and starting at *i* must stop.

        It stops at a possessive, at a title and at a person's name after a
        head word (``Refugee Council Anna Smith``); it crosses ``of``, ``for`` and
        ``on`` only after a head word (``University of``, ``Council on``), ``the``
        only after those, and ``and`` only inside such a phrase and not right
        after a complete known name.
        """
        words = self.words
        heads = self.gazetteer.heads
        crossed = False
        headed = words[i] in heads
        stop = min(self.end, i + _MAX_HEADED_TOKENS)
        j = i + 1
        while j < stop:
            word = words[j]
            if headed and self.person_starts_at(j):
                break
            headed = headed or word in heads
            if word in POSSESSIVES and words[j - 1] not in _POSSESSIVE_NAME_WORDS:
                break
            if not self.is_gap(j) and self.title_at(j) > j:
                break
            if word in _HEAD_LINKS:
                if words[j - 1] not in heads or not self.name_word_follows(j):
                    break
                crossed = True
            elif word == "the":
                if words[j - 1] not in _HEAD_LINKS:
                    break
            elif word in ("and", "&"):
                if word == "and" and not crossed:
                    break
                known_end, known = self.known_at(i)
                if known is not None and known_end == j:
                    break
            elif self.is_gap(j) and word not in POSSESSIVES:
                break
            j += 1
        while j > i + 1 and (self.is_gap(j - 1) or j - 1 in self.run.weak):
            j -= 1
        return j

    def name_word_follows(self, j: int) -> bool:
        """Whether a name-shaped word or ``the`` and one follows token *j*."""
        k = j + 1
        if k < self.end and self.words[k] == "the":
            k += 1
        return k < self.end and (is_name_shaped(self.words[k]) or k in self.run.weak)

    def headed_name(self, i: int) -> tuple[int, str | None]:
        """Return the end and label of a name headed by a keyword, starting at *i*."""
        if self.last_head < i:
            return i, None
        stop = self.stretch_end(i)
        heads = self.gazetteer.heads
        label: str | None = None
        end = i
        for j in range(i, stop):
            word = self.words[j]
            if word not in heads:
                continue
            followed_by_of = j + 1 < stop and self.words[j + 1] in _HEAD_LINKS
            if (j == i and not followed_by_of) or self.person_starts_at(j):
                continue
            if (
                j == i + 1
                and word in _SURNAME_HEADS
                and self.words[i] in self.gazetteer.given_names
            ):
                continue
            label, end = heads[word], stop
            if followed_by_of:
                break
        if label is None:
            return i, None
        return end, label

    def plain_name_end(self, i: int) -> int:
        """Return the end of a sequence of name words starting at *i*."""
        words = self.words
        single_given = words[i] in self.gazetteer.given_names or (
            words[i] in self.gazetteer.surnames_first
        )
        starts_person = single_given
        j = i + 1
        while j < self.end:
            word = words[j]
            if word in NAME_PARTICLES and j + 1 < self.end and not self.is_gap(j + 1):
                j += 1
                continue
            if self.is_gap(j) or j in self.run.weak or self.title_at(j) > j:
                break
            if not single_given and self.known_at(j)[1] is not None:
                break
            if not starts_person and self.person_starts_at(j):
                break
            single_given = False
            j += 1
        return j

    def person_starts_at(self, j: int) -> bool:
        """Whether a given name followed by another name word starts at *j*."""
        return (
            self.words[j] in self.gazetteer.given_names
            and j + 1 < self.end
            and is_name_shaped(self.words[j + 1])
            and j + 1 not in self.run.weak
        )

    def given_name_first(self, i: int) -> bool:
        """Whether a known one-word name at *i* is rather a given name ("Jordan Peterson")."""
        j = i + 1
        return (
            self.words[i] in self.gazetteer.given_names
            and j < self.end
            and is_name_shaped(self.words[j])
            and j not in self.run.weak
            and self.known_at(j)[1] is None
            and self.title_at(j) == j
        )

    def segment(
        self,
        span: tuple[int, int],
        label: str | None,
        evidence: Evidence,
        source: str,
        known: Known | None,
        title: tuple[str, int] | None,
    ) -> Segment:
        """Build the segment of the token range *span* of this run."""
        first, end = span
        return Segment(
            first=first,
            end=end,
            label=label,
            evidence=evidence,
            known=known,
            title=title[0] if title else None,
            title_token=title[1] if title else None,
            initial=self.run.initial and first == self.first,
            headline=self.run.headline,
            sentence=self.run.sentence,
            source=source,
        )

    def split(self) -> list[Segment]:
        """Return the run's candidate names, in text order."""
        run = self.run
        segments: list[Segment] = []
        title: tuple[str, int] | None = None
        i = self.first
        while i < self.end:
            if self.is_gap(i):
                title = None
                i += 1
                continue
            known_end, known = self.known_at(i)
            if i in run.weak and known is None:
                i += 1
                continue
            title_end = self.title_at(i)
            if title_end > i and known_end <= title_end:
                title = (self.view.surface(i, title_end), i)
                i = title_end
                continue
            head_end, head_label = self.headed_name(i)
            if i in run.lowered and known is None and head_label is None:
                i += 1
                continue
            if head_label is not None and head_end > known_end:
                segment = self.segment((i, head_end), head_label, Evidence.CUE, "head", None, title)
            elif known is not None and not (known_end == i + 1 and self.given_name_first(i)):
                segment = self.segment(
                    (i, known_end), known.label, Evidence.KNOWN, "gazetteer", known, title
                )
            else:
                end = self.plain_name_end(i)
                prefix = self.gazetteer.prefixes.get(self.words[i]) if end > i + 1 else None
                if prefix is None:
                    segment = self.segment((i, end), None, Evidence.NONE, "", None, title)
                else:
                    segment = self.segment((i, end), prefix, Evidence.CUE, "prefix", None, title)
            segments.append(segment)
            i = segment.end
            title = None
        return segments


def split_run(run: Run, view: TokenView, gazetteer: Gazetteer) -> list[Segment]:
    """Split *run* into candidate names.

    :param run: a run of capitalised words.
    :param view: the document's tokens.
    :param gazetteer: the word lists.
    :return: the candidates, in text order; unknown ones have ``label=None``.
    """
    return _RunSplitter(run, view, gazetteer).split()
