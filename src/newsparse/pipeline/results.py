"""Checks on what goes into a pipeline and what its processors return.

Both raise one-sentence errors that name the document and, for a
processor's result, the processor and its plugin, so that a wrong return
value never surfaces later as an ``AttributeError`` deep inside the model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsparse.errors import PipelineConfigError, ProcessingError
from newsparse.model import Document

__all__ = ["DEFAULT_MAX_CHARS", "MAX_CHARS_KEY", "check_size", "check_update", "document_label"]

#: Configuration key: the most characters a document may have.
MAX_CHARS_KEY = "pipeline.max_chars"

#: Its default: far above any article, low enough to stop a runaway input.
DEFAULT_MAX_CHARS = 50_000_000


def document_label(doc: Document) -> str:
    """Return how messages name *doc*: its id in quotes, or ``(no id)``."""
    return repr(doc.id) if doc.id is not None else "(no id)"


def check_size(doc: Document, config: Mapping[str, Any]) -> None:
    """Raise when *doc* is longer than the configured limit.

    :param doc: a document about to be processed.
    :param config: the pipeline's configuration (``pipeline.max_chars``).
    :raises PipelineConfigError: when the text is longer than the limit.
    """
    limit = config.get(MAX_CHARS_KEY, DEFAULT_MAX_CHARS)
    if limit is not None and len(doc.text) > limit:
        raise PipelineConfigError(
            f"Document {document_label(doc)} has {len(doc.text):,} characters, more than "
            f"{MAX_CHARS_KEY} ({limit:,}): split it, or raise the limit with "
            f"--config {MAX_CHARS_KEY}=N."
        )


def check_update(update: object, processor: str, plugin: str, doc: Document) -> None:
    """Raise unless *update* is what a processor must return: a mapping of layer lists.

    :param update: what the processor returned for *doc*.
    :param processor: the processor's name.
    :param plugin: the plugin that registered it.
    :param doc: the document it processed.
    :raises ProcessingError: when *update* is not a mapping from layer names
        to sequences of annotations.
    """
    where = f"Processor {processor!r} of plugin {plugin!r} on document {document_label(doc)}"
    if not isinstance(update, Mapping):
        raise ProcessingError(
            f"{where} returned {type(update).__name__}, not a mapping from layer names to "
            "lists of annotations: return a dict such as {'entities': [...]}."
        )
    for layer, anns in update.items():
        if not isinstance(layer, str):
            raise ProcessingError(
                f"{where} returned a layer named {layer!r}, not a string: "
                "name each layer with a string."
            )
        if isinstance(anns, str | bytes) or not isinstance(anns, Sequence):
            raise ProcessingError(
                f"{where} returned {type(anns).__name__} for layer {layer!r}, "
                "not a list of annotations: return a list."
            )
