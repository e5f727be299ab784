"""A participle before the noun after ``per`` is left out of the rate: ``per diluted share``."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Quarterly earnings came to $1.37 per diluted share.", 1.37, "USD per share"),
        ("The lender reported 64 cents per fully diluted share.", 64, "cent per share"),
        ("Adjusted profit was €0.92 per diluted share in the half.", 0.92, "EUR per share"),
        ("The miner paid A$1.10 per issued share as a special dividend.", 1.1, "AUD per share"),
        ("The levy adds $2.50 per sold ticket at the gate.", 2.5, "USD per ticket"),
        ("Hospitals got £310 per occupied bed each night.", 310, "GBP per bed"),
        ("Schools receive R6,200 per enrolled pupil a year.", 6200, "ZAR per pupil"),
        ("The fund spent about $48 per registered voter.", 48, "USD per voter"),
        ("Growers harvested 7.4 tonnes per planted hectare.", 7.4, "metric ton per hectare"),
        ("Insurers paid out C$5,400 per insured vehicle after the hail.", 5400, "CAD per vehicle"),
        ("The plan costs ₹1,250 per covered employee each month.", 1250, "INR per employee"),
    ],
)
def test_a_participle_after_per_is_left_out(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit
