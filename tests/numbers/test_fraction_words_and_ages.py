"""Hundredths and thousandths, a quarter after a change, and ages between two numbers.

``a hundredth of a second`` is 0.01 second; ``ahead`` after a unit is no
``a head`` rate; ``rose by a quarter`` is the fraction 0.25 (``the first
quarter`` stays a date); ``aged between 24 and 37`` is one range of ages.
Every sentence here is invented for the test; each states the values and units
of the sentence's quantities (dates, ranks and ordinals left out).
"""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won by a hundredth of a second.", [(0.01, "second")]),
        ("Two hundredths of a second split the pair.", [(0.02, "second")]),
        ("He was three hundredths of a second slower.", [(0.03, "second")]),
        ("The gap was a thousandth of a second.", [(0.001, "second")]),
        ("The coating is a thousandth of a millimetre thick.", [(0.001, "millimetre")]),
        ("Five hundredths of a point decided the title.", [(0.05, "point")]),
        ("The sprinter finished a tenth of a second ahead.", [(0.1, "second")]),
        ("The skier came home a hundredth of a second ahead of her rival.", [(0.01, "second")]),
        ("Nine thousandths of an inch is the tolerance.", [(0.009, "inch")]),
        ("The boat crossed the line 4 seconds ahead.", [(4, "second")]),
        ("It is the club's hundredth season.", []),
    ],
)
def test_hundredths_and_thousandths_are_fractions(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hospital admissions rose by a quarter.", [(0.25, None)]),
        ("Rents have jumped by a quarter since 2020.", [(0.25, None)]),
        ("Sales fell by a quarter in the spring.", [(0.25, None)]),
        ("Exports grew by a quarter after the deal.", [(0.25, None)]),
        ("Fares increased by a quarter in January.", [(0.25, None)]),
        ("Output dropped by a quarter as the mine flooded.", [(0.25, None)]),
        ("The deficit widened by a quarter.", [(0.25, None)]),
        ("Shares slumped by a quarter on the news.", [(0.25, None)]),
        ("Applications climbed by a quarter this term.", [(0.25, None)]),
        ("Crime declined by a quarter across the county.", [(0.25, None)]),
        ("Profits rose in the third quarter.", []),
    ],
)
def test_a_quarter_after_a_change_is_a_fraction(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men aged between 19 and 26 were charged.", [(2, "man"), ((19, 26), "year of age")]),
        ("Patients aged between 40 and 65 took part.", [((40, 65), "year of age")]),
        ("Children aged between 5 and 11 will get the vaccine.", [((5, 11), "year of age")]),
        ("Workers aged between 25 and 34 earn the least.", [((25, 34), "year of age")]),
        ("Women aged between 50 and 70 are invited.", [((50, 70), "year of age")]),
        ("Drivers aged between 17 and 24 pay the most.", [((17, 24), "year of age")]),
        ("Voters aged between 18 and 29 stayed home.", [((18, 29), "year of age")]),
        ("The suspects, aged between 21 and 33, were bailed.", [((21, 33), "year of age")]),
        ("Adults aged between 30 and 49 sleep less.", [((30, 49), "year of age")]),
        (
            "Three boys aged between 13 and 15 were cautioned.",
            [(3, "boy"), ((13, 15), "year of age")],
        ),
        (
            "Two men aged 19 and 23 were held.",
            [(2, "man"), (19, "year of age"), (23, "year of age")],
        ),
    ],
)
def test_ages_between_two_numbers_are_one_range(text: str, expected: Expected) -> None:
    check_values(text, expected)
