"""A person named after a pronoun subject is the object of its verb, no antecedent of a pronoun."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Thomas Verrall grew up in Hull. After school, he joined a shipyard where he met the"
            ' older Peter Lang. Of his mentor he wrote, "He taught me everything I know."',
            "Thomas Verrall",
        ),
        (
            "Ruth Ames trained as a nurse in Leeds. In 1990, she hired a young doctor named"
            ' Sarah Kent. Years later she said, "I knew she would go far."',
            "Ruth Ames",
        ),
        (
            "Daniel Price ran the family bakery for decades. Each morning, he greeted the"
            " delivery driver Tom Baker at the door. About those years he said,"
            ' "We never missed a day."',
            "Daniel Price",
        ),
        (
            "Maria Costa opened the shelter in 2004. That winter, she took in a teenager called"
            ' Anna Webb. She said later, "Anna changed how I saw the work."',
            "Maria Costa",
        ),
        (
            "Leo Brandt coached the team for ten years. In his first season, he recruited the"
            ' striker Marco Diaz from a rival club. He recalled, "Marco was the best signing I'
            ' ever made."',
            "Leo Brandt",
        ),
    ],
)
def test_object_of_a_pronoun_subject_is_no_antecedent(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]


def test_subject_of_an_introductory_clause_stays_an_antecedent(fast_quotes: QuoteRows) -> None:
    text = (
        "When Karen Stintz arrived at the hall, the meeting had already started."
        ' "We will not wait for anyone," she said.'
    )
    assert [name for _quote, name in fast_quotes(text)] == ["Karen Stintz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ruth Ames ran the clinic for years. In 1990, she hired Dr. Paul Kent. Years later"
            ' he said, "I owe her everything."',
            "Paul Kent",
        ),
        (
            "Tom Ruiz covers the courts for the paper. Last week I spoke with Judge Ann Miller"
            ' at her office. She said, "The backlog is shameful."',
            "Ann Miller",
        ),
    ],
)
def test_person_after_a_pronoun_of_another_sex_or_person_stays_an_antecedent(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]
