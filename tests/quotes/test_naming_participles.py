"""A noun named by a participle of naming and a quoted title: a name, not a report."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    "text",
    [
        "One of the works shown at the museum this year was the Frida Kahlo portrait called"
        ' "Two Sisters" from 1939.',
        'The band released a new album called "Night Roads" in March.',
        'The council approved a housing plan dubbed "Green Corridor" by its backers.',
        'Police arrested a man called "Big Tony" after the raid.',
        'The ministry launched a campaign labelled "Safe Streets" last week.',
        'The festival opened with a play called "Harbour Lights" on Friday.',
        'The company sold a drink branded "Sunrise" across the region.',
        'Lena Park also hosts a weekly countdown on Hitline Radio 20 called "Top Twenty".',
        'The firm runs a podcast on Harbour FM called "Money Talks".',
        'The station aired a series from Lagos called "City Lights" last year.',
    ],
)
def test_quoted_title_after_naming_participle_is_no_quote(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert fast_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The council passed the budget, which critics called"
            ' "Robin Hood in Reverse", on Tuesday.',
            '"Robin Hood in Reverse"',
            "critics",
        ),
        (
            'The minister defended the scheme that opponents dubbed "Tax Grab" during the debate.',
            '"Tax Grab"',
            "opponents",
        ),
        ('The minister called it "a historic day".', '"a historic day"', "The minister"),
    ],
)
def test_naming_by_a_speaker_still_reports(
    fast_quotes: QuoteRows, text: str, quote: str, speaker: str
) -> None:
    found = fast_quotes(text)
    assert len(found) == 1
    assert found[0][0].startswith(quote)
    assert found[0][1] == speaker
