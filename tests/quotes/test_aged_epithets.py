# ruff: noqa: E501 (one invented sentence per line)
"""An age makes a definite description a person's: ``the 44-year-old star``.

``TV chef Dom Kavanagh's restaurant has been shut ... the 44-year-old star
told viewers``: a definite description with an age, whatever its noun
(``star``, ``forward``), names the person named last, though only as a
possessor, when nothing else resolves it.  Invented sentences through the
fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Singer Mia Lowe’s tour bus was stolen in Leeds.\n\n"
            "On Sunday the 31-year-old star posted: “Whoever has it, please give back the guitars.”",
            "Whoever has it, please",
            "Mia Lowe",
        ),
        (
            "Comedian Ray Fulton’s gig was cut short by a fire alarm.\n\n"
            "The 52-year-old star joked: “At least the crowd was warm.”",
            "At least the crowd",
            "Ray Fulton",
        ),
        (
            "Actor Leo Varga’s film has been pulled from cinemas.\n\n"
            "The 61-year-old star said: “I am as baffled as anyone.”",
            "I am as baffled",
            "Leo Varga",
        ),
        (
            "Boxer Tessa Blum’s title fight has been postponed.\n\n"
            "The 27-year-old champion said: “I will be ready whenever they are.”",
            "I will be ready",
            "Tessa Blum",
        ),
        (
            "Tennis ace Ellie Marsh’s coach has quit.\n\n"
            "The 19-year-old star said: “We wanted different things.”",
            "We wanted different things",
            "Ellie Marsh",
        ),
        (
            "Rapper Kofi Mensah’s album has topped the charts.\n\n"
            "The 26-year-old star said: “I made it in my bedroom.”",
            "I made it in",
            "Kofi Mensah",
        ),
        (
            "TV chef Dom Kavanagh’s flagship restaurant has been shut by inspectors.\n\n"
            "Just last month the 44-year-old star told viewers: “Clean as you go.”",
            "Clean as you go",
            "Dom Kavanagh",
        ),
        (
            "Harbour City striker Ade Okoro’s transfer has collapsed at the last minute.\n\n"
            "On Friday the 24-year-old forward said: “I am staying, and I am happy.”",
            "I am staying, and",
            "Ade Okoro",
        ),
        (
            "Soap actress Tamsin Vale’s wedding has been called off.\n\n"
            "The 35-year-old star said: “We are still best friends.”",
            "We are still best",
            "Tamsin Vale",
        ),
        (
            "Pop singer Jody Marsh’s concert was cancelled because of snow.\n\n"
            "The 23-year-old star said: “I am gutted for the fans.”",
            "I am gutted for",
            "Jody Marsh",
        ),
    ],
)
def test_an_aged_description_names_the_person_named_last(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
