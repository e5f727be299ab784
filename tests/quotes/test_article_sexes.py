# ruff: noqa: E501 (one invented sentence per line)
"""The sex of a person whose given name no list knows, told by the article itself.

Invented names (``Zorvat Kellib``, ``Maselda Ruun``) that no given-name list
holds: an honorific before the surname, or a pronoun opening what the person's
own verb of speech reports, tells the sex that pronouns then agree with.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import speaker_of
from tests.quotes.test_speaker_rules import speakers

from newsparse.attribution.names import NameIndex
from newsparse.model import Entity


# -- an honorific before a surname written alone ------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "sex"),
    [
        (
            "Zorvat Kellib opened the bakery in 2011. Customers lined up early. Mr. Kellib baked the bread himself.",
            "Zorvat Kellib",
            "male",
        ),
        (
            "Maselda Ruun chairs the board. The vote was close. Ms. Ruun called it a fair result.",
            "Maselda Ruun",
            "female",
        ),
        (
            "Quelani Ostrava runs the clinic. “We owe a great deal to Mrs. Ostrava and her staff,” a patient wrote.",
            "Quelani Ostrava",
            "female",
        ),
        (
            "Tobrek Vaniel leads the union. Its members back him. “Mr. Vaniel has never lied to us,” one said.",
            "Tobrek Vaniel",
            "male",
        ),
        (
            "Ivrane Sollet won the race on Sunday. Miss Sollet is seventeen.",
            "Ivrane Sollet",
            "female",
        ),
    ],
)
def test_an_honorific_before_the_surname_tells_the_sex(text: str, name: str, sex: str) -> None:
    assert NameIndex(text, []).sex(name) == sex


@pytest.mark.parametrize(
    ("text", "name", "sex"),
    [
        (
            "Kesnia Drubal founded the firm. Her son, Ostrel Drubal, runs it now. Ms. Drubal retired in 2019.",
            "Kesnia Drubal",
            "female",
        ),
        (
            "Vurin Pashek farms near Elm Creek. His daughter, Ulvira Pashek, keeps the books. Mr. Pashek said the harvest was poor.",
            "Vurin Pashek",
            "male",
        ),
        (
            "Yelvanne Maal and her husband, Teodrin Maal, own the inn. Mrs. Maal cooks.",
            "Yelvanne Maal",
            "female",
        ),
        (
            "Nalenka Brisov won gold. Her brother, Corvek Brisov, won silver. Ms. Brisov trained in Calgary.",
            "Nalenka Brisov",
            "female",
        ),
        (
            "Corvek Ilmar sells boats. His sister, Pashko Ilmar, builds them. Mr. Ilmar has sold 40 this year.",
            "Corvek Ilmar",
            "male",
        ),
    ],
)
def test_an_honorific_goes_to_the_one_person_of_that_surname_who_can_bear_it(
    text: str, name: str, sex: str
) -> None:
    assert NameIndex(text, []).sex(name) == sex


def test_an_honorific_before_a_surname_a_recogniser_gave_to_the_wrong_person() -> None:
    text = "Kesnia Drubal founded the firm. Her son, Ostrel Drubal, runs it now. Ms. Drubal retired in 2019."
    spans = [
        (0, "Kesnia Drubal", "Kesnia Drubal"),
        (text.index("Ostrel"), "Ostrel Drubal", "Ostrel Drubal"),
        (text.index("Drubal retired"), "Drubal", "Ostrel Drubal"),
    ]
    entities = [
        Entity(id=f"e{k}", start=start, end=start + len(written), label="PERSON", name=name)
        for k, (start, written, name) in enumerate(spans)
    ]
    names = NameIndex(text, entities)
    assert names.sex("Ostrel Drubal") == "male"
    assert names.sex("Kesnia Drubal") == "female"


# -- a pronoun opening what the person's own verb reports ---------------------------------
@pytest.mark.parametrize(
    ("text", "name", "sex"),
    [
        (
            "Zorvat Kellib runs the co-op. Kellib said he would not seek another term.",
            "Zorvat Kellib",
            "male",
        ),
        (
            "Maselda Ruun runs the shelter. Ruun says she has turned away forty families.",
            "Maselda Ruun",
            "female",
        ),
        (
            "Tobrek Vaniel spoke last. Vaniel insisted that his members were ready to strike.",
            "Tobrek Vaniel",
            "male",
        ),
        (
            "Quelani Ostrava was re-elected. Ostrava told the crowd. Ostrava added her thanks were owed to volunteers.",
            "Quelani Ostrava",
            "female",
        ),
        (
            "Ivrane Sollet coaches the team. Sollet warned her players would need rest.",
            "Ivrane Sollet",
            "female",
        ),
    ],
)
def test_a_pronoun_opening_the_persons_own_report_tells_the_sex(
    text: str, name: str, sex: str
) -> None:
    assert NameIndex(text, []).sex(name) == sex


def test_a_pronoun_after_a_verb_that_reports_nothing_tells_no_sex() -> None:
    text = "Zorvat Kellib met the mayor. Kellib thanked her for the grant."
    assert NameIndex(text, []).sex("Zorvat Kellib") is None


# -- pronouns agree with the sex the article showed ---------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Zorvat Kellib and Maselda Ruun both ran for mayor.\n\n"
            "Kellib said the count was fair. Ruun said her campaign needed a recount.\n\n"
            "“We have been patient for long enough,” he said.",
            "patient for long enough",
            "Zorvat Kellib",
        ),
        (
            "Tobrek Vaniel and Quelani Brenvik spoke at the rally.\n\n"
            "Vaniel said the party needed new faces. Brenvik said she would run again.\n\n"
            "“I am not finished,” he said.",
            "I am not finished",
            "Tobrek Vaniel",
        ),
        (
            "Ivrane Sollet and Vurin Pashek coach the two sides.\n\n"
            "Sollet said the referee had been fair. Pashek said his team was tired.\n\n"
            "“We will rest on Monday,” she said.",
            "rest on Monday",
            "Ivrane Sollet",
        ),
        (
            "Corvek Ilmar and Kesnia Drubal own the two mills. “Ms. Drubal pays her people well,” one worker said.\n\n"
            "Ilmar said the market was slow. Drubal said prices would recover.\n\n"
            "“We are cutting shifts,” he said.",
            "cutting shifts",
            "Corvek Ilmar",
        ),
        (
            "Teodrin Maal and Nalenka Brisov sit on the council.\n\n"
            "Brisov says the budget is unfair. Maal says he will vote for it.\n\n"
            "“It is a tax grab,” she said.",
            "It is a tax grab",
            "Nalenka Brisov",
        ),
    ],
)
def test_a_pronoun_passes_over_a_person_the_article_showed_to_be_of_the_other_sex(
    text: str, content: str, name: str
) -> None:
    assert speaker_of(speakers(text), content) == name


# -- a person set beside a role is no institution called ``it`` -----------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Mayor Tobrek Vaniel said the city would pay.\n\n"
            "Regina’s fire chief, Zorvat Kellib, said the service had filled 12 of its vacancies.\n\n"
            "“They start on Monday,” he said.",
            "start on Monday",
            "Zorvat Kellib",
        ),
        (
            "Premier Quelani Ostrava said the province had paid enough.\n\n"
            "The clinic’s director, Maselda Ruun, said the hospital had closed two of its wards.\n\n"
            "“Patients are waiting in hallways,” she said.",
            "waiting in hallways",
            "Maselda Ruun",
        ),
        (
            "Minister Teodrin Maal said the talks had run their course.\n\n"
            "The union’s president, Tobrek Vaniel, said the company had cut its offer.\n\n"
            "“We are not going back to the table,” he said.",
            "not going back",
            "Tobrek Vaniel",
        ),
        (
            "Councillor Nalenka Brisov said the league should pay.\n\n"
            "The arena’s manager, Kesnia Drubal, said the city had raised its rent.\n\n"
            "“Nobody wanted this,” she said.",
            "Nobody wanted this",
            "Kesnia Drubal",
        ),
        (
            "Mayor Vurin Pashek said the council had kept a promise.\n\n"
            "Brandon’s police chief, Corvek Ilmar, said the force had doubled its patrols.\n\n"
            "“Crime is down,” he said.",
            "Crime is down",
            "Corvek Ilmar",
        ),
    ],
)
def test_a_person_beside_a_role_stays_a_person_when_its_follows(
    text: str, content: str, name: str
) -> None:
    assert speaker_of(speakers(text), content) == name


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Ivrane Sollet said the pit would harm the wells.\n\n"
            "Deputy Mayor Maselda Ruun said council would hire its own reviewer.\n\n"
            "“We are a part-time council,” she said.",
            "part-time council",
            "Maselda Ruun",
        ),
        (
            "Quelani Brenvik said the fares were too high.\n\n"
            "Transit Minister Zorvat Kellib said the agency had balanced its books.\n\n"
            "“Fares will not rise this year,” he said.",
            "Fares will not rise",
            "Zorvat Kellib",
        ),
        (
            "Vurin Pashek said the plant had polluted the river.\n\n"
            "Environment Commissioner Nalenka Brisov said the ministry would publish its findings.\n\n"
            "“The data will be public,” she said.",
            "data will be public",
            "Nalenka Brisov",
        ),
        (
            "Kesnia Drubal said the school was overcrowded.\n\n"
            "Superintendent Tobrek Vaniel said the board had finished its review.\n\n"
            "“We will add portables,” he said.",
            "add portables",
            "Tobrek Vaniel",
        ),
        (
            "Corvek Ilmar said the bridge was unsafe.\n\n"
            "Public Works Director Yelvanne Maal said the department had done its inspection.\n\n"
            "“The bridge is sound,” she said.",
            "bridge is sound",
            "Yelvanne Maal",
        ),
    ],
)
def test_a_person_after_a_title_stays_a_person_when_its_follows(
    text: str, content: str, name: str
) -> None:
    assert speaker_of(speakers(text), content) == name


# -- a gendered role noun set beside the name -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "sex"),
    [
        (
            "Maselda Ruun, a pharmacist from Elm Creek and a mother of three, won the final.",
            "Maselda Ruun",
            "female",
        ),
        (
            "Zorvat Kellib, a retired welder and a grandfather of six, chairs the committee.",
            "Zorvat Kellib",
            "male",
        ),
        (
            "The actress Quelani Brenvik opened the festival on Friday.",
            "Quelani Brenvik",
            "female",
        ),
        (
            "Vurin Pashek, the union’s spokesman, declined to comment.",
            "Vurin Pashek",
            "male",
        ),
        (
            "The vote was close. Longtime councilwoman Nalenka Brisov voted against the plan.",
            "Nalenka Brisov",
            "female",
        ),
        (
            "Tobrek Vaniel, the club’s chairman, said the fee was fair.",
            "Tobrek Vaniel",
            "male",
        ),
    ],
)
def test_a_gendered_role_noun_beside_the_name_tells_the_sex(text: str, name: str, sex: str) -> None:
    assert NameIndex(text, []).sex(name) == sex
