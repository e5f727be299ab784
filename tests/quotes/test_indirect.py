"""Indirect and mixed quotes: cue patterns, spans, and what is not reported speech."""

from __future__ import annotations

import pytest

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document

EXTRACT = QuoteExtractor()

Row = tuple[str, str, str | None, str | None]


def quotes(text: str) -> list[Row]:
    found = EXTRACT.extract(Document(text))
    return [
        (
            text[q.start : q.end],
            q.kind,
            q.speaker.name if q.speaker else None,
            text[q.cue.start : q.cue.end] if q.cue else None,
        )
        for q in found
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hua Chunying said that China expresses strong dissatisfaction.",
            ("that China expresses strong dissatisfaction", "indirect", "Hua Chunying", "said"),
        ),
        (
            "Hua Chunying said China expresses strong dissatisfaction.",
            ("China expresses strong dissatisfaction", "indirect", "Hua Chunying", "said"),
        ),
        (
            "Hua Chunying told reporters at a daily briefing in Beijing that China is unhappy.",
            ("that China is unhappy", "indirect", "Hua Chunying", "told"),
        ),
        (
            "Secord told CTV News the leagues have spent $450,000 on ice time.",
            ("the leagues have spent $450,000 on ice time", "indirect", "Secord", "told"),
        ),
        (
            "According to Kim Moran, the commission has no immigration office in Nigeria.",
            (
                "the commission has no immigration office in Nigeria",
                "indirect",
                "Kim Moran",
                "According to",
            ),
        ),
        (
            "The retail sector employed 226,000 youth in 2017, according to the study.",
            (
                "The retail sector employed 226,000 youth in 2017",
                "indirect",
                "the study",
                "according to",
            ),
        ),
        (
            "Accessibility is a major problem at the school, Marie Howell said.",
            ("Accessibility is a major problem at the school", "indirect", "Marie Howell", "said"),
        ),
        (
            "More field crews will work around the clock, the utility added.",
            ("More field crews will work around the clock", "indirect", "the utility", "added"),
        ),
        (
            "Experts warned that the bridge could collapse within a year.",
            ("that the bridge could collapse within a year", "indirect", "Experts", "warned"),
        ),
        (
            "Mr. Hemming argued that the move disadvantaged his group.",
            ("that the move disadvantaged his group", "indirect", "Hemming", "argued"),
        ),
        (
            "The mayor insisted he had never promised a study.",
            ("he had never promised a study", "indirect", "The mayor", "insisted"),
        ),
        (
            "Both sides called for dialogue between the two governments.",
            ("dialogue between the two governments", "indirect", "Both sides", "called for"),
        ),
        (
            "Ms. Marić praised Mr. Lindqvist for trying to end the dispute.",
            ("Mr. Lindqvist for trying to end the dispute", "indirect", "Marić", "praised"),
        ),
        (
            "Officials noted the storm was the worst in 20 years.",
            ("the storm was the worst in 20 years", "indirect", "Officials", "noted"),
        ),
    ],
)
def test_indirect_patterns(text: str, expected: Row) -> None:
    assert quotes(text) == [expected]


def test_participle_takes_the_speaker_of_the_main_clause() -> None:
    text = "Mr. Lindqvist thanked Ms. Marić, saying he would brief his cabinet in detail."
    rows = quotes(text)
    assert ("he would brief his cabinet in detail", "indirect", "Lindqvist", "saying") in rows


def test_coordinated_cue_shares_the_speaker() -> None:
    text = "Traeger said the vote was fair and added that more locations may follow."
    assert quotes(text) == [
        ("the vote was fair", "indirect", "Traeger", "said"),
        ("that more locations may follow", "indirect", "Traeger", "added"),
    ]


def test_parenthetical_cue_splits_its_clause() -> None:
    text = "It is on Trudeau’s watch, Scheer said, that the country is facing regional divisions."
    rows = quotes(text)
    assert [row[0] for row in rows] == [
        "It is on Trudeau’s watch",
        "that the country is facing regional divisions",
    ]
    assert {row[2] for row in rows} == {"Scheer"}


@pytest.mark.parametrize(
    "text",
    [
        "The man is said to be in hospital with serious injuries.",
        "The company did not say whether it would appeal the ruling.",
        "She refused to comment on the report released by the agency.",
        "The report says little about the cost of the new bridge.",
        "The team added a goal late in the third period to seal the win.",
        "San Jose replied just 17 seconds later with a goal of its own.",
        "He sent the city’s proposed budget to the council in December.",
        "They will continue to press the government for answers this year.",
    ],
)
def test_not_reported_speech(text: str) -> None:
    assert quotes(text) == []


def test_cue_inside_reported_content_is_not_a_second_quote() -> None:
    text = "Freeland said even though Canada believes the death penalty is wrong, it will act."
    rows = quotes(text)
    assert len(rows) == 1
    assert rows[0][2] == "Freeland"


MIXED = [
    (
        "Mr. Lindqvist said he would work with Ms. Marić, whom he called a “trusted partner,” "
        "to build “a new chapter of prosperity for both our nations.”",
        "he would work with Ms. Marić, whom he called a “trusted partner,” "
        "to build “a new chapter of prosperity for both our nations.”",
        "Lindqvist",
    ),
    (
        "In the joint communiqué, Estonia said it values Finland’s “steady and principled "
        "stance on the border question.”",
        "it values Finland’s “steady and principled stance on the border question.”",
        "Estonia",
    ),
    (
        'She said police were responsive and "very committed" to hearing what she had to say.',
        'police were responsive and "very committed" to hearing what she had to say',
        None,
    ),
    (
        "Kim confirmed it, adding that “I have no idea where that information came from.”",
        "that “I have no idea where that information came from.”",
        "Kim",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker"), MIXED)
def test_mixed_quotes(text: str, span: str, speaker: str | None) -> None:
    rows = [row for row in quotes(text) if row[0] == span]
    assert len(rows) == 1
    assert rows[0][1] == "mixed"
    if speaker is not None:
        assert rows[0][2] == speaker


def test_unresolved_pronoun_keeps_the_quote_without_a_speaker() -> None:
    text = "She said the police were responsive to the families."
    found = EXTRACT.extract(Document(text))
    assert [(text[q.start : q.end], q.speaker) for q in found] == [
        ("the police were responsive to the families", None)
    ]


def test_quotation_that_is_the_whole_complement_is_direct() -> None:
    text = "A statement e-mailed by Reagan Ruslim said “JAZZ.FM91 will respect the order.”"
    rows = quotes(text)
    assert rows == [("“JAZZ.FM91 will respect the order.”", "direct", "Reagan Ruslim", "said")]
