"""A bare number in an absolute clause with ``with`` counts the noun of the count before."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The dealer sold 300 cars last month, with its Leeds branch selling 120.", 120, "car"),
        ("The side scored 42 goals, with their captain netting 17.", 17, "goal"),
        ("Rescuers pulled out 64 survivors, with army teams freeing about 20.", 20, "survivor"),
        ("The party won 58 seats, with its northern wing taking 31, officials said.", 31, "seat"),
        ("The charity planted 9,000 trees, with volunteers planting 4,500.", 4500, "tree"),
        ("The firm cut 1,200 jobs, with its Ohio plant losing 300 in May.", 300, "job"),
        ("Police made 85 arrests, with the riot squad making more than 40.", 40, "arrest"),
        ("The airline cancelled 400 flights, with its regional arm scrapping 160.", 160, "flight"),
        ("The club signed 12 players, with the academy supplying 5.", 5, "player"),
        ("The clinic treated 700 patients, with its night doctor seeing 150.", 150, "patient"),
        (
            "Farmers lost 2,300 sheep in the snow, with the worst-hit valley losing 900.",
            900,
            "sheep",
        ),
    ],
)
def test_a_number_in_an_absolute_clause_counts_the_noun_before(
    text: str, value: float, unit: str
) -> None:
    assert _units(text)[value] == unit


def test_a_number_with_a_unit_of_its_own_keeps_it() -> None:
    assert _units("The firm cut 1,200 jobs, with its shares losing 3%.")[3] == "percentage"
