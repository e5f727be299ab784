# ruff: noqa: E501 (one invented sentence per line)
"""An institution's description names no institution its own sentence names after it.

``The cuts follow pressure from activist investor Halverson Road Partners,
which disclosed a 7% stake. The firm has called on Brightpath to ...``: the
firm is not Brightpath, an argument of its own clause, but the institution
of its kind that the sentence before introduced.  Invented sentences
through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Brightmoor Software Inc. said Tuesday it would cut 900 jobs.\n\n"
            "The cuts follow pressure from activist investor Halverson Road Partners, which disclosed a 7% stake in August. The firm has publicly called on Brightmoor to sell its payroll unit.",
            "to sell its payroll unit",
            "Halverson Road Partners",
        ),
        (
            "Orvane Systems Corp. lost a major defence contract on Monday.\n\n"
            "The contract went to rival Kestrel Labs Inc., which underbid it by 20%. The company said Orvane had never been in the running.",
            "Orvane had never been in the r",
            "Kestrel Labs Inc.",
        ),
        (
            "Ridgeway Energy Corp. rejected a takeover bid on Friday.\n\n"
            "The offer came from Calder Oil Inc., which already owns 9% of its shares. The company said it would take its offer directly to Ridgeway shareholders.",
            "it would take its offer direct",
            "Calder Oil Inc.",
        ),
        (
            "Marlow Brewing Co. has been bought for $80 million.\n\n"
            "The buyer is Hartwell Drinks Ltd., which owns 14 breweries. The company said it would keep the Marlow name.",
            "it would keep the Marlow name",
            "Hartwell Drinks Ltd.",
        ),
        (
            "Pinecrest Foods Ltd. lost its biggest customer this week.\n\n"
            "The loss follows a review by grocer Valumart Stores Inc., which had stocked its jams for 20 years. The company said Pinecrest had raised prices twice.",
            "Pinecrest had raised prices tw",
            "Valumart Stores Inc.",
        ),
        (
            "Seaview Airlines Ltd. said it would drop six routes.\n\n"
            "The routes go to Skyward Air Corp., which flies from the same airports. The company said it would hire some Seaview staff.",
            "it would hire some Seaview sta",
            "Skyward Air Corp.",
        ),
        (
            "Delmont Mining Corp. has lost a court fight over its Yukon claims.\n\n"
            "The case was brought by Northern Metals Inc., which holds the neighbouring claims. The company said Delmont had drilled on its land.",
            "Delmont had drilled on its lan",
            "Northern Metals Inc.",
        ),
        (
            "Kinsey Media Group said it would close two papers.\n\n"
            "The papers will be bought by Lakeshore Press Inc., which owns 11 dailies. The company said it would keep both newsrooms open and that Kinsey staff could apply.",
            "it would keep both newsrooms o",
            "Lakeshore Press Inc.",
        ),
        (
            "Tallis Pharma Inc. shares fell 8% on Thursday.\n\n"
            "The drop followed a report by short seller Graywater Research LLC, which has bet against the stock. The firm said Tallis had overstated its sales.",
            "Tallis had overstated its sale",
            "Graywater Research LLC",
        ),
        (
            "Fenwick Steel Ltd. lost its biggest order this year.\n\n"
            "The order went to Oberlin Metals Corp., which cut its price by a third. The company said Fenwick had been outbid fairly.",
            "Fenwick had been outbid fairly",
            "Oberlin Metals Corp.",
        ),
    ],
)
def test_an_institution_named_in_the_clause_is_not_the_description(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name


def test_the_company_spoken_of_before_keeps_its_description(fast_quotes: QuoteRows) -> None:
    text = (
        "Brightmoor Software Inc. said Tuesday it would cut 900 jobs.\n\n"
        "The company said the cuts would save $80 million a year."
    )
    assert speaker_of(fast_quotes(text), "the cuts would save") == "Brightmoor Software Inc."
