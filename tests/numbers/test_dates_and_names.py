"""Dates and years are their own kind; identifiers are not numbers; ranks and ordinals."""

from __future__ import annotations

import pytest

from .helpers import claims, only, quantities, span


@pytest.mark.parametrize(
    ("text", "date_text", "attributes"),
    [
        (
            "an accord signed in February, 2022, days before",
            "February, 2022",
            {"year": 2022, "month": 2},
        ),
        ("condemned it on May 16 and pledged", "May 16", {"month": 5, "day": 16}),
        (
            "The Cassini orbiter arrived at Saturn on June 30, 2004.",
            "June 30, 2004",
            {"year": 2004, "month": 6, "day": 30},
        ),
        ("he was fined on 1 May that year", "1 May", {"month": 5, "day": 1}),
        ("Last year, trade grew.", "Last year", {"date_type": "relative"}),
        ("the shares were delisted in 2016.", "2016", {"year": 2016}),
        ("Bitcoin was at $36,040 at 10.45pm last night", "10.45pm", {"hour": 22, "minute": 45}),
        ("updated 2:55 p.m. PT", "2:55 p.m. PT", {"hour": 14, "minute": 55}),
        ("its 2012–13 budget", "2012–13", {"year": 2012, "end_year": 2013}),
        ("in the 1990s", "1990s", {"date_type": "decade"}),
        ("profits in the first quarter", "first quarter", {"date_type": "relative"}),
        ("a deal struck in December", "December", {"month": 12}),
    ],
)
def test_dates(text: str, date_text: str, attributes: dict[str, object]) -> None:
    dates = [c for c in claims(text) if c.kind == "date"]
    assert [span(text, c) for c in dates].count(date_text) == 1
    (date,) = [c for c in dates if span(text, c) == date_text]
    assert date.value is None
    for key, value in attributes.items():
        assert date.attributes[key] == value


@pytest.mark.parametrize(
    "text",
    [
        "Compass was founded in 2012 and SoftBank invested in 2017.",
        "Between 1300 and 1850 glaciers advanced across the Alps.",
        "In 2021 most people worked from home.",
        "The 2019 Rich List was published.",
        "Utilities, 2017s best performing sector, slipped.",
        "The debut of the jet starting in 2011 was marred.",
    ],
)
def test_no_year_is_a_quantity(text: str) -> None:
    assert quantities(text) == []


def test_a_four_digit_count_is_not_a_year() -> None:
    claim = only("The army sent 2000 troops.", "count")
    assert claim.value == 2000


@pytest.mark.parametrize(
    "text",
    [
        "The COVID-19 pandemic hit hard.",
        "the COVID -19 tests failed",
        "The F-35 jets arrived.",
        "Leaders of the G7 met.",
        "NATO's Article 5 commits members.",
        "The iPhone 11 Pro was launched.",
        "the benchmark TA-25 index",
        "He lives at 575 Wilbraham Road.",
        "In the 90049 ZIP Code prices rose.",
        "The part 24703 L-202 is missing.",
        "Klay Thompson tied Game 7.",
        "see chapter 11 of the report",
        "the sp 500 is poised to drop",
        "The S&P 500 and the FTSE 100 were flat.",
        "the russell 2000 index of small caps",
        "hands-on with the iPhone 11 Pro and 11 Pro Max",
        "The 13 Mini is smaller.",
    ],
)
def test_identifiers_are_not_numbers(text: str) -> None:
    assert [c for c in quantities(text) if c.kind != "fraction"] == []


def test_a_name_before_a_unit_does_not_hide_the_figure() -> None:
    claim = only("The Surface Pro 13 inch is priced at exactly $1500.", "measure")
    assert (claim.value, claim.unit) == (13, "inch")


def test_ranks_from_superlatives() -> None:
    text = "Russia is now China's largest supplier of oil."
    claim = only(text, "rank")
    assert claim.value == 1
    assert claim.attributes["superlative"] == "largest"
    assert claim.subject is not None
    assert text[claim.subject.start : claim.subject.end] == "supplier of oil"


def test_a_ranked_superlative_with_an_ordinal() -> None:
    claim = only("Vancouver, Canada's third-largest city, hosts one refinery.", "rank")
    assert claim.value == 3


def test_a_superlative_without_scope_is_no_rank() -> None:
    assert [c for c in claims("even the smallest enemies fell") if c.kind == "rank"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Northwind became the first company to mine lithium in the valley.", 1),
        ("Florida came in second with 13 strikes.", 2),
        ("It broke through the mark for the first time.", 1),
    ],
)
def test_ordinals_that_state_a_rank(text: str, value: int) -> None:
    assert only(text, "ordinal").value == value


@pytest.mark.parametrize(
    "text",
    ["his second spell in England", "a third-round tie", "the 96th-minute winner"],
)
def test_other_ordinals_are_not_claims(text: str) -> None:
    assert [c for c in claims(text) if c.kind == "ordinal"] == []


@pytest.mark.parametrize("text", ["the one who left", "no one came", "each one they lose"])
def test_the_pronoun_one_is_no_figure(text: str) -> None:
    assert quantities(text) == []
