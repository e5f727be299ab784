# ruff: noqa: E501 (one invented sentence per line)
"""The extent of a speaker mention: what belongs to the phrase and what does not.

Invented sentences through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker, speakers


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


# -- a person's affiliation after ``of`` is no part of the name ---------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Justice Helga Marchetti of Ontario Court of Queen’s Bench said the accused had shown no remorse.",
            "Helga Marchetti",
        ),
        (
            "Judge Tobias Wren of the Court of King's Bench of Alberta said the delay was unacceptable.",
            "Tobias Wren",
        ),
        (
            "Professor Ilse Drummond of St. Aidan's College Hospital said the trial would start in May.",
            "Ilse Drummond",
        ),
        (
            "Energy analyst Adrian Teo of Harland Research said the pipeline would run at a loss for a decade.",
            "Adrian Teo",
        ),
        (
            "“The pipeline will run at a loss for a decade,” said analyst Leah Tov of Harland Research.",
            "Leah Tov",
        ),
    ],
)
def test_an_affiliation_after_a_persons_name_is_not_the_speaker(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- a capitalised title opening a clause introduces the person named after it ------------
@pytest.mark.parametrize(
    "text",
    [
        "Chief executive Nadine Forsythe said the plant would close in June.\n\nThe union called the decision a betrayal. “We heard it on the radio,” he said.",
        "Chief economist Greta Lindholm told the committee that rates would stay high.\n\nSeveral lenders have already raised theirs. “Nobody should expect relief this year,” he added.",
        'Chief inspector Ruth Okafor said the ferry had sailed with a broken radar.\n\n"The crew knew," he said.',
    ],
)
def test_a_title_word_opening_a_clause_is_no_antecedent(text: str) -> None:
    # the title belongs to the woman named after it: ``he`` has no antecedent
    assert speakers(text)[-1][1] is None


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


# -- an age between commas leaves the role and name apposed before it --------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Back in Shaunavon, retired grain farmer Elmer Gustafson, 82, says he has opened an account elsewhere.",
            "Elmer Gustafson",
        ),
        (
            "Over in Regina, retired nurse Ada Pelletier, 71, says the clinic closed in March.",
            "Ada Pelletier",
        ),
        (
            "Up in Yellowknife, veteran pilot Dana Moss, 61, says the runway is too short.",
            "Dana Moss",
        ),
        (
            "Down the road, dairy farmer Ruth Kaye, 57, says milk prices are too low.",
            "Ruth Kaye",
        ),
        (
            "Out on the water, fisherman Tom Reddy, 45, says the catch has never been worse.",
            "Tom Reddy",
        ),
    ],
)
def test_an_age_after_an_apposed_name_leaves_the_name_the_speaker(text: str, name: str) -> None:
    assert last_speaker(text) == name
