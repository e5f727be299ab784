# ruff: noqa: E501 (one invented sentence per line)
"""Speakers and contents of reported speech, by linguistic class.

Every sentence is invented.  Each class names the shape of the sentence, never
its words: a person's affiliation written as an institution noun and a name
in apposition (``of the group Clean Shores``) is no speaker.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Organizer Ben Hale of the group Clean Harbour Now said the beach was filthy.", "Ben Hale"),
        ("Nurse Ada Quill with the charity Warm Hands said the shelters were full.", "Ada Quill"),
        ("Analyst Rolf Ingram at the research firm Kessler Partners said prices would fall.", "Rolf Ingram"),
        ("Coach Ivo Brandt of the youth league Northside United said the fields were unsafe.", "Ivo Brandt"),
        ("Rider advocate Nell Okafor of the group Transit Forward said the fares were too high.", "Nell Okafor"),
    ],
)
def test_a_name_apposed_to_an_institution_noun_is_the_affiliation(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker
