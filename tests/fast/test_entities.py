"""The model-free entity recogniser: labels, spans, word lists and properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.builtin.fast.entities import FastEntityRecognizer, entities_spec, load_gazetteer
from newsparse.builtin.fast.entities.gazetteer import surface_key
from newsparse.builtin.fast.entities.numeric import NUMERIC
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document, Entity

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_70f566acd3c652ae.txt"

LABELS = {
    "PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW",
    "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL",
}  # fmt: skip

RECOGNIZER = FastEntityRecognizer()
SEGMENTER = FastSegmenter()


def segmented(text: str) -> Document:
    doc = Document(text)
    return doc.with_layers(SEGMENTER(doc), processor="fast.segment")


def recognise(text: str) -> list[Entity]:
    return RECOGNIZER(segmented(text))["entities"]


def found(text: str) -> list[tuple[str, str]]:
    """Return ``(surface, label)`` of every entity of *text*."""
    return [(text[e.start : e.end], e.label) for e in recognise(text)]


def named(text: str) -> list[tuple[str, str]]:
    """Like :func:`found`, without the numeric labels."""
    numeric = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"}
    return [(s, label) for s, label in found(text) if label not in numeric]


def entity(text: str, surface: str) -> Entity:
    matches = [e for e in recognise(text) if text[e.start : e.end] == surface]
    assert matches, f"{surface!r} not found in {found(text)}"
    return matches[0]


# -- the processor ------------------------------------------------------------


def test_spec_describes_the_fast_entities_processor() -> None:
    spec = entities_spec()
    assert spec.name == "fast.entities"
    assert spec.stage == "entities"
    assert spec.requires == {"sentences", "tokens"}
    assert spec.provides == {"entities"}
    recognizer = spec.factory({})
    update = recognizer(segmented("Angela Merkel visited Paris."))
    assert [e.label for e in update["entities"] if isinstance(e, Entity)] == ["PERSON", "GPE"]


def test_ids_follow_the_layer_convention_and_entities_are_sorted() -> None:
    entities = recognise("On Monday, Mr. Smith met Kenya's president in Nairobi.")
    assert [e.id for e in entities] == [f"e{i + 1}" for i in range(len(entities))]
    assert [e.start for e in entities] == sorted(e.start for e in entities)


def test_document_without_tokens_has_no_entities() -> None:
    assert RECOGNIZER(Document("Vladimir Putin"))["entities"] == []


# -- titles, people and their labels --------------------------------------------


def test_title_and_nationality_before_a_name_are_not_part_of_it() -> None:
    text = "Russian President Vladimir Putin arrived in Beijing on Thursday."
    assert found(text) == [
        ("Russian", "NORP"),
        ("Vladimir Putin", "PERSON"),
        ("Beijing", "GPE"),
        ("Thursday", "DATE"),
    ]
    assert entity(text, "Vladimir Putin").attributes["title"] == "President"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mr. Okonkwo declined to comment.", "Okonkwo"),
        ("Sen. Marlowe Quint voted against it.", "Marlowe Quint"),
        ("Prime Minister Narendra Modi spoke first.", "Narendra Modi"),
        ("The vote was called by Gen. Tamsin Orr.", "Tamsin Orr"),
        ("Party leader Zhao Leji opened the session.", "Zhao Leji"),
        ("Facebook CEO Mark Zuckerberg testified.", "Mark Zuckerberg"),
    ],
)
def test_titles_and_roles_mark_people(text: str, person: str) -> None:
    assert (person, "PERSON") in named(text)


def test_given_name_makes_an_unknown_pair_a_person() -> None:
    text = "Alexander Petrenko, a senior lecturer in economics, disagreed."
    assert named(text) == [("Alexander Petrenko", "PERSON")]


def test_given_name_wins_over_a_place_of_the_same_spelling() -> None:
    assert named("Jordan Peterson gave a talk in Jordan.") == [
        ("Jordan Peterson", "PERSON"),
        ("Jordan", "GPE"),
    ]


def test_speech_verb_and_apposition_mark_unknown_people() -> None:
    assert ("Brannagh Wolcott", "PERSON") in named("The deal is done, said Brannagh Wolcott.")
    assert ("Quennell", "PERSON") in named("Quennell, 54, runs the farm.")


def test_surname_alone_is_a_person_named_earlier_even_at_sentence_start() -> None:
    text = "Tiberius Okafor founded the group. Okafor said it was small."
    assert named(text) == [("Tiberius Okafor", "PERSON"), ("Okafor", "PERSON")]


# -- organisations, places, facilities, events ----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("He joined Brightwater Holdings Inc. last year.", "Brightwater Holdings Inc.", "ORG"),
        (
            "She studied at the University of New South Wales.",
            "University of New South Wales",
            "ORG",
        ),
        ("The Russian Foreign Ministry denied it.", "Russian Foreign Ministry", "ORG"),
        ("Flights left Harbin Taiping Airport late.", "Harbin Taiping Airport", "FAC"),
        ("They climbed Mount Kilimanjaro in June.", "Mount Kilimanjaro", "LOC"),
        ("Hurricane Katrina flooded the city.", "Hurricane Katrina", "EVENT"),
        ("Ships crossed the South China Sea.", "South China Sea", "LOC"),
        ("The Clean Air Act was amended.", "Clean Air Act", "LAW"),
    ],
)
def test_head_words_and_gazetteer_names(text: str, name: str, label: str) -> None:
    surfaces = {(s.removeprefix("the ").removeprefix("The "), lab) for s, lab in named(text)}
    assert (name, label) in surfaces


def test_affiliation_phrase_marks_an_organisation() -> None:
    text = "Joseph Whitfield, a senior fellow at Brookhollow, said so."
    assert ("Brookhollow", "ORG") in named(text)


def test_acronym_is_an_organisation_but_common_abbreviations_are_not() -> None:
    assert named("Shells were fired by KPA units.") == [("KPA", "ORG")]
    assert named("His IQ was tested on TV.") == []


def test_unknown_name_listed_with_known_ones_takes_their_label() -> None:
    assert ("Zentrixa", "ORG") in named("Games from Zentrixa, Microsoft and Sony were shown.")


def test_town_and_state_are_two_places_and_the_town_records_its_state() -> None:
    text = "The exhibit opened in Evansville, Indiana, last week."
    assert named(text) == [("Evansville", "GPE"), ("Indiana", "GPE")]
    place = entity(text, "Evansville")
    assert place.name == "Evansville"
    assert place.attributes["region"] == "Indiana"
    assert place.attributes["country"] == "United States"


def test_a_dateline_town_and_its_country_are_two_places() -> None:
    text = "HAMMERFEST, Norway, May 2 - The harbour reopened on Friday."
    assert named(text)[:2] == [("HAMMERFEST", "GPE"), ("Norway", "GPE")]


def test_state_named_like_a_capital_but_not_a_list_of_towns() -> None:
    seattle = entity("The museum in Seattle, Washington won.", "Seattle")
    assert seattle.attributes["region"] == "Washington"
    listed = named("Plants in Shanghai, Beijing and Guangzhou closed.")
    assert listed == [("Shanghai", "GPE"), ("Beijing", "GPE"), ("Guangzhou", "GPE")]


def test_dateline_in_capitals_is_looked_up() -> None:
    text = "WASHINGTON \u2014 The talks resumed."
    assert named(text) == [("WASHINGTON", "GPE")]
    assert entity(text, "WASHINGTON").name == "Washington"


def test_countries_are_national_teams_in_a_sports_report() -> None:
    text = (
        "Sweden beat South Korea 1-0 in the tournament in Russia. The striker scored "
        "a penalty after the referee checked the goal."
    )
    assert named(text) == [("Sweden", "GPE"), ("South Korea", "GPE"), ("Russia", "GPE")]
    teams = [e.attributes.get("team") for e in recognise(text) if e.label == "GPE"]
    assert teams == [True, True, None]
    assert named("Sweden and South Korea signed a trade deal.") == [
        ("Sweden", "GPE"),
        ("South Korea", "GPE"),
    ]


def test_name_before_a_role_noun_is_an_organisation() -> None:
    assert ("Foreign Affairs", "ORG") in named("He resigned as Foreign Affairs minister.")


def test_weak_cues_for_the_same_name_add_up() -> None:
    text = (
        "He left the Quorvex in 2019. Members of Quorvex protested. "
        "Later Quorvex issued a statement."
    )
    assert [s for s, label in named(text) if label == "ORG"] == ["Quorvex"] * 3


def test_spans_never_start_with_a_determiner() -> None:
    assert ("United States", "GPE") in named("Officials in the United States said no.")
    assert ("U.S.", "GPE") in named("Officials of the U.S. government said no.")
    assert ("Kremlin", "ORG") in named("It was welcomed by the Kremlin.")


def test_possessive_is_not_part_of_the_span() -> None:
    assert named("Vladimir Putin's visit ended in Moscow’s rain.") == [
        ("Vladimir Putin", "PERSON"),
        ("Moscow", "GPE"),
    ]


def test_compound_of_place_names_and_hyphenated_modifiers_are_not_entities() -> None:
    assert named("The China-Russia relationship is deep.") == []
    assert named("The U.S.-led pact grew.") == []


# -- sentence starts and headlines ----------------------------------------------


def test_capitalised_function_words_start_no_entity() -> None:
    assert named("However, nothing happened. Despite this, they left.") == []


def test_sentence_initial_word_written_in_lower_case_elsewhere_is_not_a_name() -> None:
    text = "Crossing the river was hard. The crossing took days."
    assert named(text) == []


def test_headline_keeps_only_known_or_confident_names() -> None:
    text = "Brave Volunteers Rescue Stranded Hikers Near Denver\n\nThe rescue took hours."
    assert named(text) == [("Denver", "GPE")]


# -- numbers and dates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("Trade reached a record US$240-billion.", "US$240-billion", "MONEY"),
        ("It cost $3.5 million to build.", "$3.5 million", "MONEY"),
        ("Prices rose 5.5 per cent in May.", "5.5 per cent", "PERCENT"),
        ("Turnout was 58% this time.", "58%", "PERCENT"),
        ("It began on February 24, 2022, at dawn.", "February 24, 2022", "DATE"),
        ("He arrived for a two-day visit.", "two-day", "DATE"),
        ("They met last year in Oslo.", "last year", "DATE"),
        ("The session opened at 10:30 a.m. sharp.", "10:30 a.m.", "TIME"),
        ("They walked 500 miles home.", "500 miles", "QUANTITY"),
        ("He won 84,121 votes.", "84,121", "CARDINAL"),
        ("It was the third attempt.", "third", "ORDINAL"),
    ],
)
def test_numeric_expressions(text: str, surface: str, label: str) -> None:
    assert (surface, label) in found(text)


def test_may_is_a_month_only_with_a_day_or_year() -> None:
    assert ("May 16", "DATE") in found("They met on May 16.")
    assert all(label != "DATE" for _, label in found("It may last for ever."))


def test_number_inside_a_hyphenated_token_is_not_split_off() -> None:
    assert found("A 21-gun salute followed.") == []


def test_numeric_expression_is_one_compiled_pattern_with_a_group_per_label() -> None:
    assert set(NUMERIC.groupindex) <= LABELS


# -- word lists -------------------------------------------------------------------


def test_gazetteer_canonical_names_places_and_capitals() -> None:
    gazetteer = load_gazetteer()
    us = gazetteer.lookup("U.S.")
    assert us is not None
    assert (us.name, us.label, us.kind) == ("United States", "GPE", "country")
    beijing = gazetteer.lookup("Beijing")
    assert beijing is not None
    assert (beijing.country, beijing.capital) == ("China", True)
    russians = gazetteer.lookup("Russians")
    assert russians is not None
    assert (russians.name, russians.label) == ("Russian", "NORP")
    assert gazetteer.lookup("People\u2019s Republic of China") == gazetteer.lookup("China")
    assert gazetteer.lookup("the Kremlin") == gazetteer.lookup("Kremlin")


def test_every_listed_country_of_a_place_is_a_listed_country() -> None:
    gazetteer = load_gazetteer()
    countries = {k.name for k in gazetteer.names.values() if k.kind == "country"}
    for known in gazetteer.names.values():
        if known.country is not None:
            assert known.country in countries, known


def test_title_keys_ignore_spacing_and_apostrophes() -> None:
    gazetteer = load_gazetteer()
    assert surface_key("Prime  Minister") in gazetteer.titles
    assert surface_key("People \u2019s") == "People's"


def test_word_lists_are_read_once_per_recognizer() -> None:
    gazetteer = load_gazetteer()
    recognizer = FastEntityRecognizer(gazetteer)
    first = recognizer(segmented("Olaf Scholz met Emmanuel Macron in Berlin."))
    again = recognizer(segmented("Olaf Scholz met Emmanuel Macron in Berlin."))
    assert first == again


# -- the seed article -------------------------------------------------------------


def test_seed_article_people_places_and_organisations() -> None:
    if not SEED.is_file():
        pytest.skip(f"{SEED} is not present")
    text = SEED.read_text(encoding="utf-8")
    entities = recognise(text)
    names = {(e.name, e.label) for e in entities}
    people = {"Xi Jinping", "Vladimir Putin", "Alexander Korolev", "Joseph Webster"}
    places = {
        "Beijing", "China", "Russia", "Ukraine", "Kyiv", "Moscow", "Harbin", "Sydney",
        "Taiwan", "Japan", "Australia", "United Kingdom", "South Korea", "Saudi Arabia",
        "United States",
    }  # fmt: skip
    organisations = {
        "North Atlantic Treaty Organization", "European Union", "Atlantic Council",
        "University of New South Wales", "Kremlin", "Reuters",
    }  # fmt: skip
    assert {(p, "PERSON") for p in people} <= names
    assert {(p, "GPE") for p in places} <= names
    assert {(o, "ORG") for o in organisations} <= names
    assert ("South China Sea", "LOC") in names
    persons = [e for e in entities if e.label == "PERSON"]
    assert {e.name for e in persons} <= people
    assert ("US$240-billion", "MONEY") in {(text[e.start : e.end], e.label) for e in entities}


# -- properties --------------------------------------------------------------------

_NEWSY = st.lists(
    st.sampled_from(
        [
            "Mr.",
            "Putin",
            "said",
            "the",
            "United",
            "States",
            "of",
            "America",
            "and",
            "China",
            "'s",
            "President",
            "Xi",
            "Jinping",
            "University",
            "Sydney",
            ",",
            ".",
            "$",
            "3.5",
            "billion",
            "May",
            "16",
            "2022",
            "per",
            "cent",
            "Inc.",
            "\u201c",
            "\u201d",
            "\n",
            "Beijing",
            "New",
            "York",
            "Times",
            "leader",
            "The",
        ]
    ),
    max_size=40,
).map(" ".join)


def _check(text: str) -> None:
    doc = segmented(text)
    entities = RECOGNIZER(doc)["entities"]
    starts = {t.start for t in doc.tokens}
    ends = {t.end for t in doc.tokens}
    previous_end = 0
    for k, e in enumerate(entities):
        assert e.id == f"e{k + 1}"
        assert 0 <= e.start < e.end <= len(text)
        assert e.start in starts and e.end in ends
        assert e.start >= previous_end
        previous_end = e.end
        assert e.label in LABELS
        assert e.name
    doc.with_layers({"entities": entities})
    assert RECOGNIZER(doc)["entities"] == entities


@settings(deadline=None)
@given(st.text())
def test_any_text_gives_valid_token_aligned_entities(text: str) -> None:
    _check(text)


@settings(deadline=None)
@given(_NEWSY)
def test_news_like_text_gives_valid_token_aligned_entities(text: str) -> None:
    _check(text)
