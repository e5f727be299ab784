"""An installed plugin changes the shared lexicon without touching the source.

``tests/plugin_packages/newsparse-acme`` adds the cue verb ``harrumph``, the
city of Zorbington (Canada) and the unit ``smoot`` with its
``newsparse_word_lists`` hook; blocking the plugin removes all three.
"""

from __future__ import annotations

import importlib.util
import os

import pytest

from newsparse import Pipeline
from newsparse.lexicon import default_lexicon
from newsparse.model import Document

if importlib.util.find_spec("newsparse_acme") is None:  # pragma: no cover
    if os.environ.get("CI"):
        raise RuntimeError("tests/plugin_packages must be installed in CI (see tox.ini)")
    pytest.skip("the test plugin packages are not installed", allow_module_level=True)

TEXT = (
    "Officials in Zorbington met on Monday.\n\n"
    "\u201cThe bridge will open in spring,\u201d Dana Whitcombe harrumphed.\n\n"
    "The new span is 364 smoots long."
)


@pytest.fixture(scope="module")
def extended() -> Document:
    return Pipeline("fast")(TEXT)


@pytest.fixture(scope="module")
def blocked() -> Document:
    return Pipeline("fast", disable=["acme"])(TEXT)


def _cues(doc: Document) -> list[tuple[str | None, str]]:
    return [
        (q.speaker.name if q.speaker else None, doc.text[q.cue.start : q.cue.end])
        for q in doc.layer("quotes")
        if q.cue is not None
    ]


def _places(doc: Document) -> dict[str, dict[str, object]]:
    return {
        doc.text[e.start : e.end]: {"label": e.label, **e.attributes}
        for e in doc.layer("entities")
        if e.label == "GPE"
    }


def test_the_plugin_cue_verb_attributes_a_quote(extended: Document, blocked: Document) -> None:
    assert _cues(extended) == [("Dana Whitcombe", "harrumphed")]
    assert _cues(blocked) == []


def test_the_plugin_gazetteer_entry_is_an_entity(extended: Document, blocked: Document) -> None:
    assert _places(extended)["Zorbington"] == {"label": "GPE", "country": "Canada"}
    assert "Zorbington" not in _places(blocked)


@pytest.mark.skipif(
    "units" not in default_lexicon().names(), reason="this lexicon has no units table"
)
def test_the_plugin_unit_measures_a_claim(extended: Document, blocked: Document) -> None:
    def smoots(doc: Document) -> list[tuple[str, str | None]]:
        return [(c.kind, c.unit) for c in doc.layer("numeric_claims") if "smoot" in (c.unit or "")]

    assert smoots(extended) == [("measure", "smoot")]
    assert smoots(blocked) != [("measure", "smoot")]
