"""Reported speech in less common shapes, and sentences that only look like it.

Every sentence is invented.  Each test names the class of construction it
covers, not the words of any article.
"""

from __future__ import annotations

import pytest

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document

EXTRACT = QuoteExtractor()


def quotes(text: str) -> list[tuple[str, str | None]]:
    """Return (content, speaker mention) of each quote of *text*."""
    out: list[tuple[str, str | None]] = []
    for span in EXTRACT.extract(Document(text)):
        speaker = span.speaker
        mention = text[speaker.start : speaker.end] if speaker is not None else None
        out.append((text[span.start : span.end], mention))
    return out


# -- a subject set off from its cue by a long phrase -----------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The chair of the Millbrook Tenants’ Association, a retired nurse who has "
            "lived on the estate for 30 years, said rents had doubled since 2015.",
            "rents had doubled since 2015",
            "The chair of the Millbrook Tenants’ Association",
        ),
        (
            "The owner of the bakery, a former pastry chef who moved to Moncton from "
            "Lyon in 2009, said she would reopen in the spring.",
            "she would reopen in the spring",
            "The owner of the bakery",
        ),
        (
            "The head of the Farmers’ Co-operative, speaking after the vote, said the "
            "new levy would hurt small growers.",
            "the new levy would hurt small growers",
            "The head of the Farmers’ Co-operative",
        ),
    ],
)
def test_subject_before_a_long_appositive_with_a_relative_clause(
    text: str, content: str, speaker: str
) -> None:
    assert quotes(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Conservation groups, including Ecojustice and the Harbour Watch Society, "
            "say the pipeline threatens salmon habitat.",
            "the pipeline threatens salmon habitat",
            "Conservation groups",
        ),
        (
            "Local growers, like Ana Ruiz and Tom Hale, say the frost wiped out half "
            "the crop.",
            "the frost wiped out half the crop",
            "Local growers",
        ),
        (
            "The minister, speaking at Ridgeview Collegiate, said the school would get "
            "a new gym.",
            "the school would get a new gym",
            "The minister",
        ),
    ],
)
def test_a_name_inside_a_prepositional_or_participial_phrase_is_no_appositive(
    text: str, content: str, speaker: str
) -> None:
    assert quotes(text) == [(content, speaker)]
