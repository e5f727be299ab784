"""A bare number after ``including`` counts the noun of the count it is part of.

``2.3 million Australians ..., including 460,000 whose passports were
taken``: the part after ``, including`` (or ``among them``) names part of
the things counted before, keeping its own scale.  Every sentence here is
invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import quantities


def units(text: str) -> list[tuple[object, str | None]]:
    return [(c.value, c.unit) for c in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 2,000 workers lost their jobs, including 400 in Ohio.", (400.0, "worker")),
        (
            "About 1.4 million customers lost power, including 310,000 whose meters failed.",
            (310000.0, "customer"),
        ),
        ("The storm felled 900 trees, including 120 that lined the avenue.", (120.0, "tree")),
        ("Police made 86 arrests, including 12 for assault.", (12.0, "arrest")),
        ("The airline cancelled 640 flights, including about 90 to Asia.", (90.0, "flight")),
        ("The fire destroyed 75 homes, including 30 built last year.", (30.0, "home")),
        (
            "The census found 3.1 million renters, among them 800,000 who share a flat.",
            (800000.0, "renter"),
        ),
        ("The school enrolled 1,150 pupils, including nearly 200 from abroad.", (200.0, "pupil")),
        ("Inspectors visited 410 farms, including 55 with dairy herds.", (55.0, "farm")),
        ("The band sold 52,000 tickets, including 6,000 for the final night.", (6000.0, "ticket")),
    ],
)
def test_part_after_including(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm earned $3 million, including 400 from fees.", (400.0, None)),
        ("Prices rose 4%, including 2 in May.", (4.0, "percentage")),
    ],
)
def test_no_count_before(text: str, expected: tuple[float, str | None]) -> None:
    assert expected in units(text)
