"""The JSON contract: :class:`~newsparse.model.Document` to and from JSON.

The format is documented in ``docs/json.rst``.  Offsets are Python code
points (``"offsets": "codepoint"``), half-open.  Writing then reading gives
back an equal document.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from newsparse._version import __version__
from newsparse.errors import SchemaError
from newsparse.model import (
    BUILTIN_LAYERS,
    Annotation,
    Cue,
    Document,
    NumericClaim,
    SpanRef,
    Speaker,
)

__all__ = [
    "OFFSET_UNIT",
    "SCHEMA_VERSION",
    "document_from_dict",
    "document_from_json",
    "document_to_dict",
    "document_to_json",
]

#: Version of the JSON contract this release writes and the newest it reads.
SCHEMA_VERSION = 1

#: The unit of every offset in the contract.
OFFSET_UNIT = "codepoint"

_CORE_KEYS = frozenset({"id", "start", "end"})

#: Fields holding a nested span, and the class it is read back as.
_NESTED: Mapping[str, type[SpanRef]] = {"speaker": Speaker, "cue": Cue, "subject": SpanRef}


def _ref_to_dict(ref: SpanRef) -> dict[str, Any]:
    return {a.name: getattr(ref, a.name) for a in attrs.fields(type(ref))}


def _value_to_json(value: Any) -> Any:
    if isinstance(value, SpanRef):
        return _ref_to_dict(value)
    if isinstance(value, tuple):
        return [_value_to_json(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _value_to_json(v) for k, v in value.items()}
    return value


def annotation_to_dict(ann: Annotation) -> dict[str, Any]:
    """Return one annotation as a JSON-ready dict (extra ``attributes`` inlined)."""
    out: dict[str, Any] = {"id": ann.id, "start": ann.start, "end": ann.end}
    for field in attrs.fields(type(ann)):
        name = field.name
        if name in _CORE_KEYS or name == "attributes":
            continue
        out[name] = _value_to_json(getattr(ann, name))
    for key, value in ann.attributes.items():
        if key in out:
            raise SchemaError(
                f"Annotation {ann.id!r} has attribute {key!r}, which clashes with a field "
                "of the same name: rename the attribute."
            )
        out[key] = _value_to_json(value)
    return out


def document_to_dict(doc: Document) -> dict[str, Any]:
    """Return *doc* as a JSON-ready dict in the contract."""
    out: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "newsparse": __version__,
        "offsets": OFFSET_UNIT,
        "text": doc.text,
    }
    if doc.id is not None:
        out["id"] = doc.id
    if doc.metadata:
        out["metadata"] = _value_to_json(dict(doc.metadata))
    out["pipeline"] = list(doc.pipeline)
    out["layers"] = {
        name: [annotation_to_dict(ann) for ann in anns] for name, anns in doc.layers.items()
    }
    return out


def document_to_json(doc: Document, *, indent: int | None = None) -> str:
    """Return *doc* as a JSON string in the contract (non-ASCII kept as is)."""
    return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=indent)


def _span_ref(cls: type[SpanRef], data: Any, where: str) -> SpanRef | None:
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise SchemaError(f"{where} must be an object or null, got {data!r}.")
    known = {a.name for a in attrs.fields(cls)}
    try:
        return cls(**{k: v for k, v in data.items() if k in known})
    except TypeError as exc:
        raise SchemaError(f"{where} is missing a field or has a wrong one: {exc}.") from None


def _convert_field(cls: type[Annotation], name: str, value: Any, where: str) -> Any:
    if name in _NESTED:
        return _span_ref(_NESTED[name], value, f"{where} {name}")
    if cls is NumericClaim and name == "value" and isinstance(value, list):
        return tuple(value)
    if isinstance(value, list):
        return tuple(value)
    return value


def annotation_from_dict(
    layer: str, data: Mapping[str, Any], cls: type[Annotation] = Annotation
) -> Annotation:
    """Rebuild one annotation of *layer* as an instance of *cls*.

    Keys that are not fields of *cls* go to ``attributes``.

    :raises SchemaError: when a required field is missing or has the wrong type.
    """
    where = f"Annotation {data.get('id')!r} in layer {layer!r}"
    if not isinstance(data.get("id"), str):
        raise SchemaError(f"{where} needs a string 'id'.")
    fields = {a.name for a in attrs.fields(cls)} - {"attributes"}
    kwargs: dict[str, Any] = {}
    attributes: dict[str, Any] = {}
    for key, value in data.items():
        if key in fields:
            kwargs[key] = _convert_field(cls, key, value, where)
        else:
            attributes[key] = value
    try:
        return cls(**kwargs, attributes=attributes)
    except (TypeError, ValueError) as exc:
        raise SchemaError(f"{where} does not fit its layer's type: {exc}.") from None


def document_from_dict(
    data: Mapping[str, Any],
    layer_types: Mapping[str, type[Annotation]] | None = None,
) -> Document:
    """Build a document from a dict in the contract.

    :param data: the parsed JSON.
    :param layer_types: classes of namespaced layers (from plugins'
        :func:`~newsparse.hooks.specs.newsparse_layer_types`); others are read
        as :class:`~newsparse.model.Annotation`.
    :raises SchemaError: when *data* is not a newsparse document or its
        schema is newer than this release reads.
    """
    if not isinstance(data, Mapping) or "text" not in data or "schema" not in data:
        raise SchemaError(
            "This is not a newsparse document: expected an object with 'schema' and 'text'."
        )
    schema = data["schema"]
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise SchemaError(f"The document's schema {schema!r} is not a positive integer.")
    if schema > SCHEMA_VERSION:
        raise SchemaError(
            f"The document uses JSON schema {schema}, newer than the {SCHEMA_VERSION} this "
            "newsparse reads: upgrade newsparse (pip install -U newsparse)."
        )
    offsets = data.get("offsets", OFFSET_UNIT)
    if offsets != OFFSET_UNIT:
        raise SchemaError(
            f"The document's offsets are in {offsets!r}; newsparse reads {OFFSET_UNIT!r} offsets."
        )
    text = data["text"]
    if not isinstance(text, str):
        raise SchemaError("The document's 'text' must be a string.")
    types: dict[str, type[Annotation]] = dict(BUILTIN_LAYERS)
    types.update(layer_types or {})
    raw_layers = data.get("layers", {})
    if not isinstance(raw_layers, Mapping):
        raise SchemaError("The document's 'layers' must be an object of lists.")
    layers: dict[str, list[Annotation]] = {}
    for name, items in raw_layers.items():
        if not isinstance(items, list):
            raise SchemaError(f"Layer {name!r} must be a list of annotations.")
        cls = types.get(name, Annotation)
        layers[name] = []
        for item in items:
            if not isinstance(item, Mapping):
                raise SchemaError(f"Layer {name!r} holds {item!r}, which is not an object.")
            layers[name].append(annotation_from_dict(name, item, cls))
    pipeline = data.get("pipeline", [])
    if not isinstance(pipeline, list) or not all(isinstance(p, str) for p in pipeline):
        raise SchemaError("The document's 'pipeline' must be a list of processor names.")
    doc_id = data.get("id")
    if doc_id is not None and not isinstance(doc_id, str):
        raise SchemaError("The document's 'id' must be a string or null.")
    metadata = data.get("metadata", {})
    if not isinstance(metadata, Mapping):
        raise SchemaError("The document's 'metadata' must be an object.")
    return Document(text, layers, id=doc_id, metadata=metadata, pipeline=tuple(pipeline))


def document_from_json(
    data: str | bytes, layer_types: Mapping[str, type[Annotation]] | None = None
) -> Document:
    """Build a document from a JSON string in the contract.

    :raises SchemaError: when the string is not JSON or not a newsparse document.
    """
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"The input is not valid JSON ({exc}).") from None
    return document_from_dict(parsed, layer_types)
