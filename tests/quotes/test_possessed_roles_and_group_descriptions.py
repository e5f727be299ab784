# ruff: noqa: E501 (one invented sentence per line)
"""Speakers written as descriptions that the article names elsewhere, by class.

Every paragraph is invented.  A role owned by a named place or institution
(``Manitoba's fire commissioner says``) names the person written later
right after the same role words.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import SaidBy


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "HALIFAX — Nova Scotia's fire marshal says the warehouse blaze was set deliberately.\n\n"
            "The fire broke out just after midnight and took six hours to bring under control.\n\n"
            '"Someone poured an accelerant along the loading dock," Fire Marshal Teodora Vukic told reporters.',
            "Teodora Vukic",
        ),
        (
            "Saskatchewan's chief coroner says three of the deaths could have been prevented.\n\n"
            "The review covered every death in provincial custody over four years.\n\n"
            "Chief Coroner Aurelio Danjuma said guards had missed scheduled checks on two nights.",
            "Aurelio Danjuma",
        ),
        (
            "Brindleford's harbour master said the channel would stay closed until Friday.\n\n"
            "Two barges ran aground there last week.\n\n"
            "Harbour Master Ingrid Solheim said divers were still surveying the hulls.",
            "Ingrid Solheim",
        ),
        (
            "Calverton University's student ombudsperson says complaints about housing doubled this year.\n\n"
            "Most came from first-year students in the east residences.\n\n"
            "In her annual report, student ombudsperson Maelle Tournier said the rents had outpaced bursaries.",
            "Maelle Tournier",
        ),
        (
            "Yukon's information commissioner says the department broke the law by withholding the emails.\n\n"
            "The ruling follows a two-year complaint by a Whitehorse journalist.\n\n"
            "The department withheld 400 pages, Information Commissioner Oskar Lindqvist wrote.",
            "Oskar Lindqvist",
        ),
    ],
)
def test_a_possessed_role_takes_the_person_later_titled_with_it(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)
