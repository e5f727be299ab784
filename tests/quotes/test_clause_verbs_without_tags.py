"""Which verb makes a reported clause when no ``that`` opens it.

Every sentence is invented.  A present tense between a singular subject and
its object (``told council her son takes the bus``, ``arguing the town
needs time``) is a finite verb; the verb of an adverbial clause
(``announced the closure before markets opened``) belongs to that clause,
not to a reported one, so a noun phrase object stays what was announced.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ana Roy told council her daughter takes the bus to school.",
            "her daughter takes the bus to school",
        ),
        (
            "The coach told reporters the team needs a win on Sunday.",
            "the team needs a win on Sunday",
        ),
        (
            "Priya Nair told the board the township owes the province $2 million.",
            "the township owes the province $2 million",
        ),
        (
            "Dale Hunt told jurors his brother keeps the keys in a drawer.",
            "his brother keeps the keys in a drawer",
        ),
        (
            "The inspector told the hearing the old building lacks a second exit.",
            "the old building lacks a second exit",
        ),
    ],
)
def test_a_present_tense_before_an_object_makes_a_reported_clause(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister defended the cut, arguing the province needs time to build housing.",
            "the province needs time to build housing",
        ),
        (
            "The coach told reporters the club wants revenge after last season.",
            "the club wants revenge after last season",
        ),
        (
            "The mayor defended the tax, arguing the city lacks money for repairs.",
            "the city lacks money for repairs",
        ),
        (
            "Her lawyer told the court her client deserves credit for time served.",
            "her client deserves credit for time served",
        ),
        (
            "The police chief defended the curfew, arguing the town needs quiet after midnight.",
            "the town needs quiet after midnight",
        ),
        (
            "The owner defended the price, arguing the restaurant pays staff above the minimum.",
            "the restaurant pays staff above the minimum",
        ),
    ],
)
def test_a_present_tense_before_a_bare_noun_object_makes_a_reported_clause(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The company announced the closure in a filing before markets opened Monday.",
        "The club confirmed the signing after the transfer window closed.",
        "The city announced the plan when council adjourned on Tuesday.",
        "The ministry confirmed the figures after reporters pressed for days.",
        "The band announced the tour while the festival was still on.",
        "The museum confirmed the sale before the auction house had listed it.",
        "The league announced the fine after the player was suspended.",
    ],
)
def test_the_verb_of_an_adverbial_clause_makes_no_reported_clause(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert fast_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The firm announced the job cuts last week.",
        "The union confirmed the pay talks on Friday.",
        "The board announced the budget cuts affecting three schools.",
    ],
)
def test_a_plural_after_a_noun_modifier_is_no_present_tense(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert fast_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Defence lawyer Ines Moreau told jurors the Crown's theory rested on a single witness.",
            "the Crown's theory rested on a single witness",
        ),
        (
            "The fire chief told council the blaze started in a storage room.",
            "the blaze started in a storage room",
        ),
        (
            "Coach Dana Whyte told reporters her team's season hinged on one game.",
            "her team's season hinged on one game",
        ),
        (
            "The auditor told the committee the missing money landed in a numbered account.",
            "the missing money landed in a numbered account",
        ),
        (
            "The principal told parents the outbreak started at a weekend tournament.",
            "the outbreak started at a weekend tournament",
        ),
        (
            "The engineer told the inquiry the crack formed at the base of the pier.",
            "the crack formed at the base of the pier",
        ),
    ],
)
def test_a_past_tense_before_a_preposition_after_a_hearer_makes_a_reported_clause(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]
