"""Small in-code plugins for testing the plugin host and the pipeline.

They are real plugins (classes with hook implementations) registered through
:class:`~newsparse.plugins.PluginHost`'s ``plugins=`` argument.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from newsparse import hookimpl
from newsparse.errors import ModelsMissingError
from newsparse.model import Annotation, Document, Entity, Sentence, Token, layer_id
from newsparse.pipeline import BatchProcessor, LayerUpdate, PipelineSpec, ProcessorSpec

WORD = re.compile(r"\w+|[^\w\s]")
SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def split(doc: Document) -> Mapping[str, Sequence[Annotation]]:
    sentences = []
    for m in SENTENCE.finditer(doc.text):
        text = m.group()
        start = m.start() + (len(text) - len(text.lstrip()))
        end = m.end() - (len(text) - len(text.rstrip()))
        if end > start:
            sentences.append(
                Sentence(id=layer_id("sentences", len(sentences)), start=start, end=end)
            )
    tokens = [
        Token(id=layer_id("tokens", i), start=m.start(), end=m.end())
        for i, m in enumerate(WORD.finditer(doc.text))
    ]
    return {"sentences": sentences, "tokens": tokens}


class CapitalisedNames(BatchProcessor):
    """Tags capitalised tokens as PERSON; records the batch sizes it saw."""

    def __init__(self) -> None:
        self.batches: list[int] = []

    def process_batch(self, docs: Sequence[Document]) -> list[LayerUpdate]:
        self.batches.append(len(docs))
        out: list[LayerUpdate] = []
        for doc in docs:
            ents = [
                Entity(
                    id=layer_id("entities", i),
                    start=t.start,
                    end=t.end,
                    label="PERSON",
                    name=doc.text_of(t),
                )
                for i, t in enumerate(t for t in doc.layer("tokens") if doc.text_of(t).istitle())
            ]
            out.append({"entities": ents})
        return out


class ToySegmenter:
    @hookimpl
    def newsparse_segmenters(self) -> list[ProcessorSpec]:
        return [
            ProcessorSpec(
                name="toy.segment",
                stage="segment",
                factory=lambda config: split,
                provides={"sentences", "tokens"},
                description="regex sentences and tokens",
            )
        ]


class ToyNames:
    def __init__(self) -> None:
        self.created: list[CapitalisedNames] = []

    def make(self, config: Mapping[str, Any]) -> CapitalisedNames:
        proc = CapitalisedNames()
        self.created.append(proc)
        return proc

    @hookimpl
    def newsparse_entity_recognizers(self) -> list[ProcessorSpec]:
        return [
            ProcessorSpec(
                name="toy.names",
                stage="entities",
                factory=self.make,
                requires={"tokens"},
                provides={"entities"},
            )
        ]

    @hookimpl
    def newsparse_pipelines(self) -> list[PipelineSpec]:
        return [
            PipelineSpec(name="toy", processors=("toy.names", "toy.segment")),
            PipelineSpec(name="pick", choose_from=("heavy", "toy")),
            PipelineSpec(name="heavy", processors=("toy.segment", "heavy.entities")),
        ]


def _no_models(config: Mapping[str, Any]) -> None:
    if not config["heavy.models"]:
        raise ModelsMissingError("Heavy models are missing: run 'heavy download'.")


class Heavy:
    """A recogniser that needs models, like Stanza's."""

    @hookimpl
    def newsparse_entity_recognizers(self) -> list[ProcessorSpec]:
        return [
            ProcessorSpec(
                name="heavy.entities",
                stage="entities",
                factory=lambda config: CapitalisedNames(),
                requires={"tokens"},
                provides={"entities"},
                check=_no_models,
            )
        ]

    @hookimpl
    def newsparse_config_defaults(self) -> dict[str, Any]:
        return {"heavy.models": False}


def toy_plugins() -> dict[str, object]:
    return {"toy-seg": ToySegmenter(), "toy-names": ToyNames(), "heavy": Heavy()}
