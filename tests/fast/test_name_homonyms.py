"""People whose given or family name is also a listed place or organisation.

A given name that is a listed town, state or country, followed by a family
name, is one person's full name (``Sydney Chester``); a plural family name
after it makes no team (``Victoria Adams``); a listed organisation's one-word
name is the family name of a person the document names, unless the document
shows the organisation (``Ford`` after ``Henry Ford``).

Every text here is invented.
"""

from __future__ import annotations

import pytest
from tests.fast.entity_rows import entity_rows


def entities(text: str) -> list[tuple[str, str]]:
    """Return the named mentions of *text* as ``(surface, label)``, in text order."""
    return entity_rows(text, named_only=True)


def labels(text: str, surface: str) -> list[str]:
    """Return the label of every mention written *surface* in *text*, in text order."""
    return [label for found, label in entities(text) if found == surface]


# -- a given name that is a listed place, then a family name: one person -----------------


@pytest.mark.parametrize(
    ("text", "name", "family"),
    [
        (
            "Sydney Chester runs the bakery on the square. Chester said sales were up.",
            "Sydney Chester",
            "Chester",
        ),
        (
            "Dallas Keller opened a clinic downtown. Keller said patients waited weeks.",
            "Dallas Keller",
            "Keller",
        ),
        (
            "Houston Durham taught poetry at the college. Durham said students loved it.",
            "Houston Durham",
            "Durham",
        ),
        (
            "Austin Chester won the spelling bee. Chester said the last word was easy.",
            "Austin Chester",
            "Chester",
        ),
        (
            "Charlotte Bristol paints murals in the old town. Bristol said the walls were ready.",
            "Charlotte Bristol",
            "Bristol",
        ),
        (
            "Victoria Warwick led the choir on Sunday. Warwick said rehearsals would resume.",
            "Victoria Warwick",
            "Warwick",
        ),
        (
            "Denver Preston runs the hardware store. Preston said sales were slow.",
            "Denver Preston",
            "Preston",
        ),
        (
            "Dallas Green managed the team. Green said the bullpen was tired.",
            "Dallas Green",
            "Green",
        ),
        (
            "Nancy Holland founded the charity in 2004. Holland, 61, said donations had fallen.",
            "Nancy Holland",
            "Holland",
        ),
        (
            "Kingston Richmond sailed alone across the bay. Richmond said the wind was kind.",
            "Kingston Richmond",
            "Richmond",
        ),
        (
            "Georgia Lancaster chairs the library board. Lancaster said the roof leaked.",
            "Georgia Lancaster",
            "Lancaster",
        ),
        (
            "Washington Irving wrote the story in a week. Irving said it came easily.",
            "Washington Irving",
            "Irving",
        ),
        (
            "Kenya Moore opened the salon. Moore said the rent was fair.",
            "Kenya Moore",
            "Moore",
        ),
        (
            "The new coach, Dallas Preston, arrived on Monday. Preston said the squad was fit.",
            "Dallas Preston",
            "Preston",
        ),
    ],
)
def test_a_given_name_that_is_a_place_opens_a_full_name(text: str, name: str, family: str) -> None:
    assert labels(text, name) == ["PERSON"]
    assert labels(text, family) == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sydney Chester runs the bakery. Sydney smiled at the customers.", "Sydney"),
        ("Dallas Keller managed the team. Later, Dallas admitted the bullpen was tired.", "Dallas"),
    ],
)
def test_the_given_name_alone_is_the_person_the_document_names(text: str, word: str) -> None:
    assert labels(text, word) == ["PERSON"]


# -- a plural family name after it makes a person, not a team -----------------------------


@pytest.mark.parametrize(
    ("text", "name", "family"),
    [
        (
            "Victoria Adams, a lawyer in Kingston, filed the appeal. Adams said it was wrong.",
            "Victoria Adams",
            "Adams",
        ),
        (
            "Sofia Roberts took over the bakery. Roberts said the ovens were old.",
            "Sofia Roberts",
            "Roberts",
        ),
        (
            "Santiago Phillips repaired the organ. Phillips said the pipes were rusty.",
            "Santiago Phillips",
            "Phillips",
        ),
        (
            "Victoria Evans ran for the council. Evans said parking was the issue.",
            "Victoria Evans",
            "Evans",
        ),
        (
            "Sofia Edwards opened the exhibition. Edwards said the paintings had been lost.",
            "Sofia Edwards",
            "Edwards",
        ),
        (
            "Santiago Collins trains the rowers. Collins said the river was too high.",
            "Santiago Collins",
            "Collins",
        ),
        (
            "Victoria Jenkins fixed the boiler. Jenkins said the parts came late.",
            "Victoria Jenkins",
            "Jenkins",
        ),
        (
            "Sofia Hughes won the marathon. Hughes said her legs felt heavy.",
            "Sofia Hughes",
            "Hughes",
        ),
        (
            "Santiago Perkins directs the museum. Perkins said the loan was approved.",
            "Santiago Perkins",
            "Perkins",
        ),
        (
            "Victoria Williams wrote the report. Williams said the figures were clear.",
            "Victoria Williams",
            "Williams",
        ),
        (
            "Sofia Davis coached the debate team. Davis said the final was close.",
            "Sofia Davis",
            "Davis",
        ),
    ],
)
def test_a_plural_family_name_after_a_given_name_makes_no_team(
    text: str, name: str, family: str
) -> None:
    assert labels(text, name) == ["PERSON"]
    assert labels(text, family) == ["PERSON"]


# -- a listed organisation's name that is the family name of a person named ---------------


@pytest.mark.parametrize(
    ("text", "family"),
    [
        (
            "Henry Ford visited the plant in 1913. Ford said the line would change everything.",
            "Ford",
        ),
        ("Lena Wagner conducted the orchestra. Wagner said the second act was hard.", "Wagner"),
        ("Tom Fox coaches the swimmers. Fox said the pool was too cold.", "Fox"),
        ("Maria Forbes won the county race. Forbes said the hills were brutal.", "Forbes"),
        ("Peter Fortune restores old clocks. Fortune said each one takes a month.", "Fortune"),
        ("Fiona Apple played two encores. Apple said the crowd was generous.", "Apple"),
        ("Anna Bayer runs the village school. Bayer said enrolment had doubled.", "Bayer"),
        ("Daniel Shell found the fossil. Shell said the bone was older than expected.", "Shell"),
        ("Jane Stanford gave the land. Stanford said the gift was for the children.", "Stanford"),
        ("Rosa Cisco teaches chemistry. Cisco said the lab needed new benches.", "Cisco"),
        ("Gerald Ford pardoned him. Ford, the former president, said he had no regrets.", "Ford"),
    ],
)
def test_an_organisations_name_is_the_family_name_of_a_person_named(text: str, family: str) -> None:
    assert labels(text, family) == ["PERSON"]


# -- guards: places and organisations stay what they are -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She booked flights to Sydney in March.", [("Sydney", "GPE")]),
        ("The Atlanta Hawks won again.", [("Atlanta Hawks", "ORG")]),
        ("Buffalo Bills fans cheered.", [("Buffalo Bills", "ORG")]),
        (
            "Atlanta Hawks fans cheered as the Hawks won.",
            [("Atlanta Hawks", "ORG"), ("Hawks", "ORG")],
        ),
        (
            "Georgia Florida and Alabama voted first.",
            [("Georgia", "GPE"), ("Florida", "GPE"), ("Alabama", "GPE")],
        ),
        ("The ferry crossed Sydney Harbour at dawn.", [("Sydney Harbour", "FAC")]),
        ("The Dallas Cowboys won on Sunday.", [("Dallas Cowboys", "ORG")]),
        ("Houston Rockets fans cheered.", [("Houston Rockets", "ORG")]),
        ("Austin Energy raised its rates.", [("Austin Energy", "ORG")]),
        ("He studied in Nancy, France, for a year.", [("Nancy", "GPE"), ("France", "GPE")]),
        ("Orlando Florida is hot in summer.", [("Orlando", "GPE"), ("Florida", "GPE")]),
        ("Tourists in Victoria Falls were stranded.", [("Victoria Falls", "LOC")]),
        ("She moved from Sydney to Chester last year.", [("Sydney", "GPE"), ("Chester", "GPE")]),
        ("Sydney Morning Herald reporters covered the fire.", [("Sydney Morning Herald", "ORG")]),
        (
            "Flights to Dallas were cancelled. Dallas said it would reopen the airport.",
            [("Dallas", "GPE"), ("Dallas", "GPE")],
        ),
        ("Ford shares fell 3% on Tuesday.", [("Ford", "ORG")]),
        ("Ford Motor Co. said it would cut jobs.", [("Ford Motor Co.", "ORG")]),
    ],
)
def test_places_and_organisations_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert entities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Henry Ford visited the plant in 1913. Ford shares rose on the news.",
        "Henry Ford visited the plant in 1913. Workers at Ford were paid well.",
        "Henry Ford visited the plant in 1913. Ford's board met in secret.",
        "Henry Ford visited the plant in 1913. Ford, the carmaker, later built tanks.",
        "Henry Ford visited the plant in 1913. Ford said it would hire more workers.",
        "Henry Ford visited the plant. Ford Motor Co. grew. Ford said demand was strong.",
        "Ford chairman Bill Ford said the company would survive. Ford said sales were weak.",
    ],
)
def test_an_organisation_the_document_shows_stays_one(text: str) -> None:
    assert "PERSON" not in [label for surface, label in entities(text) if surface == "Ford"]


# -- a head word after a given name that is a listed place --------------------------------


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Crowds gathered in Victoria Park on Saturday.", "Victoria Park", "FAC"),
        ("We met at Victoria Park after work.", "Victoria Park", "FAC"),
        ("Trains left Victoria Station late.", "Victoria Station", "FAC"),
        ("Ferries left Victoria Island at noon.", "Victoria Island", "LOC"),
        ("Fog closed Charlotte River for a week.", "Charlotte River", "LOC"),
        ("The Denver Post reported the story.", "Denver Post", "ORG"),
    ],
)
def test_a_places_head_word_that_is_no_family_name_names_a_facility(
    text: str, name: str, label: str
) -> None:
    assert labels(text, name) == [label]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Charlotte Church sang the anthem. Church said she was nervous.", "Charlotte Church"),
        ("Victoria Hall won the poetry prize.", "Victoria Hall"),
        ("Austin Park was named captain.", "Austin Park"),
    ],
)
def test_a_family_name_that_heads_places_still_ends_a_persons_name(text: str, name: str) -> None:
    assert labels(text, name) == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dallas Roberts starred in the series. Roberts said the script was sharp.",
            "Dallas Roberts",
        ),
        ("Tyler Adams defended the title on Friday.", "Tyler Adams"),
        ("Paola Ricci chairs the committee.", "Paola Ricci"),
    ],
)
def test_a_town_before_an_unlisted_family_name_stays_a_given_name(text: str, name: str) -> None:
    assert labels(text, name) == ["PERSON"]


@pytest.mark.parametrize(
    "text", ["China Southern cancelled flights.", "Jersey Shore towns flooded."]
)
def test_a_country_that_is_a_rare_given_name_opens_no_persons_name(text: str) -> None:
    assert "PERSON" not in [label for _, label in entities(text)]
