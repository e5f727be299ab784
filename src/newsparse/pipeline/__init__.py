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
from newsparse.pipeline.ordering import order_processors
from newsparse.pipeline.pipeline import DEFAULT_PIPELINE, Pipeline

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
