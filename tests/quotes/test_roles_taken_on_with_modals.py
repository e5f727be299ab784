# ruff: noqa: E501 (one invented sentence per line)
"""Roles taken on through ``as`` after a modal: ``Priya Nair would act as chief executive``.

A verb of serving after ``will`` or ``would`` (``will serve as``, ``would
act as``), or a passive of appointing (``will be named as``), links the role
after ``as`` to the name before it, also when a clause of time follows
(``while the board searched``); a definite description of that role later
names that person.  Invented paragraphs through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Tarnwell Mining said its chief executive had resigned and that finance director Mira Sood would act as chief executive while the board searched for a replacement.\n\n"
            "Analyst Tom Greer said the shares were oversold.\n\n"
            "The acting chief executive told investors the mine was on track.",
            "the mine was on track",
            "Mira Sood",
        ),
        (
            "The club said assistant Dev Malhotra would serve as head coach while the search went on.\n\n"
            "Captain Lucy Ash said the players were behind him.\n\n"
            "The interim head coach said he would not change the team.",
            "he would not change the team",
            "Dev Malhotra",
        ),
        (
            "The council said deputy clerk Hana Moss will act as clerk when the current clerk retires in May.\n\n"
            "Councillor Rob Tate praised the appointment.\n\n"
            "The clerk said the budget would be published on time.",
            "the budget would be published",
            "Hana Moss",
        ),
        (
            "The hospital said Dr. Owen Bright would serve as medical director while the inquiry ran.\n\n"
            "Union steward Ada Kerr said staff were exhausted.\n\n"
            "The medical director said no wards would close.",
            "no wards would close",
            "Owen Bright",
        ),
        (
            "Pellham Bank said treasurer Gil Navarro would act as chief financial officer until a permanent hire was found.\n\n"
            "Investor Jo Blake said the choice was sensible.\n\n"
            "The chief financial officer said the dividend was safe.",
            "the dividend was safe",
            "Gil Navarro",
        ),
        (
            "The festival said producer Rina Okada will serve as artistic director while the founder recovers.\n\n"
            "Board member Sam Clay welcomed the news.\n\n"
            "The artistic director said tickets would go on sale in June.",
            "tickets would go on sale",
            "Rina Okada",
        ),
        (
            "The school board said coach Tom Beale would act as athletic director when classes resume.\n\n"
            "Parent Nina Hart said families were relieved.\n\n"
            "The athletic director said the gym would reopen next week.",
            "the gym would reopen",
            "Tom Beale",
        ),
        (
            "The league said referee Carl Moyo will serve as match commissioner while the review is under way.\n\n"
            "Fan Ed Morley said the league had acted too late.\n\n"
            "The match commissioner said every game would be filmed.",
            "every game would be filmed",
            "Carl Moyo",
        ),
        (
            "The charity said trustee Lena Voss would act as chair while the inquiry into the accounts continued.\n\n"
            "Donor Paul Finch said he wanted answers.\n\n"
            "The chair said the charity would publish its books.",
            "publish its books",
            "Lena Voss",
        ),
        (
            "The airline said pilot Rhys Dunn would serve as chief operating officer while the chief executive was on leave.\n\n"
            "Travel agent Kim Lowe said bookings had held up.\n\n"
            "The chief operating officer said summer flights would run as planned.",
            "summer flights would run",
            "Rhys Dunn",
        ),
    ],
)
def test_a_role_taken_on_after_a_modal_names_its_holder_later(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
