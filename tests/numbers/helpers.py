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


def unit_of(text: str, value: object) -> str | None:
    """Return the unit of the one quantity of *text* with *value*."""
    found = [c.unit for c in quantities(text) if c.value == value]
    assert len(found) == 1, (text, [(c.value, c.unit) for c in quantities(text)])
    return found[0]


def span(text: str, claim: NumericClaim) -> str:
    return text[claim.start : claim.end]


#: The values and units of a sentence's quantities, values rounded to four places.
Expected = list[tuple[object, str | None]]


def values_and_units(text: str) -> Expected:
    """Return ``(value, unit)`` of each quantity of *text*, floats rounded to four places."""
    found: Expected = []
    for claim in quantities(text):
        value = claim.value
        if isinstance(value, float):
            value = round(value, 4)
        elif isinstance(value, tuple):
            value = (round(value[0], 4), round(value[1], 4))
        found.append((value, claim.unit))
    return found


def check_values(text: str, expected: Expected) -> None:
    """Assert that *text* reads as the *expected* values and units."""
    assert values_and_units(text) == expected, text
