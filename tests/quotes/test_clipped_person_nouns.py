"""``A rep for the star``: the clipped ``rep`` is a person noun, so the whole phrase speaks.

A person noun with ``for`` or ``of`` and the person it works for is the
speaker, not the complement's person.  Invented sentences through the fast
pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (  # tabloid
            "A rep for the star added that she would not be deleting the photos.",
            "she would not be deleting",
            "A rep for the star",
        ),
        (  # showbiz wire
            "A rep for the actor said he was “resting at home” after the fall.",
            "resting at home",
            "A rep for the actor",
        ),
        (  # a named client before
            "Pop singer Mia Lowe has cancelled her tour.\n\n"
            "A rep for the singer said she had a throat infection.",
            "throat infection",
            "A rep for the singer",
        ),
        (  # sports
            "A rep for the quarterback confirmed that talks on a new deal had stalled.",
            "talks on a new deal had stalled",
            "A rep for the quarterback",
        ),
        (  # business
            "A rep for the developer said the tower would be finished by spring.",
            "the tower would be finished",
            "A rep for the developer",
        ),
        (  # a definite description
            "The rep for the family said the funeral would be private.",
            "the funeral would be private",
            "The rep for the family",
        ),
        (  # a labour story
            "A union rep said workers would vote on the offer on Friday.",
            "workers would vote on the offer",
            "A union rep",
        ),
        (  # after the quotation
            "“She is heartbroken,” a rep for the influencer said.",
            "She is heartbroken",
            "a rep for the influencer",
        ),
        (  # after the report
            "Tickets will be refunded, a rep for the comedian told the Echo.",
            "Tickets will be refunded",
            "a rep for the comedian",
        ),
        (  # a sales story
            "A sales rep for the company told the court he had never seen the contract.",
            "he had never seen the contract",
            "A sales rep for the company",
        ),
        (  # a boxing story
            "A rep for the boxer said the fight in Cardiff was off.",
            "the fight in Cardiff was off",
            "A rep for the boxer",
        ),
        (  # a colon
            "A rep for the rapper said: “He will not be commenting further.”",
            "He will not be commenting further",
            "A rep for the rapper",
        ),
    ],
)
def test_a_rep_for_someone_is_the_speaker(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
