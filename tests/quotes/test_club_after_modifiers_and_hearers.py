"""``the club`` names the side, not a compound modifier nor the hearer of ``told``.

* a capitalised word joined by a hyphen to a lower-case one opening a
  sentence (``First-team coach Ivo Brant``) is a modifier of a title, which
  a recogniser may take for an institution: no side ``the club`` names;
* an institution after a form of ``tell`` (``told the BBC``) hears what is
  said: no side either.

Every paragraph is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Tarrant Rovers have sacked manager Dean Foyle after six straight defeats.\n\n"
            "First-team coach Ivo Brant will take the side to Dunmore on Saturday. The club"
            " said it would name a new manager within a month.",
            "Tarrant Rovers",
        ),
        (
            "Dunford Rovers have parted ways with manager Pat Rourke.\n\n"
            "Reserve-team coach Sam Leddy will lead training this week. The club said it had"
            " already spoken to several candidates.",
            "Dunford Rovers",
        ),
        (
            "Brenton United have dismissed manager Alan Hewitt.\n\n"
            "The chairman, Colin Brady, told the BBC the decision had been painful. The club"
            " said it hoped to appoint a successor by March.",
            "Brenton United",
        ),
        (
            "Ellery Rovers have sacked manager Ross Kane after a 4-0 defeat.\n\n"
            "Captain Joe Treacy told the BBC the players were shocked. The club said a"
            " caretaker would take charge on Tuesday.",
            "Ellery Rovers",
        ),
        (
            "Castlegate Rovers have dismissed manager Neil Boyd.\n\n"
            "Academy-team coach Tom Ashe will step in. The club said it was grateful to"
            " Boyd for his service.",
            "Castlegate Rovers",
        ),
    ],
)
def test_the_club_names_the_side(text: str, side: str, fast_quotes: QuoteRows) -> None:
    rows = [(content, name) for content, name in fast_quotes(text) if name is not None]
    assert rows and rows[-1][1] == side, rows
