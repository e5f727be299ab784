"""An inverted speaker whose surname opens with an elided particle keeps it.

``“...,” said Colby d’Entremont, who ...``: a recogniser may end the person
at the given name, leaving out a surname written after ``d’`` or ``l’``
(an elided ``de`` or ``le``); the word finishes the name.  Every sentence is
invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import SaidBy


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We lost the whole week,” said Colby d’Entremont, who fishes nearby.",
            "Colby d’Entremont",
        ),
        ("“The wharf needs work,” said Luc l’Heureux.", "Luc l’Heureux"),
        ("“It was a long winter,” said Marie d'Amours, a baker.", "Marie d'Amours"),
        ("“Nobody called us,” said Rémi d’Aigle, who runs the inn.", "Rémi d’Aigle"),
        ("“Prices are up again,” said Josée l'Espérance.", "Josée l'Espérance"),
    ],
)
def test_elided_particle_ends_the_name(text: str, speaker: str, all_said_by: SaidBy) -> None:
    all_said_by(text, speaker)
