"""The ``quotes`` plugin module: registers ``rules.quotes`` and its configuration keys."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsparse.builtin.quotes.processor import CONFIG_DEFAULTS, quotes_spec
from newsparse.hooks import hookimpl
from newsparse.pipeline.processor import ProcessorSpec

__all__ = ["newsparse_config_defaults", "newsparse_quote_extractors"]


@hookimpl
def newsparse_quote_extractors() -> list[ProcessorSpec]:
    """Register ``rules.quotes``."""
    return [quotes_spec()]


@hookimpl
def newsparse_config_defaults() -> Mapping[str, Any]:
    """Declare ``quotes.extra_cues``, ``quotes.syntax`` and ``quotes.floating``."""
    return dict(CONFIG_DEFAULTS)
