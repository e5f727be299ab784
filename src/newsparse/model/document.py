"""The immutable :class:`Document`: original text plus named annotation layers."""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Generic, TypeVar, cast

import attrs

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
from newsparse.model.codec import (
    document_from_dict,
    document_from_json,
    document_to_dict,
    document_to_json,
)
from newsparse.model.compact import CompactLayer
from newsparse.model.validation import check_layers

__all__ = ["Document", "Span"]

A = TypeVar("A", bound=Annotation)


def _freeze(annotations: Sequence[Annotation]) -> Sequence[Annotation]:
    """Return a layer as the document keeps it: a tuple, or a :class:`CompactLayer` as it is."""
    return annotations if isinstance(annotations, CompactLayer) else tuple(annotations)


def _freeze_layers(
    layers: Mapping[str, Sequence[Annotation]] | None,
) -> Mapping[str, Sequence[Annotation]]:
    if layers is None:
        return MappingProxyType({})
    return MappingProxyType({name: _freeze(anns) for name, anns in layers.items()})


_SURROGATES = re.compile("[\ud800-\udfff]")


def _clean_text(text: str) -> str:
    """Replace lone surrogates (which no UTF-8 file can hold) with U+FFFD.

    The replacement is one code point for one, so offsets are unchanged.
    """
    if not isinstance(text, str):
        raise TypeError(f"A document's text must be a str, got {type(text).__name__}.")
    if text.isascii() or _SURROGATES.search(text) is None:
        return text
    return _SURROGATES.sub("\ufffd", text)


def _freeze_metadata(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    frozen: Mapping[str, Any] = freeze(dict(value or {}))
    return frozen


@attrs.frozen(eq=True)
class Document:
    r"""A news article and its annotations.

    The text is never modified.  Annotation layers map a layer name
    (``"sentences"``, ``"entities"``, ``"acme.sentiment"``) to a tuple of
    annotations.  Every span is checked against the text when the document is
    built (see ``newsparse.model.validation``); a document is changed by
    building a new one with :meth:`with_layers`.

    A layer is kept as a tuple, or as the :class:`CompactLayer` it was
    given as (a layer of offsets whose annotations are built when read,
    what the fast segmenter returns); either reads as a tuple.

    Lone surrogates in *text* (``"\\ud800"``, which no UTF-8 file can hold)
    are replaced by U+FFFD, one code point for one, so offsets into the text
    you gave stay valid and the document always writes valid UTF-8.

    :param text: the original text.
    :param layers: annotation layers by name.
    :param id: an identifier chosen by the caller (a file name, a URL).
    :param metadata: free JSON-serialisable metadata.
    :param pipeline: names of the processors that produced the layers, in
        the order they ran.
    :raises ValidationError: when a layer breaks a rule: a span lies
        outside the text or ends before it starts, an id repeats within a
        layer, a layer is out of order, a kind or a reference is unknown, or
        an annotation has the wrong type for its layer.
    """

    text: str = attrs.field(converter=_clean_text)
    layers: Mapping[str, Sequence[Annotation]] = attrs.field(
        factory=dict, converter=_freeze_layers, hash=False
    )
    id: str | None = None
    metadata: Mapping[str, Any] = attrs.field(factory=dict, converter=_freeze_metadata, hash=False)
    pipeline: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    _offsets: dict[str, tuple[array[int], array[int]]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        check_layers(len(self.text), self.layers, self.layers, doc_id=self.id)

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
            the document's ``pipeline`` and named in errors.
        :raises ValidationError: when a new layer breaks a rule of the model
            (see :class:`Document`).
        """
        merged: dict[str, Sequence[Annotation]] = dict(self.layers)
        new = {name: _freeze(anns) for name, anns in layers.items()}
        merged.update(new)
        check_layers(len(self.text), new, merged, processor=processor, doc_id=self.id)
        # Only the new layers need checking: build without re-checking the rest.
        doc: Document = object.__new__(Document)
        for field, value in (
            ("text", self.text),
            ("layers", MappingProxyType(merged)),
            ("id", self.id),
            ("metadata", self.metadata),
            ("pipeline", self.pipeline + ((processor,) if processor else ())),
            ("_offsets", {}),
        ):
            object.__setattr__(doc, field, value)
        return doc

    # -- reading --------------------------------------------------------------
    def layer(self, name: str) -> Sequence[Annotation]:
        """Return the raw annotations of layer *name* (empty when absent).

        A tuple, or a :class:`CompactLayer` (which reads as one).
        """
        return self.layers.get(name, ())

    def offsets(self, name: str) -> tuple[memoryview, memoryview]:
        """Return the start and the end offsets of layer *name*'s annotations, as two columns.

        ``offsets(name)[0][i] == layer(name)[i].start``, read without building
        the annotations of a :class:`CompactLayer`.  The columns are
        read-only, each a :class:`memoryview` of 64-bit ints (``tolist()``
        makes a list of it), made once per document and layer.

        :param name: the layer (empty columns when absent).
        """
        annotations = self.layer(name)
        if isinstance(annotations, CompactLayer):
            return annotations.starts, annotations.ends
        columns = self._offsets.get(name)
        if columns is None:
            columns = (
                array("q", [ann.start for ann in annotations]),
                array("q", [ann.end for ann in annotations]),
            )
            self._offsets[name] = columns
        return memoryview(columns[0]).toreadonly(), memoryview(columns[1]).toreadonly()

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
        starts = self.offsets(name)[0]
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
    def to_dict(self, *, layers: Iterable[str] | None = None) -> dict[str, Any]:
        """Return the document as a JSON-ready dict in the :doc:`JSON contract </json>`.

        Fields that hold their default (``None``, ``False``) are left out.

        :param layers: the layers to write (all when ``None``); names the
            document lacks are skipped.
        :raises UnknownLayerError: when a name in *layers* is neither a
            built-in layer nor namespaced.
        """
        return document_to_dict(self, layers=layers)

    def to_json(self, *, indent: int | None = None, layers: Iterable[str] | None = None) -> str:
        """Return the document as a JSON string in the JSON contract (valid UTF-8 always).

        :param indent: indentation, or ``None`` for one line.
        :param layers: the layers to write, as for :meth:`to_dict`.
        """
        return document_to_json(self, indent=indent, layers=layers)

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        *,
        layer_types: Mapping[str, type[Annotation]] | None = None,
    ) -> Document:
        """Build a document from a dict in the JSON contract.

        :param data: the parsed JSON.
        :param layer_types: classes of namespaced layers (from plugins'
            :func:`~newsparse.hooks.specs.newsparse_layer_types`); others are
            read as :class:`~newsparse.model.Annotation`.

        :raises SchemaError: when *data* is not a valid newsparse document
            (the message gives the path of the bad field) or was written by
            a newer schema.
        """
        return document_from_dict(cls, data, layer_types)

    @classmethod
    def from_json(
        cls,
        data: str | bytes,
        *,
        layer_types: Mapping[str, type[Annotation]] | None = None,
    ) -> Document:
        """Build a document from a JSON string (or UTF-8 bytes) in the JSON contract.

        :param data: the JSON.
        :param layer_types: classes of namespaced layers, as for :meth:`from_dict`.

        :raises SchemaError: when *data* is not UTF-8, not JSON, or not a
            valid newsparse document.
        """
        return document_from_json(cls, data, layer_types)


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
