"""A tally after a label noun (``the bill 34 votes to 29``) is two counts, no name."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The Senate passed the bill 34 votes to 29 after a long debate.", 34, 29),
        ("Lawmakers rejected the amendment 212 votes to 198 on Tuesday.", 212, 198),
        ("The assembly approved the act 71 votes to 40.", 71, 40),
        ("MPs approved the bill 320 votes to 251, a majority of 69.", 320, 251),
        ("The council adopted the resolution 9 votes to 4 on Monday.", 9, 4),
        ("Delegates adopted the proposition 120 votes to 87 at the conference.", 120, 87),
        ("The House voted the rule 230 votes to 201.", 230, 201),
        ("Councillors rejected the amendment 27 votes to 19 after a heated session.", 27, 19),
        ("The upper house passed Bill 12 votes to 8, officials said.", 12, 8),
        ("Shareholders approved the resolution 88 votes to 12.", 88, 12),
    ],
)
def test_a_tally_with_its_noun_after_a_label_noun(text: str, first: int, second: int) -> None:
    found = values_and_units(text)
    assert (float(first), "vote") in found
    assert (float(second), "vote") in found
