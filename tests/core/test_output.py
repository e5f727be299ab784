"""Lean JSON output and layer selection, from the API and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import Pipeline
from newsparse.cli.main import main
from newsparse.model import Document, Sentence, Token
from newsparse.testing import documents

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "summit_state_visit.txt"


@given(documents())
def test_fast_writer_is_exactly_the_dict_dumped(doc: Document) -> None:
    assert doc.to_json() == json.dumps(doc.to_dict(), ensure_ascii=False)
    assert json.loads(doc.to_json(indent=2)) == doc.to_dict()


def test_unusual_ids_and_attributes_take_the_general_path() -> None:
    tokens = [
        Token(id='t"1', start=0, end=1),
        Token(id="t2", start=1, end=2, attributes={"space_after": False}),
        Token(id="t3", start=2, end=3, upos="NOUN"),
        Token(id="é4", start=3, end=4),
    ]
    doc = Document("abcd", {"tokens": tokens, "sentences": [Sentence(id="s1", start=0, end=4)]})
    assert doc.to_json() == json.dumps(doc.to_dict(), ensure_ascii=False)
    assert Document.from_json(doc.to_json()) == doc


@pytest.mark.parametrize(
    "odd",
    [
        Token(id="t2", start=1, end=2, lemma=""),
        Token(id="t2", start=1, end=2, head="t1"),
        Token(id="", start=1, end=2),
        Token(id="t 2", start=1, end=2),
        Token(id="t\ud8002", start=1, end=2),
        Sentence(id="t2", start=1, end=2),
    ],
)
def test_one_odd_annotation_makes_the_whole_layer_take_the_general_path(odd: Token) -> None:
    layer = [Token(id="t1", start=0, end=1), odd, Token(id="t3", start=2, end=3)]
    if isinstance(odd, Sentence):
        doc = Document("abc", {"acme.mixed": layer})
    else:
        doc = Document("abc", {"tokens": layer})
    expected = json.dumps(doc.to_dict(), ensure_ascii=False)
    if "\ud800" in odd.id:
        expected = json.dumps(doc.to_dict())
    assert doc.to_json() == expected


def test_tokens_are_written_without_nulls() -> None:
    doc = Document("ab", {"tokens": [Token(id="t1", start=0, end=2)]})
    assert '"tokens": [{"id": "t1", "start": 0, "end": 2}]' in doc.to_json()
    assert "null" not in doc.to_json()


def test_cli_writes_only_the_chosen_layers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--pipeline", "fast", "--layers", "entities,quotes"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["layers"]) == {"entities", "quotes"}
    assert Document.from_dict(data).layer("quotes")


def test_cli_unknown_layer_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--pipeline", "fast", "--layers", "entities,quots"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("newsparse: error: There is no layer 'quots'")
    assert "--layers" in err


def test_a_subset_of_layers_reads_back(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--pipeline", "fast", "--layers", "quotes"]) == 0
    doc = Document.from_json(capsys.readouterr().out)
    assert list(doc.layers) == ["quotes"]
    assert any(q.annotation.speaker and q.annotation.speaker.entity for q in doc.quotes)


def test_one_layer_name_may_be_given_as_a_string() -> None:
    doc = Document("ab", {"tokens": [Token(id="t1", start=0, end=2)]})
    assert list(doc.to_dict(layers="tokens")["layers"]) == ["tokens"]


@pytest.fixture(scope="module")
def fast() -> Pipeline:
    return Pipeline("fast")


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF) | st.characters()))
def test_fast_pipeline_on_any_str_writes_utf8_that_round_trips(fast: Pipeline, text: str) -> None:
    doc = fast(text)
    out = doc.to_json()
    out.encode("utf-8")
    assert Document.from_json(out) == doc
    assert len(doc.text) == len(text)
