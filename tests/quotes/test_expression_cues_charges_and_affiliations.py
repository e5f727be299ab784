"""Verbs of nonverbal expression beside a quotation, ``charge that``, and affiliations.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


# -- ``“...?” she laughed``: a verb of nonverbal expression beside a quotation -----------
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Ines Varga runs the bakery. “Why would I close now?” she laughed.",
            "“Why would I close now?”",
        ),
        (
            "Tom Berg coaches the side. “Who needs a striker?” he chuckled.",
            "“Who needs a striker?”",
        ),
        ("Ana Ruiz won the prize. “Can you believe it?” she giggled.", "“Can you believe it?”"),
        (
            "Omar Haddad lost his seat. “What more could I do?” he sighed.",
            "“What more could I do?”",
        ),
        ("Lena Roy met the team. “Shall we begin?” she smiled.", "“Shall we begin?”"),
        (
            "Piet Kroon held the cup. “Who said we were too old?” he grinned.",
            "“Who said we were too old?”",
        ),
        ("Mia Lund saw the house. “Where did it all go?” she sobbed.", "“Where did it all go?”"),
        ("Raj Patel read the bill. “Is this a joke?” he snorted.", "“Is this a joke?”"),
        (
            "Ada Obi heard the news. “Why did they take it now?” she wept.",
            "“Why did they take it now?”",
        ),
        ("Sam Cole won again. “Did anyone doubt it?” he beamed.", "“Did anyone doubt it?”"),
    ],
)
def test_a_question_beside_a_verb_of_expression_is_a_quote(
    fast_quotes: QuoteRows, text: str, quote: str
) -> None:
    assert [q for q, _name in fast_quotes(text)] == [quote]


# -- ``charged that``: an accusation reports speech -------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Ana Ruiz charged that the council had hidden the report.",
            "that the council had hidden the report",
            "Ana Ruiz",
        ),
        (
            "The union charged that managers ignored the safety rules.",
            "that managers ignored the safety rules",
            "The union",
        ),
        (
            "Critics charged that the plan favoured developers.",
            "that the plan favoured developers",
            "Critics",
        ),
        (
            "Tom Berg, the opposition leader, charged that the budget was a fraud.",
            "that the budget was a fraud",
            "Tom Berg",
        ),
        (
            "The lawsuit, filed by Omar Haddad, charges that the firm broke the contract.",
            "that the firm broke the contract",
            "Omar Haddad",
        ),
    ],
)
def test_charge_that_reports_an_accusation(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert [q for q, _ in rows] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Police charged him with theft on Monday.",
        "The shop charged $5 for entry.",
        "He was charged with assault after the match.",
        "She smiled and walked away.",
        "The crowd laughed at the mascot.",
    ],
)
def test_charges_smiles_and_laughs_that_report_nothing(fast_quotes: QuoteRows, text: str) -> None:
    assert fast_quotes(text) == []


# -- an affiliation after an apposed name with lower-case modifiers ----------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Its sponsor, Deputy Marcos Itajuba of the governing Social Labour Party, "
            "said the fare freeze would pass.",
            "Marcos Itajuba",
        ),
        (
            "The bill's author, Ana Ruiz of the ruling Liberal Party, said the vote was close.",
            "Ana Ruiz",
        ),
        (
            "Its critic, Tom Berg of the opposition Green Party, said the costs were hidden.",
            "Tom Berg",
        ),
        (
            "The report's author, Lena Roy of the independent Fraser Institute, "
            "said prices would rise.",
            "Lena Roy",
        ),
        (
            "Their lawyer, Omar Haddad of the local Legal Aid Society, said the case was weak.",
            "Omar Haddad",
        ),
        (
            "The club's founder, Piet Kroon of the nearby Westside Rowing Club, "
            "said the river was low.",
            "Piet Kroon",
        ),
        (
            "Its chair, Mia Lund of the provincial Nurses Union, said shifts were too long.",
            "Mia Lund",
        ),
        (
            "The town's mayor, Raj Patel of the governing Civic Party, said taxes would stay.",
            "Raj Patel",
        ),
        (
            "The panel's head, Ada Obi of the federal Competition Bureau, said fines would follow.",
            "Ada Obi",
        ),
        (
            "Its treasurer, Sam Cole of the national Farmers Federation, said the fund was empty.",
            "Sam Cole",
        ),
    ],
)
def test_an_affiliation_with_lower_case_modifiers_ends_the_apposition(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert len(rows) == 1 and rows[0][1] == speaker
