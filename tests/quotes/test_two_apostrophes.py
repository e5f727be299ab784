"""Two apostrophes typed for a double quotation mark: ``''Not now,'' she said``.

Newswire text typed without a double mark writes two apostrophes for one;
they open and close a quotation as ``"`` does.  Every sentence is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse.attribution.marks import find_quote_blocks

QuoteRows = Callable[[str], list[tuple[str, str | None]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "''We will appeal,'' said Mr. Brandt.",
            [("''We will appeal,''", "Brandt")],
        ),
        (
            "Trade with its neighbours keeps the port busy. ''That's the weak spot,'' said "
            "Ana Ortiz, who heads the Trade Institute in Lima.",
            [("''That's the weak spot,''", "Ana Ortiz")],
        ),
        (
            "Several economists praised the plan.\n\n''You'd think the banks would object, "
            "but I haven't heard a word,'' said Mr. Brandt. ''The election pushed it aside.''",
            [
                ("''You'd think the banks would object, but I haven't heard a word,''", "Brandt"),
                ("''The election pushed it aside.''", "Brandt"),
            ],
        ),
        (
            "''It is the best day of my life,'' Coach Lena Fisk told reporters on Sunday.",
            [("''It is the best day of my life,''", "Lena Fisk")],
        ),
        (
            "Mayor Ruth Kane said on Friday: ''The pool will open in June.''",
            [("''The pool will open in June.''", "Ruth Kane")],
        ),
    ],
)
def test_two_apostrophes_quote(
    text: str, expected: list[tuple[str, str]], fast_quotes: QuoteRows
) -> None:
    assert fast_quotes(text) == expected


def test_two_apostrophes_pair_as_one_double_mark() -> None:
    text = "''Don't go,'' she said. It was the voters' choice."
    blocks = find_quote_blocks(text, [(0, len(text))]).blocks
    assert [(text[b.start : b.end], b.family) for b in blocks] == [("''Don't go,''", "double")]
