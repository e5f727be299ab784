"""The processor: runs :class:`~newsparse.builtin.numbers.claims.SentenceReader` over a document.

It reads the ``sentences`` layer when the document has one and each line
of the text otherwise, so it also works on a document that holds only its
text.  Entity spans (when present) keep names such as ``G7`` from being read
as figures, and part-of-speech tags (when present) decide counted nouns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from newsparse.builtin.numbers.claims import DATE_LABELS, NAME_LABELS, SentenceReader
from newsparse.builtin.numbers.figures import Figure
from newsparse.model import Document, Entity, NumericClaim, SpanRef, Token, layer_id
from newsparse.pipeline.processor import Config, LayerUpdate, ProcessorSpec

__all__ = ["NumericClaimExtractor", "numeric_claims_spec"]

_LINE = re.compile(r"[^\n]+")
_ENTITY_LABELS = NAME_LABELS | DATE_LABELS


class NumericClaimExtractor:
    """Find the numeric claims of a document: a callable from a document to its ``numeric_claims``.

    The extractor holds no state between documents; one instance serves
    any number of documents and threads.
    """

    def __call__(self, doc: Document) -> LayerUpdate:
        """Return ``{"numeric_claims": [...]}`` for *doc*, ordered by offset."""
        return {"numeric_claims": self.claims(doc)}

    def claims(self, doc: Document) -> list[NumericClaim]:
        """Return the numeric claims of *doc*, ordered by offset."""
        text = doc.text
        tags = _tags(doc)
        claims: list[NumericClaim] = []
        for start, end in _segments(doc):
            entities = _entities(doc, start, end)
            reader = SentenceReader(text, start, end, entities=entities, tags=tags)
            for figure in reader.read():
                claims.append(_claim(figure, layer_id("numeric_claims", len(claims))))
        return claims


def numeric_claims_spec() -> ProcessorSpec:
    """Return the spec of ``rules.numeric_claims``.

    It requires nothing, and runs after the processors that provide
    sentences, tokens, entities and syntax when the pipeline has them.
    """
    return ProcessorSpec(
        name="rules.numeric_claims",
        stage="numeric_claims",
        factory=_make,
        requires=frozenset(),
        provides=frozenset({"numeric_claims"}),
        uses=frozenset({"sentences", "tokens", "entities", "syntax"}),
        description="model-free figures: money, percentages, counts, units, dates, ranges",
    )


def _make(config: Config) -> NumericClaimExtractor:
    return NumericClaimExtractor()


def _segments(doc: Document) -> Iterator[tuple[int, int]]:
    sentences = doc.layer("sentences")
    if sentences:
        for sentence in sentences:
            yield sentence.start, sentence.end
        return
    for line in _LINE.finditer(doc.text):
        yield line.start(), line.end()


def _entities(doc: Document, start: int, end: int) -> Sequence[tuple[int, int, str]]:
    if not doc.has_layer("entities"):
        return ()
    return tuple(
        (ann.start, ann.end, ann.label)
        for ann in doc.within("entities", start, end)
        if isinstance(ann, Entity) and ann.label in _ENTITY_LABELS
    )


def _tags(doc: Document) -> Mapping[int, str] | None:
    tags = {
        ann.start: ann.upos
        for ann in doc.layer("tokens")
        if isinstance(ann, Token) and ann.upos is not None
    }
    return tags or None


def _claim(figure: Figure, claim_id: str) -> NumericClaim:
    subject = None
    if figure.subject is not None:
        subject = SpanRef(start=figure.subject[0], end=figure.subject[1])
    return NumericClaim(
        id=claim_id,
        start=figure.start,
        end=figure.end,
        kind=figure.kind,
        value=figure.value,
        unit=figure.unit,
        approximate=figure.approximate,
        qualifier=figure.qualifier,
        change=figure.change,
        subject=subject,
        attributes=figure.attributes,
    )
