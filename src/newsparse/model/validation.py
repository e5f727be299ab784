"""The rules every layer obeys, checked when a document is built.

A layer is checked once, when it enters a document (through
:class:`~newsparse.model.Document` or :meth:`Document.with_layers
<newsparse.model.Document.with_layers>`, which is where a pipeline puts each
processor's output), and when it is read from JSON.  The rules:

- each annotation is an instance of its layer's class (a built-in layer's
  class, :class:`~newsparse.model.Annotation` or a subclass for a plugin layer);
- its span, and every nested span, fits the text: ``0 <= start <= end <= len(text)``;
- ids are unique within the layer;
- the layer is sorted as its class requires (:attr:`Annotation.layer_order
  <newsparse.model.Annotation.layer_order>`: by start, or by ``(start, end)``);
- ``kind`` is one of :attr:`Annotation.kinds <newsparse.model.Annotation.kinds>`
  when the class lists them;
- ids named by :attr:`Annotation.references
  <newsparse.model.Annotation.references>` (a token's ``head``, a speaker's
  ``entity``) exist in the layer they name, when the document has that layer
  (a document written with only some of its layers stays readable).

A broken rule raises :class:`~newsparse.errors.ValidationError`, naming the
processor, the layer, the annotation, the document and the fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import islice
from operator import attrgetter, le, lt
from typing import Any

from newsparse.errors import ValidationError
from newsparse.model.annotations import Annotation, SpanRef
from newsparse.model.compact import CompactLayer
from newsparse.model.layers import BUILTIN_LAYERS, check_layer_name

__all__ = ["check_layers"]

_BASE_SPAN_REFS = Annotation.span_refs


class _Context:
    """Who built the layers, to name in an error."""

    __slots__ = ("doc_id", "processor")

    def __init__(self, processor: str | None, doc_id: str | None) -> None:
        self.processor = processor
        self.doc_id = doc_id

    def fail(
        self,
        layer: str,
        index: int,
        ann_id: str | None,
        field: str,
        reason: str,
        fix: str,
        path: str = "",
    ) -> ValidationError:
        prefix = (
            f"Processor {self.processor!r} returned an invalid layer: a" if self.processor else "A"
        )
        where = f" {field}" if field else ""
        doc = f" of document {self.doc_id!r}" if self.doc_id is not None else ""
        message = f"{prefix}nnotation {ann_id!r}{where} in layer {layer!r}{doc} {reason}: {fix}."
        return ValidationError(
            message,
            layer=layer,
            index=index,
            annotation_id=ann_id,
            field=path or field,
            reason=f"{reason}: {fix}",
        )


def check_layers(
    size: int,
    layers: Mapping[str, Sequence[Annotation]],
    document_layers: Mapping[str, Sequence[Annotation]],
    *,
    processor: str | None = None,
    doc_id: str | None = None,
) -> None:
    """Check *layers*, about to enter a document whose text has *size* code points.

    :param size: length of the document's text.
    :param layers: the new layers.
    :param document_layers: every layer of the document once built (the new
        ones included), to resolve references.
    :param processor: the processor that returned the layers, named in errors.
    :param doc_id: the document's id, named in errors.
    :raises ValidationError: when a rule is broken.
    :raises InvalidSpanError: when a layer name is neither built-in nor namespaced.
    """
    context = _Context(processor, doc_id)
    for name, anns in layers.items():
        check_layer_name(name)
        _check_layer(context, size, name, anns)
    # References: in the new layers, and in older layers that point into a new one.
    for name, anns in document_layers.items():
        cls = BUILTIN_LAYERS.get(name, Annotation)
        if name in layers or any(layer in layers for layer in cls.references.values()):
            _check_references(context, name, anns, document_layers)


_GET_ID = attrgetter("id")
_GET_START = attrgetter("start")
_GET_END = attrgetter("end")
_GET_KIND = attrgetter("kind")


def _layer_is_valid(
    size: int, expected: type[Annotation], annotations: Sequence[Annotation]
) -> bool:
    """Whether :func:`_check_layer` would pass, tested a whole column at a time.

    Only a quick answer: when it is ``False`` the annotation-by-annotation
    check finds the first problem and reports it.
    """
    if not annotations:
        return True
    if isinstance(annotations, CompactLayer):
        return _compact_is_valid(size, expected, annotations)
    types: set[type[Annotation]] = set(map(type, annotations))
    if not all(issubclass(t, expected) for t in types):
        return False
    if any(t.span_refs is not _BASE_SPAN_REFS for t in types):
        return False
    starts = list(map(_GET_START, annotations))
    ends = list(map(_GET_END, annotations))
    if not _offsets_are_valid(size, expected, starts, ends):
        return False
    ids = list(map(_GET_ID, annotations))
    if len(set(ids)) != len(ids):
        return False
    kinds = expected.kinds
    return kinds is None or kinds.issuperset(map(_GET_KIND, annotations))


def _compact_is_valid(size: int, expected: type[Annotation], layer: CompactLayer[Any]) -> bool:
    """:func:`_layer_is_valid` for a compact layer: its ids are unique and its fields bare."""
    cls = layer.annotation_type
    if not issubclass(cls, expected) or cls.span_refs is not _BASE_SPAN_REFS or cls.kinds:
        return False
    # Lists: each offset made an int once, not once per pass.
    return _offsets_are_valid(size, expected, layer.starts.tolist(), layer.ends.tolist())


def _offsets_are_valid(
    size: int, expected: type[Annotation], starts: list[int], ends: list[int]
) -> bool:
    """Whether a layer's offsets fit a text of *size* code points and come in its order.

    :param starts: the start offsets, ints, at least one.
    :param ends: the end offsets, one per start.
    """
    # Most layers tile the text (tokens, sentences): each span ends before
    # the next starts.  Then the offsets, interleaved, are already sorted, which
    # sorting tells in one pass of the C comparison; it implies every check
    # below.
    interleaved = [0] * (2 * len(starts))
    interleaved[0::2] = starts
    interleaved[1::2] = ends
    if interleaved == sorted(interleaved):
        return interleaved[0] >= 0 and interleaved[-1] <= size
    if min(starts) < 0 or max(ends) > size or not all(map(le, starts, ends)):
        return False
    if not all(map(le, starts, islice(starts, 1, None))):
        return False
    if expected.layer_order == "span" and not all(map(lt, starts, islice(starts, 1, None))):
        # Spans that start together (rare in a layer that tiles the text)
        # must be sorted by end: compare pairs, only here.
        spans = list(zip(starts, ends, strict=True))
        if not all(map(le, spans, islice(spans, 1, None))):
            return False
    return True


def _check_layer(
    context: _Context, size: int, name: str, annotations: Sequence[Annotation]
) -> None:
    expected = BUILTIN_LAYERS.get(name, Annotation)
    if _layer_is_valid(size, expected, annotations):
        return
    seen: set[str] = set()
    previous_start = previous_end = -1
    by_span = expected.layer_order == "span"
    kinds = expected.kinds
    for index, ann in enumerate(annotations):
        if not isinstance(ann, expected):
            raise _wrong_type(context, name, index, ann, expected)
        start = ann.start
        end = ann.end
        ann_id = ann.id
        if not 0 <= start <= end <= size:
            field = "start" if not 0 <= start <= size else "end"
            raise context.fail(
                name,
                index,
                ann_id,
                "",
                f"has span [{start}, {end}), which does not fit a text of {size} code points",
                "offsets must satisfy 0 <= start <= end <= len(text)",
                path=field,
            )
        if start < previous_start or (by_span and start == previous_start and end < previous_end):
            order = "(start, end)" if by_span else "start"
            raise context.fail(
                name,
                index,
                ann_id,
                "",
                f"at [{start}, {end}) comes after one at [{previous_start}, {previous_end})",
                f"sort the layer by {order} before returning it",
                path="start",
            )
        previous_start = start
        previous_end = end
        if ann_id in seen:
            raise context.fail(
                name,
                index,
                ann_id,
                "",
                f"repeats an id: the layer has two annotations with id {ann_id!r}",
                "give each annotation in a layer its own id",
                path="id",
            )
        seen.add(ann_id)
        if kinds is not None and ann.kind not in kinds:  # type: ignore[attr-defined]
            raise context.fail(
                name,
                index,
                ann_id,
                "",
                f"has kind {ann.kind!r}",  # type: ignore[attr-defined]
                f"use one of {', '.join(sorted(kinds))}",
                path="kind",
            )
        if type(ann).span_refs is not _BASE_SPAN_REFS:
            for field, ref in ann.span_refs().items():
                if not isinstance(ref, SpanRef) or not 0 <= ref.start <= ref.end <= size:
                    span = f"[{ref.start}, {ref.end})" if isinstance(ref, SpanRef) else repr(ref)
                    raise context.fail(
                        name,
                        index,
                        ann_id,
                        field,
                        f"has span {span}, which does not fit a text of {size} code points",
                        "offsets must satisfy 0 <= start <= end <= len(text)",
                        path=field,
                    )


def _wrong_type(
    context: _Context, name: str, index: int, ann: Any, expected: type[Annotation]
) -> ValidationError:
    if not isinstance(ann, Annotation):
        return context.fail(
            name,
            index,
            None,
            "",
            f"is {type(ann).__name__} {ann!r}, not an Annotation",
            "build layers from newsparse.model classes",
        )
    return context.fail(
        name,
        index,
        ann.id,
        "",
        f"is a {type(ann).__name__} where the layer holds {expected.__name__} annotations",
        f"build it with newsparse.model.{expected.__name__}",
    )


def _resolve(ann: Annotation, path: str) -> Any:
    value: Any = ann
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value


def _ids(value: Any) -> Iterable[Any]:
    if isinstance(value, tuple):
        return value
    return (value,)


def _references_resolve(
    annotations: Sequence[Annotation], document_layers: Mapping[str, Sequence[Annotation]]
) -> bool:
    """Whether every reference of a layer holding one annotation type resolves.

    Only a quick answer: when it is ``False`` the annotation-by-annotation
    check finds the first problem and reports it.
    """
    if isinstance(annotations, CompactLayer):
        # Every field besides id, start and end is the same on each: check one.
        annotations = annotations[:1]
    types: set[type[Annotation]] = set(map(type, annotations))
    if len(types) != 1:
        return not types
    (cls,) = types
    for path, target in cls.references.items():
        if target not in document_layers or "." in path:
            return False
        try:
            values = set(map(attrgetter(path), annotations))
            values.discard(None)
            if not values:
                continue
            refs: set[Any] = set()
            for value in values:
                refs.update(_ids(value))
            target_layer = document_layers[target]
            target_ids = (
                target_layer.ids()
                if isinstance(target_layer, CompactLayer)
                else map(_GET_ID, target_layer)
            )
            if not refs <= set(target_ids):
                return False
        except (AttributeError, TypeError):
            return False
    return True


def _check_references(
    context: _Context,
    name: str,
    annotations: Sequence[Annotation],
    document_layers: Mapping[str, Sequence[Annotation]],
) -> None:
    if _references_resolve(annotations, document_layers):
        return
    known: dict[str, set[str]] = {}
    for index, ann in enumerate(annotations):
        for path, target in type(ann).references.items():
            if target not in document_layers:
                continue  # the layer was left out (to_json(layers=...)): nothing to resolve
            value = getattr(ann, path, None) if "." not in path else _resolve(ann, path)
            if value is None:
                continue
            ids = known.get(target)
            if ids is None:
                ids = known[target] = {a.id for a in document_layers[target]}
            for ref in _ids(value):
                if ref not in ids:
                    raise context.fail(
                        name,
                        index,
                        ann.id,
                        path,
                        f"refers to {ref!r}, but layer {target!r} has no annotation with that id",
                        f"refer only to annotations of layer {target!r}, or leave it None",
                        path=path,
                    )
