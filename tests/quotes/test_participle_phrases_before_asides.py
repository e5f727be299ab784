# ruff: noqa: E501 (one invented sentence per line)
"""A subject with a participle phrase before an aside: ``A young mother holding a baby on her hip, who ..., said``.

A description that opens a participle phrase (its object and a complement)
is the subject up to the comma that opens a relative clause set off before
the verb of saying; the report after the verb is found, and said by the
described person.  Invented paragraphs through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Mayor Ana Ruiz promised the water would be back on Friday.\n\n"
            "A young mother holding a baby on her hip, who gave her name only as Thandi, said she had heard that before.",
            "she had heard that before",
            "Thandi",
        ),
        (
            "The club apologised for the delays at the gates.\n\n"
            "A man carrying a flag over his shoulder, who gave his name only as Big Al, said the queues were a disgrace.",
            "the queues were a disgrace",
            "Big Al",
        ),
        (
            "Shares in the retailer fell 12 per cent.\n\n"
            "A trader watching the screens on the floor, who asked to be identified only as Jun, said the sell-off was overdone.",
            "the sell-off was overdone",
            "Jun",
        ),
        (
            "The council closed the library for repairs.\n\n"
            "A pensioner clutching a stack of books in both arms, who gave her name only as Mabel, said the library was her lifeline.",
            "the library was her lifeline",
            "Mabel",
        ),
        (
            "Police cordoned off the street after the blast.\n\n"
            "A shopkeeper sweeping glass from the pavement, who gave his name only as Hamid, said the windows had shattered at dawn.",
            "the windows had shattered at dawn",
            "Hamid",
        ),
        (
            "The airline cancelled forty flights on Monday.\n\n"
            "A woman sitting on her suitcase by the gate, who gave her name only as Ines, said nobody had told the passengers anything.",
            "nobody had told the passengers",
            "Ines",
        ),
        (
            "The striker signed autographs for an hour.\n\n"
            "A boy holding a signed shirt above his head, who gave his name only as Kai, said it was the best day of his life.",
            "it was the best day of his life",
            "Kai",
        ),
        (
            "Floodwater reached the market square overnight.\n\n"
            "A farmer leading two goats through the water, who gave his name only as Bongani, said the river had never risen so fast.",
            "the river had never risen so fast",
            "Bongani",
        ),
        (
            "The clinic opened its doors at 7 a.m.\n\n"
            "A nurse pushing a trolley down the corridor, who gave her name only as Sade, said the waiting room was full by eight.",
            "the waiting room was full by eight",
            "Sade",
        ),
        (
            "Protesters gathered outside parliament on Tuesday.\n\n"
            "A student waving a placard at the gates, who gave her name only as Rosa, said the fees were unaffordable.",
            "the fees were unaffordable",
            "Rosa",
        ),
    ],
)
def test_a_participle_phrase_before_an_aside_belongs_to_the_subject(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
