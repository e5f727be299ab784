"""A fuller name that adds a plural noun of people names another body.

``Boreal Air`` ... ``The Boreal Air Pilots Association said`` ... ``Boreal Air
said``: the union named after the company and its pilots is not the
company's fuller name, so the company's own reports (``Boreal Air said``,
``the airline said``) stay the company's.  Every text here is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Pilots at Boreal Air could strike on Monday. The Boreal Air Pilots"
            " Association said talks had broken down. The airline said it would rebook"
            " passengers.",
            "it would rebook passengers",
            "Boreal Air",
        ),
        (
            "Nurses at Kestrel Health voted to strike. The Kestrel Health Nurses Union"
            " said staffing was unsafe. Kestrel Health said it would keep clinics open.",
            "it would keep clinics open",
            "Kestrel Health",
        ),
        (
            "Drivers at Pellbrook Transit walked out. The Pellbrook Transit Drivers Guild said"
            " the offer was an insult. Pellbrook Transit said buses would run on Sunday.",
            "buses would run on Sunday",
            "Pellbrook Transit",
        ),
        (
            "Workers at Fenmore Foods want a raise. The Fenmore Foods Workers Association"
            " said the talks had stalled. The company said it had made a fair offer.",
            "it had made a fair offer",
            "Fenmore Foods",
        ),
        (
            "Pilots at Tarn Air rejected the deal. The Tarn Air Pilots Association said"
            " members would vote again. Tarn Air said it was disappointed.",
            "it was disappointed",
            "Tarn Air",
        ),
        (
            "Teachers at Halloway Academy rejected the offer. The Halloway Academy"
            " Teachers Federation said classes were too big. Halloway Academy said the"
            " offer was final.",
            "the offer was final",
            "Halloway Academy",
        ),
        (
            "Nurses at Brenna Clinic marched on Monday. The Brenna Clinic Nurses Union"
            " said shifts were too long. The clinic said it had hired six nurses.",
            "it had hired six nurses",
            "Brenna Clinic",
        ),
        (
            "Drivers at Coldwater Coaches stopped work. The Coldwater Coaches Drivers"
            " Association said pay was frozen. The company said routes would resume.",
            "routes would resume",
            "Coldwater Coaches",
        ),
    ],
)
def test_a_union_named_after_a_company_is_no_fuller_name_of_it(
    text: str, content: str, speaker: str, fast_quotes: QuoteRows
) -> None:
    assert (content, speaker) in fast_quotes(text)
