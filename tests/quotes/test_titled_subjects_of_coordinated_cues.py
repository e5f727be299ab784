"""A title with its field before a name opens the subject a coordinated cue shares.

``Opposition housing spokesman Cian Halligan accused ... and claimed ...``:
the party or institution, lower-case words of the role's field, and the role
word (or a role title in capitals: ``Labour MP``) introduce the person named
after them, who is the subject the second verb of saying shares, not the
party word that opens the clause.  Every sentence is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Opposition finance spokeswoman Maria Quinlan attacked the budget and said the"
            " tax cuts would not reach renters.",
            "the tax cuts would not reach renters",
            "Maria Quinlan",
        ),
        (
            "Green Party transport critic Adam Fenwick visited the depot and claimed the"
            " buses were years overdue for repair.",
            "the buses were years overdue for repair",
            "Adam Fenwick",
        ),
        (
            "Opposition health spokesman Donal Keary accused the minister of dithering"
            " and claimed the waiting lists had doubled.",
            "the waiting lists had doubled",
            "Donal Keary",
        ),
        (
            "Liberal health critic Joan Ashby toured the ward and warned that nurses were"
            " leaving faster than they could be hired.",
            "that nurses were leaving faster than they could be hired",
            "Joan Ashby",
        ),
        (
            "Conservative MP Peter Quayle questioned the minister and said the contract"
            " should be tendered again.",
            "the contract should be tendered again",
            "Peter Quayle",
        ),
    ],
)
def test_titled_subject_is_shared_by_a_coordinated_cue(
    text: str, content: str, speaker: str, fast_quotes: QuoteRows
) -> None:
    assert (content, speaker) in fast_quotes(text)
