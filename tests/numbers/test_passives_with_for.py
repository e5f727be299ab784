"""A bare number after a passive verb and ``for`` takes the unit of the figure before it."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Chasing 312 runs, the visitors were dismissed for 265 in the 48th over.", 265, "run"),
        ("Needing 180 runs to win, the hosts were bowled out for 152.", 152, "run"),
        ("Set a target of 250 runs, Kent were all out for 198 before tea.", 198, "run"),
        ("A target of 160 runs proved too much as Essex were skittled out for 121.", 121, "run"),
        ("Chasing 275 runs, the tourists were bowled out for 230 in 45 overs.", 230, "run"),
        ("The flat was listed at £450,000 and was eventually sold for 420,000.", 420000, "GBP"),
        ("The bike, bought for $900, was resold for 650 last week.", 650, "USD"),
        ("The estate had been valued at €1.2 million but was sold off for 950,000.", 950000, "EUR"),
        ("The painting, valued at $2 million, was sold for 3.1 million at auction.", 3.1e6, "USD"),
        ("The shares, offered at 120 cents, were snapped up for 135 in early trade.", 135, "cent"),
    ],
)
def test_a_number_after_a_passive_and_for(text: str, value: float, unit: str) -> None:
    assert (float(value), unit) in values_and_units(text)
