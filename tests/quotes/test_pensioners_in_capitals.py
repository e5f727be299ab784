# ruff: noqa: E501 (one invented sentence per line)
"""``OAP``: the British noun for an old-age pensioner, written in capitals.

``The feisty OAP said`` is a description of a person, as ``the feisty
pensioner`` is, and names the person the article named before; it is no
name of its own.  Invented paragraphs through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Edie Bolt, 91, chased a burglar out of her flat with a rolling pin.\n\n"
            "The feisty OAP said the thief had run off towards the bus station.",
            "the thief had run off",
            "Edie Bolt",
        ),
        (
            "Widower Stan Fisk, 84, has been swimming in the sea every day for sixty years.\n\n"
            "The hardy OAP said the water had never felt colder.",
            "the water had never felt colder",
            "Stan Fisk",
        ),
        (
            "Peg Lyle, 79, has passed her driving test at the eleventh attempt.\n\n"
            "“I never gave up,” the delighted OAP told the Gazette.",
            "I never gave up",
            "Peg Lyle",
        ),
        (
            "Retired miner Walter Ince, 88, was left without heating for three weeks.\n\n"
            "The frail OAP said the council had ignored his letters.",
            "the council had ignored his letters",
            "Walter Ince",
        ),
        (
            "Dancing queen Hilda Morrow, 86, won the town’s talent show on Saturday night.\n\n"
            "“I still have the moves,” the sprightly OAP beamed.",
            "I still have the moves",
            "Hilda Morrow",
        ),
        (
            "Allotment holder Reg Dent, 80, grew a carrot a metre long.\n\n"
            "The proud OAP said the secret was horse manure.",
            "the secret was horse manure",
            "Reg Dent",
        ),
        (
            "Pensioner Doreen Platt, 83, was scammed out of her life savings by a fake bank caller.\n\n"
            "“I feel such a fool,” the heartbroken OAP said.",
            "I feel such a fool",
            "Doreen Platt",
        ),
        (
            "Former boxer Alf Rudge, 90, floored a mugger outside the post office.\n\n"
            "The plucky OAP said he had not thrown a punch since 1962.",
            "he had not thrown a punch",
            "Alf Rudge",
        ),
        (
            "Bingo fan Mavis Crook, 77, scooped a £50,000 jackpot in Blackpool.\n\n"
            "“I screamed the place down,” the lucky OAP said.",
            "I screamed the place down",
            "Mavis Crook",
        ),
        (
            "Grandfather Cyril Haines, 95, has completed a charity skydive.\n\n"
            "The daredevil OAP said he would do it again next year.",
            "he would do it again next year",
            "Cyril Haines",
        ),
    ],
)
def test_the_oap_names_the_person_named_before(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
