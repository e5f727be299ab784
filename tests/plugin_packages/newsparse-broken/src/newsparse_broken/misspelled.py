"""A plugin with a misspelled hook name."""

from __future__ import annotations

import newsparse


@newsparse.hookimpl
def newsparse_segmentrs() -> list[object]:
    return []
