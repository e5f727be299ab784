# ruff: noqa: E501 (one invented sentence per line)
"""Names a described person gives: ``a retired postal worker who gave her name only as Bev``.

A relative clause of giving or asking to be identified by a name, or a
participle phrase of identifying (``known only as Nan``), names the person
the description describes, and its possessive tells the person's sex; a
pronoun after it refers to that person.  Invented sentences through the
fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of

from newsparse.builtin.quotes.names_given import name_given


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Sergeant Ana Ruiz said the shelter was full.\n\n"
            "At the shelter, a retired postal worker who gave her name only as Bev sat on a cot. She said she had lost everything.",
            "she had lost everything",
            "Bev",
        ),
        (
            "Inspector Gwen Tallis said two people were arrested.\n\n"
            "A witness who gave her name as Shirley said the van sped off. She said it had no plates.",
            "it had no plates",
            "Shirley",
        ),
        (
            "Coach Ian Moss praised his players.\n\n"
            "A supporter who gave his name only as Dev had queued since dawn. He said he had never missed a final.",
            "he had never missed",
            "Dev",
        ),
        (
            "Mayor Lena Park said the market would reopen.\n\n"
            "A trader who asked to be identified only as Pip was packing up. She said trade had halved.",
            "trade had halved",
            "Pip",
        ),
        (
            "Chief Rita Moss said the search would go on.\n\n"
            "A fisherman who gave his name only as Mo waited on the dock. He said the boat had left at dawn.",
            "the boat had left",
            "Mo",
        ),
        (
            "Minister Ola Brandt defended the cuts.\n\n"
            "A nurse who asked to be identified only by her first name, Tash, was finishing a night shift. She said the ward was short of staff.",
            "the ward was short",
            "Tash",
        ),
        (
            "Senator Leo Varga visited the camp.\n\n"
            "A resident known only as Nan showed him the tents. She said the winter would be hard.",
            "the winter would be",
            "Nan",
        ),
        (
            "Councillor Dale Fenn opened the food bank.\n\n"
            "A pensioner who gave her name only as Dot was first in the queue. She said her pension ran out every month.",
            "her pension ran out",
            "Dot",
        ),
        (
            "Principal Tessa Blum closed the school.\n\n"
            "A parent who gave her name only as Mags was waiting at the gate. She said nobody had warned the families.",
            "nobody had warned the",
            "Mags",
        ),
        (
            "Governor Paul Ashby toured the flood zone.\n\n"
            "A farmer who gave his name only as Taz stood on his roof. He said the water rose in an hour.",
            "the water rose in",
            "Taz",
        ),
    ],
)
def test_a_name_given_in_a_clause_names_the_described_person(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("a retired postal worker who gave her name only as Bev sat", 23, ("Bev", "female")),
        ("A trucker who gave only his first name, Arjun, slept", 9, ("Arjun", "male")),
        ("A volunteer, identified only as Marco, said", 11, ("Marco", None)),
        (
            "a nurse who asked to be identified only by her first name, Dana, said",
            7,
            ("Dana", "female"),
        ),
        ("a nurse who asked not to be named said", 7, None),
        ("a nurse who gave her name to police said", 7, None),
    ],
)
def test_name_given_reads_the_clause_of_naming(
    text: str, end: int, expected: tuple[str, str | None] | None
) -> None:
    assert name_given(text, 0, end) == expected
