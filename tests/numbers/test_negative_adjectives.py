"""Adjectives of negation in ``un-`` and ``-ed`` stay in the counted noun.

``1,240 unplanned closures`` counts ``unplanned closure``: there is no verb
``unplan``, so the word is an adjective, not a participle.  The participles
of verbs in ``un-`` (``unveiled``, ``united``) and words in ``under-`` are
left out as ``recorded`` is.  Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import quantities


def units(text: str) -> list[tuple[object, str | None]]:
    return [(c.value, c.unit) for c in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trust logged 860 unplanned admissions in May.", (860.0, "unplanned admission")),
        ("Some 4,000 unfunded posts were cut.", (4000.0, "unfunded post")),
        ("Inspectors found 73 unlicensed minicabs at the airport.", (73.0, "unlicensed minicab")),
        ("The survey counted 1,900 unoccupied homes.", (1900.0, "unoccupied home")),
        ("Police seized 14 unregistered firearms.", (14.0, "unregistered firearm")),
        ("There were 52 unexpected deaths on the ward.", (52.0, "unexpected death")),
        ("The clinic treated 310 unvaccinated children.", (310.0, "unvaccinated child")),
        ("Auditors flagged 28 unapproved payments.", (28.0, "unapproved payment")),
        ("The agency listed 9 untested drugs.", (9.0, "untested drug")),
        ("About 600 unemployed graduates applied.", (600.0, "unemployed graduate")),
    ],
)
def test_negative_adjective_kept(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum showed 12 unveiled portraits.", (12.0, "portrait")),
        ("Crews cleared 40 unblocked drains.", (40.0, "drain")),
        ("There are 35 underfunded clinics in the region.", (35.0, "clinic")),
        ("The port handled 200 unloaded containers.", (200.0, "container")),
        ("About 300 united workers marched.", (300.0, "worker")),
    ],
)
def test_participle_left_out(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text)
