"""A level after a change, ``to``, a bare verb and ``at`` takes the change's unit."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "level", "unit"),
    [
        ("The all-share index added 612 points to close at 84,930.", 84930, "point"),
        ("The Nikkei shed 310 points to finish at 38,120 on Friday.", 38120, "point"),
        ("The FTSE 100 gained 41.2 points to end at 8,102.7.", 8102.7, "point"),
        ("The benchmark fell 95 points to settle at 22,415, dealers said.", 22415, "point"),
        ("The Sensex jumped 1,240 points to close at 81,460.", 81460, "point"),
        ("The index dropped 18.5 points to stand at 4,511.3 by midday.", 4511.3, "point"),
        ("The Dow climbed 220 points to trade at 42,180 in early deals.", 42180, "point"),
        ("The TSX added 88 points to close at 24,300 on Thursday.", 24300, "point"),
        ("The Kospi lost 31 points to end at 2,604.5.", 2604.5, "point"),
        (
            "The Hang Seng rose 402 points to close at 19,870, its best day in a month.",
            19870,
            "point",
        ),
        ("The ASX 200 slipped 64 points to finish at 7,820.", 7820, "point"),
    ],
)
def test_a_level_after_to_a_verb_and_at(text: str, level: float, unit: str) -> None:
    assert (float(level), unit) in values_and_units(text)
