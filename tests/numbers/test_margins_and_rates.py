"""Margins either side, rates after money, parallel figures and ranges next to counted nouns."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _values(text: str) -> list[tuple[float, str | None]]:
    return [(float(c.value), c.unit) for c in quantities(text) if isinstance(c.value, float)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The poll's margin of error is plus or minus 3.5 percentage points.",
            3.5,
            "percentage point",
        ),
        ("Readings are accurate to plus or minus 0.2 degrees.", 0.2, "degree"),
        ("The estimate carries a margin of plus/minus 4 per cent.", 4, "percentage"),
        ("Each gauge is calibrated plus-or-minus-2 millimetres.", 2, "millimetre"),
        ("Its error band is Plus or Minus 6 points either way.", 6, "point"),
    ],
)
def test_plus_or_minus_is_a_margin_not_a_sign(text: str, value: float, unit: str) -> None:
    assert (value, unit) in _values(text)
    assert all(v >= 0 for v, _ in _values(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Overnight lows reached minus 14 degrees.", -14),
        ("The fund returned negative 2.5 per cent.", -2.5),
        ("Plus points aside, it fell to minus 3 degrees.", -3),
    ],
)
def test_minus_alone_still_signs(text: str, value: float) -> None:
    assert value in [v for v, _ in _values(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Tickets to the final changed hands at £320 a seat.", 320, "GBP per seat"),
        ("Guides charge $60 a tour in the high season.", 60, "USD per tour"),
        ("The cafe sells its pastries for €4 a slice, the owner said.", 4, "EUR per slice"),
        ("The merger should save CHF 120 million annually.", 120e6, "CHF per year"),
        ("Tenants now pay $1,450 monthly for a two-bedroom flat.", 1450, "USD per month"),
        ("The plant burns through £2 million weekly, filings show.", 2e6, "GBP per week"),
        ("Drivers earn about $25 hourly.", 25, "USD per hour"),
    ],
)
def test_rate_of_an_amount(text: str, value: float, unit: str) -> None:
    assert (pytest.approx(value), unit) in _values(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Profit was $4 billion a year earlier.", "USD"),
        ("She sold the flat for £400,000 a decade ago.", "GBP"),
        ("The $3 million weekly payroll was delayed.", "USD"),
    ],
)
def test_time_phrase_after_an_amount_is_no_rate(text: str, unit: str) -> None:
    assert [u for _, u in _values(text)] == [unit]
