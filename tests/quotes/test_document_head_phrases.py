"""A document's reference is its head phrase, without a prepositional complement."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to a filing with the state regulator, the chief will get a bonus.",
            "a filing",
        ),
        (
            "A complaint with the ombudsman said the clinic lost records.",
            "A complaint",
        ),
        (
            "According to a complaint with the county court, the landlord kept the deposits.",
            "a complaint",
        ),
        (
            "According to a filing in federal court, the firm owes $4 million.",
            "a filing",
        ),
        (
            "According to a lawsuit in provincial court, the landlord kept the deposits.",
            "a lawsuit",
        ),
    ],
)
def test_document_keeps_its_head_phrase(fast_quotes: QuoteRows, text: str, speaker: str) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]


def test_document_named_with_of_keeps_its_complement(fast_quotes: QuoteRows) -> None:
    text = "According to a statement of claim, the builder ignored three warnings."
    assert [name for _quote, name in fast_quotes(text)] == ["a statement of claim"]
