"""Fixtures shared by the quote tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse
from newsparse.model import Quote

#: (quote text, speaker's canonical name) for each quote of a text.
QuoteRows = Callable[[str], list[tuple[str, str | None]]]


@pytest.fixture(scope="session")
def fast_quotes() -> QuoteRows:
    """Return a function listing the fast pipeline's quotes of a text with their speakers."""
    pipeline = newsparse.Pipeline("fast")

    def quotes(text: str) -> list[tuple[str, str | None]]:
        return [
            (text[q.start : q.end], q.speaker.name if q.speaker else None)
            for q in pipeline(text).layer("quotes")
            if isinstance(q, Quote)
        ]

    return quotes


def speaker_of(rows: list[tuple[str, str | None]], content: str) -> str | None:
    """Return the speaker's name of the first quote of *rows* whose text holds *content*."""
    for quote, name in rows:
        if content in quote:
            return name
    raise AssertionError(f"no quote holds {content!r}: {rows}")


#: Asserts the fast pipeline finds quotes in a text, every one said by the speaker given,
#: and returns them.
SaidBy = Callable[[str, str], list[tuple[str, str | None]]]


@pytest.fixture(scope="session")
def all_said_by(fast_quotes: QuoteRows) -> SaidBy:
    """Return a check that a text's quotes exist and are all said by one speaker."""

    def check(text: str, speaker: str) -> list[tuple[str, str | None]]:
        rows = fast_quotes(text)
        assert rows
        assert all(name == speaker for _, name in rows), rows
        return rows

    return check
