# ruff: noqa: E501 (one invented sentence per line)
"""A quotation that opens an article, and the next paragraph that points back and names its speaker.

Invented texts through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“That was the best we have played all year.”\n\nThat was the verdict of Kelby Hawks coach Ray Dunne after his side beat the Rovers 4-1 on Friday.",
            "Ray Dunne",
        ),
        (
            "“We will not be moved.”\n\nThose were the words of union leader Ada Fenn as 300 workers marched on the town hall.",
            "Ada Fenn",
        ),
        (
            "“The river has never been this high.”\n\nSo said farmer Ole Brisk, 71, as he watched the water reach his barn door.",
            "Ole Brisk",
        ),
        (
            "“This is a dark day for the town.”\n\nThat was the reaction of Mayor Inga Tolle when the mill announced it would close.",
            "Inga Tolle",
        ),
        (
            "“I never thought I would see this.”\n\nThat is the view of Pia Lund, who has lived on Harbour Street for 50 years.",
            "Pia Lund",
        ),
    ],
)
def test_a_paragraph_pointing_back_names_the_speaker(text: str, name: str) -> None:
    assert speakers(text)[0][1] == name


def test_a_paragraph_that_does_not_point_back_names_no_speaker() -> None:
    text = "“We will not be moved.”\n\nUnion leader Ada Fenn led 300 workers to the town hall on Monday."
    assert speakers(text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“We are asking landlords to stop treating tenants as a revenue line.” That was the message Tuesday from Housing Minister Odile Brassard, who announced a rent freeze.",
            "Odile Brassard",
        ),
        (
            '"Nobody is above the rules." That is the warning from league commissioner Tariq Noor after three clubs were fined.',
            "Tariq Noor",
        ),
        (
            "“Our water is safe to drink.”\n\nThat’s the message from public works director Lena Oduya, who spent the weekend testing wells.",
            "Lena Oduya",
        ),
        (
            '"We built this bridge to last a century."\n\nThis was the promise made by engineer Viktor Salo when the span opened in 1998.',
            "Viktor Salo",
        ),
    ],
)
def test_a_sentence_pointing_back_names_the_speaker_in_its_own_paragraph_too(
    text: str, name: str
) -> None:
    assert speakers(text)[0][1] == name
