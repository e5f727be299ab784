# ruff: noqa: E501 (one invented sentence per line)
"""The extent of a speaker mention: what belongs to the phrase and what does not.

Invented sentences through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker


# -- an adjective after the noun keeps its complement ------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The merger will be announced on Friday, according to a person familiar with the plans who asked not to be named.",
            "a person familiar with the plans",
        ),
        (
            "The club will sell its ground, according to two people close to the board who were not allowed to speak publicly.",
            "two people close to the board",
        ),
        (
            "The minister will resign next week, said an aide loyal to the premier who declined to be named.",
            "an aide loyal to the premier",
        ),
        (
            "The bid was rejected, said a lawyer involved in the case who spoke on condition of anonymity.",
            "a lawyer involved in the case",
        ),
        (
            "Prices will rise in June, according to a trader briefed on the talks who was not authorized to comment.",
            "a trader briefed on the talks",
        ),
    ],
)
def test_a_postposed_adjective_keeps_its_complement(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Parents in Port Alberni say a pulp mill is making their children sick.",
            "Parents in Port Alberni",
        ),
        ("Doctors in Moncton say the wait for surgery is too long.", "Doctors in Moncton"),
    ],
)
def test_people_in_a_place_are_the_speaker_not_the_place(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "“We regret this,” said Mayor Dana Reid of Sarnia.",
        "“The plant was our lifeline,” said Coun. Dana Reid of Sarnia.",
    ],
)
def test_a_titled_person_before_an_affiliation_is_the_speaker(text: str) -> None:
    assert last_speaker(text) == "Dana Reid"


@pytest.mark.parametrize(
    "text",
    [
        "Dana Ruiz of the food agency said no illnesses had been reported.",
        "Inspector Dana Ruiz of the food agency said no illnesses had been reported.",
    ],
)
def test_a_person_before_a_described_affiliation_is_the_speakers_name(text: str) -> None:
    assert last_speaker(text) == "Dana Ruiz"
