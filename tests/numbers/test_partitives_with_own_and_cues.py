"""Partitives with ``own`` and parts of a fronted whole after two cues."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The motion failed after 23 of its own senators voted against it.", 23, "senator"),
        ("Nine of their own supporters booed the team off.", 9, "supporter"),
        ("The coach dropped three of his own signings for the derby.", 3, "signing"),
        ("We sent 14 of our own reporters to cover the floods.", 14, "reporter"),
        ("The union balloted 400 of its own members on the deal.", 400, "member"),
        ("She fired two of her own advisers within a month.", 2, "adviser"),
        ("The council sold 36 of its own buildings last year.", 36, "building"),
        ("The church housed 60 of their own parishioners after the fire.", 60, "parishioner"),
        ("The insurer laid off 1,200 of its own agents.", 1200, "agent"),
        ("Police arrested five of their own officers in the sting.", 5, "officer"),
    ],
)
def test_a_partitive_with_own_counts_its_noun(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Of the 4,000 jobs promised in 2019, only about 1,100 exist.", 1100, "job"),
        ("Of the 312 recruits who started, only just 200 graduated.", 200, "recruit"),
        ("Of the 90 stores it had, only around 30 are still trading.", 30, "store"),
        ("Of those 1,500 applicants, only some 150 were offered a place.", 150, "applicant"),
        ("Of the 48 wells drilled, only some 20 found oil.", 20, "well"),
        ("Of the 700 homes flooded, only roughly 250 have been repaired.", 250, "home"),
        ("Of the 65 trawlers in the fleet, just about 40 still fish.", 40, "trawler"),
        ("Of the 2,000 trees planted, only nearly 600 survived the drought.", 600, "tree"),
        ("Of the 120 nurses hired, only about 45 remain on the wards.", 45, "nurse"),
        ("Of the 18 bridges inspected, only about 10 passed.", 10, "bridge"),
        ("Of the 75 clinics surveyed, only around 30 had a doctor.", 30, "clinic"),
    ],
)
def test_a_part_after_two_cues_counts_the_fronted_whole(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit
