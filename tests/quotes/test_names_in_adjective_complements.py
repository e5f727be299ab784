"""A name that ends a postposed adjective's complement: ``A source close to Jade said``.

``close to Jade`` and ``loyal to Ruiz`` modify the noun before them: the
speaker is the whole description, not the person named inside it.
Invented paragraphs through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Reality star Jade Kowalski has split from her fiancé.\n\n"
            "A source close to Jade said the couple had been arguing for months.",
            "the couple had been arguing",
            "A source close to Jade",
        ),
        (
            "Premier Dana Whitlock is expected to call an election.\n\n"
            "An aide close to Whitlock said the date had not been chosen.",
            "the date had not been chosen",
            "An aide close to Whitlock",
        ),
        (
            "Striker Leo Brandt has handed in a transfer request.\n\n"
            "A friend close to Brandt said the player felt let down by the club.",
            "the player felt let down",
            "A friend close to Brandt",
        ),
        (
            "Senator Rhea Moss faces a challenge for the party leadership.\n\n"
            "A strategist loyal to Moss said the challengers did not have the numbers.",
            "the challengers did not have the numbers",
            "A strategist loyal to Moss",
        ),
        (
            "Chief executive Omar Haddad left the bank on Friday.\n\n"
            "An executive close to Haddad said the board had forced him out.",
            "the board had forced him out",
            "An executive close to Haddad",
        ),
        (
            "Singer Tilly Vance cancelled her world tour.\n\n"
            "A pal close to Tilly said she was exhausted.",
            "she was exhausted",
            "A pal close to Tilly",
        ),
        (
            "Coach Marta Greer was sacked after the derby defeat.\n\n"
            "A player loyal to Greer said the dressing room was stunned.",
            "the dressing room was stunned",
            "A player loyal to Greer",
        ),
        (
            "Mayor Ivan Petrov will not seek a third term.\n\n"
            "A councillor close to Petrov said the mayor wanted to spend time with his family.",
            "the mayor wanted to spend time",
            "A councillor close to Petrov",
        ),
        (
            "Billionaire Cass Whitfield has bought a football club.\n\n"
            "An adviser close to Whitfield said the deal had taken a year.",
            "the deal had taken a year",
            "An adviser close to Whitfield",
        ),
        (
            "Former minister Hal Brenner is writing a memoir.\n\n"
            "A former staffer loyal to Brenner said the book would name names.",
            "the book would name names",
            "A former staffer loyal to Brenner",
        ),
    ],
)
def test_a_name_in_an_adjective_complement_belongs_to_the_description(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
