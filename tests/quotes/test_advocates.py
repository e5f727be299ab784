# ruff: noqa: E501 (one invented sentence per line)
"""``Consumer advocate Ruth Akande``: ``advocate`` is a person noun of news usage.

A capitalised field and a role noun before a name make a title, so the
person named after it is the subject of the clause, and of the verbs
coordinated with its first (``welcomed the move but urged ...``), not the
capitalised first word.  Invented sentences through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Consumer advocate Ruth Akande, of the Fair Accounts Coalition, welcomed the move but urged the government to go further.",
            "to go further",
            "Ruth Akande",
        ),
        (
            "Patient advocate Dana Lowe welcomed the plan but said it came “far too late”.",
            "it came “far too late”",
            "Dana Lowe",
        ),
        (
            "Tenant advocate Lena Ortiz, who runs a legal clinic, backed the freeze but said rents were already too high.",
            "rents were already too high",
            "Lena Ortiz",
        ),
        (
            "Road safety advocate Priya Nandakumar, whose son was killed by a driver, welcomed the new limits but said enforcement was lax.",
            "enforcement was lax",
            "Priya Nandakumar",
        ),
        (
            "Food security advocate Ama Mensah, of the Eastside Pantry, thanked donors but warned that shelves were emptying.",
            "that shelves were emptying",
            "Ama Mensah",
        ),
        (
            "Mental health advocate Ian Moss, a former nurse, welcomed the funding but said waiting lists would stay long.",
            "waiting lists would stay long",
            "Ian Moss",
        ),
        (
            "Animal welfare advocate Tessa Blum welcomed the ban but said puppy farms would move abroad.",
            "puppy farms would move abroad",
            "Tessa Blum",
        ),
        (
            "Transit advocate Leo Varga, of Riders United, backed the fare cut but said buses were still late.",
            "buses were still late",
            "Leo Varga",
        ),
        (
            "Cycling advocate Dale Fenn welcomed the lanes but said they ended at the bridge.",
            "they ended at the bridge",
            "Dale Fenn",
        ),
        (
            "Veterans advocate Hal Brent thanked the minister but said the backlog of claims was “a scandal”.",
            "the backlog of claims was “a s",
            "Hal Brent",
        ),
    ],
)
def test_an_advocate_titles_the_name_after_it(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
