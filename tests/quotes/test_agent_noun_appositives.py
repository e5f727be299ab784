# ruff: noqa: E501 (one invented sentence per line)
"""An agent noun before the name of an appositive is a role.

Every sentence is invented.  ``The second witness, fire investigator Luc
Paquin, said ...``: a noun in ``-er``, ``-or``, ``-ist``, ``-ian`` or ``-ee``
after lower-case modifiers is the role of the name that follows, as a listed
role noun is (``retired teacher Evelyn Nakamura``).
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The second witness, fire investigator Marc Paquin, said the door had been forced.",
            "the door had been forced",
            "Marc Paquin",
        ),
        (
            "One of the founders, senior animator Lise Carrow, said the studio had never turned a profit.",
            "the studio had never turned a profit",
            "Lise Carrow",
        ),
        (
            "Another speaker, local historian Ruth Ambler, said the mill was older than the town.",
            "the mill was older than the town",
            "Ruth Ambler",
        ),
        (
            "The next caller, retired surveyor Tom Oakes, said the survey lines were wrong.",
            "the survey lines were wrong",
            "Tom Oakes",
        ),
        (
            "The last witness, night porter Dev Mistry, said the ward was short-staffed that night.",
            "the ward was short-staffed that night",
            "Dev Mistry",
        ),
        (
            "Her replacement, contract translator Ines Vidal, said the documents were incomplete.",
            "the documents were incomplete",
            "Ines Vidal",
        ),
    ],
)
def test_an_agent_noun_before_an_apposed_name_is_its_role(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]
