"""A paragraph ending in a colon announces the quotation that opens the next one.

``The Harbor Ledger reports:`` / ``"In a sign of ..."``: the quotation is a
direct quote of the introducing sentence's subject.  Every sentence is
invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

QuoteRows = Callable[[str], list[tuple[str, str | None]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harbor Ledger reports:\n\n"
            '"In a sign of the strain on the budget, the city has delayed three road '
            'projects until next year."',
            [
                (
                    '"In a sign of the strain on the budget, the city has delayed three '
                    'road projects until next year."',
                    "Harbor Ledger",
                )
            ],
        ),
        (
            "Pollster Ann Kowal continued:\n\n"
            '"The numbers are very similar across every region we surveyed this month."',
            [
                (
                    '"The numbers are very similar across every region we surveyed this month."',
                    "Ann Kowal",
                )
            ],
        ),
        (
            "Councillor Raj Patel disagreed with the mayor on almost every point on Monday."
            "\n\nHe said:\n\n"
            '"The city has no plan for the roads and the people know it."',
            [('"The city has no plan for the roads and the people know it."', "Raj Patel")],
        ),
        (
            "Mayor Dana Whitlow spoke after the vote. Her rival, Councillor Raj Patel, "
            'was blunt. "It is a bad day," he said.\n\n'
            "Whitlow wrote:\n\n"
            '"We listened to every resident who came to the hearings this spring."',
            [
                ('"It is a bad day,"', "Raj Patel"),
                (
                    '"We listened to every resident who came to the hearings this spring."',
                    "Dana Whitlow",
                ),
            ],
        ),
        (
            "Later that evening, Premier Jo Hart added:\n\n"
            '"If the province does not act, our members will walk out on Monday."',
            [
                (
                    '"If the province does not act, our members will walk out on Monday."',
                    "Jo Hart",
                )
            ],
        ),
    ],
)
def test_colon_paragraph_announces_the_next_quotation(
    text: str, expected: list[tuple[str, str]], fast_quotes: QuoteRows
) -> None:
    assert fast_quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Read more:\n\n"
        '"The storm is expected to make landfall late on Tuesday night," officials said.',
        "Here is what we know so far:\n\n"
        '"The storm is expected to make landfall late on Tuesday night," officials said.',
    ],
)
def test_a_label_before_a_colon_announces_no_speaker(text: str, fast_quotes: QuoteRows) -> None:
    assert [name for _, name in fast_quotes(text)] == ["officials"]
