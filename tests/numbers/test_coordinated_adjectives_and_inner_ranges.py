"""The counted noun after two adjectives joined by a comma (``40 tall, leafy plants``),
and the scale and unit of a range that closes ``from X to`` shared back to both ends
(``from 24.2 to 33-35 billion euros``)."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The parish council sold 120 long, narrow plots behind the old mill.",
            [(120, "long narrow plot")],
        ),
        (
            "Coach Delia Marsh has signed 12 young, hungry players for the new season.",
            [(12, "young hungry player")],
        ),
        (
            "Volunteers planted 40 tall, leafy saplings along the Kettle Brook path.",
            [(40, "tall leafy sapling")],
        ),
        (
            "The brokerage closed thousands of small, friendly deals in its first year.",
            [((1000, 10000), "small friendly deal")],
        ),
        (
            "Customs officers seized 300 cheap, fake handbags at the Orwell docks on Tuesday.",
            [(300, "cheap fake handbag")],
        ),
        (
            "Our reporter counted 25 quiet, empty streets in the village after dark.",
            [(25, "quiet empty street")],
        ),
        (
            "The bakery sells 500 warm, sticky buns every Saturday morning.",
            [(500, "warm sticky bun")],
        ),
        (
            "Dozens of angry, weary commuters queued outside Pellham station.",
            [((12, 120), "angry weary commuter")],
        ),
        (
            "The keeper made 14 brave, costly saves as Rovers held on for a draw.",
            [(14, "brave costly save")],
        ),
        (
            "Surveyors mapped 80 hot, dry fields across the southern plains this summer.",
            [(80, "hot dry field")],
        ),
        (
            "The studio released 6 short, silent films made by local pupils.",
            [(6, "short silent film")],
        ),
    ],
)
def test_noun_after_adjectives_joined_by_a_comma(text: str, expected: list[object]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle used as a noun before the comma: the comma ends the phrase
        ("Medics treated 40 wounded, local officials said on Friday.", [(40, None)]),
        ("The 4 accused, all teenagers from Harwick, appeared in court.", [(4, None)]),
        # a name or a verb after the comma: no noun is shared
        ("After the 30 minute delay, Ossington fans left early.", [(30, "minute")]),
        ("They counted 12 dead, many more injured.", [(12, None)]),
    ],
)
def test_a_comma_not_between_two_adjectives_still_ends_the_noun(
    text: str, expected: list[object]
) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tilbrook Group expects turnover to grow from 24.2 to 33-35 billion euros by 2030.",
            [((24.2e9, 35e9), "EUR")],
        ),
        (
            "Analysts see the deficit widening from 3 to 4-5 billion dollars next year.",
            [((3e9, 5e9), "USD")],
        ),
        (
            "The field's output could climb from 1.2 to 1.8-2 million barrels a day.",
            [((1.2e6, 2e6), "barrel per day")],
        ),
        (
            "Crowds at Marlow Park grew from 300 to 400-450 people a night.",
            [((300, 450), "people per night")],
        ),
        (
            "The levy will rise from 12 to 15-18 percent under the new plan.",
            [((12, 18), "percentage")],
        ),
        (
            "The club's wage bill could go from 90 to 110-120 million pounds.",
            [((90e6, 120e6), "GBP")],
        ),
        (
            "Ridership is forecast to rise from 2.5 to 3-3.5 million passengers a year.",
            [((2.5e6, 3.5e6), "passenger per year")],
        ),
        (
            "Engineers want to lift the dam's capacity from 40 to 55-60 megawatts.",
            [((40, 60), "megawatt")],
        ),
        (
            "Rents in the district went from 800 to 950-1,000 euros a month.",
            [((800, 1000), "EUR per month")],
        ),
        (
            "The fund hopes to grow from 6 to 8-9 billion rupees within five years.",
            [((6e9, 9e9), "INR"), (5, "year")],
        ),
        (
            "Council tax bills may climb from 1,400 to 1,500-1,600 euros for larger homes.",
            [((1400, 1600), "EUR")],
        ),
    ],
)
def test_inner_range_closing_from_to_shares_its_scale_and_unit(
    text: str, expected: list[object]
) -> None:
    assert values_and_units(text) == expected
