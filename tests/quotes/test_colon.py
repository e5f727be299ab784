"""Quotations a clause-final colon introduces without a verb of saying.

Every sentence is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.attribution.mentions import EntityIndex
from newsparse.attribution.words import clause_words
from newsparse.builtin.quotes.colon import colon_quotations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The club posted a photo of its striker with two words: “I’m back.”",
            [("“I’m back.”", "The club")],
        ),
        (
            "Pupils at the school held up signs in the video, including: “Save our library” "
            "and “Books matter to us.”",
            [
                ("“Save our library”", "Pupils at the school"),
                ("“Books matter to us.”", "Pupils at the school"),
            ],
        ),
        (
            "Late on Sunday Marta Kowalczyk took to Facebook with this: “The bakery stays "
            "open. See you all on Monday.”",
            [("“The bakery stays open. See you all on Monday.”", "Marta Kowalczyk")],
        ),
        (
            "Dana Whitlow: “We will open the bridge on time, whatever the weather.”",
            [("“We will open the bridge on time, whatever the weather.”", "Dana Whitlow")],
        ),
        (
            "The council ended its message with a plea: “Check your smoke alarms tonight.”",
            [("“Check your smoke alarms tonight.”", "The council")],
        ),
    ],
)
def test_quotation_after_a_colon(
    text: str,
    expected: list[tuple[str, str]],
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert fast_quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "WATCH: “Storm floods the harbour road overnight”",
        "Related: “The storm is coming to town soon.”",
        "The ferry got a new name: “Harbour Lights”",
        "It was simple: “Come home.”",
        "Update: “Bridge reopens after three weeks of repairs.”",
    ],
)
def test_no_quote_after_a_label_a_title_or_no_speaker(
    text: str, fast_quotes: Callable[[str], list[tuple[str, str | None]]]
) -> None:
    assert fast_quotes(text) == []


def test_cue_keeps_its_quotation(
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    text = "Ms. Lind told reporters on Friday: “The mill will stay open.”"
    assert fast_quotes(text) == [("“The mill will stay open.”", "Lind")]


@given(st.text(alphabet=st.sampled_from('Ab c:“”".,'), max_size=60))
def test_colon_quotations_returns_blocks_of_the_clause(text: str) -> None:
    from newsparse.attribution.marks import find_quote_blocks

    blocks = find_quote_blocks(text, [(0, len(text))]).blocks
    words = clause_words(text, 0, len(text), blocks)
    found, _ = colon_quotations(words, EntityIndex([]))
    assert set(found) <= {w.block for w in words if w.block >= 0}


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The mayor spoke to the radio on Monday.\n\n"
            "Dana Whitlow: We will be running again by noon, and the bridge opens Friday.",
            "We will be running again by noon, and the bridge opens Friday",
            "Dana Whitlow",
        ),
        (
            "Dana Whitlow, Millbrook mayor: The ferry will run again by the weekend.",
            "The ferry will run again by the weekend",
            "Dana Whitlow",
        ),
        (
            "The panel questioned Okafor Brandt for an hour.\n\n"
            "Okafor Brandt: The budget has to be cut, there is no other way.",
            "The budget has to be cut, there is no other way",
            "Okafor Brandt",
        ),
        (
            "Dr. Ines Varga: Most of the patients went home within a week.",
            "Most of the patients went home within a week",
            "Ines Varga",
        ),
        (
            "The council met on Tuesday.\n\nMaria Lopez, a councillor: We cannot keep "
            "raising fees every spring.",
            "We cannot keep raising fees every spring",
            "Maria Lopez",
        ),
    ],
)
def test_transcript_line(
    text: str,
    content: str,
    speaker: str,
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert (content, speaker) in fast_quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "READ MORE: Harbour road floods again after a night of rain",
        "Further Reading: How the Town Learned to Love Its Ferry Again",
        "Email: someone@example.com | Phone: 555 0100 for the newsroom desk",
        "Earlier: The council voted to close the old pier for the winter",
    ],
)
def test_label_line_is_no_transcript(
    text: str, fast_quotes: Callable[[str], list[tuple[str, str | None]]]
) -> None:
    assert fast_quotes(text) == []
