"""A clause whose only quotations are titles is narrative: it names the next quotation's speaker.

``On "Face the Nation," Sen. Ruth Kane pointed to ...`` / ``"The younger
people are ..."``: the quoted programme's name is no quote, so the person
the clause opens with says the quotation that follows, as after a clause
with no quotation.  Every sentence is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

QuoteRows = Callable[[str], list[tuple[str, str | None]]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Governor Mike Pence spoke on Sunday. "We will win," he said.\n\n'
            'On "Face the Nation," Sen. Ruth Kane, who lost the primary to Pence, '
            'pointed to the energy of young voters. "The younger people are more '
            'open than any generation in history."',
            "Ruth Kane",
        ),
        (
            'Coach Dana Pruitt was upbeat. "We are ready," she said.\n\n'
            'After "The Long Run," director Omar Haddad thanked the crew. "This '
            'film took six years of my life."',
            "Omar Haddad",
        ),
        (
            'Mayor Tom Hale opened the meeting. "Let us begin," he said.\n\n'
            'In "Cities of Tomorrow," Lena Fisk looks back on her career. "I never '
            'wanted to build towers."',
            "Lena Fisk",
        ),
        (
            'Coach Dana Pruitt was upbeat. "We are ready," she said.\n\n'
            'On "Morning Edition," Senator Omar Haddad looked ahead to the vote. '
            '"We have the numbers this time."',
            "Omar Haddad",
        ),
        (
            'Chef Ruth Kane cooked for the guests. "Eat well," she said.\n\n'
            'On "Hockey Night," coach Carl Ng talked about the playoffs. "Every '
            'game from now on is a final."',
            "Carl Ng",
        ),
    ],
)
def test_clause_with_a_title_names_the_next_speaker(
    text: str, speaker: str, fast_quotes: QuoteRows
) -> None:
    assert fast_quotes(text)[-1][1] == speaker
