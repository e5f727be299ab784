"""A reading on a scale whose noun comes before the number: ``a magnitude-6.8 quake``.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import quantities


def units(text: str) -> list[tuple[object, str | None]]:
    return [(c.value, c.unit) for c in quantities(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A magnitude-6.8 quake shook the capital before dawn.", 6.8),
        ("The magnitude-7.4 earthquake cut power to the island.", 7.4),
        ("Seismologists recorded a magnitude 5.9 tremor offshore.", 5.9),
        ("A shallow magnitude-4.2 aftershock followed.", 4.2),
        ("The magnitude 8.1 quake triggered a tsunami warning.", 8.1),
        ("Residents felt a magnitude-3.6 tremor on Sunday.", 3.6),
        ("A magnitude 6 quake struck the valley.", 6.0),
        ("The region's last magnitude-7 earthquake was in 1931.", 7.0),
        ("Officials confirmed a magnitude 6.2 event near the dam.", 6.2),
        ("A strong magnitude-5.5 earthquake rattled the border towns.", 5.5),
    ],
)
def test_noun_of_scale_before_number(text: str, value: float) -> None:
    assert (value, "magnitude") in units(text)


@pytest.mark.parametrize(
    "text",
    ["The Magnitude 7 tour starts in May.", "The category 4 hurricane weakened."],
)
def test_no_scale_reading(text: str) -> None:
    assert all(unit != "magnitude" for _, unit in units(text))
