# ruff: noqa: E501 (one invented sentence per line)
"""Epithets: a new noun for a person is a person the article named, not one it only described.

``One follower wrote ...`` then ``the bubbly blonde said``: a person the
article only described is written again with the noun it was given (``the
follower``) or a general one (``the woman``); a definite description with
another person noun is an epithet of the person named before.  Invented
sentences through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


# -- an epithet after an unnamed person's words names the person named before ---------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (  # tabloid
            "Soap actress Tamsin Vale has slammed critics of her wedding dress.\n\n"
            "Within minutes one viewer had posted: “That dress is a disgrace.”\n\n"
            "But the bubbly brunette told the Sunday Clarion the comments were “pathetic”.",
            "pathetic",
            "Tamsin Vale",
        ),
        (  # tabloid, with a pronoun after the epithet
            "Singer Jody Marsh has defended her new tattoo.\n\n"
            "One follower wrote online: “It looks like a smudge.”\n\n"
            "The feisty songstress hit back on Monday. “I love it,” she said.",
            "I love it",
            "Jody Marsh",
        ),
        (  # tabloid, a man
            "Footballer Craig Dunmore has been spotted at a kebab shop at 3am.\n\n"
            "A fellow customer said: “He ordered four doners.”\n\n"
            "The cheeky heartthrob later said he had been “carb loading”.",
            "carb loading",
            "Craig Dunmore",
        ),
        (  # celebrity wire
            "Pop star Lena Ardo cancelled her Berlin show hours before it began.\n\n"
            "One ticket buyer said: “We queued for six hours for nothing.”\n\n"
            "The tearful starlet said in a post that she had lost her voice.",
            "she had lost her voice",
            "Lena Ardo",
        ),
        (  # sports
            "Striker Bruno Velasco scored twice as Harbour City won 3-1 on Saturday.\n\n"
            "A supporter in the north stand said: “That was his best game in years.”\n\n"
            "The veteran forward said the team had “found its legs”.",
            "found its legs",
            "Bruno Velasco",
        ),
        (  # local news
            "Pub landlady Priya Nandakumar has won the county’s best pie prize for a third year.\n\n"
            "One regular customer said: “Her pies are the best in the county.”\n\n"
            "The modest publican said she would share the prize money with her staff.",
            "share the prize money",
            "Priya Nandakumar",
        ),
        (  # entertainment
            "Chef Marco Dellucci stormed off the set of a cooking show on Tuesday.\n\n"
            "One crew member said: “He threw a pan at the wall.”\n\n"
            "The hot-headed cook said the kitchen had been “a shambles”.",
            "a shambles",
            "Marco Dellucci",
        ),
        (  # tabloid, an epithet opening the sentence after a comment
            "TV presenter Kiki Dorran has been trolled over a photo of her breakfast.\n\n"
            "One follower commented: “Who eats cake at 8am?”\n\n"
            "The glamorous blonde said the cake was “a birthday treat”.",
            "a birthday treat",
            "Kiki Dorran",
        ),
        (  # politics, a feature
            "Pub landlord Hamish Orr has been told to take down a sign.\n\n"
            "One resident said: “We pay his wages.”\n\n"
            "The embattled publican said he had done nothing wrong.",
            "done nothing wrong",
            "Hamish Orr",
        ),
        (  # tabloid, a pronoun carries the epithet on
            "Reality star Gemma Lyle has shown off her new puppy.\n\n"
            "One follower wrote: “Adopt, don’t shop.”\n\n"
            "But the stunning brunette told The Daily Wattle the puppy was a rescue.\n\n"
            "“She was found on a motorway,” she said.",
            "found on a motorway",
            "Gemma Lyle",
        ),
        (  # business
            "Tech billionaire Oskar Lindqvist has sold his stake in the Harbour Hawks.\n\n"
            "One former employee said: “He never came to a single game.”\n\n"
            "The reclusive tycoon said the sale had been “a long time coming”.",
            "a long time coming",
            "Oskar Lindqvist",
        ),
        (  # showbiz
            "Singer Dean Castell has postponed his farewell tour.\n\n"
            "One disappointed reader said: “I booked a hotel for nothing.”\n\n"
            "The silver-haired crooner said doctors had ordered him to rest.",
            "ordered him to rest",
            "Dean Castell",
        ),
    ],
)
def test_an_epithet_names_the_person_named_before(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


# -- an unnamed person's own noun, or a general one, still names that person --------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Singer Jody Marsh has defended her new tattoo.\n\n"
            "One fan wrote online: “It looks like a smudge.”\n\n"
            "The fan later said the post was “only a joke”.",
            "only a joke",
            "One fan",
        ),
        (
            "Baker Priya Nandakumar has won the county’s best loaf prize for a third year.\n\n"
            "One rival entrant said: “It was a fix, frankly.”\n\n"
            "The entrant said she would enter again next year.",
            "enter again next year",
            "One rival entrant",
        ),
    ],
)
def test_an_unnamed_person_keeps_its_own_noun(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
