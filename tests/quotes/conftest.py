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
