"""Processors, pipelines and their ordering."""

from newsparse.pipeline.ordering import order_processors
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
    "LayerUpdate",
    "Pipeline",
    "PipelineSpec",
    "Processor",
    "ProcessorSpec",
    "order_processors",
]
