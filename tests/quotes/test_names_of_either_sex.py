"""A given name given to men in one language and to women in another tells no sex.

``Jean`` is a man's name in French and a woman's in English, ``Andrea`` and
``Nicola`` men's names in Italian; the lexicon's ``given_names`` marks such
names ``either``, and a pronoun finds its person by what the article tells.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of

from newsparse.attribution.names import NameIndex
from newsparse.attribution.wordlists import EITHER_NAMES, given_name_sex
from newsparse.model import Entity


@pytest.mark.parametrize(
    "given", ["Jean", "Andrea", "Nicola", "Simone", "Michele", "Sasha", "Yuri", "Kim"]
)
def test_a_name_of_either_sex_tells_none(given: str) -> None:
    assert given.lower() in EITHER_NAMES
    assert given_name_sex(given) is None


@pytest.mark.parametrize(
    ("given", "sex"),
    [("Jacques", "male"), ("Giulia", "female"), ("Luca", "male"), ("Mary", "female")],
)
def test_names_of_one_sex_keep_it(given: str, sex: str) -> None:
    assert given_name_sex(given) == sex


def test_a_full_name_with_a_given_name_of_either_sex_has_no_sex_of_its_own() -> None:
    text = "Jean Tremblay met Marie Roy."
    entities = [
        Entity(id="e1", start=0, end=13, label="PERSON", name="Jean Tremblay"),
        Entity(id="e2", start=18, end=27, label="PERSON", name="Marie Roy"),
    ]
    names = NameIndex(text, entities)
    assert names.sex("Jean Tremblay") is None
    assert names.sex("Marie Roy") == "female"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Premier Doug Ford met the mayors on Monday. Former prime minister Jean Chrétien "
            "attended the dinner. He said the country needed a new pipeline.",
            "new pipeline",
            "Jean Chrétien",
        ),
        (
            "Luc Ferrand chaired the meeting. Andrea Rossi, the club's coach, spoke next. "
            "He said the team was ready.",
            "team was ready",
            "Andrea Rossi",
        ),
        (
            "Mary Kent opened the fair. Nicola Bianchi, the chef, arrived late. "
            "He said the ovens had failed.",
            "ovens had failed",
            "Nicola Bianchi",
        ),
        (
            "Councillor Paul Girard spoke first. Simone Moretti, who owns the cafe, answered him. "
            "He said rents had doubled in a year.",
            "rents had doubled",
            "Simone Moretti",
        ),
        (
            "Anna Kowalska runs the shelter. Its new director, Michele Esposito, arrived in May. "
            "He said the waiting list had never been longer.",
            "waiting list",
            "Michele Esposito",
        ),
        (
            "Nadia Petrova coached the team for a decade. Her successor, Sasha Ivanov, "
            "took over in June. He said the players were tired.",
            "players were tired",
            "Sasha Ivanov",
        ),
        (
            "Ontario NDP Leader Andrea Horwath toured the plant with Premier Doug Ford. "
            "She said the jobs must stay.",
            "jobs must stay",
            "Andrea Horwath",
        ),
        (
            "Peter Lang thanked the volunteers. Jean Walsh, who founded the food bank, "
            "spoke after him. She said demand had tripled.",
            "demand had tripled",
            "Jean Walsh",
        ),
        (
            "Maria Conti opened the exhibition. Yuri Sokolov, the painter, stood beside her. "
            "He said the works had taken four years.",
            "four years",
            "Yuri Sokolov",
        ),
        (
            "Emma Scott ran the campaign. Its treasurer, Gabriele Russo, answered the auditors. "
            "He said every receipt had been kept.",
            "every receipt",
            "Gabriele Russo",
        ),
        (
            "Karin Lund welcomed the guests. The band's singer, Toni Virtanen, came on at nine. "
            "He said the tour would end in Oslo.",
            "tour would end",
            "Toni Virtanen",
        ),
        (
            "Sarah Cohen wrote the bill. Its co-sponsor, Ariel Levy, defended it in committee. "
            "He said the cost had been overstated.",
            "cost had been overstated",
            "Ariel Levy",
        ),
        (
            "Lisa Grant chairs the board. The new treasurer, Daniele Ferri, presented the budget. "
            "He said the deficit would close by 2026.",
            "deficit would close",
            "Daniele Ferri",
        ),
    ],
)
def test_a_pronoun_finds_a_person_whose_given_name_is_of_either_sex(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == speaker
