"""The immutable :class:`Document`: original text plus named annotation layers."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Generic, TypeVar, cast

import attrs

from newsparse.errors import InvalidSpanError
from newsparse.model.annotations import (
    Annotation,
    Entity,
    NumericClaim,
    Paragraph,
    Quote,
    Sentence,
    Statement,
    StatementClause,
    Token,
    freeze,
)
from newsparse.model.layers import check_layer_name

__all__ = ["Document", "Span"]

A = TypeVar("A", bound=Annotation)


def _freeze_layers(
    layers: Mapping[str, Sequence[Annotation]] | None,
) -> Mapping[str, tuple[Annotation, ...]]:
    if layers is None:
        return MappingProxyType({})
    return MappingProxyType({name: tuple(anns) for name, anns in layers.items()})


def _freeze_metadata(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    frozen: Mapping[str, Any] = freeze(dict(value or {}))
    return frozen


@attrs.frozen(eq=True)
class Document:
    """A news article and its annotations.

    The text is never modified.  Annotation layers map a layer name
    (``"sentences"``, ``"entities"``, ``"acme.sentiment"``) to a tuple of
    annotations.  Every span is checked against the text when the document is
    built; a document is changed by building a new one with
    :meth:`with_layers`.

    :param text: the original text.
    :param layers: annotation layers by name.
    :param id: an identifier chosen by the caller (a file name, a URL).
    :param metadata: free JSON-serialisable metadata.
    :param pipeline: names of the processors that produced the layers, in
        the order they ran.
    :raises InvalidSpanError: when a span lies outside the text, ends
        before it starts, or an id repeats within a layer.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    layers: Mapping[str, tuple[Annotation, ...]] = attrs.field(
        factory=dict, converter=_freeze_layers, hash=False
    )
    id: str | None = None
    metadata: Mapping[str, Any] = attrs.field(factory=dict, converter=_freeze_metadata, hash=False)
    pipeline: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    _starts: dict[str, list[int]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        for name, anns in self.layers.items():
            _check_layer(len(self.text), name, anns)

    # -- building -------------------------------------------------------------
    def with_layers(
        self,
        layers: Mapping[str, Sequence[Annotation]],
        *,
        processor: str | None = None,
    ) -> Document:
        """Return a new document with *layers* added (or replacing same-named ones).

        :param layers: the layers to add or replace.
        :param processor: name of the processor that made them, appended to
            the document's ``pipeline``.
        """
        merged: dict[str, tuple[Annotation, ...]] = dict(self.layers)
        for name, anns in layers.items():
            frozen = tuple(anns)
            _check_layer(len(self.text), name, frozen)
            merged[name] = frozen
        # Only the new layers need checking: build without re-checking the rest.
        doc: Document = object.__new__(Document)
        for field, value in (
            ("text", self.text),
            ("layers", MappingProxyType(merged)),
            ("id", self.id),
            ("metadata", self.metadata),
            ("pipeline", self.pipeline + ((processor,) if processor else ())),
            ("_starts", {}),
        ):
            object.__setattr__(doc, field, value)
        return doc

    # -- reading --------------------------------------------------------------
    def layer(self, name: str) -> tuple[Annotation, ...]:
        """Return the raw annotations of layer *name* (empty when absent)."""
        return self.layers.get(name, ())

    def has_layer(self, name: str) -> bool:
        """Whether the document has a layer called *name*."""
        return name in self.layers

    def spans(self, name: str) -> tuple[Span[Annotation], ...]:
        """Return layer *name* as :class:`Span` views that know their text."""
        return tuple(Span(self, ann) for ann in self.layer(name))

    def within(self, name: str, start: int, end: int) -> tuple[Annotation, ...]:
        """Return the annotations of layer *name* lying wholly inside ``[start, end)``.

        The layer is assumed sorted by start offset, as every built-in
        processor writes it.
        """
        annotations = self.layer(name)
        starts = self._starts.get(name)
        if starts is None:
            starts = [ann.start for ann in annotations]
            self._starts[name] = starts
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end if end > start else start + 1)
        return tuple(ann for ann in annotations[lo:hi] if ann.end <= end)

    def text_of(self, annotation: Annotation) -> str:
        """Return the text an annotation covers."""
        return self.text[annotation.start : annotation.end]

    @property
    def paragraphs(self) -> tuple[Span[Paragraph], ...]:
        """Paragraph spans."""
        return cast("tuple[Span[Paragraph], ...]", self.spans("paragraphs"))

    @property
    def sentences(self) -> tuple[Span[Sentence], ...]:
        """Sentence spans."""
        return cast("tuple[Span[Sentence], ...]", self.spans("sentences"))

    @property
    def tokens(self) -> tuple[Span[Token], ...]:
        """Token spans."""
        return cast("tuple[Span[Token], ...]", self.spans("tokens"))

    @property
    def entities(self) -> tuple[Span[Entity], ...]:
        """Entity spans."""
        return cast("tuple[Span[Entity], ...]", self.spans("entities"))

    @property
    def quotes(self) -> tuple[Span[Quote], ...]:
        """Quote spans."""
        return cast("tuple[Span[Quote], ...]", self.spans("quotes"))

    @property
    def numeric_claims(self) -> tuple[Span[NumericClaim], ...]:
        """Numeric-claim spans."""
        return cast("tuple[Span[NumericClaim], ...]", self.spans("numeric_claims"))

    @property
    def statement_clauses(self) -> tuple[Span[StatementClause], ...]:
        """Statement-clause spans."""
        return cast("tuple[Span[StatementClause], ...]", self.spans("statement_clauses"))

    @property
    def statements(self) -> tuple[Span[Statement], ...]:
        """Spans of the statements the document gives or reports."""
        return cast("tuple[Span[Statement], ...]", self.spans("statements"))

    # -- JSON -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Return the document as a JSON-ready dict in the :doc:`JSON contract </json>`."""
        from newsparse.io.jsonio import document_to_dict

        return document_to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """Return the document as a JSON string in the JSON contract."""
        from newsparse.io.jsonio import document_to_json

        return document_to_json(self, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Build a document from a dict in the JSON contract.

        :raises SchemaError: when *data* is not a newsparse document or was
            written by a newer schema.
        """
        from newsparse.io.jsonio import document_from_dict

        return document_from_dict(data)

    @classmethod
    def from_json(cls, data: str | bytes) -> Document:
        """Build a document from a JSON string in the JSON contract."""
        from newsparse.io.jsonio import document_from_json

        return document_from_json(data)


def _check_layer(size: int, name: str, annotations: Sequence[Annotation]) -> None:
    check_layer_name(name)
    seen: set[str] = set()
    for ann in annotations:
        if not isinstance(ann, Annotation):
            raise InvalidSpanError(
                f"Layer {name!r} holds {type(ann).__name__} {ann!r}, "
                "not an Annotation: build layers from newsparse.model classes."
            )
        _check_span(name, ann.id, "", ann.start, ann.end, size)
        for field, ref in ann.span_refs().items():
            _check_span(name, ann.id, f" {field}", ref.start, ref.end, size)
        if ann.id in seen:
            raise InvalidSpanError(
                f"Layer {name!r} has two annotations with id {ann.id!r}: "
                "give each annotation in a layer its own id."
            )
        seen.add(ann.id)


def _check_span(layer: str, ann_id: str, field: str, start: int, end: int, size: int) -> None:
    if not 0 <= start <= end <= size:
        raise InvalidSpanError(
            f"Annotation {ann_id!r}{field} in layer {layer!r} has span [{start}, {end}), "
            f"which does not fit a text of {size} code points: "
            "offsets must satisfy 0 <= start <= end <= len(text)."
        )


@attrs.frozen
class Span(Generic[A]):
    """A read-only view of one annotation in its document.

    :param doc: the document.
    :param annotation: the annotation.
    """

    doc: Document = attrs.field(repr=False)
    annotation: A

    @property
    def id(self) -> str:
        """The annotation's id."""
        return self.annotation.id

    @property
    def start(self) -> int:
        """First code point."""
        return self.annotation.start

    @property
    def end(self) -> int:
        """One past the last code point."""
        return self.annotation.end

    @property
    def text(self) -> str:
        """The text the annotation covers."""
        return self.doc.text[self.annotation.start : self.annotation.end]

    def within(self, name: str) -> tuple[Span[Annotation], ...]:
        """Annotations of layer *name* inside this span, as views."""
        anns = self.doc.within(name, self.annotation.start, self.annotation.end)
        return tuple(Span(self.doc, ann) for ann in anns)

    @property
    def tokens(self) -> tuple[Span[Token], ...]:
        """Tokens inside this span."""
        return cast("tuple[Span[Token], ...]", self.within("tokens"))

    @property
    def entities(self) -> tuple[Span[Entity], ...]:
        """Entities inside this span."""
        return cast("tuple[Span[Entity], ...]", self.within("entities"))

    @property
    def sentences(self) -> tuple[Span[Sentence], ...]:
        """Sentences inside this span."""
        return cast("tuple[Span[Sentence], ...]", self.within("sentences"))
