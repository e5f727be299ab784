# ruff: noqa: E501 (one invented sentence per line)
"""A relative clause set off by commas reports nothing around it.

Every sentence is invented.  ``At Grand station, where service continued,
platforms were packed``: ``where`` or ``when`` opens a relative clause whose
verb (``continued``, ``added``) is no cue of the words around it.
"""

from __future__ import annotations

import pytest

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document

EXTRACT = QuoteExtractor()


@pytest.mark.parametrize(
    "text",
    [
        "At Larchmere station, where streetcar service continued, the platforms were packed by 8 a.m.",
        "In the old mill town, where the night shift continued, the diner stayed open until dawn.",
        "At the county fair, where the rain continued, the tents sagged under the weight.",
        "On the north shore, where the ferry service continued, the docks were crowded with tourists.",
        "At the Elm Street rink, where the tournament continued, parents crowded the stands all afternoon.",
    ],
)
def test_a_relative_clause_in_commas_is_no_reporting_clause(text: str) -> None:
    assert [text[q.start : q.end] for q in EXTRACT.extract(Document(text))] == []
