"""A bare number after a copula of nearness restates the figure before it."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Inflation hit 5%; in the north it was nearer 8.", 8, "percentage"),
        (
            "Officials put turnout at 41 per cent, but observers said it was closer to 30.",
            30,
            "percentage",
        ),
        (
            "Police said 40 people died, though locals say the toll is closer to 70.",
            70,
            "people",
        ),
        ("The dam held 12 metres of water, and at its peak it was nearer to 15.", 15, "metre"),
        (
            "The club says the fee is £20 million, but rivals believe it is more like 30.",
            30_000_000,
            "GBP",
        ),
        (
            "Forecasters expect 80 mm of rain, and in the hills it could be as much as 150.",
            150,
            "millimetre",
        ),
        (
            "Unemployment is 6.2 per cent, but among the young it is as high as 19.",
            19,
            "percentage",
        ),
        (
            "The firm reported 3,000 job cuts, though unions say the real number is closer "
            "to 4,500.",
            4500,
            "job cut",
        ),
        ("Temperatures reached 38C, and in the valley it was closer to 41.", 41, "celsius"),
        (
            "Hospitals treated 260 patients, and doctors said the true count was more like 400.",
            400,
            "patient",
        ),
    ],
)
def test_a_number_after_a_copula_of_nearness_restates_the_figure(
    text: str, value: float, unit: str
) -> None:
    assert _units(text)[value] == unit
