"""The generated lists of verbs only a person heads and of the parts of the body."""

from __future__ import annotations

import pytest

from newsparse.lexicon import default_lexicon


def _verbs() -> dict[str, tuple[str, str]]:
    return {form: (cls, obj) for form, cls, obj in default_lexicon().table("person_verbs")}


@pytest.mark.parametrize(
    ("form", "verb_class"),
    [
        ("thought", "cognition"),
        ("remembered", "cognition"),
        ("felt", "emotion"),
        ("heard", "perception"),
        ("said", "communication"),
        ("smiled", "body"),
        ("overwhelmed", "emotion"),
    ],
)
def test_regular_and_irregular_forms_carry_their_class(form: str, verb_class: str) -> None:
    assert _verbs()[form][0] == verb_class


def test_a_verb_of_feeling_that_takes_only_people_as_objects_says_so() -> None:
    verbs = _verbs()
    assert verbs["overwhelmed"] == ("emotion", "person")
    assert verbs["frightens"] == ("emotion", "person")
    assert verbs["loved"][1] == ""


def test_verbs_that_places_head_are_not_listed() -> None:
    verbs = _verbs()
    assert not {"grew", "rose", "hosted", "lies", "borders"} & set(verbs)


def test_body_nouns_have_their_plurals() -> None:
    nouns = default_lexicon().words("body_nouns")
    assert {"face", "faces", "hand", "hands", "foot", "feet", "tooth", "teeth"} <= nouns
    assert not {"mayor", "council", "streets", "office"} & nouns
