"""A verb of evidence after a noun of people postmodified by a place still reports speech."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials in Leeds confirmed the road was closed.",
            ("the road was closed", "Officials in Leeds"),
        ),
        (
            "Nurses in Galway confirmed the ward was full.",
            ("the ward was full", "Nurses in Galway"),
        ),
        (
            "Police in Tralee confirmed they are investigating the theft.",
            ("they are investigating the theft", "Police in Tralee"),
        ),
        (
            "Teachers in Dundee revealed the exams had been leaked.",
            ("the exams had been leaked", "Teachers in Dundee"),
        ),
        (
            "Residents of Kilkee confirmed the water was unsafe to drink.",
            ("the water was unsafe to drink", "Residents of Kilkee"),
        ),
    ],
)
def test_people_in_a_place_confirm(
    fast_quotes: QuoteRows, text: str, expected: tuple[str, str]
) -> None:
    assert fast_quotes(text) == [expected]


def test_evidence_from_a_place_still_reports_nothing(fast_quotes: QuoteRows) -> None:
    assert fast_quotes("The figures from Leeds confirmed the trend was real.") == []
