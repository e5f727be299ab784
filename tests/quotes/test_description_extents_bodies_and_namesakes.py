"""Speaker classes: description extents, named bodies, possessed roles, sexes and namesakes.

Each class is a shape of attribution, written in invented sentences: a
description's postmodifier, a governing body's name, a name after an
institution noun, a company's short name, a board of a named body, an
occupation modified by a place, a role with a possessor, a description of
one sex, a name after an age, a possessor a pronoun returns to, a surname
two people share and an unnamed source who is a person described before.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows

#: A person noun with an adverbial postmodifier (``the man next door``), first noted cut as a
#: document's author, keeps its words.
FULLER_DESCRIPTIONS = [
    (
        (
            "The reason? A complaint from the man next door, who allegedly told the "
            "city the tree was “blocking the view” from his deck."
        ),
        "blocking the view",
        "the man next door",
    ),
    (
        (
            "The cause? A complaint from the doctor next door, who reportedly told "
            "the landlord the dog was “barking all night” in the yard."
        ),
        "barking all night",
        "the doctor next door",
    ),
    (
        (
            "The trigger? A letter from the retiree next door, who apparently told "
            "the town the fence was “too tall by half” for the street."
        ),
        "too tall by half",
        "the retiree next door",
    ),
    (
        (
            "The problem? A letter from the tenant next door, who allegedly told the "
            "board the smoke was “drifting in” from the yard."
        ),
        "drifting in",
        "the tenant next door",
    ),
    (
        (
            "Why the fuss? An email from the teacher next door, who reportedly told "
            "the council the lights were “shining straight” into his kitchen."
        ),
        "shining straight",
        "the teacher next door",
    ),
]

#: A descriptive subject's complement placed by an ``of`` name before the verb (``in the
#: hamlet north of Pine Falls are``) belongs to it.
PLACED_COMPLEMENTS = [
    (
        (
            "Parents in this quiet town west of Regina are fighting a plan to close "
            "the rink, saying the change would hurt families."
        ),
        "hurt families",
        "Parents in this quiet town west of Regina",
    ),
    (
        (
            "Farmers in the valley just south of Grey Rock have filed a lawsuit, "
            "saying the dam would flood their land."
        ),
        "flood their land",
        "Farmers in the valley just south of Grey Rock",
    ),
    (
        (
            "Residents in the hamlet north of Pine Falls are angry about the new "
            "quarry, saying the blasting shakes their homes."
        ),
        "shakes their homes",
        "Residents in the hamlet north of Pine Falls",
    ),
    (
        (
            "Fishermen in the cove east of Port Ellis have blocked the wharf, saying "
            "the new quota is unfair."
        ),
        "quota is unfair",
        "Fishermen in the cove east of Port Ellis",
    ),
    (
        (
            "Cottagers at the lake just west of Elk Harbour are suing the county, "
            "saying the new road is too close."
        ),
        "too close",
        "Cottagers at the lake just west of Elk Harbour",
    ),
]

#: ``Town of X`` is a governing body's whole name, as ``City of X`` is.
TOWN_BODIES = [
    (
        ("The Town of Marlow Creek said in a statement that it has since repaired the roof."),
        "repaired the roof",
        "Town of Marlow Creek",
    ),
    (
        ("The Town of Birchwood Falls said it would review the bylaw next spring."),
        "review the bylaw",
        "Town of Birchwood Falls",
    ),
    (
        ("In a news release, the Town of Ashby Landing said the water was safe to drink."),
        "safe to drink",
        "Town of Ashby Landing",
    ),
    (
        ("The Town of Kessel Bay told residents that the beach would stay closed."),
        "stay closed",
        "Town of Kessel Bay",
    ),
    (
        ("The Town of Ridgemount said the arena would reopen in March."),
        "reopen in March",
        "Town of Ridgemount",
    ),
]

#: A capitalised modifier before an institution noun (``Prairie software firm X``) is no
#: subject: the name after the noun is.
NAMES_AFTER_INSTITUTION_NOUNS = [
    (
        (
            "Prairie software firm Fieldstone Analytics is laying off about a quarter"
            " of its staff, the company confirmed Tuesday.\n\n"
            "The Prairie Innovation Council said funding had dropped."
        ),
        "laying off",
        "Fieldstone Analytics",
    ),
    (
        (
            "Coastal ferry operator Bluewake Marine Ltd. is cancelling its winter "
            "schedule, the company announced.\n\n"
            "The Coastal Transport Council said the route was needed."
        ),
        "winter schedule",
        "Bluewake Marine Ltd.",
    ),
    (
        (
            "Kootenay outfitter firm Ridgeback Gear Ltd. is closing two stores, the "
            "company said Monday.\n\n"
            "The Kootenay Business Council said sales were weak."
        ),
        "closing two stores",
        "Ridgeback Gear Ltd.",
    ),
    (
        (
            "Tidewater seafood firm Saltmarsh Ventures is selling two boats, the "
            "company said Monday.\n\n"
            "The Tidewater Harbour Authority said the wharf was busy."
        ),
        "selling two boats",
        "Saltmarsh Ventures",
    ),
    (
        (
            "Boreal lumber company Sprucewood Timber is idling its mill, the company "
            "said.\n\n"
            "The Boreal Forest Council said demand had slumped."
        ),
        "idling its mill",
        "Sprucewood Timber",
    ),
]

#: ``the company`` after a company's short name takes the fuller name the article gave
#: (``Kestrel Ridge Resources``).
COMPANY_SHORT_NAMES = [
    (
        (
            "About 600 workers are employed at the mine, which is owned by "
            "Toronto-listed Kestrel Ridge Resources.\n\n"
            "Kestrel Ridge spokesperson Ana Pilon said talks would resume.\n\n"
            "The mine produced 20,000 tonnes of copper last year, the company "
            "reported."
        ),
        "20,000 tonnes",
        "Kestrel Ridge Resources",
    ),
    (
        (
            "About 300 people work at the smelter, which is owned by Toronto-listed "
            "Halden Crest Minerals.\n\n"
            "Halden Crest spokesperson Tim Ruel said the furnace was safe.\n\n"
            "The smelter produced 9,000 tonnes of zinc last year, the company said."
        ),
        "9,000 tonnes",
        "Halden Crest Minerals",
    ),
    (
        (
            "About 200 miners work at the pit, which is owned by Vancouver-listed "
            "Silver Tarn Resources.\n\n"
            "Silver Tarn spokesperson Dana Price said the pit would reopen.\n\n"
            "The pit shipped 4,000 tonnes of coal last year, the company reported."
        ),
        "4,000 tonnes",
        "Silver Tarn Resources",
    ),
    (
        (
            "About 150 people work at the mill, which is owned by Toronto-listed "
            "Copper Knoll Resources.\n\n"
            "Copper Knoll spokesperson Lou Fenn said the mill was profitable.\n\n"
            "The mill cut 40,000 cubic metres of lumber last year, the company said."
        ),
        "40,000 cubic",
        "Copper Knoll Resources",
    ),
    (
        (
            "About 90 people work at the quarry, which is owned by Montreal-listed "
            "Grey Fell Resources.\n\n"
            "Grey Fell spokesperson Rita Cole said blasting was safe.\n\n"
            "The quarry shipped 2 million tonnes last year, the company reported."
        ),
        "2 million tonnes",
        "Grey Fell Resources",
    ),
]

#: ``the board`` with no name of its own is the ``board of X`` the article wrote before.
BOARDS_OF_NAMED_BODIES = [
    (
        (
            "Ana Ruiz, 81, got a letter from the board of Maple Court Condominiums "
            "about her garden. The planters break the building's rules, the board "
            "wrote."
        ),
        "planters break",
        "the board of Maple Court Condominiums",
    ),
    (
        (
            "Tom Lee received a notice from the board of Harbour View Towers on "
            "Friday. His parking spot will be reassigned, the board said."
        ),
        "parking spot",
        "the board of Harbour View Towers",
    ),
    (
        (
            "The tenants met with the board of Elm Street Co-operative last week. "
            "Rents will rise by 3 per cent, the board told them."
        ),
        "Rents will rise",
        "the board of Elm Street Co-operative",
    ),
    (
        (
            "A complaint reached the board of Cedar Hills Golf Club in May. The "
            "course will stay open, the board said in a letter."
        ),
        "stay open",
        "the board of Cedar Hills Golf Club",
    ),
    (
        (
            "Parents wrote to the board of Lakeside Montessori School. The fee "
            "increase is necessary, the board replied."
        ),
        "fee increase",
        "the board of Lakeside Montessori School",
    ),
]

#: An indefinite occupation modified by a place (``a Manitoba judge``) is the holder later
#: named in a sentence that writes the place.
PLACE_MODIFIED_OCCUPATIONS = [
    (
        (
            "A former clerk was sentenced Friday, with a Manitoba judge calling the "
            'theft "a betrayal."\n\n'
            "Gail Stroud, 51, pleaded guilty in May.\n\n"
            "In Manitoba Court of King's Bench, Justice Ann Roy said the clerk had "
            "forged cheques."
        ),
        "a betrayal",
        "Ann Roy",
    ),
    (
        (
            "A trucker was fined $5,000, with an Alberta judge calling his driving "
            '"reckless."\n\n'
            "Owen Tasker, 44, had been charged in March.\n\n"
            "In Alberta provincial court, Judge Peter Lam said the trucker had "
            "ignored the signs."
        ),
        "reckless",
        "Peter Lam",
    ),
    (
        (
            "A landlord was ordered to pay $20,000, with a Yukon judge calling the "
            'conduct "shameful."\n\n'
            "Brent Kowal, 60, owns four buildings.\n\n"
            "In Yukon Supreme Court, Justice Mary Tait said the landlord had cut the "
            "heat."
        ),
        "shameful",
        "Mary Tait",
    ),
    (
        (
            'A coach was banned for life, with a Quebec judge calling the abuse "a '
            'profound breach."\n\n'
            "Yves Marchal, 38, coached for a decade.\n\n"
            "In Quebec Superior Court, Justice Luc Pelletier said the coach had lied."
        ),
        "profound breach",
        "Luc Pelletier",
    ),
    (
        (
            "A nurse lost her licence, with an Ontario judge calling her conduct "
            '"indefensible."\n\n'
            "June Pratt, 47, worked nights.\n\n"
            "In Ontario Superior Court, Justice Helen Ward said the nurse had "
            "falsified charts."
        ),
        "indefensible",
        "Helen Ward",
    ),
]

#: A role with a possessor (``the charity's lawyer``) is not the holder the article gave that
#: role with another modifier (``Defence lawyer``).
POSSESSED_ROLES = [
    (
        (
            "Defence lawyer Nadia Oke said her client was sorry.\n\n"
            "The judge ordered repayment. The charity's lawyer said it was unlikely "
            "the money would be recovered."
        ),
        "unlikely the money",
        "The charity's lawyer",
    ),
    (
        (
            "Defence lawyer Tom Platt argued for a lighter sentence.\n\n"
            "The family's lawyer said the parents wanted an apology."
        ),
        "wanted an apology",
        "The family's lawyer",
    ),
    (
        (
            "Crown lawyer Dana Sills asked for five years.\n\n"
            "The company's lawyer said the firm had cooperated fully."
        ),
        "cooperated fully",
        "The company's lawyer",
    ),
    (
        (
            "Defence lawyer Ravi Sohal said the accused had no record.\n\n"
            "The school board's lawyer said the board had acted quickly."
        ),
        "acted quickly",
        "The school board's lawyer",
    ),
    (
        (
            "Union lawyer Maria Costa said the grievance was valid.\n\n"
            "The employer's lawyer said the dismissal was justified."
        ),
        "dismissal was justified",
        "The employer's lawyer",
    ),
]

#: An indefinite description of one sex (``one father``) is not the person of the other sex
#: named next.
SEXED_DESCRIPTIONS = [
    (
        (
            'Parents said the board had not listened. "Where were you last year?" one'
            " father asked the trustees.\n\n"
            "Amanda Cole said her children walk to school."
        ),
        "Where were you",
        "one father",
    ),
    (
        (
            'Fans were furious. "Who decided this?" one mother asked the coach.\n\n'
            "Robert Hale said his son had quit the team."
        ),
        "Who decided this",
        "one mother",
    ),
    (
        (
            'Riders complained loudly. "Why is the bus always late?" one man asked '
            "the manager.\n\n"
            "Susan Marsh said she had waited an hour."
        ),
        "always late",
        "one man",
    ),
    (
        (
            'Tenants lined up at the microphone. "Who pays for the repairs?" one '
            "woman asked the landlord.\n\n"
            "David Ostrow said his ceiling had collapsed."
        ),
        "pays for the repairs",
        "one woman",
    ),
    (
        (
            'Voters were angry. "Where is the money going?" one grandfather asked the'
            " mayor.\n\n"
            "Linda Grace said her taxes had doubled."
        ),
        "money going",
        "one grandfather",
    ),
]

#: A name after an age (``15-year-old Brielle``) is a person's, whom ``the teen`` names.
AGED_NAMES = [
    (
        (
            "Doris Fenwick said she owed everything to 16-year-old Brielle.\n\n"
            'Brielle backed up the story. "Grandma loses everything," the teen said.'
        ),
        "Grandma loses",
        "Brielle",
    ),
    (
        (
            "Carl Moss said the wallet was found by 14-year-old Zorelle.\n\n"
            'Zorelle shrugged. "It was just lying there," the teen said.'
        ),
        "lying there",
        "Zorelle",
    ),
    (
        (
            "Ella Brant said she handed the ticket to 17-year-old Tamzey.\n\n"
            'Tamzey blushed. "Anyone would do it," the teen said.'
        ),
        "Anyone would",
        "Tamzey",
    ),
    (
        (
            "Ella Brant said the prize went to 13-year-old Quennie.\n\n"
            'Quennie grinned. "I was lucky," the girl said.'
        ),
        "I was lucky",
        "Quennie",
    ),
    (
        (
            "Nora Quill said the hero was 15-year-old Emberly.\n\n"
            'Emberly smiled. "He was so scared," the teen said.'
        ),
        "so scared",
        "Emberly",
    ),
]

#: A pronoun takes the one person its paragraph names, as a possessor, when that person spoke
#: before.
RETURNING_POSSESSORS = [
    (
        (
            'Winnipeg dad Jason Kolb found $40,000 in a couch. "It was unreal," Kolb '
            "said.\n\n"
            'Staff Sgt. Rick Dhillon said finders should call police. "Bring it in," '
            "Dhillon said.\n\n"
            "As for the couch? It's now in Kolb's basement. \"Best 80 bucks I ever "
            'spent," he said.'
        ),
        "Best 80 bucks",
        "Jason Kolb",
    ),
    (
        (
            'Anna Pruitt won the lottery. "I cried," Pruitt said.\n\n'
            'Clerk Maria Lopez said the store was thrilled. "We rang the bell," Lopez'
            " said.\n\n"
            "And the ticket? It's framed on Pruitt's wall. \"I look at it every day,\" "
            "she said."
        ),
        "every day",
        "Anna Pruitt",
    ),
    (
        (
            'Farmer Dale Wirth grew a 900-kilogram pumpkin. "It kept growing," Wirth '
            "said.\n\n"
            'Judge Tom Baird said it set a record. "A monster," Baird said.\n\n'
            'The pumpkin? It sits in Wirth\'s barn now. "Pie for a year," he said.'
        ),
        "Pie for a year",
        "Dale Wirth",
    ),
    (
        (
            'Teacher Joan Mercer retired after 40 years. "I\'ll miss them," Mercer '
            "said.\n\n"
            'Principal Amy Kwan said Mercer was loved. "A legend," Kwan said.\n\n'
            "Her desk? It's in Mercer's garage. \"I couldn't leave it,\" she said."
        ),
        "couldn't leave it",
        "Joan Mercer",
    ),
    (
        (
            'Pilot Greg Onslow landed the plane safely. "I just flew it," Onslow '
            "said.\n\n"
            'Captain Sam Rudd said the landing was perfect. "Textbook," Rudd said.\n\n'
            "The plane? It's back in Onslow's hangar. \"She's a good old bird,\" he "
            "said."
        ),
        "good old bird",
        "Greg Onslow",
    ),
]

#: A surname two people share takes the one of the sex its own report's pronoun tells
#: (``Dalby said she``).
REPORTED_SEX_NAMESAKES = [
    (
        (
            "Ruth Dalby, who ran the bakery for 40 years, has died.\n\n"
            'Her son, Carl Dalby, said she never missed a day. "She loved it," he '
            "said.\n\n"
            'Mayor Ann Fox said the town would miss her. "A treasure," Fox said.\n\n'
            'In a 2010 interview, Dalby said she had no secret. "Butter and '
            'patience," she said.'
        ),
        "Butter and patience",
        "Ruth Dalby",
    ),
    (
        (
            "Irene Castle, who coached figure skating, has died.\n\n"
            'Her son, Mark Castle, said she was tough. "She pushed us," he said.\n\n'
            'Coach Lee Wong said she was a pioneer. "The best," Wong said.\n\n'
            'In 2005, Castle said she never planned to retire. "Skating is life," she'
            " said."
        ),
        "Skating is life",
        "Irene Castle",
    ),
    (
        (
            "Hazel Brine, the town's first female mayor, has died.\n\n"
            'Her grandson, Peter Brine, said she was fearless. "Nothing scared her," '
            "he said.\n\n"
            'Councillor Jo Ames said she opened doors. "A trailblazer," Ames said.\n\n'
            'In 1990, Brine said she ran to fix the roads. "Potholes made me run," '
            "she said."
        ),
        "Potholes made me",
        "Hazel Brine",
    ),
    (
        (
            "Gloria Tench, a lighthouse keeper for 30 years, has died.\n\n"
            'Her son, Ray Tench, said she loved the sea. "She lived for storms," he '
            "said.\n\n"
            'Historian Ann Roe said she saved dozens. "A hero," Roe said.\n\n'
            "In 1999, Tench said she never feared the weather. \"Respect it, that's "
            'all," she said.'
        ),
        "Respect it",
        "Gloria Tench",
    ),
    (
        (
            "Martha Quist, who founded the food bank, has died.\n\n"
            'Her son, Neil Quist, said she fed thousands. "Nobody was turned away," '
            "he said.\n\n"
            'Volunteer Rose Lin said she was kind. "So generous," Lin said.\n\n'
            'In 2012, Quist said she never counted the meals. "You just cook," she '
            "said."
        ),
        "You just cook",
        "Martha Quist",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), FULLER_DESCRIPTIONS)
def test_fuller_descriptions(
    fast_quotes: QuoteRows, text: str, fragment: str, speaker: str
) -> None:
    """A person noun with an adverbial postmodifier (``the man next door``), first noted cut as
    a document's author, keeps its words.
    """
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


@pytest.mark.parametrize(("text", "fragment", "speaker"), PLACED_COMPLEMENTS)
def test_placed_complements(fast_quotes: QuoteRows, text: str, fragment: str, speaker: str) -> None:
    """A descriptive subject's complement placed by an ``of`` name before the verb (``in the
    hamlet north of Pine Falls are``) belongs to it.
    """
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


@pytest.mark.parametrize(("text", "fragment", "speaker"), TOWN_BODIES)
def test_town_bodies(fast_quotes: QuoteRows, text: str, fragment: str, speaker: str) -> None:
    """``Town of X`` is a governing body's whole name, as ``City of X`` is."""
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


@pytest.mark.parametrize(("text", "fragment", "speaker"), NAMES_AFTER_INSTITUTION_NOUNS)
def test_names_after_institution_nouns(
    fast_quotes: QuoteRows, text: str, fragment: str, speaker: str
) -> None:
    """A capitalised modifier before an institution noun (``Prairie software firm X``) is no
    subject: the name after the noun is.
    """
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


@pytest.mark.parametrize(("text", "fragment", "speaker"), COMPANY_SHORT_NAMES)
def test_company_short_names(
    fast_quotes: QuoteRows, text: str, fragment: str, speaker: str
) -> None:
    """``the company`` after a company's short name takes the fuller name the article gave
    (``Kestrel Ridge Resources``).
    """
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


@pytest.mark.parametrize(("text", "fragment", "speaker"), BOARDS_OF_NAMED_BODIES)
def test_boards_of_named_bodies(
    fast_quotes: QuoteRows, text: str, fragment: str, speaker: str
) -> None:
    """``the board`` with no name of its own is the ``board of X`` the article wrote before."""
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


@pytest.mark.parametrize(("text", "fragment", "speaker"), PLACE_MODIFIED_OCCUPATIONS)
def test_place_modified_occupations(
    fast_quotes: QuoteRows, text: str, fragment: str, speaker: str
) -> None:
    """An indefinite occupation modified by a place (``a Manitoba judge``) is the holder later
    named in a sentence that writes the place.
    """
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


@pytest.mark.parametrize(("text", "fragment", "speaker"), POSSESSED_ROLES)
def test_possessed_roles(fast_quotes: QuoteRows, text: str, fragment: str, speaker: str) -> None:
    """A role with a possessor (``the charity's lawyer``) is not the holder the article gave
    that role with another modifier (``Defence lawyer``).
    """
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


@pytest.mark.parametrize(("text", "fragment", "speaker"), SEXED_DESCRIPTIONS)
def test_sexed_descriptions(fast_quotes: QuoteRows, text: str, fragment: str, speaker: str) -> None:
    """An indefinite description of one sex (``one father``) is not the person of the other sex
    named next.
    """
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


@pytest.mark.parametrize(("text", "fragment", "speaker"), AGED_NAMES)
def test_aged_names(fast_quotes: QuoteRows, text: str, fragment: str, speaker: str) -> None:
    """A name after an age (``15-year-old Brielle``) is a person's, whom ``the teen`` names."""
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


@pytest.mark.parametrize(("text", "fragment", "speaker"), RETURNING_POSSESSORS)
def test_returning_possessors(
    fast_quotes: QuoteRows, text: str, fragment: str, speaker: str
) -> None:
    """A pronoun takes the one person its paragraph names, as a possessor, when that person
    spoke before.
    """
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


@pytest.mark.parametrize(("text", "fragment", "speaker"), REPORTED_SEX_NAMESAKES)
def test_reported_sex_namesakes(
    fast_quotes: QuoteRows, text: str, fragment: str, speaker: str
) -> None:
    """A surname two people share takes the one of the sex its own report's pronoun tells
    (``Dalby said she``).
    """
    found = [name for quote, name in fast_quotes(text) if fragment in quote]
    assert found == [speaker]


def _unnamed_again(
    owner: str, owner_sex: str, thing: str, described: str, sex: str, noun: str
) -> str:
    """An article that describes a complainant, then quotes her or him unnamed."""
    owners = "his" if owner_sex == "m" else "her"
    owner_pronoun = "he" if owner_sex == "m" else "she"
    possessive = "his" if sex == "m" else "her"
    pronoun = "he" if sex == "m" else "she"
    return (
        f"Homeowner {owner}, 51, says the city wants {owners} {thing} gone.\n\n"
        f"The reason? A complaint from {described}, who allegedly told the city the "
        f"{thing} was \u201cblocking the light\u201d from {possessive} deck.\n\n"
        f"{owner.split()[-1]} said the {thing} has stood for years. "
        f"\u201cNobody minded before,\u201d {owner_pronoun} said.\n\n"
        f"{noun}, reached at {possessive} door Tuesday, declined to give {possessive} "
        f"name but told the Herald {pronoun} has \u201cno quarrel with anyone.\u201d"
    )


#: A definite description of a source kept unnamed (``The neighbour ... declined to give her
#: name``) is the person the article described before without a name.
UNNAMED_AGAIN = [
    (
        _unnamed_again("Dan Pruitt", "m", "treehouse", "the woman next door", "f", "The neighbour"),
        "the woman next door",
    ),
    (
        _unnamed_again("Rita Vance", "f", "shed", "the man next door", "m", "The resident"),
        "the man next door",
    ),
    (
        _unnamed_again("Joe Kirby", "m", "flagpole", "the woman next door", "f", "The resident"),
        "the woman next door",
    ),
    (
        _unnamed_again("Lena Holt", "f", "trellis", "the man next door", "m", "The neighbour"),
        "the man next door",
    ),
    (
        _unnamed_again("Ivy Chen", "f", "hot tub", "the man next door", "m", "The resident"),
        "the man next door",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), UNNAMED_AGAIN)
def test_unnamed_again(fast_quotes: QuoteRows, text: str, speaker: str) -> None:
    """A source kept unnamed is the person described before, not one named since."""
    found = [name for quote, name in fast_quotes(text) if "no quarrel" in quote]
    assert found == [speaker]
