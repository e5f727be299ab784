"""Paragraph and sentence spans of a document, whatever segmenter made them.

These helpers read the ``paragraphs`` and ``sentences`` layers as plain
``(start, end)`` spans, trimmed of surrounding space, and answer which
sentence an offset or a span is in.  They work on any segmenter's layers
(the fast rules, Stanza, spaCy) and never split text themselves, except
that a document without a ``paragraphs`` layer gets
:func:`~newsparse.text.paragraphs.paragraph_spans`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from newsparse.model import Document
from newsparse.text.charclasses import INVISIBLES, SPACE
from newsparse.text.paragraphs import paragraph_spans

__all__ = ["SentenceIndex", "Span", "document_paragraphs", "document_sentences", "trim"]

#: A half-open ``(start, end)`` code-point span.
Span = tuple[int, int]

_CONTENT = re.compile(rf"[^{SPACE}]")


def trim(text: str, start: int, end: int) -> Span | None:
    """Return ``(start, end)`` without surrounding space, or ``None`` when it is blank.

    :param text: the document text.
    :param start: the span's start.
    :param end: the span's end.

    >>> trim("  a b  ", 0, 7)
    (2, 5)
    >>> trim("   ", 0, 3) is None
    True
    """
    first = _CONTENT.search(text, start, end)
    if first is None:
        return None
    last = end
    while last > first.start() and (text[last - 1].isspace() or text[last - 1] in INVISIBLES):
        last -= 1
    return first.start(), last


def document_paragraphs(doc: Document) -> list[Span]:
    """Return the paragraphs of *doc*: its layer's, or one per line.

    :param doc: the document.
    :return: trimmed, non-overlapping spans in text order.
    """
    layer = doc.layer("paragraphs")
    if not layer:
        return paragraph_spans(doc.text)
    spans: list[Span] = []
    last = 0
    for para in sorted(layer, key=lambda ann: (ann.start, ann.end)):
        span = trim(doc.text, max(para.start, last), para.end)
        if span is not None:
            spans.append(span)
            last = span[1]
    return spans


def document_sentences(doc: Document, paragraphs: Sequence[Span]) -> list[list[Span]]:
    """Return the sentences of each paragraph, from the document's ``sentences`` layer.

    Sentences are clipped to their paragraph and trimmed; text of a
    paragraph that no sentence covers becomes a sentence of its own, so the
    sentences cover every word of every paragraph.

    :param doc: the document.
    :param paragraphs: trimmed paragraph spans in order (:func:`document_paragraphs`).
    :return: one list of sentence spans per paragraph.

    >>> from newsparse.model import Document, Sentence
    >>> doc = Document("One. Two.", {"sentences": [Sentence(id="s1", start=0, end=4)]})
    >>> document_sentences(doc, [(0, 9)])
    [[(0, 4), (5, 9)]]
    """
    layer = sorted(doc.layer("sentences"), key=lambda ann: (ann.start, ann.end))
    starts = [ann.start for ann in layer]
    result: list[list[Span]] = []
    for lo, hi in paragraphs:
        found: list[Span] = []
        probe = max(0, bisect.bisect_right(starts, lo) - 1)
        while probe < len(layer) and layer[probe].start < hi:
            sent = layer[probe]
            span = trim(doc.text, max(sent.start, lo), min(sent.end, hi))
            if span is not None and (not found or span[0] >= found[-1][1]):
                found.append(span)
            probe += 1
        result.append(_cover(doc.text, lo, hi, found))
    return result


def _cover(text: str, lo: int, hi: int, spans: list[Span]) -> list[Span]:
    """Add a sentence for each stretch of ``text[lo:hi]`` that *spans* leave out."""
    covered: list[Span] = []
    start = lo
    for s, e in [*spans, (hi, hi)]:
        if s > start:
            gap = trim(text, start, s)
            if gap is not None:
                covered.append(gap)
        if e > s:
            covered.append((s, e))
        start = max(start, e)
    return covered


class SentenceIndex:
    """Which sentence an offset or a span is in.

    :param spans: sentence spans in text order, not overlapping.

    >>> index = SentenceIndex([(0, 4), (5, 9)])
    >>> index.at(6), index.at(4), index.of(5, 9), index.of(2, 7)
    (1, None, 1, None)
    """

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans: tuple[Span, ...] = tuple(spans)
        self._starts = [start for start, _ in self.spans]

    @classmethod
    def of_document(cls, doc: Document) -> SentenceIndex:
        """Index the ``sentences`` layer of *doc* (trimmed, in text order).

        :param doc: the document.
        """
        spans: list[Span] = []
        for ann in sorted(doc.layer("sentences"), key=lambda ann: (ann.start, ann.end)):
            span = trim(doc.text, ann.start, ann.end)
            if span is not None and (not spans or span[0] >= spans[-1][1]):
                spans.append(span)
        return cls(spans)

    def at(self, offset: int) -> int | None:
        """Return the number of the sentence that contains *offset*, or ``None``.

        :param offset: a code-point offset.
        """
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.spans[i][1]:
            return i
        return None

    def of(self, start: int, end: int) -> int | None:
        """Return the number of the sentence that contains the whole span, or ``None``.

        :param start: the span's start.
        :param end: the span's end.
        """
        i = self.at(start)
        if i is not None and end <= self.spans[i][1]:
            return i
        return None

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self) -> Iterator[Span]:
        return iter(self.spans)
