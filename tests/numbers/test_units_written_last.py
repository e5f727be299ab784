"""Coordinated bare numbers share the unit written once after the last of them."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Greens and the Liberals polled 11 and 7 per cent respectively.",
            [(11.0, "percentage"), (7.0, "percentage")],
        ),
        (
            "Exports to Chile and Peru fell 4 and 9% in March.",
            [(4.0, "percentage"), (9.0, "percentage")],
        ),
        (
            "Rents in Hove, Lewes and Worthing rose 2, 5 and 8 per cent last year.",
            [(2.0, "percentage"), (5.0, "percentage"), (8.0, "percentage")],
        ),
        (
            "Fares on the Red, Blue and Green lines go up 3, 4, and 6 per cent.",
            [(3.0, "percentage"), (4.0, "percentage"), (6.0, "percentage")],
        ),
        (
            "The newborn twins weighed 2.9 and 3.1 kilograms.",
            [(2.9, "kilogram"), (3.1, "kilogram")],
        ),
        (
            "Both strikers have scored 14 and 11 goals this season.",
            [(14.0, "goal"), (11.0, "goal")],
        ),
        (
            "The rival bids came in at 4.2 or 4.6 billion euros, bankers said.",
            [(4_200_000_000.0, "EUR"), (4_600_000_000.0, "EUR")],
        ),
        (
            "Forecasters expect gusts of 90 and 110 km/h on the coast.",
            [(90.0, "kilometre per hour"), (110.0, "kilometre per hour")],
        ),
        (
            "Tickets for adults and children cost 45 and 20 dollars.",
            [(45.0, "USD"), (20.0, "USD")],
        ),
        (
            "The wells produce 300, 450 and 520 barrels a day.",
            [(300.0, "barrel per day"), (450.0, "barrel per day"), (520.0, "barrel per day")],
        ),
        (
            "Unemployment in the north and south stood at 9.4 & 6.1 percent.",
            [(9.4, "percentage"), (6.1, "percentage")],
        ),
        (
            "The missing hikers were found after 36 and 40 hours in the snow.",
            [(36.0, "hour"), (40.0, "hour")],
        ),
    ],
)
def test_a_unit_written_after_the_last_number_is_shared(text: str, expected: object) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ``, and`` after a single number joins clauses, not a list
        (
            "The index added 12, and 14 per cent of stocks rose.",
            [(12.0, None), (14.0, "percentage")],
        ),
        # a range keeps its own reading
        ("Prices rose between 3 and 5 per cent.", [((3.0, 5.0), "percentage")]),
    ],
)
def test_numbers_not_in_a_list_keep_their_reading(text: str, expected: object) -> None:
    assert values_and_units(text) == expected
