"""Words of one clause, with each quotation as a single token.

The quote rules read a clause as a flat sequence: word tokens, punctuation
tokens, and one token per quotation (whatever it contains).  Seen this way
``“I came. I saw,” he said.`` is ``QUOTE he said .``, and the attribution
patterns never have to look inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from newsparse.attribution.marks import QuoteBlock

__all__ = ["PUNCT", "QUOTE", "WORD", "Word", "clause_words", "is_capitalised"]

#: Kind of a :class:`Word`: a word.
WORD = 0
#: Kind of a :class:`Word`: a punctuation mark.
PUNCT = 1
#: Kind of a :class:`Word`: a whole quotation.
QUOTE = 2

#: Words (with inner hyphens, apostrophes, periods, and an abbreviation's period
#: before a hyphen: ``Ont.-based``), then single punctuation marks; zero-width
#: characters are skipped.
_TOKEN = re.compile(r"\w+(?:[-'’.&/]\w+|\.-\w+)*|[^\w\s\u200b-\u200d\u2060\ufeff]")


class Word(NamedTuple):
    """One token of a clause.

    :param start: first code point.
    :param end: one past the last code point.
    :param text: the token as written.
    :param lower: the token in lower case.
    :param kind: :data:`WORD`, :data:`PUNCT` or :data:`QUOTE`.
    :param block: index of the quotation for :data:`QUOTE` tokens, else -1.
    """

    start: int
    end: int
    text: str
    lower: str
    kind: int
    block: int


def is_capitalised(word: Word) -> bool:
    """Whether a word token starts with an upper-case letter."""
    return word.kind == WORD and word.text[:1].isupper()


_new_tuple = tuple.__new__


def _words_between(text: str, lo: int, hi: int, out: list[Word]) -> None:
    append = out.append
    find = text.find
    pos = lo
    # The tokens alone (no match objects); each one is found again from the end
    # of the one before: only white space and zero-width characters lie between.
    for token in _TOKEN.findall(text, lo, hi):
        start = find(token, pos)
        pos = start + len(token)
        kind = WORD if token[0].isalnum() or token[0] == "_" else PUNCT
        # tuple.__new__ skips NamedTuple's Python-level constructor: same object, less time.
        append(_new_tuple(Word, (start, pos, token, token.lower(), kind, -1)))


def clause_words(
    text: str, lo: int, hi: int, blocks: Sequence[QuoteBlock], first: int = 0
) -> list[Word]:
    """Tokenise ``text[lo:hi]`` with every quotation as one :data:`QUOTE` token.

    :param text: the document text.
    :param lo: start of the clause.
    :param hi: end of the clause.
    :param blocks: all quotations of the document, sorted by start.
    :param first: index of a block at or before the first one that can overlap the clause.
    :return: the clause's tokens in order.
    """
    out: list[Word] = []
    pos = lo
    index = first
    while index < len(blocks) and blocks[index].end <= lo:
        index += 1
    while index < len(blocks) and blocks[index].start < hi:
        block = blocks[index]
        start = max(block.start, lo)
        end = min(block.end, hi)
        if start > pos:
            _words_between(text, pos, start, out)
        piece = text[start:end]
        out.append(_new_tuple(Word, (start, end, piece, piece.lower(), QUOTE, index)))
        pos = end
        index += 1
    if pos < hi:
        _words_between(text, pos, hi, out)
    return out
