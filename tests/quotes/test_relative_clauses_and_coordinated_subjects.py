# ruff: noqa: E501 (one invented sentence per line)
"""A relative clause on an adjunct's noun, and the subject of a clause after ``, and``.

Every sentence is invented.  ``wrote in a memo to staff that was later
posted``: ``that`` with a verb and no subject after the noun of an adjunct is
a relative pronoun, and the clause it opens is no report.  ``..., and parents
at one of the schools say ...``: a subject whose postmodifier ends with no
noun phrase of its own may open the second of two coordinated clauses.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    "text",
    [
        "The principal wrote in a letter to parents that was later shared on Facebook.",
        "The coach said in a note to players that circulated on Friday.",
        "The mayor said in a statement to reporters that was issued late Tuesday.",
        "The chief wrote in an email to officers that has since been deleted.",
        "The director said in a message to donors that later appeared online.",
        "The bishop wrote in a pastoral letter that was read at every mass.",
    ],
)
def test_that_and_a_verb_after_an_adjuncts_noun_is_a_relative_clause(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert fast_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The director wrote in a memo to staff that budgets would be frozen.",
            "that budgets would be frozen",
        ),
        (
            "The union said in a letter to members that talks had stalled.",
            "that talks had stalled",
        ),
        (
            "The board said in a letter to families that unvaccinated pupils would stay home.",
            "that unvaccinated pupils would stay home",
        ),
    ],
)
def test_that_and_a_subject_after_an_adjunct_still_opens_the_content(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Two rinks could close next winter, and members at one of them say they will protest.",
            "they will protest",
            "members at one of them",
        ),
        (
            "Three branches will merge in May, and staff at two of them say they learned of it online.",
            "they learned of it online",
            "staff at two of them",
        ),
        (
            "Both mills cut a shift, and workers at each of them say more cuts are coming.",
            "more cuts are coming",
            "workers at each of them",
        ),
        (
            "The town is selling four parks, and neighbours of all of them say the sale is rushed.",
            "the sale is rushed",
            "neighbours of all of them",
        ),
        (
            "Two daycares raised fees, and parents at both of them say they cannot keep up.",
            "they cannot keep up",
            "parents at both of them",
        ),
    ],
)
def test_a_postmodified_subject_may_open_a_clause_after_a_comma_and_and(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Councillor Dana Whitlow, who ran on a pledge to get the bridge “fixed and open,” said the delay was a disgrace.",
            "the delay was a disgrace",
            "Dana Whitlow",
        ),
        (
            "Coach Ray Lindgren, whose team was once “the pride of the valley,” said the club would fold.",
            "the club would fold",
            "Ray Lindgren",
        ),
        (
            "Captain Lena Haas, whose crew finished the race “bruised but happy,” said the boat needed repairs.",
            "the boat needed repairs",
            "Lena Haas",
        ),
        (
            "Chef Anton Greaves, who built his name on “honest food,” said the restaurant would close for good.",
            "the restaurant would close for good",
            "Anton Greaves",
        ),
        (
            "Owner Pat Dunmore, who bought the diner when it was “a wreck,” said he would sell it.",
            "he would sell it",
            "Pat Dunmore",
        ),
    ],
)
def test_a_quotation_inside_a_relative_clause_closes_it_without_a_cue_of_its_own(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in fast_quotes(text)
