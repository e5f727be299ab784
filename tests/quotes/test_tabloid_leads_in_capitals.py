# ruff: noqa: E501 (one invented sentence per line)
"""Tabloid leads in capitals: ``A GRANDMOTHER who scooped the Lotto says ...``.

The capitals that open a tabloid lead are a description written for show,
not a name: the description is the subject of the lead's verb of saying and
is named as the person the next sentence names.  An acronym (``The NHS
said``) keeps its capitals.  Invented paragraphs through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of

from newsparse.builtin.quotes.lead_case import lead_in_lower_case


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "A GRANDFATHER who scooped £2 million on the Lotto says he will keep driving his bus.\n\n"
            "Terry Babb, 66, from Hull, matched all six numbers on Saturday.",
            "he will keep driving his bus",
            "Terry Babb",
        ),
        (
            "A MUM who won a dream house in a charity raffle says she will sell it to pay off her debts.\n\n"
            "Kerry Lowe, 34, from Swindon, bought the ticket on a whim.",
            "she will sell it",
            "Kerry Lowe",
        ),
        (
            "A PENSIONER who fought off a mugger with her Brolly says she would do it again.\n\n"
            "Ivy Stokes, 88, from Leeds, was walking home from bingo.",
            "she would do it again",
            "Ivy Stokes",
        ),
        (
            "A SCHOOLBOY who found a Roman coin in the Garden says he will give it to the museum.\n\n"
            "Alfie Dunn, 11, from Colchester, was digging for worms.",
            "he will give it to the museum",
            "Alfie Dunn",
        ),
        (
            "A DAD who rescued three swimmers off the Pier says anyone would have done the same.\n\n"
            "Craig Holt, 41, from Blackpool, dived in fully clothed.",
            "anyone would have done the same",
            "Craig Holt",
        ),
        (
            "A NURSE who won £1 million on the EuroMillions says she will stay on the wards.\n\n"
            "Sandra Okafor, 52, from Leicester, checked her ticket on a night shift.",
            "she will stay on the wards",
            "Sandra Okafor",
        ),
        (
            "A BRIDE who was jilted at the Altar says she has never been happier.\n\n"
            "Chelsea Ward, 29, from Newport, threw the party anyway.",
            "she has never been happier",
            "Chelsea Ward",
        ),
        (
            "A FARMER who grew a record-breaking Marrow says the secret is talking to it.\n\n"
            "Ron Pickles, 73, from Skipton, weighed the monster at 54kg.",
            "the secret is talking to it",
            "Ron Pickles",
        ),
        (
            "A GRANNY who ran the Marathon in a wedding dress says she is already planning the next one.\n\n"
            "Maureen Tate, 79, from Gateshead, crossed the line in six hours.",
            "she is already planning",
            "Maureen Tate",
        ),
        (
            "A TEENAGER who rescued a puppy from the Canal says she only did what was right.\n\n"
            "Lily Shaw, 15, from Wigan, waded in up to her chest.",
            "she only did what was right",
            "Lily Shaw",
        ),
    ],
)
def test_a_tabloid_lead_in_capitals_is_a_description_named_next(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A PLUCKY pensioner fought off a burglar.", "A plucky pensioner fought off a burglar."),
        ("A GRANDMOTHER who won says so.", "A grandmother who won says so."),
        ("The NHS said waiting lists had grown.", "The NHS said waiting lists had grown."),
        ("The BBC reported the fire.", "The BBC reported the fire."),
        ("WASHINGTON — The senator said no.", "WASHINGTON — The senator said no."),
    ],
)
def test_lead_in_lower_case_keeps_acronyms_and_length(text: str, expected: str) -> None:
    assert lead_in_lower_case(text) == expected
    assert len(lead_in_lower_case(text)) == len(text)
