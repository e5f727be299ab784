"""A plugin whose processor raises on every document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import newsparse
from newsparse.model import Annotation, Document
from newsparse.pipeline import ProcessorSpec


def explode(doc: Document) -> Mapping[str, Sequence[Annotation]]:
    raise RuntimeError("the crashing plugin always fails")


@newsparse.hookimpl
def newsparse_processors() -> list[ProcessorSpec]:
    return [
        ProcessorSpec(
            name="crashing.explode",
            stage="crashing.explode",
            factory=lambda config: explode,
            provides={"crashing.explode"},
        )
    ]
