"""Lines of results (``Ashby 2 Kelso 0;``) and grouped figures in brackets."""

from __future__ import annotations

import pytest

from .helpers import claims, quantities


def _scores(text: str) -> list[list[int]]:
    return [list(c.attributes["score"]) for c in claims(text) if c.kind == "score"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results: Brackley Town 3 Oldport 1; Ferris Athletic 0 Dunholm 0.", [[3, 1], [0, 0]]),
        ("Saturday: Marlow Rangers 2 Penfold 2, Castleby 1 Wexmoor United 4.", [[2, 2], [1, 4]]),
        ("Scores: Otago 24 Canterbury 19; Waikato 31 Tasman 12.", [[24, 19], [31, 12]]),
        ("Late kick-off: Harbour City 1 Northgate Albion 0 (att: 8,114).", [[1, 0]]),
        ("Premiership: St Keld 5 Ravensby 2; Loughton Celtic 2 Marsh Vale 3.", [[5, 2], [2, 3]]),
        ("Hockey: Eastfield Flyers 4 Corbin Hawks 3 (OT).", [[4, 3]]),
        ("Women's cup: Portree Ladies 6 Glenmoor 0; Arden 1 Fife Belles 1.", [[6, 0], [1, 1]]),
        ("Friday night: Westbay Sharks 28 Norlake Tigers 14.", [[28, 14]]),
        ("Division two: Alder Park 0 Queensbridge 1, Tolham 2 Eskton 2.", [[0, 1], [2, 2]]),
        ("Results (Sunday): Millbrook 3 Crane Rovers 0.", [[3, 0]]),
    ],
)
def test_an_item_of_a_line_of_results_is_a_score(text: str, expected: list[list[int]]) -> None:
    assert _scores(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He upgraded to an iPhone 11 Pro and a Galaxy 9.",
        "The Boeing 737 Max 8 returned to service.",
    ],
)
def test_names_with_numbers_are_no_results(text: str) -> None:
    assert _scores(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The derby drew a big crowd (att: 31,402).", 31_402),
        ("The village (pop. 2,340) lost its last shop.", 2_340),
        ("The final was a sell-out (crowd: 74,500).", 74_500),
        ("Most readers backed the plan (votes: 1,208).", 1_208),
        ("The index closed higher (volume: 412,900).", 412_900),
        ("A new record was set (entries: 18,250).", 18_250),
        ("Total deaths rose (12,040), officials said.", 12_040),
        ("The clinic saw record demand (visits: 9,870).", 9_870),
        ("Turnout was low (voters: 102,330).", 102_330),
        ("The survey had a large sample (respondents: 5,012).", 5_012),
    ],
)
def test_a_grouped_figure_in_brackets_is_no_list_marker(text: str, value: float) -> None:
    assert value in [c.value for c in quantities(text)]


def test_a_small_number_in_brackets_after_a_colon_stays_a_list_marker() -> None:
    assert quantities("The reasons: 1) cost; 2) time.") == []
