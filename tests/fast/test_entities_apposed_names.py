"""A name set off after a kin, role or person noun, and titles before a street's name.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from tests.fast.entity_rows import entity_rows as entities

# -- a name in apposition to a kin, role or person noun ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her son, Tevita, said the house flooded twice.", "Tevita"),
        ("As his daughter, Gianna, said, the family would keep fighting.", "Gianna"),
        ("The neighbour, Kalani, saw the fire first.", "Kalani"),
        ("Their lawyer, Okafor, declined to comment.", "Okafor"),
        ("The couple's eldest grandson, Rangi, drove them to the hearing.", "Rangi"),
        ("A nurse, Yusra, handed out blankets at the door.", "Yusra"),
        ("Her husband, Teodor, was at work when the call came.", "Teodor"),
        ("The family's landlord, Ekwueme, had not fixed the heater.", "Ekwueme"),
        ("My brother, Sione, still lives on the island.", "Sione"),
        ("His cousin, Amarachi, and two friends escaped unhurt.", "Amarachi"),
        ("The bakery's owner, Wiremu, opened at dawn as usual.", "Wiremu"),
        ("Its founder, Oyelaran, stepped down in May.", "Oyelaran"),
    ],
)
def test_a_name_set_off_after_a_kin_or_person_noun_is_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in entities(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The company, Velmora, said sales rose.", "Velmora"),
        ("The new stadium, Harbourview, opens in May.", "Harbourview"),
        ("The ship, Kestrel, left port on Monday.", "Kestrel"),
    ],
)
def test_a_name_after_a_noun_of_no_person_is_no_person_by_it(text: str, name: str) -> None:
    assert (name, "PERSON") not in entities(text)


# -- a title before a street's head word --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("He bought the ticket at a store on Queen Street East.", "Queen Street East"),
        ("King Road was closed for the parade.", "King Road"),
        ("Crews repaired a water main on Queen Street West overnight.", "Queen Street West"),
        ("The shop on King Street has closed.", "King Street"),
        ("A crash closed Prince Avenue on Friday.", "Prince Avenue"),
    ],
)
def test_a_title_before_a_streets_head_word_opens_the_street(text: str, place: str) -> None:
    found = entities(text)
    assert (place, "FAC") in found
    assert not any(label == "PERSON" for _, label in found)


def test_a_title_before_a_persons_name_stays_a_title() -> None:
    found = entities("Queen Elizabeth opened the bridge. King Charles spoke after her.")
    assert ("Elizabeth", "PERSON") in found or ("Queen Elizabeth", "PERSON") in found
    assert ("Charles", "PERSON") in found or ("King Charles", "PERSON") in found
