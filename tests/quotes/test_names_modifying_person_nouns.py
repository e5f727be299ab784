# ruff: noqa: E501 (one invented sentence per line)
"""A name that modifies a person noun, or follows a preposition, is no subject of its clause.

``Sandy Point curator Mark Dunne``, ``The former Love Shack contestant``:
the noun after the name heads the phrase, so the clause's person is the one
named after the title, or the person the description refers to, not the
name that modifies it (a place a recogniser may take for a person's name).
In a clause that opens on a description, a name after a preposition (``at
Shelby Park``) is an object, no antecedent of a later ``he`` or ``she``.
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


# -- in a clause opened by a description, a name after a preposition is an object --------------
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
            "Ade Okoro, the Harbour City striker, has signed a new deal.\n\n"
            "The Nigerian forward trained alone at Jackson Hole on Monday. “I feel sharp,” he said.",
            "I feel sharp",
            "Ade Okoro",
        ),
        (
            "Chef Marco Dellucci has opened a second restaurant.\n\n"
            "The new bistro opened on Friday at Shelby Park. “It is a dream,” he said.",
            "It is a dream",
            "Marco Dellucci",
        ),
        (
            "Author Nina Ostrow has won the Lakeland prize.\n\n"
            "A packed crowd heard her read at Mary Rose on Friday. “I was shaking,” she said.",
            "I was shaking",
            "Nina Ostrow",
        ),
        (
            "Baker Priya Nandakumar has won the county pie prize.\n\n"
            "The winning pie was baked in a borrowed oven at Lily Hall. “It nearly burned,” she said.",
            "It nearly burned",
            "Priya Nandakumar",
        ),
        (
            "Ranger Tom Liddell rescued a bear cub on Sunday.\n\n"
            "The cub was found near a trail at Jackson Hole. “It was shivering,” he said.",
            "It was shivering",
            "Tom Liddell",
        ),
        (
            "Runner Ellie Marsh broke the course record on Saturday.\n\n"
            "The 19-year-old crossed the line at Grace Hall in 31 minutes. “My legs were gone,” she said.",
            "My legs were gone",
            "Ellie Marsh",
        ),
        (
            "Farmer Dale Fenn has lost half his crop.\n\n"
            "The drought hit his fields at Shelby Park hardest. “We have had no rain since May,” he said.",
            "We have had no rain since May",
            "Dale Fenn",
        ),
        (
            "Councillor Rita Moss has called for a new crossing.\n\n"
            "A child was hit by a car near the school at Grace Hall last week. “It was a matter of time,” she said.",
            "It was a matter of time",
            "Rita Moss",
        ),
        (
            "Sculptor Ian Moss has unveiled a bronze whale.\n\n"
            "The huge statue stands on the cliffs at Sandy Point. “It took ten years,” he said.",
            "It took ten years",
            "Ian Moss",
        ),
        (
            "Mayor Hal Brent has opened a new library.\n\n"
            "The new building sits on land at Shelby Park. “It is for everyone,” he said.",
            "It is for everyone",
            "Hal Brent",
        ),
        (
            "Winemaker Ola Brandt has bottled her first vintage.\n\n"
            "The first barrels were filled at Grace Hall in May. “It was nerve-racking,” she said.",
            "It was nerve-racking",
            "Ola Brandt",
        ),
        (
            "Pianist Leo Varga has played his last concert.\n\n"
            "The farewell show was held at Jackson Hole on Saturday. “I will miss it,” he said.",
            "I will miss it",
            "Leo Varga",
        ),
    ],
)
def test_a_name_after_a_preposition_is_no_antecedent(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
