"""A plural of people with a restrictive relative clause is named with its clause.

``Scientists who worked on the assessment, however, say ...``: a group
never named keeps the description as first written, relative clause and
all, also when the clause ends on a noun of a document or a plan and an
adverb in commas stands before the verb.  Every sentence is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import SaidBy


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lawyers who drafted the agreement, though, said the wording was clear.",
            "Lawyers who drafted the agreement",
        ),
        (
            "Scientists who led the assessment, however, say the stock is stable.",
            "Scientists who led the assessment",
        ),
        (
            "Doctors who signed the agreement, however, said the terms were fair.",
            "Doctors who signed the agreement",
        ),
        (
            "Researchers who led the assessment, though, say the river is improving.",
            "Researchers who led the assessment",
        ),
        (
            "Neighbours who opposed the proposal, however, said they would appeal.",
            "Neighbours who opposed the proposal",
        ),
        (
            "Economists who studied the proposal, however, said the savings were overstated.",
            "Economists who studied the proposal",
        ),
    ],
)
def test_group_keeps_its_relative_clause(text: str, speaker: str, all_said_by: SaidBy) -> None:
    all_said_by(text, speaker)
