"""A bare change in a clause beside a change in per cent of the same kind of subject."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Detached house prices rose 3.1% in May, while flat prices rose 1.4.", 1.4),
        ("Petrol sales fell 6 per cent, and diesel sales fell 2.5 over the month.", 2.5),
        ("Food exports climbed 8.2 percent to $3 billion, while fuel exports slipped 1.7.", 1.7),
        (
            "Urban wages in the north rose 4.4 per cent, whereas rural wages rose 2.9 last year.",
            2.9,
        ),
        ("Car insurance premiums jumped 12% this year, but home premiums rose 5.", 5),
        ("Adult fares rose 3.5 per cent and child fares fell 1 from January.", 1),
        ("Dairy prices at the auction fell 2.3%, while meat prices gained 0.8 on the day.", 0.8),
        (
            "Online sales grew 14 per cent in the quarter, while store sales shrank 3 and "
            "margins held.",
            3,
        ),
        ("Business loans rose 1.2 per cent, and household loans rose 0.6.", 0.6),
        ("Winter wheat yields dropped 9% on the plains, while spring wheat yields eased 4.", 4),
    ],
)
def test_a_bare_change_beside_a_change_in_per_cent_is_in_per_cent(text: str, value: float) -> None:
    assert _units(text)[value] == "percentage"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Shares in the bank rose 3%, while the index added 12 on Friday.", 12),
        ("Profits rose 5 per cent, and the shares fell 40.", 40),
    ],
)
def test_a_bare_change_of_another_kind_of_subject_stays_bare(text: str, value: float) -> None:
    assert _units(text)[value] is None


def test_a_change_of_a_subject_with_another_head_stays_bare() -> None:
    text = "House prices rose 3% and rents rose 12 in the city."
    assert _units(text)[12] is None
