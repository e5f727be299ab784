# ruff: noqa: E501 (one invented sentence per line)
"""Institution nouns and the documents institutions own, as speakers.

Invented sentences through the fast pipeline: a definite institution noun
refers to the institution the article names with that noun, never to a
person; a document owned by an institution (``the museum's figures``) is the
institution's voice.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In a release, the Tarn Valley Health Unit said two cases were confirmed. Dr. Ana Prest said the risk was low. The health unit said clinics would open on Monday.",
            "Tarn Valley Health Unit",
        ),
        (
            "Astronomers at the Kessel Observatory tracked the rock. Dr. Joel Marr said it was small. The observatory said it posed no danger.",
            "Kessel Observatory",
        ),
        (
            "The Orrin Museum reopened its east wing. Curator Lise Bonde said visitors had waited. The museum said tickets had sold out.",
            "Orrin Museum",
        ),
        (
            "The Halvard Laboratory tested the water. Chemist Dev Rana said the samples were clean. The laboratory said more tests would follow.",
            "Halvard Laboratory",
        ),
        (
            "The Wick Street Library will close for repairs. Librarian Jo Aske said the roof leaked. The library said it would reopen in May.",
            "Wick Street Library",
        ),
    ],
)
def test_an_institution_noun_names_the_institution_not_a_person(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Scientists at the Brenna Observatory spotted the comet. It is 3 km wide, according to the observatory's estimates.",
            "Brenna Observatory",
        ),
        (
            "The Tarn Valley Health Unit said two cases were confirmed. Rates fell to 70 per cent, according to the unit's annual statistics.",
            "Tarn Valley Health Unit",
        ),
        (
            "The Orrin Museum reopened on Friday. Visits will double next year, according to the museum's projections.",
            "Orrin Museum",
        ),
        (
            "Hollin Railway ran extra trains last week. Delays will ease by June, according to the railway's forecast.",
            "Hollin Railway",
        ),
        (
            "The Kessel Observatory spotted the rock. It will pass at 40,000 km, according to the observatory's calculations.",
            "Kessel Observatory",
        ),
    ],
)
def test_a_document_an_institution_owns_is_its_voice(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Health Minister Oren Vale’s office said the minister would not comment.",
            "Health Minister Oren Vale’s office",
        ),
        (
            "Gov. Ruth Amsel's office said the bill would be signed on Friday.",
            "Ruth Amsel's office",
        ),
        (
            "Senator Idris Pole’s campaign said the senator had raised $2 million.",
            "Senator Idris Pole’s campaign",
        ),
        (
            "Mara Quist met the strikers on Monday. “We listened,” she said. Quist’s office said talks would resume.",
            "Quist’s office",
        ),
        (
            "Mayor Tilde Roan’s press office said the road would reopen.",
            "Mayor Tilde Roan’s press office",
        ),
    ],
)
def test_a_persons_office_speaks_as_itself(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The premier’s office said the premier was travelling.", "The premier’s office"),
        ("Orvane Corp’s office said it was closed for the holiday.", "Orvane Corp’s office"),
    ],
)
def test_an_office_of_no_named_person_keeps_its_words(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The ban angered the Velder Growers Council. Its head, Ana Brisk, said farms would close. According to figures from the ministry, yields fell by a third.",
            "the ministry",
        ),
        (
            "The rule angered Corran Timber. Its chief, Ole Marsh, said mills would close. The ministry said the rule would stand.",
            "The ministry",
        ),
        (
            "The levy angered Brightwell Dairies. Its owner, Pia Holm, said prices would rise. The department said the levy was fair.",
            "The department",
        ),
        (
            "The tariff angered Brennan Textiles. Its boss, Al Dunn, said jobs would go. The agency said the tariff was legal.",
            "The agency",
        ),
        (
            "The raid shocked Tallis Logistics. Its manager, Eva Lind, said staff were scared. According to the police, nine people were arrested.",
            "the police",
        ),
    ],
)
def test_a_government_noun_never_names_an_institution_of_no_kind(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fashion chain Tolley & Marsh will shut 20 shops, the company said on Monday.",
            "Tolley & Marsh",
        ),
        ("Law firm Brandt & Okoye has opened a Leeds office, the firm said.", "Brandt & Okoye"),
        (
            "Prices rose again at grocery chain Pell & Daughters. The chain said costs had doubled.",
            "Pell & Daughters",
        ),
        (
            "Harrow & Vine Homes lost the contract on Friday. The company said it would appeal.",
            "Harrow & Vine Homes",
        ),
        (
            "Shares in Quill & Ferry fell 9 per cent after the retailer said sales had slowed.",
            "Quill & Ferry",
        ),
    ],
)
def test_names_joined_by_an_ampersand_are_a_firms(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- a company described by its trade ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Orvane Therapeutics’ shares fell 12 per cent on Monday after the drugmaker said its arthritis pill had failed a late-stage trial.",
            "Orvane Therapeutics",
        ),
        (
            "TAIPEI - Kestrel Semiconductor will build a second plant in Arizona, the chipmaker said on Thursday.",
            "Kestrel Semiconductor",
        ),
        (
            "Halloran Homes cut its forecast for the year.\n\nThe homebuilder said rising mortgage rates had scared off first-time buyers.",
            "Halloran Homes",
        ),
        (
            "Union workers picketed outside Dravecki Steel on Friday.\n\nThe steelmaker said it had offered a 4 per cent raise.",
            "Dravecki Steel",
        ),
    ],
)
def test_a_company_described_by_its_trade_is_the_company(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- a description whose field ends the institution's name -------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Harrow County Public Health is asking residents to boil their water.\n\nDr. Selma Quist said the advisory would last at least a week.\n\nThe health unit said it had tested 40 wells.",
            "Harrow County Public Health",
        ),
        (
            "Fares will rise 25 cents in July, Brennock Transit announced.\n\nRiders at the Main Street stop were unhappy. “It adds up,” said commuter Joel Aske.\n\nThe transit agency said the money would pay for 12 new buses.",
            "Brennock Transit",
        ),
    ],
)
def test_a_description_by_field_is_the_institution_named_with_it(text: str, name: str) -> None:
    assert last_speaker(text) == name


def test_a_description_by_field_stays_itself_when_two_institutions_share_the_field() -> None:
    text = "Harrow County Public Health and Lisle Valley Public Health will share a laboratory.\n\nThe health unit said the move would save money."
    assert last_speaker(text) == "The health unit"


# -- a company the recogniser took for a person, described by its trade -------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Brodie Air will drop its route to Reykjavik in April, the airline said on Monday.",
            "Brodie Air",
        ),
        (
            "Neighbours have complained about blasting at a quarry run by Kimball Aggregates.\n\nThe provincial Department of Environment inspected the site in May.\n\nThe company said it would blast only on weekdays.",
            "Kimball Aggregates",
        ),
        (
            "The energy board approved a 7 per cent rate increase for Summit Ridge Power.\n\nPensioner Rhoda Finch said she already skipped meals to pay her bills.\n\nThe utility said the average customer would pay $9 more a month.",
            "Summit Ridge Power",
        ),
    ],
)
def test_a_business_noun_takes_a_company_named_like_a_person(text: str, name: str) -> None:
    assert last_speaker(text) == name


def test_a_union_of_a_companys_workers_is_not_the_company() -> None:
    text = "Willow Air will cut 800 jobs, chief executive Greta Lindqvist said.\n\nThe pilots’ union said it would fight the cuts."
    assert last_speaker(text) != "Willow Air"


def test_a_person_noun_opening_a_sentence_is_no_institution() -> None:
    text = "Economist Priya Venkat of the Conference Board of Canada said housing starts would fall.\n\nThe agency said mortgage rules would not change."
    assert last_speaker(text) == "The agency"


def test_a_place_taken_for_a_persons_name_is_no_institution() -> None:
    text = "Residents of Flin Flon said the smelter smoke made their children sick. Mayor Cal Sharpe said he had written to Ottawa.\n\nThe company said emissions were within limits."
    assert last_speaker(text) == "The company"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Neighbours in Oakdale have complained for a year about blasting at a quarry run by Summit Aggregates.\n\nThe Manitoba Department of Natural Resources inspected the quarry in April.\n\nThe company said it would cut blasting to two days a week.",
            "Summit Aggregates",
        ),
        (
            "Farmers near Weyburn say dust from a plant owned by Aspen Grain is ruining their crops.\n\nThe Saskatchewan Ministry of Environment said it was reviewing the complaints.\n\nThe company said new filters would be installed in May.",
            "Aspen Grain",
        ),
    ],
)
def test_a_rare_given_name_opening_a_name_is_no_sign_of_a_person(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Boreal Air will cut 900 jobs, its chief executive said on Monday.\n\nThe pilots’ union said it would fight the cuts.",
            "The pilots’ union",
        ),
        (
            "Granite Rail will close two repair shops in the spring.\n\nThe machinists’ union said the closures broke the contract.",
            "The machinists’ union",
        ),
        (
            "The Ontario Nurses' Association filed a grievance on Monday. The nurses' union said the hospital had broken the contract.",
            "Ontario Nurses' Association",
        ),
    ],
)
def test_an_institution_of_people_is_one_whose_name_names_them(text: str, name: str) -> None:
    assert last_speaker(text) == name
