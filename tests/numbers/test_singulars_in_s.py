"""Nouns whose singular ends in ``-s``: a year before one, and their plurals."""

from __future__ import annotations

import pytest

from .helpers import claims, quantities


@pytest.mark.parametrize(
    "text",
    [
        "A single 1962 canvas sold for £410,000 at the auction.",
        "The library put its 1885 atlas on display for the first time.",
        "He shot the whole film with a 1974 lens bought in Tokyo.",
        "Inspectors blamed a 1998 gas main for the blast.",
        "The museum restored a 1911 canvas by the painter's sister.",
        "Sailors still trust the 1932 atlas of the strait.",
        "The court heard the suspect used a 2016 alias in Spain.",
        "Researchers revisited the 1983 bias study with new data.",
        "A rare 1890 atlas fetched £12,000 at the book fair.",
        "Her 1957 canvas of the harbour hangs in the town hall.",
    ],
)
def test_a_year_before_a_singular_noun_in_s_is_a_year(text: str) -> None:
    assert [c for c in claims(text) if c.kind == "date"]
    assert not [c for c in quantities(text) if c.kind == "count" and c.value >= 1000]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The gallery bought 12 canvases from the estate.", "canvas"),
        ("The shop stocks 40 lenses from Japan.", "lens"),
        ("Police found 3 aliases on his phone.", "alias"),
    ],
)
def test_the_plural_of_a_singular_noun_in_s_keeps_the_s(text: str, unit: str) -> None:
    assert [c.unit for c in quantities(text) if c.kind == "count"] == [unit]
