"""A bare number after a plural noun and a bound is another reading of the measure before."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Temperatures hit 104F in the valley, and forecasters expect highs above 100 today.",
            100,
            "fahrenheit",
        ),
        ("The mercury reached 41C on Tuesday, with lows near 30 overnight.", 30, "celsius"),
        (
            "Winds of 50 mph lashed the coast, with gusts above 70 on the headland.",
            70,
            "mile per hour",
        ),
        ("The river peaked at 9.2 metres, and levels near 10 are possible this week.", 10, "metre"),
        ("Storms dumped 120mm of rain, with totals over 200 in the hills.", 200, "millimetre"),
        ("Swells of 6 metres battered the harbour, with waves of 8 further out.", 8, "metre"),
        (
            "The desert town logged 47C, and readings above 45 are forecast through Friday.",
            45,
            "celsius",
        ),
        ("Snow reached 30cm in the capital, with drifts of 60 on higher ground.", 60, "centimetre"),
        (
            "Trains ran at 200 km/h on the new line, with speeds topping 250 in trials.",
            250,
            "kilometre per hour",
        ),
        ("Frost brought 14F to the plains, with lows below 10 in the valleys.", 10, "fahrenheit"),
    ],
)
def test_a_reading_after_a_plural_and_a_bound(text: str, value: float, unit: str) -> None:
    assert (float(value), unit) in values_and_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "The 10km course drew 4,000 runners, with entrants over 60 given a head start.",
    ],
)
def test_a_count_between_keeps_the_number_bare(text: str) -> None:
    assert all(unit in (None, "runner") for value, unit in values_and_units(text) if value == 60)


def test_people_over_an_age_take_no_measure() -> None:
    text = "The run covered 5 km, and runners aged 18 to 30 beat players over 60 by far."
    assert all(unit != "kilometre" for value, unit in values_and_units(text) if value == 60)
