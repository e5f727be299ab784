"""A company named with its legal form may follow the content it reports.

Every sentence is invented.  ``Sales fell sharply, Dunmore Foods Inc. said``:
a name of several words that ends with an abbreviated legal form is a
speaker after a comma, while one abbreviated word after a comma is a place
(``of Springfield, Ill.``).
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Quarterly sales fell sharply, Dunmore Foods Inc. said Tuesday.",
            "Quarterly sales fell sharply",
            "Dunmore Foods Inc.",
        ),
        (
            "The mine will reopen in the spring, Kestrel Bay Resources Ltd. said.",
            "The mine will reopen in the spring",
            "Kestrel Bay Resources Ltd.",
        ),
        (
            "Two of its ferries were pulled from service, Tidewater Marine Corp. said on Friday.",
            "Two of its ferries were pulled from service",
            "Tidewater Marine Corp.",
        ),
        (
            "The recall covers about 12,000 heaters, Brightwarm Appliance Co. said.",
            "The recall covers about 12,000 heaters",
            "Brightwarm Appliance Co.",
        ),
        (
            "Its chief executive had resigned, Harrow Street Capital Inc. said late Monday.",
            "Its chief executive had resigned",
            "Harrow Street Capital Inc.",
        ),
        (
            "Fares will rise by five per cent in July, Lakeshore Transit Ltd. said.",
            "Fares will rise by five per cent in July",
            "Lakeshore Transit Ltd.",
        ),
    ],
)
def test_a_company_with_its_legal_form_may_close_the_sentence_it_reports(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]
