"""Runs of capitalised words inside one sentence: where names can be.

A run is a maximal sequence of capitalised tokens, possibly joined by
connectors (``of``, ``and``, ``'s``, ``von`` ...) that are followed by another
capitalised token.  Capitalised ordinary words (``The``, ``However``) stay in
the run marked *weak*: they cannot begin or end a name; so is an
interjection or a coordinator that opens a run (``Hey Ginny``, ``Or Ana``; the
lexicon's ``interjections`` and ``coordinators``).  A word broken off by a
hyphen and a space (``Nick Ro- Roberts``, a false start in transcribed speech)
is in no run.  Months and days are
left to the date expressions; hyphenated modifiers (``U.S.-led``) end a run,
and compounds of known names (``China-Russia``) start none but may sit
inside one (``Council on American-Islamic Relations``).
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from newsparse.builtin.fast.entities.gazetteer import Gazetteer
from newsparse.builtin.fast.entities.numeric import MONTHS, WEEKDAYS
from newsparse.builtin.fast.entities.shapes import (
    CONNECTORS,
    POSSESSIVES,
    is_modifier_compound,
    is_name_shaped,
)
from newsparse.builtin.fast.entities.view import TokenView

__all__ = ["Run", "sentence_runs"]

#: Tokens after which the next word starts a clause and may be capitalised
#: for that reason alone.
_OPENERS: frozenset[str] = frozenset(
    {'"', "\u201c", "\u2018", "'", "(", "[", "\u2014", "\u2013", "-", ":", ";", "\u2026", "--"}
)

#: A sentence is a headline when at least this share of its longer words is capitalised.
_HEADLINE_SHARE = 0.6
_HEADLINE_MIN_WORDS = 3


class Run(NamedTuple):
    """Capitalised tokens that may hold one or more names.

    :param tokens: token indices, connectors included, in order.
    :param weak: the indices among *tokens* that never begin or end a name:
        capitalised function words (``The``, ``However``), connectors and
        compounds of known names.
    :param lowered: the indices of sentence-initial words that the document
        also writes in lower case (``Lantern``): they begin a name only when
        a head word follows (``Lantern Festival``).
    :param sentence: the ``(first, end)`` token range of the run's sentence.
    :param initial: whether the run starts where any word is capitalised
        (the sentence start, after an opening quote or a colon).
    :param headline: whether the sentence is written in title case.
    """

    tokens: tuple[int, ...]
    weak: frozenset[int]
    lowered: frozenset[int]
    sentence: tuple[int, int]
    initial: bool
    headline: bool


def _is_headline(words: list[str], first: int, end: int) -> bool:
    if words[end - 1] == ".":
        return False  # headlines end without a full stop
    if any(map(str.isdigit, words[first] + words[end - 1])):
        return False  # a row of a results table ("1. Ada Lind (Norway) 1:52.34")
    long_words = [w for w in words[first + 1 : end] if len(w) > 3 and w.isalpha()]
    if len(long_words) < _HEADLINE_MIN_WORDS:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised >= _HEADLINE_SHARE * len(long_words)


def _joins_known_names(word: str, gazetteer: Gazetteer) -> bool:
    """Whether *word* is a compound of known names (``China-Russia``), not a name itself."""
    if "-" not in word or gazetteer.lookup(word) is not None:
        return False
    return all(gazetteer.lookup(part) is not None for part in word.split("-"))


def _lowered(word: str, view: TokenView, gazetteer: Gazetteer) -> bool:
    return (
        word.lower() in view.lower_vocabulary
        and word not in gazetteer.given_names
        and gazetteer.lookup(word) is None
    )


def _joinable(words: list[str], first: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the tokens ``[first, end)`` between two capitalised words may join them."""
    for t in range(first, end):
        word = words[t]
        if word not in _JOINERS and not _joins_known_names(word, gazetteer):
            return False
    return True


def _cut_short(view: TokenView, i: int) -> bool:
    """Whether token *i* is a word broken off, a hyphen and a space right after it.

    ``Nick Ro- Roberts``: speech transcribed with a false start; the broken
    word is no part of a name.
    """
    hyphen = i + 1
    after = view.ends[hyphen]
    return view.ends[i] == view.starts[hyphen] and view.text[after : after + 1] in (" ", "\t")


#: Months and weekdays, which the date expressions take unless a given name precedes them.
_MONTHS_AND_DAYS: frozenset[str] = MONTHS | WEEKDAYS
#: Tokens that may join two capitalised words: connectors and possessives.
_JOINERS: frozenset[str] = CONNECTORS | POSSESSIVES
_NONE: frozenset[int] = frozenset()


def _run(
    current: list[int],
    weak: set[int],
    lowered: set[int],
    sentence: tuple[int, int],
    flags: tuple[bool, bool],
) -> Run:
    """Build the run of the capitalised tokens *current* and the tokens between them."""
    first, last = current[0], current[-1]
    if last - first + 1 == len(current):  # no joiners between them
        tokens = tuple(current)
        weak_tokens = frozenset(weak) if weak else _NONE
    else:
        tokens = tuple(range(first, last + 1))
        weak_tokens = frozenset(weak.union(set(tokens).difference(current)))
    return Run(tokens, weak_tokens, frozenset(lowered) if lowered else _NONE, sentence, *flags)


def _adjective_before_name(words: list[str], i: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether token *i* is a word that is only an adjective, right before a given name.

    ``Furious Derek told the Clarion``: a tabloid's adjective before a
    person's first name (the lexicon's ``adjectives``).
    """
    return (
        i + 1 < end
        and words[i + 1] in gazetteer.given_names
        and words[i].lower() in gazetteer.adjectives
    )


def _role_before_name(words: list[str], i: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether token *i* is a role noun, capitalised to open a sentence, before a name.

    ``Forward Seo Jun-ho scored``, ``Striker Ana Ruiz``: a noun of the
    lexicon's ``roles`` that is no title (``Coach``, ``Judge``, which titles
    mark), no given name and no family name (``Hunter``, ``Baker``), then a
    name-shaped word.
    """
    word = words[i]
    return (
        i + 1 < end
        and is_name_shaped(words[i + 1])
        and word.lower() in gazetteer.roles
        and word not in gazetteer.title_starts
        and word not in gazetteer.given_names
        and word not in gazetteer.family_names
    )


def sentence_runs(view: TokenView, gazetteer: Gazetteer, first: int, end: int) -> list[Run]:
    """Return the runs of capitalised words in the sentence ``[first, end)`` of tokens.

    Only the sentence's capitalised tokens are visited.

    :param view: the document's tokens.
    :param gazetteer: the word lists.
    :param first: index of the sentence's first token.
    :param end: one past its last token.
    """
    capitals = view.capitals
    lo = bisect.bisect_left(capitals, first)
    hi = bisect.bisect_left(capitals, end, lo)
    if lo == hi:
        return []
    words = view.words
    flags = (False, hi - lo >= _HEADLINE_MIN_WORDS and _is_headline(words, first, end))
    sentence = (first, end)
    common = gazetteer.common_words
    given = gazetteer.given_names
    openers = gazetteer.openers
    runs: list[Run] = []
    current: list[int] = []
    weak: set[int] = set()
    lowered: set[int] = set()
    for k in range(lo, hi):
        i = capitals[k]
        word = words[i]
        if current:
            previous = current[-1]
            if i > previous + 1 and (
                (words[previous + 1] not in _JOINERS and "-" not in words[previous + 1])
                or not _joinable(words, previous + 1, i, gazetteer)
            ):
                runs.append(_run(current, weak, lowered, sentence, flags))
                current, weak, lowered = [], set(), set()
        if i + 1 < end and words[i + 1] == "-" and _cut_short(view, i):
            if current:
                runs.append(_run(current, weak, lowered, sentence, flags))
                current, weak, lowered = [], set(), set()
            continue
        family_month = False
        if word in _MONTHS_AND_DAYS:
            # "Theresa May": a month after a given name is a family name
            family_month = (
                i > 0 and words[i - 1] in given and not (i + 1 < end and words[i + 1][:1].isdigit())
            )
            if not family_month:
                if current:
                    runs.append(_run(current, weak, lowered, sentence, flags))
                    current, weak, lowered = [], set(), set()
                continue
        elif "-" in word:
            if is_modifier_compound(word):
                if current:
                    runs.append(_run(current, weak, lowered, sentence, flags))
                    current, weak, lowered = [], set(), set()
                continue
            if _joins_known_names(word, gazetteer):
                continue
        if (i == first or words[i - 1] in _OPENERS) and _adjective_before_name(
            words, i, end, gazetteer
        ):
            continue  # ``Furious Derek told ...``: an adjective opening a sentence is no name's
        if (i == first or words[i - 1] in _OPENERS) and _role_before_name(words, i, end, gazetteer):
            continue  # ``Forward Seo Jun-ho scored``: a role noun opening a sentence
        initial = i == first or words[i - 1] in _OPENERS
        if not current:
            flags = (initial, flags[1])
        current.append(i)
        lower = word.lower()
        if (lower in common and not family_month) or (len(current) == 1 and lower in openers):
            # an interjection or a coordinator opening a run is no name's first word
            # (``Hey Ginny``, ``Oh Mom``), though one may end a name (``Sandra Oh``)
            weak.add(i)
        elif initial and lower in view.lower_vocabulary and _lowered(word, view, gazetteer):
            lowered.add(i)
    if current:
        runs.append(_run(current, weak, lowered, sentence, flags))
    return runs
