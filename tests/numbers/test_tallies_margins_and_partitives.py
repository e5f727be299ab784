"""The level of a tally, a margin beside a count, and a partitive with a noun of its own.

``2,418 dengue cases ..., taking the tally this season to 19,730``: the
level of a count noun without an ``of`` phrase counts the noun of the count
before it.  ``9,412 votes, 2,300 ahead of her nearest rival``: a margin set
beside a count counts its noun.  ``three deaths, two of them unvaccinated
children``: a partitive followed by a noun phrase counts that noun.  Every
sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import quantities


def units(text: str) -> list[tuple[object, str | None]]:
    return [(round(c.value, 4), c.unit) for c in quantities(text) if isinstance(c.value, float)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The region logged 1,310 flu cases last week, taking the tally to 9,870.",
            (9870.0, "flu case"),
        ),
        ("Police made 44 arrests on Saturday, bringing the total to 310.", (310.0, "arrest")),
        ("The club signed 3 players, taking its tally this window to 11.", (11.0, "player")),
        ("Rescuers found 12 survivors, bringing the count so far to 97.", (97.0, "survivor")),
        (
            "The council approved 85 permits in May, pushing the total this year to 402.",
            (402.0, "permit"),
        ),
        ("She scored 2 goals, taking her tally this season to 23.", (23.0, "goal")),
        (
            "The airline cancelled 140 flights, lifting the total this week to 615.",
            (615.0, "flight"),
        ),
        (
            "Inspectors closed 6 restaurants, bringing their tally to 38, officials said.",
            (38.0, "restaurant"),
        ),
        ("The shelter took in 25 dogs, taking the number this month to 180.", (180.0, "dog")),
        ("Another 300 homes lost power, bringing the total to 5,400 on Tuesday.", (5400.0, "home")),
    ],
)
def test_level_of_tally_counts_earlier_noun(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Police made 44 arrests, bringing the total number of charges to 310.", 310.0),
        ("The club signed 3 players, taking its tally to 11 points.", 11.0),
    ],
)
def test_tally_with_its_own_noun(text: str, level: float) -> None:
    found = units(text)
    assert (level, "arrest") not in found and (level, "player") not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won with 9,412 votes, 2,300 ahead of her nearest rival.", (2300.0, "vote")),
        ("The party took 54 seats, 9 ahead of its nearest challenger.", (9.0, "seat")),
        ("He polled 12,880 votes, 410 behind the winner.", (410.0, "vote")),
        ("The team won 21 games, 4 clear of their rivals.", (4.0, "game")),
        ("The school enrolled 1,210 pupils, 90 short of its target.", (90.0, "pupil")),
        ("The firm sold 8,400 cars, 600 behind its main competitor.", (600.0, "car")),
        ("Labour won 311 seats, 56 ahead of the Conservatives.", (56.0, "seat")),
        ("The striker has 19 goals, 3 clear of his teammate.", (3.0, "goal")),
        ("The candidate drew 48,210 votes, about 1,900 ahead of the incumbent.", (1900.0, "vote")),
        ("The petition got 31,000 signatures, 2,000 short of its goal.", (2000.0, "signature")),
    ],
)
def test_margin_beside_count(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text), units(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She won 9,412 votes, 2,300 in the capital.", 2300.0),
        ("The party took 54 seats, 9 in the north.", 9.0),
    ],
)
def test_no_margin_without_comparison(text: str, value: float) -> None:
    assert (value, "vote") not in units(text) and (value, "seat") not in units(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There were three deaths, two of them unvaccinated children.",
            (2.0, "unvaccinated child"),
        ),
        ("Police arrested 12 people, four of them teenagers.", (4.0, "teenager")),
        ("The fire destroyed 30 buildings, eight of them homes.", (8.0, "home")),
        ("The airline hired 400 staff, 150 of them pilots.", (150.0, "pilot")),
        ("Doctors treated 25 patients, 11 of them children under five.", (11.0, "child")),
        ("The crash injured 19 people, six of them firefighters.", (6.0, "firefighter")),
        ("The club fielded 23 players, nine of them academy graduates.", (9.0, "academy graduate")),
        ("The storm felled 60 trees, 12 of them oaks.", (12.0, "oak")),
        ("The court heard 48 cases, 20 of them appeals.", (20.0, "appeal")),
        ("The school has 900 pupils, 300 of them boarders.", (300.0, "boarder")),
    ],
)
def test_partitive_with_own_noun(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text), units(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm damaged 14 hospitals, nine of them in rural areas.", (9.0, "hospital")),
        ("There were 12 deaths, two of them were children.", (2.0, "death")),
    ],
)
def test_partitive_without_own_noun(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text), units(text)
