"""An age between commas after a person's noun phrase opened by a possessive."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The cult was raided at dawn, and its founder, 71, was taken into custody.", 71),
        ("The club said its captain, 29, would miss the final.", 29),
        ("Police said the gang's driver, 19, was arrested at the scene.", 19),
        ("The company's chief executive, 54, will step down in June.", 54),
        ("The charity's longest-serving volunteer, 88, was honoured on Friday.", 88),
        ("The band's drummer, 46, has been charged with assault.", 46),
        ("Its alleged ringleader, 37, remains in hospital under guard.", 37),
        ("The network's former anchor, 63, denies the allegations.", 63),
        ("The startup lost its co-founder, 33, to a rival firm last year.", 33),
        ("Investigators said the victims' neighbour, 41, raised the alarm.", 41),
        ("Your nearest rival, 24, has already qualified.", 24),
    ],
)
def test_an_age_after_a_possessive_noun_phrase(text: str, age: int) -> None:
    assert (float(age), "year of age") in values_and_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bank's branches, 40, will close by March.",
        "Its factories, 12, employ about 9,000 people.",
    ],
)
def test_a_number_after_a_possessive_plural_of_things_is_no_age(text: str) -> None:
    assert all(unit != "year of age" for _, unit in values_and_units(text))
