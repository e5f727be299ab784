"""The ``fast.entities`` processor: how the pipeline creates the recogniser."""

from __future__ import annotations

from newsparse.builtin.fast.entities.gazetteer import load_gazetteer
from newsparse.builtin.fast.entities.recognizer import FastEntityRecognizer
from newsparse.lexicon import lexicon_from_config
from newsparse.pipeline.processor import Config, ProcessorSpec

__all__ = ["entities_spec"]


def _create(config: Config) -> FastEntityRecognizer:
    return FastEntityRecognizer(load_gazetteer(lexicon_from_config(config)))


def entities_spec() -> ProcessorSpec:
    """Describe the model-free entity recogniser.

    :return: the spec of ``fast.entities`` (stage ``entities``; needs
        ``sentences`` and ``tokens``; provides ``entities``).
    """
    return ProcessorSpec(
        name="fast.entities",
        stage="entities",
        factory=_create,
        requires={"sentences", "tokens"},
        provides={"entities"},
        description="model-free entities: gazetteers, titles, name shapes and context cues",
    )
