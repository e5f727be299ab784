"""A fraction word after an ordinal, its denominator singular, names a position."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _fractions(text: str) -> list[object]:
    return [c.value for c in quantities(text) if c.kind == "fraction"]


@pytest.mark.parametrize(
    "text",
    [
        "First five-eighth Ari Tane kicked four penalties.",
        "The coach moved him from second five-eighth to the wing.",
        "Their first five-eighth was sin-binned in the 30th minute.",
        "A new second five-eighth will start against the Chiefs.",
        "He has played first five-eighth for the province since 2021.",
        "The side named a rookie at second five-eighth for the final.",
        "Regular first five-eighth Mika Rei is out with a knee injury.",
        "Injuries left the Hawks without a specialist first five-eighth.",
        "The All Blacks tried three players at second five-eighth this year.",
        "Former first five-eighth Ben Hollis now coaches the under-20s.",
    ],
)
def test_a_fraction_after_an_ordinal_with_a_singular_part_is_a_position(text: str) -> None:
    assert _fractions(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The first two-thirds of the season went well.", 0.6667),
        ("Rents rose by three-fifths over the decade.", 0.6),
    ],
)
def test_fractions_in_the_plural_stay_fractions(text: str, value: float) -> None:
    assert [round(float(v), 4) for v in _fractions(text)] == [value]  # type: ignore[arg-type]
