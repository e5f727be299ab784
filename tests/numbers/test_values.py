"""Parsing written numbers."""

from __future__ import annotations

import pytest

from newsparse.builtin.numbers.nouns import singular
from newsparse.builtin.numbers.values import parse_digits, parse_fraction, parse_number_words


@pytest.mark.parametrize(
    ("text", "value", "used"),
    [
        ("twenty-one", 21, 10),
        ("one hundred and fifty", 150, 21),
        ("three thousand", 3000, 14),
        ("three quarters billion", 7.5e8, 22),
        ("half a million", 5e5, 14),
        ("one and a half million", 1.5e6, 22),
        ("two-thirds", 2 / 3, 10),
        ("dozen", 12, 5),
        ("two and three", 2, 3),
        ("one two", 1, 3),
    ],
)
def test_number_words(text: str, value: float, used: int) -> None:
    parsed = parse_number_words(text)
    assert parsed is not None
    assert parsed[0] == pytest.approx(value)
    assert parsed[1] == used


def test_words_that_are_no_number() -> None:
    assert parse_number_words("and then") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,458,000", 1458000), (".001", 0.001), ("12,34,567.89", 1234567.89), ("", None)],
)
def test_digits(text: str, value: float | None) -> None:
    assert parse_digits(text) == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize(
    ("numerator", "denominator", "value"),
    [("1", "16", 1 / 16), ("3", "4", 0.75), ("9", "11", None), ("24", "7", None)],
)
def test_fractions(numerator: str, denominator: str, value: float | None) -> None:
    assert parse_fraction(numerator, denominator) == value


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("troops", "troop"),
        ("countries", "country"),
        ("viruses", "virus"),
        ("losses", "loss"),
        ("fishermen", "fisherman"),
        ("people", "people"),
        ("houses", "house"),
        ("movies", "movie"),
        ("boxes", "box"),
    ],
)
def test_singular(plural: str, single: str) -> None:
    assert singular(plural) == single
