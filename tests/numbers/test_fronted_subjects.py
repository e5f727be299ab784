"""A number that opens its clause after a fronted whole is the subject of its verb.

``Of the 312 patients enrolled ..., 41 reported serious side effects``: the
verb in ``-ed`` after the number is no participle of the noun after it; the
number counts the whole's noun, even when the ``of`` phrase holds figures of
its own.  Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import quantities


def units(text: str) -> list[tuple[object, str | None]]:
    return [(c.value, c.unit) for c in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 220 volunteers tested, 35 reported mild headaches.", (35.0, "volunteer")),
        ("Of the 90 firms surveyed, 14 raised prices last month.", (14.0, "firm")),
        ("Of the 1,200 students polled, 480 preferred online classes.", (480.0, "student")),
        ("Of the 64 councils asked, 12 missed recycling targets.", (12.0, "council")),
        ("Of those 300 drivers stopped, 27 failed breath tests.", (27.0, "driver")),
        (
            "Of the 150 mice treated over 12 weeks in 3 labs, 60 developed tumours.",
            (60.0, "mouse"),
        ),
        ("Of the 48 schools inspected across 5 districts, 9 lacked fire exits.", (9.0, "school")),
        ("Of its 700 members, 250 opposed new rules.", (250.0, "member")),
        ("Of the 85 players drafted, 30 signed professional contracts.", (30.0, "player")),
        ("Of the 410 homes in 2 villages, 120 reported flooded basements.", (120.0, "home")),
    ],
)
def test_subject_after_fronted_whole(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials counted 41 reported side effects.", (41.0, "side effect")),
        ("Of the 220 volunteers, 35 reported cases were mild.", (220.0, "volunteer")),
    ],
)
def test_participle_of_noun_without_fronted_whole(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text)
