"""The built-in named pipelines: ``fast``, ``stanza`` and ``auto``."""

from __future__ import annotations

from newsparse.hooks import hookimpl
from newsparse.pipeline.processor import PipelineSpec

__all__ = ["AUTO", "FAST", "STANZA"]

_LATER_STAGES = ("rules.quotes", "rules.numeric_claims", "rules.statement_clauses")

#: Model-free: rules and word lists only.
FAST = PipelineSpec(
    name="fast",
    processors=("fast.segment", "fast.entities", *_LATER_STAGES),
    description="model-free segmentation, entities, quotes, numeric claims and statement clauses",
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
