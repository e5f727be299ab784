"""Descriptive subjects of narrative clauses (:mod:`newsparse.attribution.descriptive`)."""

from __future__ import annotations

import pytest

from newsparse.attribution.descriptive import descriptive_subject, plural_of_people
from newsparse.attribution.mentions import EntityIndex
from newsparse.attribution.words import clause_words


def _subject(text: str) -> tuple[str, bool] | None:
    found = descriptive_subject(clause_words(text, 0, len(text), [], 0), EntityIndex([]))
    if found is None:
        return None
    return text[found.mention.start : found.mention.end], found.plural


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Porters at the Grandview Hotel struck on Friday.",
            ("Porters at the Grandview Hotel", True),
        ),
        ("Parents of Hollins Primary wrote to the board.", ("Parents of Hollins Primary", True)),
        ("Two engineers signed the letter.", ("Two engineers", True)),
        ("Many of the tenants left.", ("Many of the tenants", True)),
        ("The utility raised its rates.", ("The utility", False)),
        ("The bishop visited the parish.", ("The bishop", False)),
        ("Last week the union voted to strike.", ("the union", False)),
        ("Dockers at the port of Vell walked out.", ("Dockers at the port of Vell", True)),
    ],
)
def test_descriptive_subjects(text: str, subject: tuple[str, bool]) -> None:
    assert _subject(text) == subject


@pytest.mark.parametrize(
    "text",
    [
        "The report found errors in the accounts.",
        "The weather was bad all week.",
        "It's possible both sides will agree.",
        "Nurses Ana Ruiz and Tom Bell spoke first.",
        "Prices rose sharply in May.",
    ],
)
def test_no_descriptive_subject(text: str) -> None:
    assert _subject(text) is None


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("nurses", True),
        ("goalkeepers", True),
        ("women", True),
        ("organisers", True),
        ("residents", True),
        ("prices", False),
        ("business", False),
        ("nurse", False),
    ],
)
def test_plural_of_people(word: str, plural: bool) -> None:
    assert plural_of_people(word) is plural
