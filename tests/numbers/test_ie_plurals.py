"""Plurals in ``-ies`` of nouns in ``-ie`` keep the ``-ie`` in the counted noun."""

from __future__ import annotations

import pytest

from newsparse.builtin.numbers.nouns import singular

from .helpers import Expected, check_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lakers signed three rookies and two junkies.", [(3, "rookie"), (2, "junkie")]),
        ("She sank four birdies in her final round.", [(4, "birdie")]),
        ("The bookmaker employs five bookies at the track.", [(5, "bookie")]),
        ("The shelter rehomed 14 collies last year.", [(14, "collie")]),
        ("The band hired nine roadies for the tour.", [(9, "roadie")]),
        ("The start-up hired 35 techies in Lagos.", [(35, "techie")]),
        ("Ringers counted 80 magpies in the park.", [(80, "magpie")]),
        ("The cafe blends 90 smoothies every morning.", [(90, "smoothie")]),
        ("Police seized 60 hoodies from the warehouse.", [(60, "hoodie")]),
        ("The scouts baked 150 brownies for the sale.", [(150, "brownie")]),
        ("The air force flew 28 sorties over the valley.", [(28, "sortie")]),
    ],
)
def test_a_plural_of_a_noun_in_ie(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers recovered six bodies from the river.", [(6, "body")]),
        ("The tour visits nine cities in a month.", [(9, "city")]),
        ("Twelve parties signed the accord.", [(12, "party")]),
    ],
)
def test_a_plural_of_a_noun_in_y(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("series", "series"),
        ("species", "species"),
        ("calories", "calorie"),
        ("movies", "movie"),
        ("zombies", "zombie"),
        ("babies", "baby"),
    ],
)
def test_singular_of_plurals_in_ies(plural: str, single: str) -> None:
    assert singular(plural) == single
