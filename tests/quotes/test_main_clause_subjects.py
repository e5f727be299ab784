"""The subject of the main clause speaks for a colon or a coordinated verb of saying.

``Seeking to help Ann Roy among young voters, Mayor Tom Hale is rolling out a
message: “...”``: an opening phrase and a person it names as an object are
passed over.  ``When her assistant said the season was over, she paused and
added that ...``: a pronoun and its verb before ``and`` are the subject the
cue after ``and`` shares.  Every sentence is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.quotes.conftest import QuoteRows, SaidBy

import newsparse
from newsparse.model import Quote


@pytest.fixture(scope="module")
def mentions() -> Callable[[str], list[str | None]]:
    """Return a function listing the written speaker mention of each quote of a text."""
    pipeline = newsparse.Pipeline("fast")

    def written(text: str) -> list[str | None]:
        return [
            text[q.speaker.start : q.speaker.end] if q.speaker else None
            for q in pipeline(text).layer("quotes")
            if isinstance(q, Quote)
        ]

    return written


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Seeking to help Ann Roy among young voters, Mayor Tom Hale is rolling out a new "
            'campaign message: "It is about the city."',
            "Tom Hale",
        ),
        (
            "With party leaders worried about the lack of passion for Ann Roy among young "
            'voters in the suburbs, Mayor Tom Hale is trying a new message: "Vote for me."',
            "Tom Hale",
        ),
        (
            "After meeting Ann Roy in Ottawa, Premier Jo Hart posted a photo with two words: "
            '"Deal done."',
            "Jo Hart",
        ),
        (
            "The club posted a photo of its striker Ana Silva with two words: “I’m back.”",
            "The club",
        ),
        (
            "The feud was on display in May when Ana Silva took to Twitter with this: “I’m back.”",
            "Ana Silva",
        ),
        (
            "Speaking to Ann Roy after the vote, Senator Omar Haddad offered a blunt verdict: "
            '"We lost."',
            "Omar Haddad",
        ),
        (
            "As Canadian novelist Ruth Kane put it: “Winter is the truest season.”",
            "Ruth Kane",
        ),
    ],
)
def test_colon_quotation_is_the_main_subjects(text: str, speaker: str, all_said_by: SaidBy) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    "text",
    [
        'For instance, you might say something like: "Hey, cool name."',
        'If the vote fails, the mayor could say: "We tried our best."',
        'Next time, you should answer: "No, thank you."',
    ],
)
def test_a_colon_under_a_modal_announces_nothing(text: str, fast_quotes: QuoteRows) -> None:
    assert all(name is None for _, name in fast_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Coach Dana Pruitt sat quietly as the scores came in. When her assistant said the "
            "season was over, she paused and added that the team was tired.",
            "she",
        ),
        (
            "Mayor Tom Hale met the press on Monday. After an aide said the budget was late, "
            "he smiled and said the vote would still happen.",
            "he",
        ),
        (
            "Ruth Kane, a nurse, spoke at the rally. When the organizer said the ward would "
            'close, she laughed and said, "Not while I am here."',
            "she",
        ),
        (
            "Senator Omar Haddad took questions. Once the chair said time was up, he nodded "
            "and insisted that the bill would pass.",
            "he",
        ),
        (
            "Lena Fisk, the union leader, listened. As the manager said the plant would "
            "close, she stood and warned that workers would strike.",
            "she",
        ),
    ],
)
def test_pronoun_and_verb_before_and_share_the_cue(
    text: str, speaker: str, mentions: Callable[[str], list[str | None]]
) -> None:
    assert mentions(text)[-1] == speaker
