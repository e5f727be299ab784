"""Where a person's name starts and ends beside words that are no part of it.

Every text here is invented, in several house styles (wire copy, tabloid,
interview transcripts, local news):

* an interjection or a coordinator opening a run of capitalised words
  (``Hey Ginny Lund``, the lexicon's ``interjections`` and ``coordinators``)
  starts no name, though such a word may end one (``Sandra Oh``);
* a capitalised past tense after a name in a title-cased heading (``"Debbie
  Died Because"``) ends the name when the document writes it in lower case,
  or after a given name when the lexicon lists it (``past_tenses``);
* an initial continues the name after it, even through a listed place or a
  given name (``L. Ron Hubbard``, ``W. Lansing Gleason``, ``John F. Kennedy``);
* a word broken off by a hyphen and a space in transcribed speech (``Nick Ro-
  Roberts``) is no part of a name;
* the family name of a person named in full, before a word the document
  also writes after an article (``Warhol Polaroid prints`` beside ``Andy
  Warhol`` and ``the Polaroid``), is that person's name alone.
"""

from __future__ import annotations

import pytest

from newsparse.builtin.fast.entities import FastEntityRecognizer
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document

RECOGNIZER = FastEntityRecognizer()
SEGMENTER = FastSegmenter()


def people(text: str) -> list[str]:
    doc = Document(text)
    doc = doc.with_layers(SEGMENTER(doc), processor="fast.segment")
    return [text[e.start : e.end] for e in RECOGNIZER(doc)["entities"] if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Hey Ginny Lund," Betty said into the phone.', "Ginny Lund"),
        ("Oh Marta Quill, you came after all.", "Marta Quill"),
        ("Ah Colm Dever, I was hoping you would call.", "Colm Dever"),
        ("Yeah Oona Brady said she would come.", "Oona Brady"),
        ("Cheers Niamh Kerr, see you at the match.", "Niamh Kerr"),
        ("Oh Dario Benn, that was a fast lap.", "Dario Benn"),
        ("Hey Tamsin Greer, what a lovely hat.", "Tamsin Greer"),
        ("Ah Pavel Dusek, you missed the bus again.", "Pavel Dusek"),
        ("Yeah Hanna Ruud closed the clinic at five.", "Hanna Ruud"),
        ("Yep Brigid Tully was at the meeting.", "Brigid Tully"),
        ("Hm Ruairi Walsh never told us.", "Ruairi Walsh"),
        ("Oh Ilse Varga, welcome home.", "Ilse Varga"),
        ("Cheers Fintan Lowry for the lift to the station.", "Fintan Lowry"),
    ],
)
def test_an_opening_interjection_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in people(text)


def test_an_interjection_may_end_a_name() -> None:
    assert people("Sandra Oh collected the award in Los Angeles.") == ["Sandra Oh"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Counsel showed a slide titled "Debbie Died Because". Debbie died in the fire.', "Debbie"),
        ('Her blog post "Marek Jumped First" explains why Marek jumped into the lake.', "Marek"),
        ('The episode "Declan Moved Out" aired after Declan moved to Cork.', "Declan"),
        ('The report "Imelda Warned Them" shows that Imelda warned the board.', "Imelda"),
        ('The tabloid ran "Maria Walked Out" after Maria walked out of the talks.', "Maria"),
        ('A chapter called "David Resigned Twice" tells how David resigned twice.', "David"),
        ('The exhibit "Sarah Painted Here" shows where Sarah painted the harbour.', "Sarah"),
        ('The episode "Michael Confessed Everything" aired after Michael confessed.', "Michael"),
        ('His memoir "Peter Survived Somehow" describes how Peter survived the crash.', "Peter"),
        ('Her column "Laura Voted Early" says Laura voted before the polls got busy.', "Laura"),
        ('The clip "James Escaped Again" shows how James escaped from the pen.', "James"),
        ('The newsletter "Karen Retired Today" says Karen retired after forty years.', "Karen"),
    ],
)
def test_a_past_tense_in_a_heading_ends_the_name(text: str, name: str) -> None:
    assert people(text) == [name, name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Counsel showed the jury a slide titled "Debbie Died Because".', "Debbie"),
        ('The tabloid splashed "Maria Resigned Twice" across its front page.', "Maria"),
        ('Her podcast episode "Sarah Married Young" drew thousands of listeners.', "Sarah"),
        ('The council newsletter ran a piece headed "Karen Retired Early".', "Karen"),
        ('A documentary, "Michael Survived Everest", airs on Friday.', "Michael"),
        ('The slide read "Peter Stopped Paying" in red letters.', "Peter"),
        ('His memoir "David Escaped Twice" sold well in Ireland.', "David"),
        ('Viewers loved the episode "Laura Vanished Overnight".', "Laura"),
        ('The banner said "James Delivered Again" after the final whistle.', "James"),
        ('The chapter "Anna Returned Home" closes the book.', "Anna"),
        ('A headline, "Thomas Cried Wolf", mocked the minister.', "Thomas"),
    ],
)
def test_a_listed_past_tense_after_a_given_name_ends_the_name(text: str, name: str) -> None:
    assert people(text) == [name]


def test_a_name_ending_like_a_past_tense_stays_whole() -> None:
    assert people("Fred Lind and Ted Ahmed spoke. Mohammed Reed agreed.") == [
        "Fred Lind",
        "Ted Ahmed",
        "Mohammed Reed",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The church was founded by science fiction writer L. Ron Hubbard.", "L. Ron Hubbard"),
        ("Mr. W. Lansing Gleason, my landlord, is the mayor of the town.", "W. Lansing Gleason"),
        ("The airport is named after John F. Kennedy, the former president.", "John F. Kennedy"),
        ("The novelist E. Annie Proulx won the prize on Thursday.", "E. Annie Proulx"),
        ("Oil baron J. Paul Getty left the collection to the city.", "J. Paul Getty"),
        ("Judge T. Madison Burke dismissed the charges.", "T. Madison Burke"),
        ("The mill was bought by developer M. Lansing Moore.", "M. Lansing Moore"),
        ("The late D. Kevin Ashby ran the shop for forty years.", "D. Kevin Ashby"),
        ("At the service, C. Preston Lowe played the organ.", "C. Preston Lowe"),
        ("Her grandfather, A. Victor Hale, built the first school.", "A. Victor Hale"),
    ],
)
def test_an_initial_continues_the_name(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("And you're Nick Ro- Roberts' nephew, then?", "Nick"),
        ("I asked Dana Ke- Kellerman about it.", "Dana"),
        ("So Mark Fi- Finnegan came over.", "Mark"),
        ("Well, Tom Ha- Hartley was the one.", "Tom"),
        ("It was Lisa Mo- Morrow who called.", "Lisa"),
        ("We gave it to Ben Sch- Schultz.", "Ben"),
        ("Then Paul Ve- Verhoeven took over.", "Paul"),
        ("I think Anna Ko- Kowalski signed it.", "Anna"),
        ("That was Dan Bro- Brody's idea.", "Dan"),
        ("Yeah, Emma Wi- Wilkins drove us.", "Emma"),
    ],
)
def test_a_word_broken_off_is_no_part_of_the_name(text: str, name: str) -> None:
    assert people(text)[0] == name


def test_a_hyphenated_name_stays_whole() -> None:
    assert people("Jean-Pierre Lind spoke to the Anglo-French committee.") == ["Jean-Pierre Lind"]


@pytest.mark.parametrize(
    ("text", "people_named"),
    [
        (
            "Andy Warhol made the camera famous. The museum also holds Warhol Polaroid prints. "
            "The Polaroid was cheap.",
            ["Andy Warhol", "Warhol"],
        ),
        (
            "Novelist Ada Lind wrote it on a typewriter. Collectors prize Lind Olivetti drafts. "
            "The Olivetti still works.",
            ["Ada Lind", "Lind"],
        ),
        (
            "Chef Marco Bellini cooks with copper pans. Fans queue for Bellini Vespa tours of "
            "the city, riding a Vespa.",
            ["Marco Bellini", "Bellini"],
        ),
        (
            "Photographer Dora Quist used film. Her Quist Leica portraits hang in Oslo; the "
            "Leica was her father's.",
            ["Dora Quist", "Quist"],
        ),
        (
            "Designer Tomas Ekberg sketches on paper. The Ekberg Moleskine notebooks sold out "
            "after the Moleskine ad.",
            ["Tomas Ekberg", "Ekberg"],
        ),
        (
            "Engineer Karl Mettler built the car. Visitors saw Mettler Volvo prototypes and a "
            "Volvo from 1960.",
            ["Karl Mettler", "Mettler"],
        ),
        (
            "Painter Ines Varga lives in Pecs. Varga Kodak slides were shown, and a Kodak "
            "projector was used.",
            ["Ines Varga", "Varga"],
        ),
        (
            "Composer Leon Graff wrote the score. The Graff Yamaha recordings used a Yamaha piano.",
            ["Leon Graff", "Graff"],
        ),
        (
            "Author Nell Harrow typed every word. Harrow Remington manuscripts, typed on a "
            "Remington, were sold.",
            ["Nell Harrow", "Harrow"],
        ),
        (
            "Architect Sven Holm drew the plan. Students studied Holm Lego models and built a "
            "Lego tower.",
            ["Sven Holm", "Holm"],
        ),
        (
            "Pianist Ruth Abara played in Leeds. Critics praised the Abara Steinway recital, "
            "though the Steinway was old.",
            ["Ruth Abara", "Abara"],
        ),
    ],
)
def test_a_family_name_before_a_common_noun_is_the_person(
    text: str, people_named: list[str]
) -> None:
    assert people(text) == people_named


def test_a_given_name_after_a_family_name_still_opens_a_name() -> None:
    assert people("Michael Jordan played. Jordan Smith watched with the team.") == [
        "Michael Jordan",
        "Jordan Smith",
    ]
