"""Bare figures whose counted noun is left unsaid: ellipsis, partitives, counts named by subject."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _unit_of(text: str, value: float) -> str | None:
    """Return the unit of the one quantity of *text* with *value*."""
    found = [c for c in quantities(text) if c.value == value]
    assert len(found) == 1, [(text[c.start : c.end], c.value, c.unit) for c in quantities(text)]
    return found[0].unit


# -- ellipsis: a bare figure set against a figure with a noun --------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Police found 3 stolen cars and nine more in a barn.", 9, "car"),
        (
            "Some 7,000 workers walked off the job, and another 2,500 are expected to join them.",
            2_500,
            "worker",
        ),
        (
            "The club sold 4,200 season tickets in the first week and 1,300 more after the draw.",
            1_300,
            "season ticket",
        ),
        (
            "The retailer will close 45 stores this year and 30 others by the end of 2027.",
            30,
            "store",
        ),
        ("Enrolment at Hillcrest slipped to 620 pupils, 48 fewer than last autumn.", 48, "pupil"),
        (
            "The army sent 1,200 troops to the border on Tuesday, and a further 800 will follow.",
            800,
            "troop",
        ),
        (
            "Volunteers have planted 3,000 trees along the river, and an additional 1,500 are due.",
            1_500,
            "tree",
        ),
        ("Okafor has 14 goals in the league this season and four more in the cup.", 4, "goal"),
        ("The carrier scrapped 140 flights on Friday and 90 more on Saturday.", 90, "flight"),
        (
            "Eleven passengers were taken to hospital and 20 others were treated at the scene.",
            20,
            "passenger",
        ),
        ("The startup employs 85 engineers and plans to hire 40 more by June.", 40, "engineer"),
        ("The index shed 85 points before lunch, and a further 40 went by the close.", 40, "point"),
        (
            "The storm left 30 centimetres of snow overnight, and another 10 is forecast.",
            10,
            "centimetre",
        ),
        ("Only 2 of the 11 defendants were acquitted; the other 9 were jailed.", 9, "defendant"),
        ("Crews reopened 14 roads by noon, and the remaining 6 should open tonight.", 6, "road"),
    ],
)
def test_an_elliptical_figure_counts_the_noun_of_the_figure_before(
    text: str, value: float, unit: str
) -> None:
    assert _unit_of(text, value) == unit


def test_an_elliptical_figure_records_where_its_unit_came_from() -> None:
    text = "Police found 3 stolen cars and nine more in a barn."
    nine = next(c for c in quantities(text) if c.value == 9)
    assert list(nine.attributes["unit_from"]) == [text.index("3"), text.index(" and")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # A noun of its own after ``more`` stays.
        ("He scored 12 points and added 9 more rebounds.", 9, "rebound"),
        ("The museum drew 40,000 visitors, and 12 more exhibitions are planned.", 12, "exhibition"),
        # Nothing with a unit to carry.
        ("The vote passed 7 to 2, with nine more abstaining.", 9, None),
        ("A 7-year-old girl and two others were hurt in the crash.", 2, None),
        # ``others`` are people or things, never an amount of time.
        ("She was jailed for 3 years, and 2 others were acquitted.", 2, None),
        # A percentage keeps its own unit.
        ("The mill shipped 400 tonnes, 20 per cent more than in May.", 20, "percentage"),
        # No elliptical word: a bare number in a clause of its own is left alone.
        ("The council owns 300 homes and the trust 120.", 120, None),
    ],
)
def test_a_figure_that_is_no_ellipsis_keeps_its_own_unit(
    text: str, value: float, unit: str | None
) -> None:
    assert _unit_of(text, value) == unit


def test_a_whole_elliptical_number_takes_no_scale_it_does_not_write() -> None:
    text = "Some 1.2 million people fled the floods, and another 300 were rescued by boat."
    assert _unit_of(text, 300) == "people"


# -- partitives: a part of a count named before ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Of the 40 patients admitted, 12 remain in intensive care.", 12, "patient"),
        ("The list includes 14 hospitals, nine of them in rural areas.", 9, "hospital"),
        ("Of the 1,100 schools inspected this year, 140 were rated inadequate.", 140, "school"),
        ("The club signed 12 players, all but two of whom were teenagers.", 2, "player"),
        ("Inspectors visited 300 restaurants, 41 of which failed.", 41, "restaurant"),
        ("Police questioned 60 people; 12 of those were later charged.", 12, "people"),
        ("Of the 16 teams in the league, only 4 have a home win.", 4, "team"),
        ("Of those 2,300 applicants, just 150 were offered a place.", 150, "applicant"),
        (
            "The storm knocked out 40 substations, and all but 6 were back by Friday.",
            6,
            "substation",
        ),
        ("Of the 14 candidates on the ballot, all but two are women.", 2, "candidate"),
        ("Staff logged 85 complaints in March, 30 of them about parking.", 30, "complaint"),
        ("Police said that of the 22 people detained, 15 had been released.", 15, "people"),
        ("The quake killed 312 people, of whom 40 were children.", 40, "people"),
        ("The fund backed 90 startups, of which 12 have since folded.", 12, "startup"),
    ],
)
def test_a_part_counts_the_noun_of_its_whole(text: str, value: float, unit: str) -> None:
    assert _unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # Not the figure right after the partitive's comma: an age, not patients.
        ("Of the 40 patients, the oldest was 91.", 91, None),
        # A share keeps its unit.
        ("Of the 40 patients, 12% died within a month.", 12, "percentage"),
        # A fraction of a count is a fraction.
        ("The chain has 320 stores, half of them in the north.", 0.5, None),
        # A noun of the part's own.
        ("Of the 30 players, 4 goalkeepers were injured.", 4, "goalkeeper"),
    ],
)
def test_a_figure_that_is_no_part_keeps_its_own_unit(
    text: str, value: float, unit: str | None
) -> None:
    assert _unit_of(text, value) == unit


# -- a count named by its subject ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The number of confirmed cases in the province rose to 312 on Monday.", 312, "case"),
        ("The total number of registered voters stood at 1.2 million.", 1_200_000, "voter"),
        ("The tally of votes cast for the mayor reached 4,500 by noon.", 4_500, "vote"),
        (
            "The count of homeless people in the city rose to 2,300 this winter.",
            2_300,
            "homeless people",
        ),
        ("The number of daily flights at the airport has fallen to 140.", 140, "daily flight"),
        ("The number of students enrolled at the college dropped to 9,100.", 9_100, "student"),
        (
            "The overall number of foreign visitors climbed to 2.4 million last year.",
            2_400_000,
            "foreign visitor",
        ),
        ("The number of players on the injured list is now 11.", 11, "player"),
        ("The final tally of medals for the host nation was 38.", 38, "medal"),
        ("The weekly count of new infections fell to 97, officials said.", 97, "new infection"),
        ("The club's total number of members hit 5,000 in July.", 5_000, "member"),
        ("In the county, the number of shops standing empty has risen to 23.", 23, "shop"),
    ],
)
def test_a_count_named_by_its_subject_counts_the_noun_of_its_of_phrase(
    text: str, value: float, unit: str
) -> None:
    assert _unit_of(text, value) == unit


def test_a_count_named_by_its_subject_lends_its_noun_to_the_figure_it_is_compared_with() -> None:
    text = "The number of road deaths fell to 45, down from 61 a year earlier."
    assert (_unit_of(text, 45), _unit_of(text, 61)) == ("road death", "road death")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The number of cases rose 4% in a week.", 4, "percentage"),
        ("The number of the house is 221.", 221, None),
        ("The number of unemployed rose to 1.2 million.", 1_200_000, None),
        ("The price of eggs rose to 312 last week.", 312, None),
        ("A number of teams scored 3 in the second half.", 3, None),
    ],
)
def test_a_subject_that_names_no_count_gives_no_noun(
    text: str, value: float, unit: str | None
) -> None:
    assert _unit_of(text, value) == unit


# -- ellipsis: the figure in the parallel role ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("40 people were killed in 2 blasts and 12 more were injured.", 12, "people"),
        ("The Tigers scored 5 runs in 2 innings and 3 more came in the ninth.", 3, "run"),
        (
            "Firefighters rescued 14 residents from 3 buildings, and 6 more were taken out by "
            "ladder.",
            6,
            "resident",
        ),
        (
            "The airline cancelled 120 flights at 4 airports on Monday, and another 80 were "
            "delayed.",
            80,
            "flight",
        ),
        (
            "Officers seized 25 kilograms of cocaine in 3 raids and a further 10 were found at "
            "the port.",
            10,
            "kilogram",
        ),
        (
            "The county reported 18 new cases in 2 care homes, and 7 more are awaiting test "
            "results.",
            7,
            "new case",
        ),
        ("The Lions signed 4 players from 2 rival clubs, and 3 others are in talks.", 3, "player"),
        (
            "Voters elected 12 councillors in 5 wards, and the remaining 3 will be chosen next "
            "month.",
            3,
            "councillor",
        ),
        (
            "The storm damaged 300 homes in 6 villages and 45 more were destroyed outright.",
            45,
            "home",
        ),
        (
            "The festival drew 8,000 fans to 3 stages on Saturday and 5,000 more on Sunday.",
            5_000,
            "fan",
        ),
        ("Police arrested 9 men in 2 towns, and 4 others were questioned.", 4, "man"),
        (
            "Police said 3 men were arrested at 2 addresses and 4 more were detained over the "
            "weekend.",
            4,
            "man",
        ),
        (
            "The chain has 400 stores in 12 countries and plans to open 50 more in 3 others.",
            50,
            "store",
        ),
        # the object of a preposition takes the figure after the same preposition
        (
            "Rail crews laid 40 km of track in 3 regions with 200 workers, and in 2 more with "
            "contractors.",
            2,
            "region",
        ),
        (
            "The bank shut branches in 14 towns with 600 job losses and in another 5 with none.",
            5,
            "town",
        ),
    ],
)
def test_an_elliptical_figure_takes_the_noun_of_the_figure_in_its_role(
    text: str, value: float, unit: str
) -> None:
    assert _unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # no figure in the same role: the figure before is taken
        ("Floods cut power in 3 villages, and 2 more were evacuated.", 2, "village"),
        ("He spent 12 years in the navy and 6 more in the reserves.", 6, "year"),
        # the object of a preposition, with an argument before it
        (
            "The chain has 400 stores in 12 countries and plans to open 50 more in 3 others.",
            3,
            "country",
        ),
        # ``of`` ties a figure to the noun before it, an argument of the verb
        (
            "The firm's 400 staff paid a fine of $3 million and another 2 million in costs.",
            2_000_000,
            "USD",
        ),
        # a figure after a comma and ``or`` restates the one before: no parallel
        (
            "The index fell 30 points, or 1.2 per cent, to 2,480, and another 15 in late trade.",
            15,
            "point",
        ),
        # a span of time after a preposition of time is no argument of the verb
        (
            "Shareholders tendered 2.1 million shares in 3 days and another 400,000 followed on "
            "Friday.",
            400_000,
            "share",
        ),
    ],
)
def test_an_elliptical_figure_keeps_the_figure_of_its_role_or_the_one_before(
    text: str, value: float, unit: str
) -> None:
    assert _unit_of(text, value) == unit


def test_a_bare_figure_with_no_elliptical_word_stays_bare() -> None:
    text = "40 people were killed in 2 blasts and 12 were injured."
    assert _unit_of(text, 12) is None


# -- coordinated parts of a fronted whole --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("Of the 40 patients admitted, 12 remain in hospital and 3 have died.", [12, 3], "patient"),
        (
            "Of the 2,300 applicants, 150 were offered a place, 400 were put on a waiting list "
            "and 1,750 were turned away.",
            [150, 400, 1_750],
            "applicant",
        ),
        ("Of the 18 players called up, 11 started and 4 came off the bench.", [11, 4], "player"),
        (
            "Of the 60 flights scheduled, 22 left on time, 30 were delayed and 8 were cancelled.",
            [22, 30, 8],
            "flight",
        ),
        ("Of the 12 candidates, 7 are women and 5 are men.", [7, 5], "candidate"),
        (
            "Of those 500 households surveyed, 320 said they owned a car and 95 said they used "
            "buses.",
            [320, 95],
            "household",
        ),
        ("Of its 240 stores, 180 will stay open while 60 will close by March.", [180, 60], "store"),
        (
            "Of the 90 homes inspected, 61 passed, 24 failed and 5 were condemned.",
            [61, 24, 5],
            "home",
        ),
        ("Of the 300 jobs cut, 120 are in Ohio and 80 in Texas.", [120, 80], "job"),
        (
            "Of the 26 teams entered, only 9 finished the course and 11 withdrew before halfway.",
            [9, 11],
            "team",
        ),
    ],
)
def test_each_coordinated_part_counts_the_noun_of_the_fronted_whole(
    text: str, values: list[float], unit: str
) -> None:
    assert [_unit_of(text, value) for value in values] == [unit] * len(values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # no fronted partitive whole
        ("In the 40 years since, 12 have closed and 3 reopened.", 3),
        # no part coordinated with the first one
        (
            "Of the 40 patients admitted, 12 remain in hospital, the ministry said, and the toll "
            "could reach 50.",
            50,
        ),
    ],
)
def test_a_figure_coordinated_with_no_part_stays_bare(text: str, value: float) -> None:
    assert _unit_of(text, value) is None


# -- a change by a bare amount, then the level it reached ----------------------------------------


@pytest.mark.parametrize(
    ("text", "change", "level", "unit"),
    [
        ("The number of cases rose by 40 to 312.", 40, 312, "case"),
        ("The club's points total grew by 9 to 41 after the win.", 9, 41, None),
        ("Enrolment dropped by 85 to 610 this autumn.", 85, 610, None),
        ("The death toll climbed by 30 to 75 overnight.", 30, 75, None),
        ("Attendance slipped by 1,200 to 9,800.", 1_200, 9_800, None),
        ("The council cut staff by 40 to 260.", 40, 260, None),
        ("Her lead narrowed by 3 to 11 strokes.", 3, 11, "stroke"),
        ("The firm's headcount increased by 75 to 480 in the quarter.", 75, 480, None),
        (
            "The number of homeless families rose by 45 to 230, the council said.",
            45,
            230,
            "homeless family",
        ),
        ("Its fleet shrank by 12 to 88 aircraft.", 12, 88, "aircraft"),
        ("Membership has fallen by 60 to 25 since the spring.", 60, 25, None),
        ("The toll rose by about 20 to 64.", 20, 64, None),
    ],
)
def test_a_change_by_a_bare_amount_to_a_level_is_no_range(
    text: str, change: float, level: float, unit: str | None
) -> None:
    found = [(c.value, c.unit) for c in quantities(text)]
    assert found == [(change, unit), (level, unit)], found
    assert quantities(text)[0].change in ("up", "down")


def test_a_change_with_the_object_of_its_verb_before_by_is_no_range() -> None:
    text = "The hospital reduced the number of beds by 40 to 260."
    assert [c.value for c in quantities(text)] == [40, 260]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # a change forecast may be a range
        ("The economy is expected to grow by 2 to 3 per cent next year.", 2, 3),
        ("Prices could rise by 10 to 15 per cent.", 10, 15),
        ("The levy will rise by 5 to 8 cents a litre.", 5, 8),
        # ends of one order
        ("Sea levels rose by 1 to 1.5 metres over the period.", 1, 1.5),
        # a range of changes in per cent
        ("Sales climbed by 4 to 9 per cent in most regions.", 4, 9),
        # no ``by``
        ("Fares rose 2 to 3 per cent.", 2, 3),
    ],
)
def test_a_range_of_change_stays_a_range(text: str, low: float, high: float) -> None:
    assert [c.value for c in quantities(text)] == [(low, high)]
