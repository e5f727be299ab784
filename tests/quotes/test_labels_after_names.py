"""Labels set off by commas after a name: a party label, a region of an unknown place."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rep. Ann Holt, R-Texas, said the vote was close.", "Ann Holt"),
        ("The sponsor, Sen. Mark Dill, DFL-Duluth, said he would oppose the bill.", "Mark Dill"),
        ("Rep. Lena Ford, D-New York, said the measure would cost too much.", "Lena Ford"),
        ("Sen. Carl Boyd, I-Vt, told reporters the deal was dead.", "Carl Boyd"),
        ("Its author, Rep. Joan Wiles, R-Ohio, said the rules were overdue.", "Joan Wiles"),
    ],
)
def test_party_label_is_no_name(fast_quotes: QuoteRows, text: str, speaker: str) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Its chairman, Bernard Quill, who runs the Blue Anchor in Ashby Fell, Cumbria,"
            " said the tax would close pubs.",
            "Bernard Quill",
        ),
        (
            "Its treasurer, Dora Lyle, who owns a cafe in Kirkby Moor, Devon, said the levy"
            " was unfair.",
            "Dora Lyle",
        ),
        (
            "Owen Pratt, who farms outside Dunmore Heath, Fermanagh, said the road had flooded.",
            "Owen Pratt",
        ),
        (
            "Greta Sands, who teaches at Holloway Hill, Dorset, said the roof leaked.",
            "Greta Sands",
        ),
        (
            "A parent, Iris Cole, who lives in Marston Vale, Bedfordshire, said the bus"
            " was always late.",
            "Iris Cole",
        ),
    ],
)
def test_region_after_an_unknown_place_is_no_name(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]
