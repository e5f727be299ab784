"""Speakers by class: institutions named across ``of``, people described by a place, later names.

Each class is tested with invented sentences of several house styles.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, SaidBy

# -- an institution's name cut at ``of`` -------------------------------------------
# Capitalised words right after ``the``, then ``of`` and more capitalised words, are
# one institution's name, though a recogniser cut it at ``of`` or took a part of it
# for a person.

INSTITUTIONS_ACROSS_OF = [
    (
        "The Saskatoon Chamber of Commerce said in a statement it was worried about the levy.",
        "Saskatoon Chamber of Commerce",
    ),
    (
        "The Alberta Chambers of Commerce warned that the tax would hurt small firms.",
        "Alberta Chambers of Commerce",
    ),
    (
        "The Knights of Columbus said the hall would stay open through the winter.",
        "Knights of Columbus",
    ),
    (
        "The Sisters of Providence said they would sell the convent to the town.",
        "Sisters of Providence",
    ),
    (
        "On Monday the Ontario Chamber of Mines said royalties were far too high.",
        "Ontario Chamber of Mines",
    ),
    (
        "Fees will rise next spring, the Greater Moncton Chamber of Commerce said.",
        "Greater Moncton Chamber of Commerce",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), INSTITUTIONS_ACROSS_OF)
def test_an_institution_named_across_of_speaks_whole(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


def test_a_role_before_of_names_its_holder(all_said_by: SaidBy) -> None:
    all_said_by(
        "Minister of Health Ana Roy toured the ward. Health care is the priority, "
        "the Minister of Health said on Friday.",
        "Ana Roy",
    )


# -- people described by a place -----------------------------------------------------
# A source after ``according to`` whose head names people keeps the place its
# complement names: the place is no speaker.

PEOPLE_OF_A_PLACE = [
    (
        "According to the weary tenants of one Regina tower, the heat has been off for a week.",
        "the weary tenants of one Regina tower",
    ),
    (
        "According to residents of Elm Street, the water has been brown since Friday.",
        "residents of Elm Street",
    ),
    (
        "According to the parents of a Moncton toddler, the clinic turned them away twice.",
        "the parents of a Moncton toddler",
    ),
    (
        "The dog park has become a mud pit, according to the regulars of one Kelowna "
        "neighbourhood.",
        "the regulars of one Kelowna neighbourhood",
    ),
    (
        "They howl all night. And according to the tired neighbours of one Brandon farm, "
        "they are getting bolder.",
        "the tired neighbours of one Brandon farm",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PEOPLE_OF_A_PLACE)
def test_people_described_by_a_place_speak_not_the_place(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


def test_a_name_after_a_title_still_speaks(all_said_by: SaidBy) -> None:
    all_said_by(
        "According to former Regina city treasurer Lena Hartley, the fund was empty.",
        "Lena Hartley",
    )


# -- a described person named in the lead's next sentence, inside a report ------------
# ``A <place> grandmother who ... says ...`` and then a sentence that opens with a
# name and an age, reported by a pronoun of that person's sex: the description, the
# pronoun and a later description are that person.

NAMED_IN_THE_LEAD = [
    (
        (
            "A Brandon grandfather who won a fishing derby says he nearly threw the winning pike "
            "back.\n\n"
            "Walter Osei, 68, caught the fish near the dam on Saturday and almost let it go, he "
            "told the Herald.\n\n"
            "“I thought it was too small,” the retired plumber said."
        ),
        "Walter Osei",
    ),
    (
        (
            "A Moncton woman who found a rare coin in her garden says she almost sold it for a "
            "dollar.\n\n"
            "Priya Laviolette, 44, dug up the coin while planting tulips in May, she said "
            "Tuesday.\n\n"
            "“It looked like a bottle cap,” the mother of three said."
        ),
        "Priya Laviolette",
    ),
    (
        (
            "A Nanaimo teenager who pulled a swimmer from the surf says he was only doing what he "
            "was trained to do.\n\n"
            "Calum Ferreira, 17, reached the man about 50 metres offshore on Sunday, he told "
            "reporters."
        ),
        "Calum Ferreira",
    ),
    (
        (
            "An elderly Kamloops man who spent two nights stranded in his truck says a stranger "
            "saved his life.\n\n"
            "Harold Banerjee, 83, had been trapped on a logging road after a snowstorm, he said "
            "from his hospital bed."
        ),
        "Harold Banerjee",
    ),
    (
        (
            "A Gander great-grandmother who found her late husband's war medals in a thrift store "
            "says she cried at the counter.\n\n"
            "Edith Marchand, 79, spotted the medals in a glass case on Friday afternoon, she told "
            "the Beacon.\n\n"
            "“I knew them the second I saw the ribbon,” she said."
        ),
        "Edith Marchand",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_IN_THE_LEAD)
def test_a_described_person_takes_the_name_the_lead_gives_next(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


def test_a_name_reported_by_a_pronoun_of_the_other_sex_names_no_one(
    all_said_by: SaidBy,
) -> None:
    all_said_by(
        "A spokeswoman for the Crown said the trial would start in May. "
        "Dale Roy, 54, has pleaded not guilty, she said.",
        "A spokeswoman for the Crown",
    )


# -- a surname shared by two people -------------------------------------------------
# Once a surname alone has named one person, a namesake introduced in full after
# that is written by more than the surname: the surname alone keeps naming the first.

NAMESAKES = [
    (
        (
            "Marta Lindqvist has run the general store in Birchy Bay for 40 years.\n\n"
            "Lindqvist said the winters were getting harder.\n\n"
            "Her nephew Anders Lindqvist drives in from Gander every Friday to stock the "
            "shelves.\n\n"
            "The store opened in 1951.\n\n"
            "Lindqvist said the shop would stay open as long as the roof held."
        ),
        "Marta Lindqvist",
    ),
    (
        (
            "Councillor Rosa Mbeki has represented the ward since 2014.\n\n"
            "Mbeki told the committee the bridge was unsafe.\n\n"
            "Her brother, contractor Samuel Mbeki, bid on the repair job last year but lost.\n\n"
            "The city has budgeted $3 million for the work.\n\n"
            "Mbeki said the repairs could not wait another winter."
        ),
        "Rosa Mbeki",
    ),
    (
        (
            "Farmer Gwen Tallis, 58, lost most of her barley to hail on Tuesday.\n\n"
            "Tallis said the crop insurance would cover about half.\n\n"
            "Her son Owen Tallis, who farms the next section over, lost his canola too.\n\n"
            "Hail is common on the Prairies in July.\n\n"
            "Tallis said the family would replant what they could."
        ),
        "Gwen Tallis",
    ),
    (
        (
            "Harbour master Ingrid Solberg was on the dock when the ferry struck the pier.\n\n"
            "Solberg said nobody was hurt.\n\n"
            "Her husband, Nils Solberg, a deckhand on the ferry, helped tie it off.\n\n"
            "The ferry was carrying 40 passengers.\n\n"
            "Solberg said the pier would be closed until an engineer inspected it."
        ),
        "Ingrid Solberg",
    ),
    (
        (
            "Chef Lucien Arsenault opened his first bistro in Moncton in 1998.\n\n"
            "Arsenault said the menu had barely changed since.\n\n"
            "His daughter Claire Arsenault, 29, took over the kitchen last spring.\n\n"
            "The bistro seats 40 people.\n\n"
            "Arsenault said the bistro would close for two weeks in August."
        ),
        "Lucien Arsenault",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMESAKES)
def test_a_surname_alone_keeps_the_namesake_it_named_first(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


# -- the body of a named facility -----------------------------------------------------
# ``the airport authority`` after ``Harbourview International Airport``: a noun before a
# generic institution noun that the article wrote in a name tells what the institution
# governs; an institution whose name lacks it (a utility that spoke last) is not it, nor
# the facility itself, and with none named the description is its own name.

BODIES_OF_FACILITIES = [
    (
        (
            "All flights were cancelled at Harbourview International Airport on Sunday.\n\n"
            "Maritime Electric said 30,000 customers were without power.\n\n"
            "The airport authority said it expected to reopen on Monday."
        ),
        "The airport authority",
    ),
    (
        (
            "The ferry docked at the Port of Saint John on Friday.\n\n"
            "Clearwater Hydro said 5,000 homes lost power.\n\n"
            "The port authority said two ships were held offshore."
        ),
        "The port authority",
    ),
    (
        (
            "Traffic backed up for hours at the Kestrel Narrows Tunnel after the crash.\n\n"
            "Bayline Gas said a crew had checked the main nearby.\n\n"
            "The tunnel authority said the westbound lanes would reopen by noon."
        ),
        "The tunnel authority",
    ),
    (
        (
            "Thousands of fans streamed out of Harbourfront Stadium when the lights went out.\n\n"
            "Northshore Energy said a transformer had failed.\n\n"
            "The stadium authority said refunds would be issued to every ticket holder."
        ),
        "The stadium authority",
    ),
    (
        (
            "Heavy rain washed out two trails in Gros Morne National Park this week.\n\n"
            "Atlantic Paving said repairs to the access road would take a month.\n\n"
            "The park agency said the campgrounds would stay closed until June."
        ),
        "The park agency",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), BODIES_OF_FACILITIES)
def test_the_body_of_a_named_facility_is_no_other_institution(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert rows[-1][1] == speaker, rows


def test_an_adjective_before_a_generic_noun_restricts_nothing(fast_quotes: QuoteRows) -> None:
    rows = fast_quotes(
        "Crews from Valley Hydro restored power on Friday. "
        "The provincial utility said 2,000 homes were still dark."
    )
    assert rows[-1][1] == "Valley Hydro", rows


# -- a role a place or an institution owns, titled later ------------------------------
# ``the town's mayor`` in a lead takes the person written later with the role as a
# title (``Mayor Dana Whitcombe``), not whoever the next sentence names first.

OWNED_ROLES_TITLED_LATER = [
    (
        (
            "The fight over the budget spilled into the open Thursday, with the town's mayor "
            "saying the county had broken its word.\n\n"
            "Kelso Freight confirmed on Wednesday that it would close its depot.\n\n"
            "Mayor Dana Whitcombe told reporters the town had done its part."
        ),
        "Dana Whitcombe",
    ),
    (
        (
            "The league's commissioner says the season will start on time.\n\n"
            "Rick Moreau disagreed on Tuesday.\n\n"
            "Commissioner Alana Briggs said the schedule would be released next week."
        ),
        "Alana Briggs",
    ),
    (
        (
            "The club's coach says the team is ready for the final.\n\n"
            "Marco Silva disagreed on Sunday.\n\n"
            "Coach Ines Duarte said the players had trained all week."
        ),
        "Ines Duarte",
    ),
    (
        (
            "The city's police chief says crime fell last year.\n\n"
            "Hal Brenner objected at the meeting on Monday.\n\n"
            "Police Chief Mira Osei said break-ins were down 12 per cent."
        ),
        "Mira Osei",
    ),
    (
        (
            "The district's superintendent says two schools will close.\n\n"
            "Hal Brenner objected at the meeting on Monday.\n\n"
            "Superintendent Mira Osei said the buildings were half empty."
        ),
        "Mira Osei",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), OWNED_ROLES_TITLED_LATER)
def test_an_owned_role_takes_the_person_titled_with_it_later(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert rows[0][1] == speaker, rows


# -- words quoted again later -----------------------------------------------------------
# A short quotation no speaker was found for (``what one of them called “...”``) is
# said by whoever says the same words, three or more in order, in a later quote.

REPEATED_QUOTATIONS = [
    (
        (
            "Parents packed the gym on Tuesday and left with what one of them called “a small "
            "miracle.”\n\n"
            "The board voted 4-3 to keep the pool open for two more years.\n\n"
            "“It’s a small miracle, honestly,” said Ruth Okafor, whose twins swim there."
        ),
        "Ruth Okafor",
    ),
    (
        (
            "Residents came away from the meeting with what one of them called “a promise and a "
            "prayer.”\n\n"
            "The developer agreed to delay construction until the spring.\n\n"
            "“All we got was a promise and a prayer,” Mei Tanaka told the council afterwards."
        ),
        "Mei Tanaka",
    ),
    (
        (
            "Fans streamed out of the arena after what one of them called “a heist in broad "
            "daylight.”\n\n"
            "The visitors scored twice in the final minute.\n\n"
            "“That was a heist in broad daylight,” season-ticket holder Anik Roy said."
        ),
        "Anik Roy",
    ),
    (
        (
            "Shoppers lined up before dawn for what one of them called “the deal of the "
            "decade.”\n\n"
            "The store opened its doors at 6 a.m.\n\n"
            "“It really is the deal of the decade,” said Omar Haddad, who arrived at 4 a.m."
        ),
        "Omar Haddad",
    ),
    (
        (
            "The team came home to what one of them called “a hero's welcome.”\n\n"
            "Hundreds of people waited at the arrivals gate.\n\n"
            "“We got a hero’s welcome, no question,” goalie Sven Aalto said."
        ),
        "Sven Aalto",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), REPEATED_QUOTATIONS)
def test_a_quotation_repeated_later_is_said_by_its_later_speaker(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)


def test_two_words_repeated_name_no_speaker(fast_quotes: QuoteRows) -> None:
    rows = fast_quotes(
        "Parents left with what one of them called “good news.”\n\n"
        "“It is good news for the town,” said Ruth Okafor."
    )
    assert rows[0] == ("“good news.”", None), rows


# -- a free relative's subject -----------------------------------------------------------
# ``Crews worked through the night on what one of them called “...”``: the clause
# before ``what`` is the main clause, no description of the speaker; the partitive
# names no one, and the words quoted again later name the speaker.

FREE_RELATIVE_SUBJECTS = [
    (
        (
            "Crews worked through the night on what one of them called “the worst break in twenty "
            "years.”\n\n"
            "The main burst under Holloway Road shortly after midnight.\n\n"
            "Foreman Dale Kirby said it was “the worst break in twenty years” and that repairs "
            "would take days."
        ),
        "Dale Kirby",
    ),
    (
        (
            "Nurses worked double shifts through what one of them called “the longest week of my "
            "career.”\n\n"
            "The ward admitted 60 patients in five days.\n\n"
            "“It was the longest week of my career,” said nurse Imani Cole."
        ),
        "Imani Cole",
    ),
    (
        (
            "Farmers hauled away what one of them called “a whole year of work.”\n\n"
            "Hail flattened the barley across three townships on Sunday.\n\n"
            "“That was a whole year of work in the ditch,” grower Tomas Berg said."
        ),
        "Tomas Berg",
    ),
    (
        (
            "Miners emerged on Friday from what one of them called “twelve hours of pure dark.”\n\n"
            "The power failed at the Birch Lake shaft on Thursday evening.\n\n"
            "“It was twelve hours of pure dark down there,” said Luis Ocampo."
        ),
        "Luis Ocampo",
    ),
    (
        (
            "Shoppers crowded into what one of them called “a zoo with price tags.”\n\n"
            "The doors opened at 6 a.m.\n\n"
            "“It was a zoo with price tags in there,” said Lena Moss."
        ),
        "Lena Moss",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), FREE_RELATIVE_SUBJECTS)
def test_the_clause_before_a_free_relative_is_no_speaker(
    all_said_by: SaidBy, text: str, speaker: str
) -> None:
    all_said_by(text, speaker)
