"""A cue in ``-s`` after a quantifying adjective or an adjective in ``-ous`` is a plural noun."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    "text",
    [
        "In his new role as governor, Hendricks issued numerous decrees on water use.",
        "During the campaign, Alvarez made various claims.",
        "Over the years, the union made countless promises.",
        "At the hearing, Hendricks faced serious claims.",
        "In her statement, Alvarez repeated previous claims.",
    ],
)
def test_plural_noun_after_adjective_reports_nothing(fast_quotes: QuoteRows, text: str) -> None:
    assert fast_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Numerous residents say the road is unsafe.", "Numerous residents"),
        ("The famous chef claims the recipe is his.", "The famous chef"),
        ("Various groups have argued that the tax is unfair.", "Various groups"),
    ],
)
def test_verb_after_a_subject_with_such_an_adjective_still_reports(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]
