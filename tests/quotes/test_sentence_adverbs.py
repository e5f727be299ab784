"""A sentence adverb that opens a sentence is no name: neither a speaker nor an antecedent."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows

from newsparse.builtin.quotes.sentence_adverbs import is_sentence_adverb

_OWNER = "Marco Ruiz ran the bakery for 20 years. "


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            _OWNER + 'Supposedly, his partner begged him to close early, but he replied "We stay'
            ' open until six".',
            '"We stay open until six"',
            "Marco Ruiz",
        ),
        (
            _OWNER + 'Tellingly, his lawyer urged him to settle, but he answered "Not a cent".',
            '"Not a cent"',
            "Marco Ruiz",
        ),
        (
            _OWNER + 'Understandably, his wife asked him to sell, but he said "We have a lease".',
            '"We have a lease"',
            "Marco Ruiz",
        ),
        (
            _OWNER + "Regrettably, his brother refused to lend him money, and he said"
            ' "That is the end of it".',
            '"That is the end of it"',
            "Marco Ruiz",
        ),
        (
            "Dana Ruiz ran the bakery for 20 years. Allegedly, her partner begged her to close"
            ' early, but she replied "We stay open until six".',
            '"We stay open until six"',
            "Dana Ruiz",
        ),
    ],
)
def test_sentence_adverb_is_no_antecedent(
    fast_quotes: QuoteRows, text: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in fast_quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        'Kelly, a nurse at the clinic, said "We are short of staff".',
        'Donnelly, the club\'s captain, said "We played badly".',
    ],
)
def test_name_ending_in_ly_still_speaks(fast_quotes: QuoteRows, text: str) -> None:
    assert fast_quotes(text)[0][1] in ("Kelly", "Donnelly")


@pytest.mark.parametrize(
    ("word", "adverb"),
    [
        ("Allegedly", True),
        ("Ironically", True),
        ("Luckily", True),
        ("Meanwhile", True),
        ("Emily", False),
        ("Connolly", False),
        ("Sicily", False),
        ("Italy", False),
    ],
)
def test_sentence_adverb_class(word: str, adverb: bool) -> None:
    assert is_sentence_adverb(word) is adverb
