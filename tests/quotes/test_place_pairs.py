"""A ``Place, Region`` pair inside an appositive: the speaker is the name before the appositive."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Maria Lopez, dean of engineering at the University of Texas, Austin, said,"
            ' "We expect more applicants this year."',
            "Maria Lopez",
        ),
        (
            "Paul Grant, director of the museum in Bath, England, said that the loans would end.",
            "Paul Grant",
        ),
        (
            "Paul Grant, who runs a gallery in Lyon, France, said that the loans would end.",
            "Paul Grant",
        ),
        (
            "Ann Whitford, 54, of Dayton, Ohio, told reporters that the plant would close.",
            "Ann Whitford",
        ),
        (
            'Ann Whitford, a nurse at a clinic in Leeds, Yorkshire, said "We have no beds left."',
            "Ann Whitford",
        ),
        (
            "Oscar Delgado, a farmer from Fresno, California, said that the drought was the"
            " worst he had seen.",
            "Oscar Delgado",
        ),
    ],
)
def test_region_of_a_place_is_no_apposed_name(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The city's ally, Poland, said it would send aid.", "Poland"),
        ("A nurse in Dayton, Ohio, Ana Costa, said the ward was full.", "Ana Costa"),
    ],
)
def test_a_name_in_apposition_still_speaks(fast_quotes: QuoteRows, text: str, speaker: str) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor of Dayton, Ohio, said the plant would close.", "The mayor of Dayton"),
        ("Residents of Leeds, England, say the buses are late.", "Residents of Leeds"),
        (
            "The University of Arkansas, Fayetteville, said it would reopen.",
            "University of Arkansas",
        ),
    ],
)
def test_description_ending_in_a_place_pair_speaks(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _quote, name in fast_quotes(text)] == [speaker]
