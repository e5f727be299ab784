# ruff: noqa: E501 (one invented sentence per line)
"""An appositive naming a person after an age is the subject's name.

Every sentence is invented.  ``One of the victims, 78-year-old Edna Sawchuk,
told reporters she ...``: the age before the name opens the appositive as a
role noun does (``retired teacher Evelyn Nakamura``), and the reported clause
after the cue is found.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Outside court, one of the victims, 78-year-old Edna Vark, told reporters she had waited three years for the sentence.",
            "she had waited three years for the sentence",
            "Edna Vark",
        ),
        (
            "One of the passengers, 34-year-old Tomas Reid, told the inquiry he never heard an alarm.",
            "he never heard an alarm",
            "Tomas Reid",
        ),
        (
            "The youngest runner, 15-year-old Mia Castell, told CBC News she trained on gravel roads.",
            "she trained on gravel roads",
            "Mia Castell",
        ),
        (
            "After the vote, a longtime resident, 81-year-old Harold Bex, told council the bridge had always flooded.",
            "the bridge had always flooded",
            "Harold Bex",
        ),
        (
            "Her neighbour, 52-year-old Dina Orsolo, told police she saw a grey van.",
            "she saw a grey van",
            "Dina Orsolo",
        ),
    ],
)
def test_an_age_before_the_name_opens_an_appositive(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in fast_quotes(text)
