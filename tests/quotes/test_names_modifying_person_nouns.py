# ruff: noqa: E501 (one invented sentence per line)
"""A name that modifies a person noun, or follows a preposition, is no subject of its clause.

``Sandy Point curator Mark Dunne``, ``The former Love Shack contestant``:
the noun after the name heads the phrase, so the clause's person is the one
named after the title, or the person the description refers to, not the
name that modifies it (a place a recogniser may take for a person's name).
In a clause that opens on a person's description, a name after a
preposition (``at Shelby Park``) is an object, no antecedent of a later
``he`` or ``she``.
Invented sentences through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


# -- a name before a person noun modifies it ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Shelby Park caretaker Tom Liddell found the cub on Sunday. “It was shivering,” he said.",
            "It was shivering",
            "Tom Liddell",
        ),
        (
            "Grace Hall janitor Lena Voss found the wallet on Monday. “I handed it in straight away,” she said.",
            "I handed it in straight away",
            "Lena Voss",
        ),
        (
            "Sandy Point curator Mark Dunne unveiled the whale skeleton on Friday, saying it had taken “nine years of gluing”.",
            "nine years of gluing",
            "Mark Dunne",
        ),
        (
            "Mary Rose organizer Beth Cole cancelled the fair on Tuesday, saying the field was “a swamp”.",
            "a swamp",
            "Beth Cole",
        ),
        (
            "Sandy Point janitor Rita Moss found the cat in a locker. “It just stared at me,” she said.",
            "It just stared at me",
            "Rita Moss",
        ),
        (
            "Jackson Hole curator Dina Reyes opened the show on Monday, saying it was “ten years in the making”.",
            "ten years in the making",
            "Dina Reyes",
        ),
        (
            "Reality star Kayla Brennan has hit back at trolls. The former Love Shack contestant, 27, posted snaps from the party on Sunday. “It was a beach party,” she said.",
            "It was a beach party",
            "Kayla Brennan",
        ),
        (
            "Sandy Point caretaker Tom Liddell found the cub on Sunday. “It was shivering,” he said.",
            "It was shivering",
            "Tom Liddell",
        ),
        (
            "Lily Hall organizer Beth Cole cancelled the fair on Tuesday, saying the field was “a swamp”.",
            "a swamp",
            "Beth Cole",
        ),
        (
            "Jackson Hole landlord Omar Haddad raised the rent by half. “Costs went up,” he said.",
            "Costs went up",
            "Omar Haddad",
        ),
    ],
)
def test_a_name_before_a_person_noun_is_no_subject(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- a verb after a name leaves the name the subject -------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Conservative Leader Tomas Vandersluis accused the government of abandoning rural voters.\n\n"
            "He said a Conservative government would scrap the charge.",
            "would scrap the charge",
            "Tomas Vandersluis",
        ),
        (
            "Dana Whitfield heads the regional health agency. “We are short of nurses,” she said.",
            "We are short of nurses",
            "Dana Whitfield",
        ),
    ],
)
def test_a_verb_after_a_name_keeps_it_the_subject(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- in a clause opened by a person's description, a name after a preposition is an object ----
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Singer Kayla Brennan has hit back at trolls.\n\n"
            "The bubbly star posted snaps from a party at Sandy Point on Sunday. “It was a beach party,” she said.",
            "It was a beach party",
            "Kayla Brennan",
        ),
        (
            "Baker Priya Nandakumar has won the county pie prize.\n\n"
            "The proud baker, 41, collected the trophy at Lily Hall. “It nearly burned,” she said.",
            "It nearly burned",
            "Priya Nandakumar",
        ),
        (
            "Farmer Dale Fenn has lost half his crop.\n\n"
            "The dairy farmer, 63, showed reporters his fields at Shelby Park. “We have had no rain since May,” he said.",
            "We have had no rain since May",
            "Dale Fenn",
        ),
        (
            "Sculptor Ian Moss has unveiled a bronze whale.\n\n"
            "The sculptor, 70, was cheered by a crowd at Sandy Point. “It took ten years,” he said.",
            "It took ten years",
            "Ian Moss",
        ),
        (
            "Pianist Leo Varga has played his last concert.\n\n"
            "The pianist, 88, took a final bow at Jackson Hole on Saturday. “I will miss it,” he said.",
            "I will miss it",
            "Leo Varga",
        ),
        (
            "Author Nina Ostrow has won the Lakeland prize.\n\n"
            "The novelist, 44, was presented with the award at Mary Rose on Friday. “I was shaking,” she said.",
            "I was shaking",
            "Nina Ostrow",
        ),
        (
            "Winemaker Ola Brandt has bottled her first vintage.\n\n"
            "The young winemaker, 29, poured the first glass at Grace Hall in May. “It was nerve-racking,” she said.",
            "It was nerve-racking",
            "Ola Brandt",
        ),
        (
            "Runner Ellie Marsh broke the course record on Saturday.\n\n"
            "The teenage runner, 19, crossed the line at Lily Hall in 31 minutes. “My legs were gone,” she said.",
            "My legs were gone",
            "Ellie Marsh",
        ),
        (
            "Poet Ama Mensah has won the city’s poetry slam.\n\n"
            "The young poet, 23, was handed the cup at Lily Hall on Sunday. “I did not expect it,” she said.",
            "I did not expect it",
            "Ama Mensah",
        ),
        (
            "Skipper Lars Holm sailed into port after 90 days at sea.\n\n"
            "The weary sailor, 66, was greeted by family at Sandy Point. “I want a bath,” he said.",
            "I want a bath",
            "Lars Holm",
        ),
    ],
)
def test_a_name_after_a_preposition_is_no_antecedent(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- after a thing's description, a person named after a preposition still is one -------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Student Lee Park has won the science fair.\n\n"
            "The prize was presented by Mayor Ann Roy. “It is well deserved,” she said.",
            "It is well deserved",
            "Ann Roy",
        ),
        (
            "Northgate Motors Inc. recalled 40,000 trucks.\n\n"
            "The recall was prompted by tests from parts maker Deltron Components, which supplies the brakes. The supplier said Northgate had ignored its warnings.",
            "Northgate had ignored",
            "Deltron Components",
        ),
    ],
)
def test_a_name_after_a_things_description_stays_an_antecedent(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
