"""The standard contract every document and every processor keeps, as reusable checks."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.errors import InvalidSpanError, NewsparseError, PluginError
from newsparse.hooks import hookimpl
from newsparse.hooks.contract import BatchProcessor, Processor, ProcessorSpec
from newsparse.model import Annotation, Document, Quote, Token
from newsparse.pipeline import Pipeline
from newsparse.plugins import PluginHost, PluginLoadWarning
from newsparse.testing._text import texts as default_texts

__all__ = [
    "CheckReport",
    "ContractError",
    "check_document",
    "check_plugin",
    "check_processor",
]

#: What to run before the processor under test: nothing, a pipeline name,
#: processor names, a built pipeline or any function from text to document.
Before = str | Sequence[str] | Pipeline | Callable[[str], Document] | None

_AUTO = "auto-before"
_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]


class ContractError(AssertionError):
    """A document or processor breaks the contract; the message says which rule and where."""


@attrs.frozen
class CheckReport:
    """What :func:`check_plugin` checked.

    :param plugin: the plugin's name.
    :param checked: names of the processors that passed every check.
    :param skipped: processors that cannot run here (models missing), with why.
    """

    plugin: str
    checked: tuple[str, ...]
    skipped: Mapping[str, str]


def _clip(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[:width] + "…")


def check_document(
    doc: Document, *, layer_types: Mapping[str, type[Annotation]] | None = None
) -> None:
    """Check that *doc* keeps the document contract.

    Every span (nested ones included) lies inside the text, each layer is
    sorted by start, ids are unique within their layer, a token's ``head`` and
    a speaker's ``entity`` name annotations that exist, and the document
    survives a JSON round trip unchanged.

    :param doc: the document to check.
    :param layer_types: classes of plugin layers, so that the JSON round trip
        rebuilds them (see :func:`~newsparse.hooks.specs.newsparse_layer_types`).
    :raises ContractError: naming the first rule broken, its layer and annotation.
    """
    size = len(doc.text)
    label = repr(doc.id) if doc.id is not None else "(no id)"
    for name, anns in doc.layers.items():
        seen: set[str] = set()
        previous = 0
        for ann in anns:
            spans = [("", ann.start, ann.end)] + [
                (f" {field}", ref.start, ref.end) for field, ref in ann.span_refs().items()
            ]
            for field, start, end in spans:
                if not 0 <= start <= end <= size:
                    raise ContractError(
                        f"Annotation {ann.id!r}{field} of layer {name!r} in document {label} "
                        f"spans [{start}, {end}), outside the text of {size} code points."
                    )
            if ann.start < previous:
                raise ContractError(
                    f"Layer {name!r} of document {label} is not sorted by start: "
                    f"{ann.id!r} starts at {ann.start}, before the annotation ahead of it."
                )
            previous = ann.start
            if ann.id in seen:
                raise ContractError(f"Layer {name!r} of document {label} repeats id {ann.id!r}.")
            seen.add(ann.id)
    _check_references(doc, label)
    data = doc.to_json()
    if doc.to_json() != data:
        raise ContractError(f"Document {label} serialises to different JSON twice.")
    back = Document.from_json(data, layer_types=layer_types)
    if back != doc:
        changed = sorted(n for n in doc.layers if back.layer(n) != doc.layer(n))
        where = f"layers {', '.join(changed)}" if changed else "its text, id or metadata"
        raise ContractError(f"Document {label} changes in a JSON round trip ({where}).")


def _check_references(doc: Document, label: str) -> None:
    token_ids = {t.id for t in doc.layer("tokens")}
    for tok in doc.layer("tokens"):
        if isinstance(tok, Token) and tok.head is not None and tok.head not in token_ids:
            raise ContractError(
                f"Token {tok.id!r} of document {label} has head {tok.head!r}, "
                "which is not a token of the document."
            )
    entity_ids = {e.id for e in doc.layer("entities")}
    for quote in doc.layer("quotes"):
        if not isinstance(quote, Quote) or quote.speaker is None:
            continue
        if quote.speaker.entity is not None and quote.speaker.entity not in entity_ids:
            raise ContractError(
                f"Quote {quote.id!r} of document {label} names speaker entity "
                f"{quote.speaker.entity!r}, which is not an entity of the document."
            )


# -- processors ----------------------------------------------------------------


class _SpecPlugin:
    """Registers one in-code spec so that a pipeline can run it by name."""

    def __init__(self, spec: ProcessorSpec) -> None:
        self.spec = spec

    @hookimpl
    def newsparse_processors(self) -> list[ProcessorSpec]:
        return [self.spec]


def _quiet_host(plugins: Mapping[str, object] | None = None) -> PluginHost:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginLoadWarning)
        return PluginHost(plugins=plugins)


def _providers(host: PluginHost, spec: ProcessorSpec) -> list[str]:
    """Processors of the ``fast`` pipeline that make what *spec* requires or uses."""
    try:
        fast = host.pipeline_specs()["fast"][0].processors
    except KeyError:
        return []
    available = host.processor_specs()
    chosen: list[str] = []
    needed = set(spec.requires | spec.uses)
    changed = True
    while changed:
        changed = False
        for name in fast:
            if name in chosen or name not in available or name == spec.name:
                continue
            candidate = available[name][0]
            if candidate.stage != spec.stage and candidate.provides & needed:
                chosen.append(name)
                needed |= candidate.requires | candidate.uses
                changed = True
    return [n for n in fast if n in chosen]


def _preparer(before: Before, host: PluginHost | None, config: Mapping[str, Any]) -> Any:
    if before is None:
        return Document
    if isinstance(before, Pipeline):
        return before
    if callable(before) and not isinstance(before, str):
        return before
    if not isinstance(before, str) and not list(before):
        return Document
    return Pipeline(before, config=config, plugins=host)


def _as_update(result: object, name: str, text: str) -> dict[str, tuple[Annotation, ...]]:
    if not isinstance(result, Mapping):
        raise ContractError(
            f"Processor {name!r} returned {type(result).__name__} for {_clip(text)}; "
            "return a mapping from layer name to annotations."
        )
    update: dict[str, tuple[Annotation, ...]] = {}
    for layer, anns in result.items():
        if isinstance(anns, (str, bytes)) or not isinstance(anns, Iterable):
            raise ContractError(
                f"Processor {name!r} returned {type(anns).__name__} for layer {layer!r}; "
                "return a sequence of annotations."
            )
        update[str(layer)] = tuple(anns)
    return update


def _run(processor: Processor | BatchProcessor, doc: Document, name: str, text: str) -> Any:
    try:
        return processor(doc)
    except Exception as exc:
        raise ContractError(
            f"Processor {name!r} raised {type(exc).__name__}: {exc} on {_clip(text)}."
        ) from exc


@attrs.frozen
class _Subject:
    """The processor under test, created once, and how to prepare its input."""

    name: str
    processor: Processor | BatchProcessor
    prepare: Callable[[str], Document]
    allowed: frozenset[str] | None
    pipeline: Pipeline | None
    layer_types: Mapping[str, type[Annotation]]


def _subject(
    target: ProcessorSpec | Processor | BatchProcessor,
    *,
    name: str | None,
    before: Before | str,
    config: Mapping[str, Any],
    host: PluginHost | None,
    layer_types: Mapping[str, type[Annotation]] | None,
) -> _Subject:
    if not isinstance(target, ProcessorSpec):
        label = name or type(target).__name__
        prepare = _preparer(None if before == _AUTO else before, host, config)
        return _Subject(label, target, prepare, None, None, dict(layer_types or {}))
    spec = target
    trusted = host is not None
    host = host if host is not None else _quiet_host()
    installed = host.processor_specs()
    if spec.name not in installed:
        host = _quiet_host({f"checked-{spec.name}": _SpecPlugin(spec)})
    elif not trusted and installed[spec.name][0] != spec:
        raise PluginError(
            f"Processor {spec.name!r} is also registered by installed plugin "
            f"{installed[spec.name][1]!r}: check that one with check_plugin, "
            "or give yours another name."
        )
    names = _providers(host, spec) if before == _AUTO else None
    prepare = _preparer(names if names is not None else before, host, config)
    front = names if names is not None else getattr(prepare, "processor_names", None)
    pipeline = None
    if front is not None:
        pipeline = Pipeline([*front, spec.name], config=config, plugins=host)
        processor = dict((s.name, p) for s, p in pipeline.processors())[spec.name]
    else:
        merged = {**host.config_defaults(), **config}
        processor = spec.factory(merged)
    allowed = spec.provides | spec.requires | spec.uses
    types = {**host.layer_types(), **(layer_types or {})}
    return _Subject(spec.name, processor, prepare, allowed, pipeline, types)


def _same(a: Mapping[str, tuple[Annotation, ...]], b: Mapping[str, tuple[Annotation, ...]]) -> bool:
    return dict(a) == dict(b)


def check_processor(
    processor: ProcessorSpec | Processor | BatchProcessor,
    *,
    name: str | None = None,
    before: Before | str = _AUTO,
    config: Mapping[str, Any] | None = None,
    texts: st.SearchStrategy[str] | None = None,
    max_examples: int | None = None,
    layer_types: Mapping[str, type[Annotation]] | None = None,
    plugins: PluginHost | None = None,
) -> None:
    """Run the standard processor contract on texts drawn by Hypothesis.

    For every drawn text the processor's input is prepared (see *before*),
    and then: the processor does not raise; it returns a mapping of layers
    (only layers its spec requires, uses or provides); the new layers fit the
    text; the resulting document passes :func:`check_document` (sorted
    layers, resolving references, JSON round trip); a second call gives the
    same output; and a batch gives what one document at a time gives
    (:meth:`~newsparse.pipeline.BatchProcessor.process_batch` for batch
    processors, :meth:`Pipeline.pipe <newsparse.pipeline.Pipeline.pipe>` for
    specs).

    :param processor: a :class:`~newsparse.pipeline.ProcessorSpec` (installed
        or not) or a created processor.
    :param name: the name used in messages for a created processor.
    :param before: what makes the processor's input from a text: a pipeline
        name, processor names, a :class:`~newsparse.pipeline.Pipeline`, a
        function from text to document, or ``None`` for bare documents.  By
        default, for a spec, the processors of the ``fast`` pipeline that make
        what it requires or uses; for a created processor, bare documents.
    :param config: configuration keys for the processors.
    :param texts: the strategy for texts (default: :func:`texts`).
    :param max_examples: how many texts to try (default: the Hypothesis profile's).
    :param layer_types: classes of plugin layers for the JSON round trip
        (a spec's installed plugins declare theirs already).
    :param plugins: the plugin host to take the spec's companions from
        (default: the installed plugins).  Without it, a spec named like an
        installed processor must equal that processor's spec; with it, a spec
        named like one of its processors is taken to be that processor.
    :raises ContractError: on the first broken rule; Hypothesis shrinks the text first.
    """
    subject = _subject(
        processor,
        name=name,
        before=before,
        config=dict(config or {}),
        host=plugins,
        layer_types=layer_types,
    )
    options: dict[str, Any] = {"deadline": None, "suppress_health_check": _HEALTH}
    if max_examples is not None:
        options["max_examples"] = max_examples
    strategy = st.lists(texts if texts is not None else default_texts(), min_size=1, max_size=3)

    @settings(**options)
    @given(strategy)
    def contract(batch: list[str]) -> None:
        _check_batch(subject, batch)

    contract()


def _check_batch(subject: _Subject, batch: list[str]) -> None:
    docs = [subject.prepare(text) for text in batch]
    results: list[Document] = []
    updates: list[dict[str, tuple[Annotation, ...]]] = []
    for text, doc in zip(batch, docs, strict=True):
        update = _as_update(_run(subject.processor, doc, subject.name, text), subject.name, text)
        extra = sorted(set(update) - subject.allowed) if subject.allowed is not None else []
        if extra:
            raise ContractError(
                f"Processor {subject.name!r} returned layer {extra[0]!r}, which its spec "
                "neither requires, uses nor provides: declare it in provides."
            )
        try:
            result = doc.with_layers(update, processor=subject.name)
        except InvalidSpanError as exc:
            raise ContractError(f"Processor {subject.name!r} on {_clip(text)}: {exc}") from exc
        check_document(result, layer_types=subject.layer_types)
        again = _as_update(_run(subject.processor, doc, subject.name, text), subject.name, text)
        if not _same(update, again):
            raise ContractError(
                f"Processor {subject.name!r} gives different output twice on {_clip(text)}: "
                "make it deterministic."
            )
        updates.append(update)
        results.append(result)
    if isinstance(subject.processor, BatchProcessor):
        batched = subject.processor.process_batch(docs)
        got = [_as_update(u, subject.name, "a batch") for u in batched]
        if len(got) != len(updates) or not all(map(_same, got, updates)):
            raise ContractError(
                f"Processor {subject.name!r} gives a batch of {len(docs)} documents other "
                "output than one document at a time."
            )
    if subject.pipeline is not None and list(subject.pipeline.pipe(batch, batch_size=2)) != results:
        raise ContractError(
            f"A pipeline ending with {subject.name!r} gives pipe() other output than "
            "one call per text."
        )


def check_plugin(
    name: str,
    *,
    config: Mapping[str, Any] | None = None,
    texts: st.SearchStrategy[str] | None = None,
    max_examples: int | None = None,
    plugins: PluginHost | None = None,
) -> CheckReport:
    """Run :func:`check_processor` on every processor an installed plugin registers.

    Processors whose ``check`` says they cannot run here (models missing) are
    skipped and reported.  Every pipeline the plugin registers must name
    installed processors.

    :param name: the plugin's name: its entry-point name.
    :param config: configuration keys for the processors.
    :param texts: the strategy for texts (default: :func:`texts`).
    :param max_examples: how many texts to try per processor.
    :param plugins: the plugin host to find the plugin in (default: the
        installed plugins); pass ``PluginHost(plugins={"acme": module})`` to
        check a plugin before it is installed.
    :raises PluginError: when no plugin of that name is installed.
    :raises ContractError: on the first broken rule.
    """
    host = plugins if plugins is not None else _quiet_host()
    if name not in host.plugin_names():
        failed = {f.name: f.message for f in host.failures}
        why = failed.get(name) or f"installed plugins are {', '.join(host.plugin_names())}"
        raise PluginError(f"No plugin named {name!r} could be loaded: {why}.")
    settings_ = {**host.config_defaults(), **(config or {})}
    available = host.processor_specs()
    processors = [spec for spec, plugin in available.values() if plugin == name]
    for pipe_name, (pipe, plugin) in host.pipeline_specs().items():
        missing = [p for p in pipe.processors if p not in available]
        if plugin == name and missing:
            raise ContractError(
                f"Pipeline {pipe_name!r} of plugin {name!r} names processor {missing[0]!r}, "
                "which no installed plugin registers."
            )
    checked: list[str] = []
    skipped: dict[str, str] = {}
    for spec in sorted(processors, key=lambda s: s.name):
        if spec.check is not None:
            try:
                spec.check(settings_)
            except NewsparseError as exc:
                skipped[spec.name] = str(exc)
                continue
        check_processor(spec, config=config, texts=texts, max_examples=max_examples, plugins=host)
        checked.append(spec.name)
    return CheckReport(name, tuple(checked), skipped)
