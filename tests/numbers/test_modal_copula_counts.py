"""A figure predicted of a plural subject by a modal and ``be`` counts the subject's noun."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[object, str | None]:
    return {c.value: c.unit for c in quantities(text)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The builder said completions would be 4,200 this year.", 4200.0, "completion"),
        ("Officials said arrivals will be about 1.8 million in 2025.", 1_800_000.0, "arrival"),
        (
            "The ministry warned that admissions could be 9,000 to 11,000 over winter.",
            (9000.0, 11_000.0),
            "admission",
        ),
        ("It expects that new listings would be roughly 650 a month.", 650.0, "new listing"),
        ("Analysts reckon shipments will be 310,000, down from 342,000.", 310_000.0, "shipment"),
        (
            "The airline said that daily departures should be 1,450 by the summer.",
            1450.0,
            "daily departure",
        ),
        (
            "Planners believe that housing starts might be 2,300 in the region.",
            2300.0,
            "housing start",
        ),
        ("The union fears redundancies may be about 700.", 700.0, "redundancy"),
        ("Organisers said entries will be 38,000 for the marathon.", 38_000.0, "entry"),
        ("The board forecast that applications would be 5,600 next term.", 5600.0, "application"),
    ],
)
def test_a_figure_after_a_plural_subject_and_a_modal_be_counts_the_noun(
    text: str, value: object, unit: str
) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The twins will be 12 in May.", 12.0),
        ("Prices would be 300 under the plan.", 300.0),
    ],
)
def test_an_age_or_a_measured_amount_counts_nothing(text: str, value: float) -> None:
    assert _units(text)[value] is None
