"""A bare figure reached by a verb of change counts the plural noun of its subject.

``Burglaries in the district dropped to 212 last year from 305``: the
subject opens with a plural noun and the verb of change after it takes the
figure; nouns of measured amounts (``prices``, ``sales``) count nothing.
Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import quantities


def units(text: str) -> list[tuple[object, str | None]]:
    return [(c.value, c.unit) for c in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The car thefts in the county fell to 480 last year.", (480.0, "car theft")),
        ("Applications rose to 5,000 this year from 3,900.", (3900.0, "application")),
        ("Evictions across the state climbed to 1,320 in March.", (1320.0, "eviction")),
        ("Complaints against the council jumped to 212.", (212.0, "complaint")),
        ("Shootings in the city declined to 95 from 140.", (95.0, "shooting")),
        ("Admissions at the hospital have risen to 7,400.", (7400.0, "admission")),
        ("The strikes dropped to 12 after the deal.", (12.0, "strike")),
        ("Arrests for drink-driving surged to 830 over the holidays.", (830.0, "arrest")),
        ("Bankruptcies in the sector plunged to 64 in 2025.", (64.0, "bankruptcy")),
        ("Visitors to the park grew to 310,000 last summer.", (310000.0, "visitor")),
    ],
)
def test_plural_subject_counted(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices dropped to 212 last year.", 212.0),
        ("Sales fell to 300 in the quarter.", 300.0),
        ("Tesla shares fell to 212 on Monday.", 212.0),
        ("Yields rose to 4.4 on Friday.", 4.4),
    ],
)
def test_measured_subject_counts_nothing(text: str, value: float) -> None:
    assert (value, None) in units(text)
