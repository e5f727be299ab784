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
