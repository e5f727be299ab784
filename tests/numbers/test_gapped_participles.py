"""A bare number coordinated after a count in the passive, with an irregular participle.

``14 people were killed and 31 hurt``: the second clause leaves the noun and
the auxiliary of the first unsaid, whatever the form of its participle
(``hurt``, ``stolen``, ``sold``).  Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import quantities


def units(text: str) -> list[tuple[object, str | None]]:
    return [(c.value, c.unit) for c in quantities(text)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Police said 9 people were killed and 22 hurt in the crash.", (22.0, "people")),
        ("About 40 cars were damaged and 12 stolen overnight.", (12.0, "car")),
        ("In all, 300 tickets were printed and 280 sold.", (280.0, "ticket")),
        ("Officials said 18 protesters were arrested and 6 held overnight.", (6.0, "protester")),
        ("Some 50 homes were flooded and 8 lost entirely.", (8.0, "home")),
        ("At least 30 sheep were attacked and 11 found dead.", (11.0, "sheep")),
        ("Five officers were shot and two hurt in the raid.", (2.0, "officer")),
        ("Nearly 200 flats were inspected and 45 found unsafe.", (45.0, "flat")),
        ("The club said 600 shares were issued and 590 bought by members.", (590.0, "share")),
        ("Last year 75 boats were seized and 60 sold at auction.", (60.0, "boat")),
        ("Eleven climbers were injured and three struck by falling rock.", (3.0, "climber")),
    ],
)
def test_gapped_irregular_participle(text: str, second: tuple[float, str]) -> None:
    assert second in units(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He scored 14 points and 31 made the squad.", 31.0),
        ("The firm cut 40 jobs and 12 left voluntarily.", 12.0),
    ],
)
def test_no_gap(text: str, value: float) -> None:
    assert (value, "point") not in units(text) and (value, "job") not in units(text)
