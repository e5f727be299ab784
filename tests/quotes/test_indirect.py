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
            "Ines Valtonen said that Norland voices firm disapproval.",
            ("that Norland voices firm disapproval", "indirect", "Ines Valtonen", "said"),
        ),
        (
            "Ines Valtonen said Norland voices firm disapproval.",
            ("Norland voices firm disapproval", "indirect", "Ines Valtonen", "said"),
        ),
        (
            "Ines Valtonen told journalists at a weekly briefing in Oslo that Norland is upset.",
            ("that Norland is upset", "indirect", "Ines Valtonen", "told"),
        ),
        (
            "Ferrante told Radio Lakeside the clubs have paid $82,000 for pool rentals.",
            ("the clubs have paid $82,000 for pool rentals", "indirect", "Ferrante", "told"),
        ),
        (
            "According to Lena Dubrow, the agency has no regional branch in Chile.",
            (
                "the agency has no regional branch in Chile",
                "indirect",
                "Lena Dubrow",
                "According to",
            ),
        ),
        (
            "The tourism industry hired 48,500 students in 2019, according to the survey.",
            (
                "The tourism industry hired 48,500 students in 2019",
                "indirect",
                "the survey",
                "according to",
            ),
        ),
        (
            "Parking is a constant headache at the clinic, Gloria Banerjee said.",
            ("Parking is a constant headache at the clinic", "indirect", "Gloria Banerjee", "said"),
        ),
        (
            "Extra repair teams will stay on duty overnight, the utility added.",
            ("Extra repair teams will stay on duty overnight", "indirect", "the utility", "added"),
        ),
        (
            "Experts warned that the bridge could collapse within a year.",
            ("that the bridge could collapse within a year", "indirect", "Experts", "warned"),
        ),
        (
            "Mr. Castellane argued that the rule hurt his members.",
            ("that the rule hurt his members", "indirect", "Castellane", "argued"),
        ),
        (
            "The mayor insisted he had never promised a study.",
            ("he had never promised a study", "indirect", "The mayor", "insisted"),
        ),
        (
            "Ms. Marić praised Mr. Lindqvist for trying to end the dispute.",
            ("Mr. Lindqvist for trying to end the dispute", "indirect", "Marić", "praised"),
        ),
        (
            "Officials noted the flood was the largest in three decades.",
            ("the flood was the largest in three decades", "indirect", "Officials", "noted"),
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
    text = "Delgado said the process was open and added that more branches may follow."
    assert quotes(text) == [
        ("the process was open", "indirect", "Delgado", "said"),
        ("that more branches may follow", "indirect", "Delgado", "added"),
    ]


def test_parenthetical_cue_splits_its_clause() -> None:
    text = "It was under Hargreave’s leadership, Pelletier said, that the province lost its way."
    rows = quotes(text)
    assert [row[0] for row in rows] == [
        "It was under Hargreave’s leadership",
        "that the province lost its way",
    ]
    assert {row[2] for row in rows} == {"Pelletier"}


@pytest.mark.parametrize(
    "text",
    [
        "The man is said to be in hospital with serious injuries.",
        "The company did not say whether it would appeal the ruling.",
        "She refused to comment on the report released by the agency.",
        "The report says little about the cost of the new bridge.",
        "The team added a goal late in the third period to seal the win.",
        "Brandon replied only nine seconds later with a goal of its own.",
        "He sent the town’s draft spending plan to the council in March.",
        "They will continue to press the government for answers this year.",
    ],
)
def test_not_reported_speech(text: str) -> None:
    assert quotes(text) == []


def test_cue_inside_reported_content_is_not_a_second_quote() -> None:
    text = "Okonjo said even though Norland believes the tariff is unfair, it will comply."
    rows = quotes(text)
    assert len(rows) == 1
    assert rows[0][2] == "Okonjo"


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
        'She said the nurses were patient and "truly dedicated" to listening to her concerns.',
        'the nurses were patient and "truly dedicated" to listening to her concerns',
        None,
    ),
    (
        "Kim confirmed it, adding that “I have no clue how that rumour got started.”",
        "that “I have no clue how that rumour got started.”",
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
    text = "She said the nurses were kind to the patients."
    found = EXTRACT.extract(Document(text))
    assert [(text[q.start : q.end], q.speaker) for q in found] == [
        ("the nurses were kind to the patients", None)
    ]


def test_quotation_that_is_the_whole_complement_is_direct() -> None:
    text = "A statement e-mailed by Corinne Vashti said “HARBOUR.FM88 will abide by the ruling.”"
    rows = quotes(text)
    assert rows == [
        ("“HARBOUR.FM88 will abide by the ruling.”", "direct", "Corinne Vashti", "said")
    ]
