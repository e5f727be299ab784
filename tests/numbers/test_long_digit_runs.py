"""A digit run longer than Python converts to an integer is read without an error."""

from __future__ import annotations

import pytest

from .helpers import claims


@pytest.mark.parametrize(
    "text",
    [
        "0" * 4301,
        "2" * 4400,
        "Text: " + "5" * 6000,
        "May " + "1" * 5000,
        "1" * 5000 + " May 2024",
        "The " + "7" * 4500 + "th runner finished.",
        "On 16 May the index read " + "3" * 4400 + ".",
    ],
)
def test_a_very_long_digit_run_raises_no_error(text: str) -> None:
    claims(text)
