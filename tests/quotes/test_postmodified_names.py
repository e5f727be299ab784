"""A name postmodified by a prepositional phrase before its cue: the speaker is the name."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Now, Prosecution on appeal says that the judge erred.", "Prosecution"),
        ("Now, Daniel Ortiz on appeal says that the judge erred.", "Daniel Ortiz"),
        ("Hartwell Mining in a filing said that the permit was valid.", "Hartwell Mining"),
        ("Greenpeace at the summit said that the deal was too weak.", "Greenpeace"),
        ("On Monday, Ortiz in his closing argued that the evidence was thin.", "Ortiz"),
    ],
)
def test_name_with_postmodifier_names_its_head(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Parents at the meeting said the school was too crowded.", "Parents at the meeting"),
        (
            "Residents of the Fairview area say the bus never comes on time.",
            "Residents of the Fairview area",
        ),
    ],
)
def test_description_keeps_its_postmodifier(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]
