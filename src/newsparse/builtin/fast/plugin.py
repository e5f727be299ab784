"""The ``fast`` plugin: model-free segmentation and entity recognition."""

from __future__ import annotations

from newsparse.builtin.fast.entities.processor import entities_spec
from newsparse.builtin.fast.segment_processor import segment_spec
from newsparse.hooks import hookimpl
from newsparse.pipeline.processor import ProcessorSpec

__all__ = ["newsparse_entity_recognizers", "newsparse_segmenters"]


@hookimpl
def newsparse_segmenters() -> list[ProcessorSpec]:
    """Register ``fast.segment``."""
    return [segment_spec()]


@hookimpl
def newsparse_entity_recognizers() -> list[ProcessorSpec]:
    """Register ``fast.entities``."""
    return [entities_spec()]
