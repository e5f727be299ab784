"""Digits grouped in thousands after a name, and a dollar's country glued before cents."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _values(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Closing levels: Nikkei 38,410.22 (+112.40), Hang Seng 17,905.10.", 38_410.22),
        ("Closing levels: Nikkei 38,410.22 (+112.40), Hang Seng 17,905.10.", 17_905.10),
        ("Europe at noon: Dax 18,215.6 (-0.4%), Cac 7,902.35 (-0.2%).", 18_215.6),
        ("Europe at noon: Dax 18,215.6 (-0.4%), Cac 7,902.35 (-0.2%).", 7_902.35),
        ("Late trade | Sensex 73,104.61 (+0.8%) | Nifty 22,182.05 (+0.7%)", 73_104.61),
        ("Late trade | Sensex 73,104.61 (+0.8%) | Nifty 22,182.05 (+0.7%)", 22_182.05),
        ("At the bell, Dow 40,003.59 and Nasdaq 16,794.87 both set records.", 40_003.59),
        ("At the bell, Dow 40,003.59 and Nasdaq 16,794.87 both set records.", 16_794.87),
        ("In Toronto, TSX 21,870.40 (+95.2); in Sydney, ASX 7,702.30 (-11.9).", 21_870.40),
        ("Markets: Bovespa 128,106 (+1.1%), Merval 1,204,300 (-2.3%).", 1_204_300),
        ("Markets: Bovespa 128,106 (+1.1%), Merval 1,204,300 (-2.3%).", 128_106),
    ],
)
def test_digits_grouped_in_thousands_after_a_name_are_a_figure(text: str, value: float) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fans queued for the PS5 launch on Friday.",
        "Leaders met at the G7 summit in June.",
        "The Boeing 737 fleet was grounded again.",
        "He upgraded to Windows 11 last spring.",
    ],
)
def test_names_with_numbers_stay_names(text: str) -> None:
    assert not [c for c in quantities(text) if c.kind in ("number", "count")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Australian dollar slipped to US64.8 cents overnight.", 64.8),
        ("The kiwi bought US59.35 cents in late Wellington trade.", 59.35),
        ("The loonie firmed to US73.1 cents after the jobs data.", 73.1),
        ("By 5pm the Aussie was fetching US65.02c, up from US64.7c.", 65.02),
        ("By 5pm the Aussie was fetching US65.02c, up from US64.7c.", 64.7),
        ("Traders pushed the Singapore dollar to US74 cents.", 74),
        ("The New Zealand dollar closed at US60.4 cents, its highest since May.", 60.4),
        ("A weak Aussie, worth about US66 cents, helps exporters.", 66),
        ("The currency ended the week at US71.25 cents against 72 a week ago.", 71.25),
        ("Analysts see the kiwi at US62c by year end.", 62),
    ],
)
def test_a_dollars_country_glued_before_cents_is_money(text: str, value: float) -> None:
    assert _values(text)[value] == "cent"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The board declared a final dividend of 38 HK cents a share.", 38),
        ("Shareholders will get 12.5 NZ cents per share in March.", 12.5),
        ("The stock slipped 4 HK cents to HK$7.12.", 4),
        ("The payout rises to 21 NZ cents from 19.", 21),
        ("Units last traded at 96 SG cents, a record low.", 96),
        ("The retailer will pay 7.5 NZ cents a share, fully imputed.", 7.5),
        ("The bank raised its dividend to 58 HK cents.", 58),
        ("Each note pays 3.2 AU cents a quarter.", 3.2),
        ("The fare rises by 40 HK cents next month.", 40),
        ("The trust paid a distribution of 5.1 SG cents per unit.", 5.1),
    ],
)
def test_a_dollars_country_spaced_before_cents_is_money(text: str, value: float) -> None:
    units = _values(text)
    assert units[value] is not None
    assert units[value].startswith("cent")  # type: ignore[union-attr]
