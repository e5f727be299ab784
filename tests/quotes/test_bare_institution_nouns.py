# ruff: noqa: E501 (one invented sentence per line)
"""A capitalised institution noun standing alone is the institution named with it.

Every sentence is invented.  ``Police said`` after ``the Surrey Police
Service`` is that service, as ``Fire officials`` are not: the noun alone
(``Police``, ``Council``) refers to the institution whose name holds it.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Officers from the Halton Regional Police Service were called to the house. Police said the man was 41.",
            "Halton Regional Police Service",
        ),
        (
            "The Brandon Police Service is asking for video.\n\nPolice said the driver did not stop.",
            "Brandon Police Service",
        ),
        (
            "A cyclist was struck on Main Street, the Kelowna Police Department said. He was taken to hospital. Police have not released his name but said he was 52.",
            "Kelowna Police Department",
        ),
        (
            "Two men were arrested after the Thornhill Regional Police raided a warehouse. Police said they seized 40 kilograms of cocaine.",
            "Thornhill Regional Police",
        ),
        (
            "The Dunmore Town Council met on Tuesday night. Council said the arena would reopen in March.",
            "Dunmore Town Council",
        ),
    ],
)
def test_a_bare_institution_noun_is_the_institution_named_with_it(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]


def test_a_bare_institution_noun_with_no_such_institution_keeps_its_word(
    fast_quotes: QuoteRows,
) -> None:
    text = "A cyclist was hurt on Main Street. Police said the driver stayed at the scene."
    assert [name for _, name in fast_quotes(text)] == ["Police"]
