"""Transcript lines: a surname in capitals and a colon open a paragraph the label's person says.

``KERR: Will it pass the House?`` after ``host Daniel Kerr``: the quote is
the line after the label, said by the person the article names with that
surname; in an article where such a label speaks, a label that opens two
paragraphs or more speaks too.  Labels that name nobody (``UPDATE:``) make
no quote.  Every sentence is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

QuoteRows = Callable[[str], list[tuple[str, str | None]]]

_INTRO = (
    "Senator Ruth Abbey spoke to host Daniel Kerr of Morning Edition on Sunday "
    "about the new farm bill.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _INTRO + "KERR: Senator, thank you for joining us this morning.",
            [("Senator, thank you for joining us this morning", "Daniel Kerr")],
        ),
        (
            _INTRO + "ABBEY: Thanks for having me. The bill is long overdue for farmers.",
            [("Thanks for having me. The bill is long overdue for farmers", "Ruth Abbey")],
        ),
        (
            "Mayor Tom Lindqvist took questions at city hall on Monday.\n\n"
            '"LINDQVIST: We will rebuild the bridge before winter, and on budget.\n\n'
            '"REPORTER: How much will it cost the city this year?\n\n'
            '"LINDQVIST: About four million dollars, most of it from the province.\n\n'
            '"REPORTER: And when will the work start?',
            [
                ("We will rebuild the bridge before winter, and on budget", "Tom Lindqvist"),
                ("How much will it cost the city this year?", "REPORTER"),
                ("About four million dollars, most of it from the province", "Tom Lindqvist"),
                ("And when will the work start?", "REPORTER"),
            ],
        ),
        (
            "Coach Maria Santos sat down with the Ledger after the final.\n\n"
            "SANTOS: We never stopped believing, not even at half-time.",
            [("We never stopped believing, not even at half-time", "Maria Santos")],
        ),
        (
            "Dr. Omar Haddad, who runs the clinic, answered questions from readers.\n\n"
            "HADDAD: Wash your hands often and stay home when you are sick.",
            [("Wash your hands often and stay home when you are sick", "Omar Haddad")],
        ),
    ],
)
def test_transcript_label_speaks(
    text: str, expected: list[tuple[str, str]], fast_quotes: QuoteRows
) -> None:
    assert fast_quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The road has reopened to traffic after the crash this morning.",
        "WATCH: Firefighters battle a blaze at a warehouse on the east side of town.",
        "Mayor Tom Lindqvist spoke on Monday.\n\nREAD MORE: Bridge repairs to start in spring",
    ],
)
def test_label_naming_nobody_makes_no_quote(text: str, fast_quotes: QuoteRows) -> None:
    assert fast_quotes(text) == []
