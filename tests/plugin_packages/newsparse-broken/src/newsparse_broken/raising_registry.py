"""A plugin that imports fine but raises when asked for its processors."""

from __future__ import annotations

import newsparse
from newsparse.pipeline import ProcessorSpec


@newsparse.hookimpl
def newsparse_processors() -> list[ProcessorSpec]:
    raise RuntimeError("the raising plugin cannot list its processors")
