"""``Furious Derek told the Clarion``: an adjective opening a sentence is no part of a name.

A tabloid writes an adjective before a person's first name at a sentence's
start, capitalised like a name; a word English uses only as an adjective
(the lexicon's ``adjectives``, from WordNet) before a given name is left out
of the name, so the first name names the person introduced in full.
Invented sentences through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of

import newsparse


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Derek Pottinger, 71, has been told to take down his garden gnome.\n\n"
            "Furious Derek told the Daily Clarion: “It is not hurting anyone.”",
            "It is not hurting",
            "Derek Pottinger",
        ),
        (
            "Sheila Marsh, 64, lost her prize marrow to slugs overnight.\n\n"
            "Heartbroken Sheila said: “I had been feeding it for months.”",
            "I had been feeding",
            "Sheila Marsh",
        ),
        (
            "Joan Brennan, 90, wore a bikini to her own birthday party.\n\n"
            "Delighted Joan said: “I have never felt better.”",
            "I have never felt",
            "Joan Brennan",
        ),
        (
            "Priya Nandakumar won £2 million on a scratchcard bought with her change.\n\n"
            "Ecstatic Priya told reporters: “I nearly threw it away.”",
            "I nearly threw it",
            "Priya Nandakumar",
        ),
        (
            "Terry Hodge, 58, was fined £100 for feeding pigeons.\n\n"
            "Livid Terry said: “They are my only friends.”",
            "They are my only",
            "Terry Hodge",
        ),
        (
            "Gemma Lyle lost her wedding ring in the sea at Brighton.\n\n"
            "Frantic Gemma said: “I searched for six hours.”",
            "I searched for six",
            "Gemma Lyle",
        ),
        (
            "Dave Mullins, 45, found a lobster in his garden pond.\n\n"
            "Stunned Dave said: “I have no idea how it got there.”",
            "I have no idea",
            "Dave Mullins",
        ),
        (
            "Mick Tully, 67, saw his allotment shed blown into the river.\n\n"
            "Distraught Mick said: “Forty years of tools, gone.”",
            "Forty years of tools,",
            "Mick Tully",
        ),
        (
            "Kayla Brennan was crowned queen of the village carnival.\n\n"
            "Proud Kayla said: “My nan cried all day.”",
            "My nan cried all",
            "Kayla Brennan",
        ),
        (
            "Amy Fulton, 31, ran the marathon dressed as a fridge.\n\n"
            "Exhausted Amy said: “I could not see my own feet.”",
            "I could not see",
            "Amy Fulton",
        ),
        (
            "Lena Voss, 29, was jilted at the altar on Saturday.\n\n"
            "Tearful Lena said: “He texted me from the airport.”",
            "He texted me from",
            "Lena Voss",
        ),
    ],
)
def test_an_adjective_before_a_first_name_is_no_part_of_it(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


def test_the_recogniser_leaves_the_adjective_out() -> None:
    text = "Furious Derek told the Daily Clarion he would appeal."
    doc = newsparse.Pipeline("fast")(text)
    people = [text[e.start : e.end] for e in doc.layer("entities") if e.label == "PERSON"]
    assert people == ["Derek"]


def test_a_name_that_is_also_an_adjective_stays_a_name() -> None:
    text = "Sandy Lowe told the Daily Clarion she would appeal."
    doc = newsparse.Pipeline("fast")(text)
    people = [text[e.start : e.end] for e in doc.layer("entities") if e.label == "PERSON"]
    assert people == ["Sandy Lowe"]
