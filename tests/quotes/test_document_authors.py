# ruff: noqa: E501 (one invented sentence per line)
"""A document an author spoke through keeps that author as its voice.

Invented sentences through the fast pipeline: after ``X said in a
statement``, ``the statement said`` is X's, even when the article names
countries that a joint statement's signatories could be.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "U.S. District Judge Ola Finn jailed the treasurer.\n\nThe school board said in a statement it had new rules. “This will not happen again,” the statement said.",
            "The school board",
        ),
        (
            "A U.S. District Court jury convicted the broker.\n\nThe bank said in a statement it had fired him. “We cooperated fully,” the statement said.",
            "The bank",
        ),
        (
            "Canadian Judge Ora Milne fined the firm.\n\nThe company said in a statement it would pay. “We accept the ruling,” the statement said.",
            "The company",
        ),
        (
            "A Canadian court fined the brewer.\n\nThe brewer said in a statement it would appeal. “We disagree with the court,” the statement said.",
            "The brewer",
        ),
        (
            "Irish regulators fined the lender.\n\nThe lender said in a statement it would pay. “We have changed our systems,” the statement said.",
            "The lender",
        ),
        (
            "A U.S. appeals court upheld the fine.\n\nThe railway said in a statement it would comply. “We will pay in full,” the statement said.",
            "The railway",
        ),
    ],
)
def test_a_statement_keeps_the_author_who_issued_it(text: str, name: str) -> None:
    assert last_speaker(text) == name


def test_the_report_is_the_last_document_introduced_as_a_report() -> None:
    text = "A report by the Fraser Institute found taxes were high. A study by the Broadbent Institute found the opposite.\n\nThe report said families paid too much."
    assert last_speaker(text) == "Fraser Institute"
