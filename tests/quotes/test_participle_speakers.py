"""A participle of saying after a main clause is said by that clause's subject.

``The board granted Mr. Clarke an extension, saying ...``: the speaker of
``saying``, ``adding`` or ``chanting`` is the main clause's subject, never its
object or a person named inside a prepositional phrase.  Every sentence is
invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import SaidBy


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In March, the county board gave Ms. Okafor a reprieve on her permit, "
            'saying her "plans were reasonable."',
            "the county board",
        ),
        (
            "Dozens of nurses marched past the office of Health Minister Dan Roe on "
            'Tuesday, while chanting, "Staff the wards now."',
            "Dozens of nurses",
        ),
        (
            "The airline thanked Captain Lisa Moreau on Friday, saying she "
            '"acted with great calm."',
            "The airline",
        ),
        (
            "Small groups of students kept calling for the release of Omar Haddad, "
            'marching around the campus while chanting, "Free Omar now."',
            "Small groups of students",
        ),
        (
            "Several tenant groups sued landlord Victor Pell last week, saying the "
            "buildings had gone without heat for a month.",
            "Several tenant groups",
        ),
        (
            "The league suspended striker Marco Diaz for three games on Monday, "
            'adding that his tackle was "reckless and dangerous."',
            "The league",
        ),
    ],
)
def test_participle_is_said_by_the_main_subject(
    text: str, speaker: str, all_said_by: SaidBy
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ministry spokeswoman Ana Reyes shot back on Tuesday, saying the claims were false.",
            "Ana Reyes",
        ),
        (
            "Gov. Ann Roy vetoed the bill on Friday, saying it would cost too much.",
            "Ann Roy",
        ),
        (
            "State radio quoted Deputy Minister Pavel Orlov as saying the talks would resume.",
            "Pavel Orlov",
        ),
        (
            "Party leader Tom Abbott lashed out at the premier, saying she had misled voters.",
            "Tom Abbott",
        ),
    ],
)
def test_a_person_who_is_the_subject_still_speaks(
    text: str, speaker: str, all_said_by: SaidBy
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ted Cruz, the senator from Texas, left the room, saying he had heard enough.",
            "Ted Cruz",
        ),
        ("Fred Lane, a farmer, shook his head, adding that the rain came too late.", "Fred Lane"),
        (
            "Jared Cole, who runs the shelter, closed the doors, saying there was no more room.",
            "Jared Cole",
        ),
        (
            'Ted Cruz, the senator from Texas, posted a short message: "I have heard enough."',
            "Ted Cruz",
        ),
        (
            "Sterling Hayes, the coach, left early, saying his team had played well.",
            "Sterling Hayes",
        ),
    ],
)
def test_a_name_in_ed_or_ing_opens_no_participial_phrase(
    text: str, speaker: str, all_said_by: SaidBy
) -> None:
    all_said_by(text, speaker)
