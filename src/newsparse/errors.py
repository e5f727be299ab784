"""Exceptions raised by newsparse.

Every message is one sentence that says what went wrong and what to do.
"""

from __future__ import annotations

__all__ = [
    "InvalidSpanError",
    "ModelsMissingError",
    "NewsparseError",
    "PipelineConfigError",
    "PluginError",
    "PluginLoadError",
    "ProcessingError",
    "SchemaError",
]


class NewsparseError(Exception):
    """Base class of all errors raised on purpose by newsparse."""


class InvalidSpanError(NewsparseError, ValueError):
    """An annotation's offsets do not fit the document text."""


class SchemaError(NewsparseError, ValueError):
    """A JSON document does not follow the newsparse JSON contract."""


class PluginError(NewsparseError):
    """A plugin is misdeclared or conflicts with another plugin."""


class PluginLoadError(PluginError):
    """A plugin's entry point could not be imported or registered."""


class PipelineConfigError(NewsparseError, ValueError):
    """A pipeline asks for a processor, pipeline or option that does not exist."""


class ProcessingError(NewsparseError):
    """A processor raised while processing a document."""


class ModelsMissingError(NewsparseError):
    """Models a processor needs are not installed."""
