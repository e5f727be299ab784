"""Words before a speaker's name that are no part of it, and letters set off after it.

* an interjection, a coordinator or a contracted pronoun, determiner or
  auxiliary (the lexicon's ``interjections``, ``coordinators`` and
  ``contractions``) written before a name never starts it: ``Or Renata``,
  ``Hey Ginny``, ``There's Jeff``, ``I'm Miyuki`` name ``Renata``, ``Ginny``,
  ``Jeff``, ``Miyuki``;
* post-nominal letters set off by commas after a name (``Tom Rake, SC,
  said``; the lexicon's ``post_nominals``) are the named person's, not a name in
  apposition who speaks.

Every sentence is invented (interview transcripts, vlogs, court and local news).
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, SaidBy


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Or Renata might be sleeping in her car. "I am fine," she said later.', "Renata"),
        ('Hey Ginny, the shop is open. "I\'m coming," she said.', "Ginny"),
        ('Oh Dario, not again. "It was an accident," he said.', "Dario"),
        ('Hi Steve, welcome back. "Glad to be here," he said.', "Steve"),
        ('Thanks Judy, for the gift. "It was nothing," she said.', "Judy"),
        ('Nor Lena, who stayed away. "I was ill," she said.', "Lena"),
        ('Okay Pavel, your turn. "I pass," he said.', "Pavel"),
        ('Sorry Hanna, we are closed. "Pity," she said.', "Hanna"),
        ('Well Tomas always picks the wine. "I like red," he said.', "Tomas"),
        (
            'Oh Marta Quill told the panel she never saw it. "It was hidden," she said.',
            "Marta Quill",
        ),
    ],
)
def test_an_interjection_or_coordinator_starts_no_name(
    text: str, speaker: str, all_said_by: SaidBy
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("That's Michael's car. \"I bought it in May,\" he said.", "Michael"),
        ('There\'s Jeff, behind the camera. "I film everything," he said.', "Jeff"),
        ('I\'m Miyuki. "I run the bakery," she said.', "Miyuki"),
        ('He\'s Declan, the new coach. "We train at six," he said.', "Declan"),
        ('She\'s Aoife, the new nurse. "I start Monday," she said.', "Aoife"),
        ('Let\'s Marek try. "I can do it," he said.', "Marek"),
        ("That’s Maria’s car. “I bought it in June,” she said.", "Maria"),
        ("There’s Brendan, at the back. “I can’t hear,” he said.", "Brendan"),
        ('He\'s Cathal, the new goalkeeper. "We train at seven," he said.', "Cathal"),
        ('There\'s Sarah, at the door. "I brought cake," she said.', "Sarah"),
    ],
)
def test_a_contraction_starts_no_name(text: str, speaker: str, all_said_by: SaidBy) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Speaking for the family, Tom Molomby, SC, said the couple had acted in good faith.",
            "Tom Molomby",
        ),
        ("Defending the driver, Ada Lind, KC, said her client had not been drinking.", "Ada Lind"),
        (
            "The prosecutor, Roisin Keane, SC, told the court the fire was set deliberately.",
            "Roisin Keane",
        ),
        ("Representing the council, Imogen Tate, QC, said the by-law was lawful.", "Imogen Tate"),
        ("Opening the appeal, Cormac Healy, SC, said the trial judge had erred.", "Cormac Healy"),
        ("Brendan Ault, KC, told the inquiry the files had been shredded.", "Brendan Ault"),
        ("For the union, Priya Nair, QC, said the dismissals were unfair.", "Priya Nair"),
        ("Siobhan Duggan, TD, told the Dáil the hospital was overcrowded.", "Siobhan Duggan"),
        ("Counsel for the estate, Lorcan Fahy, SC, argued the will was valid.", "Lorcan Fahy"),
        ("In a statement, Gwen Parry, MLA, said the road would reopen in May.", "Gwen Parry"),
    ],
)
def test_post_nominal_letters_between_commas_are_the_persons(
    text: str, speaker: str, fast_quotes: QuoteRows
) -> None:
    rows = fast_quotes(text)
    assert rows
    assert rows[0][1] == speaker, rows
