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
Petrov``).  A lead's indefinite description takes the name that opens the
next sentence set off with an age (``Otis Vanterpool, 67,``), whatever its
noun; ``another`` opens an indefinite description, which ``the`` and its
noun later name (``Another trapper ...`` ... ``the trapper said``).  A
present participle and its object after a description belong to the
subject (``A lawyer representing the family said``); ``the`` and an
institution noun with such a phrase describe an institution not spoken of
before, which the next sentence, or a later subject, names.  An
indefinite article before a capitalised modifier and a title (``A Liberal
MP said``) opens a description, which the next sentence may name.  A
definite description with an age (``the 38-year-old star of Harbour
Lights``) is a person's, complement and all, whatever its noun.
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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A longtime blueberry grower says a late frost has wiped out most of this year’s crop.\n\n"
            "Otis Vanterpool, 67, walked his fields on Sunday and found the blossoms had turned brown.",
            "Otis Vanterpool",
        ),
        (
            "A night-shift supervisor at the Harlow sawmill testified Tuesday that the guard on the saw had been removed weeks earlier.\n\n"
            "Denis Okonjo, 48, told the inquest he had reported the missing guard twice.",
            "Denis Okonjo",
        ),
        (
            "A veteran snowplow dispatcher says the city sent out half its trucks during the storm.\n\n"
            "Marta Quiroga, 59, has worked the overnight desk for 22 years.",
            "Marta Quiroga",
        ),
        (
            "An award-winning cheesemaker says a new inspection fee could put her out of business.\n\n"
            "Ines Lavallee, 44, runs a four-cow dairy outside Perth.",
            "Ines Lavallee",
        ),
        (
            "A part-time bus mechanic testified that the brakes on the coach had failed an inspection in May.\n\n"
            "Ruben Achterberg, 36, told the court he had flagged the problem to his manager.",
            "Ruben Achterberg",
        ),
    ],
)
def test_a_lead_description_takes_the_name_opening_the_next_sentence_with_an_age(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert fast_quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A beekeeper says thieves stole 40 hives from his farm. Const. Mia Rossi said no one had been charged.\n\n"
            "Another beekeeper, speaking on condition of anonymity, said he had no part in the theft.\n\n"
            "“I have enough bees,” the beekeeper said.",
            "Another beekeeper",
        ),
        (
            "A trapper says the new rules will end his trade. Minister Ola Brandt said the rules protect the marten.\n\n"
            "Another trapper, who asked not to be named, said he would ignore the rules.\n\n"
            "“They can fine me,” the trapper said.",
            "Another trapper",
        ),
        (
            "A busker says the city has banned him from the square. Coun. Liv Haddad said the ban was about noise.\n\n"
            "Another busker, who would not give his name, said the ban was unfair.\n\n"
            "“We bring life to this town,” the busker said.",
            "Another busker",
        ),
        (
            "A fiddler says her violin was stolen after the concert. Sgt. Omar Kale said the case was open.\n\n"
            "Another fiddler, speaking on condition of anonymity, said two other instruments went missing that month.\n\n"
            "“Lock your cars,” the fiddler said.",
            "Another fiddler",
        ),
        (
            "A breeder says his prize ram was poisoned. Insp. Nadia Ferris said tests were under way.\n\n"
            "Another breeder, who asked not to be identified, said rivalries at the fair had grown bitter.\n\n"
            "“It was bound to happen,” the breeder said.",
            "Another breeder",
        ),
    ],
)
def test_a_definite_description_after_another_takes_the_later_one(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert fast_quotes(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A lawyer representing the family said the ruling would be appealed.",
            "A lawyer representing the family",
        ),
        (
            "The consultant advising the town’s council said the bridge could not be saved.",
            "The consultant advising the town’s council",
        ),
        (
            "A nurse working most of the night shifts said the ward had no spare beds.",
            "A nurse working most of the night shifts",
        ),
        (
            "A driver hauling the company’s fuel said the road was too icy.",
            "A driver hauling the company’s fuel",
        ),
        (
            "An engineer overseeing the project said the tunnel would open in May.",
            "An engineer overseeing the project",
        ),
    ],
)
def test_a_present_participle_phrase_belongs_to_the_subject(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert fast_quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The union representing the mill’s workers said it was told of the layoffs by email.\n\n"
            "Karin Solberg, president of Woodworkers Local 88, said members were furious.",
            "Woodworkers Local 88",
        ),
        (
            "The association representing most of the province’s pharmacists said the fee cut would close stores.\n\n"
            "Darius Pell, who chairs the Eastmark Pharmacy Association, said rural shops would go first.",
            "Eastmark Pharmacy Association",
        ),
        (
            "The group representing the tower’s tenants said the landlord had ignored repairs for a year.\n\n"
            "The Ridgeview Tenants’ Association said it would file a complaint on Monday.",
            "Ridgeview Tenants’ Association",
        ),
        (
            "The union representing the city’s bus drivers says the new schedule is unsafe.\n\n"
            "Mayor Lena Ortiz defended the schedule on Tuesday.\n\n"
            "The Harbour City Transit Union said drivers would refuse overtime.",
            "Harbour City Transit Union",
        ),
        (
            "The federation representing the region’s dairy farmers said the quota change would cost members dearly.\n\n"
            "Olaf Bergen, president of the Northvale Dairy Federation, said farms would close.",
            "Northvale Dairy Federation",
        ),
    ],
)
def test_a_new_institution_described_with_a_participle_takes_the_one_named_later(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert fast_quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A Garda spokesperson said the protest ended peacefully.\n\n"
            "Minister for Housing Orla Tierney insisted the homes were needed.",
            "A Garda spokesperson",
        ),
        (
            "A council spokesperson said the road would reopen on Friday.\n\n"
            "Minister for Transport Ailbhe Drennan said the repairs were overdue.",
            "A council spokesperson",
        ),
        (
            "A hospital spokesperson said the ward had been closed.\n\n"
            "Minister for Health Caoimhe Brannagh said the closure was temporary.",
            "A hospital spokesperson",
        ),
        (
            "A union spokesperson said members would strike on Monday.\n\n"
            "Minister for Education Sorcha Melvin said talks would continue.",
            "A union spokesperson",
        ),
        (
            "A port spokesperson said the ferry had been cancelled.\n\n"
            "Minister for Fisheries Eoghan Tuathail said the harbour would be dredged.",
            "A port spokesperson",
        ),
    ],
)
def test_an_occupation_is_not_named_by_a_minister_with_a_portfolio(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert fast_quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A Liberal MP said the pipeline review had been rushed.\n\n"
            "Harriet Okwu MP said she had raised the matter twice.",
            "Harriet Okwu",
        ),
        (
            "A Government TD has called on the minister to pause the wind farm plan.\n\n"
            "Padraig Muldowney TD said the community had not been consulted.",
            "Padraig Muldowney",
        ),
        (
            "A Conservative MP says the rail contract should be cancelled.\n\n"
            "Tobias Wrenfield, the MP for Eastbridge, said costs had tripled.",
            "Tobias Wrenfield",
        ),
        (
            "A Labour MP said the hospital closure would hurt rural towns.\n\n"
            "MP Gwendolyn Ashcombe told the House the nearest ward was 90 minutes away.",
            "Gwendolyn Ashcombe",
        ),
        (
            "A Tory MP said the budget ignored the north.\n\n"
            "MP Rosalind Tkachuk said three clinics had closed since March.",
            "Rosalind Tkachuk",
        ),
    ],
)
def test_an_article_before_a_capitalised_title_makes_a_description(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert fast_quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Last spring the 38-year-old star of Harbour Lights told viewers the show would end.",
            "the 38-year-old star of Harbour Lights",
        ),
        (
            "On Monday the 29-year-old face of Lumen Cosmetics said the campaign had been pulled.",
            "the 29-year-old face of Lumen Cosmetics",
        ),
        (
            "The 70-year-old legend of Harlow Speedway said the track would close in June.",
            "The 70-year-old legend of Harlow Speedway",
        ),
        (
            "The 33-year-old darling of Riverside Ballet said the company had treated her unfairly.",
            "The 33-year-old darling of Riverside Ballet",
        ),
        (
            "Earlier, the 41-year-old voice of Radio Kestrel said the station had been sold.",
            "the 41-year-old voice of Radio Kestrel",
        ),
    ],
)
def test_an_aged_description_keeps_its_complement_whatever_its_noun(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert fast_quotes(text)[0][1] == speaker
