"""The plugin contract: what a plugin registers and what its processors return.

A *processor* fills one or more annotation layers of a document.  Plugins
do not run processors themselves; they describe them with a
:class:`ProcessorSpec` returned from a registry hook (see
:mod:`newsparse.hooks.specs`), and a :class:`~newsparse.pipeline.Pipeline`
creates the ones it needs, once, and orders them by what they require and
provide.  A plugin may also bring commands of its own for the ``newsparse``
command line (:class:`CommandSpec`).

The contract sits next to the hook specifications, below the pipeline: it
depends on the document model only, so the hooks and the plugin host never
import the pipeline.  Import these names from :mod:`newsparse.pipeline`
(processors and pipelines) or :mod:`newsparse.hooks` (:class:`CommandSpec`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from newsparse.model import Annotation, Document

__all__ = [
    "STAGES",
    "BatchProcessor",
    "CommandSpec",
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


@attrs.frozen(kw_only=True)
class CommandSpec:
    """A sub-command a plugin adds to the ``newsparse`` command line.

    :param name: the sub-command (``"models"`` gives ``newsparse models``);
        it must not be one of newsparse's own commands or another plugin's.
    :param help: one line for ``newsparse --help``.
    :param configure: called with the sub-command's
        :class:`argparse.ArgumentParser` to add its arguments (and
        sub-commands of its own, which may set a ``handler`` default that
        replaces *run*).
    :param run: called with the parsed arguments; returns the exit code.
        It reports user mistakes by raising
        :class:`~newsparse.errors.NewsparseError`, which the command line
        prints as one line.
    :param description: the longer text of ``newsparse NAME --help``
        (defaults to *help*).
    """

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]
    description: str = ""
