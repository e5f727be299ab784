"""Words that begin like a denominator, bare numbers parallel to a count, rates and ages."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Kenyan crossed the line 4 seconds ahead of her rival.", 4, "second"),
        ("The champion sits 11 points ahead of the chasing pack.", 11, "point"),
        ("Our bus arrived 20 minutes ahead of schedule.", 20, "minute"),
        ("She closed out her win 3 strokes ahead.", 3, "stroke"),
        ("The Greens polled 6% ahead of the Liberals.", 6, "percentage"),
        ("The leader is now 2 laps ahead of everybody.", 2, "lap"),
        ("Work on the bridge is 5 months ahead of plan.", 5, "month"),
        ("The yacht was 12 miles ahead when the wind dropped.", 12, "mile"),
        ("Bids came in $4 million ahead of the reserve.", 4_000_000, "USD"),
        ("The home side went 2 goals ahead before the break.", 2, "goal"),
        ("Sales ran 8 per cent ahead of forecasts.", 8, "percentage"),
    ],
)
def test_ahead_is_no_denominator(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The rupee slid to Rs 83.9, while the Nifty lost 0.7% to 22,140.", 22_140),
        ("Gold climbed to $2,410 an ounce and the Dow rose 0.4% to 39,870.", 39_870),
        ("The krona weakened to 11.6 SEK as the OMX index fell 1.2% to 2,415.", 2_415),
        ("Bunds rallied to 98.2 euros; the DAX added 0.9 per cent to 18,312.", 18_312),
        ("Coffee jumped to 240 cents a pound while the CRB gained 2% to 290.", 290),
        ("Copper rose to $9,800 a tonne, and the BIST 100 shed 3% to 9,120.", 9_120),
        ("Home prices rose to £290,000 and the FTSE 100 climbed 0.3% to 8,150.", 8_150),
        ("Rents rose to €1,450 while the IPC slipped 0.5% to 55,400.", 55_400),
        ("Wheat rose to $6.10 a bushel, and the Bovespa jumped 1.8 percent to 128,500.", 128_500),
        ("The yen eased to ¥157 as the Nikkei advanced 1% to 38,640.", 38_640),
        ("Brent fell to $78 a barrel and the TSX dropped 0.6% to 21,990.", 21_990),
    ],
)
def test_an_index_level_after_a_percent_change_takes_no_earlier_currency(
    text: str, value: float
) -> None:
    assert _units(text)[value] is None
