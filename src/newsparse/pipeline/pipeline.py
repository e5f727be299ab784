"""The :class:`Pipeline`: built once, then run on many documents."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from pathlib import Path
from typing import Any, Literal, cast, overload

from newsparse.errors import NewsparseError, PipelineConfigError, ProcessingError
from newsparse.hooks.contract import (
    STAGES,
    BatchProcessor,
    PipelineSpec,
    Processor,
    ProcessorSpec,
)
from newsparse.lexicon import LEXICON_KEY, Lexicon
from newsparse.model import Document
from newsparse.pipeline.arguments import PipelineArguments
from newsparse.pipeline.failures import FailedDocument
from newsparse.pipeline.ordering import order_processors
from newsparse.pipeline.results import check_size, check_update
from newsparse.pipeline.timeouts import require_alarm, time_limit
from newsparse.pipeline.user_config import load_user_config
from newsparse.plugins.manager import PluginHost

__all__ = ["DEFAULT_PIPELINE", "Pipeline", "Watch"]

#: The pipeline used when none is named.
DEFAULT_PIPELINE = "auto"

TextOrDocument = str | Document

#: Told ``((processor index, document position or -1 for a batch), budget)``
#: before a processor call and ``(None, None)`` after it.
Watch = Callable[[tuple[int, int] | None, float | None], None]


class Pipeline:
    """Processors chosen by name, ordered by their requirements, created once.

    :param pipeline: a registered pipeline's name (``"auto"``, ``"fast"``,
        ``"stanza"``, or one a plugin registers) or a list of processor names.
    :param use: replace the processor of a stage by name, e.g.
        ``{"entities": "acme.ner"}``.
    :param add: more processors to run (plugin layers such as
        ``"acme.sentiment"``).
    :param disable: plugin names to block.
    :param config: configuration keys (``{"stanza.dir": "/models"}``);
        unknown keys are an error that lists the valid ones.  Factories also
        find the pipeline's :class:`~newsparse.lexicon.Lexicon` under the
        reserved key :data:`~newsparse.lexicon.LEXICON_KEY`.
    :param given: layers the input documents already have (for a pipeline
        that adds layers to documents parsed earlier); documents without
        them are rejected.
    :param strict: raise when a plugin fails to load instead of warning.
    :param plugins: a :class:`~newsparse.plugins.PluginHost` to take plugins
        from; by default one is built from the installed entry points.  A
        pipeline built from an explicit host cannot run in worker processes.
    :param timeout: seconds each processor may spend on one document (a
        batch gets that much per document); a processor that runs longer
        fails on that document with a :class:`TimeoutError`.  In process
        this needs the main thread of a POSIX process (a ``SIGALRM`` timer);
        with worker processes a hung worker is also stopped and replaced.
        See :mod:`newsparse.pipeline.timeouts`.
    :param config_file: a user configuration file (``newsparse.toml``, or a
        ``pyproject.toml`` with ``[tool.newsparse]``) whose ``pipeline``,
        ``use``, ``add``, ``disable`` and ``config`` the arguments above
        override or extend; ``True`` looks it up from the current directory
        upward; ``None`` (the default) reads no file.  See :doc:`/cli`.
    :raises PipelineConfigError: when a name is unknown, a requirement is
        unmet, or (for ``"auto"``) no candidate pipeline can run.
    """

    def __init__(
        self,
        pipeline: str | Sequence[str] | None = None,
        *,
        use: Mapping[str, str] | None = None,
        add: Sequence[str] = (),
        disable: Sequence[str] = (),
        config: Mapping[str, Any] | None = None,
        given: Sequence[str] = (),
        strict: bool = False,
        plugins: PluginHost | None = None,
        timeout: float | None = None,
        config_file: str | Path | bool | None = None,
    ) -> None:
        self._disabled: frozenset[str] = frozenset()
        if timeout is not None and not timeout > 0:
            raise PipelineConfigError(
                f"timeout must be a positive number of seconds, got {timeout}."
            )
        user = load_user_config(config_file)
        #: The configuration file these settings were merged with, if any.
        self.config_file = user.path
        chosen, use, add, disable, config = user.merged(
            pipeline=pipeline, use=use, add=add, disable=disable, config=config
        )
        pipeline = chosen if chosen is not None else DEFAULT_PIPELINE
        #: The arguments this pipeline was built from (after merging the
        #: configuration file), to build it again in other processes.
        self.arguments = PipelineArguments.of(
            pipeline, use=use, add=add, disable=disable, config=config, given=given,
            strict=strict, timeout=timeout,
        )  # fmt: skip
        #: Whether :attr:`arguments` rebuild this pipeline (not when built from ``plugins=``).
        self.rebuildable = plugins is None
        #: Seconds a processor may spend on one document, or ``None``.
        self.timeout = timeout
        self.plugins = (
            plugins if plugins is not None else PluginHost(disable=disable, strict=strict)
        )
        self._available = self.plugins.processor_specs()
        self._pipelines = self.plugins.pipeline_specs()
        if plugins is not None and disable:
            self._disable_in_host(disable)
        self.config: dict[str, Any] = self._merge_config(config or {})
        #: The shared word lists with every plugin's changes; processor
        #: factories receive it under :data:`~newsparse.lexicon.LEXICON_KEY`.
        self.lexicon: Lexicon = self.plugins.lexicon()
        self.config[LEXICON_KEY] = self.lexicon
        #: Why this pipeline was chosen, for a choosing pipeline such as ``auto``.
        self.notice: str | None = None
        self._check_use(use or {})
        names, self.name = self._resolve(pipeline, use or {})
        names = self._apply_use(names, use or {})
        for extra in add:
            self._spec(extra)
            if extra not in names:
                names.append(extra)
        specs = [self._spec(name) for name in names]
        self.given = frozenset(given)
        self.specs: tuple[ProcessorSpec, ...] = tuple(order_processors(specs, given=self.given))
        self._created: dict[str, Processor | BatchProcessor] = {}

    @classmethod
    def from_arguments(cls, arguments: PipelineArguments) -> Pipeline:
        """Build the pipeline that *arguments* describe (in another process, say).

        :param arguments: the :attr:`arguments` of a pipeline.
        """
        return cls(
            arguments.pipeline,
            use=arguments.use,
            add=arguments.add,
            disable=arguments.disable,
            config=arguments.config,
            given=arguments.given,
            strict=arguments.strict,
            timeout=arguments.timeout,
        )

    # -- configuration --------------------------------------------------------
    def _merge_config(self, user: Mapping[str, Any]) -> dict[str, Any]:
        merged = self.plugins.config_defaults()
        unknown = sorted(set(user) - set(merged) | ({LEXICON_KEY} & set(user)))
        if unknown:
            valid = ", ".join(sorted(merged)) or "none"
            raise PipelineConfigError(
                f"Unknown configuration key {unknown[0]!r}: valid keys are {valid}."
            )
        merged.update(user)
        return merged

    def _disable_in_host(self, disable: Sequence[str]) -> None:
        """Leave out the processors and pipelines of the plugins *disable* names.

        The host given as ``plugins=`` is shared, so it is not changed: this
        pipeline only ignores what those plugins registered.
        """
        self.plugins.check_names(disable)
        blocked = frozenset(disable)
        self._disabled = self._disabled | blocked
        self._available = {k: v for k, v in self._available.items() if v[1] not in blocked}
        self._pipelines = {k: v for k, v in self._pipelines.items() if v[1] not in blocked}

    def _spec(self, name: str) -> ProcessorSpec:
        try:
            return self._available[name][0]
        except KeyError:
            valid = ", ".join(sorted(self._available)) or "none (no plugin is loaded)"
            blocked = sorted(self._disabled | self.plugins.disabled)
            hint = (
                f" (disabled plugins: {', '.join(blocked)}; replace their stages with --use)"
                if blocked
                else ""
            )
            raise PipelineConfigError(
                f"No processor is named {name!r}: installed processors are {valid}{hint}."
            ) from None

    def _stage_of(self, name: str) -> str:
        """Return the stage of processor *name*; for one that is not loaded, by convention.

        A processor of a disabled plugin is not loaded; its name
        (``"plugin.stage"``) says which stage a ``use=`` replaces.
        """
        found = self._available.get(name)
        return found[0].stage if found is not None else name.rpartition(".")[2]

    def _check_use(self, use: Mapping[str, str]) -> None:
        """Raise unless each ``use=`` entry names a known stage and a processor of that stage."""
        stages = set(STAGES) | {spec.stage for spec, _ in self._available.values()}
        for stage, replacement in use.items():
            if stage not in stages:
                raise PipelineConfigError(
                    f"No stage is named {stage!r} (in use={{{stage!r}: {replacement!r}}}): "
                    f"stages are {', '.join(sorted(stages))}."
                )
            spec = self._spec(replacement)
            if spec.stage != stage:
                fitting = sorted(n for n, (s, _) in self._available.items() if s.stage == stage)
                raise PipelineConfigError(
                    f"Processor {replacement!r} serves stage {spec.stage!r}, not {stage!r}: "
                    f"use a {stage} processor ({', '.join(fitting) or 'none is installed'})."
                )

    def _pipeline_spec(self, name: str) -> PipelineSpec:
        try:
            return self._pipelines[name][0]
        except KeyError:
            valid = ", ".join(sorted(self._pipelines)) or "none"
            raise PipelineConfigError(
                f"No pipeline is named {name!r}: choose one of {valid}, "
                "or pass a list of processor names."
            ) from None

    def _unavailable(self, names: Sequence[str]) -> str | None:
        """Return why the processors *names* cannot run here, or None when they can."""
        for name in names:
            spec = self._spec(name)
            if spec.check is None:
                continue
            try:
                spec.check(self.config)
            except NewsparseError as exc:
                return str(exc)
        return None

    def _resolve(
        self, pipeline: str | Sequence[str], use: Mapping[str, str]
    ) -> tuple[list[str], str]:
        if not isinstance(pipeline, str):
            return list(pipeline), "custom"
        spec = self._pipeline_spec(pipeline)
        if not spec.choose_from:
            return list(spec.processors), spec.name
        reasons: list[str] = []
        for candidate in spec.choose_from:
            if candidate not in self._pipelines:
                reasons.append(f"{candidate}: not installed")
                continue
            names = self._apply_use(list(self._pipeline_spec(candidate).processors), use)
            missing = [n for n in names if n not in self._available]
            why = (
                f"processors {', '.join(missing)} are not installed"
                if missing
                else self._unavailable(names)
            )
            if why is None:
                skipped = "; ".join(reasons)
                self.notice = f"pipeline {spec.name!r} uses {candidate!r}" + (
                    f" ({skipped})" if skipped else ""
                )
                return list(self._pipeline_spec(candidate).processors), candidate
            reasons.append(f"{candidate}: {why}")
        raise PipelineConfigError(
            f"Pipeline {spec.name!r} found no pipeline that can run here ({'; '.join(reasons)})."
        )

    def _apply_use(self, names: list[str], use: Mapping[str, str]) -> list[str]:
        for stage, replacement in use.items():
            names = [n for n in names if self._stage_of(n) != stage]
            if replacement not in names:
                names.append(replacement)
        return names

    # -- running --------------------------------------------------------------
    @property
    def processor_names(self) -> tuple[str, ...]:
        """Names of the processors in the order they run."""
        return tuple(spec.name for spec in self.specs)

    def processors(self) -> list[tuple[ProcessorSpec, Processor | BatchProcessor]]:
        """Create (once) and return every processor with its spec, in running order."""
        return [(spec, self._processor(spec)) for spec in self.specs]

    def check(self) -> None:
        """Raise when a processor cannot run here (missing models, for instance)."""
        why = self._unavailable(self.processor_names)
        if why is not None:
            raise PipelineConfigError(why)

    def _processor(self, spec: ProcessorSpec) -> Processor | BatchProcessor:
        created = self._created.get(spec.name)
        if created is None:
            if spec.check is not None:
                spec.check(self.config)
            try:
                created = spec.factory(self.config)
            except NewsparseError:
                raise
            except (Exception, SystemExit) as exc:
                plugin = self._available[spec.name][1]
                raise ProcessingError(
                    f"Processor {spec.name!r} of plugin {plugin!r} could not be created: "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
            self._created[spec.name] = created
        return created

    def plugin_of(self, processor: str) -> str:
        """Return the name of the plugin that registered *processor*."""
        return self._available[processor][1]

    def _failure(self, spec: ProcessorSpec, doc: Document, exc: BaseException) -> FailedDocument:
        plugin = self.plugin_of(spec.name)
        if isinstance(exc, NewsparseError):
            message = str(exc)
        else:
            label = repr(doc.id) if doc.id is not None else "(no id)"
            message = (
                f"Processor {spec.name!r} of plugin {plugin!r} failed on document {label}: "
                f"{type(exc).__name__}: {exc}"
            )
        return FailedDocument(id=doc.id, error=message, processor=spec.name, plugin=plugin)

    def _call(
        self, run: Callable[[], Any], n_docs: int, watch: Watch | None, where: tuple[int, int]
    ) -> Any:
        """Run one processor call, within the timeout when there is one."""
        budget = None if self.timeout is None else self.timeout * n_docs
        if watch is not None:
            watch(where, budget)
        try:
            if budget is None:
                return run()
            with time_limit(budget):
                return run()
        finally:
            if watch is not None:
                watch(None, None)

    def _one(
        self,
        index: int,
        spec: ProcessorSpec,
        processor: Processor | BatchProcessor,
        doc: Document,
        position: int,
        record: bool,
        watch: Watch | None,
    ) -> Document | FailedDocument:
        try:
            update = self._call(lambda: processor(doc), 1, watch, (index, position))
            check_update(update, spec.name, self.plugin_of(spec.name), doc)
            return doc.with_layers(update, processor=spec.name)
        except NewsparseError as exc:
            if not record:
                raise
            return self._failure(spec, doc, exc)
        except (Exception, SystemExit) as exc:
            failure = self._failure(spec, doc, exc)
            if not record:
                raise ProcessingError(failure.error) from exc
            return failure

    def _apply(
        self,
        index: int,
        spec: ProcessorSpec,
        docs: list[Document],
        positions: list[int],
        record: bool,
        batch: bool,
        watch: Watch | None,
    ) -> list[Document | FailedDocument]:
        processor = self._processor(spec)
        if batch and isinstance(processor, BatchProcessor) and len(docs) > 1:
            try:
                updates = self._call(
                    lambda: processor.process_batch(docs), len(docs), watch, (index, -1)
                )
                if len(updates) != len(docs):
                    raise ValueError(f"{len(updates)} results for {len(docs)} documents")
                for doc, update in zip(docs, updates, strict=True):
                    check_update(update, spec.name, self.plugin_of(spec.name), doc)
                return [
                    doc.with_layers(update, processor=spec.name)
                    for doc, update in zip(docs, updates, strict=True)
                ]
            except (Exception, SystemExit):
                pass  # run each document alone below, to blame the one that fails
        return [
            self._one(index, spec, processor, doc, position, record, watch)
            for doc, position in zip(docs, positions, strict=True)
        ]

    def _process(
        self,
        items: Sequence[Document | FailedDocument],
        *,
        record: bool,
        batch: bool = True,
        watch: Watch | None = None,
    ) -> list[Document | FailedDocument]:
        """Run every processor on a batch; failed documents keep their place.

        :param items: documents, and failures that pass through unchanged.
        :param record: turn a document's failure into a :class:`FailedDocument`
            instead of raising.
        :param batch: give batch processors the whole batch (else one document
            at a time).
        :param watch: told before and after each processor call (for the
            watchdog of worker processes).
        """
        results: list[Document | FailedDocument] = list(items)
        for position, doc in enumerate(results):
            if not isinstance(doc, Document):
                continue
            try:
                check_size(doc, self.config)
            except PipelineConfigError as exc:
                if not record:
                    raise
                results[position] = FailedDocument(id=doc.id, error=str(exc))
                continue
            missing = sorted(layer for layer in self.given if not doc.has_layer(layer))
            if missing:
                label = repr(doc.id) if doc.id is not None else "(no id)"
                error = PipelineConfigError(
                    f"Document {label} lacks layer {missing[0]!r}, which this pipeline "
                    "expects as given: parse it with a pipeline that provides it first."
                )
                if not record:
                    raise error
                results[position] = FailedDocument(id=doc.id, error=str(error))
        for index, spec in enumerate(self.specs):
            live = [i for i, doc in enumerate(results) if isinstance(doc, Document)]
            if not live:
                break
            docs = [cast(Document, results[i]) for i in live]
            outcomes = self._apply(index, spec, docs, live, record, batch, watch)
            for i, outcome in zip(live, outcomes, strict=True):
                results[i] = outcome
        return results

    def __call__(
        self,
        text: TextOrDocument,
        *,
        id: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Document:
        """Parse one text (or add this pipeline's layers to a document).

        :param text: the article text, or a :class:`~newsparse.model.Document`.
        :param id: the document's id.
        :param metadata: JSON-serialisable metadata kept on the document.
        :raises ProcessingError: when a processor fails; the message names it,
            its plugin and the document id.
        """
        result = self._process([_as_document(text, id, metadata)], record=False)[0]
        return cast(Document, result)  # record=False raises instead of recording

    @overload
    def pipe(
        self,
        texts: Iterable[TextOrDocument],
        *,
        batch_size: int = ...,
        ids: Iterable[str | None] | None = ...,
        n_process: int = ...,
        on_error: Literal["raise"] = ...,
    ) -> Iterator[Document]: ...

    @overload
    def pipe(
        self,
        texts: Iterable[TextOrDocument | FailedDocument],
        *,
        batch_size: int = ...,
        ids: Iterable[str | None] | None = ...,
        n_process: int = ...,
        on_error: Literal["record"],
    ) -> Iterator[Document | FailedDocument]: ...

    def pipe(
        self,
        texts: Iterable[TextOrDocument | FailedDocument],
        *,
        batch_size: int = 32,
        ids: Iterable[str | None] | None = None,
        n_process: int = 1,
        on_error: Literal["raise", "record"] = "raise",
    ) -> Iterator[Document] | Iterator[Document | FailedDocument]:
        """Parse a stream of texts a batch at a time: one result per text, in order.

        Batch processors (Stanza's) get whole batches; when one fails on a
        batch, each document of the batch is run again alone, so the failure
        is blamed on the document that causes it.

        :param texts: texts or documents.  With ``on_error="record"``, a
            :class:`FailedDocument` passes through in its place (a reader can
            report an unreadable input without breaking the order).
        :param batch_size: documents per batch (and per task sent to a worker).
        :param ids: ids for the documents, in the same order.  A sized
            collection must be as long as *texts*; an iterator may be longer
            (even endless), never shorter.  Ids of documents passed as
            :class:`~newsparse.model.Document` are ignored (the document keeps
            its own).
        :param n_process: how many worker processes to run (1: this process).
            Each worker builds this pipeline once from :attr:`arguments`
            (``spawn``: guard scripts with ``if __name__ == "__main__":``);
            at most a few batches per worker are in flight, so memory does not
            grow with the length of *texts*.
        :param on_error: ``"raise"`` (default) stops at the first failure with
            a :class:`~newsparse.errors.ProcessingError` that names the
            processor, its plugin and the document; ``"record"`` yields a
            :class:`FailedDocument` in the document's place and goes on.
        :raises PipelineConfigError: for a bad option, or *ids* of the wrong length.
        """
        if batch_size < 1:
            raise PipelineConfigError(f"batch_size must be at least 1, got {batch_size}.")
        if n_process < 1:
            raise PipelineConfigError(f"n_process must be at least 1, got {n_process}.")
        if on_error not in ("raise", "record"):
            raise PipelineConfigError(f"on_error must be 'raise' or 'record', got {on_error!r}.")
        if n_process > 1 and not self.rebuildable:
            raise PipelineConfigError(
                "A pipeline built from an explicit PluginHost (plugins=) cannot be rebuilt in "
                "worker processes: build it from installed plugins, or use n_process=1."
            )
        batches = _batches(_documents(texts, ids), batch_size)
        if n_process == 1:
            return self._pipe_here(batches, record=on_error == "record")
        from newsparse.pipeline.workers import pipe_in_workers

        return pipe_in_workers(self, batches, n_process, record=on_error == "record")

    def _pipe_here(
        self, batches: Iterator[list[Document | FailedDocument]], *, record: bool
    ) -> Iterator[Document | FailedDocument]:
        if self.timeout is not None:
            require_alarm()
        for batch in batches:
            for result in self._process(batch, record=record):
                if isinstance(result, FailedDocument) and not record:
                    raise ProcessingError(result.error)
                yield result

    def __repr__(self) -> str:
        return f"Pipeline({self.name!r}, processors={list(self.processor_names)!r})"


def _documents(
    texts: Iterable[TextOrDocument | FailedDocument], ids: Iterable[str | None] | None
) -> Iterator[Document | FailedDocument]:
    """Pair texts with ids; a length mismatch is an error, never a silent truncation."""
    if ids is None:
        for text in texts:
            yield text if isinstance(text, FailedDocument) else _as_document(text, None, None)
        return
    if isinstance(ids, Sized) and isinstance(texts, Sized) and len(ids) != len(texts):
        raise PipelineConfigError(
            f"ids has {len(ids)} items but texts has {len(texts)}: pass one id per text."
        )
    id_iter = iter(ids)
    count = 0
    for text in texts:
        try:
            doc_id = next(id_iter)
        except StopIteration:
            raise PipelineConfigError(
                f"ids ran out after {count} items but texts has more: pass one id per text."
            ) from None
        count += 1
        yield text if isinstance(text, FailedDocument) else _as_document(text, doc_id, None)
    if isinstance(ids, Sized) and next(id_iter, _END) is not _END:
        raise PipelineConfigError(
            f"ids has more items than the {count} texts: pass one id per text."
        )


_END = object()


def _batches(
    items: Iterator[Document | FailedDocument], size: int
) -> Iterator[list[Document | FailedDocument]]:
    while True:
        batch = list(itertools.islice(items, size))
        if not batch:
            return
        yield batch


def _as_document(
    text: TextOrDocument, doc_id: str | None, metadata: Mapping[str, Any] | None
) -> Document:
    if isinstance(text, Document):
        return text
    if not isinstance(text, str):
        raise TypeError(f"Expected a str or Document to parse, got {type(text).__name__}.")
    return Document(text, {}, id=doc_id, metadata=metadata or {})
