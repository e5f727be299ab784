"""The lexicon's institution nouns: WordNet's (``institution_nouns``) and the hand-kept kinds."""

from __future__ import annotations

import pytest

from newsparse.attribution.wordlists import INSTITUTION_KINDS, ORG_NOUNS
from newsparse.lexicon import default_lexicon


def _generated() -> dict[str, str]:
    return {noun: kind for noun, kind in default_lexicon().table("institution_nouns")}


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("dealership", "business"),
        ("pharma", "business"),
        ("hedgefund", "business"),
        ("copartnership", "business"),
        ("polytechnic", "education"),
        ("kindergarten", "education"),
        ("seminary", "education"),
        ("gendarmerie", "police"),
        ("constabulary", "police"),
        ("senate", "government"),
        ("bureau", "government"),
        ("regime", "government"),
        ("lawcourt", "court"),
        ("consortium", "civic"),
        ("sorority", "civic"),
        ("denomination", "civic"),
        ("brigade", "military"),
        ("militia", "military"),
        ("party", "political"),
        ("team", "sport"),
    ],
)
def test_wordnet_institution_nouns_are_loaded_with_their_kind(noun: str, kind: str) -> None:
    assert _generated()[noun] == kind
    assert noun in ORG_NOUNS


@pytest.mark.parametrize(
    "noun",
    [
        # institutions of every kind: no kind of their own
        "organization",
        "institution",
        "committee",
        "board",
        "group",
        "office",
        # a nation is a place's people; a crew or a family no institution
        "country",
        "crew",
        "family",
        # the businesses of a trade, no one institution
        "industry",
        # nouns of a bond between members as well as of a body
        "partnership",
        "fellowship",
        # plurals of another noun, names, things
        "troops",
        "authorities",
        "church",
        "table",
        # proper names WordNet writes with capitals
        "nasa",
        "interpol",
    ],
)
def test_other_nouns_names_and_plurals_are_left_out(noun: str) -> None:
    assert noun not in _generated()


def test_the_hand_kept_kinds_decide_first() -> None:
    hand = {noun: kind for noun, kind in default_lexicon().table("institution_kinds")}
    generated = _generated()
    # WordNet's first sense of ``squad`` is a military unit; news writes it of a team
    assert generated["squad"] == "military" and hand["squad"] == "sport"
    assert INSTITUTION_KINDS["squad"] == "sport"
    # ``the co-op``, an institution noun kept by hand with no kind, names one of any kind
    assert generated["co-op"] == "business" and "co-op" not in INSTITUTION_KINDS
    assert {noun: kind for noun, kind in generated.items() if noun not in ("co-op", "regime")} | (
        hand
    ) == dict(INSTITUTION_KINDS)
    assert len(generated) > 100
