"""The processor: runs :class:`~newsparse.builtin.numbers.claims.SentenceReader` over a document.

It reads the ``sentences`` layer when the document has one and each line
of the text otherwise, so it also works on a document that holds only its
text.  Entity spans (when present) keep names such as ``G7`` from being read
as figures, and part-of-speech tags (when present) decide counted nouns.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from operator import attrgetter

from newsparse.builtin.numbers.claims import DATE_LABELS, SentenceReader
from newsparse.builtin.numbers.figures import Figure
from newsparse.builtin.numbers.identifiers import NAME_LABELS
from newsparse.builtin.numbers.scanner import CANDIDATE_RE, ascii_lower
from newsparse.lexicon import Lexicon, default_lexicon, lexicon_from_config
from newsparse.lexicon.dispatch import LazyPattern
from newsparse.model import CompactLayer, Document, Entity, NumericClaim, SpanRef, Token, layer_id
from newsparse.pipeline.processor import Config, LayerUpdate, ProcessorSpec

__all__ = ["NumericClaimExtractor", "numeric_claims_spec"]

_LINE = LazyPattern(r"[^\n]+")
_ENTITY_LABELS = NAME_LABELS | DATE_LABELS
_UPOS = attrgetter("upos")


class NumericClaimExtractor:
    """Find the numeric claims of a document: a callable from a document to its ``numeric_claims``.

    The extractor holds no state between documents; one instance serves
    any number of documents and threads.

    :param added_units: units a plugin or application added to the lexicon's
        ``units`` table, by lower-case written word: ``(name, kind)``.  A
        count whose noun is one of these words becomes a figure in that unit
        (``364 smoots``).  The built-in units are compiled into the stage's
        expressions once; units a lexicon removes stay known.
    """

    def __init__(self, added_units: Mapping[str, tuple[str, str]] | None = None) -> None:
        self._added_units = dict(added_units or {})

    def __call__(self, doc: Document) -> LayerUpdate:
        """Return ``{"numeric_claims": [...]}`` for *doc*, ordered by offset."""
        return {"numeric_claims": self.claims(doc)}

    def claims(self, doc: Document) -> list[NumericClaim]:
        """Return the numeric claims of *doc*, ordered by offset."""
        text = doc.text
        lowered = ascii_lower(text)
        tags = _tags(doc)
        entities_of = _EntityIndex(doc)
        claims: list[NumericClaim] = []
        for start, end in _segments(doc):
            first = CANDIDATE_RE.match(lowered, start, end)
            if first is None:
                continue  # no word or digit that may start a figure
            entities = entities_of.within(start, end)
            reader = SentenceReader(
                text,
                start,
                end,
                entities=entities,
                tags=tags,
                lowered=lowered,
                first_candidate=first.start(1),
            )
            for figure in reader.read():
                if self._added_units and figure.kind == "count":
                    self._added_unit(text, figure)
                claims.append(_claim(figure, layer_id("numeric_claims", len(claims))))
        return claims

    def _added_unit(self, text: str, figure: Figure) -> None:
        """Give a count whose noun is an added unit that unit (``364 smoots``)."""
        words = text[figure.start : figure.end].split()
        found = self._added_units.get(words[-1].lower()) if words else None
        if found is not None:
            figure.unit, figure.kind = found


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
    return NumericClaimExtractor(_added_units(lexicon_from_config(config)))


def _added_units(lexicon: Lexicon) -> dict[str, tuple[str, str]]:
    """Return the units of *lexicon*'s ``units`` table that the default lexicon lacks, by word."""
    if "units" not in lexicon.names() or lexicon is default_lexicon():
        return {}
    known = set(default_lexicon().table("units"))
    added: dict[str, tuple[str, str]] = {}
    for row in lexicon.table("units"):
        if row in known:
            continue
        name, kind, words = row[0], row[1] or "measure", row[2]
        for word in (w for w in words.split(";") if w):
            added[word.lower()] = (name, kind)
    return added


def _segments(doc: Document) -> Iterator[tuple[int, int]]:
    sentences = doc.layer("sentences")
    if sentences:
        for sentence in sentences:
            yield sentence.start, sentence.end
        return
    for line in _LINE.finditer(doc.text):
        yield line.start(), line.end()


class _EntityIndex:
    """The entities of a document that name or date something, found by offset.

    :meth:`within` returns what :meth:`Document.within` returns for the
    ``entities`` layer, keeping the labels the reader looks at.
    """

    def __init__(self, doc: Document) -> None:
        self._entities = [
            (ann.start, ann.end, ann.label)
            for ann in doc.layer("entities")
            if isinstance(ann, Entity) and ann.label in _ENTITY_LABELS
        ]
        self._starts = [entity[0] for entity in self._entities]

    def within(self, start: int, end: int) -> Sequence[tuple[int, int, str]]:
        """Return the entities lying wholly inside ``[start, end)``, ordered by start."""
        if not self._entities:
            return ()
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end if end > start else start + 1)
        return tuple(entity for entity in self._entities[lo:hi] if entity[1] <= end)


def _tags(doc: Document) -> Mapping[int, str] | None:
    tokens = doc.layer("tokens")
    if isinstance(tokens, CompactLayer):  # offsets only: no tags
        return None
    tags = list(map(_UPOS, tokens))
    if tags.count(None) == len(tags):
        return None
    return {
        ann.start: ann.upos for ann in tokens if isinstance(ann, Token) and ann.upos is not None
    }


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
