"""People named after a title written in capitals, and before a verb that is also a role noun.

Every text here is invented.  A role noun written as a title before a name
(``Liberal MP Dorrit Vance``) makes the name a person's, as the same noun
in lower case does; a role noun that is also a verb's past tense
(``accused``) after a name is the verb, no role that would make the name an
institution's.  After a title and ``for`` or ``of``, a portfolio's one word
(``Minister for Housing Orla Tierney``) is no part of the name that follows.
"""

from __future__ import annotations

import pytest

from newsparse.builtin.fast.entities import FastEntityRecognizer
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document

RECOGNIZER = FastEntityRecognizer()
SEGMENTER = FastSegmenter()


def labels(text: str) -> dict[str, str]:
    doc = Document(text)
    doc = doc.with_layers(SEGMENTER(doc), processor="fast.segment")
    return {text[e.start : e.end]: e.label for e in RECOGNIZER(doc)["entities"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Conservative MP Gord Tremblett accused the Liberals of waste.", "Gord Tremblett"),
        ("MP Yvo Brasseur accused the minister of misleading the House.", "Yvo Brasseur"),
        ("Labour MP Hartley Quon accused the premier of breaking a promise.", "Hartley Quon"),
        ("Liberal MP Ossian Grabe accused the board of hiding the report.", "Ossian Grabe"),
        (
            "Opposition MP Fenella Drax accused the government of ignoring rural clinics.",
            "Fenella Drax",
        ),
    ],
)
def test_a_titled_name_before_accused_is_a_person(text: str, name: str) -> None:
    assert labels(text).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister for Housing Orla Tierney insisted the homes were needed.", "Orla Tierney"),
        ("Minister of Fisheries Ailbhe Drennan said the quota would stand.", "Ailbhe Drennan"),
        ("Secretary of Transport Caoimhe Brannagh said the line would reopen.", "Caoimhe Brannagh"),
        ("The Minister for Agriculture Sorcha Melvin met farmers on Tuesday.", "Sorcha Melvin"),
        (
            "Commissioner for Fisheries Eoghan Tuathail said the fleet would be cut.",
            "Eoghan Tuathail",
        ),
    ],
)
def test_a_one_word_portfolio_after_a_title_is_no_part_of_the_name(text: str, name: str) -> None:
    found = labels(text)
    assert found.get(name) == "PERSON", found
