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
        ("He spent 12 years in the navy and 6 more in the reserves.", 6, "year"),
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
