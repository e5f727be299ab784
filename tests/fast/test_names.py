"""Canonical names inside one document: people, descriptions, places, acronyms."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.builtin.fast.entities import FastEntityRecognizer
from newsparse.builtin.fast.entities.gazetteer import Known
from newsparse.builtin.fast.entities.mention import Mention
from newsparse.builtin.fast.entities.names import assign_names, initials
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document, Entity

RECOGNIZER = FastEntityRecognizer()
SEGMENTER = FastSegmenter()


def recognise(text: str) -> list[Entity]:
    doc = Document(text)
    doc = doc.with_layers(SEGMENTER(doc), processor="fast.segment")
    return RECOGNIZER(doc)["entities"]


def names(text: str, label: str = "PERSON") -> list[tuple[str, str]]:
    """Return ``(surface, canonical name)`` of the entities of *label*."""
    return [(text[e.start : e.end], e.name) for e in recognise(text) if e.label == label]


# -- people ---------------------------------------------------------------------


def test_honorific_and_surname_resolve_to_the_full_name() -> None:
    text = (
        "Russian President Vladimir Putin arrived on Thursday. "
        "Mr. Putin said the talks went well. Putin\u2019s aides agreed."
    )
    assert names(text) == [
        ("Vladimir Putin", "Vladimir Putin"),
        ("Putin", "Vladimir Putin"),
        ("Putin", "Vladimir Putin"),
    ]


def test_family_name_written_first_resolves_too() -> None:
    text = "Chinese leader Xi Jinping welcomed him. Mr. Xi said they were old friends."
    assert names(text) == [("Xi Jinping", "Xi Jinping"), ("Xi", "Xi Jinping")]


def test_short_form_before_the_full_name_takes_the_next_full_name() -> None:
    text = "Okafor spoke first, said aides. Later Tiberius Okafor left the hall."
    assert names(text)[-1] == ("Tiberius Okafor", "Tiberius Okafor")
    assert ("Okafor", "Tiberius Okafor") in names(text)


def test_nearest_earlier_full_name_wins_for_a_shared_surname() -> None:
    text = "Kristen Wilkins spoke. Ray Wilkins answered later. Wilkins said it was fine."
    assert names(text)[-1] == ("Wilkins", "Ray Wilkins")


def test_a_person_without_a_longer_form_keeps_its_own_name() -> None:
    assert names("Dr. Ngozi Okonjo-Iweala spoke.") == [
        ("Ngozi Okonjo-Iweala", "Ngozi Okonjo-Iweala")
    ]


# -- definite descriptions ---------------------------------------------------------


def test_introduced_description_refers_back_to_the_person() -> None:
    text = (
        "Chinese leader Xi Jinping met Russian President Vladimir Putin. "
        "Mr. Putin said he would meet the Chinese leader again soon. "
        "The Russian president left on Friday."
    )
    people = [e for e in recognise(text) if e.label == "PERSON"]
    descriptions = [
        (text[e.start : e.end], e.name) for e in people if e.attributes.get("description")
    ]
    assert descriptions == [
        ("the Chinese leader", "Xi Jinping"),
        ("The Russian president", "Vladimir Putin"),
    ]
    assert all(text[e.start : e.end] != "Chinese" for e in recognise(text)[2:])


def test_bare_role_resolves_only_when_one_person_holds_it() -> None:
    one = "President Donald Trump spoke. The President later left."
    assert ("The President", "Donald Trump") in names(one)
    two = "President Joe Biden met President Emmanuel Macron. The president left."
    assert all(surface != "The president" for surface, _ in names(two))


def test_description_followed_by_a_name_is_a_new_introduction() -> None:
    text = "Chinese leader Xi Jinping spoke. Then the Chinese leader Hu Jintao spoke."
    assert names(text) == [("Xi Jinping", "Xi Jinping"), ("Hu Jintao", "Hu Jintao")]


def test_description_before_its_introduction_is_not_resolved() -> None:
    text = "The Chinese leader arrived. Chinese leader Xi Jinping spoke."
    assert names(text) == [("Xi Jinping", "Xi Jinping")]


# -- places, nationalities, organisations ---------------------------------------------


def test_capital_keeps_its_name_and_exposes_its_country() -> None:
    text = "Beijing laid on huge pomp for the visit, said officials in Washington."
    places = {text[e.start : e.end]: e for e in recognise(text) if e.label == "GPE"}
    assert places["Beijing"].name == "Beijing"
    assert dict(places["Beijing"].attributes) == {"country": "China", "capital": True}
    assert places["Washington"].attributes["country"] == "United States"


def test_aliases_and_nationalities_take_canonical_names() -> None:
    text = "U.S. and UK officials met Russians in the Kremlin."
    got = {(text[e.start : e.end], e.name, e.label) for e in recognise(text)}
    assert ("U.S.", "United States", "GPE") in got
    assert ("UK", "United Kingdom", "GPE") in got
    assert ("Russians", "Russian", "NORP") in got
    assert ("Kremlin", "Kremlin", "ORG") in got
    nationality = next(e for e in recognise(text) if e.label == "NORP")
    assert nationality.attributes["country"] == "Russia"


def test_acronym_defined_in_brackets_resolves_to_the_full_name() -> None:
    text = (
        "The Council on American-Islamic Relations (CAIR) objected. A CAIR spokesman repeated it."
    )
    assert ("CAIR", "Council on American-Islamic Relations") in names(text, "ORG")


def test_acronym_matching_initials_of_an_organisation_resolves() -> None:
    text = "The Brightwater Research Council met on Monday. Later the BRC said no."
    assert ("BRC", "Brightwater Research Council") in names(text, "ORG")


def test_listed_acronym_takes_the_listed_full_name() -> None:
    assert names("NATO leaders met.", "ORG") == [("NATO", "North Atlantic Treaty Organization")]


# -- the name rules on their own -----------------------------------------------------


def test_initials_skip_function_words_and_split_hyphens() -> None:
    assert initials(["North", "Atlantic", "Treaty", "Organization"]) == "NATO"
    assert initials(["Council", "on", "American-Islamic", "Relations"]) == "CAIR"
    assert initials(["Bank", "of", "the", "Sun"]) == "BS"


def _mention(label: str, words: tuple[str, ...], known: Known | None = None) -> Mention:
    return Mention(0, 1, label, words, " ".join(words), known=known)


def test_assign_names_without_a_document() -> None:
    full = _mention("PERSON", ("Xi", "Jinping"))
    short = _mention("PERSON", ("Xi",))
    place = _mention("GPE", ("Harbin",), Known("Harbin", "GPE", "China", "city"))
    group = _mention("ORG", ("the", "Sea", "Org"))
    assign_names([short, full, place, group], ["x"])
    assert (short.name, full.name, place.name) == ("Xi Jinping", "Xi Jinping", "Harbin")
    assert place.attributes == {"country": "China"}
    assert group.name == "Sea Org"


# -- properties ------------------------------------------------------------------------

_PEOPLE_TEXT = st.lists(
    st.sampled_from(
        [
            "Mr.",
            "Putin",
            "Vladimir",
            "Xi",
            "Jinping",
            "Chinese",
            "leader",
            "the",
            "said",
            "President",
            "Russian",
            "president",
            ".",
            ",",
            "Dr.",
            "Ann",
            "Lee",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(deadline=None)
@given(_PEOPLE_TEXT)
def test_a_person_is_named_after_words_of_the_mention_or_a_description(text: str) -> None:
    for e in recognise(text):
        if e.label != "PERSON" or e.attributes.get("description"):
            continue
        mention_words = set(text[e.start : e.end].split())
        assert mention_words & set(e.name.split()), (text[e.start : e.end], e.name)
