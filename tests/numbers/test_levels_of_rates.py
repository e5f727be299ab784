"""The level a rate reached keeps the rate: ``rose $2 an hour to $17``."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The minimum wage rises $1.25 an hour to $16.50 in January.", 16.5, "USD per hour"),
        ("Council tax climbs £86 a year to £2,140 for a Band D home.", 2140, "GBP per year"),
        ("Landlords lifted rents by A$40 a week to A$720 in the inner west.", 720, "AUD per week"),
        (
            "Broadband prices will rise by £3 a month, or 9%, to £38 from April.",
            38,
            "GBP per month",
        ),
        ("Spot gold touched $2,390 an ounce before slipping to $2,371.", 2371, "USD per ounce"),
        (
            "Brent traded at $84.20 a barrel early on, then fell back to $82.95.",
            82.95,
            "USD per barrel",
        ),
        (
            "The board declared an interim dividend of 9.2 cents a share, taking the year's "
            "payout to 15.8 cents.",
            15.8,
            "cent per share",
        ),
        (
            "Wheat opened at $6.12 a bushel and climbed to $6.40 by the close.",
            6.4,
            "USD per bushel",
        ),
        ("Nurses won a rise of NZ$2 an hour, bringing pay to NZ$19.", 19, "NZD per hour"),
        ("Childcare fees jumped €12 a day to €64 for full-time places.", 64, "EUR per day"),
        (
            "Diesel cost R23.10 a litre last month, and the March increase pushed it to R24.05.",
            24.05,
            "ZAR per litre",
        ),
    ],
)
def test_the_level_of_a_rate_keeps_the_rate(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # another currency, or a sum far from the rate with no change by it
        ("Gold rose to $2,400 an ounce, taking the fund to €2,300.", 2300, "EUR"),
        ("Staff earn £12 an hour, and the firm's profit rose to £4 million.", 4_000_000, "GBP"),
        ("Fees are $40 a month; the council raised the fine to $300.", 300, "USD"),
        # another party's price brought to a level
        ("Oil rose to $90 a barrel, lifting the company's share price to $81.", 81, "USD"),
        ("Gold hit $2,400 an ounce, pushing Tesla's stock to $2,100.", 2100, "USD"),
    ],
)
def test_other_amounts_after_a_rate_keep_their_own_unit(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit
