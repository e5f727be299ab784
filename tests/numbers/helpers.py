"""Small helpers for the numeric-claim tests."""

from __future__ import annotations

from newsparse.builtin.numbers.processor import NumericClaimExtractor
from newsparse.model import Document, NumericClaim

EXTRACTOR = NumericClaimExtractor()


def claims(text: str) -> list[NumericClaim]:
    """Return the numeric claims of a text-only document."""
    return EXTRACTOR.claims(Document(text))


def only(text: str, kind: str | None = None) -> NumericClaim:
    """Return the one claim of *text* (of *kind*, when given), failing unless there is one."""
    found = [c for c in claims(text) if kind is None or c.kind == kind]
    assert len(found) == 1, [(text[c.start : c.end], c.kind, c.value) for c in found]
    return found[0]


def quantities(text: str) -> list[NumericClaim]:
    """Return the claims that are not dates, ranks or ordinals."""
    return [c for c in claims(text) if c.kind not in ("date", "rank", "ordinal")]


def span(text: str, claim: NumericClaim) -> str:
    return text[claim.start : claim.end]
