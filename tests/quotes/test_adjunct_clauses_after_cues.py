"""A clause of time or reason right after a cue that closes a report is the cue's adjunct."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plant will close next spring, the company said Wednesday as it reported a loss.",
            ("The plant will close next spring", "the company"),
        ),
        (
            "Fares will rise by 5 per cent, the agency said Friday because fuel costs had doubled.",
            ("Fares will rise by 5 per cent", "the agency"),
        ),
        (
            "The mill will hire 80 workers, the owner said as she unveiled the new line.",
            ("The mill will hire 80 workers", "the owner"),
        ),
        (
            "Two branches will shut in June, the bank said Tuesday as it posted weaker profits.",
            ("Two branches will shut in June", "the bank"),
        ),
        (
            "The tunnel will open by autumn, the premier said while she toured the site.",
            ("The tunnel will open by autumn", "the premier"),
        ),
    ],
)
def test_clause_of_time_after_a_closing_cue_is_no_content(
    fast_quotes: QuoteRows, text: str, expected: tuple[str, str]
) -> None:
    assert fast_quotes(text) == [expected]
