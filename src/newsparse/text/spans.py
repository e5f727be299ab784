"""Paragraph and sentence spans of a document, whatever segmenter made them.

These helpers read the ``paragraphs`` and ``sentences`` layers as plain
``(start, end)`` spans, trimmed of surrounding space, and answer which
sentence an offset or a span is in.  They work on any segmenter's layers
(the fast rules, Stanza, spaCy).  Text no layer covers (a document parsed
without a segmenter) gets :func:`~newsparse.text.paragraphs.paragraph_spans`
and :func:`minimal_sentences`, a small rule that knows the lexicon's
abbreviations.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence

from newsparse.lexicon import Lexicon, default_lexicon
from newsparse.lexicon.dispatch import LazyPattern
from newsparse.model import Document
from newsparse.text.charclasses import INVISIBLES, SPACE
from newsparse.text.paragraphs import paragraph_spans

__all__ = [
    "SentenceIndex",
    "Span",
    "document_paragraphs",
    "document_sentences",
    "minimal_sentences",
    "trim",
]

#: A half-open ``(start, end)`` code-point span.
Span = tuple[int, int]

_CONTENT = re.compile(rf"[^{SPACE}]")

#: Final punctuation and closing marks before a space: a candidate boundary.
_SENTENCE_END = re.compile(r"(?<![.!?\u2026])[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s)")
#: What a sentence starts with: an opening mark, a capital or a digit.
_NEXT_START = LazyPattern(r"\s+[\"'\u201c\u2018\u00ab(\[]?[A-Z0-9\u00c0-\u00dd]")
#: Letters joined by periods, without the last one: ``U.S``, ``a.m``, ``e.g``.
_DOTTED = LazyPattern(r"[^\W\d_](?:\.[^\W\d_])+\Z")


@functools.lru_cache(maxsize=8)
def _abbreviations(lexicon: Lexicon) -> frozenset[str]:
    """Every abbreviation of the lexicon as written before its period, in three cases."""
    words = {word for word, _ in lexicon.table("abbreviations")}
    for table in ("months", "weekdays"):
        words.update(a for row in lexicon.table(table) for a in row[-1].split(";") if a)
    return frozenset(
        form for word in words for form in (word, word[:1].upper() + word[1:], word.upper())
    )


def _word_before(text: str, start: int, end: int) -> str:
    """Return the run of non-space characters that ends at *end* (not before *start*)."""
    k = end
    while k > start and not text[k - 1].isspace():
        k -= 1
    return text[k:end]


def minimal_sentences(
    text: str, start: int, end: int, *, lexicon: Lexicon | None = None
) -> list[Span]:
    """Split ``text[start:end]`` into sentences by a minimal rule.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (and closing quotes or
    brackets) followed by a space and a capital, a digit or an opening mark,
    except after an abbreviation of the lexicon (``Mr.``, ``Jan.``,
    ``Calif.``), letters joined by periods (``U.S.``) or an initial.  For
    text that no segmenter has split; a ``sentences`` layer is always
    better.

    :param text: the document text.
    :param start: where the range starts.
    :param end: where it ends.
    :param lexicon: the word lists (the default lexicon when omitted).
    :return: trimmed sentence spans covering the non-blank text of the range.

    >>> text = "Mr. Smith left at 5 p.m. Friday. He said no."
    >>> [text[s:e] for s, e in minimal_sentences(text, 0, len(text))]
    ['Mr. Smith left at 5 p.m. Friday.', 'He said no.']
    """
    known = _abbreviations(default_lexicon() if lexicon is None else lexicon)
    spans: list[Span] = []
    lo = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if _NEXT_START.match(text, stop, end) is None:
            continue
        if text[match.start()] == ".":
            token = _word_before(text, lo, match.start()).lstrip("\"'\u201c\u2018(")
            if (
                token in known
                or _DOTTED.match(token) is not None
                or (len(token) == 1 and token.isupper())
            ):
                continue
        span = trim(text, lo, stop)
        if span is not None:
            spans.append(span)
        lo = stop
    span = trim(text, lo, end)
    if span is not None:
        spans.append(span)
    return spans


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


def document_sentences(
    doc: Document, paragraphs: Sequence[Span], *, lexicon: Lexicon | None = None
) -> list[list[Span]]:
    """Return the sentences of each paragraph, from the document's ``sentences`` layer.

    Sentences are clipped to their paragraph and trimmed; text of a
    paragraph that no sentence covers is split by :func:`minimal_sentences`,
    so the sentences cover every word of every paragraph.

    :param doc: the document.
    :param paragraphs: trimmed paragraph spans in order (:func:`document_paragraphs`).
    :param lexicon: the word lists for :func:`minimal_sentences`.
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
        result.append(_cover(doc.text, lo, hi, found, lexicon))
    return result


def _cover(text: str, lo: int, hi: int, spans: list[Span], lexicon: Lexicon | None) -> list[Span]:
    """Add sentences, by the minimal rule, for the text of ``[lo, hi)`` *spans* leave out."""
    covered: list[Span] = []
    start = lo
    for s, e in [*spans, (hi, hi)]:
        if s > start:
            covered.extend(minimal_sentences(text, start, s, lexicon=lexicon))
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
