"""A bare number that opens a clause of its own, or heads a relative clause, counts the
noun of the parallel figure before it."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine people died and 22 were hurt when a bus left the road near Tamale.",
            [(9, "people"), (22, "people")],
        ),
        (
            "At least 31 miners died and 12 were rescued after the shaft flooded.",
            [(31, "miner"), (12, "miner")],
        ),
        (
            "Some 40 passengers drowned and 55 were pulled from the water alive.",
            [(40, "passenger"), (55, "passenger")],
        ),
        (
            "Six climbers were killed and two were airlifted to safety, rescuers said.",
            [(6, "climber"), (2, "climber")],
        ),
        (
            "About 200 homes flooded and 35 were destroyed outright.",
            [(200, "home"), (35, "home")],
        ),
        (
            "Police said 18 protesters were arrested and 11 were later released.",
            [(18, "protester"), (11, "protester")],
        ),
        (
            "Three firefighters died and 14 were treated in hospital for burns.",
            [(3, "firefighter"), (14, "firefighter")],
        ),
        (
            "Of the shop's staff, 120 workers stayed on and 45 were laid off.",
            [(120, "worker"), (45, "worker")],
        ),
        (
            "More than 60 villagers died, and 300 have been displaced by the fighting.",
            [(60, "villager"), (300, "villager")],
        ),
        (
            "Twelve patients recovered and four were moved to intensive care.",
            [(12, "patient"), (4, "patient")],
        ),
        (
            "Around 90 cattle died while 150 were moved to higher ground.",
            [(90, "cattle"), (150, "cattle")],
        ),
    ],
)
def test_gapped_clause_with_a_verb_of_its_own(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the Nasdaq, 2,310 issues advanced against 1,870 that declined.",
            [(2310, "issue"), (1870, "issue")],
        ),
        (
            "Some 48 schools reopened on Monday, compared with 12 that stayed shut.",
            [(48, "school"), (12, "school")],
        ),
        (
            "About 640 members voted for the deal, against 210 who opposed it.",
            [(640, "member"), (210, "member")],
        ),
        (
            "The survey found 320 firms raised wages, versus 95 that lowered them.",
            [(320, "firm"), (95, "firm")],
        ),
        (
            "Rising stocks outnumbered falling ones, with 1,150 stocks up against 860 that fell.",
            [(1150, "stock"), (860, "stock")],
        ),
        (
            "This year 75 shops opened in the town centre, compared with 102 which closed.",
            [(75, "shop"), (102, "shop")],
        ),
        (
            "The clinic saw 540 patients who had been vaccinated, against 130 who had refused.",
            [(540, "patient"), (130, "patient")],
        ),
        (
            "Exports went to 44 countries, versus 38 that had bought from it in 2019.",
            [(44, "country"), (38, "country")],
        ),
        (
            "A total of 1,200 flights landed on time, against 340 that were delayed.",
            [(1200, "flight"), (340, "flight")],
        ),
        (
            "Of the bills tabled, 26 bills passed, compared with 19 that failed.",
            [(26, "bill"), (19, "bill")],
        ),
    ],
)
def test_compared_number_heading_a_relative_clause(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index rose 40 points, against 12 that year.", [(40, "point"), (12, None)]),
        ("About 30 people died and 4 cars burned.", [(30, "people"), (4, "car")]),
    ],
)
def test_no_relative_or_own_verb_leaves_the_number_alone(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert values_and_units(text) == expected
