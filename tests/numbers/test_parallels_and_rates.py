"""Words that begin like a denominator, bare numbers parallel to a count, rates and ages."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Kenyan crossed the line 4 seconds ahead of her rival.", 4, "second"),
        ("The champion sits 11 points ahead of the chasing pack.", 11, "point"),
        ("Our bus arrived 20 minutes ahead of schedule.", 20, "minute"),
        ("She closed out her win 3 strokes ahead.", 3, "stroke"),
        ("The Greens polled 6% ahead of the Liberals.", 6, "percentage"),
        ("The leader is now 2 laps ahead of everybody.", 2, "lap"),
        ("Work on the bridge is 5 months ahead of plan.", 5, "month"),
        ("The yacht was 12 miles ahead when the wind dropped.", 12, "mile"),
        ("Bids came in $4 million ahead of the reserve.", 4_000_000, "USD"),
        ("The home side went 2 goals ahead before the break.", 2, "goal"),
        ("Sales ran 8 per cent ahead of forecasts.", 8, "percentage"),
    ],
)
def test_ahead_is_no_denominator(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit
