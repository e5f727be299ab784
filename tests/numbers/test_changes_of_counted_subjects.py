"""A bare change whose subject names a count counts the noun of its ``of`` phrase."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The number of burglaries in the city fell by about 640.", 640, "burglary"),
        ("The total number of registered voters rose by 12,300 this year.", 12_300, "voter"),
        ("The number of food banks climbed by more than 90 in a year.", 90, "food bank"),
        ("Meanwhile the number of asylum claims dropped by 2,150.", 2150, "asylum claim"),
        ("The number of pupils on free meals jumped by 8,400 in a year.", 8400, "pupil"),
        ("The tally of medals grew by 11 on the final day.", 11, "medal"),
        ("The count of wild tigers increased by 75, rangers said.", 75, "wild tiger"),
        (
            "Sales were flat, while the number of stores shrank by 14 over the year.",
            14,
            "store",
        ),
        ("The number of flights from the airport declined by nearly 300.", 300, "flight"),
        ("The number of rough sleepers in Year 2 surveys fell by 212.", 212, "rough sleeper"),
        ("The number of new cases slipped by 35 on Monday.", 35, "new case"),
    ],
)
def test_a_change_of_the_number_of_a_noun_counts_the_noun(
    text: str, value: float, unit: str
) -> None:
    assert _units(text)[value] == unit


def test_a_change_of_a_subject_that_names_no_count_stays_bare() -> None:
    assert _units("The index fell by 212 on Friday.")[212] is None
