"""Money: currency signs, codes and names, scales, minor units and per-unit prices."""

from __future__ import annotations

import pytest

from .helpers import claims, only, span


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("trade reached a record US$240-billion.", 2.4e11, "USD"),
        ("It raised $1.5 billion.", 1.5e9, "USD"),
        ("a C$3 million charge", 3e6, "CAD"),
        ("an A$5m grant", 5e6, "AUD"),
        ("flights worth HK $216,925", 216925, "HKD"),
        ("a €5bn fund", 5e9, "EUR"),
        ("a £2.5m payment", 2.5e6, "GBP"),
        ("exports of 3 trillion yuan", 3e12, "CNY"),
        ("a loan of 1.2 million roubles", 1.2e6, "RUB"),
        ("a loan of 1.2 million rubles", 1.2e6, "RUB"),
        ("sales of 323 million euros", 3.23e8, "EUR"),
        ("a notebook for 1,200€", 1200, "EUR"),
        ("She offered to sell the old bicycle for USD 150.", 150, "USD"),
        ("losses in excess of 30 MUSD", 3e7, "USD"),
        ("Nintendo fell to Y=28,030", 28030, "JPY"),
        ("a package worth up to PS2.7m", 2.7e6, "GBP"),
        ("Heineken Malaysia rose to RM23.50", 23.5, "MYR"),
        ("it cost 361 million pounds", 3.61e8, "GBP"),
        ("a settlement of 7.25 million Australian dollars", 7.25e6, "AUD"),
        ("It is a million dollar house.", 1e6, "USD"),
    ],
)
def test_currency_value_and_code(text: str, value: float, unit: str) -> None:
    claim = only(text, "money")
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit


def test_the_seed_figure_is_a_record_with_scale_and_symbol() -> None:
    text = "Last year, bilateral trade between Canada and Mexico reached a record US$240-billion."
    claim = only(text, "money")
    assert span(text, claim) == "US$240-billion"
    assert claim.value == pytest.approx(2.4e11)
    assert claim.qualifier == "record"
    assert claim.attributes["record"] is True
    assert claim.attributes["scale"] == "billion"
    assert claim.attributes["currency_symbol"] == "US$"
    assert claim.subject is not None
    assert text[claim.subject.start : claim.subject.end] == (
        "bilateral trade between Canada and Mexico"
    )


def test_parentheses_do_not_make_a_figure_negative() -> None:
    text = "It reported a loss (US$473 million) for the year."
    claim = only(text, "money")
    assert claim.value == pytest.approx(4.73e8)
    assert span(text, claim) == "US$473 million"


def test_a_minus_sign_after_the_currency_sign_is_negative() -> None:
    claim = only("the trade balance fell to $-50.8bn in April", "money")
    assert claim.value == pytest.approx(-5.08e10)


def test_a_bare_dollar_sign_is_marked_as_assumed_us_dollars() -> None:
    assert only("It costs $30.", "money").attributes["currency_assumed"] is True
    assert "currency_assumed" not in only("It costs US$30.", "money").attributes


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The contract was up 19 cents.", 19, "cent"),
        ("a 12-cent-a-share dividend", 12, "cent per share"),
        ("shares closed at 118.5p", 118.5, "penny"),
        ("crude was at US $58.24 per barrel", 58.24, "USD per barrel"),
        ("a $3500 a month mortgage", 3500, "USD per month"),
        ("priced at under $10 per gram", 10, "USD per gram"),
    ],
)
def test_minor_units_and_prices_per_unit(text: str, value: float, unit: str) -> None:
    claim = only(text, "money")
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bill came to eleven dollars and twenty-five cents", 11.25),
        ("It costs 15 dollars 50.", 15.5),
        ("It cost 3 dollars 50 cents.", 3.5),
    ],
)
def test_dollars_and_cents(text: str, value: float) -> None:
    assert only(text, "money").value == pytest.approx(value)


def test_a_year_later_is_not_a_price_per_year() -> None:
    claim = only("Revenue was $6.78 billion a year earlier.")
    assert claim.unit == "USD"


def test_two_amounts_in_two_currencies() -> None:
    found = claims("a net profit of 333.6 million yen ($3.1 million)")
    assert [(c.unit, c.value) for c in found] == [("JPY", 3.336e8), ("USD", 3.1e6)]


def test_a_converted_amount_in_brackets_before_a_denominator_is_its_own_figure() -> None:
    text = "a threat to Israel's 6 billion shekels ($1.7 billion) a year wine sector"
    found = claims(text)
    assert [(c.value, c.unit) for c in found] == [(6e9, "ILS per year"), (1.7e9, "USD")]
    assert span(text, found[0]) == "6 billion shekels"
