"""Bare numbers that restate a figure far before them: a passive level past another
figure, a margin after a prepositional phrase, an average set against a measure."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Labour took 212 seats on 41.2% of the vote, while the Tories were reduced to 121.",
            121,
            "seat",
        ),
        (
            "The home side kept 11 players and 62 per cent of possession, while the visitors "
            "were reduced to 9.",
            9,
            "player",
        ),
        (
            "The airline flew 340 routes last year, up 4%, while its rival was trimmed back to "
            "215.",
            215,
            "route",
        ),
        (
            "The chain ran 820 branches with a market share of 18%, while its rival was "
            "reduced to 410, its smallest estate in decades.",
            410,
            "branch",
        ),
        (
            "The greens won 44 councillors with 12.5 per cent, while the independents were "
            "trimmed to 19.",
            19,
            "councillor",
        ),
        (
            "The regiment kept 600 soldiers at a cost of $40 million, whereas the reserve was "
            "lowered to 150.",
            150,
            "soldier",
        ),
        (
            "The league has 20 clubs after a 5% budget rise, but the second tier was reduced "
            "to 18.",
            18,
            "club",
        ),
        (
            "The board approved 75 schools with a 3.1 per cent funding boost, while the "
            "academies were limited to 40.",
            40,
            "school",
        ),
        (
            "The coalition held 96 seats with 38 per cent of the vote, while the nationalists "
            "were pushed down to 27.",
            27,
            "seat",
        ),
        (
            "The operator kept 1,200 buses on 70% of routes, while the tram fleet was scaled "
            "back to 140.",
            140,
            "bus",
        ),
    ],
)
def test_a_passive_level_counts_the_noun_past_another_figure(
    text: str, value: float, unit: str
) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Tories won 301 seats in the 650-seat Commons, 25 short of a majority.", 25, "seat"),
        ("She polled 14,220 votes in the ward, 380 ahead of her nearest rival.", 380, "vote"),
        ("The Reds scored 71 goals in the league, nine clear of the next best.", 9, "goal"),
        ("He has 212 caps for his country, 14 behind the record holder.", 14, "cap"),
        ("The bloc holds 38 seats in the 80-seat chamber, three short of control.", 3, "seat"),
        ("She finished with 268 strokes at the Open, four behind the winner.", 4, "stroke"),
        ("Rovers have 41 goals after a dismal run, six adrift of the leaders.", 6, "goal"),
        ("The mayor got 88,400 votes across the city, 2,100 more than his rival.", 2100, "vote"),
        (
            "The club sold 31,000 season tickets for the new term, 900 short of a sell-out.",
            900,
            "season ticket",
        ),
        ("The party won 17 seats in the upper house, two shy of a majority.", 2, "seat"),
        ("The Greens hold 19 seats on the council, four short of a blocking minority.", 4, "seat"),
    ],
)
def test_a_margin_after_a_phrase_counts_the_noun_before(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Wheat yields reached 8.2 tonnes a hectare, against an average of 7.1 in the "
            "past decade.",
            7.1,
            "metric ton per hectare",
        ),
        (
            "Gusts hit 140 km/h overnight, compared with a forecast of 110 for the coast.",
            110,
            "kilometre per hour",
        ),
        (
            "The river peaked at 6.4 metres, against a previous record of 5.9 in 1998.",
            5.9,
            "metre",
        ),
        (
            "Rainfall totalled 212 millimetres in March, against a norm of 88 for the month.",
            88,
            "millimetre",
        ),
        (
            "The cow produced 31 litres a day, compared with a herd average of 24 on the farm.",
            24,
            "litre per day",
        ),
        (
            "The runner covered 42.2 kilometres, against a personal best of 40.8 last year.",
            40.8,
            "kilometre",
        ),
        (
            "Sea ice shrank to 3.9 million square kilometres, versus a mean of 6.2 for the period.",
            6_200_000,
            "square kilometre",
        ),
        (
            "The pump moves 450 litres a minute, against a rated flow of 500 in tests.",
            500,
            "litre per minute",
        ),
        (
            "Snow depth reached 95 centimetres, against a seasonal average of 60 at the station.",
            60,
            "centimetre",
        ),
        (
            "The ship logged 21 knots, than a design speed of 18 for its class.",
            18,
            "knot",
        ),
    ],
)
def test_an_amount_of_a_noun_compared_with_a_measure_takes_its_unit(
    text: str, value: float, unit: str
) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Nifty ended 142.5 points lower at 22,318.9 on Friday.", 22_318.9, "point"),
        ("The FTSE 100 closed 31 points higher at 8,204.", 8_204, "point"),
        ("The Dow finished 212.4 points lower at 39,870.1.", 39_870.1, "point"),
        ("The ASX 200 ended 18 points higher at 7,811.5, led by miners.", 7_811.5, "point"),
        ("The Hang Seng closed 305 points lower at 17,402 after the data.", 17_402, "point"),
        ("The TSX settled 44.7 points higher at 21,990.3.", 21_990.3, "point"),
        ("The Nikkei closed 410 points lower at 38,210, its worst day in weeks.", 38_210, "point"),
        ("The DAX ended 96.2 points higher at 18,402.6 in late trade.", 18_402.6, "point"),
        ("The Sensex closed 612 points lower at 73,100.4.", 73_100.4, "point"),
        ("The KOSPI ended 9.8 points higher at 2,731.2.", 2_731.2, "point"),
    ],
)
def test_a_level_after_a_change_and_its_direction_takes_its_unit(
    text: str, value: float, unit: str
) -> None:
    assert _units(text)[value] == unit
