"""The fast recogniser's entities of a text as rows, for the entity tests."""

from __future__ import annotations

from newsparse.builtin.fast.entities import FastEntityRecognizer
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document

RECOGNIZER = FastEntityRecognizer()
SEGMENTER = FastSegmenter()
#: The labels of names, without dates, money and numbers.
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def entity_rows(text: str, *, named_only: bool = False) -> list[tuple[str, str]]:
    """Return each entity of *text* as ``(surface, label)``, in text order.

    :param named_only: keep only names (:data:`NAMED_LABELS`).
    """
    doc = Document(text)
    doc = doc.with_layers(SEGMENTER(doc), processor="fast.segment")
    return [
        (text[e.start : e.end], e.label)
        for e in RECOGNIZER(doc)["entities"]
        if not named_only or e.label in NAMED_LABELS
    ]
