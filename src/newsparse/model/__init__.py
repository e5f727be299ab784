"""The document model: immutable text, standoff annotations, named layers."""

from newsparse.model.annotations import (
    NUMERIC_CLAIM_KINDS,
    QUOTE_KINDS,
    Annotation,
    Cue,
    Entity,
    NumericClaim,
    Paragraph,
    Quote,
    QuoteKind,
    Sentence,
    SpanRef,
    Speaker,
    Statement,
    StatementClause,
    Token,
    column_annotations,
    span_annotations,
)
from newsparse.model.compact import CompactLayer
from newsparse.model.document import Document, Span
from newsparse.model.layers import BUILTIN_LAYERS, check_layer_name, layer_id

__all__ = [
    "BUILTIN_LAYERS",
    "NUMERIC_CLAIM_KINDS",
    "QUOTE_KINDS",
    "Annotation",
    "CompactLayer",
    "Cue",
    "Document",
    "Entity",
    "NumericClaim",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Sentence",
    "Span",
    "SpanRef",
    "Speaker",
    "Statement",
    "StatementClause",
    "Token",
    "check_layer_name",
    "column_annotations",
    "layer_id",
    "span_annotations",
]
