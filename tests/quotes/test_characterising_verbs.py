"""A verb of characterising with ``as`` and a quotation is said by its subject.

``FactWatch rated 40% of Democratic claims as “mostly false”``: the
quotation is the subject's words, never those of a modifier of the object
(``Democratic``), and a cue noun inside the object (``claims``) is no verb.
Every sentence is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, SaidBy


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('FactWatch rated 40% of Democratic claims as "mostly false" last year.', "FactWatch"),
        (
            "The Daily Ledger ranked the mayor’s campaign promises as “broken” in a review.",
            "Daily Ledger",
        ),
        (
            "Opposition leaders have dismissed the Liberal claims as “pure spin.”",
            "Opposition leaders",
        ),
        (
            "Health officials classified 30 of the Green Party statements as “unsupported.”",
            "Health officials",
        ),
        (
            "Fans hailed the new coach as “the saviour of the club” after the win.",
            "Fans",
        ),
        (
            "Truthline rated half of the senator’s statements as “misleading” in its review.",
            "Truthline",
        ),
    ],
)
def test_characterising_verb_is_said_by_its_subject(
    text: str, speaker: str, all_said_by: SaidBy
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Former Governor Bill Lee praised the plan on Monday as “a fresh start.”",
        "The report was rated as “excellent” by the panel of experts.",
    ],
)
def test_a_name_or_a_passive_takes_no_subject_from_the_verb(
    text: str, fast_quotes: QuoteRows
) -> None:
    assert all(name != "Former Governor" for _, name in fast_quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        'The gala, billed as "the party of the year," drew a large crowd.',
        "The hotel, rated as “the best in the city” by guests, closed on Monday.",
        "A man listed as “missing” for two days was found safe on Friday.",
    ],
)
def test_a_characterising_verb_without_its_subject_quotes_no_one(
    text: str, fast_quotes: QuoteRows
) -> None:
    assert fast_quotes(text) == []
