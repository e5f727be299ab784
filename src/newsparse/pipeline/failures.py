"""A document that could not be parsed, kept in the stream in its place.

With ``on_error="record"``, :meth:`Pipeline.pipe
<newsparse.pipeline.Pipeline.pipe>` yields a :class:`FailedDocument` where a
processor failed, so that as many results come out as texts went in, in the
same order; ``newsparse batch`` writes its JSON form as an error record.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["FailedDocument"]

#: The keys of an error record, in the order they are written.
ERROR_RECORD_KEYS = ("id", "error", "processor", "plugin")


@attrs.frozen(kw_only=True)
class FailedDocument:
    """A document that failed, with what failed.

    :param id: the document's id (``None`` when it had none).
    :param error: one sentence saying what failed, naming the processor,
        its plugin and the document when a processor failed.
    :param processor: the name of the processor that failed, or ``None``
        when the input itself could not be read (bad UTF-8, an empty file, a
        malformed JSON line).
    :param plugin: the plugin that registered that processor, or ``None``.
    """

    id: str | None
    error: str
    processor: str | None = None
    plugin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the error record ``{"id", "error", "processor", "plugin"}``."""
        return {"id": self.id, "error": self.error, "processor": self.processor,
                "plugin": self.plugin}  # fmt: skip

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FailedDocument:
        """Read an error record written by :meth:`to_dict`."""
        return cls(
            id=data.get("id"),
            error=str(data["error"]),
            processor=data.get("processor"),
            plugin=data.get("plugin"),
        )

    @staticmethod
    def is_record(data: Mapping[str, Any]) -> bool:
        """Return whether a JSON object read from a results file is an error record."""
        return "error" in data and "text" not in data
