"""Quotation-mark pairing: which marks open and close a quotation.

The pairing works paragraph by paragraph in two passes:

1. *Double* marks (straight ``"``, curly ``“ ”``, low ``„``, two
   apostrophes ``''`` typed for a straight mark) and guillemets
   (``« »``) are paired first.  A mark's role (opening, closing, either) comes
   from the characters beside it, so a curly mark typed the wrong way round
   (``”This``) still opens.  An opening mark that is never closed ends its
   quotation at the end of the paragraph, unless the next paragraph starts
   with an opening mark of the same family: that is the newspaper convention
   for a quotation running over several paragraphs (each paragraph opens
   with a mark, only the last one closes).  Nothing ever runs past a
   paragraph that does not continue the quotation, so an unbalanced mark
   never swallows the rest of an article.
2. *Single* marks (``' ‘ ’ ‚``, ``‹ ›``) outside the double quotations are
   paired within one paragraph.  Apostrophes (``don’t``, ``Putin’s``,
   ``’90s``, ``voters’`` with nothing open) are not marks.  A double
   quotation inside a single one (``‘He said “no”’``) is nested and dropped.

The result lists the outermost quotations only: inner quotations are part
of their content.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

import attrs

from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["MarkFamily", "QuoteBlock", "QuoteMarks", "find_quote_blocks"]

MarkFamily = Literal["double", "single", "angle"]

#: Two apostrophes stand for a straight double mark (``''Not now,'' she said``),
#: as in newswire text typed without a double mark.
_TWO_APOSTROPHES = "''"
_DOUBLE_OR_ANGLE = re.compile("''|[\"“”„‟«»]")
_SINGLE = re.compile("(?<!')'(?!')|[‘’‚‛‹›]")

_OPEN, _CLOSE, _EITHER, _NONE, _CLOSE_OR_APOSTROPHE = range(5)

_QUOTE_CHARS = frozenset("\"'“”„‟«»‘’‚‛‹›")
_BEFORE_OPENING = frozenset("([{<—–-/…\u00a0") | _QUOTE_CHARS
_AFTER_CLOSING = frozenset(",.;:!?)]}>—–-/…\u00a0") | _QUOTE_CHARS
#: Words that an apostrophe at a word start shortens: ’em, ’til, rock ’n’ roll.
_ELISIONS = frozenset({"em", "til", "till", "cause", "n", "bout", "tis", "twas", "round", "nuff"})
_WORD_AFTER = LazyPattern(r"[^\W\d_]+")


@attrs.frozen(slots=True)
class QuoteBlock:
    """One outermost quotation, marks included.

    :param start: offset of the opening mark.
    :param end: one past the closing mark, or the end of the paragraph's text
        when the quotation is not closed.
    :param family: the family of its marks.
    :param closed: whether a closing mark ends it.
    :param paragraphs: how many paragraphs it runs over.
    """

    start: int
    end: int
    family: MarkFamily
    closed: bool
    paragraphs: int = 1


@attrs.frozen(slots=True)
class QuoteMarks:
    """The paired quotations of a text and the closing marks nothing opened.

    :param blocks: outermost quotations, sorted by start.
    :param stray_closers: offsets of double closing marks without an opening mark.
    """

    blocks: tuple[QuoteBlock, ...]
    stray_closers: tuple[int, ...]


def _boundaries(text: str, i: int, lo: int, hi: int, width: int = 1) -> tuple[bool, bool, str, str]:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + width] if i + width < hi else " "
    left = prev.isspace() or prev in _BEFORE_OPENING
    right = nxt.isspace() or nxt in _AFTER_CLOSING
    return left, right, prev, nxt


def _double_role(text: str, i: int, lo: int, hi: int) -> int:
    ch = text[i]
    if ch == "«":
        return _OPEN
    if ch == "»":
        return _CLOSE
    two = text.startswith(_TWO_APOSTROPHES, i)
    left, right, _, _ = _boundaries(text, i, lo, hi, 2 if two else 1)
    if ch == '"' or two:
        if left and not right:
            return _OPEN
        if right and not left:
            return _CLOSE
        return _EITHER
    if ch == "”":
        return _OPEN if left and not right else _CLOSE
    return _CLOSE if right and not left else _OPEN


def _single_role(text: str, i: int, lo: int, hi: int) -> int:
    ch = text[i]
    if ch == "‹":
        return _OPEN
    if ch == "›":
        return _CLOSE
    left, right, prev, nxt = _boundaries(text, i, lo, hi)
    if prev.isalnum() and nxt.isalnum():
        return _NONE
    if left and not right:
        if nxt.isdigit():
            return _NONE
        word = _WORD_AFTER.match(text, i + 1, hi)
        if word is not None and word.group().lower() in _ELISIONS:
            return _NONE
        return _OPEN
    if right and not left:
        if ch in "‘‚‛":
            return _CLOSE
        return _CLOSE_OR_APOSTROPHE if prev in "sSzZ" else _CLOSE
    return _NONE


def _family(ch: str) -> MarkFamily:
    return "angle" if ch in "«»" else "double"


def _content_end(text: str, lo: int, hi: int) -> int:
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """Return where an unclosed quotation cut short at *hi* ends: its last full stop, if any."""
    for index in range(hi - 1, lo, -1):
        if text[index] in ".!?…":
            return index + 1
    return _content_end(text, lo, hi)


def _pair_double(
    text: str, paragraphs: Sequence[tuple[int, int]]
) -> tuple[list[QuoteBlock], list[int]]:
    blocks: list[QuoteBlock] = []
    strays: list[int] = []
    pending: tuple[MarkFamily, int, int] | None = None  # family, opening offset, paragraphs
    skip_first = False
    for index, (lo, hi) in enumerate(paragraphs):
        for match in _DOUBLE_OR_ANGLE.finditer(text, lo, hi):
            i = match.start()
            if skip_first:
                skip_first = False
                continue
            family = _family(text[i])
            role = _double_role(text, i, lo, hi)
            if pending is None:
                if role == _CLOSE:
                    strays.append(i)
                else:
                    pending = (family, i, 1)
                continue
            open_family, open_at, spans = pending
            if family != open_family:
                continue
            if role == _OPEN:
                blocks.append(
                    QuoteBlock(open_at, _sentence_end(text, open_at, i), open_family, False, spans)
                )
                pending = (family, i, 1)
            else:
                blocks.append(QuoteBlock(open_at, match.end(), open_family, True, spans))
                pending = None
        if pending is None:
            continue
        open_family, open_at, spans = pending
        if index + 1 < len(paragraphs) and _continues(text, paragraphs[index + 1], open_family):
            pending = (open_family, open_at, spans + 1)
            skip_first = True
            continue
        blocks.append(
            QuoteBlock(open_at, _content_end(text, open_at, hi), open_family, False, spans)
        )
        pending = None
    return blocks, strays


def _continues(text: str, paragraph: tuple[int, int], family: MarkFamily) -> bool:
    lo, hi = paragraph
    first = lo
    while first < hi and text[first].isspace():
        first += 1
    if first >= hi or _DOUBLE_OR_ANGLE.match(text, first, hi) is None:
        return False
    return _family(text[first]) == family and _double_role(text, first, first, hi) != _CLOSE


def _pair_single(
    text: str, paragraphs: Sequence[tuple[int, int]], doubles: Sequence[QuoteBlock]
) -> list[QuoteBlock]:
    blocks: list[QuoteBlock] = []
    cursor = 0
    for lo, hi in paragraphs:
        pending: int | None = None
        for match in _SINGLE.finditer(text, lo, hi):
            i = match.start()
            while cursor < len(doubles) and doubles[cursor].end <= i:
                cursor += 1
            if cursor < len(doubles) and doubles[cursor].start <= i:
                continue
            role = _single_role(text, i, lo, hi)
            if role == _NONE:
                continue
            if role == _OPEN:
                pending = i
            elif pending is not None and i > pending + 1:
                blocks.append(QuoteBlock(pending, i + 1, "single", True))
                pending = None
    return blocks


def _outermost(blocks: list[QuoteBlock]) -> list[QuoteBlock]:
    blocks.sort(key=lambda block: (block.start, -block.end))
    kept: list[QuoteBlock] = []
    for block in blocks:
        if kept and block.start < kept[-1].end:
            continue
        kept.append(block)
    return kept


def find_quote_blocks(text: str, paragraphs: Sequence[tuple[int, int]]) -> QuoteMarks:
    """Pair the quotation marks of *text*, paragraph by paragraph.

    :param text: the document text.
    :param paragraphs: ``(start, end)`` of each paragraph, in order, not overlapping.
    :return: the outermost quotations and the unmatched closing marks.
    """
    doubles, strays = _pair_double(text, paragraphs)
    singles = _pair_single(text, paragraphs, doubles)
    blocks = _outermost(doubles + singles) if singles else doubles
    return QuoteMarks(tuple(blocks), tuple(strays))
