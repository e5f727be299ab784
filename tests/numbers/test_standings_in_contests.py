"""Two numbers after a word of standing in a contest and the other side's name."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greens trail Labour 44 to 56 in the capital.", [(44.0, None), (56.0, None)]),
        ("The mayor leads Hollis 53 to 47 among likely voters.", [(53.0, None), (47.0, None)]),
        (
            "The opposition leads the Government 55-45 in the latest poll.",
            [(55.0, None), (45.0, None)],
        ),
        ("The governor trails Ortega 46 to 54, the survey found.", [(46.0, None), (54.0, None)]),
        ("Yes leads No 58 to 42 in the referendum poll.", [(58.0, None), (42.0, None)]),
        (
            "The Liberal National Party trails Labor 48-52 in the latest poll.",
            [(48.0, None), (52.0, None)],
        ),
        ("The senator led Mendez 51 to 49 on election night.", [(51.0, None), (49.0, None)]),
        ("Remain leads 54 to 46 in the Ipsos survey.", [(54.0, None), (46.0, None)]),
        (
            "The incumbent is trailing Ms Aldane 41 to 59 among women.",
            [(41.0, None), (59.0, None)],
        ),
        ("The Tories trail the SNP 38 to 62 in the seat.", [(38.0, None), (62.0, None)]),
    ],
)
def test_two_numbers_after_a_standing_and_a_name_are_the_sides(text: str, expected: object) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rovers led 2-1 at half-time.",
        "Rovers beat Leeds 3-1 on Saturday.",
    ],
)
def test_a_games_score_stays_a_score(text: str) -> None:
    assert values_and_units(text) == [(None, None)]
