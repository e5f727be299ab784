# ruff: noqa: E501 (one invented paragraph per line)
"""Descriptions headed by nouns of people from the lexicon's WordNet list (``person_nouns``).

Invented paragraphs through the fast pipeline: a description whose head names
a person (``a nephew of the landowner``) speaks itself, not the person of its
complement; a pronoun after it refers to it; the plural of such a noun with
an ``of`` phrase (``innkeepers of the coast road``) speaks as a group; and a
role noun (``the judge``) does not refer back to a person described by another
(``A Halifax roofer who ...``).
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import SaidBy


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“He never missed a Sunday at the allotment,” a granddaughter of the retiree said on Tuesday.",
            "a granddaughter of the retiree",
        ),
        (
            "“She was the kindest person on the street,” a classmate of the victim told reporters.",
            "a classmate of the victim",
        ),
        (
            "“He works eighteen hours a day,” a bodyguard of the mayor said.",
            "a bodyguard of the mayor",
        ),
        (
            "“Nobody asked us before the fence went up,” a nephew of the landowner said.",
            "a nephew of the landowner",
        ),
        (
            "“The rent doubled overnight,” a housemate of the student said.",
            "a housemate of the student",
        ),
        (
            "“We are asking for a fair hearing,” a stepson of the defendant said outside court.",
            "a stepson of the defendant",
        ),
    ],
)
def test_a_person_noun_with_a_complement_speaks_itself(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Nobody asked us before the fence went up,” a nephew of the landowner said. He added that the family would appeal.",
            "a nephew of the landowner",
        ),
        (
            "“He never missed a Sunday at the allotment,” a granddaughter of the retiree said. She said the funeral would be on Friday.",
            "a granddaughter of the retiree",
        ),
        (
            "Mayor Ilse Brandt opened the fair. “It was the best day of the year,” a bodyguard of the mayor said later. He said the crowd was twice as large as last year.",
            "a bodyguard of the mayor",
        ),
        (
            "“The shop was her whole life,” a goddaughter of the florist said on Sunday. She said the family would keep it open.",
            "a goddaughter of the florist",
        ),
        (
            "“He fixed every roof on this street,” a godson of the roofer said. He added that a memorial was planned.",
            "a godson of the roofer",
        ),
    ],
)
def test_a_pronoun_after_such_a_description_refers_to_it(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The repairs were never made,” shopkeepers of the old market said on Monday.",
            "shopkeepers of the old market",
        ),
        (
            "“We were never consulted about the toll,” motorists of the valley said.",
            "motorists of the valley",
        ),
        (
            "“The lift has been broken since June,” homeowners of the Birch estate told the council.",
            "homeowners of the Birch estate",
        ),
        (
            "“Our trade has halved since the bypass opened,” innkeepers of the coast road said.",
            "innkeepers of the coast road",
        ),
        (
            "“We cannot afford another rise,” landlords of the old town said.",
            "landlords of the old town",
        ),
    ],
)
def test_plural_person_nouns_of_a_place_speak_as_a_group(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A Halifax roofer who took payments from dozens of families for repairs he never made has been jailed for a year, with the judge saying his conduct was “a cruel and careful fraud.” Justice Maren Holt wrote that the roofer had preyed on the elderly.",
            "Maren Holt",
        ),
        (
            "A Lethbridge locksmith who sold copied keys to burglars was sentenced on Monday, with the judge calling the scheme “a betrayal of every customer.” Justice Oskar Brandvold said the locksmith had shown no remorse.",
            "Oskar Brandvold",
        ),
        (
            "A Kelowna landlord accused of locking tenants out in winter lost his appeal on Friday, with the adjudicator saying the evictions were “plainly unlawful.” Adjudicator Fenna Raske ordered him to pay $40,000.",
            "Fenna Raske",
        ),
        (
            "A Moncton beekeeper who sold syrup as honey was fined $12,000, with the prosecutor telling the court the fraud was “deliberate and sustained.” Crown prosecutor Ilse Varga said the fine should deter others.",
            "Ilse Varga",
        ),
        (
            "A Regina plumber who billed a school board for work never done was convicted on Tuesday, with the judge saying the invoices were “pure invention.” Justice Corin Tate said the plumber had forged signatures.",
            "Corin Tate",
        ),
    ],
)
def test_a_role_noun_is_no_described_person_of_another_role(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    # ``A Halifax roofer ...`` is a person now, yet ``the judge`` is not the roofer
    all_said_by(text, speaker)
