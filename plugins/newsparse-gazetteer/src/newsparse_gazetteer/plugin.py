"""The ``gazetteer`` plugin: the processor ``gazetteer.entities`` and its configuration keys.

Add it to any pipeline that has entities::

    newsparse.Pipeline("fast", add=["gazetteer.entities"],
                       config={"gazetteer.path": "names.csv"})

It runs after the entity recogniser (it requires ``entities``) and before
every stage that reads entities (it provides ``entities`` too), and merges
its names into the layer without replacing the recogniser.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import newsparse
from newsparse.model import Document
from newsparse.pipeline import LayerUpdate, ProcessorSpec
from newsparse_gazetteer.entries import entries_from_config
from newsparse_gazetteer.merge import Matcher, merge_entities

__all__ = ["GazetteerEntities"]


class GazetteerEntities:
    """Find the gazetteer's names in a document and merge them into its entities."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.matcher = Matcher(
            entries_from_config(config), case_sensitive=bool(config["gazetteer.case_sensitive"])
        )

    def __call__(self, doc: Document) -> LayerUpdate:
        """Return the document's entities with the gazetteer's names merged in."""
        return {"entities": merge_entities(doc.layer("entities"), self.matcher.find(doc.text))}


@newsparse.hookimpl
def newsparse_processors() -> list[ProcessorSpec]:
    """Register ``gazetteer.entities``."""
    return [
        ProcessorSpec(
            name="gazetteer.entities",
            stage="gazetteer",
            factory=GazetteerEntities,
            requires={"entities"},
            provides={"entities"},
            description="names from your gazetteer merged into the entities",
        )
    ]


@newsparse.hookimpl
def newsparse_config_defaults() -> dict[str, Any]:
    """Declare ``gazetteer.path``, ``gazetteer.names`` and ``gazetteer.case_sensitive``."""
    return {"gazetteer.path": None, "gazetteer.names": [], "gazetteer.case_sensitive": True}
