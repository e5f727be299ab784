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


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The app gained 8.2 million subscribers in the first six months of the year, "
            "up from 5 million a year before.",
            5e6,
            "subscriber",
        ),
        (
            "The port handled 2.4 million containers over the past nine months, "
            "up from 2.1 million.",
            2.1e6,
            "container",
        ),
        (
            "Officials counted 640 new cases in the last two weeks, down from 910.",
            910,
            "new case",
        ),
        (
            "The carrier flew 3.3 million passengers during the final three months, "
            "compared with 2.9 million.",
            2.9e6,
            "passenger",
        ),
        (
            "It recorded 18,000 births within the previous 12 months, up from 16,500.",
            16500,
            "birth",
        ),
    ],
)
def test_parallel_figure_skips_a_time_adverbial(text: str, value: float, unit: str) -> None:
    assert (pytest.approx(value), unit) in _values(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The brewer sold 9 million cases in the spring, against forecasts of 8.4 million.",
            8.4e6,
            "case",
        ),
        (
            "The studio shipped 6 million consoles, "
            "compared with analysts' expectations of 5.5 million.",
            5.5e6,
            "console",
        ),
        (
            "The firm booked 420 orders in June, versus a consensus of 380.",
            380,
            "order",
        ),
        (
            "The carmaker delivered 310,000 vehicles, against a company target of about 300,000.",
            300000,
            "vehicle",
        ),
        (
            "The club sold 41,000 season tickets, against Wall Street estimates of 39,000 in June.",
            39000,
            "season ticket",
        ),
    ],
)
def test_figure_compared_with_an_estimate_of_it(text: str, value: float, unit: str) -> None:
    assert (pytest.approx(value), unit) in _values(text)


@pytest.mark.parametrize(
    ("text", "count", "noun", "low", "high"),
    [
        (
            "The trial drew from 12,000 volunteers aged 45 to 70 across the region.",
            12000,
            "volunteer",
            45,
            70,
        ),
        ("Data came from 3,400 households with 2 to 5 members.", 3400, "household", 2, 5),
        ("The survey heard from 900 farmers owning 10 to 40 hectares.", 900, "farmer", 10, 40),
        ("Samples came from 640 patients aged 18 to 30 in two hospitals.", 640, "patient", 18, 30),
        ("Tips came from 75 pupils in years 7 to 9 at the school.", 75, "pupil", 7, 9),
    ],
)
def test_range_after_a_counted_noun_is_its_own(
    text: str, count: float, noun: str, low: float, high: float
) -> None:
    found = quantities(text)
    assert (count, noun) in [(c.value, c.unit) for c in found]
    assert (low, high) in [c.value for c in found]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Output grew from 300 tonnes in 2019 to 450 tonnes.", 300, 450),
        ("Fares went from $12 in Q1 to $15.", 12, 15),
        ("Attendance rose from 8,000 fans in 2021 to 11,000.", 8000, 11000),
    ],
)
def test_from_to_over_a_year_is_still_a_change(text: str, low: float, high: float) -> None:
    assert (low, high) in [c.value for c in quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The utility has fitted 1.8 million smart meters since spring.", 1.8e6, "smart meter"),
        ("She converted four of her nine break points.", 9, "break point"),
        ("She converted four of her nine break points.", 4, "break point"),
        ("The champion saved three match points in the final set.", 3, "match point"),
        ("Engineers replaced 60 water meters on the estate.", 60, "water meter"),
        ("The mill bought 14 new scales and 30 kitchen scales.", 30, "kitchen scale"),
    ],
)
def test_compound_noun_with_a_unit_head_is_counted(text: str, value: float, unit: str) -> None:
    assert (value, unit) in _values(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The back ran for 212 rushing yards.", 212, "yard"),
        ("The ferry covers 40 nautical miles.", 40, "nautical mile"),
        ("The tank holds 300 imperial gallons.", 300, "imperial gallon"),
        ("He scored 31 points in the win.", 31, "point"),
    ],
)
def test_unit_with_a_unit_modifier_or_participle_stays_a_unit(
    text: str, value: float, unit: str
) -> None:
    assert (value, unit) in _values(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("She closed with a six-under-par 66 on Sunday.", 6, None),
        ("He slipped to a three-over-par 75.", 3, None),
        ("The 900-strong village held a vigil.", 900, None),
        ("A 40,000-strong workforce went on strike.", 40000, None),
        ("Labor leads on a two-party-preferred basis.", 2, "party"),
        ("The council backed a three-lane-wide bypass.", 3, "lane"),
        ("They fielded a 12-man-strong squad.", 12, "man"),
    ],
)
def test_numbers_inside_longer_hyphenated_modifiers(
    text: str, value: float, unit: str | None
) -> None:
    assert (value, unit) in _values(text)


@pytest.mark.parametrize(
    ("text", "feet", "inches"),
    [
        ("The club drafted the 6-foot-7 forward from Ohio.", 6, 7),
        ("A 5-foot-11, 190-pound winger joined on Monday.", 5, 11),
        ("The 7-foot-1 centre blocked four shots.", 7, 1),
        ("Their 6-ft-2 keeper was injured.", 6, 2),
        ("Scouts love the 6-foot-10 rookie.", 6, 10),
    ],
)
def test_height_in_feet_and_hyphened_inches(text: str, feet: float, inches: float) -> None:
    found = _values(text)
    assert (feet, "foot") in found
    assert (inches, "inch") in found


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The clinic reported 57 mumps cases this term.", 57, "mumps case"),
        ("The district hired 14 physics teachers.", 14, "physics teacher"),
        ("Some 2,300 diabetes patients were enrolled.", 2300, "diabetes patient"),
        ("The lender closed 800 savings accounts.", 800, "savings account"),
        ("The chain shut 35 electronics stores.", 35, "electronics store"),
        ("Vets logged nine rabies deaths.", 9, "rabies death"),
    ],
)
def test_noun_written_only_with_its_s_keeps_it(text: str, value: float, unit: str) -> None:
    assert (value, unit) in _values(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Shares of Europe's four largest lenders fell.", 4, "large lender"),
        ("Snow closed Toronto's two main airports.", 2, "main airport"),
        ("The Senate's five new members were sworn in.", 5, "new member"),
        ("Staff at Ontario's three northern hospitals joined.", 3, "northern hospital"),
        ("Main Street's six oldest shops will close.", 6, "old shop"),
    ],
)
def test_number_after_a_possessive_name(text: str, value: float, unit: str) -> None:
    assert (value, unit) in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Model 3 deliveries rose.",
        "Its iPhone 15 went on sale.",
        "Delays hit Boeing's 787 Dreamliner.",
        "Gamers queued for Nvidia's 4090 card.",
    ],
)
def test_number_of_a_name_is_still_no_figure(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The vaccine is free for children under two.", 2),
        ("Most cases were in adults over 70, officials said.", 70),
        ("Entry is free for kids under 12 on Sundays.", 12),
        ("The scheme pays pensioners over 80 a winter bonus.", 80),
        ("Screening is offered to women over 50.", 50),
    ],
)
def test_age_after_people_and_a_bound(text: str, value: float) -> None:
    assert (value, "year of age") in _values(text)


@pytest.mark.parametrize(
    "text",
    ["Shares under 5 rarely rally.", "The fund holds assets over 40 in number."],
)
def test_bound_after_other_nouns_is_no_age(text: str) -> None:
    assert all(unit != "year of age" for _, unit in _values(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The insurer signed up 9,800 agents in March, taking its network to 1.2 lakh.",
            120000,
            "agent",
        ),
        (
            "Growers sowed 31.5 million hectares last year, "
            "while the wheat area fell 3% to 29 million.",
            29e6,
            "hectare",
        ),
        (
            "The zoo welcomed 90,000 visitors in August, lifting its total to 1.6 million.",
            1.6e6,
            "visitor",
        ),
        (
            "The bank opened 52,000 accounts, but closures cut its base 2% to 2.4 million.",
            2.4e6,
            "account",
        ),
        (
            "The mint struck 800,000 coins, bringing the series to 3.5 million in 2024.",
            3.5e6,
            "coin",
        ),
    ],
)
def test_scaled_level_counts_the_last_noun(text: str, value: float, unit: str) -> None:
    assert (pytest.approx(value), unit) in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "The club sold 400 shirts, lifting revenue to 3.5.",
        "It hired 40 staff, and the index rose to 7,500.",
    ],
)
def test_unscaled_level_takes_no_noun_from_afar(text: str) -> None:
    assert None in [u for _, u in _values(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The guard sank five 3-pointers in the first half.", 5, "3-pointer"),
        ("Police stopped twelve 18-wheelers at the border.", 12, "18-wheeler"),
        ("The airline bought four 50-seaters last year.", 4, "50-seater"),
        ("The angler landed two 20-pounders before noon.", 2, "20-pounder"),
        ("The kicker missed three 40-yarders in a row.", 3, "40-yarder"),
    ],
)
def test_noun_made_of_a_number_and_er_is_counted_whole(text: str, value: float, unit: str) -> None:
    found = _values(text)
    assert (value, unit) in found
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The state will merge six struggling regional lenders.", 6, "regional lender"),
        ("The utility will shut 12 ageing coal plants.", 12, "coal plant"),
        ("Police questioned three visiting Irish fans.", 3, "irish fan"),
        ("The agency signed 40 rising young stars.", 40, "young star"),
        ("Regulators fined nine competing online brokers.", 9, "online broker"),
    ],
)
def test_participle_in_ing_before_another_modifier_is_left_out(
    text: str, value: float, unit: str
) -> None:
    assert (value, unit) in _values(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The council approved 45 housing units.", 45, "housing unit"),
        ("The club built 3 training pitches.", 3, "training pitch"),
    ],
)
def test_noun_in_ing_before_its_head_stays(text: str, value: float, unit: str) -> None:
    assert (value, unit) in _values(text)
