"""A request for something names what is wanted, not what was said.

Every sentence is invented.  ``Residents have called for a crosswalk``,
``The union called for the board to resign``: a verb of requesting with
``for`` takes the thing or the act requested as its object, which is no
reported statement (the Gender Gap Tracker leaves it unannotated too); a
quotation after it is still quoted speech.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the north end have called for a crosswalk near the school.",
        "Both parties called for dialogue between the two governments.",
        "The union called for the board to resign before the next meeting.",
        "Parents are calling for longer library hours on weekends.",
        "The opposition critic called for an independent review of the contract.",
        "Fishers along the coast have long called for a ban on bottom trawling.",
    ],
)
def test_a_request_for_something_reports_no_statement(fast_quotes: QuoteRows, text: str) -> None:
    assert fast_quotes(text) == []


def test_a_quotation_after_a_request_is_still_quoted(fast_quotes: QuoteRows) -> None:
    text = "The senator called for “a full and public accounting” of the spending."
    assert [quote for quote, _ in fast_quotes(text)] != []
