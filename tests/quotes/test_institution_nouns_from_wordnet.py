# ruff: noqa: E501 (one invented sentence per line)
"""A description headed by a noun WordNet gives a kind of institution names an institution of that kind.

Every paragraph is invented.  The lexicon's generated ``institution_nouns``
(``the dealership``, ``the polytechnic``, ``the constabulary``, ``the
brigade``) makes such a description an institution's, which takes the
institution of its kind named before it, never one of another kind; ``the
industry``, the businesses of a trade, takes no one business.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Harwick Motors will close its Oshawa lot next month, after 40 years of selling trucks to farmers.\n\n"
            "The dealership said in a statement that rising rents had made the site too costly.",
            "rising rents",
            "Harwick Motors",
        ),
        (
            "Brennan Ford has sold more electric pickups this spring than in all of last year.\n\n"
            '"Buyers are coming in with their minds made up," the dealership said.',
            "minds made up",
            "Brennan Ford",
        ),
        (
            "Students at Corrigan Polytechnic staged a walkout on Friday over a rise in tuition fees.\n\n"
            '"We have heard their concerns," the polytechnic said in a statement.',
            "heard their concerns",
            "Corrigan Polytechnic",
        ),
        (
            "Nine firms joined the Pemberton Hydrogen Consortium, formed to build fuelling stations along the highway.\n\n"
            '"The first stations open next year," the consortium said.',
            "first stations open",
            "Pemberton Hydrogen Consortium",
        ),
        (
            "The Ashgrove Brigade will move two battalions north in the spring, officials said.\n\n"
            '"The move has been planned for years," the brigade said.',
            "planned for years",
            "Ashgrove Brigade",
        ),
        (
            "Tamsin Ode spoke for Velora Pharma at the hearing on Tuesday.\n\n"
            '"We stand by our product," the pharma said.',
            "stand by our product",
            "Velora Pharma",
        ),
        (
            "The Northfield Militia has asked the county for a new drill hall.\n\n"
            '"The old one leaks," the militia said.',
            "old one leaks",
            "Northfield Militia",
        ),
        (
            "Police have arrested a man after a break-in at the Westmoor Seminary on Sunday night.\n\n"
            '"Nothing of value was taken," the seminary said.',
            "Nothing of value",
            "Westmoor Seminary",
        ),
        (
            "Officers of the Ravensworth Constabulary searched the moor for a missing walker on Sunday.\n\n"
            '"The search will resume at first light," the constabulary said.',
            "resume at first light",
            "Ravensworth Constabulary",
        ),
        (
            "A judge has fined the Oakridge Fraternity for a party that damaged a neighbour's fence.\n\n"
            '"We are sorry," the fraternity said.',
            "We are sorry",
            "Oakridge Fraternity",
        ),
        (
            "The Kestrel Bay Senate voted 14-3 on Monday to delay the budget.\n\n"
            '"The numbers do not add up," the senate said in a statement.',
            "numbers do not add up",
            "Kestrel Bay Senate",
        ),
        (
            "Dunmore Coastguard rescued two fishermen off the point on Sunday.\n\n"
            '"Both men are safe," the coastguard said.',
            "Both men are safe",
            "Dunmore Coastguard",
        ),
        (
            "The Bureau of Mines closed the Corran pit on Monday.\n\n"
            '"The shaft is unsafe," the bureau said.',
            "shaft is unsafe",
            "Bureau of Mines",
        ),
        (
            "Shares of Graniteview Hedgefund fell on Monday.\n\n"
            '"We remain confident," the hedgefund said.',
            "remain confident",
            "Graniteview Hedgefund",
        ),
    ],
)
def test_a_newly_covered_noun_names_the_institution_of_its_kind(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "wrong"),
    [
        (
            # a school is no business: the polytechnic takes no company
            "Brightwell Motors has agreed to train 40 apprentices a year.\n\n"
            '"Our students will learn on real engines," the polytechnic said.',
            "real engines",
            "Brightwell Motors",
        ),
        (
            # a police force is no school
            "Students at Corrigan Polytechnic staged a walkout on Friday over a rise in tuition fees.\n\n"
            '"The march was peaceful," the gendarmerie said.',
            "march was peaceful",
            "Corrigan Polytechnic",
        ),
        (
            # a business is no government body
            "The Department of Transport fined the owner of a used-car lot on Tuesday.\n\n"
            '"We will appeal the fine," the dealership said.',
            "appeal the fine",
            "Department of Transport",
        ),
        (
            # an industry is the businesses of a trade, no one of them
            "Ardent Mining Corp. will cut 200 jobs at its Sudbury mine.\n\n"
            '"Prices will recover," the industry said.',
            "Prices will recover",
            "Ardent Mining Corp.",
        ),
        (
            # a military unit is no university
            "The University of Ashgrove will open a new library in the spring.\n\n"
            '"The move has been planned for years," the brigade said.',
            "planned for years",
            "University of Ashgrove",
        ),
    ],
)
def test_a_noun_of_another_kind_does_not_take_it(
    fast_quotes: QuoteRows, text: str, content: str, wrong: str
) -> None:
    assert speaker_of(fast_quotes(text), content) != wrong
