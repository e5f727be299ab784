"""Rates after a range, after a price with a unit symbol, and a unit that opens its clause.

A bare second end of a range carries the rate of both ends (``₹90-100 a
kg``); a unit symbol of lower-case letters after ``a`` is said as its unit
(``40 rupees a kg``); a clause that opens with one unit of measurement, the
material understood, makes the price its verb states a price per that unit
(``A pint now costs £9.40``).  Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import quantities


def unit_of(text: str, value: object) -> str | None:
    """Return the unit of the one quantity of *text* with *value*."""
    found = [c.unit for c in quantities(text) if c.value == value]
    assert len(found) == 1, (text, [(c.value, c.unit) for c in quantities(text)])
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Onion prices climbed to ₹60-70 a kilogram this week.", (60.0, 70.0), "INR per kilogram"),
        ("Wholesalers paid $2.10-2.40 a bushel for the new crop.", (2.1, 2.4), "USD per bushel"),
        ("Crude traded at $78-80 a barrel in Asian hours.", (78.0, 80.0), "USD per barrel"),
        ("Studio flats let for £900-1,100 a month in the town.", (900.0, 1100.0), "GBP per month"),
        ("Growers expect R4.50-5 a kg for export grapes.", (4.5, 5.0), "ZAR per kilogram"),
        ("Day labourers earn $400-500 a week.", (400.0, 500.0), "USD per week"),
        ("Diesel sold at €1.60-1.70 a litre at rural pumps.", (1.6, 1.7), "EUR per litre"),
        ("Guides charge $40-60 a head for the walk.", (40.0, 60.0), "USD per head"),
        ("Fresh salmon fetched NZ$30-35 per kg at the market.", (30.0, 35.0), "NZD per kilogram"),
        ("Taxi fares rose to S$3-4 a km after the change.", (3.0, 4.0), "SGD per kilometre"),
        ("Beef sold for ₹450 a kg in the city's markets.", 450.0, "INR per kilogram"),
        ("Potatoes were down to about 20 rupees a kg, traders said.", 20.0, "INR per kilogram"),
        ("Mangoes went for 150 rupees a kg at the stall.", 150.0, "INR per kilogram"),
        ("Bulk cement cost R95 a kg on the coast.", 95.0, "ZAR per kilogram"),
        ("Tuna fetched A$22 a kg at the morning auction.", 22.0, "AUD per kilogram"),
    ],
)
def test_rate_after_range_or_symbol(text: str, value: object, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A pint now costs an eye-watering £8.20 in central London.", 8.2, "GBP per pint"),
        ("A litre now sells for about 95 cents at the pump.", 95.0, "cent per litre"),
        ("A tonne fetched $310 at the port last week.", 310.0, "USD per metric ton"),
        ("A gallon costs a record $5.12 in California.", 5.12, "USD per gallon"),
        ("One kilo now costs 120 rupees in Delhi.", 120.0, "INR per kilogram"),
        ("On Friday, a bushel was worth $6.40 in Chicago.", 6.4, "USD per bushel"),
        ("Each barrel fetched $81 on the spot market.", 81.0, "USD per barrel"),
        ("A pound now sells for $4.99 at most grocers.", 4.99, "USD per pound-mass"),
        ("A litre cost R24.10 after the increase.", 24.1, "ZAR per litre"),
        ("Prices rose again, and a kilogram now costs €12.", 12.0, "EUR per kilogram"),
    ],
)
def test_unit_opening_its_clause(text: str, value: object, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A mile away, homes sell for $500,000.", 500000.0, "USD"),
        ("A year ago it cost $5.", 5.0, "USD"),
        ("Scores of 20-25 points a game are common.", (20.0, 25.0), "point per game"),
        ("The rooms are 3-4 metres wide.", (3.0, 4.0), "metre"),
        ("A plan costs $10 a month.", 10.0, "USD per month"),
        ("The charge is $3 a m for cable.", 3.0, "USD"),
    ],
)
def test_no_rate_read(text: str, value: object, unit: str) -> None:
    assert unit_of(text, value) == unit
