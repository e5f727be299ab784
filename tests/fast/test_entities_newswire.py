"""Wire-copy conventions of the fast recogniser: capitals, datelines, tables, teams, companies.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.builtin.fast.entities import FastEntityRecognizer, load_gazetteer
from newsparse.builtin.fast.entities.capitals import read_capitals
from newsparse.builtin.fast.entities.view import TokenView
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document, Entity

RECOGNIZER = FastEntityRecognizer()
SEGMENTER = FastSegmenter()
NUMERIC = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"}


def segmented(text: str) -> Document:
    doc = Document(text)
    return doc.with_layers(SEGMENTER(doc), processor="fast.segment")


def recognise(text: str) -> list[Entity]:
    return RECOGNIZER(segmented(text))["entities"]


def named(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in recognise(text) if e.label not in NUMERIC]


# -- capitals ---------------------------------------------------------------------


def test_a_dateline_in_capitals_is_read_as_a_multi_word_place() -> None:
    text = "LOS ANGELES (Kelvwire) - Firefighters contained a blaze near Pasadena on Monday."
    assert named(text)[0] == ("LOS ANGELES", "GPE")
    assert recognise(text)[0].name == "Los Angeles"


def test_ordinary_words_of_a_headline_in_capitals_are_no_names() -> None:
    text = (
        "CYCLING - WEEKEND RESULTS FROM THE HILLS\n\n"
        "The race over the hills ended in rain, organisers said."
    )
    assert named(text) == []


def test_a_name_in_a_headline_in_capitals_is_found_when_the_story_writes_it() -> None:
    text = "MARKET TALK - DORVELL SHARES SLIDE\n\nShares in Dorvell fell 6 percent on Tuesday."
    surfaces = [s for s, _ in named(text)]
    assert surfaces == ["DORVELL", "Dorvell"]


def test_a_one_word_town_in_a_headline_needs_other_evidence() -> None:
    assert named("TEACHERS DEBATE READING TARGETS") == []


def test_read_capitals_leaves_mixed_case_text_alone() -> None:
    doc = segmented("Anna Lind met officials in Paris.")
    view = TokenView.build(doc.text, doc.layer("tokens"), doc.layer("sentences"))
    assert read_capitals(view, load_gazetteer()) is view


# -- months and weekdays as family names ---------------------------------------------


def test_a_month_after_a_given_name_is_a_family_name() -> None:
    text = "Theresa May, 71, won the prize in May 2024."
    assert ("Theresa May", "PERSON") in named(text)
    assert ("May 2024", "DATE") in [(text[e.start : e.end], e.label) for e in recognise(text)]


# -- results tables ------------------------------------------------------------------


def test_rows_of_a_results_table_are_not_headlines() -> None:
    text = (
        "Leading results of the sprint on Sunday:\n\n"
        "1. Pieter Vanhove (Belgium) 10.12\n\n"
        "2. Tomasz Krol (Poland) 10.19"
    )
    people = [s for s, label in named(text) if label == "PERSON"]
    assert people == ["Pieter Vanhove", "Tomasz Krol"]


def test_a_dateline_of_an_unlisted_town_is_a_place() -> None:
    text = "OSTRAVEN, Norway, March 2 - Snow closed the pass.\n\nKELMARSH 2026-01-02 - Rain fell."
    got = named(text)
    assert ("OSTRAVEN", "GPE") in got and ("KELMARSH", "GPE") in got
    assert recognise(text)[0].name == "Ostraven"


# -- companies -----------------------------------------------------------------------


def test_a_one_word_name_in_business_copy_is_a_company_not_a_person() -> None:
    text = (
        "Talvoren said on Monday it would cut 800 jobs as sales fell. Profit dropped "
        "and investors sold the shares. Talvoren will close a plant."
    )
    assert named(text) == [("Talvoren", "ORG"), ("Talvoren", "ORG")]


def test_company_cues_label_a_name_in_any_document() -> None:
    assert ("Quenmark", "ORG") in named("Shares in Quenmark rose after the vote.")
    assert ("Quenmark", "ORG") in named("Quenmark shares rose after the vote.")
    assert ("Holvik AB", "ORG") in named("The deal with Holvik AB closed.")


def test_a_person_in_business_copy_stays_a_person() -> None:
    text = (
        "Chief executive Mara Lindqvist said sales and profit rose for the quarter. "
        "Lindqvist said investors were pleased."
    )
    labels = {s: label for s, label in named(text)}
    assert labels == {"Mara Lindqvist": "PERSON", "Lindqvist": "PERSON"}


def test_a_name_ending_in_a_town_is_a_club_or_company() -> None:
    assert ("Atletico Lisboa", "ORG") in named("Fans of Atletico Lisboa cheered.")
    assert ("Ida Lisboa", "PERSON") in named("Ida Lisboa said no.")


# -- clubs and teams -----------------------------------------------------------------

SPORTS = " The coach praised the striker after the match, and the referee gave a penalty."


def test_a_town_that_plays_is_its_club() -> None:
    text = "Valencia beat Porto 2-1 on Sunday." + SPORTS
    assert named(text)[:2] == [("Valencia", "ORG"), ("Porto", "ORG")]


def test_a_country_that_plays_stays_a_place_with_a_team_attribute() -> None:
    text = "Norway beat Sweden 3-1 in Oslo on Tuesday." + SPORTS
    entities = [e for e in recognise(text) if e.label == "GPE"]
    assert [text[e.start : e.end] for e in entities] == ["Norway", "Sweden", "Oslo"]
    assert [e.attributes.get("team") for e in entities] == [True, True, None]


def test_a_row_of_a_results_table_names_two_clubs() -> None:
    text = "Results on Saturday (home team in capitals):\n\nDALLAS 104 Seattle 99" + SPORTS
    assert named(text)[:2] == [("DALLAS", "ORG"), ("Seattle", "ORG")]


def test_a_town_and_a_plural_name_are_a_team() -> None:
    text = "The Denver Nuggets lost to the Boston Celtics."
    assert named(text) == [("Denver Nuggets", "ORG"), ("Boston Celtics", "ORG")]


def test_a_town_and_a_plural_name_after_a_role_noun_are_a_person() -> None:
    text = "Oshawa goalie Tyler Greaves stopped 38 shots against the Charlotte Checkers."
    assert ("Tyler Greaves", "PERSON") in named(text)
    assert ("Charlotte Checkers", "ORG") in named(text)


def test_a_town_outside_a_sports_report_stays_a_place() -> None:
    assert named("Valencia beat its export record in March.") == [("Valencia", "GPE")]


# -- properties ----------------------------------------------------------------------

_WIRE_WORDS = st.sampled_from(
    [
        "OSLO", "LOS", "ANGELES", "Norway", ",", "-", "(", ")", "2026-03-01", "112", "beat",
        "shares", "said", "Valencia", "Celtics", "Boston", "the", "May", "Theresa", "AB", "\n\n",
        "1.", "RESULTS", "Kelvor", "in", "of", "statement", "a", ".",
    ]
)  # fmt: skip


@given(st.lists(_WIRE_WORDS, max_size=60))
@settings(deadline=None)
def test_wire_copy_gives_valid_sorted_non_overlapping_entities(words: list[str]) -> None:
    text = " ".join(words)
    entities = recognise(text)
    assert recognise(text) == entities
    end = 0
    for e in entities:
        assert end <= e.start < e.end <= len(text)
        assert text[e.start : e.end].strip() == text[e.start : e.end]
        assert not text[e.start : e.end].lower().startswith("the ")
        end = e.end


def test_industry_words_and_weak_heads_end_an_organisation() -> None:
    text = "Kelsow Mining said output fell. Officers of Thames Valley Police attended."
    assert named(text) == [("Kelsow Mining", "ORG"), ("Thames Valley Police", "ORG")]


def test_an_unknown_name_after_in_is_a_place_not_a_speaker() -> None:
    assert named("Police in Harwick said a man was arrested.") == [("Harwick", "GPE")]


def test_rows_of_results_and_standings_name_clubs_of_any_shape() -> None:
    text = (
        "Results of league matches on Saturday:\n\nReal Kelvora 1 Osmundo 1\n\n"
        "Standings:\n\nHarrison 30 19 6 5" + SPORTS
    )
    clubs = [s for s, label in named(text) if label == "ORG"]
    assert clubs == ["Real Kelvora", "Osmundo", "Harrison"]


# -- a town's public bodies ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Buses will run on a Sunday schedule, Winnipeg Transit said in a statement.",
            "Winnipeg Transit",
        ),
        (
            "Crews restored power to 4,000 homes by noon, Toronto Hydro said Friday.",
            "Toronto Hydro",
        ),
        (
            "Two routes will be added in June, Edmonton Transit announced Monday.",
            "Edmonton Transit",
        ),
        ("Two engines were sent to the fire, Saskatoon Fire said.", "Saskatoon Fire"),
        (
            "Ottawa Hydro told customers on Friday that crews had worked through the night.",
            "Ottawa Hydro",
        ),
    ],
)
def test_a_town_and_one_common_word_that_speak_are_its_public_body(text: str, body: str) -> None:
    assert (body, "ORG") in named(text)


def test_a_town_that_is_a_given_name_before_a_surname_stays_a_person() -> None:
    assert ("Regina Okafor", "PERSON") in named("Regina Okafor said the vote was close.")
