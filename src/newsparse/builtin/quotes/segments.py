"""Paragraph and sentence spans for the quote rules.

The spans come from the document's ``paragraphs`` and ``sentences`` layers
when it has them (any segmenter's), and from a minimal rule otherwise:
paragraphs are blocks separated by blank lines (lines, when the text has
no blank line), sentences end at ``.``, ``!`` or ``?`` followed by a space
and a capital, a digit or an opening mark, except after a short list of
abbreviations.

:func:`clauses` then adapts sentences to quotations: a boundary inside a
quotation does not split (``“I came. I saw,” he said.`` is one unit), and
a sentence that starts with a lower-case letter joins the previous one
(``“Why?” he asked.``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse.builtin.quotes.marks import QuoteBlock
from newsparse.builtin.quotes.wordlists import words_of
from newsparse.model import Document

__all__ = ["clauses", "paragraph_spans", "sentence_spans", "split_sentences"]

Span = tuple[int, int]

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_NON_BLANK = re.compile(r"\S(?:.*\S)?")
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’»)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+[\"'“‘«(\[]?[A-Z0-9À-Ý]")
_ABBREVIATIONS = words_of(
    """
    Mr Mrs Ms Dr Prof Sr Jr St Mt Ft Gen Lt Col Sgt Capt Cpl Gov Sen Rep Rev Hon Insp Supt
    Det Const Cmdr Adm Maj Pres Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec No Nos vs Vs Inc Co
    Corp Ltd Bros Ave Blvd Rd U.S U.K U.N E.U a.m p.m e.g i.e etc approx Ont Que Alta Sask
    Man Nfld Calif Mass Wash Fla Ill Penn Va
    """
)


def _strip(text: str, lo: int, hi: int) -> Span | None:
    match = _NON_BLANK.search(text, lo, hi)
    if match is None:
        return None
    return match.start(), match.end()


def _lines(text: str, lo: int, hi: int) -> list[Span]:
    spans: list[Span] = []
    start = lo
    while start < hi:
        end = text.find("\n", start, hi)
        if end < 0:
            end = hi
        span = _strip(text, start, end)
        if span is not None:
            spans.append(span)
        start = end + 1
    return spans


def _fallback_paragraphs(text: str) -> list[Span]:
    if not _BLANK_LINE.search(text):
        return _lines(text, 0, len(text))
    spans: list[Span] = []
    start = 0
    for match in _BLANK_LINE.finditer(text):
        span = _strip(text, start, match.start())
        if span is not None:
            spans.append(span)
        start = match.end()
    span = _strip(text, start, len(text))
    if span is not None:
        spans.append(span)
    return spans


def paragraph_spans(doc: Document) -> list[Span]:
    """Return the paragraphs of *doc*: its layer's, or blocks of lines.

    :param doc: the document.
    :return: non-overlapping ``(start, end)`` spans in order, without surrounding space.
    """
    layer = doc.layer("paragraphs")
    if not layer:
        return _fallback_paragraphs(doc.text)
    spans: list[Span] = []
    last = 0
    for para in sorted(layer, key=lambda ann: (ann.start, ann.end)):
        lo = max(para.start, last)
        span = _strip(doc.text, lo, para.end)
        if span is not None:
            spans.append(span)
            last = span[1]
    return spans


def _word_before(text: str, start: int, end: int) -> str:
    """Return the characters other than spaces that end ``text[start:end]``."""
    word = end
    while word > start and not text[word - 1].isspace():
        word -= 1
    return text[word:end]


def split_sentences(text: str, lo: int, hi: int) -> list[Span]:
    """Split ``text[lo:hi]`` into sentences with the minimal rule of this module.

    :return: sentence spans covering the non-blank text of the range.
    """
    spans: list[Span] = []
    start = lo
    for match in _SENTENCE_END.finditer(text, lo, hi):
        end = match.end()
        if _NEXT_START.match(text, end, hi) is None:
            continue
        if text[match.start()] == ".":
            word = _word_before(text, start, match.start())
            if word:
                token = word.lstrip("\"'“‘(")
                if token in _ABBREVIATIONS or (len(token) == 1 and token.isupper()):
                    continue
        span = _strip(text, start, end)
        if span is not None:
            spans.append(span)
        start = end
    span = _strip(text, start, hi)
    if span is not None:
        spans.append(span)
    return spans


def sentence_spans(doc: Document, paragraphs: Sequence[Span]) -> list[list[Span]]:
    """Return the sentences of each paragraph.

    Sentences of the document's layer are clipped to their paragraph; a
    paragraph without any gets the minimal rule.

    :param doc: the document.
    :param paragraphs: the paragraph spans (:func:`paragraph_spans`).
    :return: one list of sentence spans per paragraph.
    """
    layer = sorted(doc.layer("sentences"), key=lambda ann: (ann.start, ann.end))
    result: list[list[Span]] = []
    index = 0
    for lo, hi in paragraphs:
        found: list[Span] = []
        while index < len(layer) and layer[index].end <= lo:
            index += 1
        probe = index
        while probe < len(layer) and layer[probe].start < hi:
            sent = layer[probe]
            span = _strip(doc.text, max(sent.start, lo), min(sent.end, hi))
            if span is not None and (not found or span[0] >= found[-1][1]):
                found.append(span)
            probe += 1
        result.append(
            _cover(doc.text, lo, hi, found) if found else split_sentences(doc.text, lo, hi)
        )
    return result


def _cover(text: str, lo: int, hi: int, spans: list[Span]) -> list[Span]:
    """Add sentences, by the minimal rule, for text the layer's sentences leave out."""
    covered: list[Span] = []
    start = lo
    for s, e in [*spans, (hi, hi)]:
        if s > start:
            covered.extend(split_sentences(text, start, s))
        if e > s:
            covered.append((s, e))
        start = max(start, e)
    return covered


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
