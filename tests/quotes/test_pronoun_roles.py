# ruff: noqa: E501 (one invented paragraph per line)
"""Pronoun speakers past people in lesser roles: subjects over possessors, sex told by nouns.

Invented articles through the fast pipeline, one class of rule per test:

* a description whose noun tells a sex (``Okoro's niece``) is no antecedent of
  the other sex's pronoun;
* the subject of a verb of saying that reports nothing (``Lund praised the
  crews, but she said``) is a subject all the same;
* a subject described by an age, or set off by a relative clause (``The
  37-year-old, who ..., rose``) is an antecedent;
* a possessor (``Brandt's claim that ...``) ranks below a subject: below the
  subject of its own sentence, and below whom the article spoke of before when
  it stands in an introductory phrase of the pronoun's clause;
* a person described and not named, with a relative clause (``One nurse who
  was laid off``), is who a ``she said`` after the next quotation continues;
* a person named as the object of a preposition after the subject of the
  clause, a pronoun (``where she studied with the painter Ines Quaresma``) or
  a name or description (``The crew reached port after a tow from skipper
  Hanna Oberg``), is no subject.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


# -- a noun that tells a sex ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Tobias Arkwright, 57, says the bowling club owes him a share of the raffle money.\n\n"
            "“I sold half those tickets myself,” Arkwright said.\n\n"
            "Arkwright showed the Gazette emails from 2021 in which Pruitt's daughter reminds members to pay their dues. He said the emails prove the raffle was shared.",
            "the emails prove",
            "Tobias Arkwright",
        ),
        (
            "Ferry captain Lionel Okafor says the port authority ignored his safety reports.\n\n"
            "“I wrote to them four times,” Okafor said.\n\n"
            "Okafor produced a memo in which Dunmore's wife urges the harbour staff to keep quiet. He said the memo shows the warnings were read.",
            "the memo shows",
            "Lionel Okafor",
        ),
        (
            "Retired welder Ansel Quigley says his former union kept his pension cheques.\n\n"
            "“Not one cent reached my account,” Quigley said.\n\n"
            "Quigley kept a note in which Harrow's mother urges the treasurer to hold the cheques. He said the note proves the money was diverted.",
            "the note proves",
            "Ansel Quigley",
        ),
        (
            "Orchard owner Lena Fairbrook says the co-op sold her apples under its own label.\n\n"
            "“They took our name off the crates,” Fairbrook said.\n\n"
            "Fairbrook showed reporters a letter in which Tessier's son urges the buyers to relabel the fruit. She said the letter shows the scheme was planned.",
            "the letter shows",
            "Lena Fairbrook",
        ),
        (
            "Potter Ingrid Vasquez says a gallery sold her vases without paying her.\n\n"
            "“I have the receipts,” Vasquez said.\n\n"
            "Vasquez kept texts in which Lorne's husband reminds the staff to hide the sales book. She said the texts prove the gallery knew.",
            "the texts prove",
            "Ingrid Vasquez",
        ),
    ],
)
def test_a_noun_that_tells_a_sex_is_no_antecedent_of_the_other_sex(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- the subject of a verb of saying that reports nothing -----------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Reeve Harriet Lund said the road would reopen Friday.\n\n"
            "A spokesperson for the highways ministry, Corinne Abara, said crews had cleared the slide. The culvert would need weeks of work, she said.\n\n"
            "Lund praised Abara's crews for working overnight, but she said the village still had no detour signs.",
            "the village still had no detour signs",
            "Harriet Lund",
        ),
        (
            "Principal Nadia Ferreira said classes would resume Monday.\n\n"
            "Board spokesperson Yvette Marlowe said the boiler had been replaced. Repairs would cost about $40,000, she said.\n\n"
            "Ferreira criticised Marlowe's staff for moving slowly, but she said parents still had not been told what failed.",
            "parents still had not been told",
            "Nadia Ferreira",
        ),
        (
            "Coach Gustav Brennan said his players were exhausted.\n\n"
            "League commissioner Ernest Daly said the schedule would not change. The travel costs were already paid, he said.\n\n"
            "Brennan criticized Daly's office for ignoring the teams, and he said the league had never asked the players.",
            "the league had never asked the players",
            "Gustav Brennan",
        ),
        (
            "Fire Chief Rosalind Achebe said the blaze was under control.\n\n"
            "Forestry officer Petra Lindahl said water bombers had flown all night. The fire could still jump the river, she said.\n\n"
            "Achebe praised Lindahl's pilots, though she said the town would keep its evacuation order in place.",
            "the town would keep its evacuation order",
            "Rosalind Achebe",
        ),
        (
            "Farmer Desmond Kiely said the drought had ruined his barley.\n\n"
            "Agriculture Minister Colm Fennessy said relief cheques would go out in May. The fund was already approved, he said.\n\n"
            "Kiely condemned Fennessy's timeline, but he said May would be too late for most growers.",
            "May would be too late",
            "Desmond Kiely",
        ),
    ],
)
def test_the_subject_of_a_cue_that_reports_nothing_is_an_antecedent(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- a subject described by an age or set off by a relative clause ---------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Marisol Quenneville, 37, pleaded guilty to defrauding a seniors' residence.\n\n"
            "Crown attorney Beatrix Olander said the thefts were planned. “Ms. Quenneville stole from people who trusted her,” she said.\n\n"
            "The 37-year-old, who wore a navy blazer and kept her eyes on the floor, rose before sentencing. She said she was “sorry beyond words.”",
            "sorry beyond words",
            "Marisol Quenneville",
        ),
        (
            "Dorian Kessel, 29, was convicted of arson for setting fire to a bakery.\n\n"
            "Defence lawyer Felix Amundsen said his client had been drinking. “He does not remember that night,” Amundsen said.\n\n"
            "The 29-year-old, who sat between two guards throughout the hearing, addressed the judge briefly. He said he would pay for the damage.",
            "he would pay for the damage",
            "Dorian Kessel",
        ),
        (
            "Hospital porter Wendell Achterberg, 44, was acquitted of theft on Friday.\n\n"
            "Prosecutor Lucas Brightwater said the Crown would review the ruling. “We respect the verdict,” he said.\n\n"
            "The 44-year-old, whose family filled the gallery, embraced his mother outside. He said he wanted his job back.",
            "he wanted his job back",
            "Wendell Achterberg",
        ),
        (
            "Cyclist Yolanda Pirelli, 31, won the provincial road race on Sunday.\n\n"
            "Race director Helga Stroud said the course was the hardest in years. “Half the field did not finish,” Stroud said.\n\n"
            "The 31-year-old, who crashed twice last season, crossed the line alone. She said the hills suited her.",
            "the hills suited her",
            "Yolanda Pirelli",
        ),
        (
            "Ottilie Brandvold, 52, a science teacher in Pine Hollow, has been cleared by the professional standards board.\n\n"
            "Board chair Marguerite Loftus said the complaint was not supported. “The evidence was thin,” Loftus said.\n\n"
            "The 52-year-old, who has taught in the district since 1998, returned to her classroom Monday. She said the students had sent her cards.",
            "the students had sent her cards",
            "Ottilie Brandvold",
        ),
    ],
)
def test_a_subject_described_by_an_age_is_an_antecedent(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- a possessor ranks below a subject ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Councillor Ruth Okonjo said the arena budget had been padded.\n\n"
            "Treasurer Lena Brandt voted for the budget. Speaking after the vote, Brandt said the figures had been audited twice. "
            "Asked about Okonjo's claim that the costs were inflated, she said the auditors had found nothing wrong.",
            "the auditors had found nothing wrong",
            "Lena Brandt",
        ),
        (
            "Councillor Gareth Pemberton said the bus route was a waste of money.\n\n"
            "Transit chair Owen Falkirk defended the route. Speaking to reporters, Falkirk said ridership had doubled. "
            "Responding to Pemberton's assertion that fares would have to rise, he said the province would cover the shortfall.",
            "the province would cover the shortfall",
            "Owen Falkirk",
        ),
        (
            "Union steward Harriet Voss said the plant was unsafe.\n\n"
            "Plant manager Colette Ambrose toured the floor with inspectors. Afterwards, Ambrose said every machine had passed. "
            "Asked about Voss's claim that guards had been removed, she said no guard had ever been taken off.",
            "no guard had ever been taken off",
            "Colette Ambrose",
        ),
        (
            "Airline negotiator Mirela Santangelo said a deal was within reach.\n\n"
            "Pilots' union president Gwendolyn Achter rejected the airline's offer, and Santangelo's suggestion that the gap was small. "
            "“We have not moved an inch since spring,” she said.",
            "We have not moved an inch",
            "Gwendolyn Achter",
        ),
        (
            "Mine owner Barnaby Quist said the dispute was nearly settled.\n\n"
            "Miners' leader Ruben Esterhazy dismissed the company's letter, and Quist's assurance that pay would rise. "
            "“Nothing on paper has changed,” he said.",
            "Nothing on paper has changed",
            "Ruben Esterhazy",
        ),
    ],
)
def test_a_possessor_ranks_below_a_subject(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- a person described and not named goes on speaking ---------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Halvern Health is closing its night clinic, the health authority said Monday.\n\n"
            "Board chair Irene Cobbold did not respond to a request for comment.\n\n"
            "One nurse who was laid off Monday, and who asked not to be named because she fears for her reference, said she heard the news on the radio.\n\n"
            "“Nobody from management called any of us,” she said.",
            "Nobody from management called",
            "One nurse who was laid off Monday",
        ),
        (
            "Copperline Foods will shut its Brandon bakery, the company said.\n\n"
            "Chief executive Margot Ellery declined to comment.\n\n"
            "One worker who ran the night shift, and who spoke on condition of anonymity because she is still owed wages, said she learned of the closure from a sign on the door.\n\n"
            "“Twenty years, and they taped a note to the door,” she said.",
            "they taped a note to the door",
            "One worker who ran the night shift",
        ),
        (
            "Westmark Logistics is cutting 300 jobs, the firm said Tuesday.\n\n"
            "Operations director Sylvia Haverkamp did not return calls.\n\n"
            "One driver who was let go Tuesday, and who asked that his name not be used, said he was told by text message.\n\n"
            "“Not even a phone call after eleven years,” he said.",
            "Not even a phone call",
            "One driver who was let go Tuesday",
        ),
        (
            "Lakeshore Academy will close its boarding house in June, the school said.\n\n"
            "Headmistress Philippa Warrender did not respond to questions.\n\n"
            "One teacher who has worked there since 2009, and who asked not to be identified, said she found out from a student.\n\n"
            "“The kids knew before the staff did,” she said.",
            "The kids knew before the staff did",
            "One teacher who has worked there since 2009",
        ),
        (
            "Tidewater Shipyards has laid off 80 welders, the company said.\n\n"
            "Company president Agnes Rudd did not respond to requests for comment.\n\n"
            "One employee who was let go Friday, and who spoke on condition of anonymity, said she had been on the job for 14 years.\n\n"
            "“They walked us out with our toolboxes,” she said.",
            "They walked us out with our toolboxes",
            "One employee who was let go Friday",
        ),
    ],
)
def test_a_described_person_goes_on_speaking_after_a_quotation(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- a person named as the object of a preposition after a pronoun subject ---------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Poet Alma Renwick spent the winter of 1911 in Lisbon.\n\n"
            'The following spring, she travelled to Porto, where she studied for a year with the young painter Ines Quaresma. About the paintings she wrote, "I have never seen colour used so bravely."',
            "never seen colour",
            "Alma Renwick",
        ),
        (
            "Composer Tobias Wendt left Vienna in 1903.\n\n"
            'That summer, he settled in Graz, where he shared a small flat with the elderly cellist Anton Brauer. Of those months he later wrote, "We lived on bread and arguments."',
            "bread and arguments",
            "Tobias Wendt",
        ),
        (
            "Explorer Greta Lindqvist reached the northern coast in 1921.\n\n"
            'In the autumn, she sailed to Tromso, where she worked for a season with the veteran whaler Maren Holt. Of that season she wrote, "The sea taught me more than any school."',
            "The sea taught me",
            "Greta Lindqvist",
        ),
        (
            "Architect Pavel Dorn opened his first office in Brno.\n\n"
            'Two years later, he moved to Prague, where he designed a villa for the wealthy banker Emil Stransky. Looking back, he said, "That house paid for everything I built after it."',
            "That house paid",
            "Pavel Dorn",
        ),
        (
            "Hedda Strom, a novelist, finished her first book in 1950.\n\n"
            'That winter, she moved to Oslo, where she shared an attic with the aspiring actress Liv Bakken. Of the attic she wrote, "It was cold, and it was the happiest place I ever lived."',
            "the happiest place",
            "Hedda Strom",
        ),
    ],
)
def test_an_object_after_a_pronoun_subject_is_no_antecedent(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- a person named as the object of a preposition after the clause's subject ------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Coach Arne Balder said his team was tired.\n\n"
            "The team played without several starters, including winger Piotr Hanak. “We ran out of legs in the third,” he said.",
            "We ran out of legs",
            "Arne Balder",
        ),
        (
            "Mayor Ruth Calloway said the budget was balanced.\n\n"
            "The council approved the plan after a long debate with councillor Dana Pruett. “We found the money without raising taxes,” she said.",
            "We found the money",
            "Ruth Calloway",
        ),
        (
            "Principal Edwin Marsh said the school would reopen Monday.\n\n"
            "The volunteers finished the repairs on Friday with help from carpenter Oskar Lind. “The parents did half the work,” he said.",
            "The parents did half",
            "Edwin Marsh",
        ),
        (
            "Captain Ilse Vorn said the crew was safe.\n\n"
            "The crew reached port on Sunday after a tow from the tug skipper Hanna Oberg. “We were lucky the weather held,” she said.",
            "We were lucky",
            "Ilse Vorn",
        ),
        (
            "Lukas Brenner, who farms near Tisdale, said the harvest was the worst in memory.\n\n"
            "The company sold most of the crop at a loss to the buyer Felix Amsel. “I have never seen prices this low,” he said.",
            "never seen prices",
            "Lukas Brenner",
        ),
    ],
)
def test_an_object_after_a_subject_is_no_antecedent(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
