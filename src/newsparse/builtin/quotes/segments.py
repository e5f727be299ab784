"""Attribution units: the sentences of a paragraph merged so no quotation is cut.

Paragraphs and sentences come from the document's layers through
:func:`newsparse.text.document_paragraphs` and
:func:`newsparse.text.document_sentences` (whatever segmenter made them);
this module only merges sentences into units fit for attribution.

:func:`clauses` adapts sentences to quotations: a boundary inside a
quotation does not split (``“I came. I saw,” he said.`` is one unit), and
a sentence that starts with a lower-case letter joins the previous one
(``“Why?” he asked.``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.marks import QuoteBlock
from newsparse.text import Span

__all__ = ["clauses"]


def clauses(text: str, sentences: Sequence[Span], blocks: Sequence[QuoteBlock]) -> list[Span]:
    """Merge the sentences of one paragraph into units fit for attribution.

    :param text: the document text.
    :param sentences: the paragraph's sentence spans, in order.
    :param blocks: the quotations that overlap the paragraph, in order.
    :return: spans whose boundaries never fall inside a quotation and never
        precede a lower-case word.
    """
    merged: list[Span] = []
    cursor = 0
    for start, end in sentences:
        if merged:
            while cursor < len(blocks) and blocks[cursor].end <= start:
                cursor += 1
            inside = cursor < len(blocks) and blocks[cursor].start < start
            first = text[start] if start < len(text) else ""
            if inside or first.islower() or (first != "" and first in ",;:)]—–"):
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged
