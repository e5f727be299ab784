# ruff: noqa: E501 (one invented sentence per line)
"""Descriptions by role: who may hold the role, and the subject an emphatic reflexive stresses.

Invented sentences through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker


# -- an emphatic reflexive stresses the subject before it ---------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Orla Venn chaired the inquiry. Venn herself said the findings were grim.", "Orla Venn"),
        ("Tomas Rieck runs the mill. Rieck himself said the order book was full.", "Tomas Rieck"),
        (
            "Kestrel Foods issued a recall. The company itself said the batch was small.",
            "Kestrel Foods",
        ),
        (
            "Mayor Ilse Brandt opened the bridge. The mayor herself said the delay was regrettable.",
            "Ilse Brandt",
        ),
        (
            "The Dunmore Rovers lost again. The players themselves said they were tired.",
            "The players",
        ),
    ],
)
def test_an_emphatic_reflexive_is_no_part_of_the_speaker(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- a person known by one role is no candidate for another ----------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role synonym: the skipper is the captain, not the coach who spoke last
        (
            "Harbour City coach Dale Ferrin praised his side. Mika Orrell, 24, was injured last week. “We move on,” Ferrin said. The skipper said he would be fit.",
            "Mika Orrell",
        ),
        (
            "Manager Rosa Tell watched from the stands. Bram Hoyle, 30, scored twice. “A good day,” Tell said. The skipper said the team had earned it.",
            "Bram Hoyle",
        ),
        (
            "Coach Ida Marsh named her side. Lena Vos, 26, will start in goal. “She is ready,” Marsh said. The goalie said she had trained all week.",
            "Lena Vos",
        ),
        # a title of another role bars the titled person
        (
            "Prosecutor Anna Kell told the court that Rolf Dane, 41, had lied. “He knew,” Kell said. The pilot said the plane had been checked.",
            "Rolf Dane",
        ),
        (
            "Sgt. Maya Orton said Piet Lund, 35, was arrested at home. “He came quietly,” Orton said. The driver said he had done nothing wrong.",
            "Piet Lund",
        ),
    ],
)
def test_a_role_skips_a_person_known_by_another_role(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- a definite description of someone an indefinite one introduced, never named ------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A man who punched a taxi driver was jailed. Ross Penn, 33, admitted assault. Prosecutor Jana Holt said Penn was drunk. In a statement, the driver said she still had nightmares.",
            "the driver",
        ),
        (
            "A teenager who robbed a shop assistant was sentenced. Cal Dyer, 19, pleaded guilty. “He was terrified,” Judge Ora Finch said. The assistant said she had left her job.",
            "The assistant",
        ),
        (
            "Two boys who teased a school cleaner were suspended. Headteacher Amy Roe said the boys had apologised. The cleaner said she had forgiven them.",
            "The cleaner",
        ),
        (
            "Police fined a man who abused a paramedic. Dale Kirby, 40, was fined £500. Insp. Tom Ash said Kirby had been rude. The paramedic said he would not press charges.",
            "The paramedic",
        ),
    ],
)
def test_an_unnamed_participant_keeps_its_description(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lead's subject or agent is the protagonist named next
        (
            "A nurse from Leeds has won the lottery. Amy Crane, 41, bought the ticket on Friday. “I shook,” the nurse said.",
            "Amy Crane",
        ),
        (
            "The firm was set up by a chemistry teacher in 2009. Olav Brink, 55, still runs it. “We grew slowly,” the teacher said.",
            "Olav Brink",
        ),
        # an indefinite description in apposition describes a named person
        (
            "Pia Lorne, a bus driver, stopped the thief. “I just reacted,” the driver said.",
            "Pia Lorne",
        ),
    ],
)
def test_a_named_protagonist_takes_the_description(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- a title stands for the role nouns of its class ------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President Ana Vell visited a dairy on Monday. Coach Sam Ruhl showed her the herd. “We were honoured,” Ruhl said. The leader said the visit was a pleasure.",
            "Ana Vell",
        ),
        (
            "Sen. Rita Moss met Gov. Tim Hale. “It went well,” Hale said. The lawmaker said she would vote for the bill.",
            "Rita Moss",
        ),
        (
            "Adm. Joan Keel met Mayor Tom Ruddy at the dock. “A fine ship,” Ruddy said. The officer said the fleet would stay.",
            "Joan Keel",
        ),
        (
            "Magistrate Ida Brook heard the case. Prosecutor Lee Vance asked for a fine. “He lied,” Vance said. The judge said she would rule on Friday.",
            "Ida Brook",
        ),
        (
            "Rep. Dan Orr toured the plant with Coach Ken Hale. “Great team,” Hale said. The legislator said he would fund the new road.",
            "Dan Orr",
        ),
    ],
)
def test_a_title_stands_for_the_role_nouns_of_its_class(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- an office modifier makes another office -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Premier Scott Moe unveiled the plan on Monday. Former premier Brad Wall said the plan was bold.\n\nThe premier said the plan would cost $2 billion.",
            "Scott Moe",
        ),
        (
            "Premier Danielle Smith was absent. Deputy Premier Mike Ellis said the cabinet supported the plan.\n\nThe premier said the plan was final.",
            "Danielle Smith",
        ),
        (
            "Coach Rick Bowness was ill on Saturday. Assistant coach Scott Arniel ran the bench and said the team was flat.\n\nThe coach said he would return on Tuesday.",
            "Rick Bowness",
        ),
        (
            "Prime Minister Justin Trudeau met premiers on Friday. Trudeau said the talks were useful.\n\nThe minister said health transfers would rise.",
            "The minister",
        ),
    ],
)
def test_a_holder_of_another_office_is_no_holder_of_the_role(text: str, name: str) -> None:
    assert last_speaker(text) == name
