"""Adjuncts between a cue and its content: ``said on Monday that``, ``voted 9–6 to``.

Time words, the tally of a vote, a duration after ``for`` (``complained for
months that``) and short prepositional phrases stand between a verb of saying
and what it reports; the content starts after them.  A preposition that
approximates a number (``said about 40 people``) opens the content instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse.attribution.wordlists import (
    DETERMINERS,
    PREPOSITIONS,
    PRONOUN_NUMBER,
    TIME_WORDS,
    words_of,
)
from newsparse.attribution.words import WORD, Word, is_capitalised
from newsparse.builtin.quotes.finite_clause import subject_clause
from newsparse.builtin.quotes.word_classes import opens_quantity

__all__ = ["APPROXIMATORS", "approximated", "skip_adjuncts", "skip_time"]

#: Prepositions that also approximate a number (``about 40``, ``over half``).
APPROXIMATORS = words_of("about around over under")

_NUMBER_WORDS = words_of(
    "half one two three four five six seven eight nine ten dozen dozens hundreds thousands"
)

#: Number nouns that take an article: ``about a dozen``, ``around a third``.
_NUMBER_NOUNS = words_of("dozen hundred thousand million billion third quarter fifth tenth")

_ADJUNCT_PREPOSITIONS = words_of(
    "in on at during by via through after before from to with over under of following outside"
)


def skip_time(words: Sequence[Word], k: int, end: int) -> int:
    """Step over time words (``said Monday``)."""
    while k < end and words[k].kind == WORD and words[k].lower in TIME_WORDS:
        k += 1
    return k


def skip_adjuncts(words: Sequence[Word], k: int, end: int) -> int:
    """Step over a cue's adjuncts (``said in a statement on Monday``).

    Time words, a tally, a duration after ``for``, ``early`` or ``late`` and
    short prepositional phrases, which end before a name and its finite
    verb (``said at the time Ana Roy turned herself in``); a preposition that
    bounds or approximates a number stays.
    """
    while k < end:
        word = words[k]
        if word.kind != WORD:
            return k
        low = word.lower
        if (
            low in TIME_WORDS
            and low not in ("this", "last", "next", "past")
            and not low.endswith("’s")
        ):
            k += 1
            continue
        tally = _tally(words, k, end)
        if tally is not None:
            k = tally  # ``ruled 2-1 last year that``, ``voted 9–6 on Monday to``
            continue
        if low in ("this", "last", "next") and k + 1 < end and words[k + 1].lower in TIME_WORDS:
            k += 2
            continue
        if low == "for":
            span = _duration(words, k + 1, end)
            if span is None:
                return k
            k = span  # ``complained for months that``, ``said for the first time``
            continue
        if (
            low in ("early", "late")
            and k + 1 < end
            and (words[k + 1].lower in _ADJUNCT_PREPOSITIONS or words[k + 1].lower in TIME_WORDS)
        ):
            k += 1  # ``said early on Sunday``, ``said late Tuesday``
            continue
        if low in _ADJUNCT_PREPOSITIONS:
            if low == "at" and k + 1 < end and words[k + 1].lower in ("least", "most"):
                return k
            if low in APPROXIMATORS and approximated(words, k + 1, end):
                return k
            m = k + 1
            while m < end and m - k <= 6 and words[m].kind == WORD:
                lw = words[m].lower
                if lw == "that":
                    break
                if m > k + 1 and (lw in DETERMINERS or lw in PRONOUN_NUMBER or lw in PREPOSITIONS):
                    break
                if _clause_after_noun(words, m, end):
                    break  # ``said at the time Ana Roy turned herself in``
                m += 1
            if m >= end or words[m].kind != WORD:
                return m
            k = m
            continue
        return k
    return k


def _clause_after_noun(words: Sequence[Word], m: int, end: int) -> bool:
    """Whether a name and its finite verb start at ``words[m]``, after an adjunct's noun.

    ``said at the time Ana Roy turned herself in``: a lower-case noun ends
    the prepositional phrase, and the reported clause, which needs no
    ``that``, opens with the name after it (a lower-case word there may
    still belong to the phrase: ``on a conference call``).
    """
    noun, name = words[m - 1], words[m]
    n = m
    if m + 2 < end and words[m + 1].text == "." and name.end == words[m + 1].start:
        n = m + 2  # ``Mr. Dube``: an honorific's period is no clause's end
    return (
        noun.kind == WORD
        and noun.lower.isalpha()
        and not is_capitalised(noun)
        and noun.lower not in DETERMINERS
        and noun.lower not in PREPOSITIONS
        and is_capitalised(name)
        and name.lower not in TIME_WORDS
        and subject_clause(words, (n, end))
    )


_TALLY = re.compile(r"\d{1,3}[-–]\d{1,3}")

#: Dashes between the numbers of a tally written apart (``9–6``).
_DASHES = frozenset({"—", "–"})


def _tally(words: Sequence[Word], k: int, end: int) -> int | None:
    """Return the end of a vote's or a bench's tally at ``words[k]`` (``2-1``, ``9–6``), if any.

    The tally is an adjunct of a verb of deciding only when more words follow it.
    """
    after: int | None = None
    if _TALLY.fullmatch(words[k].text):
        after = k + 1
    elif (
        k + 2 < end
        and words[k].text.isdigit()
        and words[k + 1].text in _DASHES
        and words[k + 2].text.isdigit()
        and words[k].end == words[k + 1].start
        and words[k + 1].end == words[k + 2].start
    ):
        after = k + 3
    if after is None or after >= end or words[after].kind != WORD:
        return None
    return after


#: Nouns of time a duration may end with besides the time words (``for the first time``).
_DURATION_NOUNS = words_of("time times decades hours")

#: Words that order a duration (``for the second time``, ``for the past week``).
_DURATION_ORDER = words_of("first second third fourth fifth past final")


def _duration(words: Sequence[Word], k: int, end: int) -> int | None:
    """Return the end of a duration after ``for`` (``months``, ``the past two weeks``), if any."""
    for m in range(k, min(end, k + 4)):
        word = words[m]
        if word.kind != WORD:
            return None
        if word.lower in TIME_WORDS or word.lower in _DURATION_NOUNS:
            return m + 1
        if not (word.lower in DETERMINERS or opens_quantity(word) or word.lower in _DURATION_ORDER):
            return None
    return None


def approximated(words: Sequence[Word], k: int, end: int) -> bool:
    """Whether ``words[k]`` is a number an approximator may stand before (``about 40``).

    A number noun after an article counts (``about a dozen``, ``around a hundred``).
    """
    if k + 1 < end and words[k].lower in ("a", "an") and words[k + 1].lower in _NUMBER_NOUNS:
        return True
    return k < end and (words[k].text[:1].isdigit() or words[k].lower in _NUMBER_WORDS)
