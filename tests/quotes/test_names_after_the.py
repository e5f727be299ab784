# ruff: noqa: E501 (one invented paragraph per line)
"""A name right after ``the``: a people or a family, what ``they`` continues.

Invented paragraphs through the fast pipeline, one class of rule per test.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import speaker_of
from tests.quotes.test_speaker_rules import speakers


# -- a name right after ``the`` is a people's or a family's ------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officials said the new dam would open in May.\n\nThe Maya have farmed the valley for centuries. “The river is our life,” they said.",
            "Maya",
        ),
        (
            "The council approved the subdivision on Monday.\n\nThe Kellys moved to the street in 1998. “We were never asked,” they said.",
            "Kellys",
        ),
        (
            "The tribal council met on Friday.\n\nThe Navajo voted on the water plan on Tuesday. They said it would bring pipes to 10,000 homes.",
            "Navajo",
        ),
        (
            "State police closed the highway for the day.\n\nThe Lakota marched to the capitol on Monday. “The pipeline must stop,” they said.",
            "Lakota",
        ),
        (
            "Reporters waited outside the palace gates.\n\nThe Zulu gathered at the royal kraal before dawn. They said the king would speak at noon.",
            "Zulu",
        ),
        (
            "Energy companies want the land for wind farms.\n\nThe Sami have herded reindeer in the north for generations. They say the turbines scare the herds.",
            "Sami",
        ),
        (
            "Investors pulled out of the mine project.\n\nThe Cree voted against the deal in March. “This is our land,” they said.",
            "Cree",
        ),
        (
            "Tour operators cancelled their trips.\n\nThe Ainu held a festival in Sapporo on Sunday. “We are still here,” they said.",
            "Ainu",
        ),
        (
            "Local merchants complained about parking.\n\nThe Oduyas opened a grocery on Main Street in 2015. They said the new meters would drive customers away.",
            "Oduyas",
        ),
        (
            "Provincial officials defended the cuts.\n\nThe Métis gathered at the legislature on Wednesday. “We want a seat at the table,” they said.",
            "Métis",
        ),
        (
            "Hotel chains are buying land on the coast.\n\nThe Quechua protested outside the ministry on Monday. They said the water would run dry.",
            "Quechua",
        ),
        (
            "Aid agencies cut rations at the camp.\n\nThe Karen fled across the border in 1984. “We built everything here,” they said.",
            "Karen",
        ),
        (
            "Park rangers closed the trail on Monday.\n\nThe Shona have farmed the hills for centuries. They said the new fence would split their fields.",
            "Shona",
        ),
    ],
)
def test_a_name_after_the_is_a_people_or_a_family_they_continues(text: str, name: str) -> None:
    assert speakers(text)[-1][1] == name


# -- what stays a person ---------------------------------------------------------------
def test_a_surname_after_the_of_a_person_the_article_named_stays_a_person() -> None:
    text = (
        "Prime Minister Justin Trudeau toured the plant on Monday.\n\n"
        "The Trudeau government announced the subsidy last year. “These jobs will stay here,” he said."
    )
    assert speaker_of(speakers(text), "These jobs") == "Justin Trudeau"


def test_a_title_after_the_is_no_people() -> None:
    text = "The Pope visited the camp on Sunday. “You are not forgotten,” he said."
    assert speaker_of(speakers(text), "not forgotten") == "The Pope"
