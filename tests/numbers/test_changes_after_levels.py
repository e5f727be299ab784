"""A bare change after a comma and a direction counts the noun of the level before it."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "change", "unit"),
    [
        ("The waiting list fell to 318,000 patients in May, down 9,200 on April.", 9200, "patient"),
        ("Enrolment reached 42,150 students this autumn, up 1,300 on last year.", 1300, "student"),
        (
            "The jobless count stood at 1.21 million claimants, down 18,000 from June.",
            18000,
            "claimant",
        ),
        (
            "Passenger numbers hit 2,940 travellers a day, up 410 from a year ago.",
            410,
            "traveller per day",
        ),
        ("Membership slipped to 86,000 members, down about 2,500 on 2023.", 2500, "member"),
        ("The shelter housed 412 dogs in March, up 38 on February.", 38, "dog"),
        (
            "Sales totalled 9,870 cars last month, down 1,020 from the same month last year.",
            1020,
            "car",
        ),
        ("The register listed 5,600 charities, up by 240 on the previous year.", 240, "charity"),
        (
            "Police recorded 12,900 burglaries in the quarter, down 700 on the last quarter.",
            700,
            "burglary",
        ),
        ("Turnout reached 61,000 voters, up 4,000 from the last election.", 4000, "voter"),
    ],
)
def test_a_direction_after_a_count_makes_a_change_of_it(
    text: str, change: float, unit: str
) -> None:
    assert (float(change), unit) in values_and_units(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exports rose to 1.2 million tonnes, up from 900,000 a year earlier.", 900000),
        ("The city has 2.1 million residents, up from 1,850,000 in 2010.", 1850000),
        ("Ridership reached 3.4 million trips, down 120,000 on March.", 120000),
        ("Spending rose to Rs 12,000 crore, up from 9,500 last year.", 9.5e10),
        ("Revenue was $4.5 million, against 3.9 a year earlier.", 3.9e6),
    ],
)
def test_a_number_written_in_full_takes_no_scale(text: str, value: float) -> None:
    assert any(v == pytest.approx(value) for v, _ in values_and_units(text))
