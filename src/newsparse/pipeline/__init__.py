"""Processors, pipelines and their ordering."""

from newsparse.pipeline.processor import (
    STAGES,
    BatchProcessor,
    Config,
    LayerUpdate,
    PipelineSpec,
    Processor,
    ProcessorSpec,
)
from newsparse.pipeline.pipeline import DEFAULT_PIPELINE, Pipeline  # noqa: E402  (after specs)

__all__ = [
    "DEFAULT_PIPELINE",
    "STAGES",
    "BatchProcessor",
    "Config",
    "LayerUpdate",
    "Pipeline",
    "PipelineSpec",
    "Processor",
    "ProcessorSpec",
]
