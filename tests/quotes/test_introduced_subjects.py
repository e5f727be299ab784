# ruff: noqa: E501 (one invented paragraph per line)
"""Institutions and peoples named after a clause's introductory phrases, as its subject.

Invented paragraphs through the fast pipeline, one class of rule per test.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import speakers


# -- after ``On Tuesday,``: the institution named next is the subject -------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Opposition critics questioned the plan.\n\nOn Tuesday, the Liberals tabled the budget in Ottawa. They said it would be balanced by 2027.",
            "Liberals",
        ),
        (
            "Residents packed the hall for the meeting.\n\nAfter months of talks, the Canadian Union of Public Employees reached a deal with the city. “This is a win for every member,” they said.",
            "Canadian Union of Public Employees",
        ),
        (
            "Fans waited outside the arena for hours.\n\nDespite the loss, the Maple Leafs kept their playoff spot. They said the injured goalie would return next week.",
            "Maple Leafs",
        ),
        (
            "Volunteers handed out blankets overnight.\n\nIn the morning, the Red Cross opened a second shelter at the school. They said 200 people had slept there.",
            "Red Cross",
        ),
        (
            "Analysts had expected a weak quarter.\n\nHowever, despite the slump in sales, Loblaw raised its dividend. They said prices would stay flat.",
            "Loblaw",
        ),
        (
            "Parents lined up outside the school board office.\n\nOn Friday, the NDP called for an inquiry into the closures. They said families deserved answers.",
            "NDP",
        ),
        (
            "Farmers blocked the highway with tractors.\n\nOn Monday, Greenpeace released a report on the spill. “The damage is far worse than admitted,” they said.",
            "Greenpeace",
        ),
        (
            "Several councillors walked out of the meeting.\n\nIn a rare move, the Conservatives voted with the government. They said the bill was too important to delay.",
            "Conservatives",
        ),
        (
            "Commuters were stranded for hours.\n\nAfter the storm, Air Canada cancelled all flights between the two cities. They said service would resume on Sunday.",
            "Air Canada",
        ),
        (
            "Shoppers crowded the mall on Saturday.\n\nDuring the holiday rush, Amazon hired 5,000 temporary workers. They said most of the jobs were in warehouses.",
            "Amazon",
        ),
        (
            "Doctors warned of long waits.\n\nSince the spring, the Ontario Medical Association has lobbied for more funding. They said the province had ignored them.",
            "Ontario Medical Association",
        ),
    ],
)
def test_an_institution_after_an_introductory_phrase_is_what_they_continues(
    text: str, name: str
) -> None:
    assert speakers(text)[-1][1] == name


# -- a people's adjective before a noun is no subject ----------------------------------
def test_a_modifier_after_an_introductory_phrase_is_no_subject() -> None:
    text = "Opposition critics questioned the plan.\n\nOn Tuesday, the Liberal government tabled the budget. They said it would balance by 2027."
    assert speakers(text)[-1][1] != "Liberal"
