"""A classifier noun and its kind after a number: ``12,000 head of cattle``.

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
        ("The station carries 8,500 head of cattle.", (8500.0, "head of cattle")),
        ("Ranchers moved 2,000 head of sheep to higher ground.", (2000.0, "head of sheep")),
        ("Flooding killed 300 head of livestock.", (300.0, "head of livestock")),
        ("The auction sold 640 head of dairy cows.", (640.0, "head of dairy cow")),
        ("About 90 head of goats were stolen.", (90.0, "head of goat")),
        ("The herd grew to 1,100 head of buffaloes.", (1100.0, "head of buffalo")),
        ("Officials culled 45 head of deer.", (45.0, "head of deer")),
        (
            "Drought forced the sale of 15,000 head of cattle, and another 4,000 went later.",
            (4000.0, "head of cattle"),
        ),
        ("The co-op bought 260 head of pigs last week.", (260.0, "head of pig")),
        ("Some 70 head of horses grazed the common.", (70.0, "head of horse")),
    ],
)
def test_classifier_and_kind(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text)


def test_head_of_a_body_is_no_classifier() -> None:
    assert (6.0, "foot") in units("He is 6 feet tall and the head of sales.")
