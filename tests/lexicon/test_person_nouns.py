"""The lexicon's nouns of people: WordNet's (``person_nouns``) and news usage's."""

from __future__ import annotations

import pytest

from newsparse.attribution.wordlists import NEWS_PERSON_NOUNS, PERSON_NOUNS
from newsparse.lexicon import default_lexicon


@pytest.mark.parametrize(
    "noun", ["bride", "homeowner", "shopkeeper", "motorist", "cyclist", "landlord", "granddaughter"]
)
def test_wordnet_person_nouns_are_loaded(noun: str) -> None:
    assert noun in default_lexicon().words("person_nouns")
    assert noun in PERSON_NOUNS


@pytest.mark.parametrize(
    "noun", ["table", "river", "cook", "nobody", "harper", "lincoln", "chosen", "speaker"]
)
def test_other_nouns_names_and_pronouns_are_left_out(noun: str) -> None:
    assert noun not in default_lexicon().words("person_nouns")


def test_person_nouns_join_the_hand_kept_nouns_of_news() -> None:
    news = default_lexicon().words("person_nouns_news")
    assert {"spokesperson", "mayor", "sibling"} <= news == NEWS_PERSON_NOUNS
    assert news < PERSON_NOUNS
    assert len(PERSON_NOUNS) > 10 * len(news)
