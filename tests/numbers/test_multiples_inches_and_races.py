"""Multiplicative predeterminers, inches written ``in`` and races named after their distance.

``more than double the average`` is the multiple 2 (a verb, ``plans to
double the size``, is none); ``in`` glued to a number before a noun is the
inch (``a 6.1in display``); ``m`` before the noun of a race (``the 400m
hurdles``) is metres, not millions.  Every sentence here is invented for
the test.
"""

from __future__ import annotations

import pytest

from .helpers import quantities


def values_and_units(text: str) -> list[tuple[object, str | None]]:
    return [(c.value, c.unit) for c in quantities(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rents in the city are now more than double the national figure.", 2.0),
        ("The bill came to almost double what the council had budgeted.", 2.0),
        ("Her salary is double that of her predecessor.", 2.0),
        ("The new terminal is nearly triple the size of the old one.", 3.0),
        ("Attendance was roughly double the previous year's.", 2.0),
        ("Costs have risen to close to double the original estimate.", 2.0),
        ("The fine was well over double what the court usually imposes.", 2.0),
        ("The queue was about triple its usual length.", 3.0),
        ("Output is quadruple what it was a decade ago.", 4.0),
        ("Fees are now just over double those of rival clinics.", 2.0),
    ],
)
def test_predeterminer_multiple(text: str, value: float) -> None:
    assert (value, "count") in values_and_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council plans to double the size of the depot.",
        "New hires will double the team's output.",
        "They want to triple their market share.",
        "She ordered a double espresso.",
        "The band played a double bill.",
        "Noise at the site reached more than double the 80 decibels allowed.",
    ],
)
def test_verb_or_adjective_is_no_multiple(text: str) -> None:
    assert (2.0, "count") not in values_and_units(text)
    assert (3.0, "count") not in values_and_units(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The handset has a 6.1in display and a glass back.", 6.1),
        ("Shoppers queued for a 55in television at half price.", 55.0),
        ("The tablet's 10.9in screen is brighter than before.", 10.9),
        ("A 65in set now costs less than a laptop.", 65.0),
        ("The laptop comes with a 13.3in panel.", 13.3),
        ("The storm left 4in snow drifts on the hills.", 4.0),
        ("The studio uses a 12in turntable.", 12.0),
        ("Each unit has a 2.5in drive bay.", 2.5),
        ("He bought a 32in monitor for the office.", 32.0),
        ("The 6.7in-wide phone barely fits a pocket.", 6.7),
    ],
)
def test_inches_written_in(text: str, value: float) -> None:
    assert (value, "inch") in values_and_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 5% in the quarter.",
        "The team won 3-1 in the final.",
        "He arrived at 6 in the morning.",
    ],
)
def test_preposition_in_is_no_inch(text: str) -> None:
    assert all(unit != "inch" for _, unit in values_and_units(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lomu won the 400m hurdles in a national record.", 400.0),
        ("She cruised through the 200m heats on Tuesday.", 200.0),
        ("The 60m hurdles opened the indoor meet.", 60.0),
        ("Both 800m heats were won by Kenyans.", 800.0),
        ("She skipped the 100m hurdles to rest an ankle.", 100.0),
        ("He qualified fastest for the 100m finals.", 100.0),
        ("The 110m hurdles final was delayed by rain.", 110.0),
        ("He reached the 1500m finals for the first time.", 1500.0),
        ("Two swimmers were disqualified in the 50m breaststroke semifinals.", 50.0),
        ("The 800m semi-finals start at noon.", 800.0),
    ],
)
def test_race_distance_is_metres(text: str, value: float) -> None:
    assert (value, "metre") in values_and_units(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The app has 400m users worldwide.", 4e8, "user"),
        ("The firm sold 2m phones last year.", 2e6, "phone"),
        ("The wall is 3m high.", 3.0, "metre"),
    ],
)
def test_other_m(text: str, value: float, unit: str) -> None:
    assert (value, unit) in values_and_units(text)
