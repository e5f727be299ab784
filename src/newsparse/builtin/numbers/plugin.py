"""The ``numbers`` plugin: registers ``rules.numeric_claims``."""

from __future__ import annotations

from newsparse.builtin.numbers.processor import numeric_claims_spec
from newsparse.hooks import hookimpl
from newsparse.pipeline.processor import ProcessorSpec

__all__ = ["newsparse_numeric_claim_extractors"]


@hookimpl
def newsparse_numeric_claim_extractors() -> list[ProcessorSpec]:
    """Register ``rules.numeric_claims``."""
    return [numeric_claims_spec()]
