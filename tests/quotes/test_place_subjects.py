# ruff: noqa: E501 (one invented sentence per line)
"""A place after ``in`` and a lower-case modifier is no institution that spoke.

Every sentence is invented.  ``Tenants of a building in east Hamilton say``:
``Hamilton`` tells where the building is; a later ``the company said`` does
not refer back to it.  A real estate investment trust (``Strathmore
Residential REIT``) is a company.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    "text",
    [
        "Tenants of a 60-unit building in east Hamilton say their landlord wants them out.\n\nIn a statement, the company said the repairs were overdue.",
        "Workers at a bottling plant in east Dunmoor say they have not been paid since May.\n\nThe company said the payroll error had been fixed.",
        "Parents of children at a daycare in north Ashcombe say the fees doubled overnight.\n\nThe company said in an email that costs had risen.",
        "Residents of a seniors’ home in west Pellham say the heat has been off for a week.\n\nThe company said a new boiler would arrive Friday.",
        "Members of a curling club in central Orvane say the ice plant failed again.\n\nThe company said a technician was on the way.",
        "Customers of a gym in south Trevalley say they were charged after it closed.\n\nThe company said refunds were being processed.",
    ],
)
def test_a_place_after_in_and_a_modifier_is_no_institution_that_spoke(
    fast_quotes: QuoteRows, text: str
) -> None:
    names = [name for _, name in fast_quotes(text)]
    assert names[-1:] == ["The company" if "The company" in text else "the company"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The building was bought last year by Strathmore Residential REIT. The company said the tenants could return.",
            "Strathmore Residential REIT",
        ),
        (
            "Kelso Apartment REIT owns 14 towers in the city. The company said rents would rise by 3 per cent.",
            "Kelso Apartment REIT",
        ),
        (
            "Tenants sued Northvale Homes REIT in March, and the company said it would fight the claim.",
            "Northvale Homes REIT",
        ),
        (
            "The mall belongs to Brightpoint Retail REIT. The company said two anchor stores had left.",
            "Brightpoint Retail REIT",
        ),
        (
            "Tenants at the tower complained to Granite Peak REIT for months. The company said repairs start Monday.",
            "Granite Peak REIT",
        ),
        (
            "Harbour Crest REIT bought the complex for $40 million. The company said no units would be converted.",
            "Harbour Crest REIT",
        ),
    ],
)
def test_a_real_estate_investment_trust_is_the_company(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)][-1:] == [speaker]
