"""Hyphenated unit names, irregular participles, fractions in compounds and parallel figures.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The nebula lies 1,300 light-years from the Sun.", [(1300, "light-year")]),
        ("A quasar 12 billion light-years away was imaged.", [(12e9, "light-year")]),
        ("The cluster is about 6.5 light-years across.", [(6.5, "light-year")]),
        ("Its twin star sits 4 light years further out.", [(4, "light year")]),
        (
            "The probe would need 70,000 years to cross 4.2 light-years.",
            [(70000, "year"), (4.2, "light-year")],
        ),
        ("The galaxy spans roughly 100,000 light-years.", [(100000, "light-year")]),
        ("A supernova 50 light-years off would be deadly.", [(50, "light-year")]),
        ("The gas cloud stretches 300 light-years end to end.", [(300, "light-year")]),
        ("Only 2 light-years separate the pair.", [(2, "light-year")]),
        ("The binary stars are 8.6 light-years apart.", [(8.6, "light-year")]),
        (
            "The pulsar was found 9,000 light-years below the galactic plane.",
            [(9000, "light-year")],
        ),
    ],
)
def test_light_years_keep_the_hyphen_they_are_written_with(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detectives recovered 14 stolen bicycles from the garage.", [(14, "bicycle")]),
        ("Workers boarded up 23 broken windows overnight.", [(23, "window")]),
        ("The archive holds 800 written submissions.", [(800, "submission")]),
        ("Inspectors discarded 60 frozen chickens.", [(60, "chicken")]),
        ("The audit found 9 hidden fees in the contract.", [(9, "fee")]),
        ("The jury heard 5 sworn statements.", [(5, "statement")]),
        ("The gale left 40 fallen trees across the road.", [(40, "tree")]),
        ("Engineers replaced 120 worn tyres.", [(120, "tyre")]),
        ("The list names 31 chosen delegates.", [(31, "delegate")]),
        (
            "Divers charted 7 sunk wrecks and 12 forgotten graves.",
            [(7, "sunk wreck"), (12, "grave")],
        ),
        ("The ward treated 18 bitten hikers this summer.", [(18, "hiker")]),
        ("Crews cleared 250 torn banners after the march.", [(250, "banner")]),
    ],
)
def test_irregular_participles_are_left_out_of_the_counted_noun(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The striker agreed a two-and-a-half-year contract.", [(2.5, "year")]),
        ("Talks ran into a four-and-a-half-hour session.", [(4.5, "hour")]),
        ("Runners faced a six-and-a-quarter-mile loop.", [(6.25, "mile")]),
        ("The shop sells a one-and-a-half-litre bottle for £2.", [(1.5, "litre"), (2, "GBP")]),
        ("The family bought a two-and-a-half-storey townhouse.", [(2.5, "storey")]),
        ("Nurses worked a twelve-and-a-half-hour shift.", [(12.5, "hour")]),
        ("The pier is a one-and-a-half-mile walk from town.", [(1.5, "mile")]),
        ("Crews finished after a five-and-a-half-week repair.", [(5.5, "week")]),
        ("The band played a three-and-a-half-hour set.", [(3.5, "hour")]),
        ("She served a seven-and-a-half-year sentence.", [(7.5, "year")]),
        ("The river fell two-and-a-half metres overnight.", [(2.5, "metre")]),
    ],
)
def test_a_fraction_inside_a_hyphenated_number(text: str, expected: Expected) -> None:
    check_values(text, expected)
