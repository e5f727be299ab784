"""Scores after a verb of defeating and its object, and a bowler's figures.

``stun Westbrook 121-114`` and ``blanked Port Hale 3-0`` are scores, the name
before them the side beaten; ``6-41 from 19.3 overs`` and ``figures of 4-35``
are a bowler's wickets and runs, no range.  Every sentence here is invented
for the test.
"""

from __future__ import annotations

import pytest

from .helpers import claims


def scores(text: str) -> list[list[int]]:
    return [list(c.attributes["score"]) for c in claims(text) if c.kind == "score"]


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("The Hornets rallied late to stun Eastvale 98-95 on Sunday.", [98, 95]),
        ("Goalkeeper Ana Ruiz was superb as Clifton blanked Rovers 2-0.", [2, 0]),
        ("The Bulls upset Harbour City 27-24 in overtime.", [27, 24]),
        ("Second seed Milan toppled Rosario 3-1 in the semi-final.", [3, 1]),
        ("The Pumas shocked Wellingford 31-17 at home.", [31, 17]),
        ("A late try helped the Gulls pip Northam 22-21.", [22, 21]),
        ("The Rams bested Dunlow 35-10 to clinch the division.", [35, 10]),
        ("Marsh scored twice as the Eagles whipped Kingsley 5-1.", [5, 1]),
        ("The champions mauled Port Elliot 48-6 in the opener.", [48, 6]),
        ("Fernhill outplayed Bayside 4-2 to reach the final.", [4, 2]),
        ("The visitors humbled Castlebar 3-0 on a wet night.", [3, 0]),
    ],
)
def test_score_after_verb_of_defeating(text: str, score: list[int]) -> None:
    assert score in scores(text)


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Quick bowler Jay Oduya finished with 5-28 from 11 overs.", [5, 28]),
        ("The spinner took 3-62 off 20 overs on a flat pitch.", [3, 62]),
        ("Kaur returned figures of 4-35 in the second innings.", [4, 35]),
        ("Leggie Ravi Das claimed 6-19 in eight overs.", [6, 19]),
        ("He ended with career-best figures of 7-44.", [7, 44]),
        ("Left-armer Beth Mole took 2-51 from 17.4 overs.", [2, 51]),
        ("She bowled superbly for 3-9 in six overs.", [3, 9]),
        ("Opening bowler Ed Thorn took 4-71 from 23 overs.", [4, 71]),
        ("Mills had figures of 1-88 after a long spell.", [1, 88]),
        ("The all-rounder chipped in with 2-30 off seven overs.", [2, 30]),
    ],
)
def test_bowling_figures(text: str, score: list[int]) -> None:
    assert score in scores(text)


@pytest.mark.parametrize(
    "text",
    [
        "Children aged 6-12 may enter free.",
        "The report runs to 4-40 pages in each volume.",
        "Expect 2-4 inches of snow in the hills.",
    ],
)
def test_no_bowling_figures(text: str) -> None:
    assert scores(text) == []
