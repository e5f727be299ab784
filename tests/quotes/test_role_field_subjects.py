# ruff: noqa: E501 (one invented sentence per line)
"""An institution, a role with its field after ``of``, and a name: the person speaks.

Every sentence is invented.  ``Harlow Mining vice-president of operations Anil
Chaudhry apologized and said`` has Anil Chaudhry as its subject, not the
institution that opens it, also when the reporting verb is the second of two.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harlow Mining vice-president of operations Anil Chaudhry apologized to residents and said the company had no spare truck.",
            "Anil Chaudhry",
        ),
        (
            "Brightwater Health director of communications Lise Arbour met the families on Monday and said the ward would reopen.",
            "Lise Arbour",
        ),
        (
            "Kestrel Air head of customer service Tom Reyes thanked passengers for their patience and said refunds would be paid within a week.",
            "Tom Reyes",
        ),
        (
            "Northgate Transit manager of planning Ada Quill toured the new depot and said buses would run every ten minutes.",
            "Ada Quill",
        ),
        (
            "Valemount Foods vice-president of supply Grace Liang visited the plant and said no other products were affected.",
            "Grace Liang",
        ),
    ],
)
def test_a_role_with_its_field_introduces_the_person_named_after_it(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)] == [speaker]
