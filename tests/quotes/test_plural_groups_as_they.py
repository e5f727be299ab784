# ruff: noqa: E501 (one invented paragraph per line)
"""``they`` for groups described in the plural: collectives of people, plural possessors.

Invented paragraphs through the fast pipeline, one class of rule per test.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import speakers


# -- the plural of a collective of people (``crews``, ``crowds``) is a group of people ---
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hydro One said it would restore power by noon.\n\nCrews worked through the night. They said the damage was worse than expected.",
            "Crews",
        ),
        (
            "The mayor opened the fair on Saturday.\n\nCrowds lined the parade route by noon. “We come every year,” they said.",
            "Crowds",
        ),
        (
            "The summit opened in Geneva on Monday.\n\nDelegations from 40 countries arrived overnight. They said a deal was within reach.",
            "Delegations from 40 countries",
        ),
        (
            "The festival ends on Sunday.\n\nChoirs from across the province sang in the square. “It was magical,” they said.",
            "Choirs from across the province",
        ),
        (
            "City police said the arrests followed a long inquiry.\n\nGangs had controlled the corner for years. They said nobody would talk.",
            "Gangs",
        ),
        (
            "The theatre reopened after the fire.\n\nTroupes from three countries performed on the first night. “The audience was wonderful,” they said.",
            "Troupes from three countries",
        ),
        (
            "The diocese announced the merger on Friday.\n\nCongregations in both towns voted against it. They said the churches were the heart of the villages.",
            "Congregations in both towns",
        ),
        (
            "The league expanded to twelve teams.\n\nBands played before every game. “We love the noise,” they said.",
            "Bands",
        ),
        (
            "Police said the curfew would stay.\n\nMobs attacked shops in the old town overnight. They said the police had fled.",
            "Mobs",
        ),
        (
            "The theatre sold out both shows.\n\nAudiences in both cities stood for ten minutes. “We have never seen anything like it,” they said.",
            "Audiences in both cities",
        ),
        (
            "The party met in Ottawa on Wednesday.\n\nCaucuses from the three provinces backed the plan. They said it would win votes in the West.",
            "Caucuses from the three provinces",
        ),
    ],
)
def test_a_plural_collective_of_people_is_what_they_continues(text: str, name: str) -> None:
    assert speakers(text)[-1][1] == name


# -- a plural possessor's apostrophe stays inside the description -------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ottawa police said the road would reopen.\n\nThe protesters’ leaders met officers on Monday. They said the convoy would leave by Friday.",
            "The protesters’ leaders",
        ),
        (
            "The company said the plant would close.\n\nThe workers’ representatives met managers on Tuesday. “We were given no warning,” they said.",
            "The workers’ representatives",
        ),
        (
            "The ministry approved the mine in March.\n\nThe farmers’ lawyers filed an appeal on Friday. “The water will be poisoned,” they said.",
            "The farmers’ lawyers",
        ),
        (
            "The airline cancelled 200 flights.\n\nThe pilots’ negotiators walked out on Thursday. They said the airline had broken its word.",
            "The pilots’ negotiators",
        ),
        (
            "The school board closed the pool.\n\nThe parents’ representatives met trustees on Wednesday. “Our children need to learn to swim,” they said.",
            "The parents’ representatives",
        ),
        (
            "The landlord raised rents in the towers.\n\nThe residents’ lawyers filed a complaint on Monday. They said the increase was illegal.",
            "The residents’ lawyers",
        ),
        (
            "The port authority cut the night shift.\n\nThe drivers’ organisers called a meeting for Sunday. “Nobody asked us,” they said.",
            "The drivers’ organisers",
        ),
        (
            "The mining company offered a new contract.\n\nThe miners’ representatives rejected it on Friday. They said the pension terms were worse.",
            "The miners’ representatives",
        ),
        (
            "The factory reopened on Monday.\n\nThe strikers’ leaders stayed at the gate. “We have not signed anything,” they said.",
            "The strikers’ leaders",
        ),
        (
            "The bus company apologised for the crash.\n\nThe victims’ lawyers asked for an inquiry on Thursday. They said the brakes had failed before.",
            "The victims’ lawyers",
        ),
        (
            "The grocery chain cut the price it pays for apples.\n\nThe growers’ negotiators left the talks early. “The offer would ruin us,” they said.",
            "The growers’ negotiators",
        ),
    ],
)
def test_a_description_after_a_plural_possessor_is_what_they_continues(
    text: str, name: str
) -> None:
    assert speakers(text)[-1][1] == name


# -- with nothing else that agrees, people described in the plural as an object -----------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The minister met with First Nations chiefs on Monday. They said the pipeline must not cross their land.",
            "First Nations chiefs",
        ),
        (
            "Premier Ann Roy toured the flooded streets and spoke with residents. “We lost everything,” they said.",
            "residents",
        ),
        (
            "Coach Marta Silva thanked the fans after the final whistle. They said the season had been worth every cent.",
            "fans",
        ),
        (
            "Mayor Tom Reid sat down with shop owners on Main Street. They said the road work had cut their sales in half.",
            "owners",
        ),
        (
            "Senator Paul Dunn visited striking nurses outside the hospital. “We are exhausted,” they told him.",
            "nurses",
        ),
        (
            "Judge Ellen Park heard from the victims’ families for two hours. They said the sentence was too light.",
            "families",
        ),
        (
            "The CEO, Maria Lopez, addressed shareholders at the meeting. They said the dividend cut was a betrayal.",
            "shareholders",
        ),
        (
            "Health Minister Omar Khan met paramedics in Moncton on Friday. “We wait hours at the hospital doors,” they said.",
            "paramedics",
        ),
        (
            "Finance Minister Lena Ortiz spoke to farmers at the fair. They said fuel costs had doubled.",
            "farmers",
        ),
        (
            "Police Chief Raj Patel met the victims’ neighbours on Sunday. “We heard the shots,” they said.",
            "neighbours",
        ),
    ],
)
def test_people_described_as_an_object_are_what_they_names_when_nothing_else_agrees(
    text: str, name: str
) -> None:
    assert speakers(text)[-1][1] == name


def test_a_plural_possessor_is_no_object_they_names() -> None:
    text = "Judge Ellen Park heard from the victims’ relatives for two hours. They said the sentence was too light."
    assert speakers(text)[-1][1] != "victims"
