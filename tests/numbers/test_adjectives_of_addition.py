"""Adjectives of addition stay in the counted noun; comparatives of quantity do not."""

from __future__ import annotations

import pytest

from .helpers import quantities


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The ministry will recruit 2,500 additional nurses by next spring.",
            2500,
            "additional nurse",
        ),
        ("Organisers laid on 40 extra trains for the final.", 40, "extra train"),
        (
            "The county has asked for 12 additional deputies to patrol the lakeshore.",
            12,
            "additional deputy",
        ),
        (
            "Stores hired 300 extra staff for the holiday rush, a spokeswoman said.",
            300,
            "extra staff",
        ),
        (
            "The school board approved 18 additional classrooms at its Monday meeting.",
            18,
            "additional classroom",
        ),
        (
            "United will fly 6 extra flights a day to Honolulu this summer.",
            6,
            "extra flight per day",
        ),
        ("Police drafted in 200 additional officers after the match.", 200, "additional officer"),
        (
            "The bill funds 1,200 additional beds in state psychiatric hospitals.",
            1200,
            "additional bed",
        ),
        ("Farmers planted 50 extra hectares of barley this spring.", 50, "extra hectare"),
        ("Stagecoach put on 25 extra buses for race day.", 25, "extra bus"),
        (
            "The council found 9 additional cases of the disease in the valley.",
            9,
            "additional case",
        ),
    ],
)
def test_adjective_of_addition_stays_in_the_counted_noun(
    text: str, value: float, unit: str
) -> None:
    (claim,) = quantities(text)
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The league fined four more clubs on Friday.", 4, "club"),
        ("Detectives made three further arrests overnight.", 3, "arrest"),
        ("The party won two fewer seats than in 2019.", 2, "seat"),
        ("The school hired six other teachers.", 6, "teacher"),
    ],
)
def test_comparative_of_quantity_is_left_out(text: str, value: float, unit: str) -> None:
    (claim,) = quantities(text)
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit
