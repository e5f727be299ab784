"""The ``stanza`` plugin: Stanza's segmentation, syntax and named entities.

Importing this module imports neither Stanza nor torch, nor the
processors' own module: a processor's module is imported when the pipeline
creates it, and Stanza and torch when it first runs.  The plugin object keeps one
:class:`~newsparse.builtin.stanza.cache.StanzaPipelines` for the process:
one ``stanza.Pipeline`` per configuration, created on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsparse.builtin.stanza import models
from newsparse.builtin.stanza.cache import StanzaPipelines
from newsparse.builtin.stanza.settings import (
    CONFIG_DEFAULTS,
    ENTITY_PROCESSORS,
    SEGMENT_PROCESSORS,
    SYNTAX_PROCESSORS,
    StanzaSettings,
)
from newsparse.hooks import CommandSpec, hookimpl
from newsparse.pipeline.processor import BatchProcessor, Config, ProcessorSpec

__all__ = ["StanzaPlugin", "entities_spec", "plugin", "segment_spec", "syntax_spec"]

_Factory = Callable[[StanzaPipelines, StanzaSettings], BatchProcessor]


def _checker(processors: Sequence[str]) -> Callable[[Config], None]:
    """Check the models of *processors*; with ``stanza.download`` only Stanza itself."""

    def check(config: Config) -> None:
        if config.get("stanza.download"):
            models.check(config, ())
        else:
            models.check(config, processors)

    return check


def _factory(
    pipelines: StanzaPipelines, make: _Factory, processors: Sequence[str], *, pretokenized: bool
) -> Callable[[Config], BatchProcessor]:
    def create(config: Config) -> BatchProcessor:
        settings = StanzaSettings.from_config(config, processors, pretokenized=pretokenized)
        return make(pipelines, settings)

    return create


def _segmenter(pipelines: StanzaPipelines, settings: StanzaSettings) -> BatchProcessor:
    from newsparse.builtin.stanza.processors import StanzaSegmenter

    return StanzaSegmenter(pipelines, settings)


def _syntax(pipelines: StanzaPipelines, settings: StanzaSettings) -> BatchProcessor:
    from newsparse.builtin.stanza.processors import StanzaSyntax

    return StanzaSyntax(pipelines, settings)


def _entities(pipelines: StanzaPipelines, settings: StanzaSettings) -> BatchProcessor:
    from newsparse.builtin.stanza.processors import StanzaEntities

    return StanzaEntities(pipelines, settings)


def _or_new(pipelines: StanzaPipelines | None) -> StanzaPipelines:
    return StanzaPipelines() if pipelines is None else pipelines


def segment_spec(pipelines: StanzaPipelines | None = None) -> ProcessorSpec:
    """Return the spec of ``stanza.segment``.

    :param pipelines: where its Stanza pipeline is kept (a new one by default).
    """
    return ProcessorSpec(
        name="stanza.segment",
        stage="segment",
        factory=_factory(_or_new(pipelines), _segmenter, SEGMENT_PROCESSORS, pretokenized=False),
        provides={"paragraphs", "sentences", "tokens"},
        description="Stanza's neural tokenizer: sentences and tokens (multi-word tokens split)",
        check=_checker((*SEGMENT_PROCESSORS, "mwt")),
    )


def syntax_spec(pipelines: StanzaPipelines | None = None) -> ProcessorSpec:
    """Return the spec of ``stanza.syntax``.

    :param pipelines: where its Stanza pipeline is kept (a new one by default).
    """
    return ProcessorSpec(
        name="stanza.syntax",
        stage="syntax",
        factory=_factory(_or_new(pipelines), _syntax, SYNTAX_PROCESSORS, pretokenized=True),
        requires={"sentences", "tokens"},
        provides={"syntax"},
        description="Stanza's lemmas, POS tags and dependency parse on the tokens",
        check=_checker(SYNTAX_PROCESSORS),
    )


def entities_spec(pipelines: StanzaPipelines | None = None) -> ProcessorSpec:
    """Return the spec of ``stanza.entities``.

    :param pipelines: where its Stanza pipeline is kept (a new one by default).
    """
    return ProcessorSpec(
        name="stanza.entities",
        stage="entities",
        factory=_factory(_or_new(pipelines), _entities, ENTITY_PROCESSORS, pretokenized=True),
        requires={"sentences", "tokens"},
        provides={"entities"},
        description="Stanza's named-entity recogniser (OntoNotes labels) on the tokens",
        check=_checker(ENTITY_PROCESSORS),
    )


class StanzaPlugin:
    """The plugin object: its hooks share one :class:`StanzaPipelines`.

    :param pipelines: the cache to use (a new one by default).

    The entry point names the instance :data:`plugin`, created once per
    process when the plugin is loaded, so every newsparse
    :class:`~newsparse.pipeline.Pipeline` in a process reuses the Stanza
    pipelines already loaded for the same settings.
    """

    def __init__(self, pipelines: StanzaPipelines | None = None) -> None:
        self.pipelines = _or_new(pipelines)

    @hookimpl
    def newsparse_segmenters(self) -> list[ProcessorSpec]:
        """Register ``stanza.segment``."""
        return [segment_spec(self.pipelines)]

    @hookimpl
    def newsparse_entity_recognizers(self) -> list[ProcessorSpec]:
        """Register ``stanza.entities``."""
        return [entities_spec(self.pipelines)]

    @hookimpl
    def newsparse_processors(self) -> list[ProcessorSpec]:
        """Register ``stanza.syntax``."""
        return [syntax_spec(self.pipelines)]

    @hookimpl
    def newsparse_config_defaults(self) -> dict[str, Any]:
        """Declare the ``stanza.*`` configuration keys."""
        return dict(CONFIG_DEFAULTS)

    @hookimpl
    def newsparse_cli_commands(self) -> list[CommandSpec]:
        """Add ``newsparse models``."""
        from newsparse.builtin.stanza import commands

        return [commands.COMMAND]


#: The plugin instance the ``stanza`` entry point refers to.
plugin = StanzaPlugin()
