# ruff: noqa: E501 (one invented sentence per line)
"""Centering: a subject pronoun continues its referent, and what ranks below a subject.

Invented paragraphs through the fast pipeline, one class of rule per test:
a ``he`` or ``she`` that is a clause's subject goes on naming the person it
refers to, over a person named since as a passive's agent or a possessor; an
object of its clause and a person inside a relative clause rank below it,
for a pronoun that agrees with both; a person named after ``as`` (a role
played, an example) is no subject; a
gendered noun before a comma tells the sex of the name after it only when
that name is set off as its apposition.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of

from newsparse.attribution.mentions import Mention
from newsparse.attribution.names import NameIndex
from newsparse.builtin.quotes.antecedents import Antecedents
from newsparse.model import Entity

# -- a subject pronoun continues its referent over a passive's agent ---------------------
_PASSIVE_AGENTS = [
    (
        "Maria Kessler founded the Eastgate food bank in 1998. She ran it from her garage for six years. In 2019, she was awarded a medal by Princess Anne for services to the city.\n\n"
        "“It was the proudest day of my life,” she said.",
        "proudest day",
        "Maria Kessler",
    ),
    (
        "Helen Ward joined the county council as a clerk in 1987. Last spring she was sworn in as mayor by Judge Susan Carr at a packed town hall.\n\n"
        "“I never planned any of this,” she said.",
        "never planned",
        "Helen Ward",
    ),
    (
        "Striker Laura Benning has signed for Northvale Rovers. On Monday she was introduced to the fans by Janet Sloane, the club's chairwoman, before the home game.\n\n"
        "“I want to win the league here,” she said.",
        "win the league",
        "Laura Benning",
    ),
    (
        "Linda Moyes opened her first bakery in Port Alder in 2004. In 2021 she was named businesswoman of the year by Governor Karen Holt.\n\n"
        "“Bread is a humble thing, but people remember it,” she said.",
        "humble thing",
        "Linda Moyes",
    ),
    (
        "Singer Grace Dolan was booed off stage at a festival in Cork. Hours later she was interviewed by Emma Hurst on the evening show.\n\n"
        "“I was gutted, I will not lie,” she said.",
        "gutted",
        "Grace Dolan",
    ),
    (
        "Thomas Reid spent 30 years as a miner in Carlow. In 2010 he was honoured by Prince Edward for his rescue work after the flood.\n\n"
        "“Anyone would have done the same,” he said.",
        "Anyone would have",
        "Thomas Reid",
    ),
    (
        "Goalkeeper Peter Lund kept a clean sheet for the third game running. Afterwards he was praised by Michael Grant, the manager, in front of the press.\n\n"
        "“The defence did all the work,” he said.",
        "defence did all the work",
        "Peter Lund",
    ),
    (
        "Robert Vance built the mill on Fenner Street in 1971. In 1999 he was bought out by George Hale, and the mill closed a year later.\n\n"
        "“I still drive past it every week,” he said.",
        "still drive past",
        "Robert Vance",
    ),
    (
        "Chef Daniel Price trained in Lyon for a decade. Last year he was hired by Paul Simms to run a kitchen in Soho.\n\n"
        "“London diners want honest food,” he said.",
        "honest food",
        "Daniel Price",
    ),
    (
        "Susan Field taught at Hillcrest Primary for 35 years. This week she was thanked by Carol Ames at a farewell assembly.\n\n"
        "“The children kept me young,” she said.",
        "kept me young",
        "Susan Field",
    ),
]


@pytest.mark.parametrize(("text", "content", "name"), _PASSIVE_AGENTS)
def test_a_subject_pronoun_continues_its_referent_over_a_passive_agent(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- ... and over a possessor named in its own clause ---------------------------------
_POSSESSORS = [
    (
        "Sprinter Anna Cole won the 200 metres in Oslo on Saturday. She broke Julia Brandt's national record by a tenth of a second.\n\n"
        "“I felt light today,” she said.",
        "felt light",
        "Anna Cole",
    ),
    (
        "Karen Webb bought the old cinema on Main Street in March. Within weeks she had restored Mary Dalton's original neon sign above the door.\n\n"
        "“People cried when it lit up,” she said.",
        "People cried",
        "Karen Webb",
    ),
    (
        "Councillor Rachel Moss voted against the budget on Tuesday. She called Mayor Linda Parr's plan reckless.\n\n"
        "“We cannot borrow our way out of this,” she said.",
        "borrow our way",
        "Rachel Moss",
    ),
    (
        "Nurse Emily Stone worked a double shift on Christmas Day. She covered Sarah Finch's patients as well as her own.\n\n"
        "“Nobody should be alone in hospital today,” she said.",
        "Nobody should be alone",
        "Emily Stone",
    ),
    (
        "Jessica Lowe took over as chief executive of Brightwell Foods in May. She has since reversed Nancy Hale's decision to close the Derby plant.\n\n"
        "“Derby is where this company was born,” she said.",
        "where this company was born",
        "Jessica Lowe",
    ),
    (
        "Defender Mark Owens scored twice against Harlow on Saturday. He matched James Corry's club record for goals by a defender.\n\n"
        "“I just kept running into the box,” he said.",
        "kept running",
        "Mark Owens",
    ),
    (
        "Farmer David Nolan lost 40 sheep in the storm. He found Michael Byrne's dog sheltering with the flock the next morning.\n\n"
        "“That dog saved the rest of them,” he said.",
        "dog saved",
        "David Nolan",
    ),
    (
        "Steven Park has run the corner shop on Elm Road for 22 years. He still keeps John Moore's old till behind the counter.\n\n"
        "“It never once broke down,” he said.",
        "never once broke",
        "Steven Park",
    ),
    (
        "Analyst Richard Cole cut his forecast for the bank on Friday. He rejected Andrew Marsh's view that rates would fall this year.\n\n"
        "“The data simply do not support it,” he said.",
        "do not support",
        "Richard Cole",
    ),
    (
        "Jockey Paul Hayes rode his 1,000th winner at Ascot on Thursday. He dedicated the win to Kevin Doyle's family.\n\n"
        "“Kevin gave me my first ride,” he said.",
        "first ride",
        "Paul Hayes",
    ),
]


@pytest.mark.parametrize(("text", "content", "name"), _POSSESSORS)
def test_a_subject_pronoun_continues_its_referent_over_a_possessor(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- an object of a subject pronoun's clause ranks below that subject -----------------
_OBJECTS = [
    (
        "Lawyer Joan Reyes took the case in March. Last year she sued Maria Lund for libel over a blog post.\n\n"
        "“We needed to draw a line,” she said.",
        "We needed to draw",
        "Joan Reyes",
    ),
    (
        "Striker Tom Wade moved to Leeds in January. In his first game he replaced Mark Ellis after an hour.\n\n"
        "“I was nervous,” he said.",
        "I was nervous",
        "Tom Wade",
    ),
    (
        "Councillor Ruth Alden chairs the planning committee. On Tuesday she overruled Karen Platt on the housing plan.\n\n"
        "“The town needs homes now,” she said.",
        "The town needs homes",
        "Ruth Alden",
    ),
    (
        "Boxer Danny Kerr has won 14 fights in a row. Last night he knocked out Lee Barnes in the third round.\n\n"
        "“I felt sharp from the first bell,” he said.",
        "I felt sharp from",
        "Danny Kerr",
    ),
    (
        "Chief executive Sandra Vale took over at Corlett Homes in May. Within a month she fired Julie Marsh, the finance director.\n\n"
        "“We needed a fresh start,” she said.",
        "We needed a fresh",
        "Sandra Vale",
    ),
    (
        "Coach Ian Storey has led the Harriers for six seasons. This week he dropped Chris Nolan for the derby.\n\n"
        "“Nobody is bigger than the team,” he said.",
        "Nobody is bigger than",
        "Ian Storey",
    ),
    (
        "Grandmother Joyce Bell, 81, lives alone in Kirkby. Every Sunday she phones Lucy Dean, her oldest friend, in Spain.\n\n"
        "“We talk about everything but the weather,” she said.",
        "We talk about everything",
        "Joyce Bell",
    ),
    (
        "Landlord Gary Pratt owns six houses in Salford. In June he evicted Neil Ward after a row over repairs.\n\n"
        "“I followed the law to the letter,” he said.",
        "I followed the law",
        "Gary Pratt",
    ),
    (
        "Singer Rosa Quinn released her third album on Friday. For the title track she recruited Alice Monroe on piano.\n\n"
        "“Alice makes everything sound easy,” she said.",
        "Alice makes everything sound",
        "Rosa Quinn",
    ),
    (
        "Trader Alan Cobb has run a stall at Leeds market since 1979. Last month he hired Brian Hume to run the stall on Saturdays.\n\n"
        "“It was time to put my feet up,” he said.",
        "It was time to",
        "Alan Cobb",
    ),
]


@pytest.mark.parametrize(("text", "content", "name"), _OBJECTS)
def test_an_object_after_a_subject_pronoun_ranks_below_the_subject(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- ... and so does a person inside a relative clause --------------------------------
_RELATIVE_CLAUSES = [
    (
        "Lawyer Joan Reyes took the case in March. Last year she had hired an assistant who had once sued Maria Lund for libel.\n\n"
        "“We needed someone fearless,” she said.",
        "We needed someone fearless",
        "Joan Reyes",
    ),
    (
        "Striker Tom Wade moved to Leeds in January. In his first week he met a physio who had treated Mark Ellis for the same injury.\n\n"
        "“I felt I was in good hands,” he said.",
        "I felt I was",
        "Tom Wade",
    ),
    (
        "Chef Anna Pike opened her bistro in Hove in 2018. Before that, she cooked at a hotel whose owner, Susan Marr, sold it in 2017.\n\n"
        "“It taught me to count every penny,” she said.",
        "It taught me to",
        "Anna Pike",
    ),
    (
        "Councillor Paul Reid has lived on Elm Road for 30 years. Last month he joined a group of residents who had backed James Tull in the election.\n\n"
        "“We are not against housing,” he said.",
        "We are not against",
        "Paul Reid",
    ),
    (
        "Farmer Linda Shaw lost her barn in the fire. On Monday she thanked a neighbour who had pulled Karen Doyle from the flames.\n\n"
        "“He is a hero, plain and simple,” she said.",
        "He is a hero",
        "Linda Shaw",
    ),
    (
        "Jockey Sam Hurst rode his first winner at Ayr. Last season he worked for a trainer who had sacked Peter Mayne the year before.\n\n"
        "“You learn fast or you leave,” he said.",
        "You learn fast or",
        "Sam Hurst",
    ),
    (
        "Nurse Helen Cole retired on Friday. In 1990, she trained under a matron who had nursed Margaret Thatcher.\n\n"
        "“She was terrifying and wonderful,” she said.",
        "She was terrifying and",
        "Helen Cole",
    ),
    (
        "Banker Rob Keane left Halden Bank in May. Since then he has advised a fund which Michael Harte set up in 2015.\n\n"
        "“Small funds can move quickly,” he said.",
        "Small funds can move",
        "Rob Keane",
    ),
    (
        "Teacher Jane Ford won the award for Fife. This year she mentored a pupil whose sister, Emma Kerr, had won it in 2020.\n\n"
        "“The family must be very proud,” she said.",
        "The family must be",
        "Jane Ford",
    ),
    (
        "Pilot Mark Dunn landed the plane safely on Sunday. Earlier that day he flew with a crew who had rescued John Bale off Skye.\n\n"
        "“The weather turned in minutes,” he said.",
        "The weather turned in",
        "Mark Dunn",
    ),
]


@pytest.mark.parametrize(("text", "content", "name"), _RELATIVE_CLAUSES)
def test_a_person_inside_a_relative_clause_ranks_below_the_subject(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Lawyer Joan Reyes took the case in March. Last year he sued Maria Lund for libel over a blog post.\n\n"
            "“We needed to draw a line,” she said.",
            "draw a line",
            "Maria Lund",
        ),
        (
            "Coach Ann Storey has led the Harriers for six seasons. This week she hired a physio who had treated Tom Brady in Boston.\n\n"
            "“It was a privilege,” he said.",
            "privilege",
            "Tom Brady",
        ),
        (
            "“We are investigating,” said Det. Sara Holm.\n\n"
            "Police are looking for a man who robbed Ana Kell on Tuesday. She said the man took her purse and ran.",
            "took her purse",
            "Ana Kell",
        ),
    ],
)
def test_an_object_keeps_a_pronoun_its_subject_does_not_agree_with(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- a person named after ``as`` is a predicate, not a subject -------------------------
_AS_PREDICATES = [
    (
        "Actor Tom Hale grew up in Leeds. In 2015, he was cast as Jack Morrow in the soap Harbour Lights, a role he played for six years.\n\n"
        "“I still get stopped in the street,” he said.",
        "stopped in the street",
        "Tom Hale",
    ),
    (
        "Comedian Mark Bell started out in pubs in Hull. Last year he appeared as Henry Tudor in a West End farce.\n\n"
        "“The costume weighed a ton,” he said.",
        "weighed a ton",
        "Mark Bell",
    ),
    (
        "Actress Jane Holt moved to London at 18. In 2009 she was chosen as Anne Boleyn for a television drama.\n\n"
        "“I read every book about her,” she said.",
        "every book",
        "Jane Holt",
    ),
    (
        "Brian Lowe has coached the Dunmore under-12s for a decade. Over the years he worked with players such as Kevin Shaw, who now plays for Celtic.\n\n"
        "“You could tell he was special at nine,” he said.",
        "special at nine",
        "Brian Lowe",
    ),
    (
        "Carol Finch has run the Riverside gallery since 1994. In that time she exhibited painters such as Mary Quinlan and Ruth Adler.\n\n"
        "“Artists here look after each other,” she said.",
        "look after each other",
        "Carol Finch",
    ),
    (
        "Jeweller Simon Tate opened his shop in 1988. Back then he sold watches to customers such as George Best, who paid in cash.\n\n"
        "“He always haggled,” he said.",
        "always haggled",
        "Simon Tate",
    ),
    (
        "Teacher Alan Reeves retired on Friday after 40 years. In his first year he served as Frank Doyle's deputy at the grammar school.\n\n"
        "“Frank taught me everything,” he said.",
        "taught me everything",
        "Alan Reeves",
    ),
    (
        "Economist Sarah Kane joined the central bank in 2001. For two years she stood in as Helen Marsh, the deputy governor, when Marsh fell ill.\n\n"
        "“It was a crash course in crisis management,” she said.",
        "crash course",
        "Sarah Kane",
    ),
    (
        "Opera singer Laura Vance grew up in Dundee. This winter she stars as Maria Callas in a new play about the soprano.\n\n"
        "“Callas terrifies me,” she said.",
        "terrifies me",
        "Laura Vance",
    ),
    (
        "Businessman Edward Lyle sold his haulage firm in 2020. Since then he has backed start-ups founded by engineers such as Peter Quinn.\n\n"
        "“I only invest in people I trust,” he said.",
        "people I trust",
        "Edward Lyle",
    ),
]


@pytest.mark.parametrize(("text", "content", "name"), _AS_PREDICATES)
def test_a_person_named_after_as_is_no_subject(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- a gendered noun before a comma ending an introductory phrase tells no sex ---------
_INTRODUCTORY_NOUNS = [
    (
        "Police stopped the van near Ashford on Monday. After calling his mother, Daniel Ortiz agreed to speak to officers.\n\n"
        "“I had nothing to hide,” he said.",
        "nothing to hide",
        "Daniel Ortiz",
    ),
    (
        "The fire started in a kitchen on Bell Street. Having carried out her grandfather, Emma Lyons went back for the dog.\n\n"
        "“I did not think about it,” she said.",
        "did not think",
        "Emma Lyons",
    ),
    (
        "The club confirmed the transfer on Friday. Without consulting his wife, Michael Dunne signed a three-year deal.\n\n"
        "“She forgave me in the end,” he said.",
        "forgave me",
        "Michael Dunne",
    ),
    (
        "The bakery reopened on Saturday. To honour her father, Julia Moss kept his recipe for rye bread.\n\n"
        "“It tastes like my childhood,” she said.",
        "tastes like my childhood",
        "Julia Moss",
    ),
    (
        "The trial resumed on Wednesday. Pointing at his sister, Kevin Walsh told the jury he had been at home.\n\n"
        "“I never left the house,” he said.",
        "never left the house",
        "Kevin Walsh",
    ),
    (
        "The firm's shares fell 8 per cent. After briefing the chairman, Sarah Quinn refused to comment on the figures.\n\n"
        "“We will speak in March,” she said.",
        "speak in March",
        "Sarah Quinn",
    ),
    (
        "The marathon started in heavy rain. Running beside his daughter, Peter Clarke finished in just over four hours.\n\n"
        "“She dragged me the last mile,” he said.",
        "dragged me",
        "Peter Clarke",
    ),
    (
        "The village fete went ahead despite the storm. With help from her husband, Anne Fowler put up every tent by noon.\n\n"
        "“We were soaked to the skin,” she said.",
        "soaked to the skin",
        "Anne Fowler",
    ),
    (
        "The council meeting ran late on Thursday. Interrupting the chairwoman, John Keane accused the cabinet of hiding the cost.\n\n"
        "“The public deserve the real number,” he said.",
        "real number",
        "John Keane",
    ),
    (
        "The charity ride reached Bristol on Sunday. Cycling with her brother, Claire Hunt raised more than £3,000.\n\n"
        "“My legs have never hurt so much,” she said.",
        "never hurt so much",
        "Claire Hunt",
    ),
]


@pytest.mark.parametrize(("text", "content", "name"), _INTRODUCTORY_NOUNS)
def test_a_gendered_noun_ending_an_introductory_phrase_tells_no_sex(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


def test_a_gendered_noun_in_apposition_before_a_name_still_tells_its_sex() -> None:
    text = "Her son, Robin Ashe, said the family would appeal."
    names = NameIndex(text, [Entity(id="e1", start=9, end=19, label="PERSON", name="Robin Ashe")])
    assert names.sex("Robin Ashe") == "male"


# -- the chain continues only a referent that agrees -------------------------------------
def _antecedents(text: str, people: list[str]) -> Antecedents:
    entities = []
    for n, name in enumerate(people):
        start = text.index(name)
        entities.append(
            Entity(id=f"e{n}", start=start, end=start + len(name), label="PERSON", name=name)
        )
    return Antecedents(text, NameIndex(text, entities))


def _pronoun(text: str, word: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), "pronoun")


def test_a_chain_continues_a_person_of_the_pronouns_sex() -> None:
    text = "Maria Lind won. She left early."
    chain = _antecedents(text, ["Maria Lind"])
    chain.remember(Mention(0, 10, "entity"), "Maria Lind", "person", spoke=False)
    chain.continue_subject(_pronoun(text, "She"))
    assert [(item.pos, item.name) for item in chain.history] == [
        (0, "Maria Lind"),
        (16, "Maria Lind"),
    ]


def test_a_chain_does_not_continue_a_person_of_the_other_sex() -> None:
    text = "Mark Lind won. She left early."
    chain = _antecedents(text, ["Mark Lind"])
    chain.remember(Mention(0, 9, "entity"), "Mark Lind", "person", spoke=False)
    chain.continue_subject(_pronoun(text, "She"))
    assert len(chain.history) == 1


def test_a_chain_continues_a_person_of_no_known_sex_spoken_of_last() -> None:
    text = "Tom Ek met Zorvan Quell. She left early."
    chain = _antecedents(text, ["Tom Ek", "Zorvan Quell"])
    chain.sentences([24, len(text)])
    chain.remember(Mention(0, 6, "entity"), "Tom Ek", "person", spoke=False)
    chain.remember(Mention(11, 23, "entity"), "Zorvan Quell", "person", spoke=False)
    chain.continue_subject(_pronoun(text, "She"))
    assert [item.name for item in chain.history] == ["Tom Ek", "Zorvan Quell", "Zorvan Quell"]


def test_a_chain_does_not_continue_a_person_of_no_known_sex_named_before_another() -> None:
    text = "Zorvan Quell met Tom Ek. She left early."
    chain = _antecedents(text, ["Zorvan Quell", "Tom Ek"])
    chain.sentences([24, len(text)])
    chain.remember(Mention(0, 12, "entity"), "Zorvan Quell", "person", spoke=False)
    chain.remember(Mention(17, 23, "entity"), "Tom Ek", "person", spoke=False)
    chain.continue_subject(_pronoun(text, "She"))
    assert [item.name for item in chain.history] == ["Zorvan Quell", "Tom Ek"]


def test_a_pronoun_inside_a_quotation_continues_nothing() -> None:
    text = "Maria Lind won. “She was robbed,” Ana said."
    chain = _antecedents(text, ["Maria Lind"])
    chain.quotations([(16, 33)])
    chain.remember(Mention(0, 10, "entity"), "Maria Lind", "person", spoke=False)
    chain.continue_subject(_pronoun(text, "She"))
    assert len(chain.history) == 1
