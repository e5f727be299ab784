"""An honorific before a surname tells the person's sex over the baby-name table's guess."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A DUBLIN cabbie has found a lost violin.\n\n"
            "Lou Brannock, 61, spotted the case on the back seat on Friday.\n\n"
            "“It was worth more than my car,” he told us.\n\n"
            "Mr Brannock has since met the owner.",
            "Lou Brannock",
        ),
        (
            "A GLASGOW baker has won a national prize.\n\n"
            "Ally Menzies, 44, entered his rye loaf on a whim.\n\n"
            "“I nearly didn't bother,” he said.\n\n"
            "Mr Menzies now plans to open a second shop.",
            "Ally Menzies",
        ),
        (
            "A pensioner has been reunited with his stolen medals.\n\n"
            "Chrissie Fenlon, 88, served on minesweepers after the war.\n\n"
            "“I thought I would never see them again,” he said.\n\n"
            "Police returned them to Mr Fenlon on Tuesday.",
            "Chrissie Fenlon",
        ),
        (
            "A Leeds man has rowed across the Atlantic alone.\n\n"
            "Ainsley Pargeter, 39, set off from the Canaries in January.\n\n"
            "“The worst part was the silence,” he said.\n\n"
            "Mr Pargeter raised £40,000 for a hospice.",
            "Ainsley Pargeter",
        ),
        (
            "A farmer has found a hoard of Roman coins.\n\n"
            "Aggie Treloar, 57, was fencing a field when his spade struck a pot.\n\n"
            "“I thought it was a drain,” he told reporters.\n\n"
            "Mr Treloar will share the reward with the landowner.",
            "Aggie Treloar",
        ),
    ],
)
def test_mr_outvotes_a_baby_name_sex(fast_quotes: QuoteRows, text: str, speaker: str) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]
