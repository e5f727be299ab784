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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Striker Omar Fenwick scored early for Regina, his sixth goal. “I should have had two,” Fenwick said.\n\nHalifax’s Tavi Park equalized with his first goal of the season. Park said the pitch was slow. “It suited us,” he said.",
            "Tavi Park",
        ),
        (
            "Goalie Pete Lambrecht made 30 saves for Calgary. “We hung on,” Lambrecht said.\n\nWinnipeg’s Jun-seo Park scored the only goal with his backhand. Park said the puck took a bounce. “I just tapped it,” he said.",
            "Jun-seo Park",
        ),
        (
            "Singer Dana Morrow won the folk prize, her second. “I am stunned,” Morrow said.\n\nOttawa’s Aru Hall took the jazz prize with her quartet. Hall said the band had rehearsed for a year. “We earned it,” she said.",
            "Aru Hall",
        ),
        (
            "Coach Frank Ilves said his team was tired. “We need rest,” Ilves said.\n\nQuebec’s Tae-yang Park led all scorers in his first start. Park said the crowd helped. “It was loud,” he said.",
            "Tae-yang Park",
        ),
        (
            "Chef Marta Quillan won the city contest. “I cooked my grandmother’s stew,” Quillan said.\n\nToronto’s So-yeon Hall placed second with her pork dumplings. Hall said the judges were fair. “No complaints,” she said.",
            "So-yeon Hall",
        ),
    ],
)
def test_a_place_in_the_possessive_is_no_part_of_a_name_and_a_pronoun_continues_it(
    text: str, speaker: str
) -> None:
    assert last_speaker(text) == speaker
