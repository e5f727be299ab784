"""The built-in named pipelines: ``fast``, ``stanza`` and ``auto``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsparse.hooks import hookimpl
from newsparse.pipeline.processor import PipelineSpec
from newsparse.pipeline.results import DEFAULT_MAX_CHARS, MAX_CHARS_KEY

__all__ = ["AUTO", "FAST", "STANZA"]

_LATER_STAGES = ("rules.quotes", "rules.numeric_claims")

#: Model-free: rules and word lists only.
FAST = PipelineSpec(
    name="fast",
    processors=("fast.segment", "fast.entities", *_LATER_STAGES),
    description="model-free segmentation, entities, quotes and numeric claims",
)

#: Stanza's neural segmentation, syntax and entities, then the rule stages.
STANZA = PipelineSpec(
    name="stanza",
    processors=("stanza.segment", "stanza.syntax", "stanza.entities", *_LATER_STAGES),
    description="Stanza segmentation, syntax and entities (needs its English models)",
)

#: Stanza when its models are installed, otherwise the fast pipeline.
AUTO = PipelineSpec(
    name="auto",
    choose_from=("stanza", "fast"),
    description="stanza when its English models are installed, otherwise fast",
)


@hookimpl
def newsparse_pipelines() -> list[PipelineSpec]:
    """Register the built-in pipelines."""
    return [FAST, STANZA, AUTO]


@hookimpl
def newsparse_config_defaults() -> Mapping[str, Any]:
    """Declare ``pipeline.max_chars``, the most characters a document may have."""
    return {MAX_CHARS_KEY: DEFAULT_MAX_CHARS}
