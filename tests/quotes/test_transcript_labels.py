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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Jane Doe sat down with Ledger host Sam Ortiz on Friday.\n\n"
            "Q: What will you cut first this year?\n\n"
            "A: Nothing that matters to families, and I mean that.",
            [
                ("What will you cut first this year?", "Sam Ortiz"),
                ("Nothing that matters to families, and I mean that", "Jane Doe"),
            ],
        ),
        (
            "Coach Dana Pruitt spoke to reporter Omar Haddad after the final.\n\n"
            '"Q: How does it feel to win the cup?\n\n'
            '"A: It has not sunk in yet, to be honest with you.',
            [
                ("How does it feel to win the cup?", "Omar Haddad"),
                ("It has not sunk in yet, to be honest with you", "Dana Pruitt"),
            ],
        ),
        (
            "Dr. Ines Varga, the health officer, spoke to host Lee Park on Monday.\n\n"
            "Q: Should children wear masks in school?\n\n"
            "A: Only when they are sick, and then they should stay home.",
            [
                ("Should children wear masks in school?", "Lee Park"),
                ("Only when they are sick, and then they should stay home", "Ines Varga"),
            ],
        ),
        (
            "Union leader Nia Bello was interviewed by moderator Paul Grant on Tuesday.\n\n"
            "Q: Will your members strike next week?\n\n"
            "A: If the company does not move, yes, they will.",
            [
                ("Will your members strike next week?", "Paul Grant"),
                ("If the company does not move, yes, they will", "Nia Bello"),
            ],
        ),
        (
            "Novelist Ruth Kane talked to host Lena Fisk about her new book.\n\n"
            "Q: Why did you set it in winter?\n\n"
            "A: Because winter is the truest season in this country.\n\n"
            "Q: Will there be a sequel?\n\n"
            "A: Not for a few years at least, I am tired.",
            [
                ("Why did you set it in winter?", "Lena Fisk"),
                ("Because winter is the truest season in this country", "Ruth Kane"),
                ("Will there be a sequel?", "Lena Fisk"),
                ("Not for a few years at least, I am tired", "Ruth Kane"),
            ],
        ),
    ],
)
def test_questions_and_answers(
    text: str, expected: list[tuple[str, str]], fast_quotes: QuoteRows
) -> None:
    assert fast_quotes(text) == expected


def test_an_interview_without_a_named_interviewer_makes_no_quotes(
    fast_quotes: QuoteRows,
) -> None:
    text = (
        "Novelist Ana Ruiz spent ten years on her new book. We spoke to her in Lima.\n\n"
        "Q: Why did it take so long?\n\n"
        "A: I threw away every draft until the last one."
    )
    assert fast_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Potter Nell Harrow has written her first opera.\n\n"
            "The Gazette spoke with Harrow at her home in Bath.\n\n"
            "Q: Why did you choose opera?\n\n"
            "A: Because nobody expected it of me.",
            [("Because nobody expected it of me", "Nell Harrow")],
        ),
        (
            "Goalkeeper Tomas Ekdal saved three penalties on Sunday.\n\n"
            "Radio Sport caught up with Ekdal after the shootout.\n\n"
            "Q: What went through your head?\n\n"
            "A: Nothing at all, and that is the secret of it.",
            [("Nothing at all, and that is the secret of it", "Tomas Ekdal")],
        ),
        (
            "Farmer Alma Quist lost half her herd in the flood.\n\n"
            "The Courier talked to Alma Quist on her porch.\n\n"
            "Q: Will you rebuild the barn?\n\n"
            "A: Yes, but not in the same place this time.",
            [("Yes, but not in the same place this time", "Alma Quist")],
        ),
        (
            "After 30 years, chef Ivo Brandt has closed his restaurant.\n\n"
            "The Tribune interviewed Brandt in the empty dining room.\n\n"
            "Q: What will you miss the most?\n\n"
            "A: The noise of the kitchen at eight on a Friday.\n\n"
            "Q: And the least?\n\n"
            "A: The rent, without a doubt, every single month.",
            [
                ("The noise of the kitchen at eight on a Friday", "Ivo Brandt"),
                ("The rent, without a doubt, every single month", "Ivo Brandt"),
            ],
        ),
        (
            "Kemi Adeyo, a sprinter, won the national title in 10.9 seconds.\n\n"
            "The Herald sat down with Adeyo on Saturday. The interview was edited.\n\n"
            "Q: Did you expect to win?\n\n"
            "A: I expected to run well, the rest was a gift.",
            [("I expected to run well, the rest was a gift", "Kemi Adeyo")],
        ),
    ],
)
def test_answers_of_a_person_the_introduction_says_was_interviewed(
    text: str, expected: list[tuple[str, str]], fast_quotes: QuoteRows
) -> None:
    assert fast_quotes(text) == expected


def test_an_interview_with_a_publication_after_the_verb_makes_no_quotes(
    fast_quotes: QuoteRows,
) -> None:
    text = (
        "Potter Nell Harrow has written her first opera. Harrow spoke to CBC News in Bath.\n\n"
        "Q: Why did you choose opera?\n\n"
        "A: Because nobody expected it of me."
    )
    assert fast_quotes(text) == []
