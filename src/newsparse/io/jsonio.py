"""The JSON contract: :class:`~newsparse.model.Document` to and from JSON.

The format is documented in ``docs/json.rst``.  Offsets are Python code
points (``"offsets": "codepoint"``), half-open.  Writing then reading gives
back an equal document.  The implementation lives in the model
(:mod:`newsparse.model.codec`, behind :meth:`Document.to_json
<newsparse.model.Document.to_json>` and friends); these functions are the
same operations as plain functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newsparse.model import Annotation, Document
from newsparse.model.codec import (
    OFFSET_UNIT,
    SCHEMA_VERSION,
    annotation_from_dict,
    annotation_to_dict,
)

__all__ = [
    "OFFSET_UNIT",
    "SCHEMA_VERSION",
    "annotation_from_dict",
    "annotation_to_dict",
    "document_from_dict",
    "document_from_json",
    "document_to_dict",
    "document_to_json",
]


def document_to_dict(doc: Document, *, layers: Iterable[str] | None = None) -> dict[str, Any]:
    """Return *doc* as a JSON-ready dict, as :meth:`~newsparse.model.Document.to_dict` does."""
    return doc.to_dict(layers=layers)


def document_to_json(
    doc: Document, *, indent: int | None = None, layers: Iterable[str] | None = None
) -> str:
    """Return *doc* as a JSON string, as :meth:`~newsparse.model.Document.to_json` does."""
    return doc.to_json(indent=indent, layers=layers)


def document_from_dict(
    data: Mapping[str, Any],
    layer_types: Mapping[str, type[Annotation]] | None = None,
) -> Document:
    """Build a document from a dict, as :meth:`~newsparse.model.Document.from_dict` does.

    :param data: the parsed JSON.
    :param layer_types: classes of namespaced layers (from plugins'
        :func:`~newsparse.hooks.specs.newsparse_layer_types`); others are read
        as :class:`~newsparse.model.Annotation`.
    :raises SchemaError: when *data* is not a valid newsparse document or its
        schema is newer than this release reads.
    """
    return Document.from_dict(data, layer_types=layer_types)


def document_from_json(
    data: str | bytes, layer_types: Mapping[str, type[Annotation]] | None = None
) -> Document:
    """Build a document from JSON, as :meth:`~newsparse.model.Document.from_json` does.

    :raises SchemaError: when the input is not UTF-8, not JSON or not a newsparse document.
    """
    return Document.from_json(data, layer_types=layer_types)
