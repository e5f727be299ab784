"""Exchange rates: an amount of one currency per unit of another, both by ISO 4217 code.

A bare number before ``per dollar`` writes no currency of its own and keeps
no unit.  Every sentence here is invented for the test; each states the
values and units of the sentence's quantities (dates, ranks and ordinals left out).
"""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Importers paid 149.8 yen per dollar in March.", [(149.8, "JPY per USD")]),
        ("The euro fetched 1.09 dollars to the euro.", [(1.09, "USD per EUR")]),
        ("Tourists got 83 rupees to the dollar at the border.", [(83, "INR per USD")]),
        ("Banks quoted 18.6 rand per U.S. dollar.", [(18.6, "ZAR per USD")]),
        ("The bureau sold 7.2 yuan per US dollar.", [(7.2, "CNY per USD")]),
        ("Traders paid 0.86 pounds sterling per euro.", [(0.86, "GBP per EUR")]),
        ("The peg held at 3.75 riyals to the dollar.", [(3.75, "SAR per USD")]),
        ("It fell to 1,380 won against the dollar.", [(1380, "KRW per USD")]),
        ("Exporters received 160 yen to the euro.", [(160, "JPY per EUR")]),
        ("The kiosk offered 1.45 Canadian dollars per US dollar.", [(1.45, "CAD per USD")]),
        ("The lira slid past 32 per dollar.", [(32, None)]),
    ],
)
def test_an_exchange_rate_is_one_currency_per_another(text: str, expected: Expected) -> None:
    check_values(text, expected)
