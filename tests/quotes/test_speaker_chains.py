# ruff: noqa: E501 (one invented sentence per line)
"""Speakers of long subjects, descriptions by age, titles, and quotes that continue a speaker.

Invented sentences through the fast pipeline, one class of rule per test.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker, speakers


# -- a restrictive relative clause belongs to its subject ------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Residents who live near the plant said the smell was unbearable.",
            "Residents who live near the plant",
        ),
        (
            "Parents whose children attend the school said they were not consulted.",
            "Parents whose children attend the school",
        ),
        (
            "Doctors who treated the boy said he was lucky to be alive.",
            "Doctors who treated the boy",
        ),
        (
            "Workers who built the bridge said the steel was substandard.",
            "Workers who built the bridge",
        ),
        ("Farmers who grow canola said the tariff would hurt them.", "Farmers who grow canola"),
        (
            "Students who took the exam said the questions were unfair.",
            "Students who took the exam",
        ),
        (
            "Neighbours who live in the tower said the elevators had been broken for weeks.",
            "Neighbours who live in the tower",
        ),
        ("Nurses who work nights say the ward is short-staffed.", "Nurses who work nights"),
        (
            "Drivers who use the highway said the potholes were dangerous.",
            "Drivers who use the highway",
        ),
        (
            "Fans who waited in line overnight said the tickets sold out in minutes.",
            "Fans who waited in line overnight",
        ),
    ],
)
def test_a_relative_clause_is_part_of_its_subject(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


def test_a_name_with_a_comma_before_who_stays_the_speaker() -> None:
    text = "Tom Reyes, who lives near the plant, said the smell was unbearable."
    assert last_speaker(text) == "Tom Reyes"


# -- a title abbreviation stays out of the name and out of the quote --------------------
@pytest.mark.parametrize(
    "text",
    [
        "“It’s a mess,” said Coun. Ahmed Farouk.",
        "“It’s a mess,” Coun. Ahmed Farouk said.",
        "“We are asking for patience,” Const. Ahmed Farouk said.",
        "“We are asking for patience,” said Const. Ahmed Farouk.",
        "“Nobody was hurt,” Sgt. Ahmed Farouk said.",
        "“Nobody was hurt,” Cst. Ahmed Farouk told reporters.",
        "“The vote was close,” Ald. Ahmed Farouk said.",
        "“The road is closed,” Insp. Ahmed Farouk said.",
        "“The budget is balanced,” Gov. Ahmed Farouk said.",
        "“We will appeal,” Sen. Ahmed Farouk said.",
    ],
)
def test_a_title_abbreviation_before_a_name(text: str) -> None:
    found = speakers(text)
    assert len(found) == 1
    quote, name = found[0]
    assert name == "Ahmed Farouk"
    assert quote.endswith("”")


# -- an age as a description refers back to the person ----------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Defenceman Luke Brandt said the team had to be better. “We know that,” the 32-year-old said.",
            "Luke Brandt",
        ),
        ("Maria Costa finished third. “I’m happy,” the 19-year-old said.", "Maria Costa"),
        (
            "Omar Reid was released on bail. The 45-year-old said he would fight the charges.",
            "Omar Reid",
        ),
        ("Hana Sato won the final. The 22-year-old told reporters she was exhausted.", "Hana Sato"),
        ("Ravi Patel opened the shop in 1990. “It’s my life,” the 67-year-old said.", "Ravi Patel"),
        (
            "Lena Fischer set a record. The 28-year-old said she had trained for a decade.",
            "Lena Fischer",
        ),
        (
            "Daniel Anand lost his job in March. The 51-year-old said he had applied for 80 jobs.",
            "Daniel Anand",
        ),
        ("Chloe Martin rescued the dog. “It was shaking,” the 12-year-old said.", "Chloe Martin"),
        (
            "Marco Ruiz signed a new deal. The 30-year-old said he wanted to finish his career here.",
            "Marco Ruiz",
        ),
        (
            "Zoe Park was named captain. “It’s an honour,” the 24-year-old told reporters.",
            "Zoe Park",
        ),
    ],
)
def test_an_age_description_refers_back_to_a_person(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- an agent noun with its complement is one description --------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jaxon Steele was voted off. The 27-year-old personal trainer from Essex told reporters he had been treated unfairly.",
            "Jaxon Steele",
        ),
        ("Ana Lima won the prize. The jazz pianist from Lisbon said she was stunned.", "Ana Lima"),
        (
            "Tom Hale has coached for 30 years. The veteran trainer from Kentucky said the horse was ready.",
            "Tom Hale",
        ),
        (
            "Mia Chen opened a bakery. The former banker from Toronto said she had no regrets.",
            "Mia Chen",
        ),
        (
            "Raj Mehta fixed the roof. The retired carpenter from Leeds said the job took a week.",
            "Raj Mehta",
        ),
        (
            "Ines Duarte filed the lawsuit. The young organizer from Porto said the city had ignored her.",
            "Ines Duarte",
        ),
        (
            "Leo Park discovered the fossil. The amateur historian from Calgary said he was stunned.",
            "Leo Park",
        ),
        (
            "Sara Holm rescued the hikers. The mountain guide and instructor from Banff said the storm came fast.",
            "Sara Holm",
        ),
        (
            "Kofi Mensah painted the mural. The self-taught painter from Accra said it took a year.",
            "Kofi Mensah",
        ),
        (
            "Eva Novak won the race. The marathon runner from Prague said her legs were gone.",
            "Eva Novak",
        ),
    ],
)
def test_an_agent_noun_with_a_complement_is_one_description(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- a quotation continues a speaker across a paragraph that names nobody ---------------
@pytest.mark.parametrize(
    ("narrative", "name"),
    [
        ("The study followed 4,000 patients for three years.", "Allan Gray"),
        ("The losses were largest after strokes.", "Allan Gray"),
        ("Incomes fell by a fifth on average.", "Allan Gray"),
        ("The findings were published on Monday.", "Allan Gray"),
        ("That gap has widened since 2015.", "Allan Gray"),
    ],
)
def test_a_quote_continues_the_speaker_two_paragraphs_back(narrative: str, name: str) -> None:
    text = f"“Patients lose a lot of income,” Allan Gray said.\n\n{narrative}\n\n“And the effect lasts for years.”"
    assert speakers(text)[-1] == ("“And the effect lasts for years.”", name)


def test_a_person_named_between_takes_the_quote() -> None:
    text = (
        "“Patients lose a lot of income,” Allan Gray said.\n\n"
        "Nurse Ruth Okoye has seen it first-hand.\n\n"
        "“Some of them never go back to work.”"
    )
    assert speakers(text)[-1][1] == "Ruth Okoye"


@pytest.mark.parametrize(
    "aside",
    [
        "Silverman and Svensson have also won this year.",
        "Mark Hughes and Nick Taylor are also in the field.",
        "Corey Conners finished second last week.",
        "Teammate Ben Silver agreed.",
        "Only Mike Weir has won a major.",
    ],
)
def test_a_person_named_after_a_quote_in_its_paragraph_does_not_take_the_next(aside: str) -> None:
    text = (
        f"“We have had great success as a nation,” said Adam Hale, who has won twice. {aside}\n\n"
        "“We are all proud to represent Canada.”"
    )
    assert speakers(text)[-1][1] == "Adam Hale"


# -- an unnamed description is named in the next sentence --------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A Superior Court of Ontario judge chastised the station, saying it had been “playing games.”\n\nJustice Sean Dorsey directed the station to hand over its records.",
            "Sean Dorsey",
        ),
        (
            "A Court of Appeal judge said the law was “plainly unconstitutional.”\n\nJustice Mary Lowe ordered a new trial.",
            "Mary Lowe",
        ),
        (
            "The chief executive of Quillon Pharma says the company is sorry.\n\nTina Marsh said in an open letter that customers would be refunded.",
            "Tina Marsh",
        ),
        (
            "The president of the Harbour Authority says the port will reopen Monday.\n\nGreg Olsen told reporters the damage was limited.",
            "Greg Olsen",
        ),
        (
            "A Bank of Canada official said rates were “likely to stay put.”\n\nDeputy Governor Ann Roy said inflation was easing.",
            "Ann Roy",
        ),
    ],
)
def test_a_description_is_named_in_the_next_sentence(text: str, name: str) -> None:
    assert speakers(text)[0][1] == name


# -- a pronoun with no subject before it takes the nearest entity -----------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Key to the Liberals’ plan is a rebate. Almost all revenues, they promise, will be returned to families.",
            "Liberals",
        ),
        (
            "Under Hydro Quebec’s new rules, bills will rise. Most customers, it says, will pay $5 more.",
            "Hydro Quebec",
        ),
        (
            "For Anna Berg, the decision was easy. The job, she said, was the best she had been offered.",
            "Anna Berg",
        ),
        (
            "With Tom Reyes gone, the team is thin. The defence, he said, would need help.",
            "Tom Reyes",
        ),
        (
            "According to the Greens’ platform, taxes would rise. The money, they say, would fund transit.",
            "Greens",
        ),
    ],
)
def test_a_pronoun_without_a_subject_takes_the_nearest_entity(text: str, name: str) -> None:
    found = last_speaker(text)
    assert found is not None and found.split()[-1] == name.split()[-1]


# -- a gendered noun in apposition tells a name's sex ------------------------------------
@pytest.mark.parametrize(
    ("first", "arrival", "pronoun"),
    [
        ("Niamh Byrne", "her son, Oisin Walsh, arrived", "she"),
        ("Niamh Byrne", "Tadhg Walsh, a father of two, arrived", "she"),
        ("Saoirse Walsh", "her husband, Chidi Okeke, arrived", "she"),
        ("Saoirse Walsh", "Kwabena Mensah, a businessman from Accra, arrived", "she"),
        ("Efua Asante", "her brother, Yaw Boateng, arrived", "she"),
        ("Efua Asante", "Oisin Walsh, the chairman of the board, arrived", "she"),
        ("Oisin Walsh", "his daughter, Saoirse Walsh, arrived", "he"),
        ("Chidi Okeke", "Ngozi Eze, a mother of three, arrived", "he"),
        ("Yaw Boateng", "his wife, Efua Asante, arrived", "he"),
        ("Kwabena Mensah", "Niamh Byrne, the spokeswoman for the family, arrived", "he"),
    ],
)
def test_a_gendered_noun_in_apposition_tells_the_sex(
    first: str, arrival: str, pronoun: str
) -> None:
    text = f"{first} met reporters on Monday. Later, {arrival}. “We are tired,” {pronoun} said."
    assert last_speaker(text) == first


def test_an_agent_noun_description_may_hold_capitalised_modifiers() -> None:
    text = (
        "Ana Holt won gold in 1996. The 58-year-old former Olympic rower from Kelowna "
        "said she would run for mayor."
    )
    assert last_speaker(text) == "Ana Holt"


# -- ``the couple`` is the two people named together -------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kim and Clark Moran adopted a boy in August. The couple said they were thrilled.",
            "Kim and Clark Moran",
        ),
        (
            "Darnell and Keisha Brooks lost their home to the flood. The couple say their insurer refuses to pay.",
            "Darnell and Keisha Brooks",
        ),
        (
            "Grace Liu and Daniel Osei have waited two years for a doctor. The couple said they had given up.",
            "Grace Liu and Daniel Osei",
        ),
        (
            "Ravi and Meena Shah opened the store in 1998. The pair said business had never been better.",
            "Ravi and Meena Shah",
        ),
        (
            "Tom Hale and Ben Ruiz climbed the peak in a day. The duo said the weather was perfect.",
            "Tom Hale and Ben Ruiz",
        ),
        (
            "Ellen and Mark Price run the dairy farm. The couple told reporters the drought was the worst in memory.",
            "Ellen and Mark Price",
        ),
        (
            "Lena Fischer and Omar Reid won the mixed doubles. The pair said they had trained together for a decade.",
            "Lena Fischer and Omar Reid",
        ),
        (
            "Sofia and Marco Bellini sold their restaurant. The couple said they wanted to travel.",
            "Sofia and Marco Bellini",
        ),
        (
            "Maria Costa and Hana Sato founded the charity. The pair said donations had doubled.",
            "Maria Costa and Hana Sato",
        ),
        (
            "Peter and Anne Walsh fostered 40 children. The couple said every one of them changed their lives.",
            "Peter and Anne Walsh",
        ),
    ],
)
def test_the_couple_is_the_two_people_named_together(text: str, pair: str) -> None:
    assert last_speaker(text) == pair


def test_the_couple_with_no_pair_named_stays_a_description() -> None:
    assert last_speaker("The couple said they were thrilled.") == "The couple"


# -- a participle after a group noun opens a reduced relative of the subject ------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "People arrested at the camp alleged that police used too much force.",
            "People arrested at the camp",
        ),
        (
            "Residents displaced by the fire said they had nowhere to go.",
            "Residents displaced by the fire",
        ),
        (
            "Workers injured in the blast said the alarms never sounded.",
            "Workers injured in the blast",
        ),
        (
            "Families affected by the closure said they were not warned.",
            "Families affected by the closure",
        ),
        (
            "Passengers stranded at the airport said they slept on the floor.",
            "Passengers stranded at the airport",
        ),
        (
            "Many local residents displaced by the flood said the city was slow to help.",
            "Many local residents displaced by the flood",
        ),
        (
            "Students surveyed by the union said rents were too high.",
            "Students surveyed by the union",
        ),
        (
            "Voters interviewed outside the polls said turnout felt low.",
            "Voters interviewed outside the polls",
        ),
        (
            "Fans gathered outside the arena said they would not renew their tickets.",
            "Fans gathered outside the arena",
        ),
        ("Employees laid off in March said they had not been paid.", None),
    ],
)
def test_a_participle_after_a_group_noun_belongs_to_the_subject(
    text: str, speaker: str | None
) -> None:
    found = last_speaker(text)
    if speaker is None:
        # ``laid`` is no ``-ed`` participle: the subject is read as before, from its last noun
        assert found is not None
    else:
        assert found == speaker


def test_an_active_verb_after_a_group_noun_is_no_reduced_relative() -> None:
    text = "Police arrested the man on Monday. The victim’s sister said he was innocent."
    assert last_speaker(text) != "Police arrested the man"


# -- ``the Spaniard`` is the person just named -------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Arsenal boss Mikel Arteta insisted his side could still win. “We believe,” the Spaniard said.",
            "Mikel Arteta",
        ),
        ("Coach Didier Roux was furious. “It was a penalty,” the Frenchman said.", "Didier Roux"),
        (
            "Striker Lars Berg scored twice. “I felt sharp,” the Norwegian told reporters.",
            "Lars Berg",
        ),
        (
            "Defender Kofi Mensah was sent off. “I touched the ball,” the Ghanaian said.",
            "Kofi Mensah",
        ),
        (
            "Rider Jonas Vingaard won the stage. “My legs were good,” the Dane said.",
            "Jonas Vingaard",
        ),
        ("Pitcher Shohei Tanaka struck out ten. “The slider worked,” the Japanese ace said.", None),
        ("Skier Anna Keller took gold. “I can’t believe it,” the German said.", "Anna Keller"),
        ("Driver Max Hofer crashed on lap two. “I lost the rear,” the Austrian said.", "Max Hofer"),
        ("Boxer Tyson Reid won on points. “He was tough,” the Briton said.", "Tyson Reid"),
        ("Golfer Nick Taylor birdied the last. “That was huge,” the Canadian said.", "Nick Taylor"),
    ],
)
def test_a_nationality_after_the_is_the_person_just_named(text: str, name: str | None) -> None:
    found = last_speaker(text)
    if name is None:
        # ``the Japanese ace``: a description with a person noun, resolved as before
        assert found is not None and found != "Japanese"
    else:
        assert found == name


def test_a_plural_nationality_stays_a_group() -> None:
    assert (
        last_speaker("Coach Didier Roux was furious. The French said the goal was offside.")
        != "Didier Roux"
    )


# -- a person named deep in a narrative clause does not take the next quotation ---------
@pytest.mark.parametrize(
    "aside",
    [
        "The comments came a day after a report by Auditor General Doug Wylie found the program overspent.",
        "The program was reviewed last year in a study commissioned by Finance Minister Joe Ceci.",
        "That followed months of complaints from parents and a letter signed by trustee Anna Holt.",
        "The figures were first published in a long investigation by reporter Mark Stone.",
        "Those numbers were confirmed on Monday in an audit led by accountant Jane Ruiz.",
    ],
)
def test_a_person_deep_in_a_clause_does_not_take_the_next_quote(aside: str) -> None:
    text = f"“We have to do better,” Premier Rachel Notley told reporters.\n\n{aside}\n\n“Nobody should accept that.”"
    assert speakers(text)[-1][1] == "Rachel Notley"


@pytest.mark.parametrize(
    "intro",
    [
        "Among them was Raj Patel, who owns a bakery on Main Street.",
        "Raj Patel owns a bakery on Main Street.",
        "Baker Raj Patel has lost half his customers.",
        "One of them, Raj Patel, owns a bakery.",
        "Then Raj Patel stood up.",
    ],
)
def test_a_person_early_in_a_clause_takes_the_next_quote(intro: str) -> None:
    text = f"The mayor met business owners on Tuesday.\n\n{intro}\n\n“We just want the construction to end.”"
    assert speakers(text)[-1][1] == "Raj Patel"


# -- ``who`` after an appositive refers to the person it describes ---------------------
@pytest.mark.parametrize(
    ("appositive", "name"),
    [
        ("Yoni Brandt, medical director of the Ottawa Bariatric Institute,", "Yoni Brandt"),
        ("Dana Holt, a lawyer with Harbour Legal Services,", "Dana Holt"),
        ("Omar Reid, chief economist at Coastline Capital,", "Omar Reid"),
        ("Lena Fischer, a researcher at the University of Manitoba,", "Lena Fischer"),
        ("Marco Ruiz, head of the Riverside Tenants Association,", "Marco Ruiz"),
        ("Ana Lima, a spokesperson for Maple Basket Foods,", "Ana Lima"),
        ("Tom Hale, president of the Prairie Farmers Union,", "Tom Hale"),
        ("Hana Sato, an analyst at Brightline Securities,", "Hana Sato"),
        ("Ravi Patel, owner of the Main Street Bakery,", "Ravi Patel"),
        ("Eva Novak, a professor at Carleton University,", "Eva Novak"),
    ],
)
def test_who_after_an_appositive_is_the_person(appositive: str, name: str) -> None:
    text = f"“This will change everything,” said {appositive} who writes about the industry on her blog."
    found = speakers(text)
    assert found and all(speaker == name for _, speaker in found)


# -- an indefinite description with a relative clause is named in the next sentence ----
@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("A grandmother who won £2 million on a scratchcard says", "Maureen Platt"),
        ("A nurse who worked through the outbreak says", "Maureen Platt"),
        ("A teacher who lost her job in the cuts says", "Maureen Platt"),
        ("A mother whose son was injured in the crash says", "Maureen Platt"),
        ("A pensioner who waited 14 hours in hospital says", "Maureen Platt"),
        ("A farmer who lost 200 sheep in the storm says", "Maureen Platt"),
        ("A woman who found $5,000 in a library book says", "Maureen Platt"),
        ("A driver who was fined $300 for a broken light says", "Maureen Platt"),
        ("A resident who lives beside the quarry says", "Maureen Platt"),
        ("A survivor who spent a night on the ice says", "Maureen Platt"),
    ],
)
def test_a_description_with_a_relative_clause_is_named_next(description: str, name: str) -> None:
    text = (
        f"{description} she will not give up.\n\n"
        "Maureen Platt, 71, from Doncaster, told the paper about it on Monday."
    )
    assert speakers(text)[0][1] == name


# -- descriptive and plural subjects of narrative clauses are antecedents --------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Cleaners at the Norvale depot walked out on Monday. They said the new rota was impossible.",
            "Cleaners at the Norvale depot",
        ),
        (
            "Tenants of Larkspur Court have waited months for repairs. They said the landlord never answered.",
            "Tenants of Larkspur Court",
        ),
        (
            "Conservation groups sued the ministry in April. They said the licence ignored the wetland.",
            "Conservation groups",
        ),
        (
            "The three auditors signed the report in June. They said the accounts were in order.",
            "The three auditors",
        ),
        (
            "On Tuesday, striking bus drivers at the Eastgate garage blocked the gates. They said management had refused to meet.",
            "striking bus drivers at the Eastgate garage",
        ),
        (
            "Dozens of farmers drove tractors into the square. They said the subsidy cuts would ruin them.",
            "Dozens of farmers",
        ),
        (
            "Fishermen from across Kelby Bay gathered at the harbour. “The quota is a death sentence,” they said.",
            "Fishermen from across Kelby Bay",
        ),
        (
            "Volunteers at St. Brendan's Shelter served 300 meals on Christmas Day. They said demand had doubled.",
            "Volunteers at St. Brendan's Shelter",
        ),
        (
            "Members of the Harlow Rowing Club's junior crew won the regatta. They said the win was for their coach.",
            "Members of the Harlow Rowing Club's junior crew",
        ),
        (
            "Welders and electricians at the shipyard stopped work. They said the scaffolding was unsafe.",
            "Welders and electricians at the shipyard",
        ),
    ],
)
def test_they_takes_a_descriptive_plural_subject(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pharmacists at the Marlow clinic walked off the job on Friday.\n\n“Nobody has fixed the pump in two years.”",
            "Pharmacists at the Marlow clinic",
        ),
        (
            "Residents of Quarry Lane packed the council chamber on Thursday.\n\n“We were told the trucks would stop at six.”",
            "Residents of Quarry Lane",
        ),
    ],
)
def test_a_quotation_after_a_plural_description_is_theirs(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


def test_a_named_person_still_takes_the_next_quotation() -> None:
    text = "Nurses at the clinic walked out on Monday. Union steward Dana Pryce joined them.\n\n“This was the last resort.”"
    assert last_speaker(text) == "Dana Pryce"


def test_he_skips_a_plural_description() -> None:
    text = "Omar Tessaro runs the depot. Drivers at the depot walked out on Monday. He said the strike was illegal."
    assert last_speaker(text) == "Omar Tessaro"


def test_a_named_institution_subject_is_kept_for_it() -> None:
    text = "Velmark Logistics cut 40 jobs at the depot in May. It said demand had collapsed."
    assert last_speaker(text) == "Velmark Logistics"
