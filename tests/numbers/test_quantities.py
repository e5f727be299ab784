"""Percentages, counts, spelled-out and vague numbers, measurements, durations and ages."""

from __future__ import annotations

import pytest

from .helpers import only, quantities, span


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("growth of 4.2%", 4.2, "percentage"),
        ("growth of 4.2 per cent", 4.2, "percentage"),
        ("an interest rate of 1.38pc", 1.38, "percentage"),
        ("a rise of 3 percentage points", 3, "percentage point"),
        ("a 60 basis point improvement", 60, "basis point"),
        ("Subaru, which is 20.4 percent-owned by Toyota", 20.4, "percentage"),
    ],
)
def test_percentages_and_points(text: str, value: float, unit: str) -> None:
    claim = only(text, "percent")
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a 21-gun salute", 21, "gun"),
        ("it sent 3,000 troops", 3000, "troop"),
        ("a poll of five Asian cities carried out in March", 5, "asian city"),
        ("It employs around 600 people worldwide.", 600, "people"),
        ("She has scored 17 goals in league and cup games.", 17, "goal"),
        ("There are three different churches to visit.", 3, "different church"),
        ("a dozen eggs", 12, "egg"),
        ("twenty-one guns fired", 21, "gun"),
        ("One proposal asks the board to stop.", 1, "proposal"),
    ],
)
def test_counts_take_the_counted_noun_as_unit(text: str, value: float, unit: str) -> None:
    claim = only(text, "count")
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit


def test_the_subject_of_a_hyphenated_count_is_the_noun_it_modifies() -> None:
    text = "Beijing laid on a 21-gun salute."
    claim = only(text, "count")
    assert claim.subject is not None
    assert text[claim.subject.start : claim.subject.end] == "salute"


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("the statement runs for several thousand words", 3000, 9000, "word"),
        ("Dozens of people were killed.", 12, 120, "people"),
        ("maybe tens of millions of dollars", 1e7, 1e8, "USD"),
        ("access to the data of millions of Americans", 1e6, 1e7, "american"),
        ("a dust cloud stretching hundreds of miles across the desert", 100, 1000, "mile"),
    ],
)
def test_vague_amounts_are_approximate_ranges(
    text: str, low: float, high: float, unit: str
) -> None:
    (claim,) = quantities(text)
    assert claim.value == (pytest.approx(low), pytest.approx(high))
    assert claim.unit == unit
    assert claim.approximate


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("between 5 and 10 people", 5, 10, "people"),
        ("prices rose 5-10%", 5, 10, "percentage"),
        ("a 5-10W laser", 5, 10, "watt"),
        ("from 5 to 7 per cent", 5, 7, "percentage"),
        ("below the US $41 to $44 billion it had forecast", 4.1e10, 4.4e10, "USD"),
        ("a speed of 15 to 22 miles per hour", 15, 22, "mile per hour"),
        ("between 1 to 1.5 degrees Celsius", 1, 1.5, "celsius"),
        ("There are 1 to 2 thousand people.", 1000, 2000, "people"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    (claim,) = quantities(text)
    assert claim.value == (pytest.approx(low), pytest.approx(high))
    assert claim.unit == unit


def test_from_to_keeps_the_direction() -> None:
    (claim,) = quantities("He dropped from 208 pounds to 193 by exercising.")
    assert claim.value == (193, 208)
    assert claim.unit == "pound-mass"
    assert (claim.attributes["from"], claim.attributes["to"]) == (208, 193)


def test_a_score_is_not_a_range() -> None:
    (claim,) = quantities("At 2-0 down it was easy to give up.")
    assert claim.kind == "score"
    assert claim.value is None
    assert claim.attributes["score"] == (2, 0)


@pytest.mark.parametrize(
    ("text", "qualifier", "approximate"),
    [
        ("It is about 35 miles away.", "about", True),
        ("up nearly 57% this year", "about", True),
        ("more than 700 heart transplants", "more than", False),
        ("killing at least fourteen people", "at least", False),
        ("a grant worth up to $8 million", "up to", False),
        ("just under 20 percent of spending", "less than", False),
        ("sub-7 nanometer chips", "less than", False),
    ],
)
def test_bounds_and_approximations(text: str, qualifier: str, approximate: bool) -> None:
    (claim,) = quantities(text)
    assert claim.qualifier == qualifier
    assert claim.approximate is approximate


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Tesla shares rose 5% on Monday.", "up"),
        ("Sales fell by a third.", "down"),
        ("the price was down 9.2% year over year", "down"),
        ("a sharp 3 percent drop", "down"),
        ("BioView shares finished 34.4% higher.", "up"),
        ("Dow +0.2%", "up"),
        ("interest rates were raised by 0.25 percentage points", "up"),
        ("Revenue rose to $7.36 billion.", None),
    ],
)
def test_changes(text: str, change: str | None) -> None:
    (claim,) = quantities(text)
    assert claim.change == change


def test_a_fraction_of_change() -> None:
    claim = only("Sales fell by a third.", "fraction")
    assert claim.value == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("a two-day state visit", 2, "day", "duration"),
        ("six years in prison", 6, "year", "duration"),
        ("in just three hours", 3, "hour", "duration"),
        ("just 87 mph", 87, "mile per hour", "measure"),
        ("140 km/h", 140, "kilometre per hour", "measure"),
        ("one 52,000 barrel-a-day refinery", 52000, "barrel per day", "measure"),
        ("minus 233 Celsius", -233, "celsius", "measure"),
        ("nights on the ridge fall to minus-40 degrees Fahrenheit", -40, "fahrenheit", "measure"),
        ("the 278kg bluefin tuna", 278, "kilogram", "measure"),
        ("a 5.5kWh battery", 5.5, "kilowatt hour", "measure"),
        ("the 37m skeleton", 37, "metre", "measure"),
        ("The 1520 sq m medical centre", 1520, "square metre", "measure"),
        ("6.5 times earnings", 6.5, "count", "multiple"),
        ("a 50 year-old man", 50, "year of age", "age"),
        ("Maddon, 66, has used the downtime", 66, "year of age", "age"),
        ("The weight is 20 (kg)", 20, "kilogram", "measure"),
        ("One US fluid ounce is enough.", 1, "ounce", "measure"),
    ],
)
def test_units_durations_and_ages(text: str, value: float, unit: str, kind: str) -> None:
    claim = only(text, kind)
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit


def test_suspended_hyphens_share_their_noun() -> None:
    found = quantities("offered in two-, three- and four-door versions")
    assert [(c.value, c.unit) for c in found] == [(2, "door"), (3, "door"), (4, "door")]


def test_a_ratio_is_a_fraction() -> None:
    claim = only("One out of four Spaniards own a second home.", "fraction")
    assert claim.value == pytest.approx(1 / 4)


def test_a_currency_is_shared_with_an_earlier_amount_of_the_same_thing() -> None:
    found = quantities("she collected 120 million of the 2.5 billion shekels she wanted")
    assert [c.unit for c in found] == ["ILS", "ILS"]


def test_the_subject_of_a_share_is_its_of_phrase() -> None:
    text = "The newspaper earns more than 45 per cent of its income from subscriptions."
    claim = only(text, "percent")
    assert claim.subject is not None
    assert text[claim.subject.start : claim.subject.end] == "its income"
    assert span(text, claim) == "45 per cent"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The index ended at 1,463.78 points, while the other ended at 1,334.20.", "point"),
        ("The DAX rose by 2 percent but the Nasdaq fell by 1.", "percentage"),
        ("mileage went from about 14-18 mpg to 24 for SUVs", "mile per gallon"),
        ("Prices fell from $4 a gallon (a record), to 3.50 by June.", "USD per gallon"),
    ],
)
def test_an_elided_unit_is_taken_from_the_parallel_figure(text: str, unit: str) -> None:
    assert [c.unit for c in quantities(text)] == [unit, unit]


def test_an_elided_unit_is_not_taken_across_a_sentence_break() -> None:
    text = "The euro was flat at $1.1396. The dollar index was up at 96.088 on Friday."
    assert [(c.value, c.unit) for c in quantities(text)] == [(1.1396, "USD"), (96.088, None)]


@pytest.mark.parametrize(
    ("text", "unit", "kind"),
    [
        ("They may trade down to add another pick or two.", "pick", "count"),
        ("The results should come in a day or two.", "day", "duration"),
        ("She lost a game or three along the way.", "game", "count"),
    ],
)
def test_the_noun_before_or_is_counted_by_the_number_after_it(
    text: str, unit: str, kind: str
) -> None:
    claim = only(text, kind)
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("She said that one of the printers had jammed.", 1, "printer"),
        ("It is one of the best electric kettles on sale.", 1, "good electric kettle"),
        ("It was one of the most memorable matches ever.", 1, "memorable match"),
        (
            "Bookings fell at the 12 most popular hotels on the coast.",
            12,
            "popular hotel",
        ),
        ("Three of its biggest customers left.", 3, "big customer"),
        ("It was one of Coke's largest acquisitions.", 1, "coke large acquisition"),
    ],
)
def test_partitive_counts_and_superlatives_in_counted_nouns(
    text: str, value: float, unit: str
) -> None:
    claim = only(text, "count")
    assert (claim.value, claim.unit) == (value, unit)


def test_a_number_inside_a_partitive_phrase_is_read_by_itself() -> None:
    text = "a plan to buy six of the two-ton rovers"
    found = quantities(text)
    assert [(span(text, c), c.value, c.unit) for c in found] == [
        ("six", 6, "two-ton rover"),
        ("two-ton", 2, "ton"),
    ]


@pytest.mark.parametrize(
    ("text", "feet", "inches"),
    [
        ("He is 6ft 2in tall.", "6ft", "2in"),
        ("The length is 12 ft 2 in more or less.", "12 ft", "2 in"),
        ("She stands 5 feet 4 inches.", "5 feet", "4 inches"),
    ],
)
def test_feet_and_inches(text: str, feet: str, inches: str) -> None:
    found = quantities(text)
    assert [(span(text, c), c.unit) for c in found] == [(feet, "foot"), (inches, "inch")]


def test_a_number_after_feet_and_before_the_preposition_in_is_no_inch() -> None:
    found = quantities("He ran 6 feet 2 in the second heat.")
    assert [c.unit for c in found] == ["foot", None]


def test_a_scale_word_after_an_unread_number_is_no_figure() -> None:
    text = "Output is to grow from 12.5 to 18-20 billion litres."
    assert [c for c in quantities(text) if c.value == 1e9] == []


def test_a_bare_number_after_life_expectancy_is_an_age() -> None:
    claim = only("The average life expectancy for men in Dundee is around 76, the report said.")
    assert (claim.kind, claim.value, claim.unit) == ("age", 76, "year of age")


def test_a_scale_named_after_a_range() -> None:
    (claim,) = quantities("diamonds score between 50 and 70 on the GPa scale")
    assert (claim.value, claim.unit) == ((50, 70), "gigapascal")


def test_a_minus_sign_is_part_of_the_span() -> None:
    text = "It was -5°C outside."
    claim = only(text, "measure")
    assert (span(text, claim), claim.value, claim.unit) == ("-5°C", -5, "celsius")


def test_a_change_noun_after_a_modifier() -> None:
    assert only("a 5% pay rise", "percent").change == "up"
