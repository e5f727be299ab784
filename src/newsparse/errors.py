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
    "UnknownLayerError",
    "ValidationError",
]


class NewsparseError(Exception):
    """Base class of all errors raised on purpose by newsparse."""


class InvalidSpanError(NewsparseError, ValueError):
    """An annotation's offsets do not fit the document text."""


class SchemaError(NewsparseError, ValueError):
    """A JSON document does not follow the newsparse JSON contract."""


class ValidationError(InvalidSpanError):
    """A layer breaks a rule of the document model (type, order, kind, reference).

    Raised when a document is built, whether by a processor or by hand.  The
    structured fields say where: ``layer``, ``index`` (position in the
    layer), ``annotation_id`` and ``field`` (``"start"``,
    ``"speaker.entity"``, or ``""`` for the annotation as a whole).
    """

    def __init__(
        self,
        message: str,
        *,
        layer: str,
        index: int,
        annotation_id: str | None,
        field: str = "",
        reason: str = "",
    ) -> None:
        super().__init__(message)
        self.layer = layer
        self.index = index
        self.annotation_id = annotation_id
        self.field = field
        self.reason = reason or message

    @property
    def path(self) -> str:
        """Where the problem is, as a JSON path (``layers.entities[3].start``)."""
        where = f"layers.{self.layer}[{self.index}]"
        return f"{where}.{self.field}" if self.field else where


class UnknownLayerError(NewsparseError, ValueError):
    """A layer was asked for by a name that is neither built-in nor namespaced."""


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
