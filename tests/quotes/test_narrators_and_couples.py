"""First-person narrators, and couples named in the description's own paragraph.

``I`` outside any quotation is who narrates, never a person named.

A speaker label above the pronoun (a transcript's turn, a speaker's name
opening the remarks) names the narrator; with no label, the narrator is
nobody the article names, and the quote keeps the pronoun as its speaker
rather than the last person the narration spoke of.

``the couple`` or ``the pair`` is not a pair named together in an earlier
paragraph when its own paragraph speaks of two other people.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows

LABELLED = [
    (
        "Transcript of the harbour board meeting\n\nLena Marsh\n\n"
        "The mayor, Tom Reyes, phoned on Monday about the pier. "
        "I told him that the pilings would need replacing.",
        "Lena Marsh",
    ),
    (
        "Remarks by Governor Hal Denner at the Ridgeway plant\n\n"
        "Governor Hal Denner. Thank you all. Yesterday I met with Priya Nand, the plant's "
        "engineer. I said that the state would back the new line.",
        "Hal Denner",
    ),
    (
        "Interview with novelist Ines Corra\n\nInes Corra\n\nWhat brought you back to Lisbon?\n\n"
        "My editor, Paulo Mendes, insisted on it. I told him that the city had changed too much.",
        "Ines Corra",
    ),
    (
        "Panel on rural broadband\n\nDara Quill\n\n"
        "Good evening. My colleague Victor Halm could not attend. "
        "I warned that the grants would run out by autumn.",
        "Dara Quill",
    ),
    (
        "Hearing on the ferry contract\n\nSenator Ruth Ambler:\n\n"
        "Thank you. Last week the committee heard from Colin Dray, the minister. "
        "I replied that the tender had been rushed.",
        "Ruth Ambler",
    ),
]

UNNAMED = [
    (
        "I spent Tuesday with Mayor Tom Reyes at the flooded pier. "
        "I told him that the pilings looked rotten.",
        "Tom Reyes",
    ),
    (
        "Last spring I visited the clinic run by Dr. Ezra Kline in Dunmore. "
        "I argued that the waiting list was far too long.",
        "Ezra Kline",
    ),
    (
        "Good morning. It is an honour to share the stage with Senator Mavis Odell. "
        "I believe, and I have said, that rural schools deserve better.",
        "Mavis Odell",
    ),
    (
        "As a parent, I was grateful when Principal Rita Gomes called. "
        "I explained that my son needed a ride to the gym.",
        "Rita Gomes",
    ),
    (
        "My neighbour, Walter Brandt, asked me about the fence last week. "
        "I replied that the council had approved it.",
        "Walter Brandt",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), LABELLED)
def test_a_speaker_label_names_the_narrator(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert rows
    assert all(name == speaker for _, name in rows), rows


@pytest.mark.parametrize(("text", "named"), UNNAMED)
def test_an_unnamed_narrator_is_no_person_the_narration_names(
    fast_quotes: QuoteRows, text: str, named: str
) -> None:
    rows = fast_quotes(text)
    assert rows
    assert all(name != named for _, name in rows), rows
    assert all(name == "I" for _, name in rows), rows


def test_first_person_inside_a_quotation_keeps_its_speaker(fast_quotes: QuoteRows) -> None:
    text = (
        'Nurse Alma Pietsch described the night shift. "I told the manager that we were '
        'short of staff," Pietsch said.'
    )
    rows = fast_quotes(text)
    assert rows
    assert all(name == "Alma Pietsch" for _, name in rows), rows


COUPLES = [
    (
        "The festival opened with a set by Nora Velasquez and Tim Brandt, who have toured "
        "together since 2015.\n\nOrganiser Leo Hart's engagement to the violinist Mia Roux was "
        "announced in May. In June the couple said that they would marry at the festival.",
        "Nora Velasquez and Tim Brandt",
    ),
    (
        "Dana and Omar Reyes founded the trust in 2009.\n\nThe trust later hired Paul Kemper. "
        "His marriage to the architect Selma Okafor was reported last year, and the couple "
        "said that they hoped to build a school.",
        "Dana and Omar Reyes",
    ),
    (
        "Last season the theatre staged a play written by Ruth Iles and Owen Marsh.\n\n"
        "This spring the director, Felix Grau, married the actor Lina Bauer. The pair said "
        "that a honeymoon would have to wait.",
        "Ruth Iles and Owen Marsh",
    ),
    (
        "The club's founders, Hana and Jiro Sato, sold it in 2004.\n\nIts new owners, Ivan "
        "Petrov and his wife Olga Petrova, met Kurt Ebner at a trade fair. The couple said "
        "that the club would keep its name.",
        "Hana and Jiro Sato",
    ),
    (
        "The award was shared by Ada Lind and Mark Osei.\n\nAfter the ceremony, Victor Amadi "
        "proposed to Grace Nwosu on stage. The couple said that the date was not yet set.",
        "Ada Lind and Mark Osei",
    ),
]


@pytest.mark.parametrize(("text", "earlier"), COUPLES)
def test_a_couple_is_no_pair_of_an_earlier_paragraph(
    fast_quotes: QuoteRows, text: str, earlier: str
) -> None:
    rows = [row for row in fast_quotes(text) if row[0].startswith("that ")]
    assert rows
    assert all(
        name is not None and name.lower() in ("the couple", "the pair") for _, name in rows
    ), rows


@pytest.mark.parametrize(
    "text",
    [
        "Kim and Lee Moran opened the bakery in 2019.\n\n"
        "The couple said that they would move when the lease ends.",
        "Kim and Lee Moran opened the bakery in 2019. Their landlord, Ed Voss, raised the rent "
        "in March. The couple said that they would move.",
    ],
)
def test_a_couple_keeps_the_pair_named_before(fast_quotes: QuoteRows, text: str) -> None:
    rows = fast_quotes(text)
    assert rows
    assert all(name == "Kim and Lee Moran" for _, name in rows), rows
