"""Ranks and ordinals: ``China's largest supplier``, ``third-largest``, ``the first to``.

A superlative is a rank claim when a determiner or possessive stands before
it and, without a possessive, a scope follows (``in Tanzania``, ``since
listing``, ``of oil``); an ordinal is a rank claim in ranking phrases
(``came in second``, ``for the first time``, ``the first company to``).
Ordinals next to a month name are dates.
"""

from __future__ import annotations

import re

from newsparse.builtin.numbers.figures import Figure
from newsparse.builtin.numbers.identifiers import after_opening
from newsparse.builtin.numbers.lexicon import COUNT_STOPWORDS, MONTHS, ORDINAL_WORDS
from newsparse.builtin.numbers.scanner import LEFT_WINDOW, ORDINAL_RE, SUPERLATIVE_RE
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["digit_ordinal_end", "ordinal_value", "read_ordinal", "read_rank"]

_DETERMINER_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:the|its|their|his|her|our))[ \t]+\Z|['’]s?[ \t]+\Z"
)
_RANK_BLOCKERS = LazyPattern(
    r"(?i:(?:one|some|many|several|among|two|three)[ \t]+of[ \t]+the[ \t]+|at[ \t]+)\Z"
)
_RANK_SCOPE = LazyPattern(
    r"(?:[ \t-]+[A-Za-z][A-Za-z'’-]*){0,3}?[ \t]+(?i:in|since|of|among|ever|on[ \t]+record"
    r"|to[ \t]+date|worldwide|globally|anywhere|yet)(?![A-Za-z])"
)
_RANKED_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:came|come|comes|coming|finished|finishes|finish|ranked|ranks|rank"
    r"|ranking|placed|place|places|is|was|are|were)(?:[ \t]+(?:in|at))?)[ \t]+(?:the[ \t]+)?\Z"
)
_ORDINAL_SCOPE = LazyPattern(
    r"(?i:(?:[ \t-]+[a-z][a-z'’-]*){0,3}?[ \t]+(?:to[ \t]+[a-z]+|ever|since|in[ \t]+(?:history"
    r"|decades|years|a[ \t]+century))"
    r"|[ \t]+(?:time|place|straight|consecutive|largest|biggest)(?![A-Za-z]))"
)
_MONTH_NAMES = alternation(MONTHS)
_MONTH_AFTER = LazyPattern(r"[ \t]+(?:of[ \t]+)?(?i:" + _MONTH_NAMES + r")\b")
_MONTH_BEFORE = LazyPattern(r"(?i:\b(?:" + _MONTH_NAMES + r")\.?[ \t]+)\Z")
_AFTER_WORD = LazyPattern(r"[ \t-]*([A-Za-z][A-Za-z'’-]*)")
#: Digits glued to an ordinal suffix, ending at no letter or digit (``81st``, ``57th``).
_DIGIT_ORDINAL = LazyPattern(r"([0-9]{1,4})(st|nd|rd|th)(?![A-Za-z0-9])", re.IGNORECASE)


#: The most digits of an ordinal read as a rank (longer digit runs are no ordinal).
_RANK_DIGITS = 9


def ordinal_value(word: str) -> int | None:
    """Return the rank an ordinal states (``"third"`` and ``"3rd"`` are 3)."""
    lower = word.lower()
    if lower in ORDINAL_WORDS:
        return ORDINAL_WORDS[lower]
    digits = lower[:-2]
    return int(digits) if digits.isdigit() and len(digits) <= _RANK_DIGITS else None


def digit_ordinal_end(text: str, pos: int, limit: int) -> int | None:
    """Return the end of digits written with their own ordinal suffix at *pos*, or ``None``.

    The suffix must be the one the last digits take (``81st``, ``22nd``,
    ``113th``), so ``15st`` (stone) is no ordinal; such a word names a
    place in an order, never a quantity.
    """
    match = _DIGIT_ORDINAL.match(text, pos, limit)
    if match is None:
        return None
    digits, suffix = match.group(1), match.group(2).lower()
    last = int(digits[-1])
    teen = len(digits) > 1 and digits[-2] == "1"
    own = "th" if teen or last not in (1, 2, 3) else ("st", "nd", "rd")[last - 1]
    return match.end() if suffix == own else None


def read_rank(text: str, pos: int, floor: int, limit: int) -> Figure | None:
    """Read a superlative stating a rank at *pos*, or return ``None``.

    :param floor: start of the sentence.
    :param limit: end of the sentence.
    """
    match = SUPERLATIVE_RE.match(text, pos, limit)
    if match is None:
        return None
    start, end = match.span()
    superlative = re.sub(r"\s+", " ", match.group("superlative").lower())
    ordinal = match.group("ordinal")
    left = max(floor, start - LEFT_WINDOW)
    if ordinal is None:
        determiner = _DETERMINER_LEFT.search(text, left, start)
        if determiner is None or _RANK_BLOCKERS.search(text, left, start) is not None:
            return None
        if text[start].isupper() and not after_opening(text, start, floor):
            return None
        if superlative.startswith("most ") and superlative.endswith("ly"):
            return None
        possessive = determiner.group().strip()[:1] in ("'", "’")
        if not possessive and _RANK_SCOPE.match(text, end, limit) is None:
            return None
    rank = (ordinal_value(ordinal) if ordinal else 1) or 1
    return Figure(
        start,
        end,
        "rank",
        float(rank),
        subject=_phrase_after(text, end, limit),
        attributes={"superlative": superlative},
    )


def read_ordinal(text: str, pos: int, floor: int, limit: int) -> tuple[Figure | None, int]:
    """Read an ordinal at *pos*: a rank claim, a date (``5th of May``) or nothing.

    :return: the figure or ``None``, and the offset reading may go on from.
    """
    match = ORDINAL_RE.match(text, pos, limit)
    if match is None:
        return None, pos
    start, end = match.span()
    word = match.group("ordinal")
    value = ordinal_value(word)
    if value is None:
        return None, end
    if _MONTH_AFTER.match(text, end, limit) or _MONTH_BEFORE.search(
        text, max(floor, start - 12), start
    ):
        return Figure(start, end, "date", None, attributes={"date_type": "date"}), end
    if word[0].isupper() and not after_opening(text, start, floor):
        return None, end
    left = max(floor, start - LEFT_WINDOW)
    ranked = _RANKED_LEFT.search(text, left, start) is not None
    if not ranked and _DETERMINER_LEFT.search(text, left, start) is not None:
        ranked = _ORDINAL_SCOPE.match(text, end, limit) is not None
    if not ranked:
        return None, end
    return Figure(start, end, "ordinal", float(value)), end


def _phrase_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Return the noun phrase after a superlative (``supplier of oil``)."""
    first = -1
    last = -1
    cursor = pos
    for index in range(5):
        match = _AFTER_WORD.match(text, cursor, limit)
        if match is None:
            break
        lower = match.group(1).lower()
        if lower == "of" and index > 0:
            cursor = match.end()
            continue
        if lower in COUNT_STOPWORDS or (lower.endswith("ing") and index > 0):
            break
        if first < 0:
            first = match.start(1)
        last = match.end(1)
        cursor = match.end()
    return (first, last) if first >= 0 else None
