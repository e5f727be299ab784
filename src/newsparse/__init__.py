"""newsparse: turn an English news article into structured, attributable facts.

Quick start::

    import newsparse

    doc = newsparse.parse("“We are grateful,” Mr. Putin said.")
    for quote in doc.quotes:
        print(quote.text, quote.annotation.speaker)

Build a :class:`~newsparse.pipeline.Pipeline` once and reuse it for many documents.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsparse._version import __version__
from newsparse.errors import (
    InvalidSpanError,
    ModelsMissingError,
    NewsparseError,
    PipelineConfigError,
    PluginError,
    PluginLoadError,
    ProcessingError,
    SchemaError,
)
from newsparse.hooks import hookimpl
from newsparse.model import Document
from newsparse.pipeline import DEFAULT_PIPELINE, Pipeline, PipelineSpec, ProcessorSpec
from newsparse.render import render_html

__all__ = [
    "Document",
    "InvalidSpanError",
    "ModelsMissingError",
    "NewsparseError",
    "Pipeline",
    "PipelineConfigError",
    "PipelineSpec",
    "PluginError",
    "PluginLoadError",
    "ProcessingError",
    "ProcessorSpec",
    "SchemaError",
    "__version__",
    "hookimpl",
    "parse",
    "render_html",
]


def parse(
    text: str,
    pipeline: str | Sequence[str] = DEFAULT_PIPELINE,
    *,
    id: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    **options: Any,
) -> Document:
    """Parse one article with a pipeline built for this call.

    To parse many articles, build a :class:`~newsparse.pipeline.Pipeline` once and call it (or its
    :meth:`~newsparse.pipeline.Pipeline.pipe`) instead: building loads plugins and models.

    :param text: the article text.
    :param pipeline: a pipeline name or a list of processor names.
    :param id: the document's id.
    :param metadata: JSON-serialisable metadata kept on the document.
    :param options: passed to :class:`~newsparse.pipeline.Pipeline` (``use``, ``add``,
        ``disable``, ``config``, ``strict``).
    :return: the annotated document.
    """
    return Pipeline(pipeline, **options)(text, id=id, metadata=metadata)
