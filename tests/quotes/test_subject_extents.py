"""Where a reporting subject ends: verbs after names, places after names, long relative clauses."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


def _named_speaker(rows: list[tuple[str, str | None]], content: str) -> str:
    """Return the speaker of the quote holding *content*, which must have one."""
    found = speaker_of(rows, content)
    assert found is not None, rows
    return found


# -- a verb of any tense between an institution's name and its object -------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The Bank of Canada held its key rate steady on Wednesday, saying growth"
            " had slowed more than expected.",
            "growth had slowed",
            "Canada",
        ),
        (
            "The Royal Ontario Museum sold its oldest canoe last month, saying the"
            " collection needed space.",
            "the collection needed space",
            "Museum",
        ),
        (
            "The Halifax Port Authority won a federal grant on Monday, saying the money"
            " would pay for a new pier.",
            "the money would pay",
            "Authority",
        ),
        (
            "The Vancouver Aquarium kept the sea otter exhibit closed, saying the pool"
            " was still being repaired.",
            "the pool was still being repaired",
            "Aquarium",
        ),
        (
            "The University of Manitoba froze its tuition fees for a second year, saying"
            " students faced rising rents.",
            "students faced rising rents",
            "Manitoba",
        ),
    ],
)
def test_verb_after_a_name_ends_the_subject(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert _named_speaker(fast_quotes(text), content).split()[-1] == speaker


# -- a place after a person's affiliation does not head the subject ---------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Rev. Marta Olsen of Bethany Lutheran Church near Red Deer said the roof"
            " would be fixed by spring.",
            "the roof would be fixed",
            "Marta Olsen",
        ),
        (
            "Dr. Kevin Amari of Lakeshore General Hospital in Pointe-Claire said the"
            " ward had reopened.",
            "the ward had reopened",
            "Kevin Amari",
        ),
        (
            "Coach Daniel Ferris of the Northside Hawks in Regina said the team would"
            " appeal the suspension.",
            "the team would appeal",
            "Daniel Ferris",
        ),
        (
            "Imam Yusuf Karim of the Al-Rashid Mosque outside Edmonton said the"
            " congregation had voted to sell the land.",
            "the congregation had voted",
            "Yusuf Karim",
        ),
        (
            "Professor Lena Vogt of Dalhousie University in Halifax said the samples"
            " were contaminated.",
            "the samples were contaminated",
            "Lena Vogt",
        ),
    ],
)
def test_place_after_an_affiliation_is_not_the_speaker(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert _named_speaker(fast_quotes(text), content).startswith(speaker)


# -- a long restrictive relative clause on the subject ----------------------------
@pytest.mark.parametrize(
    ("text", "content", "head"),
    [
        (
            "A Manitoba farmer who drove six hours through a snowstorm to a Brandon"
            " auction with a trailer of calves says the sale was cancelled.",
            "the sale was cancelled",
            "A Manitoba farmer who",
        ),
        (
            "A nurse who worked three straight night shifts at the Moncton hospital with"
            " a fractured wrist says she was never offered a break.",
            "she was never offered a break",
            "A nurse who",
        ),
        (
            "The driver who waited nearly nine hours on the Coquihalla Highway outside"
            " Hope in a stalled bus says nobody brought water.",
            "nobody brought water",
            "The driver who",
        ),
        (
            "An Ottawa man who paid a deposit of $900 last spring for a cottage near"
            " Bancroft with a private dock says the listing was fake.",
            "the listing was fake",
            "An Ottawa man who",
        ),
        (
            "Parents who camped for two nights outside the school board office in Surrey"
            " in the rain said the registration system had crashed.",
            "the registration system had crashed",
            "Parents who",
        ),
    ],
)
def test_long_relative_clause_keeps_its_head(
    fast_quotes: QuoteRows, text: str, content: str, head: str
) -> None:
    assert _named_speaker(fast_quotes(text), content).startswith(head)


# -- given names written with diacritics are people's names -----------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ana Ruiz said the vote was fair.\n\nHer rival, José Ibáñez, visited the"
            " polling station on Monday.\n\n“Nobody counted the late ballots,” he said.",
            "Ibáñez",
        ),
        (
            "Mark Doyle said the plant would stay open.\n\nThe deputy minister, Gérald"
            " Thibodeau, toured the site in the afternoon.\n\n“We will watch the"
            " numbers closely,” he said.",
            "Thibodeau",
        ),
        (
            "Paul Granger said the bridge was safe.\n\nEngineer Zoë Lindqvist inspected"
            " the cables last week.\n\n“Two of them are badly rusted,” she said.",
            "Lindqvist",
        ),
        (
            "Bob Hale said the rink would close.\n\nThe arena manager, Renée Gagnon,"
            " walked the site on Monday.\n\n“The ice plant is finished,” she said.",
            "Gagnon",
        ),
        (
            "The school board said the closure was final.\n\nParent Hélène Marchand"
            " organised a petition with 400 names.\n\n“We were never asked,” she said.",
            "Marchand",
        ),
    ],
)
def test_accented_given_names_are_antecedents(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    found = next(s for t, s in fast_quotes(text) if t.startswith("“"))
    assert found is not None
    assert found.split()[-1] == speaker


# -- a bare definite description named only later ---------------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Parents in Kamloops packed a board meeting Tuesday to fight a later bell"
            " schedule, but the superintendent says the change will go ahead.\n\n"
            "About 300 people signed a petition against it.\n\n"
            "Parent Joanne Reid said her children would lose their part-time jobs.\n\n"
            "Superintendent Malcolm Dewar said the research on teenage sleep was clear.",
            "the change will go ahead",
            "Dewar",
        ),
        (
            "Fans lined up overnight for the season opener, but the coach says the team"
            " is not ready.\n\nTickets sold out in four minutes.\n\n"
            "Coach Rita Baptiste said two starters were still injured.",
            "the team is not ready",
            "Baptiste",
        ),
        (
            "The Harbourview ferry will stop running in January, the operator said on"
            " Monday.\n\nLakeline Marine Ltd. has run the crossing since 1998.\n\n"
            "Riders said they had no other way to reach the mainland.",
            "ferry will stop running",
            "Ltd.",
        ),
        (
            "A Winnipeg bakery chain has recalled 12,000 loaves of rye bread after"
            " customers found metal shavings, the company said Friday.\n\n"
            "Prairie Hearth Foods said no one had been hurt.",
            "recalled 12,000 loaves",
            "Foods",
        ),
        (
            "Residents of a Moncton tower have been without heat for a week, and the"
            " landlord says repairs could take another ten days.\n\n"
            "Tenant Marc Gallant said his family was sleeping in coats.\n\n"
            "Landlord Denise Comeau said a part had to be shipped from Ohio.",
            "repairs could take another ten days",
            "Comeau",
        ),
    ],
)
def test_bare_definite_description_named_later(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert _named_speaker(fast_quotes(text), content).split()[-1] == speaker


# -- a cue inside a prepositional postmodifier: the noun after it is no cue -------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A food bank in Thunder Bay says demand has doubled this winter.",
            "demand has doubled this winter",
        ),
        (
            "Landlords in the east end say reports of break-ins have doubled since May.",
            "reports of break-ins have doubled since May",
        ),
        (
            "A travel clinic on Main Street says claims for lost luggage have tripled.",
            "claims for lost luggage have tripled",
        ),
        (
            "Coaches in the Halifax league say demand for referees keeps growing.",
            "demand for referees keeps growing",
        ),
        (
            "A daycare near Brandon says reports of the closure are wrong.",
            "reports of the closure are wrong",
        ),
    ],
)
def test_noun_after_a_cue_in_a_postmodified_subject(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    rows = fast_quotes(text)
    assert [quote for quote, _ in rows] == [content]
    assert speaker_of(rows, content) is not None


# -- names joined by ``and`` take a plural verb of saying -------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Chloe and Aiden Marchetti say the goats ate half the wedding cake.",
            "the goats ate half the wedding cake",
        ),
        (
            "Priya and Rohan Mehta say their basement flooded three times this spring.",
            "their basement flooded three times this spring",
        ),
        (
            "Nadia Flores and Tom Beck say the ferry left without them.",
            "the ferry left without them",
        ),
        (
            "Okafor and Dr. Lindgren say the trial data were never shared.",
            "the trial data were never shared",
        ),
        (
            "Hassan and Leila Amiri say the landlord never returned their deposit.",
            "the landlord never returned their deposit",
        ),
    ],
)
def test_coordinated_names_say(fast_quotes: QuoteRows, text: str, content: str) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]


# -- an approximator before an article and a number noun --------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The farmer said about a dozen cows had broken through the fence.",
            "about a dozen cows had broken through the fence",
        ),
        (
            "Police said around a hundred people gathered outside the courthouse.",
            "around a hundred people gathered outside the courthouse",
        ),
        (
            "The principal said about a third of the students missed the bus.",
            "about a third of the students missed the bus",
        ),
        (
            "The airline said over a thousand bags were delayed on Sunday.",
            "over a thousand bags were delayed on Sunday",
        ),
        (
            "The coroner wrote about a fifth of the deaths had been preventable.",
            "about a fifth of the deaths had been preventable",
        ),
    ],
)
def test_approximated_number_noun_opens_content(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]


# -- a name that ends with its number ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Teamsters Local 31 said its drivers would walk out at midnight.",
            "its drivers would walk out at midnight",
            "Teamsters Local 31",
        ),
        (
            "The union, CUPE Local 79, said the city had cancelled the meeting.",
            "the city had cancelled the meeting",
            "CUPE Local 79",
        ),
        (
            "The union representing the nurses, Unifor Local 2458, said the hospital"
            " had refused to bargain.",
            "the hospital had refused to bargain",
            "Unifor Local 2458",
        ),
        (
            "Royal Canadian Legion Branch 43 said the cenotaph would be repaired by November.",
            "the cenotaph would be repaired",
            "Branch 43",
        ),
        (
            "The local lodge, Machinists Lodge 712, said its members had rejected the offer.",
            "its members had rejected the offer",
            "Lodge 712",
        ),
    ],
)
def test_name_ending_with_its_number(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert _named_speaker(fast_quotes(text), content).endswith(speaker)


def test_number_after_a_month_is_no_name(fast_quotes: QuoteRows) -> None:
    rows = fast_quotes("A memo dated March 3 said the plant would close.")
    assert all(speaker is None or not speaker.endswith("3") for _, speaker in rows)


# -- an appositive name with its affiliation or home town, or after role words ----
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "One victim, Kamal Haddad of Burlington, said he lost $2,800.",
            "he lost $2,800",
            "Haddad",
        ),
        (
            "A neighbour, Greta Lindholm of Red Deer, said the dog had bitten before.",
            "the dog had bitten before",
            "Lindholm",
        ),
        (
            "One of the witnesses, Omar Sayeed from the Fraser Institute, said the"
            " figures were wrong.",
            "the figures were wrong",
            "Sayeed",
        ),
        (
            "One of them, retired teacher Evelyn Nakamura, told the court she had paid twice.",
            "she had paid twice",
            "Nakamura",
        ),
        (
            "The plaintiff, longtime bus driver Ray Cormack, said the transit agency"
            " ignored his complaints.",
            "the transit agency ignored his complaints",
            "Cormack",
        ),
    ],
)
def test_appositive_name_with_affiliation_or_role_words(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert _named_speaker(fast_quotes(text), content).split()[-1] == speaker


# -- a bound on a number opens the content ----------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Det. Sgt. Ana Ruiz said at least 140 people paid deposits.",
            "at least 140 people paid deposits",
        ),
        (
            "The fire chief said at most a dozen homes were damaged.",
            "at most a dozen homes were damaged",
        ),
        (
            "Organizers said at least half the seats went unsold.",
            "at least half the seats went unsold",
        ),
        (
            "The ministry wrote at least three schools would close in June.",
            "at least three schools would close in June",
        ),
        (
            "Residents say at least 40 cars were broken into last month.",
            "at least 40 cars were broken into last month",
        ),
    ],
)
def test_bound_on_a_number_opens_content(fast_quotes: QuoteRows, text: str, content: str) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]


# -- a bare noun phrase after ``according to`` keeps its postmodifiers -------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The pumps sat idle for a year, according to documents tabled at the"
            " committee last week.",
            "documents tabled at the committee last week",
        ),
        (
            "The mill lost $4 million, according to court records filed in Thunder Bay.",
            "court records filed in Thunder Bay",
        ),
        (
            "Two inspectors resigned, according to emails obtained by the Gazette.",
            "emails obtained by the Gazette",
        ),
        (
            "The ferry failed three safety checks, according to inspection reports seen"
            " by reporters.",
            "inspection reports seen by reporters",
        ),
        (
            "The mayor met the developer twice, according to calendars released under"
            " freedom-of-information law.",
            "calendars released under freedom-of-information law",
        ),
    ],
)
def test_bare_source_keeps_its_postmodifiers(
    fast_quotes: QuoteRows, text: str, source: str
) -> None:
    rows = fast_quotes(text)
    assert len(rows) == 1
    assert rows[0][1] is not None
    assert rows[0][1].split()[-1] == source.split()[-1]
