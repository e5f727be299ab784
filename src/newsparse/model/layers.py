"""Layer names and the annotation class each built-in layer holds."""

from __future__ import annotations

import re
from types import MappingProxyType

from newsparse.errors import InvalidSpanError
from newsparse.model.annotations import (
    Annotation,
    Entity,
    NumericClaim,
    Paragraph,
    Quote,
    Sentence,
    StatementClause,
    Token,
)

__all__ = ["BUILTIN_LAYERS", "ID_PREFIXES", "check_layer_name", "layer_id"]

#: The layers of the JSON contract and the class of their annotations.
BUILTIN_LAYERS: MappingProxyType[str, type[Annotation]] = MappingProxyType(
    {
        "paragraphs": Paragraph,
        "sentences": Sentence,
        "tokens": Token,
        "entities": Entity,
        "quotes": Quote,
        "numeric_claims": NumericClaim,
        "statement_clauses": StatementClause,
    }
)

#: Id prefix of each built-in layer: the n-th sentence is ``"s{n}"``.
ID_PREFIXES: MappingProxyType[str, str] = MappingProxyType(
    {
        "paragraphs": "p",
        "sentences": "s",
        "tokens": "t",
        "entities": "e",
        "quotes": "q",
        "numeric_claims": "n",
        "statement_clauses": "c",
    }
)

_NAMESPACED = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+\Z")


def check_layer_name(name: str) -> None:
    """Raise unless *name* is a built-in layer or a namespaced one (``acme.sentiment``).

    :raises InvalidSpanError: for any other name.
    """
    if name in BUILTIN_LAYERS or _NAMESPACED.match(name):
        return
    raise InvalidSpanError(
        f"Layer name {name!r} is neither a built-in layer ({', '.join(BUILTIN_LAYERS)}) "
        "nor namespaced: name plugin layers 'package.layer', e.g. 'acme.sentiment'."
    )


def layer_id(layer: str, index: int) -> str:
    """Return the conventional id of the *index*-th (0-based) annotation of *layer*."""
    prefix = ID_PREFIXES.get(layer)
    if prefix is None:
        prefix = layer.rsplit(".", 1)[-1][:1] or "a"
    return f"{prefix}{index + 1}"
