"""An example plugin that wraps a built-in stage and post-processes its output.

``tidy.entities`` runs the processor named by ``tidy.wraps`` (the built-in
``fast.entities`` by default) through a public :class:`~newsparse.pipeline.Pipeline`
on the document's own tokens, then drops the labels listed in
``tidy.drop_labels`` and renumbers the ids.  Select it in place of the
built-in recogniser with ``use={"entities": "tidy.entities"}``.

Registry hooks are collected from each plugin separately, so a pluggy hook
wrapper cannot rewrite another plugin's specs: wrap the processor instead,
as here.  The example imports public names only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import newsparse
from newsparse.model import Document, Entity, layer_id
from newsparse.pipeline import LayerUpdate, Pipeline, ProcessorSpec


class TidyEntities:
    """The wrapped recogniser, created once per pipeline, and the labels to drop."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        given = ["paragraphs", "sentences", "tokens"]
        self.inner = Pipeline([str(config["tidy.wraps"])], given=given)
        self.drop = frozenset(config["tidy.drop_labels"])

    def __call__(self, doc: Document) -> LayerUpdate:
        """Run the wrapped recogniser, drop the unwanted labels and renumber the ids."""
        found = self.inner(doc).layer("entities")
        kept = [e for e in found if isinstance(e, Entity) and e.label not in self.drop]
        return {
            "entities": [
                Entity(
                    id=layer_id("entities", i),
                    start=e.start,
                    end=e.end,
                    label=e.label,
                    name=e.name,
                    attributes=e.attributes,
                )
                for i, e in enumerate(kept)
            ]
        }


@newsparse.hookimpl
def newsparse_entity_recognizers() -> list[ProcessorSpec]:
    """Register ``tidy.entities``."""
    return [
        ProcessorSpec(
            name="tidy.entities",
            stage="entities",
            factory=TidyEntities,
            requires={"tokens"},
            uses={"sentences"},
            provides={"entities"},
            description="the built-in recogniser without the labels you drop",
        )
    ]


@newsparse.hookimpl
def newsparse_config_defaults() -> dict[str, Any]:
    """Declare ``tidy.wraps`` and ``tidy.drop_labels``."""
    return {"tidy.wraps": "fast.entities", "tidy.drop_labels": ["DATE", "TIME", "CARDINAL"]}
