"""A bare margin or standing in a contest counts what the count before it counts."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("She ate 31 pies to take the title, beating the champion by four.", 4, "pie"),
        ("The Ayes collected 301 signatures, leading the rival petition by 58.", 58, "signature"),
        (
            "He potted 147 balls in the final and beat his brother by 12 on the night.",
            12,
            "ball",
        ),
        ("The school raised 412 entries, edging its neighbour by nine.", 9, "entry"),
        ("Our reader caught 23 fish, topping last year's winner by five.", 5, "fish"),
        (
            "Hale collected 2,410 stamps, trailing the record holder by 300.",
            300,
            "stamp",
        ),
        (
            "The pair sold 96 raffle tickets, leaving their rivals stuck behind on 70.",
            70,
            "raffle ticket",
        ),
        ("The Reds took 18 wickets in the match and won by 6.", 6, "wicket"),
        (
            "The veteran hit 44 home runs, leading the league by seven and leaving the "
            "runner-up trailing on 37.",
            37,
            "home run",
        ),
        (
            "Students planted 640 saplings, beating the target by 140 and the record by 20.",
            140,
            "sapling",
        ),
    ],
)
def test_a_margin_in_a_contest_counts_the_count_before(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit


def test_a_crowd_after_a_preposition_lends_no_noun() -> None:
    assert _units("In front of 20,000 fans, Rovers beat City by three.")[3] is None
