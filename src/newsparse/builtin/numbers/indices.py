"""Stock market indices: a bare number stating an index's level or change is in points.

``Japan's Nikkei fell 1.4% to 38,210``, ``the Hang Seng index lost 312 to end
at 17,480``, ``the Kospi ended flat at 2,640``: the numbers after the index
state its change and its level, in points, though the text says no unit.  An
index is named by a word of :data:`~newsparse.builtin.numbers.lexicon.MARKET_INDEX_NAMES`
(``Nikkei``, ``DAX``, ``Kospi``) or by a noun of
:data:`~newsparse.builtin.numbers.lexicon.MARKET_INDEX_NOUNS` (``index``,
``average``, ``composite``) after a capitalised name or a word of the stock
market (``the benchmark index``, ``the Nikkei share average``); a price or
currency index (``the consumer price index``, ``the dollar index``) is none.
Between the index and the number only the words of a clause of change or level
may stand (:data:`~newsparse.builtin.numbers.lexicon.INDEX_CLAUSE_WORDS`, verbs
of change, other figures), so that a number that is the figure of another
subject (``Toyota shares rose 2% to 2,400``) keeps no unit.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.builtin.numbers.figures import Figure
from newsparse.builtin.numbers.lexicon import (
    CHANGE_WORDS,
    INDEX_CLAUSE_WORDS,
    MARKET_INDEX_NAMES,
    MARKET_INDEX_NOUNS,
    STOCK_WORDS,
)
from newsparse.builtin.numbers.scanner import CURRENCY_BY_NAME
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["index_points"]

#: Words (with ``&`` and inner hyphens: ``S&P``, ``blue-chip``) and digit runs.
_TOKEN = LazyPattern(r"[A-Za-z][A-Za-z&-]*|[0-9][0-9.,]*")
#: How far before a figure the index may be named (characters).
_REACH = 90
#: Words before an index noun that make it an index of prices or of a currency.
_NOT_STOCK = frozenset({"price", "prices", "currency", "dollar", "inflation"})
_DETERMINERS = frozenset({"The", "A", "An", "Its", "This"})


def index_points(text: str, figures: Sequence[Figure], start: int) -> None:
    """Give the bare numbers that state a stock index's level or change the unit ``point``.

    :param text: the document text.
    :param figures: the figures of one sentence, in order (changed in place).
    :param start: the sentence's first offset.
    """
    for figure in figures:
        if figure.kind != "number" or figure.unit is not None or figure.value is None:
            continue
        left = max(start, figure.start - _REACH)
        tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text, left, figure.start)]
        if _names_index_before(tokens, start):
            figure.kind = "measure"
            figure.unit = "point"


def _names_index_before(tokens: Sequence[tuple[str, int]], start: int) -> bool:
    """Whether an index is named before the figure with only a clause of change between."""
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index][0]
        if _is_index(tokens, index, start):
            return True
        if not _in_clause(word):
            return False
    return False


def _in_clause(word: str) -> bool:
    """Whether a word may stand between an index and the figure of its change or level."""
    if word[0].isdigit():
        return True
    lower = word.lower()
    return lower in INDEX_CLAUSE_WORDS or lower in CHANGE_WORDS


def _is_index(tokens: Sequence[tuple[str, int]], index: int, start: int) -> bool:
    """Whether the token at *index* names a stock market index."""
    word = tokens[index][0]
    if word in MARKET_INDEX_NAMES:
        return True
    if word.lower() not in MARKET_INDEX_NOUNS:
        return False
    before = tokens[max(0, index - 3) : index]
    if any(w.lower() in _NOT_STOCK or w.lower() in CURRENCY_BY_NAME for w, _ in before):
        return False
    return any(
        w.lower() in STOCK_WORDS or (w[0].isupper() and offset > start and w not in _DETERMINERS)
        for w, offset in before
    )
