# ruff: noqa: E501 (one invented sentence per line)
"""``ruling that`` and a clause report a court's decision; ``the ruling`` is a noun.

Every sentence is invented.  A judge's decision is written and reported
like speech (``The court ruled that ...``); the ``-ing`` form, usually the
noun (``The ruling was brief``), is the verb after a comma and before
``that`` and a clause.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The judge dismissed the charge, ruling that the officer had no warrant.",
            "the officer had no warrant",
        ),
        (
            "Justice Ana Pereira ordered a new hearing, ruling that the board misread the evidence.",
            "the board misread the evidence",
        ),
        (
            "The court struck down the bylaw, ruling that it breached the charter.",
            "it breached the charter",
        ),
        (
            "The arbitrator sided with the union, ruling that the layoffs broke the contract.",
            "the layoffs broke the contract",
        ),
        (
            "The judge stayed the charges, ruling that the delay had been unreasonable.",
            "the delay had been unreasonable",
        ),
    ],
)
def test_ruling_that_after_a_comma_reports_the_decision(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The ruling that came down on Friday was brief.",
        "Her lawyer said nothing about the ruling that followed.",
    ],
)
def test_the_ruling_is_a_noun(fast_quotes: QuoteRows, text: str) -> None:
    assert [quote for quote, _ in fast_quotes(text)] in (
        [],
        ["nothing about the ruling that followed"],
    )
