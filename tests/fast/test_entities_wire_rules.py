"""Wire-copy rules of the fast recogniser: dateline dates, company short forms and officers.

Every text here is invented.
"""

from __future__ import annotations

from newsparse.builtin.fast.entities import FastEntityRecognizer
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document

RECOGNIZER = FastEntityRecognizer()
SEGMENTER = FastSegmenter()
NUMERIC = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"}


def labelled(text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    doc = doc.with_layers(SEGMENTER(doc), processor="fast.segment")
    return [(text[e.start : e.end], e.label) for e in RECOGNIZER(doc)["entities"]]


def named(text: str) -> list[tuple[str, str]]:
    return [(s, label) for s, label in labelled(text) if label not in NUMERIC]


# -- months abbreviated without a period ----------------------------------------------


def test_an_undotted_month_before_a_day_is_a_date_not_a_place() -> None:
    text = "KELVIK, Norway, Feb 2 - Ferries stayed in port on Monday."
    assert ("Feb 2", "DATE") in labelled(text)
    assert named(text) == [("KELVIK", "GPE"), ("Norway", "GPE")]


def test_an_undotted_month_takes_a_year() -> None:
    assert ("Sept 3, 2024", "DATE") in labelled("The vote was held on Sept 3, 2024 in Harwick.")


def test_an_undotted_month_without_a_day_stays_a_name() -> None:
    assert ("Jan Kowalczyk", "PERSON") in named("Jan Kowalczyk said the vote was fair.")


# -- companies --------------------------------------------------------------------------


def test_a_company_short_form_takes_the_label_of_its_full_name() -> None:
    text = "Orvanta Corp said it would cut 300 jobs. Orvanta said it expected a loss."
    assert named(text) == [("Orvanta Corp", "ORG"), ("Orvanta", "ORG")]


def test_a_short_form_that_is_part_of_a_persons_name_stays_a_person() -> None:
    text = "Brenner Group hired Lotte Brenner. Brenner said she was pleased."
    assert ("Lotte Brenner", "PERSON") in named(text)
    assert named(text)[-1] == ("Brenner", "PERSON")


def test_officers_after_a_name_show_a_company() -> None:
    text = "Quellmark said on Monday it agreed a deal. Quellmark chief executive Ada Roos spoke."
    assert named(text)[:1] == [("Quellmark", "ORG")]
    assert ("Ada Roos", "PERSON") in named(text)
    assert named("Dunvale chairman Ola Berg resigned.")[0] == ("Dunvale", "ORG")


def test_industry_head_words_end_a_company_name() -> None:
    assert named("Harnly Water, which runs the works, said it was not told.") == [
        ("Harnly Water", "ORG")
    ]
    assert named("Osterby Electric cut its forecast.") == [("Osterby Electric", "ORG")]


# -- results tables, standings and team names make a sports document ---------------------


def test_standings_in_any_document_name_clubs_after_towns() -> None:
    text = "Standings after Sunday:\nW L PCT\nHARTFORD 41 12 .774\nDAYTON 37 17 .685\n"
    assert named(text) == [("HARTFORD", "ORG"), ("DAYTON", "ORG")]


def test_results_rows_name_clubs_after_a_colon_too() -> None:
    text = "Results:\nExeter 31 Dunmore 12\nLeicester 9 Harlow 9\nOn Friday: Bristol 20 Harnvik 22"
    clubs = [s for s, label in named(text) if label == "ORG"]
    assert clubs == ["Exeter", "Dunmore", "Leicester", "Harlow", "Bristol", "Harnvik"]


def test_one_row_with_numbers_is_no_table() -> None:
    assert named("Exeter 31 percent of voters backed it.") == [("Exeter", "GPE")]


def test_a_team_name_makes_a_town_that_loses_a_club() -> None:
    text = "The Denver Nuggets beat the Hartford Hawks 108-97. Hartford lost again."
    assert named(text)[-1] == ("Hartford", "ORG")


def test_a_town_that_loses_in_news_copy_stays_a_place() -> None:
    assert named("Hartford lost 300 jobs when the plant closed.") == [("Hartford", "GPE")]


# -- lists of bracketed entries -------------------------------------------------------------


def test_a_squad_list_names_players_and_their_clubs() -> None:
    text = (
        "Defenders: Kari Ostvik (Malmo), Brynjar Hallsson (Kelvor), Torvik Dahlsson (Brann). "
        "The coach named the squad for the qualifiers against Wales."
    )
    found = named(text)
    assert [s for s, label in found if label == "PERSON"] == [
        "Kari Ostvik", "Brynjar Hallsson", "Torvik Dahlsson",
    ]  # fmt: skip
    assert [s for s, label in found if label == "ORG"] == ["Malmo", "Kelvor", "Brann"]


def test_countries_in_brackets_after_runners_stay_places() -> None:
    text = (
        "1. Carla Montez (Spain) 1:58.34\n2. Ines Valtier (France) 1:58.90\n"
        "The coach praised the winner after the race and the referee agreed on the tournament."
    )
    assert ("Spain", "GPE") in named(text)
    assert ("France", "GPE") in named(text)


def test_brackets_without_a_person_are_no_entries() -> None:
    text = "Tests used the Passive Active Sensor (PAS) and the Ocean Land Probe (OLP) in orbit."
    assert all(label != "PERSON" for _, label in named(text))


# -- results in prose, companies of a place ------------------------------------------------


def test_a_reported_result_makes_clubs_of_unknown_names() -> None:
    text = "Atletico Kelvor drew 1-1 with Sporting Dunmar in Medellin on Thursday."
    assert named(text) == [
        ("Atletico Kelvor", "ORG"), ("Sporting Dunmar", "ORG"), ("Medellin", "GPE"),
    ]  # fmt: skip


def test_a_vote_with_a_margin_is_no_result() -> None:
    assert named("Harwick won the vote 52-48 in Ohio.") == [("Ohio", "GPE")]


def test_players_who_beat_each_other_stay_people() -> None:
    text = "Roger Federer beat Rafael Nadal 6-4 on Sunday."
    assert named(text) == [("Roger Federer", "PERSON"), ("Rafael Nadal", "PERSON")]


def test_a_company_of_a_town_is_a_company_and_a_town() -> None:
    assert named("He sold both ships to Marlowe Shipping of Piraeus.") == [
        ("Marlowe Shipping", "ORG"), ("Piraeus", "GPE"),
    ]  # fmt: skip
    assert named("Hollis Group of Singapore bought it.") == [
        ("Hollis Group", "ORG"), ("Singapore", "GPE"),
    ]  # fmt: skip


def test_an_institution_of_a_place_stays_one_name() -> None:
    assert named("The Bank of Japan met.") == [("Bank of Japan", "ORG")]
    assert named("Commonwealth Bank of Australia rose.") == [
        ("Commonwealth Bank of Australia", "ORG")
    ]


def test_a_town_after_a_preposition_is_no_short_form_of_its_council() -> None:
    text = "Residents of Harnvik met. The Harnvik Town Council will vote."
    assert ("Harnvik", "ORG") not in named(text)


# -- legal forms in lower case, towns as given names ------------------------------------------


def test_an_organisation_takes_a_legal_form_in_lower_case() -> None:
    assert named("Orwell Harne plc said profit rose.") == [("Orwell Harne plc", "ORG")]


def test_a_town_before_a_family_name_is_a_given_name() -> None:
    assert ("Paola Ricci", "PERSON") in named("Lumora chief Paola Ricci will become deputy chair.")
    assert named("She flew from Paola to Rome.") == [("Paola", "GPE"), ("Rome", "GPE")]


def test_a_family_name_the_text_writes_in_lower_case_is_no_name_after_a_town() -> None:
    assert ("California", "GPE") in named("The driver left. A California Driver won.")


def test_a_teams_last_word_alone_is_the_team() -> None:
    text = "The Boston Comets beat the Dayton Owls 108-97. The Comets have won six straight games."
    assert named(text)[-1] == ("Comets", "ORG")


def test_a_town_before_a_word_that_starts_listed_names_stays_a_place() -> None:
    assert named("Voters in Kowloon East chose Ada Roos.")[0] == ("Kowloon", "GPE")
