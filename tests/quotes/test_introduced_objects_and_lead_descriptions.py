# ruff: noqa: E501 (one invented sentence per line)
"""Pronoun speakers after a person introduced as an object, and lead descriptions named next.

Invented paragraphs through the fast pipeline:

* a person named as the recipient of an institution's or a thing's act
  (``The city handed the contract to Oskar Lindt``) in a paragraph of their
  own is whom a following ``he`` or ``she`` of their sex refers to, over the
  last speaker of an earlier paragraph; a person named as an object in
  passing, inside the paragraph where the speaker already spoke, is not, and
  a person of the other sex never is;
* a present-tense lead, ``A Yukon trapper says ... his lunch``, whose report
  refers to its speaker by a pronoun before it names anyone else, takes the
  name that opens the next sentence as its subject, when that person is of
  the pronoun's sex.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


# -- a person introduced as the recipient of an act, in a paragraph of their own ------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "“We expect delays,” said Inspector Carl Brandt.\n\n"
            "The city handed the contract to Oskar Lindt, a builder from Renfrew. He said work would start in May.",
            "work would start",
            "Oskar Lindt",
        ),
        (
            "Coach Viktor Hale said the club was “delighted.”\n\n"
            "The league awarded the scoring title to Jarek Novak after a late review of Saturday's game. “It feels strange to win it in an office,” he said.",
            "win it in an office",
            "Jarek Novak",
        ),
        (
            "Fire Chief Lorne Bakker said the blaze started in a garage.\n\n"
            "The Red Cross gave temporary housing to Emeka Obi and his two sons. He said the family lost everything but their dog.",
            "lost everything",
            "Emeka Obi",
        ),
        (
            "Deputy Minister Celia Ward said the grants were “long overdue.”\n\n"
            "The province sent the first cheque to Hana Kowalski, who runs a daycare in Estevan. She said it would pay for a new roof.",
            "a new roof",
            "Hana Kowalski",
        ),
        (
            "Superintendent Lois Tanner said the district was short of drivers.\n\n"
            "The school board offered a permanent job to Elif Demir after a six-month trial. “I was not expecting that,” she said.",
            "not expecting that",
            "Elif Demir",
        ),
    ],
)
def test_a_person_introduced_as_a_recipient_takes_the_pronoun(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- the continuing speaker keeps the pronoun ------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "“We have never seen a season like this,” said coach Ilse Marten. The club thanked Rosa Dunn, its trainer, for her work. “We owe so much to the staff,” she said.",
            "owe so much",
            "Ilse Marten",
        ),
        (
            "Senator Ruth Okoye said the bill would pass by June. Her office sent a copy to Maria Lenz, the committee chair, on Friday. “We have the votes,” she said.",
            "have the votes",
            "Ruth Okoye",
        ),
        (
            "Mayor Dana Pruett said the ceremony drew a large crowd.\n\n"
            "The top award went to Tomas Kell, a paramedic. “We are proud of every nominee,” she said.",
            "proud of every nominee",
            "Dana Pruett",
        ),
        (
            "Coach Nadia Brenner said the squad was exhausted.\n\n"
            "The league handed a two-game suspension to Peter Olsen on Monday. “We will appeal,” she said.",
            "We will appeal",
            "Nadia Brenner",
        ),
        (
            "Ana Ruiz said the shelter was full.\n\n"
            "She thanked Mira Tosh for the donation. “It came at the right time,” she said.",
            "right time",
            "Ana Ruiz",
        ),
    ],
)
def test_a_continuing_speaker_keeps_the_pronoun(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- a present-tense lead description named as the next sentence's subject -------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "A Yukon trapper says a wolverine stole his lunch three days in a row.\n\n"
            "Henrik Saari was checking his lines near Carmacks when he first noticed the thief.\n\n"
            "“It knew my schedule better than I did,” he said.",
            "wolverine stole",
            "Henrik Saari",
        ),
        (
            "A Manitoba beekeeper says thieves took 40 of her hives over the long weekend.\n\n"
            "Carla Mendes keeps the hives on a rented field outside Dauphin and found the empty stands on Monday.\n\n"
            "“Somebody knew what they were doing,” she said.",
            "thieves took",
            "Carla Mendes",
        ),
        (
            "A Moncton welder says his homemade snowblower has cleared every driveway on his street this winter.\n\n"
            "Raymond Cormier built the machine from a lawn tractor and spare parts in his garage.\n\n"
            "“The neighbours laugh until it snows,” Cormier said.",
            "homemade snowblower",
            "Raymond Cormier",
        ),
        (
            "A Kelowna orchardist says she lost half her cherry crop to a single hailstorm on Sunday.\n\n"
            "Priya Sandhu walked the rows on Monday morning counting split fruit.\n\n"
            "“Twenty minutes of ice, and a year of work is on the ground,” she said.",
            "cherry crop",
            "Priya Sandhu",
        ),
        (
            "A Thunder Bay librarian says she has been returned a book that was due back in 1962.\n\n"
            "Monique Lavallée found the parcel on the returns cart with an apology note and a $20 bill.\n\n"
            "“Someone carried that guilt for sixty years,” she said. The librarian said the fine would have been about $900.",
            "about $900",
            "Monique Lavallée",
        ),
    ],
)
def test_a_lead_description_takes_the_name_opening_the_next_sentence(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- a lead description keeps its words when the next name is another's -----------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "A Regina lawyer says a client’s dog ate her closing notes.\n\n"
            "Harold Banks, the city’s police chief, called the story “entertaining.”",
            "closing notes",
            "A Regina lawyer",
        ),
        (
            "A Halifax mechanic says he was never paid for the repairs.\n\n"
            "Councillor Ben Amos raised the dispute at city hall on Tuesday.",
            "never paid",
            "A Halifax mechanic",
        ),
        (
            "A Sudbury plumber says a landlord withheld his wages for a year.\n\n"
            "Gordon Pike denies the claim.",
            "withheld his wages",
            "A Sudbury plumber",
        ),
    ],
)
def test_a_lead_description_is_not_named_by_another_person(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
