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

import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from newsparse.hooks import hookimpl
    from newsparse.model import Document
    from newsparse.pipeline import (
        FailedDocument,
        Pipeline,
        PipelineSpec,
        ProcessorSpec,
    )
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

#: The module each name is imported from on first use (``import newsparse``
#: stays light: the model, the pipeline and its plugin host, the HTML view
#: are imported when a name of theirs is first looked up).
_LAZY: Mapping[str, str] = {
    "Document": "newsparse.model",
    "hookimpl": "newsparse.hooks",
    "DEFAULT_PIPELINE": "newsparse.pipeline",
    "FailedDocument": "newsparse.pipeline",
    "Pipeline": "newsparse.pipeline",
    "PipelineArguments": "newsparse.pipeline",
    "PipelineSpec": "newsparse.pipeline",
    "ProcessorSpec": "newsparse.pipeline",
    "cached_pipeline": "newsparse.pipeline.cache",
    "clear_pipeline_cache": "newsparse.pipeline.cache",
    "render_html": "newsparse.render",
}

#: The pipeline :func:`parse` uses when none is named
#: (:data:`newsparse.pipeline.DEFAULT_PIPELINE`, which a test keeps equal).
_DEFAULT_PIPELINE = "auto"


def __getattr__(name: str) -> Any:
    """Import a public name on its first use and keep it (:pep:`562`)."""
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


def parse(
    text: str,
    pipeline: str | Sequence[str] = _DEFAULT_PIPELINE,
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
    from newsparse.pipeline import PipelineArguments
    from newsparse.pipeline.cache import cached_pipeline

    arguments = PipelineArguments.of(pipeline, **options)
    return cached_pipeline(arguments)(text, id=id, metadata=metadata)


def _cache_clear() -> None:
    """Forget the pipelines :func:`parse` has cached."""
    from newsparse.pipeline.cache import clear_pipeline_cache

    clear_pipeline_cache()


#: Forget the pipelines :func:`parse` has cached (functools style).
parse.cache_clear = _cache_clear  # type: ignore[attr-defined]
