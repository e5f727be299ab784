"""Letters after a name and a firm's name with ``&`` as an affiliation.

* letters for a seat or an honour written after a person's name (``Nuala
  Brennan TD``, ``Owen Pryor MLA``, ``Ruth Adair KC``; the lexicon's
  ``post_nominals``) are no part of the speaker's name;
* a firm named by its partners joined with ``&`` after ``of``, ``at`` or
  ``with`` (``Hal Okoro of Brant & Weller``) is the person's affiliation: the
  person speaks, not the firm.

Every sentence is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import SaidBy


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nuala Brennan TD said the bypass had been delayed for a decade.", "Nuala Brennan"),
        ("Owen Pryor MLA said the clinic would close its doors in March.", "Owen Pryor"),
        ("Ruth Adair KC told the tribunal her client had never seen the contract.", "Ruth Adair"),
        ("Padraig Lyons TD told the Dáil the scheme was a shambles.", "Padraig Lyons"),
        ("Moira Tulloch MSP said the ferry contract was a scandal.", "Moira Tulloch"),
    ],
)
def test_post_nominal_is_no_part_of_the_name(text: str, speaker: str, all_said_by: SaidBy) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hal Okoro of Brant & Weller wrote that the slump looked brief.",
            "Hal Okoro",
        ),
        ("Greta Lund of Pascoe & Vine said the merger would face a long review.", "Greta Lund"),
        ("Ivo Marsh at Quill & Ferris told clients the rally had further to run.", "Ivo Marsh"),
        ("Dara Fenn with Holt & Beck said the fund had cut its holdings.", "Dara Fenn"),
        (
            "Analyst Tomas Reid of Carver & Stone said margins would recover.",
            "Tomas Reid",
        ),
    ],
)
def test_firm_with_ampersand_is_an_affiliation(
    text: str, speaker: str, all_said_by: SaidBy
) -> None:
    all_said_by(text, speaker)
