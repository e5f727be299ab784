"""Full names read from runs of capitalised words, without the words that are no part of them.

Every text here is invented.  Without an ``entities`` layer the name index
reads runs of capitalised words; a short name then takes the fullest name the
article writes.  These words never belong to that name:

* an interjection, a coordinator or a contraction opening the run (``Hey
  Ginny``, ``Or Renata``, ``There's Jeff``, ``I'm Miyuki``);
* a capitalised past tense after a given name in a title-cased heading
  (``"Maria Resigned Twice"``), and what follows it;
* a word broken off by a hyphen in transcribed speech (``Nick Ro- Roberts``).
"""

from __future__ import annotations

import pytest

from newsparse.attribution.names import NameIndex


def full_name(name: str, text: str) -> str:
    return NameIndex(text, []).full_name(name, len(text))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Debbie", 'Counsel showed a slide titled "Debbie Died Because". Later Debbie was named.'),
        ("Maria", 'The tabloid splashed "Maria Resigned Twice" on Sunday. Maria was not amused.'),
        ("Sarah", 'Her podcast episode "Sarah Married Young" drew thousands. Sarah laughed.'),
        ("Karen", 'The newsletter ran a piece headed "Karen Retired Early". Karen is 64.'),
        (
            "Michael",
            'A documentary, "Michael Survived Everest", airs on Friday. Michael lost toes.',
        ),
        ("Peter", 'The slide read "Peter Stopped Paying". Peter had no money left.'),
        ("David", 'His memoir "David Escaped Twice" sold well. David was pleased.'),
        ("Laura", 'Viewers loved the episode "Laura Vanished Overnight". Laura needed a break.'),
        ("James", 'The banner said "James Delivered Again" after the final. James smiled.'),
        ("Anna", 'The chapter "Anna Returned Home" closes the book. Anna stayed.'),
        ("Thomas", 'A headline, "Thomas Cried Wolf", mocked him. Thomas stood firm.'),
    ],
)
def test_a_past_tense_after_a_given_name_ends_the_name(name: str, text: str) -> None:
    assert full_name(name, text) == name


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Nick", "And you're Nick Ro- Roberts' nephew too then? Nick nodded."),
        ("Dana", "I asked Dana Ke- Kellerman about it. Dana knew."),
        ("Mark", "So Mark Fi- Finnegan came over. Mark brought beer."),
        ("Lisa", "It was Lisa Mo- Morrow who called. Lisa sounded tired."),
        ("Ben", "We gave it to Ben Sch- Schultz. Ben kept it."),
        ("Paul", "Then Paul Ve- Verhoeven took over. Paul ran the meeting."),
        ("Anna", "I think Anna Ko- Kowalski signed it. Anna denies it."),
        ("Greta", "I called Greta Lu- Lund, she knows. Greta always knows."),
        ("Emma", "Yeah, Emma Wi- Wilkins drove us. Emma drives fast."),
        ("Tom", "Well, Tom Ha- Hartley was the one. Tom admitted it."),
    ],
)
def test_a_word_broken_off_ends_the_name(name: str, text: str) -> None:
    assert full_name(name, text) == name


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Renata", "Or Renata might be sleeping in her car. Renata is seventeen."),
        ("Ginny", "Hey Ginny, the shop is open. Ginny came."),
        ("Steve", "Hi Steve, welcome back. Steve sat down."),
        ("Judy", "Thanks Judy, for the gift. Judy blushed."),
        ("Lena", "Nor Lena, who stayed away. Lena was ill."),
        ("Jeff", "There's Jeff, behind the camera. Jeff films it."),
        ("Miyuki", "I'm Miyuki. Miyuki runs the bakery."),
        ("Declan", "He's Declan, the new coach. Declan trains them."),
        ("Michael", "That's Michael's car. Michael bought it in May."),
        ("Aoife", "She’s Aoife, the new nurse. Aoife starts Monday."),
    ],
)
def test_an_opening_word_is_no_part_of_the_name(name: str, text: str) -> None:
    assert full_name(name, text) == name


def test_a_name_ending_like_a_past_tense_stays_whole() -> None:
    assert full_name("Ahmed", "Ahmed Reed spoke on Monday. Ahmed agreed.") == "Ahmed Reed"
