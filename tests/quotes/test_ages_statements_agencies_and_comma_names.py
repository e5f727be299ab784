"""Spelled ages opening a sentence, statements of a named issuer, agencies
described after their full name, and institution names that hold commas."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import SaidBy

_SPELLED_AGES = [
    (
        "By Odile Varga, Staff Reporter\n\n"
        "Seventy-four-year-old Wilhelmina Struthers waits at her window for a van.\n\n"
        "“I paid for the whole kitchen up front,” the retired bookkeeper told the Herald."
    ),
    (
        "By Carys Pembroke, Senior Correspondent\n\n"
        "Ninety-year-old Augustin Delacroix-Hale has lived on Tamarack Lane since 1961.\n\n"
        "“They can take the house when I am gone,” the stubborn veteran said."
    ),
    (
        "By Ruben Ostrowski, Reporter\n\n"
        "Sixty-eight-year-old Philippa Norcross still opens her bakery at five every morning.\n\n"
        "“Bread does not wait for anybody,” the tireless baker said."
    ),
    (
        "By Meinhard Solberg, Staff Writer\n\n"
        "Eighty-three-year-old Ignatius Brannagh fixed his first radio in 1954.\n\n"
        "“I could never throw anything away,” the widowed tinkerer told the Gazette."
    ),
    (
        "By Jolene Abernethy, Columnist\n\n"
        "Twelve-year-old Marisela Quiroga-Danes raised $9,000 for the shelter.\n\n"
        "“The dogs need blankets,” the determined sixth-grader said."
    ),
]


@pytest.mark.parametrize("text", _SPELLED_AGES)
def test_a_spelled_age_opening_a_sentence_is_no_name(all_said_by: SaidBy, text: str) -> None:
    name = text.split("\n\n")[1].split("-old ", 1)[1].split(" ")
    full = " ".join(name[:2])
    all_said_by(text, full)


_PORTFOLIO_BODIES = [
    (
        "Nova Scotia’s Department of Tourism, Heritage and Wildlife said in an email that "
        "the trail would reopen in April.",
        "Department of Tourism, Heritage and Wildlife",
    ),
    (
        "The Ministry of Seniors, Housing and Community Safety said the rebate had been paid.",
        "Ministry of Seniors, Housing and Community Safety",
    ),
    (
        "The federal Department of Lakes, Rivers and Coastal Trade said licences would be cut "
        "by a third.",
        "Department of Lakes, Rivers and Coastal Trade",
    ),
    (
        "Yukon’s Ministry of Mines, Forests, Energy and Northern Roads said crews were on the way.",
        "Ministry of Mines, Forests, Energy and Northern Roads",
    ),
    (
        "In a statement, the Agency of Ports, Rail and Inland Shipping said the strike had ended "
        "at midnight.",
        "Agency of Ports, Rail and Inland Shipping",
    ),
]


@pytest.mark.parametrize(("text", "body"), _PORTFOLIO_BODIES)
def test_a_body_named_by_its_portfolios_keeps_its_commas(
    all_said_by: SaidBy, text: str, body: str
) -> None:
    all_said_by(text, body)


def test_a_list_of_people_after_a_body_is_no_portfolio(all_said_by: SaidBy) -> None:
    text = "The Ministry of Transport, Mayor Hollis Varga and Premier Jo Strand said it was safe."
    rows = all_said_by(text, "Jo Strand")
    assert rows
