# ruff: noqa: E501 (one invented sentence per line)
"""Clauses of naming past a participle phrase, and passives of identifying.

A description may carry a participle phrase before its clause of naming
(``A young father carrying a toddler, who gave his name only as Remy,``);
the clause still names the person the description describes.  A passive
relative of identifying (``the man, who was later identified by police as
Dov Aran,``) names the person its description refers to.  Invented
paragraphs through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Councillor Ida Brask said the road would reopen soon.\n\n"
            "A young father carrying a toddler on his shoulders, who gave his name only as Remy, was waiting at the stop. “We have heard that before,” he said.",
            "We have heard that before",
            "Remy",
        ),
        (
            "Mayor Colm Rafferty promised a new bus route.\n\n"
            "A student clutching a stack of textbooks, who gave her name only as Juno, stood at the stop. “We walk,” she said.",
            "We walk",
            "Juno",
        ),
        (
            "The club’s chairman, Alf Dobbins, apologised for the delay.\n\n"
            "A supporter wearing a faded club scarf, who gave his name only as Kev, stood outside the ground. “Shambles,” he said.",
            "Shambles",
            "Kev",
        ),
        (
            "Tessa Mwale, the company’s chief executive, said the job cuts were unavoidable.\n\n"
            "A worker leaving the plant after the night shift, who gave her name only as Bree, said nobody had been told. “We found out on the radio,” she said.",
            "We found out on the radio",
            "Bree",
        ),
        (
            "Police Chief Rona Vale said the area was safe.\n\n"
            "An elderly man leaning on a walking frame, who asked to be identified only as Stan, said he had not slept. “Sirens all night,” he said.",
            "Sirens all night",
            "Stan",
        ),
        (
            "Health Minister Gus Orr opened the ward.\n\n"
            "A nurse finishing a double shift, who gave her name only as Fen, said the ward was already full.",
            "the ward was already full",
            "Fen",
        ),
        (
            "The league’s commissioner, Dana Kolb, announced the new schedule.\n\n"
            "A referee packing up his kit, who gave his name only as Ozzie, said the fixtures were impossible. “Three games in four days,” he said.",
            "Three games in four days",
            "Ozzie",
        ),
        (
            "Ward councillor Hugo Tamm said the water would be back on Friday.\n\n"
            "A grandmother filling a bucket at the tanker, who gave her name only as Nomsa, shook her head. “We have heard that for weeks,” she said.",
            "We have heard that for weeks",
            "Nomsa",
        ),
        (
            "The school board chair, Ellis Ward, defended the closure.\n\n"
            "A mother pushing a pram past the gates, who gave only her first name, Lacey, said the walk to the new school was too far. “Two miles with a buggy,” she said.",
            "Two miles with a buggy",
            "Lacey",
        ),
        (
            "Transport Secretary Nia Price said the line would reopen.\n\n"
            "A commuter standing on the platform, who gave his name only as Raj, said the trains were always late. “Every single day,” he said.",
            "Every single day",
            "Raj",
        ),
    ],
)
def test_a_clause_of_naming_after_a_participle_phrase_names_the_described_person(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Floods swept through the valley overnight.\n\n"
            "“We lost everything,” said the man, who was later identified by neighbours as Dov Aran, a baker.",
            "We lost everything",
            "Dov Aran",
        ),
        (
            "A fire gutted two shops on Main Street on Sunday.\n\n"
            "“The smoke was black as night,” said the woman, who was later identified by police as Marta Kell, 52.",
            "The smoke was black",
            "Marta Kell",
        ),
        (
            "The striker was mobbed at the airport.\n\n"
            "“He signed my shirt,” said the boy, who was later identified by his school as Ollie Trent.",
            "He signed my shirt",
            "Ollie Trent",
        ),
        (
            "Shares fell sharply after the warning.\n\n"
            "“Nobody saw it coming,” said the trader, who was later identified as Hamish Boyd, a broker at a Sydney firm.",
            "Nobody saw it coming",
            "Hamish Boyd",
        ),
        (
            "A lorry overturned on the bypass on Friday.\n\n"
            "“I heard a bang and ran,” said the driver, who has since been named as Gary Pell, 47.",
            "I heard a bang and ran",
            "Gary Pell",
        ),
        (
            "Hundreds queued outside the bank on Monday.\n\n"
            "“I want my money back,” said the pensioner, who was later identified by staff as Iris Mabb.",
            "I want my money back",
            "Iris Mabb",
        ),
        (
            "The bridge collapsed shortly after midnight.\n\n"
            "“It just folded into the river,” said the fisherman, who was subsequently identified as Tomas Ruud, 61.",
            "It just folded into the river",
            "Tomas Ruud",
        ),
        (
            "The reality star threw a party in Ibiza.\n\n"
            "“It was wild,” said the guest, who was later named by friends as Kayla Dent.",
            "It was wild",
            "Kayla Dent",
        ),
        (
            "Water rose through the village before dawn.\n\n"
            "“My cows are gone,” said the farmer, who was later identified by relatives as Sibu Mthembu.",
            "My cows are gone",
            "Sibu Mthembu",
        ),
        (
            "The court heard the case on Tuesday.\n\n"
            "“I was never there,” said the witness, who was later identified as Petra Vance.",
            "I was never there",
            "Petra Vance",
        ),
    ],
)
def test_a_passive_of_identifying_names_the_described_person(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
