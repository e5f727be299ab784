"""Organisation names that hold ``and`` or ``of`` before their head word.

A run of capitalised words joined by ``and`` that ends in a head word of an
organisation or a company's legal form (``Brindle Mortgage and Savings
Corp.``) is one name, and so is a noun that heads a name only before ``of``
and a name (``Chamber of Commerce``, ``Knights of ...``: the lexicon's
``of-head`` keywords), and so is a department named by fields joined by
``and`` and a listed country (``Rivers and Wetlands Canada``), with the fields
listed before it with commas.  Two names joined by ``and`` stay two names when no
head word follows, when the first is a listed name, a person or already ends
in a head word, and when the second opens with a listed name.  Every text
here is invented.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.builtin.fast.entities import FastEntityRecognizer
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document

RECOGNIZER = FastEntityRecognizer()
SEGMENTER = FastSegmenter()


def entities_of(text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    doc = doc.with_layers(SEGMENTER(doc), processor="fast.segment")
    return [(text[e.start : e.end], e.label) for e in RECOGNIZER(doc)["entities"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Brindle Mortgage and Savings Corp. raised its posted rates on Friday.",
            "Brindle Mortgage and Savings Corp.",
        ),
        ("Hallam and Whitcombe Co. recalled 4,000 kettles last week.", "Hallam and Whitcombe Co."),
        ("Dunmore Pulp and Paper Ltd. will idle its mill in March.", "Dunmore Pulp and Paper Ltd."),
        (
            "The Lottery and Racing Commission of Saskatchewan fined the operator.",
            "Lottery and Racing Commission of Saskatchewan",
        ),
        (
            "Members of the Kelsow Rod and Gun Club cleaned the riverbank.",
            "Kelsow Rod and Gun Club",
        ),
        ("Shares of Marrow and Finch Holdings fell 4 per cent.", "Marrow and Finch Holdings"),
        (
            "A spokesperson for the Quarry and Aggregate Workers Union declined to comment.",
            "Quarry and Aggregate Workers Union",
        ),
    ],
)
def test_a_name_joined_by_and_before_its_head_word_is_one_organisation(
    text: str, name: str
) -> None:
    assert (name, "ORG") in entities_of(text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Ontario and Quebec said they would sign the accord.", "Ontario", "Quebec"),
        ("Toyota and Honda Motor Co. both cut output in May.", "Toyota", "Honda Motor Co."),
        ("Mr. Tallis and Orvane Corp. signed the lease on Tuesday.", "Tallis", "Orvane Corp."),
        (
            "Anna Lindqvist and Kestrel Group reached a settlement.",
            "Anna Lindqvist",
            "Kestrel Group",
        ),
        ("Norvane Inc. and Talvik Group will merge next year.", "Norvane Inc.", "Talvik Group"),
        ("The Senate and the House both passed the bill.", "Senate", "House"),
    ],
)
def test_two_names_joined_by_and_stay_two(text: str, first: str, second: str) -> None:
    names = [name for name, _ in entities_of(text)]
    assert first in names
    assert second in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Brandon Chamber of Commerce said the levy was unfair.",
            "Brandon Chamber of Commerce",
        ),
        (
            "Members of the Prairie Chambers of Commerce met in Regina.",
            "Prairie Chambers of Commerce",
        ),
        ("The Knights of Pellinore served pancakes after the parade.", "Knights of Pellinore"),
        (
            "The Sisters of Perpetual Charity opened a clinic downtown.",
            "Sisters of Perpetual Charity",
        ),
        (
            "The Daughters of the Prairie Pioneers unveiled a plaque.",
            "Daughters of the Prairie Pioneers",
        ),
        ("A grant from the Daughters of Vinland paid for the roof.", "Daughters of Vinland"),
    ],
)
def test_a_noun_heading_a_name_before_of_makes_one_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in entities_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lena Chambers said the road would stay closed.", "Lena Chambers"),
        ("Ryan Knights scored twice for the visitors.", "Ryan Knights"),
        ("Sisters of Maria Holm said she loved the sea.", "Maria Holm"),
    ],
)
def test_such_a_noun_as_a_family_name_or_before_a_person_heads_no_name(
    text: str, name: str
) -> None:
    assert (name, "PERSON") in entities_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sisters of the late mayor gathered at the church.",
        "The Chamber voted against the levy on Monday.",
        "The Knights beat Halden in overtime.",
    ],
)
def test_such_a_noun_without_of_and_a_name_heads_no_name(text: str) -> None:
    assert not any(
        " of " in name or (name.startswith(("Chamber", "Knights")) and " " in name)
        for name, _ in entities_of(text)
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rivers and Wetlands Canada closed the marsh to hunters.", "Rivers and Wetlands Canada"),
        (
            "A report by Forests and Parklands Australia found 40 sites.",
            "Forests and Parklands Australia",
        ),
        ("Ports and Harbours Ireland said the pier was unsafe.", "Ports and Harbours Ireland"),
        (
            "Funding from Heritage and Languages New Zealand paid for the signs.",
            "Heritage and Languages New Zealand",
        ),
        (
            "Skills, Training and Apprenticeships Canada said 900 people applied.",
            "Skills, Training and Apprenticeships Canada",
        ),
        (
            "An engineer with Transport, Roads and Bridges Kenya inspected the span.",
            "Transport, Roads and Bridges Kenya",
        ),
    ],
)
def test_fields_joined_by_and_before_a_country_name_one_department(text: str, name: str) -> None:
    assert (name, "ORG") in entities_of(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Trade between Norway and Sweden grew last year.", ["Norway", "Sweden"]),
        ("Ferries from Oslo and Bergen Norway were cancelled.", ["Oslo", "Bergen"]),
        (
            "Anna Lindqvist, Rivers and Wetlands Canada and the province signed.",
            ["Anna Lindqvist", "Rivers and Wetlands Canada"],
        ),
        (
            "In Toronto, Ports and Harbours Canada said the pier was unsafe.",
            ["Toronto", "Ports and Harbours Canada"],
        ),
        ("Premier Holm and Berg Canada signed the deal.", ["Holm"]),
    ],
)
def test_coordinated_names_before_a_country_stay_apart(text: str, names: list[str]) -> None:
    found = [name for name, _ in entities_of(text)]
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rents rose 6 per cent, Brindle Mortgage and Savings Corp. said on Monday.\n\n"
            "The federal housing agency said vacancies fell to 1.2 per cent.",
            "Brindle Mortgage and Savings Corp.",
        ),
        (
            "Power bills climbed 4 per cent in May, Harrowgate Power and Light Co. said"
            " on Friday.\n\n"
            "The utility said the storm cost it $4 million.",
            "Harrowgate Power and Light Co.",
        ),
    ],
)
def test_a_description_refers_back_to_the_whole_name(text: str, speaker: str) -> None:
    doc = newsparse.parse(text, pipeline="fast")
    assert [q.annotation.speaker.name for q in doc.quotes if q.annotation.speaker] == [
        speaker,
        speaker,
    ]
