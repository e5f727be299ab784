"""The processor contract, re-exported from :mod:`newsparse.hooks.contract` where it lives.

Kept so that ``from newsparse.pipeline.processor import ProcessorSpec`` keeps
working; import these names from :mod:`newsparse.pipeline` instead.
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

__all__ = [
    "STAGES",
    "BatchProcessor",
    "Config",
    "LayerUpdate",
    "PipelineSpec",
    "Processor",
    "ProcessorSpec",
]
