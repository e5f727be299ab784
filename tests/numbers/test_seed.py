"""The seed article: the figures the project was conceived for."""

from __future__ import annotations

import re

import pytest

from newsparse.builtin.numbers.processor import NumericClaimExtractor
from newsparse.model import Document, NumericClaim


@pytest.fixture
def seed_claims(shared_seed: str) -> list[tuple[str, NumericClaim]]:
    claims = NumericClaimExtractor().claims(Document(shared_seed))
    return [(shared_seed[c.start : c.end], c) for c in claims]


def test_the_record_trade_figure(
    seed_claims: list[tuple[str, NumericClaim]], shared_seed: str
) -> None:
    (claim,) = [c for text, c in seed_claims if text == "US$240-billion"]
    assert claim.kind == "money"
    assert claim.value == pytest.approx(2.4e11)
    assert claim.unit == "USD"
    assert claim.attributes["record"] is True
    assert claim.subject is not None
    assert shared_seed[claim.subject.start : claim.subject.end] == (
        "bilateral trade between China and Russia"
    )


def test_two_day_and_21_gun(seed_claims: list[tuple[str, NumericClaim]]) -> None:
    found = {text: c for text, c in seed_claims}
    assert (found["two-day"].kind, found["two-day"].value, found["two-day"].unit) == (
        "duration",
        2,
        "day",
    )
    assert (found["21-gun"].kind, found["21-gun"].value, found["21-gun"].unit) == (
        "count",
        21,
        "gun",
    )


def test_no_year_is_a_quantity(seed_claims: list[tuple[str, NumericClaim]]) -> None:
    for text, claim in seed_claims:
        if re.search(r"\b(19|20)[0-9]{2}\b", text):
            assert claim.kind == "date", text


def test_dates_of_the_seed(seed_claims: list[tuple[str, NumericClaim]]) -> None:
    dates = {text for text, c in seed_claims if c.kind == "date"}
    assert {"February, 2022", "May 16", "Last year", "Thursday"} <= dates


def test_the_rank_of_the_seed(seed_claims: list[tuple[str, NumericClaim]]) -> None:
    assert [c.kind for text, c in seed_claims if text == "largest"] == ["rank"]
