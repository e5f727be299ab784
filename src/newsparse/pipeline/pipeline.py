"""The :class:`Pipeline`: built once, then run on many documents."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from newsparse.errors import NewsparseError, PipelineConfigError, ProcessingError
from newsparse.hooks.contract import (
    BatchProcessor,
    LayerUpdate,
    PipelineSpec,
    Processor,
    ProcessorSpec,
)
from newsparse.lexicon import LEXICON_KEY, Lexicon
from newsparse.model import Document
from newsparse.pipeline.ordering import order_processors
from newsparse.pipeline.results import check_size, check_update
from newsparse.pipeline.user_config import load_user_config
from newsparse.plugins.manager import PluginHost

__all__ = ["DEFAULT_PIPELINE", "Pipeline"]

#: The pipeline used when none is named.
DEFAULT_PIPELINE = "auto"

TextOrDocument = str | Document


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
        from; by default one is built from the installed entry points.
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
        config_file: str | Path | bool | None = None,
    ) -> None:
        user = load_user_config(config_file)
        #: The configuration file these settings were merged with, if any.
        self.config_file = user.path
        chosen, use, add, disable, config = user.merged(
            pipeline=pipeline, use=use, add=add, disable=disable, config=config
        )
        pipeline = chosen if chosen is not None else DEFAULT_PIPELINE
        self.plugins = (
            plugins if plugins is not None else PluginHost(disable=disable, strict=strict)
        )
        self._available = self.plugins.processor_specs()
        self._pipelines = self.plugins.pipeline_specs()
        self.config: dict[str, Any] = self._merge_config(config or {})
        #: The shared word lists with every plugin's changes; processor
        #: factories receive it under :data:`~newsparse.lexicon.LEXICON_KEY`.
        self.lexicon: Lexicon = self.plugins.lexicon()
        self.config[LEXICON_KEY] = self.lexicon
        #: Why this pipeline was chosen, for a choosing pipeline such as ``auto``.
        self.notice: str | None = None
        names, self.name = self._resolve(pipeline)
        names = self._apply_use(names, use or {})
        for extra in add:
            self._spec(extra)
            if extra not in names:
                names.append(extra)
        specs = [self._spec(name) for name in names]
        self.given = frozenset(given)
        self.specs: tuple[ProcessorSpec, ...] = tuple(order_processors(specs, given=self.given))
        self._created: dict[str, Processor | BatchProcessor] = {}

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

    def _spec(self, name: str) -> ProcessorSpec:
        try:
            return self._available[name][0]
        except KeyError:
            valid = ", ".join(sorted(self._available)) or "none (no plugin is loaded)"
            raise PipelineConfigError(
                f"No processor is named {name!r}: installed processors are {valid}."
            ) from None

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

    def _resolve(self, pipeline: str | Sequence[str]) -> tuple[list[str], str]:
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
            names = list(self._pipeline_spec(candidate).processors)
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
                return names, candidate
            reasons.append(f"{candidate}: {why}")
        raise PipelineConfigError(
            f"Pipeline {spec.name!r} found no pipeline that can run here ({'; '.join(reasons)})."
        )

    def _apply_use(self, names: list[str], use: Mapping[str, str]) -> list[str]:
        for stage, replacement in use.items():
            new = self._spec(replacement)
            names = [n for n in names if self._spec(n).stage != stage]
            if new.name not in names:
                names.append(new.name)
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
            created = spec.factory(self.config)
            self._created[spec.name] = created
        return created

    def _failed(self, spec: ProcessorSpec, doc: Document, exc: Exception) -> ProcessingError:
        plugin = self._available[spec.name][1]
        label = repr(doc.id) if doc.id is not None else "(no id)"
        return ProcessingError(
            f"Processor {spec.name!r} of plugin {plugin!r} failed on document {label}: "
            f"{type(exc).__name__}: {exc}"
        )

    def _run_batch(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            check_size(doc, self.config)
            missing = sorted(layer for layer in self.given if not doc.has_layer(layer))
            if missing:
                label = repr(doc.id) if doc.id is not None else "(no id)"
                raise PipelineConfigError(
                    f"Document {label} lacks layer {missing[0]!r}, which this pipeline "
                    "expects as given: parse it with a pipeline that provides it first."
                )
        for spec in self.specs:
            processor = self._processor(spec)
            updates: list[LayerUpdate]
            if isinstance(processor, BatchProcessor) and len(docs) > 1:
                try:
                    updates = processor.process_batch(docs)
                except NewsparseError:
                    raise
                except Exception as exc:
                    raise self._failed(spec, docs[0], exc) from exc
            else:
                updates = []
                for doc in docs:
                    try:
                        updates.append(processor(doc))
                    except NewsparseError:
                        raise
                    except Exception as exc:
                        raise self._failed(spec, doc, exc) from exc
            for doc, update in zip(docs, updates, strict=True):
                check_update(update, spec.name, self._available[spec.name][1], doc)
            docs = [
                doc.with_layers(update, processor=spec.name)
                for doc, update in zip(docs, updates, strict=True)
            ]
        return docs

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
        return self._run_batch([_as_document(text, id, metadata)])[0]

    def pipe(
        self,
        texts: Iterable[TextOrDocument],
        *,
        batch_size: int = 32,
        ids: Iterable[str | None] | None = None,
    ) -> Iterator[Document]:
        """Parse a stream of texts, in order, a batch at a time.

        Batch processors (Stanza's) get whole batches.

        :param texts: texts or documents.
        :param batch_size: documents per batch.
        :param ids: ids for the documents, in the same order.
        """
        if batch_size < 1:
            raise PipelineConfigError(f"batch_size must be at least 1, got {batch_size}.")
        id_iter: Iterator[str | None] = iter(ids) if ids is not None else itertools.repeat(None)
        source = iter(texts)
        while True:
            batch = [
                _as_document(text, doc_id, None)
                for text, doc_id in zip(  # noqa: B905  (ids may be an endless stream)
                    itertools.islice(source, batch_size), id_iter
                )
            ]
            if not batch:
                return
            yield from self._run_batch(batch)

    def __repr__(self) -> str:
        return f"Pipeline({self.name!r}, processors={list(self.processor_names)!r})"


def _as_document(
    text: TextOrDocument, doc_id: str | None, metadata: Mapping[str, Any] | None
) -> Document:
    if isinstance(text, Document):
        return text
    if not isinstance(text, str):
        raise TypeError(f"Expected a str or Document to parse, got {type(text).__name__}.")
    return Document(text, {}, id=doc_id, metadata=metadata or {})
