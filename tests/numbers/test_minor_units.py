"""Cents and pence written right after digits, told from degrees Celsius by the sentence.

``245c`` is cents and ``102p`` pence; in a sentence about the weather or
temperatures, or after ``minus``, ``30c`` is degrees Celsius; a capitalised
label before the number (``Form 4c``) makes it no amount.  A price ``a``
noun keeps its rate before ``after``, ``since`` and like prepositions.
Every sentence here is invented for the test; each states the values and units
of the sentence's quantities (dates, ranks and ordinals left out).
"""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The miner lifted its interim dividend to 85c.", [(85, "cent")]),
        ("Diesel fell to 189.9c a litre.", [(189.9, "cent per litre")]),
        ("Its shares slipped 14c to 402c.", [(14, "cent"), (402, "cent")]),
        ("Earnings per share were 318.4c, up from 290c.", [(318.4, "cent"), (290, "cent")]),
        ("The board declared a final dividend of 61c a share.", [(61, "cent per share")]),
        ("A loaf now costs 95c more than it did.", [(95, "cent")]),
        ("The levy adds 3c per kilowatt hour.", [(3, "cent per kilowatt hour")]),
        ("Lamb averaged 812c a kilogram at the sale.", [(812, "cent per kilogram")]),
        ("The fare rose 20c to 330c.", [(20, "cent"), (330, "cent")]),
        ("The bank paid a special dividend of 40c.", [(40, "cent")]),
    ],
)
def test_c_after_digits_is_cents(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The afternoon was warm, peaking at 31c in the city.", [(31, "celsius")]),
        ("Temperatures will fall to 4c on the coast.", [(4, "celsius")]),
        ("It was minus 6c at the airport overnight.", [(-6, "celsius")]),
        ("Heavy snow and 2c are expected on the hills.", [(2, "celsius")]),
        ("Pupils in Form 4c sat the test.", []),
    ],
)
def test_c_after_digits_about_the_weather_is_celsius(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wine sold for 840p a bottle after the duty rise.", [(840, "penny per bottle")]),
        ("Gas traded at 98p a therm since the outage.", [(98, "penny per therm")]),
        ("Rents reached £420 a room after the refurbishment.", [(420, "GBP per room")]),
        ("Seats went for Rs 450 a seat until the final.", [(450, "INR per seat")]),
        ("Permits cost $12 a permit before the season opens.", [(12, "USD per permit")]),
    ],
)
def test_a_price_a_noun_keeps_its_rate_before_a_preposition(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parking will cost £3.10 an hour from June.", [(3.1, "GBP per hour")]),
        ("The levy rises to $4 a month from Monday.", [(4, "USD per month")]),
        ("Carers will get £11.50 an hour from April.", [(11.5, "GBP per hour")]),
        ("Rents were $950 a month from 2019 on.", [(950, "USD per month")]),
        ("The fee falls to €20 a year from January.", [(20, "EUR per year")]),
        ("Staff earn 1,200 rand a week from Friday.", [(1200, "ZAR per week")]),
        ("Nurses will be paid £14 an hour from next year.", [(14, "GBP per hour")]),
        ("The charge becomes $6 a day from this month.", [(6, "USD per day")]),
        ("Tolls go up to $2 a trip from September.", [(2, "USD per trip")]),
        ("The grant is worth £300 a week from 2026.", [(300, "GBP per week")]),
        ("The bonus was $500, paid a year from now.", [(500, "USD")]),
    ],
)
def test_a_rate_in_time_stays_a_rate_before_from_and_a_date(text: str, expected: Expected) -> None:
    check_values(text, expected)
