"""Processors, pipelines and their ordering."""

from newsparse.pipeline.arguments import PipelineArguments
from newsparse.pipeline.failures import FailedDocument
from newsparse.pipeline.pipeline import DEFAULT_PIPELINE, Pipeline
from newsparse.pipeline.processor import (
    STAGES,
    BatchProcessor,
    Config,
    LayerUpdate,
    PipelineSpec,
    Processor,
    ProcessorSpec,
)

__all__ = [
    "DEFAULT_PIPELINE",
    "STAGES",
    "BatchProcessor",
    "Config",
    "FailedDocument",
    "LayerUpdate",
    "Pipeline",
    "PipelineArguments",
    "PipelineSpec",
    "Processor",
    "ProcessorSpec",
]
