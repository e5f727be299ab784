"""Reported speech by the class of its cue and the shape of its clause.

Nominalised cues with their agent after them, verbs of judicial pronouncement,
directives and findings that report nothing, and interrupted reported clauses.
"""

from __future__ import annotations

import pytest

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document

EXTRACT = QuoteExtractor()


def quotes(text: str) -> list[tuple[str, str | None]]:
    found = EXTRACT.extract(Document(text))
    return [
        (text[q.start : q.end], q.speaker.name if q.speaker is not None else None) for q in found
    ]


# -- a speech noun with its agent in a ``from`` or ``by`` phrase -------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The council approved the budget despite warnings from staff that the "
            "ferry dock would need repairs.",
            "the ferry dock would need repairs",
            "staff",
        ),
        (
            "The merger went ahead despite assurances from Finance Minister Jo Park "
            "that no jobs would be lost.",
            "no jobs would be lost",
            "Jo Park",
        ),
        (
            "Investors shrugged off a warning by the central bank that rates could rise again.",
            "rates could rise again",
            "the central bank",
        ),
        (
            "MARKHAM — Residents ignored repeated warnings from engineers that the "
            "bridge deck was cracking.",
            "the bridge deck was cracking",
            "engineers",
        ),
        (
            "Fans cheered the pledge by club chair Rosa Idle that season tickets would be frozen.",
            "season tickets would be frozen",
            "Rosa Idle",
        ),
    ],
)
def test_speech_noun_with_agent_after_it_reports_the_clause(
    text: str, content: str, speaker: str
) -> None:
    found = quotes(text)
    assert len(found) == 1
    assert found[0][0].startswith(content)
    assert found[0][1] is not None and found[0][1].endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Claims from last year that the mine was safe were dropped.",
        "A warning from the start that was ignored cost the team the match.",
        "The promise from then that rents would fall was never kept by anyone.",
        "Warnings of floods that ruined the harvest came too late.",
        "The complaint about noise that neighbours filed was dismissed.",
    ],
)
def test_speech_noun_without_agent_reports_nothing(text: str) -> None:
    assert quotes(text) == []


# -- the head of the subject names evidence: a finding, not a quote ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "A study led by researchers at the University of Tarrow suggests that "
        "toddlers who nap twice a day sleep better at night.",
        "Research by economists at Halden University suggests that rent caps reduce "
        "new construction.",
        "A survey commissioned by the chamber of commerce suggests most shoppers "
        "would pay more for local goods.",
        "A poll conducted for the Tribune by Marsh Analytics suggests voters are split "
        "on the stadium.",
        "WINNIPEG — Figures released Tuesday by Statistics Canada indicate that "
        "farm incomes fell for a third year.",
        "Projections from the budget office suggest the deficit will double by 2030.",
    ],
)
def test_evidence_noun_heading_a_postmodified_subject_reports_nothing(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Scientists at the institute suggested that the virus had spread earlier.", "institute"),
        ("Dr. Ana Mills, who led the study, suggested that the virus had spread earlier.", "Mills"),
        ("Data scientists at the lab confirmed that the leak began in May.", "lab"),
    ],
)
def test_people_heading_a_postmodified_subject_still_speak(text: str, speaker: str) -> None:
    found = quotes(text)
    assert len(found) == 1 and (found[0][1] or "").endswith(speaker)
