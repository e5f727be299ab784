"""Reading gazetteer entries from CSV, JSON or configuration."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from newsparse.errors import PipelineConfigError

__all__ = ["Entry", "entries_from_config", "read_entries"]


@attrs.frozen
class Entry:
    """One gazetteer name.

    :param name: the name as written in text.
    :param label: the OntoNotes label (``ORG``, ``PERSON``, ``GPE`` ...).
    :param aliases: other spellings that refer to the same thing.
    :param canonical: the canonical name entities get (default: *name*).
    """

    name: str
    label: str
    aliases: tuple[str, ...] = ()
    canonical: str = ""

    @property
    def canonical_name(self) -> str:
        """The canonical name, falling back to the name."""
        return self.canonical or self.name

    def surfaces(self) -> tuple[str, ...]:
        """Return the name and its aliases."""
        return (self.name, *self.aliases)


def _entry(row: Mapping[str, Any], where: str) -> Entry:
    name = str(row.get("name") or "").strip()
    label = str(row.get("label") or "").strip()
    if not name or not label:
        missing = "name" if not name else "label"
        raise PipelineConfigError(
            f"Gazetteer {where} has no {missing}: give every entry a name and a label."
        )
    raw = row.get("aliases") or ()
    aliases = raw.split("|") if isinstance(raw, str) else list(raw)
    canonical = str(row.get("canonical") or "").strip()
    return Entry(name, label, tuple(a.strip() for a in aliases if a.strip()), canonical)


def read_entries(path: str | Path) -> list[Entry]:
    """Read a gazetteer file: CSV with a header or a JSON list of objects.

    Columns and keys: ``name``, ``label``, ``aliases`` (``|``-separated in
    CSV, a list in JSON) and ``canonical``.

    :raises PipelineConfigError: naming the file, and the row, that cannot be read.
    """
    file = Path(path)
    if not file.is_file():
        raise PipelineConfigError(
            f"Gazetteer file {file} does not exist: set gazetteer.path to a CSV or JSON file."
        )
    if file.suffix.lower() == ".json":
        try:
            rows = json.loads(file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise PipelineConfigError(f"Gazetteer file {file} is not valid JSON ({exc}).") from None
        if not isinstance(rows, list) or not all(isinstance(r, Mapping) for r in rows):
            raise PipelineConfigError(
                f"Gazetteer file {file} must hold a JSON list of objects with name and label."
            )
        return [_entry(row, f"file {file}, entry {i + 1},") for i, row in enumerate(rows)]
    if file.suffix.lower() == ".csv":
        with file.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            return [_entry(row, f"file {file}, line {i + 2},") for i, row in enumerate(reader)]
    raise PipelineConfigError(
        f"Gazetteer file {file} is neither .csv nor .json: convert it to one of them."
    )


def entries_from_config(config: Mapping[str, Any]) -> list[Entry]:
    """Return the entries of ``gazetteer.path`` followed by those of ``gazetteer.names``."""
    entries: list[Entry] = []
    if config.get("gazetteer.path"):
        entries += read_entries(str(config["gazetteer.path"]))
    inline: Iterable[Mapping[str, Any]] = config.get("gazetteer.names") or ()
    entries += [_entry(row, f"entry {i + 1} of gazetteer.names") for i, row in enumerate(inline)]
    return entries
