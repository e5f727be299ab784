"""Workplaces: a name after a noun of people and ``at`` is an organisation.

``Pilots at Boreal Air``, ``nurses at the Royal Columbian``: where people of
an occupation work is an organisation, whatever the shape of its name, and a
confident label given there is the name's label in the whole document, also
where a weaker cue (``Boreal Air said``) would have made it a person.  Every
text here is invented.
"""

from __future__ import annotations

import pytest

from newsparse.builtin.fast.entities import FastEntityRecognizer
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document

RECOGNIZER = FastEntityRecognizer()
SEGMENTER = FastSegmenter()


def labels_of(text: str, name: str) -> list[str]:
    doc = Document(text)
    doc = doc.with_layers(SEGMENTER(doc), processor="fast.segment")
    return [e.label for e in RECOGNIZER(doc)["entities"] if text[e.start : e.end] == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pilots at Boreal Air could walk off the job on Monday.", "Boreal Air"),
        ("Nurses at Kestrel Ridge say the ward has been short-staffed since May.", "Kestrel Ridge"),
        ("A worker at Pellmont Greer told police the man left on foot.", "Pellmont Greer"),
        ("Engineers at Talvik Moreau spent two years on the design.", "Talvik Moreau"),
        ("Teachers at the Ashcombe Harlow have not had a raise in four years.", "Ashcombe Harlow"),
        ("Drivers at Orlen Vasquez voted to accept the contract.", "Orlen Vasquez"),
    ],
)
def test_a_workplace_after_a_noun_of_people_is_an_organisation(text: str, name: str) -> None:
    assert labels_of(text, name) == ["ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pilots at Boreal Air could strike on Monday. Boreal Air said it was ready to"
            " bargain. A Boreal Air turboprop sat on the ramp.",
            "Boreal Air",
        ),
        (
            "Employees at Brackwater Tallis walked out. Brackwater Tallis said the kitchens would"
            " reopen. Brackwater Tallis said wages would rise.",
            "Brackwater Tallis",
        ),
        (
            "Engineers at Quillfield Pryce were told to stay home. Quillfield Pryce declined to"
            " comment. A Quillfield Pryce van was seen outside.",
            "Quillfield Pryce",
        ),
        (
            "Doctors at Corvane Bell went unpaid for a month. Corvane Bell said the"
            " payments were delayed. Corvane Bell said they would arrive Friday.",
            "Corvane Bell",
        ),
        (
            "Workers at Harrowgate Finch lost their jobs. Harrowgate Finch said demand had"
            " collapsed. Harrowgate Finch said it would close the yard.",
            "Harrowgate Finch",
        ),
    ],
)
def test_weaker_cues_yield_to_the_workplace_label(text: str, name: str) -> None:
    assert set(labels_of(text, name)) == {"ORG"}


@pytest.mark.parametrize(
    "text",
    [
        "Officers at Ann Roy's home found nothing. Ann Roy said she was relieved.",
        "Kevin Marsh, an attorney at Law, said the case was closed. The law is clear.",
        "Reporters at the scene said the road was closed.",
    ],
)
def test_no_workplace_where_none_is_named(text: str) -> None:
    doc = Document(text)
    doc = doc.with_layers(SEGMENTER(doc), processor="fast.segment")
    orgs = [text[e.start : e.end] for e in RECOGNIZER(doc)["entities"] if e.label == "ORG"]
    assert orgs == []
