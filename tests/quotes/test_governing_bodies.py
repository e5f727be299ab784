# ruff: noqa: E501 (one invented sentence per line)
"""A description of the body that governs an institution is no institution.

Every sentence is invented.  ``the library board`` and ``the museum's board``
govern an institution the article named; they are not it, and keep their
words when the article names no such board.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Westfield branch of the Coldbrook Public Library will close on Saturdays, the library board said.",
            "the library board",
        ),
        (
            "The Harbourfront Maritime Museum will cut its hours this winter, the museum’s board said on Monday.",
            "the museum’s board",
        ),
        (
            "Parents at Linden Grove Public School were told of the outbreak on Friday.\n\nThe school board said classes would move online for a week.",
            "The school board",
        ),
        (
            "After 40 years, the Eastgate Community Theatre will stage its last play in May, the theatre board said.",
            "the theatre board",
        ),
        (
            "Fees at the Norland Regional Hospital parking garage will rise, the hospital’s board of trustees said. The hospital’s board said the money would pay for repairs.",
            "The hospital’s board",
        ),
    ],
)
def test_a_governing_body_is_not_the_institution_it_governs(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]
