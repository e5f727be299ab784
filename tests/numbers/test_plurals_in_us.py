"""A word in -us that no dictionary lists as a singular is the plural of a word in -u."""

from __future__ import annotations

import pytest

from .helpers import claims


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The restaurant group printed 400 menus for the launch.", 400, "menu"),
        ("About 60 emus escaped from the farm overnight.", 60, "emu"),
        ("She has studied under three gurus since 2015.", 3, "guru"),
        ("Pupils wrote 1,200 haikus for the poetry contest.", 1200, "haiku"),
        ("Some 250 tuk-tuks and 80 matatus were impounded.", 80, "matatu"),
        ("The zoo's herd grew to 14 kudus this spring.", 14, "kudu"),
        ("Herders lost about 900 zebus in the drought, officials said.", 900, "zebu"),
        ("The troupe sewed 35 tutus before opening night.", 35, "tutu"),
        ("Tourists photographed 5,000 gnus crossing the river.", 5000, "gnu"),
        ("The airline blamed 12 snafus for the delays.", 12, "snafu"),
        ("The chef plated 120 tiramisus for the gala dinner.", 120, "tiramisu"),
    ],
)
def test_a_plural_in_us_counts_its_singular_in_u(text: str, value: float, unit: str) -> None:
    found = [c for c in claims(text) if c.value == pytest.approx(value)]
    assert [c.unit for c in found] == [unit]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The firm paid a 2023 bonus to every worker.", 2023),
        ("The 2021 census counted every household.", 2021),
        ("A 2019 coronavirus study was retracted.", 2019),
        ("The 1998 minibus still runs on the route.", 1998),
    ],
)
def test_a_listed_singular_in_us_stays_singular(text: str, value: float) -> None:
    assert [c.kind for c in claims(text)] == ["date"]
