# ruff: noqa: E501 (one invented sentence per line)
"""Speakers written as descriptions that the article names elsewhere, by class.

Every paragraph is invented.  A role owned by a named place or institution
(``Manitoba's fire commissioner says``) names the person written later
right after the same role words.  A group described with its place, the
place written with lower-case modifiers (``Nurses in rural Manitoba``), is
the whole phrase; the bare plural that repeats such a group after it spoke
(``Nurses said``) names it again.  An indefinite occupation (``A
spokesperson for the utility``) is not the person the next sentence names
with another occupation's agent noun as a title (``Crane operator Tom
Petrov``).
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, SaidBy


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "HALIFAX — Nova Scotia's fire marshal says the warehouse blaze was set deliberately.\n\n"
            "The fire broke out just after midnight and took six hours to bring under control.\n\n"
            '"Someone poured an accelerant along the loading dock," Fire Marshal Teodora Vukic told reporters.',
            "Teodora Vukic",
        ),
        (
            "Saskatchewan's chief coroner says three of the deaths could have been prevented.\n\n"
            "The review covered every death in provincial custody over four years.\n\n"
            "Chief Coroner Aurelio Danjuma said guards had missed scheduled checks on two nights.",
            "Aurelio Danjuma",
        ),
        (
            "Brindleford's harbour master said the channel would stay closed until Friday.\n\n"
            "Two barges ran aground there last week.\n\n"
            "Harbour Master Ingrid Solheim said divers were still surveying the hulls.",
            "Ingrid Solheim",
        ),
        (
            "Calverton University's student ombudsperson says complaints about housing doubled this year.\n\n"
            "Most came from first-year students in the east residences.\n\n"
            "In her annual report, student ombudsperson Maelle Tournier said the rents had outpaced bursaries.",
            "Maelle Tournier",
        ),
        (
            "Yukon's information commissioner says the department broke the law by withholding the emails.\n\n"
            "The ruling follows a two-year complaint by a Whitehorse journalist.\n\n"
            "The department withheld 400 pages, Information Commissioner Oskar Lindqvist wrote.",
            "Oskar Lindqvist",
        ),
    ],
)
def test_a_possessed_role_takes_the_person_later_titled_with_it(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wildlife officers in coastal Labrador say the caribou herd is still shrinking.",
            "Wildlife officers in coastal Labrador",
        ),
        (
            "Grain farmers in drought-hit Saskatchewan say most of the canola harvest is lost.",
            "Grain farmers in drought-hit Saskatchewan",
        ),
        (
            "Public health officials in northeastern Ontario said the water advisory would stay in place.",
            "Public health officials in northeastern Ontario",
        ),
        (
            "School bus drivers in rural Nova Scotia say their routes have doubled in length.",
            "School bus drivers in rural Nova Scotia",
        ),
        (
            "Transit inspectors in suburban Winnipeg said the fare machines were broken.",
            "Transit inspectors in suburban Winnipeg",
        ),
    ],
)
def test_a_group_in_a_modified_place_is_the_whole_phrase(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Residents of Cobble Point say the only bridge to the mainland has been shut for a week.\n\n"
            "Engineer Ravi Bhandari said the crack in the main span was found during an inspection.\n\n"
            "Residents said they would hold a meeting at the legion on Thursday.",
            "Residents of Cobble Point",
        ),
        (
            "Nurses at Fenwick Memorial Hospital say they have worked without a contract since March.\n\n"
            "The hospital's chief executive, Laleh Moradi, said talks would resume next week.\n\n"
            "Nurses say overtime has become routine on every ward.",
            "Nurses at Fenwick Memorial Hospital",
        ),
        (
            "Dairy farmers from Quillan Valley say the new quota will put half of them out of business.\n\n"
            "Fisheries Minister Tomas Aguirre said the cut was needed to protect the stock.\n\n"
            "Dairy farmers said they would park their tractors on the highway in protest on Monday.",
            "Dairy farmers from Quillan Valley",
        ),
        (
            "Shop owners in downtown Marlow say the road works have cut their sales in half.\n\n"
            "Councillor Brigid Ostrowski said the project would be finished by June.\n\n"
            "Shop owners said they had not been told the work would take so long.",
            "Shop owners in downtown Marlow",
        ),
        (
            "Parents at Birchgrove Elementary say the school's portables are too cold to teach in.\n\n"
            "Superintendent Olu Adeyemi said new heaters had been ordered.\n\n"
            "Parents say the heaters were promised last winter too.",
            "Parents at Birchgrove Elementary",
        ),
    ],
)
def test_a_bare_group_repeats_the_fuller_group_that_spoke(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert rows[0][1] == speaker, rows
    assert rows[-1][1] == speaker, rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A spokesperson for Halden Transit confirmed the night buses would stop running in March.\n\n"
            "Crane operator Tom Petrov, who works near the depot, said riders were furious.",
            "A spokesperson for Halden Transit",
        ),
        (
            "A spokesperson for the Brixton Parks Board said the pool would reopen in June.\n\n"
            "Swimming instructor Tom Varga said families had been left with nowhere to go.",
            "A spokesperson for the Brixton Parks Board",
        ),
        (
            "A spokesperson for Calder Hydro said crews had restored power to most homes by noon.\n\n"
            "Local beekeeper Jim Sorensen said some lines had been down for two days.",
            "A spokesperson for Calder Hydro",
        ),
        (
            "A spokesperson for Lakehead Ferries said the crossing was cancelled because of ice.\n\n"
            "Truck dispatcher Jim Kowal said drivers had waited nine hours at the dock.",
            "A spokesperson for Lakehead Ferries",
        ),
        (
            "A spokesperson for Orrin Roofing said the crew had followed every safety rule.\n\n"
            "Veteran upholsterer Raj Mbeki, whose shop is next door, said the ladder had been left unattended.",
            "A spokesperson for Orrin Roofing",
        ),
    ],
)
def test_an_occupation_is_not_named_by_a_person_titled_with_another(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert fast_quotes(text)[0][1] == speaker
