"""Nouns of public bodies (``the authority``, ``the regulator``): the body that spoke last."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Parking fees will rise in April, Coastal Health Services confirmed.\n\n"
            "The health authority said the money would pay for new lighting.",
            "Coastal Health Services",
        ),
        (
            "Bills will rise by 8 per cent, Ofwatch Energy announced on Monday.\n\n"
            "The regulator said suppliers had been warned twice.",
            "Ofwatch Energy",
        ),
        (
            "Two lenders were fined, the Financial Conduct Office confirmed.\n\n"
            "The watchdog said customers had been overcharged for years.",
            "Financial Conduct Office",
        ),
        (
            "Flights were grounded overnight, the Air Safety Bureau said.\n\n"
            "The authority said the radar had failed twice.",
            "Air Safety Bureau",
        ),
        (
            "Three care homes were closed, the Pension Protection Bureau said on Monday.\n\n"
            "The watchdog said residents had been neglected.",
            "Pension Protection Bureau",
        ),
    ],
)
def test_public_body_noun_refers_to_the_body_that_spoke(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _quote, name in fast_quotes(text)][-1] == speaker
