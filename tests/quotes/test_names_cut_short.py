"""An inverted speaker whose surname the recogniser read as a title keeps its whole name.

``"People say, 'It will pass,'" said Tom Bishop.``: the entity ends at
``Tom``; the capitalised word after it, up to the clause's end or a comma,
finishes the name.  Every sentence is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

QuoteRows = Callable[[str], list[tuple[str, str | None]]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\"People say, 'It will pass,'\" said Tom Bishop.", "Tom Bishop"),
        ("\"They told us, 'Go home,'\" said Ann Judge, a nurse.", "Ann Judge"),
        ("\"My father always said, 'Work hard,'\" said Nora Pope.", "Nora Pope"),
        ("\"The sign read 'Closed,'\" said Carla Prince.", "Carla Prince"),
        ("\"He kept saying 'Sorry,'\" said Dana King, who lives nearby.", "Dana King"),
    ],
)
def test_inverted_speaker_keeps_its_surname(
    text: str, speaker: str, fast_quotes: QuoteRows
) -> None:
    assert [name for _, name in fast_quotes(text)] == [speaker]
