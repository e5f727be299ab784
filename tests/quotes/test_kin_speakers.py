# ruff: noqa: E501 (one invented sentence per line)
"""A family noun with a possessive names the relative the article linked the possessor to.

``His daughter, Signe, ...`` then ``Her father says``: Signe is the daughter
of the man ``his`` referred to, so he is her father.  Invented sentences
through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Olaf Brenn has baked bread in Tolby for 40 years.\n\nBrenn, 63, runs the shop. His daughter, Signe, will take over. She says she never planned to.\n\nHer father says the secret is patience.",
            "Olaf Brenn",
        ),
        (
            "Marta Quell opened the café in 1990.\n\nQuell, 70, still works mornings. Her son, Tomas, runs the kitchen. He says he grew up there.\n\nHis mother says the café will stay in the family.",
            "Marta Quell",
        ),
        (
            "Ivo Darnel trains horses near Kelby.\n\nDarnel, 58, bought the farm in 1999. His wife, Ruth, keeps the books. She says the winters are hard.\n\nHer husband says he would not live anywhere else.",
            "Ivo Darnel",
        ),
        (
            "Greta Holm has fished the lake since she was a girl.\n\nHolm, 66, mends her own nets. Her granddaughter, Lena, helps on Sundays. She says she loves the early starts.\n\nHer grandmother says Lena is a natural.",
            "Greta Holm",
        ),
        (
            "Piet Vander has run the hardware store for 30 years.\n\nVander, 61, knows every customer. His sister, Anke, does the accounts. She says the store has never closed a day.\n\nHer brother says that will not change.",
            "Piet Vander",
        ),
    ],
)
def test_a_family_noun_names_the_converse_relative(text: str, name: str) -> None:
    assert last_speaker(text) == name


def test_a_family_noun_with_no_link_keeps_its_words() -> None:
    text = (
        "Nora Field, 30, opened a gym. She says business is good.\n\nHer father says he is proud."
    )
    assert last_speaker(text) == "Her father"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Keisha Brooks, 41, lost her home in the fire. Her daughter, Tanya Brooks, was at school.\n\nKeisha Brooks said the family had nothing left. Her husband said they would rebuild.",
            "Her husband",
        ),
        (
            "Maria Lopez, 70, was rescued from the flood. Her son, Luis Lopez, drove four hours to reach her. “I was terrified,” Maria Lopez said.\n\nHer daughter said the house was ruined.",
            "Her daughter",
        ),
    ],
)
def test_a_namesake_of_another_sex_or_family_role_is_no_such_relative(text: str, name: str) -> None:
    assert last_speaker(text) == name
