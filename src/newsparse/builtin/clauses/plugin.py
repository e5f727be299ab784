"""The ``clauses`` plugin module: registers ``rules.statement_clauses`` and its settings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsparse.builtin.clauses.processor import CONFIG_DEFAULTS, statement_clauses_spec
from newsparse.hooks import hookimpl
from newsparse.pipeline.processor import ProcessorSpec

__all__ = ["newsparse_config_defaults", "newsparse_statement_clause_extractors"]


@hookimpl
def newsparse_statement_clause_extractors() -> list[ProcessorSpec]:
    """Register ``rules.statement_clauses``."""
    return [statement_clauses_spec()]


@hookimpl
def newsparse_config_defaults() -> Mapping[str, Any]:
    """Declare ``clauses.syntax``."""
    return dict(CONFIG_DEFAULTS)
