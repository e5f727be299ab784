"""A bare whole after ``out of`` takes the noun or unit of the part before it."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "whole", "unit"),
    [
        ("He scored 27 points out of a possible 30 in the quiz.", 30, "point"),
        ("The team won 7 games out of 10 at home.", 10, "game"),
        ("She answered 45 questions correctly out of 50.", 50, "question"),
        ("The school met 14 targets out of a possible 18, inspectors said.", 18, "target"),
        ("Candidates needed 60 marks out of a maximum 100, the board said.", 100, "DEM"),
        ("The club filled 2,300 seats out of 3,000 on Saturday.", 3000, "seat"),
        ("The airline cancelled 120 flights out of a total of 900 on Sunday.", 900, "flight"),
        ("Rescuers found 31 survivors out of 40 on board.", 40, "survivor"),
        ("The gymnast earned 14.2 points out of a possible 15.", 15, "point"),
        ("The bill cleared 3 committees out of 4 in March.", 4, "committee"),
    ],
)
def test_a_whole_after_out_of_counts_the_part_noun(text: str, whole: float, unit: str) -> None:
    assert (float(whole), unit) in values_and_units(text)
