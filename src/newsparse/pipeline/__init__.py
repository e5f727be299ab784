"""Processors, pipelines and their ordering.

The processor contract (:class:`ProcessorSpec`, :class:`PipelineSpec`,
:class:`Processor`, :class:`BatchProcessor`, :data:`LayerUpdate`) is defined
next to the hooks, in ``newsparse.hooks.contract``, and exported here.
"""

from newsparse.hooks.contract import (
    STAGES,
    BatchProcessor,
    Config,
    LayerUpdate,
    PipelineSpec,
    Processor,
    ProcessorSpec,
)
from newsparse.pipeline.arguments import PipelineArguments
from newsparse.pipeline.failures import FailedDocument
from newsparse.pipeline.ordering import order_processors
from newsparse.pipeline.pipeline import DEFAULT_PIPELINE, Pipeline

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
    "order_processors",
]
