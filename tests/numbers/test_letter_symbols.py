"""Currency letter symbols in the forms news writes them; unit letters ending a sentence."""

from __future__ import annotations

import pytest

from .helpers import claims, only


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The cooperative paid farmers KSh 42 a kilo for their coffee.", 42, "KES"),
        ("Bus fares in Kisumu rose to KSh 120 on Monday.", 120, "KES"),
        ("The county budget of Kshs 9.4 billion was approved.", 9.4e9, "KES"),
        ("A litre of milk now costs KShs 65 in the capital.", 65, "KES"),
        ("The stadium will cost Kshs 3 billion to rebuild.", 3e9, "KES"),
        ("Traders in Arusha sold maize at Tsh 900 a kilo.", 900, "TZS"),
        ("The ferry ticket went up to Tshs 1,500 last week.", 1500, "TZS"),
        ("A boda boda ride in Kampala costs Ush 5,000.", 5000, "UGX"),
        ("The ministry set aside UShs 40 billion for roads.", 4e10, "UGX"),
        ("The harbour levy was Fbu 2,000 a tonne.", 2000, "BIF"),
        ("The co-op repaid NFk 300,000 of its loans.", 300000, "ERN"),
    ],
)
def test_letter_symbol_case_and_plural_variants(text: str, value: float, unit: str) -> None:
    claim = only(text, "money")
    assert claim.value == pytest.approx(value)
    assert claim.unit is not None and claim.unit.split()[0] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Forecasters expect the afternoon high to reach 97F.", 97, "fahrenheit"),
        ("The lake stayed warm overnight at 78F.", 78, "fahrenheit"),
        ("Night-time temperatures will not fall below 70F. Rain is unlikely.", 70, "fahrenheit"),
        ("Lows on the coast will be no cooler than 81F.", 81, "fahrenheit"),
        ("The thermometer in the square read 41C.", 41, "celsius"),
        ("Inland valleys could see highs of 39C. Fire crews are on alert.", 39, "celsius"),
        ("The pool was heated to 28C.", 28, "celsius"),
        ("By dawn the desert had cooled to 12C.", 12, "celsius"),
        ("Highs in the city will top 102F.", 102, "fahrenheit"),
        ("Frost warnings were lifted once the air warmed past 35F.", 35, "fahrenheit"),
    ],
)
def test_unit_letter_before_the_sentence_full_stop(text: str, value: float, unit: str) -> None:
    claim = only(text, "measure")
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The act was named after John F. Kennedy in 1964.",
        "Room 4 F. was closed for repairs.",
    ],
)
def test_unit_letter_of_an_initial_is_no_unit(text: str) -> None:
    assert all(c.kind != "measure" for c in claims(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Cocoa farmers in Ashanti will be paid GH¢14,000 a tonne this season.",
            14000,
            "GHS per metric ton",
        ),
        ("The assembly approved a GH¢ 250 million bond for the new market.", 2.5e8, "GHS"),
        ("A trotro fare from Madina to Accra Central is now GH¢9.", 9, "GHS"),
        ("Tema port earned GH¢4.2 billion in levies last year.", 4.2e9, "GHS"),
        ("Fuel prices jumped to GH¢16.85 a litre on Tuesday.", 16.85, "GHS per litre"),
        ("The minister said GH¢120m had been recovered from ghost workers.", 1.2e8, "GHS"),
        ("Each student receives a GH¢500 grant under the scheme.", 500, "GHS"),
        ("The cedi closed at GH¢12.40 per dollar, its weakest since March.", 12.4, "GHS per USD"),
        ("The fine was raised from GH¢600 to GH¢2,400.", None, "GHS"),
        ("Shops in Kumasi sold a crate of eggs for GH¢75 on Saturday.", 75, "GHS"),
    ],
)
def test_cedi_symbol_typed_with_the_cent_sign(text: str, value: float | None, unit: str) -> None:
    found = [c for c in claims(text) if c.kind == "money"]
    assert found and all(c.unit == unit for c in found), [(c.value, c.unit) for c in found]
    if value is not None:
        assert found[0].value == pytest.approx(value)


@pytest.mark.parametrize("text", ["The stall sold pencils at 40¢ each.", "Stamps rose by 5¢."])
def test_cent_sign_alone_stays_a_cent(text: str) -> None:
    claim = only(text, "money")
    assert claim.unit == "cent"
