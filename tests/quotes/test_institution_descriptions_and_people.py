"""A description of an institution takes no person the article named.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of

_ARTICLE = (
    "The mayor of {town}, a town of 11,000 in the {region}, has vowed that the town hall’s "
    "flags will stay at half-mast until the regional health agency reverses its decision to "
    "close the local hospital’s maternity unit.\n\n"
    "{name}, who has led the town for 14 years, said on Wednesday that women in labour would "
    "now face a 70-minute drive to the nearest maternity ward, in {city}.\n\n"
    "The {noun} said in a statement that the unit had delivered only 290 babies last year, "
    "below the national threshold of 300."
)


@pytest.mark.parametrize(
    ("town", "region", "name", "city", "noun"),
    [
        ("Saint-Aubert", "Loire valley", "Dominique Perret", "Tours", "agency"),
        ("Pinecrest", "Hunter valley", "Kim Arden", "Newcastle", "agency"),
        ("Montclair", "Rhone valley", "Andrea Bellini", "Lyon", "agency"),
        ("Kestrel Bay", "Annapolis valley", "Jean Morel", "Halifax", "ministry"),
        ("Valmont", "Jura hills", "Simone Rizzi", "Geneva", "agency"),
        ("Port Reyne", "Ottawa valley", "Claude Girard", "Ottawa", "authority"),
        ("Bellhaven", "Fraser valley", "Sasha Petrov", "Vancouver", "agency"),
        ("Lorival", "Douro valley", "Nicola Ferri", "Porto", "ministry"),
        ("Saint-Remy", "Marne valley", "Michele Costa", "Reims", "department"),
        ("Aubrac", "Lot valley", "Yuri Antonov", "Toulouse", "ministry"),
    ],
)
def test_a_description_of_an_institution_takes_no_named_person(
    fast_quotes: QuoteRows, town: str, region: str, name: str, city: str, noun: str
) -> None:
    text = _ARTICLE.format(town=town, region=region, name=name, city=city, noun=noun)
    assert speaker_of(fast_quotes(text), "delivered only 290") == f"The {noun}"
