"""What a plugin registers: named processors and named pipelines.

A *processor* fills one or more annotation layers of a document.  Plugins
do not run processors themselves; they describe them with a
:class:`ProcessorSpec` returned from a registry hook (see
:mod:`newsparse.hooks.specs`), and a :class:`~newsparse.pipeline.Pipeline`
creates the ones it needs, once, and orders them by what they require and
provide.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from newsparse.model import Annotation, Document

__all__ = [
    "STAGES",
    "BatchProcessor",
    "Config",
    "LayerUpdate",
    "PipelineSpec",
    "Processor",
    "ProcessorSpec",
]

#: The built-in stages, each with its own registry hook.
STAGES: tuple[str, ...] = (
    "segment",
    "syntax",
    "entities",
    "quotes",
    "numeric_claims",
    "statement_clauses",
)

#: Configuration as processors see it: dotted keys (``"stanza.dir"``) to values.
Config = Mapping[str, Any]

#: What a processor returns for one document: layers to add or replace.
LayerUpdate = Mapping[str, Sequence[Annotation]]


@runtime_checkable
class Processor(Protocol):
    """A created processor: a callable from a document to new layers."""

    def __call__(self, doc: Document) -> LayerUpdate:
        """Return the layers this processor adds to (or replaces in) *doc*."""
        ...  # pragma: no cover


class BatchProcessor:
    """Base class for processors that are faster on batches of documents.

    Subclasses implement :meth:`process_batch`; calling the processor on
    one document runs a batch of one.  :meth:`Pipeline.pipe
    <newsparse.pipeline.Pipeline.pipe>` hands whole batches to
    :meth:`process_batch`.
    """

    def __call__(self, doc: Document) -> LayerUpdate:
        """Process one document as a batch of one."""
        return self.process_batch([doc])[0]

    def process_batch(self, docs: Sequence[Document]) -> list[LayerUpdate]:
        """Return one layer update per document, in order."""
        raise NotImplementedError


def _names(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _name_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class ProcessorSpec:
    """The description of a processor that a plugin registers.

    :param name: unique name, by convention ``"plugin.stage"``
        (``"fast.segment"``, ``"stanza.entities"``).
    :param stage: the stage it serves: one of ``STAGES`` or a name of
        the plugin's own for extra layers.
    :param factory: called once per pipeline with the configuration; returns
        the processor (a callable from :class:`~newsparse.model.Document`
        to a layer update, or a :class:`BatchProcessor`).
    :param requires: layers (or capabilities such as ``"syntax"``) that must
        exist before it runs.
    :param provides: layers (or capabilities) it makes.
    :param uses: layers or capabilities it uses when present (``"syntax"``
        for a quote extractor): it runs after their providers, but does not
        need them.
    :param description: one line for ``newsparse plugins``.
    :param check: called with the configuration before the processor is
        created; raises :class:`~newsparse.errors.ModelsMissingError` (or
        another :class:`~newsparse.errors.NewsparseError`) when it cannot
        run here.  ``pipeline="auto"`` uses it to choose.
    """

    name: str
    stage: str
    factory: Callable[[Config], Processor | BatchProcessor]
    requires: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    provides: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    uses: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    description: str = ""
    check: Callable[[Config], None] | None = None


@attrs.frozen(kw_only=True)
class PipelineSpec:
    """A named pipeline: a set of processors, or a choice among pipelines.

    :param name: the name users pass as ``pipeline=``.
    :param processors: processor names; their order is worked out from
        what they require and provide.
    :param choose_from: for a choosing pipeline such as ``"auto"``: the
        pipelines to try in order; the first whose processors all pass their
        checks is used.
    :param description: one line for ``newsparse plugins``.
    """

    name: str
    processors: tuple[str, ...] = attrs.field(default=(), converter=_name_tuple)
    choose_from: tuple[str, ...] = attrs.field(default=(), converter=_name_tuple)
    description: str = ""
