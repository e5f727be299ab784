"""Amounts in reported clauses: ``told X at least ...`` reports, ``adds an hour`` does not."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two sources told Reuters at least three projects had been put on hold.",
            ("at least three projects had been put on hold", "Two sources"),
        ),
        (
            "The mayor told reporters at most 20 homes would be rebuilt this year.",
            ("at most 20 homes would be rebuilt this year", "The mayor"),
        ),
        (
            "Police told the Gazette at least four cars were damaged in the crash.",
            ("at least four cars were damaged in the crash", "Police"),
        ),
        (
            "The coach told the players at least two of them would start on Sunday.",
            ("at least two of them would start on Sunday", "The coach"),
        ),
        (
            "Nurses told the inquiry at least 30 beds had been closed since May.",
            ("at least 30 beds had been closed since May", "Nurses"),
        ),
    ],
)
def test_told_a_bound_on_a_number(
    fast_quotes: QuoteRows, text: str, expected: tuple[str, str]
) -> None:
    assert fast_quotes(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents say the detour adds an hour.",
            ("the detour adds an hour", "Residents"),
        ),
        (
            "Councillors say the tower adds 300 homes to the ward.",
            ("the tower adds 300 homes to the ward", "Councillors"),
        ),
        (
            "Drivers say the toll adds €5 to the trip.",
            ("the toll adds €5 to the trip", "Drivers"),
        ),
        (
            "Parents say the change adds a second bus to the route.",
            ("the change adds a second bus to the route", "Parents"),
        ),
        (
            "Farmers say the rule adds close to two days to every sale.",
            ("the rule adds close to two days to every sale", "Farmers"),
        ),
    ],
)
def test_adding_an_amount_is_no_report(
    fast_quotes: QuoteRows, text: str, expected: tuple[str, str]
) -> None:
    assert fast_quotes(text) == [expected]


def test_added_with_a_reported_clause_still_reports(fast_quotes: QuoteRows) -> None:
    text = "Mayor Ana Ruiz spoke first. She added a decision would come within a week."
    assert fast_quotes(text) == [("a decision would come within a week", "Ana Ruiz")]
