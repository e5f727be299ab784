"""A run of given names opens a person's name, whose family name may be a listed place.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from tests.fast.entity_rows import entity_rows as entities


@pytest.mark.parametrize(
    "name",
    [
        "Ana Paula Resende",
        "Mary Lou Kent",
        "Jean Marc Lyon",
        "Maria Elena Cordoba",
        "Anne Marie Chester",
        "John Paul Lancaster",
        "Mary Beth Hamilton",
        "Luis Miguel Toledo",
        "Ana Maria Braga",
        "Jose Luis Valencia",
    ],
)
def test_a_place_after_two_given_names_is_the_family_name(name: str) -> None:
    assert (name, "PERSON") in entities(f"{name} spoke to reporters on Monday.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("John Smith flew to Paris on Monday.", "Paris"),
        ("Mary Lou and her sister moved to Kent in 2019.", "Kent"),
    ],
)
def test_a_place_after_a_family_name_or_a_preposition_stays_a_place(text: str, place: str) -> None:
    assert (place, "GPE") in entities(text)
