# ruff: noqa: E501 (one invented sentence per line)
"""Names a described person gives: ``a retired postal worker who gave her name only as Bev``.

A relative clause of giving or asking to be identified by a name, or a
participle phrase of identifying (``known only as Nan``) or an apposition
that names (``, a retired school principal named Walter Huang,``), names the person
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


# -- an apposition that names: ``, a retired school principal named Walter Huang,`` ----------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The food bank’s director, a retired school principal named Walter Huang, says demand has doubled.",
            "demand has doubled",
            "Walter Huang",
        ),
        (
            "The shelter’s manager, a former nurse named Rosa Alvarez, said every bed was taken by 9 p.m.",
            "every bed was taken by 9 p.m",
            "Rosa Alvarez",
        ),
        (
            "The farm’s owner, a third-generation grower named Dale Fenn, says the frost took half the crop.",
            "the frost took half the crop",
            "Dale Fenn",
        ),
        (
            "The club’s treasurer, a retired banker named Hal Brent, said the books had been balanced for the first time in a decade.",
            "the books had been balanced fo",
            "Hal Brent",
        ),
        (
            "The clinic’s only doctor, a young physician named Priya Nandakumar, says she sees 60 patients a day.",
            "she sees 60 patients a day",
            "Priya Nandakumar",
        ),
        (
            "The bakery’s founder, a former engineer named Leo Varga, said the ovens ran around the clock.",
            "the ovens ran around the clock",
            "Leo Varga",
        ),
        (
            "The ferry’s captain, a veteran mariner named Mick Tully, said the crossing was the roughest he had seen.",
            "the crossing was the roughest ",
            "Mick Tully",
        ),
        (
            "The library’s head, a longtime teacher named Gwen Tallis, says the branch lends more laptops than books.",
            "the branch lends more laptops ",
            "Gwen Tallis",
        ),
        (
            "The rink’s caretaker, a retired firefighter named Sean Tully, said the ice had cracked twice this winter.",
            "the ice had cracked twice this",
            "Sean Tully",
        ),
        (
            "The mosque’s imam, a soft-spoken father of four named Omar Haddad, said the doors would stay open all night.",
            "the doors would stay open all ",
            "Omar Haddad",
        ),
        (
            "The school’s principal, a former hockey coach named Ian Moss, says attendance has never been higher.",
            "attendance has never been high",
            "Ian Moss",
        ),
    ],
)
def test_an_apposition_that_names_names_the_description(
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
