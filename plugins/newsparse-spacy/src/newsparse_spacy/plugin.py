"""The ``spacy`` plugin's hook implementations."""

from __future__ import annotations

from typing import Any

import newsparse
from newsparse.pipeline import PipelineSpec, ProcessorSpec
from newsparse_spacy.models import check_model
from newsparse_spacy.processors import SpacyEntities, SpacySegmenter


@newsparse.hookimpl
def newsparse_segmenters() -> list[ProcessorSpec]:
    """Register ``spacy.segment``."""
    return [
        ProcessorSpec(
            name="spacy.segment",
            stage="segment",
            factory=SpacySegmenter,
            provides={"paragraphs", "sentences", "tokens", "syntax"},
            description="spaCy tokens, sentences, lemmas, POS and dependencies",
            check=check_model,
        )
    ]


@newsparse.hookimpl
def newsparse_entity_recognizers() -> list[ProcessorSpec]:
    """Register ``spacy.entities``."""
    return [
        ProcessorSpec(
            name="spacy.entities",
            stage="entities",
            factory=SpacyEntities,
            requires={"tokens"},
            uses={"sentences"},
            provides={"entities"},
            description="spaCy's named-entity recogniser on the document's tokens",
            check=check_model,
        )
    ]


@newsparse.hookimpl
def newsparse_pipelines() -> list[PipelineSpec]:
    """Register the ``spacy`` pipeline."""
    return [
        PipelineSpec(
            name="spacy",
            processors=(
                "spacy.segment",
                "spacy.entities",
                "rules.quotes",
                "rules.numeric_claims",
                "rules.statement_clauses",
            ),
            description="spaCy segmentation, syntax and entities, then the rule stages",
        )
    ]


@newsparse.hookimpl
def newsparse_config_defaults() -> dict[str, Any]:
    """Declare ``spacy.model`` and ``spacy.batch_size``."""
    return {"spacy.model": "en_core_web_sm", "spacy.batch_size": 64}
