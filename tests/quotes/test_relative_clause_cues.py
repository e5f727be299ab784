# ruff: noqa: E501 (one invented sentence per line)
"""Clauses and lines that report nothing: relative clauses in commas, time stamps.

Every sentence is invented.  ``At Grand station, where service continued,
platforms were packed``: ``where`` or ``when`` opens a relative clause whose
verb (``continued``, ``added``) is no cue of the words around it.  A time
stamp and its zone (``Updated 9:15 a.m. ET``) is no pull quote and its author, and a participle before its noun (``give
written notice``) no cue.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import speakers

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


def _fast_contents(text: str) -> list[str]:
    return [quote for quote, _ in speakers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "LIVE: Day 2 of the Larchmere hearing\n\nUpdated 9:15 a.m. ET\n\nThe hearing resumed after a short delay.",
        "LIVE: Storm updates\n\nUpdated 4:50 p.m. ET\n\nCrews restored power to most of the valley.",
        "Election night\n\nLast updated 11:05 p.m. ET\n\nPolls have closed across the province.",
        "Flood watch\n\nUpdated 6:30 a.m. MT\n\nThe river crested overnight below the dike.",
        "Trial coverage\n\nUpdated 2:10 p.m. MT\n\nThe jury returned to the courtroom after lunch.",
    ],
)
def test_a_time_stamp_and_its_zone_are_no_pull_quote(text: str) -> None:
    assert _fast_contents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tenants who give written notice may return at the old rent.",
        "Owners who give written consent can skip the inspection.",
        "Drivers who show written proof may park for free.",
        "Staff who keep written records were praised by the auditor.",
        "Members who provide written notice may leave the plan.",
    ],
)
def test_a_participle_before_its_noun_is_no_cue(text: str) -> None:
    assert _fast_contents(text) == []
