# ruff: noqa: E501 (one invented sentence per line)
"""A government noun refers back to an institution whose name tells no kind.

Every sentence is invented.  ``the department``, ``the ministry`` and ``the
agency`` take only an institution whose name tells its kind, except one named
in their own sentence or the sentence just before, whose name tells none
(``Transport Canada``, ``Parks Canada``).
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The new runway lights were paid for by Transport Canada. The department said in a statement that the work would finish in May.",
            "Transport Canada",
        ),
        (
            "The consular help was arranged by Global Affairs Canada. The department said it was in touch with the family.",
            "Global Affairs Canada",
        ),
        (
            "Inspectors from Parks Canada closed the trail on Monday. The agency said the bridge had rotted through.",
            "Parks Canada",
        ),
        (
            "The survey was run by Statistics Canada, and the agency said the response rate was the lowest on record.",
            "Statistics Canada",
        ),
        (
            "The recall was ordered by Health Canada on Friday. The department said no illnesses had been reported.",
            "Health Canada",
        ),
    ],
)
def test_a_government_noun_takes_an_institution_named_just_before(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)] == [speaker]


def test_a_government_noun_takes_no_institution_of_an_earlier_paragraph(
    fast_quotes: QuoteRows,
) -> None:
    text = "The plant was paid for by Harwick Water Co.\n\nResidents lined up for hours. The department said the tap water was safe."
    assert [name for _, name in fast_quotes(text)] != ["Harwick Water Co."]
