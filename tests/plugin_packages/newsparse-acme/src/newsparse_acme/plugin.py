"""Acme's newsparse plugin.

- ``acme.entities`` (stage ``entities``): a word-list recogniser that labels
  the words of ``acme.organisations`` as ORG, to replace the built-in one.
- ``acme.loudness`` (its own layer ``acme.loudness``): one annotation per
  sentence that ends with an exclamation mark.
- pipeline ``acme``: fast segmentation with both.
- command ``newsparse acme-orgs FILE``: the organisations of the list found in a file.
- word lists: the cue verb ``harrumph``, the city of ``Zorbington``
  (Canada) and, where the lexicon has a ``units`` table, the unit
  ``smoot``, added to the shared lexicon with no processor of its own.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

import attrs

import newsparse
from newsparse.hooks import CommandSpec
from newsparse.lexicon import WordList, default_lexicon
from newsparse.model import Annotation, Document, Entity, layer_id
from newsparse.pipeline import PipelineSpec, ProcessorSpec


@attrs.frozen(kw_only=True)
class Loud(Annotation):
    """A sentence that ends with ``!``; ``marks`` counts the exclamation marks."""

    json_fields: ClassVar[tuple[str, ...]] = ("marks",)

    marks: int


class WordListRecogniser:
    def __init__(self, names: Sequence[str]) -> None:
        self.pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")

    def __call__(self, doc: Document) -> Mapping[str, Sequence[Annotation]]:
        entities = [
            Entity(
                id=layer_id("entities", i),
                start=m.start(),
                end=m.end(),
                label="ORG",
                name=m.group(),
            )
            for i, m in enumerate(self.pattern.finditer(doc.text))
        ]
        return {"entities": entities}


def loudness(doc: Document) -> Mapping[str, Sequence[Annotation]]:
    loud = []
    for sentence in doc.layer("sentences"):
        text = doc.text_of(sentence)
        if text.rstrip("\"'”’ ").endswith("!"):
            loud.append(
                Loud(
                    id=f"l{len(loud) + 1}",
                    start=sentence.start,
                    end=sentence.end,
                    marks=text.count("!"),
                )
            )
    return {"acme.loudness": loud}


def make_recogniser(config: Mapping[str, Any]) -> WordListRecogniser:
    return WordListRecogniser(list(config["acme.organisations"]))


@newsparse.hookimpl
def newsparse_entity_recognizers() -> list[ProcessorSpec]:
    return [
        ProcessorSpec(
            name="acme.entities",
            stage="entities",
            factory=make_recogniser,
            requires={"tokens"},
            provides={"entities"},
            description="Acme's word-list organisation recogniser",
        )
    ]


@newsparse.hookimpl
def newsparse_processors() -> list[ProcessorSpec]:
    return [
        ProcessorSpec(
            name="acme.loudness",
            stage="acme.loudness",
            factory=lambda config: loudness,
            requires={"sentences"},
            provides={"acme.loudness"},
            description="sentences that end with an exclamation mark",
        )
    ]


@newsparse.hookimpl
def newsparse_pipelines() -> list[PipelineSpec]:
    return [
        PipelineSpec(
            name="acme",
            processors=("fast.segment", "acme.entities", "acme.loudness"),
            description="fast segmentation with Acme's recogniser and loudness",
        )
    ]


@newsparse.hookimpl
def newsparse_layer_types() -> dict[str, type[Annotation]]:
    return {"acme.loudness": Loud}


@newsparse.hookimpl
def newsparse_config_defaults() -> dict[str, Any]:
    return {"acme.organisations": ["Acme", "Globex"]}


def configure_orgs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE")


def run_orgs(args: argparse.Namespace) -> int:
    text = Path(args.file).read_text(encoding="utf-8")
    recogniser = WordListRecogniser(["Acme", "Globex"])
    for entity in recogniser(newsparse.Document(text))["entities"]:
        print(text[entity.start : entity.end])
    return 0


@newsparse.hookimpl
def newsparse_cli_commands() -> list[CommandSpec]:
    return [
        CommandSpec(
            name="acme-orgs",
            help="list the organisations of Acme's list found in a file",
            configure=configure_orgs,
            run=run_orgs,
        )
    ]


@newsparse.hookimpl
def newsparse_word_lists() -> dict[str, WordList]:
    lists = {
        "cue_verbs": WordList(add=["harrumph\tspeech"]),
        "cities": WordList(add=["Zorbington\tCanada\tZorbington City"]),
    }
    if "units" in default_lexicon().names():
        lists["units"] = WordList(add=["smoot\tmeasure\tsmoot;smoots\t"])
    return lists
