"""Rates after a range, after a price with a unit symbol, and a unit that opens its clause.

A bare second end of a range carries the rate of both ends (``₹90-100 a
kg``); a unit symbol of lower-case letters after ``a`` is said as its unit
(``40 rupees a kg``); a clause that opens with one unit of measurement, the
material understood, makes the price its verb states a price per that unit
(``A pint now costs £9.40``).  Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import unit_of


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


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Diesel hit $1.95 a litre, well above the yearly average of $1.60.", 1.6, "USD per litre"),
        ("Growers got R3.10 a kg, down from last year's price of R3.80.", 3.8, "ZAR per kilogram"),
        ("Beer now sells for €7 a pint, against a national average of €5.20.", 5.2, "EUR per pint"),
        (
            "Wheat fetched A$360 a tonne, short of the record high of A$410.",
            410.0,
            "AUD per metric ton",
        ),
        ("Rice costs 52 rupees a kg, up from a low of 38 rupees.", 38.0, "INR per kilogram"),
        ("Crude settled at $74 a barrel, below its peak of $91.", 91.0, "USD per barrel"),
        ("Gas sold at $3.10 a gallon, close to the median of $3.05.", 3.05, "USD per gallon"),
        (
            "Lamb made NZ$9.20 a kg, above the five-year mean of NZ$7.70.",
            7.7,
            "NZD per kilogram",
        ),
        ("Coffee traded at $2.40 a pound, off its high of about $2.90.", 2.9, "USD per pound-mass"),
        ("Milk paid 38p a litre, under the cost of 41p.", 41.0, "penny per litre"),
    ],
)
def test_price_set_against_a_rate(text: str, value: object, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Petrol costs £1.60 a litre, and the firm made a profit of £4m.", 4e6, "GBP"),
        ("Rice costs 52 rupees a kg, and the state set a budget of 900 rupees.", 900.0, "INR"),
        ("Fuel is $1.90 a litre; the record price of A$2.10 was in 2022.", 2.1, "AUD"),
    ],
)
def test_no_rate_shared(text: str, value: object, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Farmers were paid NZ$8.10 per kilogram of milk solids.",
            8.1,
            "NZD per kilogram",
        ),
        ("Growers got $300 a tonne of apples this autumn.", 300.0, "USD per metric ton"),
        ("Retail prices hit ₹80 a kg of tomatoes in June.", 80.0, "INR per kilogram"),
        ("Buyers offered A$4 a kilo of prawns at the dock.", 4.0, "AUD per kilogram"),
        ("The mill pays R2,100 per tonne of logs.", 2100.0, "ZAR per metric ton"),
        ("Exporters earned $1.20 a pound of cherries.", 1.2, "USD per pound-mass"),
        (
            "Shops charged €6 a kilogram of potatoes in the shortage.",
            6.0,
            "EUR per kilogram",
        ),
        (
            "The co-op set $2.75 per bushel of soybeans as its floor.",
            2.75,
            "USD per bushel",
        ),
        ("Traders paid £900 per tonne of cocoa beans.", 900.0, "GBP per metric ton"),
        ("The plant pays $45 a ton of scrap tyres.", 45.0, "USD per ton"),
    ],
)
def test_the_material_of_a_unit_denominator_is_no_part_of_the_rate(
    text: str, value: object, unit: str
) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Petrol costs $1.90 a litre of fuel.", 1.9, "USD per litre"),
        ("It paid $4 per kg of its produce.", 4.0, "USD per kilogram"),
        ("The firm paid $3 a share of its stock.", 3.0, "USD per share"),
    ],
)
def test_no_material_read(text: str, value: object, unit: str) -> None:
    assert unit_of(text, value) == unit
