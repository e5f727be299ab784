"""Scores after an opponent's name, levels after a change in a count, and compound plurals.

A verb of a game's result and the opponent's name before a dash pair make it
a score, not a model number (``Boeing 737``); the level a count reaches after
its change counts the same noun; an irregular plural ends a compound noun
(``grandchildren``).
Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values, claims, quantities


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("The Comets beat Harrowgate 88-81 on Friday evening.", (88, 81)),
        ("Linfield defeated Coleraine 3-1 at Windsor Park.", (3, 1)),
        ("The Owls lost to Kestrel Bay 2-0 in the rain.", (2, 0)),
        ("Tonga drew with Samoa 22-22 in Nuku'alofa.", (22, 22)),
        ("The Bears thrashed the Otters 41-6 before a sell-out crowd.", (41, 6)),
        ("Wexford edged Kilkenny 1-0 after extra time.", (1, 0)),
        ("Marston routed Elmsworth 7-1 on Tuesday night.", (7, 1)),
        ("The Hornets downed Port Carrick 102-99 in overtime.", (102, 99)),
        ("The champions crushed Dunmore Rovers 5-0 at home.", (5, 0)),
        ("The home side overcame Valbrook 27-24 in front of 12,000 fans.", (27, 24)),
        ("The Lancers swept Northgate 3-0 to reach the final.", (3, 0)),
        ("They tied with Greystone 2-2 in the group stage.", (2, 2)),
    ],
)
def test_a_score_after_the_opponent_is_read(text: str, score: tuple[int, int]) -> None:
    found = [tuple(c.attributes["score"]) for c in claims(text) if c.kind == "score"]
    assert found == [score], text


@pytest.mark.parametrize(
    "text",
    [
        "The airline flies the Boeing 737-800 on that route.",
        "The team beat Route 66 traffic to arrive early.",
        "He bought Windows 10-11 upgrade licences.",
    ],
)
def test_a_name_and_number_without_a_result_verb_is_no_score(text: str) -> None:
    assert not [c for c in claims(text) if c.kind == "score"], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She left the farm to her 14 grandchildren.", [(14, "grandchild")]),
        ("About 300 schoolchildren joined the march.", [(300, "schoolchild")]),
        ("The couple have five stepchildren between them.", [(5, "stepchild")]),
        ("He has 23 godchildren across three continents.", [(23, "godchild"), (3, "continent")]),
        (
            "The bus carried 40 schoolchildren and two teachers.",
            [(40, "schoolchild"), (2, "teacher")],
        ),
        ("Their 9 grandchildren visit every summer.", [(9, "grandchild")]),
        ("Nearly 2,000 schoolchildren sat the exam.", [(2000, "schoolchild")]),
        (
            "She raised six foster children and three stepchildren.",
            [(6, "foster child"), (3, "stepchild")],
        ),
        ("The ceremony honoured 12 godchildren of the late king.", [(12, "godchild")]),
        ("All 31 grandchildren came to the party.", [(31, "grandchild")]),
    ],
)
def test_a_compound_of_an_irregular_plural_is_counted(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Membership has grown by 450 members since 2020 to about 3,200.",
            [(450, "member"), (3200, "member")],
        ),
        (
            "The fleet shrank by 40 buses over the decade to just over 600.",
            [(40, "bus"), (600, "bus")],
        ),
        (
            "Staffing has fallen by 120 nurses since March to under 1,900.",
            [(120, "nurse"), (1900, "nurse")],
        ),
        (
            "The herd grew by 35 cows this year to nearly 400.",
            [(35, "cow"), (400, "cow")],
        ),
        (
            "Attendance dropped by 2,000 visitors in a year to roughly 18,000.",
            [(2000, "visitor"), (18000, "visitor")],
        ),
        (
            "The roll rose by 80 pupils since 2018 to more than 1,100.",
            [(80, "pupil"), (1100, "pupil")],
        ),
        (
            "The register grew by 500 voters to just under 12,000.",
            [(500, "voter"), (12000, "voter")],
        ),
        (
            "Branches fell by 14 banks during the year to about 260.",
            [(14, "bank"), (260, "bank")],
        ),
        (
            "The workforce was cut by 900 jobs since the merger to nearly 7,000.",
            [(900, "job"), (7000, "job")],
        ),
        (
            "The squad shrank by 6 players over the summer to around 25.",
            [(6, "player"), (25, "player")],
        ),
        (
            "Numbers climbed by 60 beds in the spring to almost 540.",
            [(60, "bed"), (540, "bed")],
        ),
        # Any approximation or bound cue of the lexicon, not only a few of them.
        (
            "The choir grew by 45 singers this year to at least 300.",
            [(45, "singer"), (300, "singer")],
        ),
        (
            "The depot lost 30 trams since 2015 to approximately 410.",
            [(30, "tram"), (410, "tram")],
        ),
        (
            "The flock shrank by 12 geese over the winter to an estimated 230.",
            [(12, "goose"), (230, "goose")],
        ),
    ],
)
def test_the_level_after_a_change_in_a_count_counts_its_noun(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic said 240 patients waited more than six hours in May, up from 170 in April.",
            [(240, "patient"), (6, "hour"), (170, "patient")],
        ),
        (
            "About 40 people waited at least 18 weeks, compared with 25 last year.",
            [(40, "people"), (18, "week"), (25, "people")],
        ),
        (
            "Some 90 trains ran more than 15 minutes late in June, down from 130 in May.",
            [(90, "train"), (15, "minute"), (130, "train")],
        ),
        (
            "Nearly 600 homes went at least five days without power in January, "
            "compared with 410 in December.",
            [(600, "home"), (5, "day"), (410, "home")],
        ),
        (
            "Some 210 parcels took more than 48 hours in transit in March, "
            "up from 150 in February.",
            [(210, "parcel"), (48, "hour"), (150, "parcel")],
        ),
        (
            "Officials said 55 ambulances queued at least two hours at the gate, up from 31.",
            [(55, "ambulance"), (2, "hour"), (31, "ambulance")],
        ),
        (
            "In all 1,400 callers held for more than 20 minutes in the week, "
            "up from 900 in the spring.",
            [(1400, "caller"), (20, "minute"), (900, "caller")],
        ),
        (
            "The audit found 62 children spent at least three nights in hospital, "
            "against 48 a year ago.",
            [(62, "child"), (3, "night"), (48, "child")],
        ),
        (
            "Roughly 300 flights were held less than 10 minutes on Monday, compared with 260.",
            [(300, "flight"), (10, "minute"), (260, "flight")],
        ),
        (
            "A total of 75 pupils missed more than 10 days in autumn, up from 52 in spring.",
            [(75, "pupil"), (10, "day"), (52, "pupil")],
        ),
        (
            "Records show 18 inmates waited over two years in custody, down from 26.",
            [(18, "inmate"), (2, "year"), (26, "inmate")],
        ),
        (
            "The survey found 430 drivers sat in traffic more than 90 minutes a day, "
            "versus 380 before.",
            [(430, "driver"), (90, "minute per day"), (380, "driver")],
        ),
    ],
)
def test_a_bounded_duration_after_a_count_leaves_the_count_compared(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose in March, 7% above the level of a year earlier.", [(7, "percentage")]),
        ("Rents climbed in June, 4 per cent faster than wages.", [(4, "percentage")]),
        ("The index fell in October, 3% below its peak.", [(3, "percentage")]),
        ("Sales jumped in December, 12 percent ahead of forecasts.", [(12, "percentage")]),
        ("Turnout dropped in May 8% from the last vote.", [(8, "percentage")]),
        ("Traffic grew in April, 5% more than in March.", [(5, "percentage")]),
        ("Output slipped in July 2 per cent on the month.", [(2, "percentage")]),
        ("Fares were raised in January, 6% above inflation.", [(6, "percentage")]),
        ("Bookings recovered in September, 15% short of 2019.", [(15, "percentage")]),
        ("Imports shrank in November, 9 pct below the average.", [(9, "percentage")]),
        ("The fund gained in August, 1% better than its benchmark.", [(1, "percentage")]),
    ],
)
def test_a_percentage_after_a_month_is_no_day(text: str, expected: Expected) -> None:
    check_values(text, expected)
    months = [c for c in claims(text) if c.kind == "date"]
    assert [c.attributes.get("day") for c in months][:1] == [None], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The bridge reopened on July 4, 2016.", 4),
        ("The hearing is set for March 12.", 12),
    ],
)
def test_a_day_after_a_month_stays_a_date(text: str, day: int) -> None:
    assert [c.attributes.get("day") for c in claims(text) if c.kind == "date"] == [day], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic saw 480 cases in May, twice the number in April.",
            [(480, "case"), (2, "count")],
        ),
        ("Twice the usual number of cyclists used the lane.", [(2, "count")]),
        ("The new hall is twice the size of the old one.", [(2, "count")]),
        ("Rents here are nearly twice what they were in 2015.", [(2, "count")]),
        ("The storm dumped thrice the usual rainfall on the hills.", [(3, "count")]),
        ("Exports were more than twice their level of a decade ago.", [(2, "count")]),
        ("The drug cut relapses to twice those of the placebo group.", [(2, "count")]),
        ("Its debt is twice that of its nearest rival.", [(2, "count")]),
        ("The county paid almost twice its budget for snow clearing.", [(2, "count")]),
        ("She earns twice what her predecessor did.", [(2, "count")]),
        ("The mill now grinds thrice its old output.", [(3, "count")]),
    ],
)
def test_twice_before_what_it_multiplies_is_a_multiple(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The winger scored twice before the break.",
        "The committee meets twice a month.",
        "She was twice elected mayor.",
        "The striker scored twice as the visitors collapsed.",
        "The valve is twice as loud as a kettle.",
    ],
)
def test_twice_as_a_count_of_times_is_no_multiple(text: str) -> None:
    assert quantities(text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He plans to leave half to the village school.", [(0.5, None)]),
        ("The trust sold half, keeping the rest as reserves.", [(0.5, None)]),
        ("The farmer gave half to his neighbours after the harvest.", [(0.5, None)]),
        ("The club will keep half for its youth academy.", [(0.5, None)]),
        ("They donated half to a cancer charity.", [(0.5, None)]),
        ("The lottery winner spent half on a new house.", [(0.5, None)]),
        ("Investors lost half in the crash.", [(0.5, None)]),
        ("The council returned half to taxpayers.", [(0.5, None)]),
        ("The brothers split the prize and each banked half.", [(0.5, None)]),
        ("She shared half with her sister.", [(0.5, None)]),
        ("The museum lent half to a gallery in Leeds.", [(0.5, None)]),
    ],
)
def test_half_as_the_object_of_a_verb_is_a_share(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The visitors rarely crossed into their own half.",
        "The club sits in the lower half.",
        "The teams were level at the half.",
        "The firm's profits grew in the second half.",
    ],
)
def test_half_as_a_part_of_a_field_or_season_is_no_share(text: str) -> None:
    assert quantities(text) == [], text
