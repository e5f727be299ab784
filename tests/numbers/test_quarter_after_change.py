"""``a quarter`` after a word of change, with or without ``by`` and a cue, is a fraction."""

from __future__ import annotations

import pytest

from .helpers import quantities


@pytest.mark.parametrize(
    "text",
    [
        "Listings in the region are down almost a quarter on last year.",
        "Ticket sales fell nearly a quarter in the first half.",
        "Output is up a quarter since the new line opened.",
        "Its shares slumped about a quarter after the warning.",
        "Visitor numbers have dropped roughly a quarter from their peak.",
        "Profit jumped more than a quarter, the bank said.",
        "Wheat prices climbed a quarter over the summer.",
        "Road deaths declined just over a quarter compared with 2019.",
        "Exports to the bloc shrank by almost a quarter.",
        "Membership has grown some a quarter in two years.",
        "Average rents rose by about a quarter in the capital.",
    ],
)
def test_a_quarter_after_a_word_of_change_is_a_fraction(text: str) -> None:
    fractions = [c for c in quantities(text) if c.kind == "fraction"]
    assert [c.value for c in fractions] == [0.25]


@pytest.mark.parametrize(
    "text",
    [
        "The team went out in the quarter final.",
        "Sales rose in the third quarter.",
    ],
)
def test_a_quarter_of_the_year_or_a_round_is_no_fraction(text: str) -> None:
    assert not [c for c in quantities(text) if c.kind == "fraction"]
