"""The JSON contract: documents to and from JSON-ready dicts and strings.

The format is documented in ``docs/json.rst``.  Offsets are Python code
points (``"offsets": "codepoint"``), half-open.  Writing then reading gives
back an equal document.  A field that holds its default (``None``,
``False``) is left out when writing and filled in when reading, so files
that spell those defaults out (as schema 1 did at first) read the same.

This module is part of the model (it never imports ``newsparse.io``);
:mod:`newsparse.io.jsonio` is its public face.
"""

from __future__ import annotations

import functools
import json
import math
import operator
import types
import typing
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any, Literal, Union, cast

import attrs

from newsparse._version import __version__
from newsparse.errors import InvalidSpanError, SchemaError, UnknownLayerError, ValidationError
from newsparse.model.annotations import Annotation, Cue, SpanRef, Speaker
from newsparse.model.compact import CompactLayer
from newsparse.model.layers import BUILTIN_LAYERS, check_layer_name

if TYPE_CHECKING:
    from newsparse.model.document import Document

__all__ = [
    "MAX_DEPTH",
    "OFFSET_UNIT",
    "SCHEMA_VERSION",
    "annotation_from_dict",
    "annotation_to_dict",
    "check_layer_names",
    "document_from_dict",
    "document_from_json",
    "document_to_dict",
    "document_to_json",
    "select_layers",
]

#: Version of the JSON contract this release writes and the newest it reads.
SCHEMA_VERSION = 1

#: The unit of every offset in the contract.
OFFSET_UNIT = "codepoint"

#: How deeply free-form values (metadata, extra annotation fields) may nest.
MAX_DEPTH = 100

_CORE_KEYS = frozenset({"id", "start", "end", "attributes"})

#: Fields holding a nested span, and the class it is read back as.
_NESTED: Mapping[str, type[SpanRef]] = {"speaker": Speaker, "cue": Cue, "subject": SpanRef}

_REQUIRED = object()


# -- writing --------------------------------------------------------------------


def _write_plan(cls: type[Any]) -> tuple[tuple[str, Any], ...]:
    """Return the fields of *cls* written besides the core ones, with their default."""
    return _cached_write_plan(cast("Hashable", cls))


@functools.cache
def _cached_write_plan(cls: Any) -> tuple[tuple[str, Any], ...]:
    plan = []
    for field in attrs.fields(cls):
        if field.name in _CORE_KEYS:
            continue
        default = field.default
        if default is attrs.NOTHING or isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = _REQUIRED
        plan.append((field.name, default))
    return tuple(plan)


def _field_names(cls: type[Any]) -> frozenset[str]:
    return _cached_field_names(cast("Hashable", cls))


@functools.cache
def _cached_field_names(cls: Any) -> frozenset[str]:
    return frozenset(field.name for field in attrs.fields(cls))


def _is_default(value: Any, default: Any) -> bool:
    return default is not _REQUIRED and (
        value is default or (type(value) is type(default) and value == default)
    )


#: Types whose values JSON holds as they are (the test that skips the others' checks).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def _ref_to_dict(ref: SpanRef) -> dict[str, Any]:
    out: dict[str, Any] = {"start": ref.start, "end": ref.end}
    for name, default in _write_plan(type(ref)):
        value = getattr(ref, name)
        if not _is_default(value, default):
            out[name] = value if type(value) in _PLAIN else _value_to_json(value)
    return out


def _value_to_json(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, SpanRef):
        return _ref_to_dict(value)
    if isinstance(value, tuple):
        return [_value_to_json(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _value_to_json(v) for k, v in value.items()}
    return value


def annotation_to_dict(ann: Annotation) -> dict[str, Any]:
    """Return one annotation as a JSON-ready dict.

    Fields holding their default are left out; extra ``attributes`` are inlined.

    :raises SchemaError: when an attribute has the name of a field.
    """
    out: dict[str, Any] = {"id": ann.id, "start": ann.start, "end": ann.end}
    for name, default in _write_plan(type(ann)):
        value = getattr(ann, name)
        if value is default:  # None, False: the sentinel of a required field is never a value
            continue
        if default is not _REQUIRED and type(value) is type(default) and value == default:
            continue
        out[name] = value if type(value) in _PLAIN else _value_to_json(value)
    if ann.attributes:
        fields = _field_names(type(ann))
        for key, value in ann.attributes.items():
            if key in fields or key in out:
                raise SchemaError(
                    f"Annotation {ann.id!r} has attribute {key!r}, which clashes with a field "
                    "of the same name: rename the attribute."
                )
            out[key] = _value_to_json(value)
    return out


def check_layer_names(names: Iterable[str], *, option: str = "layers") -> None:
    """Raise unless every name is a built-in layer or a namespaced one.

    :param names: the layer names asked for.
    :param option: how the caller asked (``layers``, ``--layers``), named in the error.
    :raises UnknownLayerError: for the first other name.
    """
    for name in names:
        try:
            check_layer_name(name)
        except InvalidSpanError:
            raise UnknownLayerError(
                f"There is no layer {name!r} (in {option}): choose among "
                f"{', '.join(BUILTIN_LAYERS)} or a namespaced plugin layer such as "
                "'acme.sentiment'."
            ) from None


def select_layers(doc: Document, layers: Iterable[str] | None) -> list[str]:
    """Return the names of *doc*'s layers to write, in the document's order.

    :param doc: the document.
    :param layers: the names asked for, or ``None`` for all; names the
        document lacks are skipped.
    :raises UnknownLayerError: when a name is neither built-in nor namespaced.
    """
    if layers is None:
        return list(doc.layers)
    wanted = [layers] if isinstance(layers, str) else list(layers)
    check_layer_names(wanted)
    return [name for name in doc.layers if name in wanted]


def document_to_dict(doc: Document, *, layers: Iterable[str] | None = None) -> dict[str, Any]:
    """Return *doc* as a JSON-ready dict in the contract.

    :param doc: the document.
    :param layers: the layers to write (all when ``None``).
    :raises UnknownLayerError: when a name in *layers* is neither built-in nor namespaced.
    """
    out = _head(doc)
    all_layers = doc.layers
    out["layers"] = {
        name: [annotation_to_dict(ann) for ann in all_layers[name]]
        for name in select_layers(doc, layers)
    }
    return out


def document_to_json(
    doc: Document, *, indent: int | None = None, layers: Iterable[str] | None = None
) -> str:
    r"""Return *doc* as a JSON string in the contract.

    Non-ASCII characters are written as they are; the result always encodes
    to UTF-8: a lone surrogate in an annotation's field is written as a
    ``\udXXX`` escape, which reads back as the same string.  On one line
    (``indent=None``) the result is exactly ``json.dumps(doc.to_dict())``,
    written faster: annotations with no field besides ``id``, ``start`` and
    ``end`` set (most tokens) are formatted directly.

    :param doc: the document.
    :param indent: indentation, or ``None`` for one line.
    :param layers: the layers to write (all when ``None``).
    """
    if indent is None:
        out = _document_json(doc, select_layers(doc, layers))
        if _encodes(out):
            return out
    data = document_to_dict(doc, layers=layers)
    out = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    if not _encodes(out):
        out = json.dumps(data, ensure_ascii=True, indent=indent, allow_nan=False)
    return out


def _encodes(text: str) -> bool:
    """Whether *text* encodes to UTF-8 (holds no lone surrogate)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _dumps(value: Any) -> str:
    """Return ``json.dumps(value, ensure_ascii=False, allow_nan=False)``, without its set-up.

    ``json.dumps`` builds an encoder object in Python on every call; the
    C encoder it ends up with is made here directly, with the same settings.
    """
    if c_make_encoder is None:  # pragma: no cover - CPython always has the C encoder
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    encoder = c_make_encoder({}, _DEFAULT, encode_basestring, None, ": ", ", ", False, False, False)
    return "".join(encoder(value, 0))


#: What ``json.dumps`` calls for a value JSON cannot hold: it raises ``TypeError``.
_DEFAULT = json.JSONEncoder().default

_GET_ID = operator.attrgetter("id")
_GET_START = operator.attrgetter("start")
_GET_END = operator.attrgetter("end")
_GET_ATTRIBUTES = operator.attrgetter("attributes")


def _head(doc: Document) -> dict[str, Any]:
    """Return the document's fields before its layers, in the order they are written."""
    head: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "newsparse": __version__,
        "offsets": OFFSET_UNIT,
        "text": doc.text,
    }
    if doc.id is not None:
        head["id"] = doc.id
    if doc.metadata:
        head["metadata"] = _value_to_json(dict(doc.metadata))
    head["pipeline"] = list(doc.pipeline)
    return head


def _document_json(doc: Document, names: list[str]) -> str:
    head = _head(doc)
    layer_parts = [f"{_dumps(name)}: {_layer_json(doc.layers[name])}" for name in names]
    return f'{_dumps(head)[:-1]}, "layers": {{{", ".join(layer_parts)}}}}}'


def _layer_json(annotations: Sequence[Annotation]) -> str:
    """Return the annotations of one layer as a JSON array, as ``json.dumps`` writes it.

    A layer whose annotations have nothing set besides ``id``, ``start`` and
    ``end`` (tokens, sentences, paragraphs) is formatted directly, each
    check made a whole column at a time; any other layer is written by one
    call to the encoder.
    """
    if isinstance(annotations, CompactLayer):
        compact = _compact_json(annotations)
        if compact is not None:
            return compact
    ids = _bare_ids(annotations)
    if ids is None:
        return _dumps([annotation_to_dict(ann) for ann in annotations])
    count = len(ids)
    # One ``%`` over every value, interleaved by slice assignment: no Python loop.
    values: list[Any] = [None] * (3 * count)
    values[0::3] = ids
    values[1::3] = map(_GET_START, annotations)
    values[2::3] = map(_GET_END, annotations)
    return "[" + ((_BARE_ITEM * count) % tuple(values))[:-2] + "]"


def _compact_json(layer: CompactLayer[Any]) -> str | None:
    """Return a compact layer as :func:`_layer_json` does, from its columns; ``None`` if it can't.

    Its annotations hold only ``id``, ``start`` and ``end`` when the class
    writes no field whose default is set; the ids are plain when the prefix
    is ASCII letters and digits.
    """
    prefix = layer.prefix
    if not (prefix.isascii() and prefix.isalnum()) or layer.first < 0:
        return None
    if any(default is not None for _, default in _write_plan(layer.annotation_type)):
        return None
    count = len(layer)
    if not count:
        return "[]"
    first = layer.first
    values: list[Any] = [None] * (3 * count)
    values[0::3] = range(first, first + count)
    values[1::3] = layer.starts.tolist()
    values[2::3] = layer.ends.tolist()
    item = _BARE_ITEM.replace('"%s"', f'"{prefix}%d"')
    return "[" + ((item * count) % tuple(values))[:-2] + "]"


#: One annotation with only ``id``, ``start`` and ``end``, as ``json.dumps`` writes it.
_BARE_ITEM = '{"id": "%s", "start": %d, "end": %d}, '


def _bare_ids(annotations: Sequence[Annotation]) -> list[str] | None:
    """Return the ids when every annotation is written with only ``id``, ``start`` and ``end``.

    That is: one class whose written fields all default to ``None`` and
    are ``None``, no attributes, and ids that are plain strings of ASCII
    letters and digits (which JSON writes without escapes).  Otherwise
    ``None``.
    """
    types = set(map(type, annotations))
    if len(types) != 1:
        return None
    (cls,) = types
    plan = _write_plan(cls)
    if any(default is not None for _, default in plan):
        return None
    count = len(annotations)
    for name, _ in plan:
        if list(map(operator.attrgetter(name), annotations)).count(None) != count:
            return None
    if any(map(_GET_ATTRIBUTES, annotations)):
        return None
    ids = list(map(_GET_ID, annotations))
    if set(map(type, ids)) != {str}:
        return None
    joined = "".join(ids)
    return ids if joined.isascii() and joined.isalnum() and all(ids) else None


# -- reading --------------------------------------------------------------------

Checker = Callable[[Any], bool]


def _any(value: Any) -> bool:
    return True


def _checker(tp: Any) -> Checker:
    """Return a test that a value read from JSON (lists made tuples) fits type *tp*."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is Union or origin is types.UnionType:
        subs = [_checker(a) for a in args]
        return lambda v: any(check(v) for check in subs)
    if origin is Literal:
        return lambda v: type(v) is str and v in args
    if tp is type(None):
        return lambda v: v is None
    if tp is bool:
        return lambda v: type(v) is bool
    if tp is int:
        return lambda v: type(v) is int
    if tp is float:
        return lambda v: (type(v) is int or type(v) is float) and math.isfinite(v)
    if tp is str:
        return lambda v: type(v) is str
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _checker(args[0])
            return lambda v: type(v) is tuple and all(item(x) for x in v)
        items = [_checker(a) for a in args]
        return lambda v: (
            type(v) is tuple
            and len(v) == len(items)
            and all(c(x) for c, x in zip(items, v, strict=True))
        )
    if isinstance(tp, type) and issubclass(tp, SpanRef):
        return lambda v: isinstance(v, tp)
    return _any


def _read_plan(cls: type[Any]) -> Mapping[str, tuple[Checker, str]]:
    """Return each field of *cls* besides ``attributes``, with a type test and the type's name."""
    return _cached_read_plan(cast("Hashable", cls))


@functools.cache
def _cached_read_plan(cls: Any) -> Mapping[str, tuple[Checker, str]]:
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # a class whose annotations do not resolve: check no types
        hints = {}
    plan: dict[str, tuple[Checker, str]] = {}
    for field in attrs.fields(cls):
        if field.name == "attributes":
            continue
        tp = hints.get(field.name, Any)
        name = getattr(tp, "__name__", None) or str(tp).replace("typing.", "")
        plan[field.name] = (_checker(tp), name)
    return plan


def _check_plain(value: Any, path: str) -> None:
    """Raise unless *value* is a finite JSON value nested at most :data:`MAX_DEPTH` deep."""
    stack: list[tuple[Any, str, int]] = [(value, path, 0)]
    while stack:
        item, where, depth = stack.pop()
        if isinstance(item, (list, tuple)):
            if depth >= MAX_DEPTH:
                raise SchemaError(
                    f"{where} nests deeper than {MAX_DEPTH} levels: flatten the value."
                )
            stack.extend((v, f"{where}[{i}]", depth + 1) for i, v in enumerate(item))
        elif isinstance(item, Mapping):
            if depth >= MAX_DEPTH:
                raise SchemaError(
                    f"{where} nests deeper than {MAX_DEPTH} levels: flatten the value."
                )
            for k, v in item.items():
                if not isinstance(k, str):
                    raise SchemaError(f"{where} has key {k!r}: object keys must be strings.")
                stack.append((v, f"{where}.{k}", depth + 1))
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise SchemaError(f"{where} is {item!r}: numbers must be finite.")
        elif item is not None and not isinstance(item, (str, int)):
            raise SchemaError(
                f"{where} holds a {type(item).__name__}, which JSON cannot hold: "
                "use strings, numbers, booleans, null, lists and objects."
            )


def _span_ref(cls: type[SpanRef], data: Any, where: str) -> SpanRef | None:
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise SchemaError(f"{where} must be an object or null, got {data!r}.")
    plan = _read_plan(cls)
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in plan:
            continue  # unknown fields of a nested span are dropped
        check, type_name = plan[key]
        if not check(value):
            raise SchemaError(f"{where}.{key} is {value!r}: expected {type_name}.")
        kwargs[key] = value
    for key in ("start", "end"):
        if key not in kwargs:
            raise SchemaError(f"{where}.{key} is missing: a nested span needs start and end.")
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise SchemaError(f"{where} does not fit its type: {exc}.") from None


def _convert(value: Any) -> Any:
    return tuple(_convert(v) for v in value) if isinstance(value, list) else value


def annotation_from_dict(
    layer: str,
    data: Mapping[str, Any],
    cls: type[Annotation] = Annotation,
    *,
    path: str | None = None,
) -> Annotation:
    """Rebuild one annotation of *layer* as an instance of *cls*.

    Keys that are not fields of *cls* go to ``attributes``; missing fields
    that have a default take it.

    :param layer: the layer's name.
    :param data: the annotation's JSON object.
    :param cls: the class to build.
    :param path: where the annotation is, for errors (``layers.entities[3]``).
    :raises SchemaError: when a field is missing, has the wrong type, or an
        extra value is not plain JSON; the message starts with the field's path.
    """
    where = path or f"layers.{layer}[?]"
    if not isinstance(data, Mapping):
        raise SchemaError(f"{where} is {data!r}, not an annotation object.")
    if not isinstance(data.get("id"), str):
        raise SchemaError(f"{where}.id must be a string 'id', got {data.get('id')!r}.")
    plan = _read_plan(cls)
    kwargs: dict[str, Any] = {}
    attributes: dict[str, Any] = {}
    for key, value in data.items():
        entry = plan.get(key)
        if entry is None:
            if isinstance(value, (list, dict)):
                _check_plain(value, f"{where}.{key}")
            elif isinstance(value, float) and not math.isfinite(value):
                raise SchemaError(f"{where}.{key} is {value!r}: numbers must be finite.")
            attributes[key] = value
            continue
        if key in _NESTED:
            value = _span_ref(_NESTED[key], value, f"{where}.{key}")
        elif isinstance(value, list):
            _check_plain(value, f"{where}.{key}")
            value = _convert(value)
        check, type_name = entry
        if not check(value):
            raise SchemaError(f"{where}.{key} is {value!r}: expected {type_name}.")
        kwargs[key] = value
    for field in attrs.fields(cls):
        if field.default is attrs.NOTHING and field.name not in kwargs:
            raise SchemaError(
                f"{where}.{field.name} is missing: a {cls.__name__} needs it "
                f"(annotation {data.get('id')!r} in layer {layer!r}); "
                "the annotation does not fit its layer's type."
            )
    try:
        return cls(**kwargs, attributes=attributes)
    except (TypeError, ValueError) as exc:
        raise SchemaError(f"{where} does not fit its layer's type: {exc}.") from None


def _header(data: Any) -> None:
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
    if not isinstance(data["text"], str):
        raise SchemaError("The document's 'text' must be a string.")


def document_from_dict(
    cls: type[Document],
    data: Mapping[str, Any],
    layer_types: Mapping[str, type[Annotation]] | None = None,
) -> Document:
    """Build a document of class *cls* from a dict in the contract.

    :param cls: the document class (:class:`~newsparse.model.Document`).
    :param data: the parsed JSON.
    :param layer_types: classes of namespaced layers; others are read as
        :class:`~newsparse.model.Annotation`.
    :raises SchemaError: when *data* is not a valid newsparse document (the
        message starts with the path of the bad field) or its schema is
        newer than this release reads.
    """
    _header(data)
    types_: dict[str, type[Annotation]] = dict(BUILTIN_LAYERS)
    types_.update(layer_types or {})
    raw_layers = data.get("layers", {})
    if not isinstance(raw_layers, Mapping):
        raise SchemaError("The document's 'layers' must be an object of lists.")
    layers: dict[str, list[Annotation]] = {}
    for name, items in raw_layers.items():
        if not isinstance(name, str):
            raise SchemaError(f"layers has key {name!r}: layer names must be strings.")
        try:
            check_layer_name(name)
        except InvalidSpanError as exc:
            raise SchemaError(f"layers.{name}: {exc}") from None
        if not isinstance(items, list):
            raise SchemaError(f"Layer {name!r} (layers.{name}) must be a list of annotations.")
        layer_cls = types_.get(name, Annotation)
        layers[name] = [
            annotation_from_dict(name, item, layer_cls, path=f"layers.{name}[{i}]")
            for i, item in enumerate(items)
        ]
    pipeline = data.get("pipeline", [])
    if not isinstance(pipeline, list) or not all(isinstance(p, str) for p in pipeline):
        raise SchemaError("The document's 'pipeline' must be a list of processor names.")
    doc_id = data.get("id")
    if doc_id is not None and not isinstance(doc_id, str):
        raise SchemaError("The document's 'id' must be a string or null.")
    metadata = data.get("metadata", {})
    if not isinstance(metadata, Mapping):
        raise SchemaError("The document's 'metadata' must be an object.")
    _check_plain(metadata, "metadata")
    try:
        return cls(data["text"], layers, id=doc_id, metadata=metadata, pipeline=tuple(pipeline))
    except ValidationError as exc:
        raise SchemaError(f"{exc.path}: {exc}") from None
    except InvalidSpanError as exc:  # pragma: no cover - layer names are checked above
        raise SchemaError(str(exc)) from None


def _no_constant(name: str) -> Any:
    raise SchemaError(f"The input holds {name}, which is not a JSON number: write finite numbers.")


def document_from_json(
    cls: type[Document],
    data: str | bytes,
    layer_types: Mapping[str, type[Annotation]] | None = None,
) -> Document:
    """Build a document of class *cls* from a JSON string (or UTF-8 bytes) in the contract.

    :raises SchemaError: when the input is not UTF-8, not JSON, nested too
        deeply, or not a valid newsparse document.
    """
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SchemaError(
                f"The input is not UTF-8 (byte {exc.start}): write JSON documents in UTF-8."
            ) from None
    try:
        parsed = json.loads(data, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"The input is not valid JSON ({exc}).") from None
    except RecursionError:
        raise SchemaError(
            f"The input nests too deeply to read: newsparse documents nest at most "
            f"{MAX_DEPTH} levels."
        ) from None
    return document_from_dict(cls, parsed, layer_types)
