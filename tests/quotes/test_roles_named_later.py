# ruff: noqa: E501 (one invented sentence per line)
"""Delayed identification of a possessed or modified role: ``his frantic owner says``.

``A bodega cat ... has been found, his frantic owner says.`` ... ``owner
Hector Almonte, 58, told ...``: a definite role, perhaps with adjectives
before its noun, whose possessive pronoun refers to no person the article
named (an animal, a thing) or to a group it only described (``A Winnipeg
family ..., their lawyer says``), is the person given that very role within
the next few sentences.  Invented sentences through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "A bodega cat who went missing for nine days has been found hiding in a delivery truck, his frantic owner says.\n\n"
            "Mango vanished from the deli on Oct. 3.\n\n"
            "“I didn’t sleep,” owner Hector Almonte, 58, told The Metro Beacon.",
            "A bodega cat who",
            "Hector Almonte",
        ),
        (
            "A parrot that learned to shout “help” has been returned home after a month on the loose, her relieved owner said.\n\n"
            "The bird flew out of an open window in June.\n\n"
            "Owner Tessa Blum, 44, said the parrot had lost weight but was “chatty as ever”.",
            "A parrot that learned",
            "Tessa Blum",
        ),
        (
            "A tortoise that escaped from a garden in 1982 has been found alive two streets away, his astonished owner says.\n\n"
            "The reptile was spotted by a boy in a hedge.\n\n"
            "“He has not aged a day,” owner Dale Crick said.",
            "A tortoise that escaped",
            "Dale Crick",
        ),
        (
            "A dog that walked 200 miles home has been reunited with his family, his tearful owner said on Monday.\n\n"
            "Biscuit was lost on a camping trip in August.\n\n"
            "“He was thin and filthy but he wagged his tail,” owner Ruth Amble, 37, said.",
            "A dog that walked",
            "Ruth Amble",
        ),
        (
            "A racehorse that was once sold for $500 has won the Derby, her jubilant breeder says.\n\n"
            "The filly led from the start.\n\n"
            "“Nobody wanted her,” breeder Mick Doyle told reporters.",
            "A racehorse that was",
            "Mick Doyle",
        ),
        (
            "A greyhound rescued from a flooded kennel has won his first race, his proud breeder said.\n\n"
            "The dog was pulled from the water by firefighters in March.\n\n"
            "“He runs like the water is still behind him,” breeder Paddy Kerr, 61, said.",
            "A greyhound rescued from",
            "Paddy Kerr",
        ),
        (
            "A goat that climbed onto a bus shelter has been coaxed down after six hours, her embarrassed owner said.\n\n"
            "Firefighters used a ladder and a bucket of apples.\n\n"
            "“She has done this before,” owner Lena Voss admitted.",
            "A goat that climbed",
            "Lena Voss",
        ),
        (
            "A cat stuck up a tree for three days has finally come down on its own, the frantic owner says.\n\n"
            "Firefighters had tried twice to reach the animal.\n\n"
            "“I was beside myself,” owner Carla Mendes said.",
            "A cat stuck up",
            "Carla Mendes",
        ),
        (
            "A budgie that can whistle the national anthem has gone viral, her proud owner says.\n\n"
            "The bird picked up the tune from the radio.\n\n"
            "“She does it every morning at six,” owner Gwen Tallis, 70, said.",
            "A budgie that can",
            "Gwen Tallis",
        ),
        (
            "A pig that escaped from a farm has been found in a supermarket car park, his sheepish owner said.\n\n"
            "Shoppers filmed the animal eating lettuce.\n\n"
            "“He has expensive tastes,” owner Joe Pettit said.",
            "A pig that escaped",
            "Joe Pettit",
        ),
        (
            "A stallion that threw a jockey at the start has been banned from racing, his furious breeder says.\n\n"
            "The horse bolted before the gates opened.\n\n"
            "“He is a big baby,” breeder Sally Brand said.",
            "A stallion that threw",
            "Sally Brand",
        ),
        (
            "A lost kitten that hitched a ride in an engine has been reunited with her family, her grateful owner said.\n\n"
            "A mechanic found the kitten in a car brought in for a service.\n\n"
            "“We had given up hope,” owner Priya Nandakumar said.",
            "A lost kitten that",
            "Priya Nandakumar",
        ),
    ],
)
def test_an_owner_is_named_later(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


def test_a_named_persons_role_is_no_later_holder(fast_quotes: QuoteRows) -> None:
    text = (
        "Skater Ana Roy fell in training, her coach said.\n\n"
        "The team flew home on Monday.\n\n"
        "Coach Lena Park of the rival club said the ice had been poor."
    )
    assert speaker_of(fast_quotes(text), "Skater Ana Roy fell") == "her coach"


# -- a role owned by a group only described is named later too --------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "A Winnipeg family facing deportation has been granted a last-minute stay, their lawyer says.\n\n"
            "A Federal Court judge granted the stay on Thursday.\n\n"
            "Lawyer Nadia Ferreira-Lund said the officer had ignored the children.",
            "A Winnipeg family facing depor",
            "Nadia Ferreira-Lund",
        ),
        (
            "A group of tenants evicted from a Regina tower will get their deposits back, their lawyer said Monday.\n\n"
            "The landlord had kept the money for two years.\n\n"
            "Lawyer Omar Haddad said the ruling was “long overdue”.",
            "A group of tenants evicted fro",
            "Omar Haddad",
        ),
        (
            "Two brothers who built a raft from plastic bottles have reached the coast, their proud coach says.\n\n"
            "The trip took eleven days.\n\n"
            "Coach Dale Fenn said the boys had trained all winter.",
            "Two brothers who built a raft ",
            "Dale Fenn",
        ),
        (
            "A pair of climbers stranded on the glacier have been rescued, their guide said on Sunday.\n\n"
            "A helicopter lifted them off at dawn.\n\n"
            "Guide Lena Voss said the pair were cold but unhurt.",
            "A pair of climbers stranded on",
            "Lena Voss",
        ),
        (
            "Three sisters who ran a bakery for 40 years are closing the shop, their accountant said.\n\n"
            "The rent has tripled since 2020.\n\n"
            "Accountant Gwen Tallis said the sisters had kept it open “out of love”.",
            "Three sisters who ran a bakery",
            "Gwen Tallis",
        ),
        (
            "A family of five whose home burned down will be housed by the city, their caseworker says.\n\n"
            "The fire started in a dryer.\n\n"
            "Caseworker Priya Nandakumar said the family would move in on Friday.",
            "A family of five whose home bu",
            "Priya Nandakumar",
        ),
        (
            "A team of students who built a solar car have finished the race, their teacher said.\n\n"
            "The car crossed the line in 40 hours.\n\n"
            "Teacher Hal Brent said the students had rebuilt the motor twice.",
            "A team of students who built a",
            "Hal Brent",
        ),
        (
            "A band of teenage buskers has landed a record deal, their manager says.\n\n"
            "The four met at school.\n\n"
            "Manager Tessa Blum said the label had heard them in a subway station.",
            "A band of teenage buskers has ",
            "Tessa Blum",
        ),
        (
            "A group of nurses who refused overtime have been suspended, their union rep says.\n\n"
            "The hospital says the ward was left short.\n\n"
            "Union rep Amy Fulton said the nurses had worked 16-hour shifts.",
            "A group of nurses who refused",
            "Amy Fulton",
        ),
        (
            "Four hikers lost in the fog for two nights have walked out of the park, their guide says.\n\n"
            "Searchers had been looking since Friday.\n\n"
            "Guide Ray Fulton said the group had sheltered under a rock ledge.",
            "Four hikers lost in the fog",
            "Ray Fulton",
        ),
    ],
)
def test_a_described_groups_role_is_named_later(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
