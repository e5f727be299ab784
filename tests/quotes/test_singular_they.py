# ruff: noqa: E501 (one invented sentence per line)
"""Singular ``they``: a person of no stated sex whom the article calls ``they``.

Every sentence is invented.  After a quotation, ``they said`` continues the
person who spoke last in the paragraph (or in the paragraph before, when the
quotation opens its own), a person whose sex the article never tells, when no
group or institution was spoken of after that person.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Harbour Trust said it would sell the pier.\n\nSorrel Dunmore-Pike, who organizes the tenants, said the vote would be close. “Count every hand,” they said.",
            "Sorrel Dunmore-Pike",
        ),
        (
            "Velmont Mining said the shaft would reopen in May.\n\nRennick Oyelaran-Voss, a union steward, said the crews had not been told.\n\n“We read it in the paper,” they said.",
            "Rennick Oyelaran-Voss",
        ),
        (
            "The Lakeside Arts Council said the grant was cut.\n\nIn an interview, Quill Ambersley said the troupe would tour anyway. “We have a van,” they said.",
            "Quill Ambersley",
        ),
        (
            "Northgate Transit said fares would rise in June.\n\nOaklen Baptiste-Ruiz, who rides the route daily, said the bus was already full. “Nobody can sit down,” they said, laughing.",
            "Oaklen Baptiste-Ruiz",
        ),
        (
            "The Brightwater Co-operative said the store would close.\n\nJorvi Okonjo-Hale, a volunteer, said the shelves were empty. “We gave away the last bread,” they said.",
            "Jorvi Okonjo-Hale",
        ),
    ],
)
def test_they_after_a_quotation_continues_the_person_who_spoke(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Organizer Sorrel Dunmore-Pike said the tenants’ association would meet.\n\nThe association’s members voted Monday. “We won,” they said.",
            "Sorrel Dunmore-Pike",
        ),
    ],
)
def test_a_group_subject_after_the_person_keeps_they(text: str, speaker: str) -> None:
    assert last_speaker(text) != speaker
