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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Membership shrank to 90 clubs from 140 three years ago.",
            [(90, "club"), (140, "club"), (3, "year")],
        ),
        (
            "The fleet grew to 64 buses from 41 two years ago.",
            [(64, "bus"), (41, "bus"), (2, "year")],
        ),
        (
            "The ward now has 18 beds, down from 30 six months ago.",
            [(18, "bed"), (30, "bed"), (6, "month")],
        ),
        (
            "Output fell to 40 tonnes from 65 four weeks earlier.",
            [(40, "metric ton"), (65, "metric ton"), (4, "week")],
        ),
        (
            "The club has 2,100 members, against 1,600 ten years ago.",
            [(2100, "member"), (1600, "member"), (10, "year")],
        ),
        (
            "Staff numbers rose to 75 nurses from 52 two decades ago.",
            [(75, "nurse"), (52, "nurse"), (2, "decade")],
        ),
        (
            "The village has 12 shops, down from 20 five years before.",
            [(12, "shop"), (20, "shop"), (5, "year")],
        ),
        (
            "The herd grew to 310 cows from 240 3 years ago.",
            [(310, "cow"), (240, "cow"), (3, "year")],
        ),
        (
            "The library lends 900 books a week, up from 700 eight years ago.",
            [(900, "book per week"), (700, "book per week"), (8, "year")],
        ),
        (
            "The league has 16 teams, compared with 12 seven seasons ago.",
            [(16, "team"), (12, "team"), (7, "season")],
        ),
        (
            "The parish counted 480 voters against 530 nine years earlier.",
            [(480, "voter"), (530, "voter"), (9, "year")],
        ),
    ],
)
def test_a_span_of_time_back_from_now_after_a_compared_figure(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)
