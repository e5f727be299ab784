"""A figure reached by a verb of change counts its plural subject, ``the first 400``
counts the count before it, and an index level after a change in points is in points."""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values, values_and_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shoplifting offences in the county rose to 4,812, the constabulary said.",
            [(4812, "shoplifting offence")],
        ),
        (
            "Bicycle thefts fell to 1,930 in the first half, transport police figures show.",
            [(1930, "bicycle theft")],
        ),
        (
            "Knife crimes across the capital jumped 12 percent to 15,400, while gun crimes "
            "fell by 85.",
            [(12, "percentage"), (15400, "knife crime"), (85, "gun crime")],
        ),
        (
            "Planning applications dropped to 2,260 as builders held back.",
            [(2260, "planning application")],
        ),
        (
            "Hospital admissions for flu climbed to 3,118, health officials said.",
            [(3118, "hospital admission")],
        ),
        (
            "The chief constable said vehicle break-ins had fallen to 640 since the cameras "
            "went up.",
            [(640, "vehicle break-in")],
        ),
        (
            "Home repossessions rose by 310 in the year, the housing charity said.",
            [(310, "home repossession")],
        ),
        (
            "Ambulance callouts in the valley increased to 22,500 over the winter.",
            [(22500, "ambulance callout")],
        ),
        (
            "Council said fly-tipping incidents had climbed to 1,075 across the borough.",
            [(1075, "fly-tipping incident")],
        ),
        (
            "Fatal crashes on rural roads dropped 9 percent to 188, but cyclist injuries rose "
            "by 140.",
            [(9, "percentage"), (188, "fatal crash"), (140, "cyclist injury")],
        ),
        (
            "Passport applications surged to 98,000 ahead of the summer holidays.",
            [(98000, "passport application")],
        ),
        (
            "School exclusions in the district fell by 46 this term, the education board reported.",
            [(46, "school exclusion")],
        ),
    ],
)
def test_a_figure_after_a_verb_of_change_counts_its_plural_subject(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation rose to 3.1 in the year to March.", [(3.1, None)]),
        ("The index fell to 3,402 in early trade.", [(3402, None)]),
        ("Rents rose to $1,950 a month.", [(1950, "USD per month")]),
        ("Average ages rose while membership fell from 900 to 700.", [((700, 900), None)]),
        ("Airbus deliveries rose to 735 in the year.", [(735, None)]),
    ],
)
def test_a_subject_that_counts_nothing_names_no_unit(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trust will recruit 900 nurses from abroad over three years, with the first "
            "250 arriving in spring.",
            [(900, "nurse"), (3, "year"), (250, "nurse")],
        ),
        (
            "Organisers will plant 12,000 oak trees along a 40-kilometre corridor, the first "
            "3,000 this autumn.",
            [(12000, "oak tree"), (40, "kilometre"), (3000, "oak tree")],
        ),
        (
            "The airline has ordered 60 new jets worth $4 billion, with the first 12 due in 2027.",
            [(60, "new jet"), (4e9, "USD"), (12, "new jet")],
        ),
        (
            "Volunteers fitted 2,400 smoke alarms in the 18-month campaign, and the last 300 "
            "went into tower blocks.",
            [(2400, "smoke alarm"), (18, "month"), (300, "smoke alarm")],
        ),
        (
            "The club will sell 5,000 season tickets at a 20 per cent discount, and the first "
            "1,000 went within an hour.",
            [(5000, "season ticket"), (20, "percentage"), (1000, "season ticket")],
        ),
        (
            "Developers plan 750 student flats on the 3-acre site, with the first 200 ready "
            "by the autumn.",
            [(750, "student flat"), (3, "acre"), (200, "student flat")],
        ),
        (
            "The charity has rehomed 480 greyhounds, the last 90 in a single month.",
            [(480, "greyhound"), (90, "greyhound")],
        ),
        (
            "Police recovered 1,300 stolen bikes from a 2,000-square-metre warehouse, "
            "returning the first 400 to owners.",
            [(1300, "bike"), (2000, "square metre"), (400, "bike")],
        ),
        (
            "The council will install 8,000 street lamps over five years, with the first "
            "1,500 switched on in the spring.",
            [(8000, "street lamp"), (5, "year"), (1500, "street lamp")],
        ),
        (
            "Farmers culled 14,000 hens after the outbreak, and the last 2,000 were "
            "destroyed overnight.",
            [(14000, "hen"), (2000, "hen")],
        ),
    ],
)
def test_the_first_or_last_of_a_count_counts_its_noun(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("In Johannesburg, the Resources Index rose 61 points to finish at 9,870.", 9870),
        ("The Miners Index shed 35 points to close at 6,214 as copper slid.", 6214),
        ("The Industrials Index eased 4 points to close at 1,962 in thin trade.", 1962),
        ("The Highlands Benchmark fell 26 points to end at 7,035 after the rate decision.", 7035),
        ("The Telecoms Index advanced 11 points to close at 2,088 after the tender result.", 2088),
        ("The Metals Index dropped 41 points to finish at 5,126 as copper led losses.", 5126),
        ("The Financials Benchmark added 17 points to close at 3,902 on bank earnings.", 3902),
        (
            "Chemicals Index stocks were weak, and the Chemicals Index lost 23 points to "
            "settle at 1,447.",
            1447,
        ),
        ("The Lakes Composite slid 52 points to end at 6,390, wiping out the week's gains.", 6390),
        ("The Makers Index rallied 31 points to finish at 2,760.", 2760),
        ("The Harbours Index declined 15 points to close at 4,012 as exporters slipped.", 4012),
    ],
)
def test_an_index_level_after_a_change_in_points_is_in_points(text: str, level: int) -> None:
    found = [(value, unit) for value, unit in values_and_units(text) if value == level]
    assert found == [(level, "point")], text
