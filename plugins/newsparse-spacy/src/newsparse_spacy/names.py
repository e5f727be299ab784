"""Canonical names for spaCy's entity mentions within one document.

spaCy labels mentions but does not link them; newsparse promises one name per
person, place and organisation.  The rules: possessives and leading
articles are dropped, honorifics and titles are dropped from people, and a
person mentioned by surname alone ("Putin", "Mr. Putin") takes the fullest
earlier (or, failing that, later) name ending in that surname.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["canonical_names"]

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_ARTICLE = re.compile(r"^(?:the|The)\s+")
_TITLES = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "sir",
        "dame",
        "president",
        "prime",
        "minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "sen",
        "sen.",
        "senator",
        "rep",
        "rep.",
        "gov",
        "gov.",
        "governor",
        "gen",
        "gen.",
        "general",
        "mayor",
        "chairman",
        "chairwoman",
        "leader",
        "secretary",
    ]
)


def _clean(surface: str) -> str:
    return " ".join(_POSSESSIVE.sub("", _ARTICLE.sub("", surface.strip())).split())


def _person(surface: str) -> str:
    words = _clean(surface).split()
    while len(words) > 1 and words[0].lower() in _TITLES:
        words = words[1:]
    return " ".join(words)


def canonical_names(mentions: Sequence[tuple[str, str]]) -> list[str]:
    """Return the canonical name of each ``(label, surface)`` mention, in order."""
    cleaned = [
        _person(surface) if label == "PERSON" else _clean(surface) for label, surface in mentions
    ]
    full_by_surname: dict[str, str] = {}
    for (label, _), name in zip(mentions, cleaned, strict=True):
        words = name.split()
        if label == "PERSON" and len(words) > 1:
            current = full_by_surname.get(words[-1].lower())
            if current is None or len(name) > len(current):
                full_by_surname[words[-1].lower()] = name
    out = []
    for (label, _), name in zip(mentions, cleaned, strict=True):
        if label == "PERSON" and len(name.split()) == 1:
            name = full_by_surname.get(name.lower(), name)
        out.append(name)
    return out
