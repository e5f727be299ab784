"""Splitting a run of capitalised words into names.

``U.S. President Donald Trump`` is one run and three things: a place, a
title and a person.  :func:`split_run` walks a run from left to right and at
each position takes, in this order:

1. a title or honorific (``President``, ``Prime Minister``, ``Mr.``), which is
   not part of any name but marks the next name as a person;
2. a name headed by an organisation, facility, place or event word
   (``Russian Foreign Ministry``, ``Harbin Airport``, ``University of New
   South Wales``), even when it begins with a known name; a company's head
   word ends it before ``of`` and a listed place (``Hollis Group of
   Singapore`` is a company and a town); ``and`` joins two parts of one
   such name (``Canada Mortgage and Housing Corp.``), and some nouns head
   a name only before ``of`` (``Chamber of Commerce``);
   fields joined by ``and`` before a listed country are a department of
   its government (``Fisheries and Oceans Canada``);
3. the longest name the gazetteer knows (``South China Sea``), unless it is
   a one-word town that is also a given name before a family name
   (``Sydney Chester``, ``Nancy Holland``: a person's full name);
4. otherwise a sequence of name-shaped words whose label is left to the
   context (:mod:`newsparse.builtin.fast.entities.cues`).
"""

from __future__ import annotations

from enum import IntEnum

import attrs

from newsparse.builtin.fast.entities.gazetteer import Gazetteer, Known, surface_key
from newsparse.builtin.fast.entities.index import GazetteerIndex
from newsparse.builtin.fast.entities.runs import Run
from newsparse.builtin.fast.entities.shapes import (
    CONNECTORS,
    NAME_PARTICLES,
    POSSESSIVES,
    SPEECH_VERBS,
    is_name_shaped,
)
from newsparse.builtin.fast.entities.view import TokenView

__all__ = ["DocumentSplitter", "Evidence", "Segment", "split_run"]

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

#: Tokens that separate names inside a run: connectors and possessives.
_GAPS: frozenset[str] = CONNECTORS | POSSESSIVES

#: Known names starting at a token are looked for forward, through the
#: prefixes of their keys, when more tokens than this could be read.
_LONG_SCAN = 4

#: Words in capitals longer than this may be a name written in capitals (``WASHINGTON``).
_LONGEST_ACRONYM = 4

#: Kinds of listed places a club or company may be named after.
_TOWN_KINDS = frozenset({"city", "capital", "subdivision"})

#: Kinds of listed places whose one-word name may be a person's given name.
_GIVEN_NAME_PLACE_KINDS = frozenset({"city", "capital", "subdivision", "country"})

#: Words after which a listed place opens no person's name (``in Sydney``, ``the Sydney``).
_PLACE_WORDS = frozenset(
    {"in", "into", "near", "throughout", "across", "via", "the", "The", "a", "an"}
)

#: Kinds of listed places that are a state, a country or a country's capital.
_STATE_KINDS = frozenset({"subdivision", "country", "capital"})

#: The article, which no person's name follows.
_THE = frozenset({"the", "The"})

#: Words between a title and its portfolio: ``Minister for Housing``.
_PORTFOLIO_LINKS: frozenset[str] = frozenset({"for", "of"})

#: Coordinators that may join two parts of one name ("Procter and Gamble Co.").
_COORDINATORS: tuple[str, str] = ("and", "&")
_COORDINATOR_SET: frozenset[str] = frozenset(_COORDINATORS)

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
    :param key: the lookup key of its words (:func:`.gazetteer.tokens_key`).
    :param title_end: one past the title's last token.
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
    key: str = ""
    title_end: int | None = None


def _is_initial(word: str) -> bool:
    """Whether *word* is one capital letter and a period: an initial (``F.``)."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _plural_shaped(word: str) -> bool:
    """Whether a word has a plural's ending: ``-s`` (not ``-ss``) or a compound of ``men``."""
    return (word.endswith("s") and not word.endswith("ss")) or (
        len(word) > 5 and word.endswith("men")
    )


class _RunSplitter:
    """Splits one run; holds the run's tokens while it works."""

    def __init__(
        self, run: Run, view: TokenView, gazetteer: Gazetteer, index: GazetteerIndex
    ) -> None:
        self.run = run
        self.view = view
        self.words = words = view.words
        self.gazetteer = gazetteer
        self.title_prefixes = index.title_prefixes
        self.index = index
        self.weak = run.weak
        self.first = first = run.tokens[0]
        self.end = end = run.tokens[-1] + 1
        self.known_ends: dict[int, tuple[int, Known | None]] = {}
        self.heads = gazetteer.heads
        self.of_heads = gazetteer.of_heads
        #: whether the name being read follows a title (``Mr. Lind``)
        self.titled = False
        #: capitalised past tenses found after a name (``Debbie Died``)
        self.verbs: set[int] = set()
        heads = self.heads
        last_head = end - 1
        while last_head >= first and words[last_head] not in heads:
            if words[last_head] in self.of_heads and self.is_head(last_head):
                break
            last_head -= 1
        self.last_head = last_head if last_head >= first else -1
        #: whether a coordinator joins words of the run
        self.coordinated = end - first > 2 and not _COORDINATOR_SET.isdisjoint(
            words[first + 1 : end - 1]
        )

    def is_head(self, j: int) -> bool:
        """Whether token *j* heads a name: a head word, or a word that heads one before ``of``."""
        word = self.words[j]
        return word in self.heads or (
            word in self.of_heads and j + 1 < self.end and self.words[j + 1] == "of"
        )

    def head_label(self, j: int) -> str:
        """Return the label of the name headed by token *j* (an :meth:`is_head`)."""
        word = self.words[j]
        label = self.heads.get(word)
        return self.of_heads[word] if label is None else label

    def title_at(self, i: int) -> int:
        """Return the end of the longest title starting at token *i*, or *i*.

        Tokens are added while the key read so far begins some title's key.
        A title right before the head word of a place's name (``Queen Street``,
        ``King Road``, ``Bishop Square``) is the place's first word, no title.
        """
        words = self.words
        if words[i] not in self.gazetteer.title_starts:
            return i
        end = i
        titles = self.gazetteer.titles
        prefixes = self.title_prefixes
        key = ""
        for j in range(i + 1, min(self.end, i + self.gazetteer.max_title_tokens) + 1):
            word = words[j - 1]
            key += word if word.isascii() else word.translate(_QUOTES)
            if key not in prefixes:
                break
            if word not in _GAPS and key in titles:
                end = j
        if end > i and end < self.end and self.heads.get(words[end]) == "FAC":
            return i
        return end

    def known_at(self, i: int) -> tuple[int, Known | None]:
        """Return the end and entry of the longest known name starting at *i*.

        A word in capitals (``WASHINGTON``, a dateline) is also looked up
        with only its first letter capitalised.  Answers that took a scan
        are kept for the run.
        """
        cached = self.known_ends.get(i)
        if cached is not None:
            return cached
        gazetteer = self.gazetteer
        words = self.words
        word = words[i]
        if (word if word.isascii() else word.translate(_QUOTES)) in gazetteer.name_starts:
            found = self.known_from(i)
            self.known_ends[i] = found
            return found
        if len(word) > _LONGEST_ACRONYM and word.isupper():
            known = gazetteer.names.get(surface_key(word.capitalize()))
            if known is not None:
                return i + 1, known
        return i, None

    def known_from(self, i: int) -> tuple[int, Known | None]:
        """Look up the longest known name starting at the name start *i*."""
        gazetteer = self.gazetteer
        names = gazetteer.names
        words = self.words
        weak = self.weak
        limit = min(self.end, i + 2 * gazetteer.max_name_tokens)
        if limit - i > _LONG_SCAN:
            return self.known_forward(i, limit)
        for j in range(limit, i, -1):
            if words[j - 1] in _GAPS or (j - 1 in weak and j - 1 != i):
                continue
            key = "".join(words[i:j])
            known = names.get(key if key.isascii() else key.translate(_QUOTES))
            if known is not None:
                return j, known
        word = words[i]
        if len(word) > _LONGEST_ACRONYM and word.isupper():
            known = names.get(surface_key(word.capitalize()))
            if known is not None:
                return i + 1, known
        return i, None

    def known_forward(self, i: int, limit: int) -> tuple[int, Known | None]:
        """:meth:`known_from` up to token *limit*, reading forward.

        Tokens are added while some name key starts with the key read so
        far; the last complete name found is the longest.
        """
        names = self.gazetteer.names
        words = self.words
        weak = self.weak
        found: tuple[int, Known | None] | None = None
        key = ""
        for j in range(i + 1, limit + 1):
            word = words[j - 1]
            key += word if word.isascii() else word.translate(_QUOTES)
            if not self.index.starts_name(key):
                break
            if word in _GAPS or (j - 1 in weak and j - 1 != i):
                continue
            known = names.get(key)
            if known is not None:
                found = j, known
        if found is not None:
            return found
        word = words[i]
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
        only after those, and ``and`` only inside such a phrase, or between
        two parts of one name that ends in a head word (:meth:`joined_by_and`),
        and never right after a complete known name.
        """
        words = self.words
        heads = self.gazetteer.heads
        crossed = False
        headed = self.is_head(i)
        stop = min(self.end, i + _MAX_HEADED_TOKENS)
        j = i + 1
        while j < stop:
            word = words[j]
            if headed and self.person_starts_at(j):
                break
            if j == i + 1 and self.surname_head(i, j):
                j += 1  # ``Adrian Teo of ...``: a person, and ``of`` opens an affiliation
                break
            headed = headed or word in heads or self.is_head(j)
            if word in POSSESSIVES and words[j - 1] not in _POSSESSIVE_NAME_WORDS:
                break
            if word not in _GAPS and self.title_at(j) > j:
                break
            if word in _HEAD_LINKS:
                if not self.is_head(j - 1) or not self.name_word_follows(j):
                    break
                crossed = True
            elif word == "the":
                if words[j - 1] not in _HEAD_LINKS:
                    break
            elif word in _COORDINATORS:
                if word == "and" and not crossed and not self.joined_by_and(i, j):
                    break
                known_end, known = self.known_at(i)
                if known is not None and known_end == j:
                    break
            elif word in _GAPS and word not in POSSESSIVES:
                break
            j += 1
        while j > i + 1 and (
            words[j - 1] in _GAPS or (j - 1 in self.weak and words[j - 1] not in heads)
        ):
            j -= 1
        return j

    def joined_by_and(self, i: int, j: int) -> bool:
        """Whether ``and`` at *j* joins two parts of one name that ends in a head word.

        ``Canada Mortgage and Housing Corp.``, ``Alcohol and Gaming
        Commission``: name-shaped words from *i*, none a head word, a title or
        a given name opening a person's name, then ``and``, a name-shaped word
        that is no head word and more name-shaped words up to a head word (a
        common word among them only after the first: ``Quarry and Aggregate
        Workers Union``).  Two names are coordinated instead
        (``Toyota and Honda``, ``Mr. Lind and Acme Corp.``, ``Broward and St.
        Lucie``) when no head word follows or one follows right after ``and``,
        when the name after a title is read, when a head word
        already stands before ``and`` (``Acme Corp. and Borel Group``) or when
        a listed name opens the words after it.
        """
        words = self.words
        gazetteer = self.gazetteer
        weak = self.weak
        if self.titled or words[i] in gazetteer.given_names or words[i] in gazetteer.surnames_first:
            return False
        for k in range(i, j):
            if k in weak or self.is_head(k) or not is_name_shaped(words[k]) or self.title_at(k) > k:
                return False
        k = j + 1
        if k >= self.end or self.known_at(k)[1] is not None:
            return False
        while k < self.end:
            if self.is_head(k):
                return k > j + 1
            word = words[k]
            if (
                (k in weak and k == j + 1)
                or word in _GAPS
                or not is_name_shaped(word)
                or self.title_at(k) > k
                or self.person_starts_at(k)
            ):
                return False
            k += 1
        return False

    def fields_of_country(self, i: int) -> int:
        """Return the end of a department named by its fields and its country, or *i*.

        ``Fisheries and Oceans Norland``: name-shaped words from *i* that are
        neither listed nor head words nor titles, ``and``, more such words,
        then a listed country that ends the run are one body of that
        country's government.  A title before it, a given name first or a
        listed name among the fields (``Ontario and Quebec``) make them names
        of their own.
        """
        words = self.words
        if not self.coordinated or self.titled or words[i] in self.gazetteer.given_names:
            return i
        coordinator = -1
        k = i
        while k < self.end:
            if words[k] in _COORDINATORS:
                if coordinator >= 0 or k == i:
                    return i
                coordinator = k
                k += 1
                continue
            known_end, known = self.known_at(k)
            if known is not None:
                if (
                    coordinator >= 0
                    and k > coordinator + 1
                    and known.kind == "country"
                    and known_end == self.end
                ):
                    return known_end
                return i
            if (
                k in self.weak
                or not is_name_shaped(words[k])
                or self.is_head(k)
                or self.title_at(k) > k
            ):
                return i
            k += 1
        return i

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
        label: str | None = None
        end = i
        heads = self.heads
        of_heads = self.of_heads
        for j in range(i, stop):
            word = self.words[j]
            if word not in heads and (word not in of_heads or not self.is_head(j)):
                continue
            followed_by_of = j + 1 < stop and self.words[j + 1] in _HEAD_LINKS
            if (j == i and not followed_by_of) or self.person_starts_at(j):
                continue
            if j == i + 1 and self.surname_head(i, j):
                continue
            label, end = self.head_label(j), stop
            if followed_by_of:
                if j > i and self.company_of_place(j, stop):
                    end = j + 1  # "Hollis Group of Singapore": a company, then its town
                break
        if label is None:
            return i, None
        return end, label

    def surname_head(self, i: int, j: int) -> bool:
        """Whether the head word *j* is the surname of a given name at *i*.

        Words that head places and institutions are family names too
        (``Hall``, ``Park``), and so are legal forms of companies written
        like a name rather than in capitals (``Teo``, ``Tov``): after a given
        name they end a person's name (``Adrian Teo``), unlike ``Holm AB``.
        A given name that is also a listed place names the place's facility
        instead (``Victoria Station``) unless the head word is a listed
        family name, and always after a preposition of place or an article
        (``in Victoria Park``, ``at Victoria Park``).
        """
        words = self.words
        word = words[j]
        if words[i] not in self.gazetteer.given_names or (
            word not in _SURNAME_HEADS and word not in self.gazetteer.name_like_forms
        ):
            return False
        place = self.known_at(i)
        if place[1] is None or place[0] != i + 1:
            return True
        return word in self.gazetteer.family_names and not (
            i > 0 and (words[i - 1] in _PLACE_WORDS or words[i - 1] == "at")
        )

    def company_of_place(self, j: int, stop: int) -> bool:
        """Whether the company head word *j* is followed by ``of`` and a listed place only."""
        words = self.words
        if words[j] not in self.gazetteer.company_heads or words[j + 1] != "of":
            return False
        known = self.gazetteer.names.get("".join(words[j + 2 : stop]))
        return known is not None and known.label in ("GPE", "LOC")

    def plain_name_end(self, i: int) -> int:
        """Return the end of a sequence of name words starting at *i*."""
        words = self.words
        single_given = words[i] in self.gazetteer.given_names or (
            words[i] in self.gazetteer.surnames_first
        )
        starts_person = single_given
        initialled = False
        j = i + 1
        while j < self.end:
            word = words[j]
            if word in NAME_PARTICLES and j + 1 < self.end and words[j + 1] not in _GAPS:
                j += 1
                continue
            if word in _GAPS or j in self.weak or self.title_at(j) > j:
                break
            if self.past_tense(i, j):
                self.verbs.add(j)  # no name starts at the verb either
                break
            if _is_initial(words[j - 1]):
                # ``L. Ron Hubbard``, ``John F. Kennedy``, ``W. Lansing Gleason``: an
                # initial stands for a name that the words after it continue
                initialled = True
            prefixed = j == i + 1 and words[i] in self.gazetteer.prefixes
            known_end, known = self.known_at(j)
            if not single_given and not prefixed and not initialled and known is not None:
                if j == i + 1 and self.place_ends_name(i, known_end, known):
                    return known_end  # "Atletico Lisboa", "Bayern Munich": a club or company
                break
            if not starts_person and not initialled and self.person_starts_at(j):
                break
            # a run of given names (``Ana Paula``, ``Mary Lou``) still opens a person's
            # name: a listed place after it is the family name (``Ana Paula Resende``)
            single_given = single_given and word in self.gazetteer.given_names
            j += 1
        return j

    def past_tense(self, i: int, j: int) -> bool:
        """Whether the word *j* of a name starting at *i* is rather a verb's past tense.

        ``a slide titled "Debbie Died Because"``: a capitalised word of four
        letters or more ending in ``-ed`` that is neither a listed given or
        family name, a head word nor the start of a listed name, and that the
        document also writes in lower case, or that the lexicon lists as a past
        tense (``past_tenses``) after a given name, ends the name before it.
        """
        word = self.words[j]
        if len(word) < 4 or not word.endswith("ed"):
            return False
        gazetteer = self.gazetteer
        if (
            word in gazetteer.given_names
            or word in gazetteer.family_names
            or word in gazetteer.heads
            or word in gazetteer.name_starts
        ):
            return False
        lower = word.lower()
        return lower in self.view.lower_vocabulary or (
            lower in gazetteer.past_tenses and self.words[i] in gazetteer.given_names
        )

    def portfolio_before_name(self, i: int) -> bool:
        """Whether token *i* is one word of a portfolio before a two-word name.

        ``Minister for Housing Orla Tierney``: after a title and ``for`` or
        ``of``, a run of exactly three name-shaped words none of which the
        gazetteer knows or heads an institution's name (``Acme Widgets
        Inc``), whose first is no given name, is the portfolio's word and the
        name of the one who holds it.
        """
        words = self.words
        if self.end - i != 3 or words[i] in self.gazetteer.given_names:
            return False
        return all(
            is_name_shaped(words[k])
            and k not in self.weak
            and words[k] not in self.gazetteer.heads
            and self.known_at(k)[1] is None
            for k in range(i, self.end)
        )

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

    def place_ends_name(self, i: int, known_end: int, known: Known) -> bool:
        """Whether the unknown word *i* and the town after it are one name.

        ``Atletico Lisboa``, ``Bayern Munich``: a name-shaped word that is not
        listed, not a given name and not a title, then a one-word town or
        region that ends the run.
        """
        word = self.words[i]
        return (
            known.kind in _TOWN_KINDS
            and known_end == i + 2
            and known_end == self.end
            and is_name_shaped(word)
            and i not in self.run.lowered
            and word not in self.gazetteer.given_names
            and word not in self.gazetteer.family_names
            and word not in self.gazetteer.name_starts
        )

    def team_after_town(self, i: int, known_end: int, known: Known | None) -> int:
        """Return the end of a team named after a town (``Boston Celtics``), or *i*.

        A listed town or region, then one name-shaped plural word that is not
        listed (``Nuggets``, ``Raiders``, or a compound of ``men`` such as
        ``Oarsmen``).  After a role noun written in lower
        case the two words are a person's name (``goalie Tyler Greaves``).
        """
        j = known_end
        if (
            known is None
            or (i > 0 and self.words[i - 1] in self.gazetteer.roles)
            or known.kind not in _TOWN_KINDS
            or j >= self.end
            or j in self.run.weak
            or not is_name_shaped(self.words[j])
            or not _plural_shaped(self.words[j])
            or self.known_at(j)[1] is not None
            or self.words[j] in self.gazetteer.heads
        ):
            return i
        return j + 1

    def institution_after_town(self, i: int, known_end: int, known: Known | None) -> int:
        """Return the end of a body named by a town and one word (``Calgary Transit``), or *i*.

        A listed town or region that is not a given name, then one
        name-shaped word that ends the run and is neither listed nor a
        title, given name or family name, and a verb of saying right after
        them (``Halifax Water said``, ``Manitoba Hydro announced``): the
        town's public body or service speaks, not a person.
        """
        j = known_end
        gazetteer = self.gazetteer
        if (
            known is None
            or known.kind not in _TOWN_KINDS
            or self.run.headline
            or (i > 0 and self.words[i - 1] in gazetteer.roles)
            or j + 1 != self.end
            or self.end >= len(self.words)
            or self.words[self.end] not in SPEECH_VERBS
            or j in self.run.weak
            or j in self.run.lowered
            or any(word in gazetteer.given_names for word in self.words[i:j])
        ):
            return i
        word = self.words[j]
        if (
            not is_name_shaped(word)
            or not word[1:].islower()
            or word in gazetteer.given_names
            or word in gazetteer.family_names
            or word in gazetteer.name_starts
            or word in gazetteer.title_starts
            or self.known_at(j)[1] is not None
        ):
            return i
        return j + 1

    def reference_place_as_name(self, i: int, known_end: int, known: Known | None) -> bool:
        """Whether a one-word town or region after a title is rather a given name.

        ``Dr. Ngozi Okonjo-Iweala``: a title, a listed town or region, then a
        name-shaped word that is not listed.
        """
        j = i + 1
        return (
            known is not None
            and known.kind in ("city", "subdivision")
            and known_end == j
            and j < self.end
            and is_name_shaped(self.words[j])
            and j not in self.run.weak
            and self.known_at(j)[1] is None
        )

    def family_name_at(self, j: int) -> bool:
        """Whether token *j*, after a town that may be a given name, is a family name.

        A listed family name that is no head word (``Harbour``) and that the
        document writes neither in lower case (``California Driver`` beside
        ``driver``) nor after ``the`` (``the Hawks``), as no person's name
        is written.  A plural one is a family name only after a given name
        (:meth:`.Gazetteer.is_given_name`: ``Dallas Roberts``, but ``Buffalo
        Bills`` a team) that no preposition of place or article comes before
        (``the Atlanta Hawks``).
        """
        gazetteer = self.gazetteer
        words = self.words
        family = words[j]
        return (
            family in gazetteer.family_names
            and family not in gazetteer.heads
            and family.lower() not in self.view.lower_vocabulary
            and not self.articled(family)
            and (
                not _plural_shaped(family)
                or (
                    not (j > 1 and words[j - 2] in _PLACE_WORDS)
                    and gazetteer.is_given_name(words[j - 1])
                )
            )
        )

    def articled(self, word: str) -> bool:
        """Whether the document writes the capitalised *word* right after ``the``."""
        words = self.words
        return any(words[k] == word and k > 0 and words[k - 1] in _THE for k in self.view.capitals)

    def full_name_from_place(self, i: int, known_end: int, known: Known | None) -> bool:
        """Whether a listed place at *i* is the given name of a person's full name.

        ``Sydney Chester``, ``Nancy Holland``, ``Victoria Adams``: a one-word
        town, state or country that is also a given name
        (:meth:`.Gazetteer.is_given_name`; for a country, one of
        :attr:`.Gazetteer.given_names`: ``Jordan``, not ``China``), then a
        family name in the same run (:meth:`family_name_at`), with no comma
        between.  The family name may be a listed place or organisation of
        its own, but opens no longer listed name (``Dallas Green Bay``), is
        no title, and is no state, country or capital after a town of the
        same country (``Orlando Florida``) nor after another state, country
        or capital (``Georgia Florida``).  After a preposition of place or an
        article the town stays a place (``in Victoria Falls``).
        """
        j = i + 1
        if (
            known is None
            or (i > 0 and self.words[i - 1] in _PLACE_WORDS)
            or known_end != j
            or known.kind not in _GIVEN_NAME_PLACE_KINDS
            or j >= self.end
            or j in self.run.weak
            or j in self.run.lowered
            or self.words[j] in self.gazetteer.title_starts
            or not self.family_name_at(j)
        ):
            return False
        family_end, region = self.known_at(j)
        if family_end > j + 1 or (
            region is not None
            and region.kind in _STATE_KINDS
            and (region.country == known.country or known.kind in _STATE_KINDS)
        ):
            return False
        if known.kind == "country":
            # names of countries given to people are few, and open many bodies'
            # names (``China Southern``): the recogniser's own given names only
            return self.words[i] in self.gazetteer.given_names
        return self.gazetteer.is_given_name(self.words[i])

    def family_name_follows(self, i: int) -> bool:
        """Whether token *i* is followed by a listed family name.

        ``Paola Ricci``, ``Florence Lindqvist``: a one-word town or region
        before a family name (:meth:`family_name_at`) is a given name (with
        :meth:`reference_place_as_name`), unless the family name starts a
        listed name (``Kowloon East``).
        """
        return (
            i + 1 < self.end
            and self.words[i + 1] not in self.gazetteer.name_starts
            and self.family_name_at(i + 1)
        )

    def split(self) -> list[Segment]:
        """Return the run's candidate names, in text order."""
        run = self.run
        words = self.words
        weak = self.weak
        lowered = run.lowered
        title_starts = self.gazetteer.title_starts
        initial = run.initial
        headline = run.headline
        sentence = run.sentence
        segments: list[Segment] = []
        title: tuple[str, int, int] | None = None
        i = self.first
        end = self.end
        office: tuple[str, int, int] | None = None
        while i < end:
            if words[i] in _GAPS:
                # ``Minister for Housing Orla Tierney``: a title's portfolio follows
                office = title if words[i] in _PORTFOLIO_LINKS else None
                title = None
                i += 1
                continue
            if office is not None and self.portfolio_before_name(i):
                # the portfolio's one word belongs to the title; the name after it
                # is the title holder's
                title, office = office, None
                i += 1
                continue
            office = None
            known_end, known = self.known_at(i)
            if known is None and (i in weak or i in self.verbs):
                i += 1
                continue
            if self.reference_place_as_name(i, known_end, known) and (
                title is not None or self.family_name_follows(i)
            ):
                known_end, known = i, None
            if words[i] in title_starts:
                title_end = self.title_at(i)
                if title_end > i and known_end <= title_end:
                    title = (self.view.surface(i, title_end), i, title_end)
                    i = title_end
                    continue
            self.titled = title is not None
            if self.last_head < i:
                head_end, head_label = i, None
            else:
                head_end, head_label = self.headed_name(i)
            if known is None and head_label is None and i in lowered:
                i += 1
                continue
            fields_end = (
                self.fields_of_country(i)
                if self.coordinated and known is None and head_label is None
                else i
            )
            full_name = self.full_name_from_place(i, known_end, known)
            team_end = (
                i
                if full_name or known is None or known.kind not in _TOWN_KINDS
                else self.team_after_town(i, known_end, known)
            )
            if (
                team_end == i
                and not full_name
                and title is None
                and known is not None
                and known.kind in _TOWN_KINDS
            ):
                team_end = self.institution_after_town(i, known_end, known)
            label: str | None
            if fields_end > i:
                stop, label, evidence, source = fields_end, "ORG", Evidence.CUE, "head"
            elif team_end > i:
                stop, label, evidence, source = team_end, "ORG", Evidence.CUE, "team"
                known = None
            elif head_label is not None and head_end > known_end:
                stop, label, evidence, source = head_end, head_label, Evidence.CUE, "head"
                known = None
            elif full_name:
                # ``Sydney Chester``: a given name that is also a place, and a family name
                stop, label, evidence, source = i + 2, "PERSON", Evidence.CUE, "given name"
                known = None
            elif known is not None and not (known_end == i + 1 and self.given_name_first(i)):
                stop, label, evidence, source = known_end, known.label, Evidence.KNOWN, "gazetteer"
            else:
                known = None
                stop = self.plain_name_end(i)
                label = self.gazetteer.prefixes.get(words[i]) if stop > i + 1 else None
                evidence, source = (
                    (Evidence.NONE, "") if label is None else (Evidence.CUE, "prefix")
                )
            key = "".join(words[i:stop])
            segments.append(
                Segment(
                    i,
                    stop,
                    label,
                    evidence,
                    known,
                    title[0] if title else None,
                    title[1] if title else None,
                    initial and i == self.first,
                    headline,
                    sentence,
                    source,
                    key if key.isascii() else key.translate(_QUOTES),
                    title[2] if title else None,
                )
            )
            i = stop
            title = None
        return segments


def split_run(
    run: Run, view: TokenView, gazetteer: Gazetteer, index: GazetteerIndex | None = None
) -> list[Segment]:
    """Split *run* into candidate names.

    :param run: a run of capitalised words.
    :param view: the document's tokens.
    :param gazetteer: the word lists.
    :param index: the lookups derived from *gazetteer* (derived again when omitted).
    :return: the candidates, in text order; unknown ones have ``label=None``.
    """
    if len(run.tokens) == 1:
        return _split_word(run, view, gazetteer)
    if index is None:
        index = GazetteerIndex.build(gazetteer)
    return _RunSplitter(run, view, gazetteer, index).split()


def _split_word(run: Run, view: TokenView, gazetteer: Gazetteer) -> list[Segment]:
    """Split a run of one word: what :meth:`_RunSplitter.split` does when nothing follows.

    A title alone, a weak or lowered word that is not listed, give nothing;
    a listed word is its entry; any other word is a name to be labelled.
    """
    i = run.tokens[0]
    word = view.words[i]
    if word in _GAPS:
        return []
    key = word if word.isascii() else word.translate(_QUOTES)
    known = gazetteer.names.get(key) if key in gazetteer.name_starts else None
    if known is None and len(word) > _LONGEST_ACRONYM and word.isupper():
        known = gazetteer.names.get(surface_key(word.capitalize()))
    if known is None and (i in run.weak or i in run.lowered):
        return []
    if word in gazetteer.title_starts and key in gazetteer.titles:
        return []
    if known is None:
        label, evidence, source = None, Evidence.NONE, ""
    else:
        label, evidence, source = known.label, Evidence.KNOWN, "gazetteer"
    return [
        Segment(
            i,
            i + 1,
            label,
            evidence,
            known,
            None,
            None,
            run.initial,
            run.headline,
            run.sentence,
            source,
            key,
        )
    ]


#: A segment relative to its run: first and end offsets, label, evidence,
#: entry, title offsets, source and key.
_Relative = tuple[int, int, str | None, Evidence, Known | None, tuple[int, int] | None, str, str]


class DocumentSplitter:
    """Splits the runs of one document, each distinct run once.

    A run's split depends only on its words and on which of them are weak
    or lowered: a name written again (``Prime Minister Ana Lind``) is
    split from the first time, its titles read again from the text.  The
    words around a run that some splits read (a role noun before it, a verb
    of saying after it) are read on its first mention: a run written again
    is split as it was then, so one document names it one way.

    :param view: the document's tokens.
    :param gazetteer: the word lists.
    :param index: the lookups derived from *gazetteer*.
    """

    def __init__(self, view: TokenView, gazetteer: Gazetteer, index: GazetteerIndex) -> None:
        self._view = view
        self._gazetteer = gazetteer
        self._index = index
        self._seen: dict[tuple[object, ...], list[_Relative]] = {}

    def split(self, run: Run) -> list[Segment]:
        """Split *run* into candidate names, as :func:`split_run` does.

        :param run: a run of capitalised words of the document.
        """
        view = self._view
        tokens = run.tokens
        if len(tokens) == 1:
            return _split_word(run, view, self._gazetteer)
        first = tokens[0]
        key = (
            tuple(view.words[first : tokens[-1] + 1]),
            tuple(sorted(t - first for t in run.weak)) if run.weak else (),
            tuple(sorted(t - first for t in run.lowered)) if run.lowered else (),
        )
        relative = self._seen.get(key)
        if relative is None:
            segments = _RunSplitter(run, view, self._gazetteer, self._index).split()
            self._seen[key] = [
                (
                    s.first - first,
                    s.end - first,
                    s.label,
                    s.evidence,
                    s.known,
                    None
                    if s.title_token is None or s.title_end is None
                    else (s.title_token - first, s.title_end - first),
                    s.source,
                    s.key,
                )
                for s in segments
            ]
            return segments
        return [
            Segment(
                first + start,
                first + end,
                label,
                evidence,
                known,
                None if title is None else view.surface(first + title[0], first + title[1]),
                None if title is None else first + title[0],
                run.initial and start == 0,
                run.headline,
                run.sentence,
                source,
                name_key,
                None if title is None else first + title[1],
            )
            for start, end, label, evidence, known, title, source, name_key in relative
        ]
