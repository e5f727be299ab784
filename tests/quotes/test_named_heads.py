# ruff: noqa: E501 (one invented sentence per line)
"""Speakers when a person's name is part of the name of a day or a school.

Every sentence is invented.  A day named after a person (``Ruth Albers Day``)
is an event, not the person's fullest name; a school named with a grade word
(``Maplewood Elementary``) is an institution, never a woman or a man that a
pronoun points back to.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ruth Albers turned 100 on Friday. The village declared Friday Ruth Albers Day.\n\n“I never expected any of this,” Albers said.",
            "Ruth Albers",
        ),
        (
            "Retired firefighter Tomas Wierzbicki was honoured on Tuesday, when council voted to make June 3 Tomas Wierzbicki Day.\n\nWierzbicki said he was “deeply touched” by the gesture.",
            "Tomas Wierzbicki",
        ),
        (
            "Swimmer Gloria Fenwick came home to a parade, and the mayor proclaimed Saturday Gloria Fenwick Day.\n\n“It still doesn’t feel real,” Fenwick told reporters.",
            "Gloria Fenwick",
        ),
        (
            "Marcel Ouimet has delivered the mail in Harbourview since 1961, and the town marked its first Marcel Ouimet Day on Sunday.\n\nOuimet, 91, said the town had always been good to him.",
            "Marcel Ouimet",
        ),
        (
            "Librarian Lena Haskins is retiring, and students at the school celebrated Lena Haskins Day with a bake sale.\n\n“Books saved my life,” said Haskins, who has run the library for 30 years.",
            "Lena Haskins",
        ),
    ],
)
def test_a_day_named_after_a_person_is_no_fuller_name(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Maria Olsen’s youngest child goes to Maplewood Elementary.\n\n“We were never told about the change,” she said.",
            "Maria Olsen",
        ),
        (
            "Priya Nandal’s son plays in the band at Crestview Secondary.\n\n“They cut the budget in half,” she said.",
            "Priya Nandal",
        ),
        (
            "Karen Obi’s twins started kindergarten at Lakeshore Elementary this fall.\n\n“Nobody answers the phone,” she said.",
            "Karen Obi",
        ),
        (
            "Rosa Delgado’s son takes the bus to Northgate Collegiate.\n\n“It has been late every morning since September,” she said.",
            "Rosa Delgado",
        ),
        (
            "Anita Rowe’s grandson is in Grade 5 at Brookside Elementary.\n\n“The portables have no heat,” she said.",
            "Anita Rowe",
        ),
        (
            "Helen Tran’s son graduated from Westdale Secondary in June.\n\n“He was the first in our family to finish school,” she said.",
            "Helen Tran",
        ),
    ],
)
def test_a_school_named_with_a_grade_word_is_no_person(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)] == [speaker]
