"""A generic institution noun with a field before it names only an institution of that field.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("first", "description"),
    [
        ("KORVA", "The social welfare department"),
        ("TALMEX", "The labour department"),
        ("BRINCO", "The housing agency"),
        ("SELVAR", "The transport ministry"),
        ("PAGASA", "The environment agency"),
        ("QUANTO", "The forestry department"),
        ("MIRADA", "The finance ministry"),
        ("NOVEX", "The mines department"),
        ("ZEPHA", "The communications agency"),
        ("DORAN", "The trade ministry"),
    ],
)
def test_a_field_before_a_generic_noun_keeps_an_unrelated_speaker_out(
    fast_quotes: QuoteRows, first: str, description: str
) -> None:
    text = (
        f"{first} said it would hire 200 workers next year.\n\n"
        f"{description} said relief goods were on the way by truck."
    )
    assert speaker_of(fast_quotes(text), "relief goods") == description


def test_a_field_the_institutions_name_holds_takes_it(fast_quotes: QuoteRows) -> None:
    text = (
        "The Department of Social Welfare said it had sent 40 trucks.\n\n"
        "The welfare department said relief goods were on the way by truck."
    )
    assert speaker_of(fast_quotes(text), "relief goods") == "Department of Social Welfare"
