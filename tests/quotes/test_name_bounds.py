# ruff: noqa: E501 (one invented sentence per line)
"""Where a speaker's name ends, by linguistic class.

Every sentence is invented.  A name ends with its sentence (a period after a
word that is no abbreviation), with its paragraph (a byline is no part of the
dateline below it), and may hold lower-case particles (``Université de``).
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Counsel entered an audit from the Office of Rural Roads. The audit said the bridges were unsafe.",
            "Office of Rural Roads",
        ),
        (
            "The panel received a study from the Institute of Coastal Science. The study said the dunes were eroding.",
            "Institute of Coastal Science",
        ),
        (
            "Reporters obtained a memo from the Department of Water Works. The memo said the pipes were lead.",
            "Department of Water Works",
        ),
        (
            "The hearing saw a review by the Bureau of Fire Safety. The review said the exits were blocked.",
            "Bureau of Fire Safety",
        ),
        (
            "Lawyers filed a report from the Agency of Mines. Its authors met twice. The report said the shaft had flooded.",
            "Agency of Mines",
        ),
    ],
)
def test_a_document_author_ends_with_its_sentence(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "By Odile Varga-Lenz\n\nHALIFAX, N.S. — Historian Ines Brack of the Université de Halifax said the ferry dates from 1904.",
            "Ines Brack",
        ),
        (
            "By Tomas Ekwueme\n\nREGINA — Economist Lior Batz of the Institut de Regina said rents would rise.",
            "Lior Batz",
        ),
        (
            "By Marta Quell-Obi\n\nSUDBURY, Ont. — Geologist Ana Prieto of the Musée de la Mine said the rock was old.",
            "Ana Prieto",
        ),
        (
            "By Kofi Bramwell\n\nKELOWNA, B.C. — Biologist Ruth Ansel of the Institut de Kelowna said the lake was warming.",
            "Ruth Ansel",
        ),
        (
            "By Hana Oduya\n\nGATINEAU — Planner Yves Lamarre of the Ville de Gatineau said the bridge would reopen.",
            "Yves Lamarre",
        ),
    ],
)
def test_a_byline_and_a_dateline_and_an_affiliation_with_particles(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker
