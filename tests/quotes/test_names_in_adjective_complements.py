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


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Reality star Jade Kowalski was mocked by a former co-star.\n\n"
            "A source close to Jade hit back, claiming the co-star was jealous.",
            "the co-star was jealous",
            "A source close to Jade",
        ),
        (
            "Premier Dana Whitlock was booed at the rally.\n\n"
            "An aide close to Whitlock shrugged it off, saying the crowd had been bussed in.",
            "the crowd had been bussed in",
            "An aide close to Whitlock",
        ),
        (
            "Striker Leo Brandt was left out of the squad.\n\n"
            "A friend close to Brandt lashed out, claiming the manager had a grudge.",
            "the manager had a grudge",
            "A friend close to Brandt",
        ),
        (
            "Senator Rhea Moss lost the vote by two.\n\n"
            "A strategist loyal to Moss struck a defiant note, insisting the fight was not over.",
            "the fight was not over",
            "A strategist loyal to Moss",
        ),
        (
            "Banker Omar Haddad was ousted on Friday.\n\n"
            "An executive close to Haddad hit back, claiming the board had panicked.",
            "the board had panicked",
            "An executive close to Haddad",
        ),
        (
            "Singer Tilly Vance was spotted in tears at the airport.\n\n"
            "A pal close to Vance rallied round, saying she just needed rest.",
            "she just needed rest",
            "A pal close to Vance",
        ),
        (
            "Coach Marta Greer was criticised by the club’s owner.\n\n"
            "A player loyal to Greer spoke out, saying the squad backed her.",
            "the squad backed her",
            "A player loyal to Greer",
        ),
        (
            "Mayor Ivan Petrov skipped the council meeting.\n\n"
            "A councillor close to Petrov defended him, saying he had been ill.",
            "he had been ill",
            "A councillor close to Petrov",
        ),
        (
            "Billionaire Cass Whitfield was fined by the regulator.\n\n"
            "An adviser close to Whitfield fired back, claiming the fine was political.",
            "the fine was political",
            "An adviser close to Whitfield",
        ),
        (
            "Former minister Hal Brenner was dropped by his publisher.\n\n"
            "A staffer loyal to Brenner hit back, claiming the publisher had caved to pressure.",
            "the publisher had caved",
            "A staffer loyal to Brenner",
        ),
    ],
)
def test_a_subject_with_an_adjective_complement_speaks_through_a_participle(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
