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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor won with 9,210 votes, a majority of 1,405 over her rival.",
            [(9210, "vote"), (1405, "vote")],
        ),
        (
            "The Greens took 48 seats, a lead of 6 over Labour.",
            [(48, "seat"), (6, "seat")],
        ),
        (
            "The incumbent polled 22,310 votes, a margin of 2,018 over the challenger.",
            [(22310, "vote"), (2018, "vote")],
        ),
        (
            "Ferndale scored 312 runs, a lead of 87 over the visitors.",
            [(312, "run"), (87, "run")],
        ),
        (
            "She finished with 71 wins, a cushion of 12 ahead of Rossi.",
            [(71, "win"), (12, "win")],
        ),
        (
            "The bill drew 301 votes, a majority of 44 against the opposition.",
            [(301, "vote"), (44, "vote")],
        ),
        (
            "The party holds 140 councillors, a clear majority of 31 over all others.",
            [(140, "councillor"), (31, "councillor")],
        ),
        (
            "The union signed up 5,600 members, a gain of about 700 over last spring.",
            [(5600, "member"), (700, "member")],
        ),
        (
            "Hartley ended on 16 wins, a lead of 3 over Okafor.",
            [(16, "win"), (3, "win")],
        ),
        (
            "The home side kicked 19 goals, a margin of 8 over the Hawks.",
            [(19, "goal"), (8, "goal")],
        ),
        (
            "The coalition won 210 seats, a majority of 12, the commission said.",
            [(210, "seat"), (12, None)],
        ),
    ],
)
def test_a_lead_in_apposition_to_a_count_counts_its_noun(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The party won 188 seats, comfortably past the 163 needed to govern.",
            [(188, "seat"), (163, "seat")],
        ),
        (
            "The drive raised 4,300 signatures, well beyond the 3,000 required for a vote.",
            [(4300, "signature"), (3000, "signature")],
        ),
        (
            "The bill got 58 votes, just below the 60 needed to pass.",
            [(58, "vote"), (60, "vote")],
        ),
        (
            "The club sold 21,000 tickets, above the 18,000 predicted by staff.",
            [(21000, "ticket"), (18000, "ticket")],
        ),
        (
            "The scheme enrolled 640 pupils, over the 500 planned at launch.",
            [(640, "pupil"), (500, "pupil")],
        ),
        (
            "The firm hired 90 engineers, under the 120 budgeted for the year.",
            [(90, "engineer"), (120, "engineer")],
        ),
        (
            "The bloc holds 61 seats in the 120-member Knesset, just short of the 61 needed.",
            [(61, "seat"), (120, "member"), (61, "seat")],
        ),
        (
            "The alliance won 301 seats in the 450-seat chamber, past the 226 needed.",
            [(301, "seat"), (450, "seat"), (226, "seat")],
        ),
        (
            "Rescuers freed 37 miners, ahead of the 30 expected by noon.",
            [(37, "miner"), (30, "miner")],
        ),
        (
            "The app drew 2.1 million users, surpassing the 2 million predicted in May.",
            [(2.1e6, "user"), (2e6, "user")],
        ),
        (
            "The charity housed 410 families, exceeding the 350 targeted this year.",
            [(410, "family"), (350, "family")],
        ),
    ],
)
def test_a_figure_compared_past_a_modifier_with_a_participle(text: str, expected: Expected) -> None:
    check_values(text, expected)
