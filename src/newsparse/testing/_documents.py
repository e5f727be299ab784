"""Hypothesis strategies for valid documents and annotations.

Every document drawn here keeps the contract processors must keep: spans
inside the text, layers sorted by start, ids unique within their layer and
references (a token's ``head``, a speaker's ``entity``) that resolve.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from hypothesis import strategies as st

from newsparse.model import (
    Annotation,
    Cue,
    Document,
    Entity,
    NumericClaim,
    Paragraph,
    Quote,
    QuoteKind,
    Sentence,
    SpanRef,
    Speaker,
    StatementClause,
    Token,
    layer_id,
)
from newsparse.testing._text import texts

__all__ = ["documents", "spans"]

LABELS = ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "DATE", "MONEY", "PERCENT")
KINDS = ("money", "percent", "count", "measure", "duration", "ordinal", "date")
_JSON_SCALARS = st.none() | st.booleans() | st.integers(-(2**31), 2**31) | st.text(max_size=6)


@st.composite
def spans(draw: st.DrawFn, size: int) -> tuple[int, int]:
    """Draw a half-open ``(start, end)`` span inside a text of *size* code points.

    :param size: the length of the text.
    """
    start = draw(st.integers(0, size))
    return start, draw(st.integers(start, size))


def _sorted_spans(draw: st.DrawFn, size: int, most: int) -> list[tuple[int, int]]:
    return sorted(draw(st.lists(spans(size), max_size=most)))


def _attributes() -> st.SearchStrategy[dict[str, object]]:
    return st.dictionaries(
        st.sampled_from(["country", "aliases", "score", "source"]),
        _JSON_SCALARS | st.lists(_JSON_SCALARS, max_size=3),
        max_size=2,
    )


@st.composite
def _tokens(draw: st.DrawFn, size: int) -> list[Token]:
    cuts = _sorted_spans(draw, size, 8)
    ids = [layer_id("tokens", i) for i in range(len(cuts))]
    return [
        Token(
            id=ids[i],
            start=s,
            end=e,
            lemma=draw(st.none() | st.text(max_size=5)),
            upos=draw(st.none() | st.sampled_from(["NOUN", "VERB", "PROPN", "PUNCT"])),
            head=draw(st.none() | st.sampled_from(ids)),
            deprel=draw(st.none() | st.sampled_from(["nsubj", "obj", "root", "ccomp"])),
        )
        for i, (s, e) in enumerate(cuts)
    ]


@st.composite
def _entities(draw: st.DrawFn, size: int) -> list[Entity]:
    return [
        Entity(
            id=layer_id("entities", i),
            start=s,
            end=e,
            label=draw(st.sampled_from(LABELS)),
            name=draw(st.text(max_size=10)),
            attributes=draw(_attributes()),
        )
        for i, (s, e) in enumerate(_sorted_spans(draw, size, 4))
    ]


@st.composite
def _quotes(draw: st.DrawFn, size: int, entity_ids: list[str]) -> list[Quote]:
    quotes = []
    for i, (s, e) in enumerate(_sorted_spans(draw, size, 3)):
        speaker = None
        if draw(st.booleans()):
            ss, se = draw(spans(size))
            entity = draw(st.none() | st.sampled_from(entity_ids)) if entity_ids else None
            speaker = Speaker(start=ss, end=se, name=draw(st.text(max_size=8)), entity=entity)
        cue = None
        if draw(st.booleans()):
            cs, ce = draw(spans(size))
            cue = Cue(start=cs, end=ce)
        kinds: tuple[QuoteKind, ...] = ("direct", "indirect", "mixed")
        kind = draw(st.sampled_from(kinds))
        quotes.append(
            Quote(id=layer_id("quotes", i), start=s, end=e, kind=kind, speaker=speaker, cue=cue)
        )
    return quotes


@st.composite
def _claims(draw: st.DrawFn, size: int) -> list[NumericClaim]:
    claims = []
    finite = st.floats(allow_nan=False, allow_infinity=False)
    for i, (s, e) in enumerate(_sorted_spans(draw, size, 3)):
        pair = st.tuples(finite, finite).map(lambda p: (min(p), max(p)))
        value: float | tuple[float, float] | None = draw(st.none() | finite | pair)
        subject = SpanRef(start=s, end=e) if draw(st.booleans()) else None
        claims.append(
            NumericClaim(
                id=layer_id("numeric_claims", i),
                start=s,
                end=e,
                kind=draw(st.sampled_from(KINDS)),
                value=value,
                unit=draw(st.none() | st.sampled_from(["USD", "EUR", "percent", "km"])),
                approximate=draw(st.booleans()),
                subject=subject,
            )
        )
    return claims


@st.composite
def _clauses(draw: st.DrawFn, size: int) -> list[StatementClause]:
    party: st.SearchStrategy[str] = st.text(min_size=1, max_size=6)
    parties: st.SearchStrategy[tuple[str, ...]] = st.lists(party, max_size=2).map(tuple)
    return [
        StatementClause(
            id=layer_id("statement_clauses", i),
            start=s,
            end=e,
            parties=draw(parties),
            stance=draw(st.sampled_from(["support", "oppose", "commit"])),
        )
        for i, (s, e) in enumerate(_sorted_spans(draw, size, 2))
    ]


@st.composite
def _segments(draw: st.DrawFn, size: int, prefix: str) -> list[Paragraph | Sentence]:
    cuts = sorted(set(draw(st.lists(st.integers(0, size), max_size=4))) | {0, size})
    cls: Callable[..., Paragraph | Sentence] = Paragraph if prefix == "paragraphs" else Sentence
    pairs = [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    return [cls(id=layer_id(prefix, i), start=a, end=b) for i, (a, b) in enumerate(pairs)]


#: The layers :func:`documents` draws from, in the order it draws them.
_LAYERS = (
    "entities",
    "numeric_claims",
    "paragraphs",
    "quotes",
    "sentences",
    "statement_clauses",
    "tokens",
)


@st.composite
def documents(
    draw: st.DrawFn,
    text: st.SearchStrategy[str] | None = None,
) -> Document:
    """Draw valid documents with every built-in annotation type over any or news-like text.

    Layers are sorted by start, ids follow :func:`~newsparse.model.layer_id`,
    token heads and speaker entities refer to annotations that exist, and the
    id and metadata vary.

    :param text: the strategy for the text (default: :func:`texts`).
    """
    body = draw(text if text is not None else texts())
    size = len(body)
    entities = draw(_entities(size))
    chosen = draw(st.sets(st.sampled_from(_LAYERS)))
    # Speaker entities refer to the entities layer: without it, quotes name none.
    entity_ids = [e.id for e in entities] if "entities" in chosen else []
    layers: dict[str, Sequence[Annotation]] = {
        "paragraphs": draw(_segments(size, "paragraphs")),
        "sentences": draw(_segments(size, "sentences")),
        "tokens": draw(_tokens(size)),
        "entities": entities,
        "quotes": draw(_quotes(size, entity_ids)),
        "numeric_claims": draw(_claims(size)),
        "statement_clauses": draw(_clauses(size)),
    }
    metadata = draw(st.dictionaries(st.sampled_from(["source", "url", "year"]), _JSON_SCALARS))
    return Document(
        body,
        {name: anns for name, anns in layers.items() if name in chosen},
        id=draw(st.none() | st.text(max_size=5)),
        metadata=metadata,
    )
