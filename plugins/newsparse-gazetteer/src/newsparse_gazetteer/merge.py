"""Finding gazetteer names in text and merging them into an entities layer.

The merge rule, for each gazetteer match in text order:

1. A match that overlaps no entity is added with a fresh id: ``e{N+1}``,
   ``e{N+2}``... after the *N* entities the layer had (skipping ids in use).
2. A match that overlaps entities and is at least as long as each of them
   replaces them: it keeps the id of the first entity it replaces, and on a
   tie (same length) the gazetteer's label and canonical name win.
3. A match overlapped by a longer entity is dropped: the longest span wins.

Entities the gazetteer does not touch keep their ids, labels and names, so
references to them stay valid.  The layer is sorted by start, then by end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse.model import Annotation, Entity
from newsparse_gazetteer.entries import Entry

__all__ = ["Matcher", "merge_entities"]


class Matcher:
    """Whole-word, longest-first matching of every name and alias of the entries."""

    def __init__(self, entries: Sequence[Entry], *, case_sensitive: bool = True) -> None:
        self.by_surface: dict[str, Entry] = {}
        for entry in entries:
            for surface in entry.surfaces():
                key = surface if case_sensitive else surface.casefold()
                self.by_surface.setdefault(key, entry)
        self.case_sensitive = case_sensitive
        surfaces = sorted(self.by_surface, key=lambda s: (-len(s), s))
        self.pattern = (
            re.compile(
                r"(?<!\w)(?:" + "|".join(map(re.escape, surfaces)) + r")(?!\w)",
                0 if case_sensitive else re.IGNORECASE,
            )
            if surfaces
            else None
        )

    def find(self, text: str) -> list[tuple[int, int, Entry]]:
        """Return ``(start, end, entry)`` for every match, leftmost-longest, in order."""
        if self.pattern is None:
            return []
        found = []
        for match in self.pattern.finditer(text):
            key = match.group() if self.case_sensitive else match.group().casefold()
            found.append((match.start(), match.end(), self.by_surface[key]))
        return found


def merge_entities(
    existing: Sequence[Annotation], matches: Sequence[tuple[int, int, Entry]]
) -> list[Annotation]:
    """Merge gazetteer *matches* into the *existing* entities by the module's rule."""
    entities: list[Annotation] = list(existing)
    used = {e.id for e in entities}
    next_number = len(entities)
    for start, end, entry in matches:
        overlapping = [e for e in entities if e.start < end and start < e.end]
        if any(e.end - e.start > end - start for e in overlapping):
            continue
        if overlapping:
            keep_id = min(overlapping, key=lambda e: (e.start, e.end)).id
            entities = [e for e in entities if e not in overlapping]
        else:
            next_number += 1
            while f"e{next_number}" in used:
                next_number += 1
            keep_id = f"e{next_number}"
            used.add(keep_id)
        entities.append(
            Entity(
                id=keep_id,
                start=start,
                end=end,
                label=entry.label,
                name=entry.canonical_name,
                attributes={"source": "gazetteer"},
            )
        )
    return sorted(entities, key=lambda e: (e.start, e.end))
