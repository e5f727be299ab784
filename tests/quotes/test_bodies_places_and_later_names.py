"""Speakers by class: institutions named across ``of``, people described by a place, later names.

Each class is tested with invented sentences of several house styles.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import SaidBy

# -- an institution's name cut at ``of`` -------------------------------------------
# Capitalised words right after ``the``, then ``of`` and more capitalised words, are
# one institution's name, though a recogniser cut it at ``of`` or took a part of it
# for a person.

INSTITUTIONS_ACROSS_OF = [
    (
        "The Saskatoon Chamber of Commerce said in a statement it was worried about the levy.",
        "Saskatoon Chamber of Commerce",
    ),
    (
        "The Alberta Chambers of Commerce warned that the tax would hurt small firms.",
        "Alberta Chambers of Commerce",
    ),
    (
        "The Knights of Columbus said the hall would stay open through the winter.",
        "Knights of Columbus",
    ),
    (
        "The Sisters of Providence said they would sell the convent to the town.",
        "Sisters of Providence",
    ),
    (
        "On Monday the Ontario Chamber of Mines said royalties were far too high.",
        "Ontario Chamber of Mines",
    ),
    (
        "Fees will rise next spring, the Greater Moncton Chamber of Commerce said.",
        "Greater Moncton Chamber of Commerce",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), INSTITUTIONS_ACROSS_OF)
def test_an_institution_named_across_of_speaks_whole(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


def test_a_role_before_of_names_its_holder(all_said_by: SaidBy) -> None:
    all_said_by(
        "Minister of Health Ana Roy toured the ward. Health care is the priority, "
        "the Minister of Health said on Friday.",
        "Ana Roy",
    )


# -- people described by a place -----------------------------------------------------
# A source after ``according to`` whose head names people keeps the place its
# complement names: the place is no speaker.

PEOPLE_OF_A_PLACE = [
    (
        "According to the weary tenants of one Regina tower, the heat has been off for a week.",
        "the weary tenants of one Regina tower",
    ),
    (
        "According to residents of Elm Street, the water has been brown since Friday.",
        "residents of Elm Street",
    ),
    (
        "According to the parents of a Moncton toddler, the clinic turned them away twice.",
        "the parents of a Moncton toddler",
    ),
    (
        "The dog park has become a mud pit, according to the regulars of one Kelowna "
        "neighbourhood.",
        "the regulars of one Kelowna neighbourhood",
    ),
    (
        "They howl all night. And according to the tired neighbours of one Brandon farm, "
        "they are getting bolder.",
        "the tired neighbours of one Brandon farm",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PEOPLE_OF_A_PLACE)
def test_people_described_by_a_place_speak_not_the_place(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


def test_a_name_after_a_title_still_speaks(all_said_by: SaidBy) -> None:
    all_said_by(
        "According to former Regina city treasurer Lena Hartley, the fund was empty.",
        "Lena Hartley",
    )
