"""A compared number whose noun opens a reduced relative counts the noun compared with.

``added 256,000 jobs, far above the 160,000 economists had forecast``: the
plural noun after the number is the subject of a relative clause ending in
a participle, so the number takes the noun of the figure it is set against.
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
        (
            "Firms hired 41,000 workers, short of the 55,000 analysts had predicted.",
            (55000.0, "worker"),
        ),
        (
            "The park drew 8,200 visitors, well above the 6,000 organisers had hoped.",
            (6000.0, "visitor"),
        ),
        ("Builders started 1,300 homes, below the 1,450 economists expected.", (1450.0, "home")),
        ("The shelter took in 96 dogs, past the 80 keepers had planned.", (80.0, "dog")),
        ("Voters returned 212 seats, ahead of the 190 pollsters had forecast.", (190.0, "seat")),
        (
            "The airline flew 3,100 passengers, beyond the 2,500 managers had budgeted.",
            (2500.0, "passenger"),
        ),
        (
            "The appeal raised 640 pledges, versus the 500 volunteers had targeted.",
            (500.0, "pledge"),
        ),
        (
            "Retailers added 12,400 jobs, compared with the 9,000 forecasters had estimated.",
            (9000.0, "job"),
        ),
        ("Factories shed 7,000 jobs, against the 4,000 economists had feared.", (4000.0, "job")),
        (
            "The club sold 30,000 shirts, above the 25,000 executives had projected.",
            (25000.0, "shirt"),
        ),
    ],
)
def test_reduced_relative_after_compared_number(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Above the 160 analysts who met, 12 dissented.", (160.0, "analyst")),
        ("The 40 economists surveyed expect a cut.", (40.0, "economist")),
    ],
)
def test_counted_noun_kept(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text)
