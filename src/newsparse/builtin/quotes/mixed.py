"""Direct, mixed or indirect: what a reported span is, from the quotations in it.

* A span made of quotations only (and punctuation) is **direct**: each
  quotation is one quote, marks included (``said: “We will win.”``).
* A span with words outside quotations and at least one quotation is
  **mixed**: reported speech with quoted fragments (``said it values
  Finland’s “steady and principled stance ...”``).  A quotation cut by the
  span's edge is taken whole.
* A span without quotations is **indirect**; ``that`` opening it is kept,
  as in the Gender Gap Tracker's annotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsparse.attribution.marks import QuoteBlock
from newsparse.attribution.words import QUOTE, WORD, Word
from newsparse.model import QuoteKind

__all__ = ["Piece", "classify_content"]


class Piece(NamedTuple):
    """One quote made from a reported span.

    :param start: first code point of the quote.
    :param end: one past its last code point.
    :param kind: direct, mixed or indirect.
    :param blocks: indices of the quotations it contains.
    """

    start: int
    end: int
    kind: QuoteKind
    blocks: tuple[int, ...]


def classify_content(
    span: tuple[int, int], words: Sequence[Word], blocks: Sequence[QuoteBlock]
) -> list[Piece]:
    """Turn one reported span into quotes.

    :param span: ``(start, end)`` of the reported content.
    :param words: the clause's tokens.
    :param blocks: all quotations of the document.
    :return: one mixed or indirect quote, or one direct quote per quotation.
    """
    start, end = span
    inside = [w for w in words if w.start >= start and w.end <= end]
    quoted = [w.block for w in inside if w.kind == QUOTE]
    if not quoted:
        return [Piece(start, end, "indirect", ())]
    if not any(w.kind == WORD for w in inside):
        return [Piece(blocks[b].start, blocks[b].end, "direct", (b,)) for b in quoted]
    lo = min(start, blocks[quoted[0]].start)
    hi = max(end, blocks[quoted[-1]].end)
    return [Piece(lo, hi, "mixed", tuple(quoted))]
