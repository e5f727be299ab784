"""Positions and regions in a clause's tokens.

A clause is a sequence of :class:`~newsparse.attribution.words.Word` tokens
(each quotation one token) and a region ``(start, end)`` a slice of it: where
a mention's words start and end, whether a word opens its clause, and a
region trimmed of the punctuation and conjunctions around it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.mentions import Mention
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word
from newsparse.builtin.quotes.word_classes import CONTRASTIVES

__all__ = [
    "char_span",
    "clause_initial",
    "digit_group",
    "has_quote",
    "mention_first",
    "mention_last",
    "trim",
    "words_in",
]

_FLUSH = frozenset({".", ",", ";", ":", "—", "–", "-", "!", "?"})


def mention_first(words: Sequence[Word], mention: Mention, j: int) -> int:
    """Return the index of a mention's first word, stepping left from ``words[j]``."""
    k = j
    while k > 0 and words[k].start > mention.start:
        k -= 1
    return k


def mention_last(words: Sequence[Word], mention: Mention, i: int) -> int:
    """Return the index of a mention's last word, stepping right from ``words[i]``."""
    k = i
    while k + 1 < len(words) and words[k + 1].end <= mention.end:
        k += 1
    return k


def digit_group(words: Sequence[Word], k: int) -> bool:
    """Whether the comma ``words[k]`` groups the digits of a number (``3,000``)."""
    return (
        0 < k < len(words) - 1
        and words[k - 1].end == words[k].start
        and words[k + 1].start == words[k].end
        and words[k - 1].text[-1:].isdigit()
        and words[k + 1].text[:1].isdigit()
    )


def trim(words: Sequence[Word], s: int, e: int) -> tuple[int, int] | None:
    """Return ``words[s:e]`` without the punctuation around it, as a region.

    A list item's number opening it goes too, and a conjunction at its end;
    ``None`` when nothing is left.
    """
    while s < e and words[s].kind == PUNCT:
        s += 1
    if _enumerator(words, s, e):
        # ``1. Landlords must give 90 days’ notice, the province says.``
        s += 2
    while e > s and (
        words[e - 1].text in _FLUSH or words[e - 1].lower in ("and", "but", "or", *CONTRASTIVES)
    ):
        e -= 1
    if e <= s:
        return None
    return s, e


def _enumerator(words: Sequence[Word], s: int, e: int) -> bool:
    """Whether a list item's number opens the clause at ``words[s]`` (``1.``, ``2)``)."""
    return (
        s + 2 < e
        and all(words[k].kind == PUNCT for k in range(s))
        and len(words[s].text) <= 2
        and words[s].text.isdigit()
        and words[s + 1].text in (".", ")")
        and words[s + 2].kind != PUNCT
    )


def char_span(words: Sequence[Word], region: tuple[int, int]) -> tuple[int, int]:
    """Return the character offsets ``(start, end)`` of a region of words."""
    return words[region[0]].start, words[region[1] - 1].end


def has_quote(words: Sequence[Word], region: tuple[int, int]) -> bool:
    """Whether a region holds a quotation."""
    return any(words[k].kind == QUOTE for k in range(region[0], region[1]))


def clause_initial(words: Sequence[Word], i: int) -> bool:
    """Whether only punctuation and conjunctions (``but``, ``so``) stand before ``words[i]``."""
    return all(
        words[k].kind == PUNCT or words[k].lower in ("but", "and", "so", "yet", "still")
        for k in range(i)
    )


def words_in(words: Sequence[Word], region: tuple[int, int]) -> int:
    """Return how many words (no punctuation, no quotation) a region holds."""
    return sum(1 for k in range(region[0], region[1]) if words[k].kind == WORD)
