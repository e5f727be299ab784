# ruff: noqa: E501 (one invented sentence per line)
"""A role in apposition before a name that carries a lower-case title.

Every sentence is invented.  ``The panel's chair, retired judge Ana Ruiz,``:
the title written in lower case before the name stands inside the
apposition, and a later ``the panel's chair`` names the same person.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The review’s chair, retired judge Odessa Marrin-Teo, opened the hearing. Witness Paul Drach spoke first. “We will sit late tonight,” the review’s chair said.",
            "Odessa Marrin-Teo",
        ),
        (
            "The club’s owner, billionaire Hartley Quarm-Bose, sat courtside. Coach Ned Pirrie was ejected. “That call was a disgrace,” the club’s owner said.",
            "Hartley Quarm-Bose",
        ),
        (
            "The board’s chair, former mayor Lucinda Oberhalt, called the vote. Trustee Gil Maron abstained. “The motion carries,” the board’s chair said.",
            "Lucinda Oberhalt",
        ),
        (
            "The commission’s head, veteran diplomat Anselm Kirowe, read the findings. Counsel Vera Stoyan objected. “The findings stand,” the commission’s head said.",
            "Anselm Kirowe",
        ),
        (
            "The festival’s director, filmmaker Priya Oduwole-Marsh, cut the ribbon. Actor Tom Beale waved. “Welcome home,” the festival’s director said.",
            "Priya Oduwole-Marsh",
        ),
    ],
)
def test_a_titled_name_in_apposition_holds_the_role(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker
