"""The public face of newsparse: every module and name that users and plugin authors may import.

This mapping is the one place that says what is public.  Each public module's
``__all__`` holds exactly the names listed for it here, and the API reference
(``docs/api.rst``) documents exactly these names; tests check both.

Everything else is internal and may change in any release: the
implementation modules behind these packages (``newsparse.pipeline.pipeline``,
``newsparse.hooks.contract`` ...), ``newsparse.io``, ``newsparse.cli`` and the
built-in plugins under ``newsparse.builtin``, which reach newsparse through
the same public names and hooks as any third-party plugin.

A name exported by more than one module (``newsparse.Pipeline`` is
``newsparse.pipeline.Pipeline``) is documented once, under the first module
listed here that exports it: its *home*.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["PUBLIC_API"]

#: Public module name to the names it exports, most specific modules first.
PUBLIC_API: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "newsparse.errors": (
            "InvalidSpanError",
            "ModelsMissingError",
            "NewsparseError",
            "PipelineConfigError",
            "PluginError",
            "PluginLoadError",
            "ProcessingError",
            "SchemaError",
        ),
        "newsparse.model": (
            "BUILTIN_LAYERS",
            "Annotation",
            "Cue",
            "Document",
            "Entity",
            "NumericClaim",
            "Paragraph",
            "Quote",
            "QuoteKind",
            "Sentence",
            "Span",
            "SpanRef",
            "Speaker",
            "StatementClause",
            "Token",
            "check_layer_name",
            "layer_id",
        ),
        "newsparse.hooks": ("PROJECT_NAME", "CommandSpec", "hookimpl", "hookspec"),
        "newsparse.pipeline": (
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
        ),
        "newsparse.plugins": (
            "DISABLE_ENV",
            "PluginFailure",
            "PluginHost",
            "PluginInfo",
            "PluginLoadWarning",
        ),
        "newsparse.batch": ("parse_bag", "read_texts"),
        "newsparse.testing": (
            "CheckReport",
            "ContractError",
            "NewsparseChecker",
            "any_text",
            "check_document",
            "check_plugin",
            "check_processor",
            "documents",
            "news_text",
            "spans",
            "texts",
        ),
        "newsparse": (
            "Document",
            "InvalidSpanError",
            "ModelsMissingError",
            "NewsparseError",
            "Pipeline",
            "PipelineConfigError",
            "PipelineSpec",
            "PluginError",
            "PluginLoadError",
            "ProcessingError",
            "ProcessorSpec",
            "SchemaError",
            "__version__",
            "hookimpl",
            "parse",
        ),
    }
)
