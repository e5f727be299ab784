"""A part before a whole determined by a possessive counts the whole's noun."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "part", "unit"),
    [
        ("The Harbour Party took 47 of the legislature's 87 seats.", 47, "seat"),
        ("Rebels control 9 of the country's 14 provinces.", 9, "province"),
        ("Only 3 of the club's 26 players were born locally.", 3, "player"),
        ("Inspectors failed 112 of the city's 740 restaurants last year.", 112, "restaurant"),
        ("Nurses staffed 12 of Parliament's 40 first-aid posts.", 12, "first-aid post"),
        ("The strike shut 31 of the region's 58 schools on Monday.", 31, "school"),
        ("Voters backed 4 of the council's 11 proposals.", 4, "proposal"),
        ("Floods cut off 6 of the island's 19 villages overnight.", 6, "village"),
        ("Bettors picked 5 of the jockey's 7 winners at the meeting.", 5, "winner"),
        ("Auditors queried 17 of the agency's 90 contracts, the report said.", 17, "contract"),
        ("Engineers replaced 8 of the bridges' 20 cables.", 8, "cable"),
    ],
)
def test_a_part_of_a_possessive_whole_counts_its_noun(text: str, part: float, unit: str) -> None:
    assert (float(part), unit) in values_and_units(text)
