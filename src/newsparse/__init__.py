"""newsparse: turn an English news article into structured, attributable facts.

Quick start::

    import newsparse

    doc = newsparse.parse("“We are grateful,” the minister said.")
    for quote in doc.quotes:
        print(quote.text, quote.annotation.speaker)

:func:`parse` builds its pipeline once per process, so calling it in a loop is
cheap.  For a stream of articles, :meth:`Pipeline.pipe
<newsparse.pipeline.Pipeline.pipe>` batches them (and can use several
processes)::

    texts = ["The council met on Tuesday.", "“No,” the mayor said."]
    pipe = newsparse.Pipeline("fast")
    for doc in pipe.pipe(texts, on_error="record"):
        print(doc.to_dict() if isinstance(doc, newsparse.Document) else doc.error)
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
from newsparse.pipeline import (
    DEFAULT_PIPELINE,
    FailedDocument,
    Pipeline,
    PipelineArguments,
    PipelineSpec,
    ProcessorSpec,
)
from newsparse.pipeline.cache import cached_pipeline, clear_pipeline_cache
from newsparse.render import render_html

__all__ = [
    "Document",
    "FailedDocument",
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
    """Parse one article with this process's pipeline for these arguments.

    The pipeline is built on the first call and reused by later calls with
    equal arguments (see :mod:`newsparse.pipeline.cache` for what else the
    cache key holds, and when a pipeline is rebuilt), so a loop over
    ``newsparse.parse`` is about as fast as one over a
    :class:`~newsparse.pipeline.Pipeline` built by hand.  Call
    ``newsparse.parse.cache_clear()`` to forget the cached pipelines, e.g.
    after installing a plugin while the program runs.

    :param text: the article text.
    :param pipeline: a pipeline name or a list of processor names.
    :param id: the document's id.
    :param metadata: JSON-serialisable metadata kept on the document.
    :param options: passed to :class:`~newsparse.pipeline.Pipeline` (``use``, ``add``,
        ``disable``, ``config``, ``given``, ``strict``, ``timeout``).
    :return: the annotated document.
    """
    arguments = PipelineArguments.of(pipeline, **options)
    return cached_pipeline(arguments)(text, id=id, metadata=metadata)


#: Forget the pipelines :func:`parse` has cached (functools style).
parse.cache_clear = clear_pipeline_cache  # type: ignore[attr-defined]
