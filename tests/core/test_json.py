from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import __version__
from newsparse.errors import NewsparseError, SchemaError
from newsparse.io.jsonio import SCHEMA_VERSION, document_from_dict
from newsparse.model import (
    Annotation,
    Cue,
    Document,
    NumericClaim,
    Quote,
    SpanRef,
    Speaker,
    StatementClause,
)
from newsparse.testing import documents

TEXT = "“Trade hit US$240-billion,” Mr. Xi said. Both sides oppose sanctions."


def full_doc() -> Document:
    return Document(
        TEXT,
        {
            "quotes": [
                Quote(
                    id="q1",
                    start=0,
                    end=27,
                    kind="direct",
                    speaker=Speaker(start=28, end=34, name="Xi Jinping", entity="e1"),
                    cue=Cue(start=35, end=39),
                )
            ],
            "numeric_claims": [
                NumericClaim(
                    id="n1",
                    start=11,
                    end=25,
                    kind="money",
                    value=2.4e11,
                    unit="USD",
                    qualifier="record",
                    subject=SpanRef(start=1, end=6),
                    attributes={"scale": "billion"},
                )
            ],
            "statement_clauses": [
                StatementClause(
                    id="c1", start=41, end=69, parties=["China", "Russia"], stance="oppose"
                )
            ],
            "acme.tone": [Annotation(id="a1", start=0, end=5, attributes={"score": 0.5})],
        },
        id="seed-1",
        metadata={"source": "test", "tags": ["a", "b"]},
        pipeline=("x.segment",),
    )


def test_contract_shape() -> None:
    data = full_doc().to_dict()
    assert data["schema"] == SCHEMA_VERSION == 1
    assert data["newsparse"] == __version__
    assert data["offsets"] == "codepoint"
    assert data["text"] == TEXT
    assert data["pipeline"] == ["x.segment"]
    quote = data["layers"]["quotes"][0]
    assert quote == {
        "id": "q1",
        "start": 0,
        "end": 27,
        "kind": "direct",
        "speaker": {"start": 28, "end": 34, "name": "Xi Jinping", "entity": "e1"},
        "cue": {"start": 35, "end": 39},
    }
    claim = data["layers"]["numeric_claims"][0]
    assert claim["value"] == 2.4e11 and claim["unit"] == "USD" and claim["scale"] == "billion"
    assert claim["subject"] == {"start": 1, "end": 6}
    assert data["layers"]["statement_clauses"][0]["parties"] == ["China", "Russia"]
    assert data["layers"]["acme.tone"][0] == {"id": "a1", "start": 0, "end": 5, "score": 0.5}
    json.dumps(data)


def test_round_trip_is_exact() -> None:
    doc = full_doc()
    assert Document.from_json(doc.to_json()) == doc
    assert Document.from_dict(json.loads(doc.to_json(indent=2))) == doc


def test_range_values_round_trip_as_tuples() -> None:
    claim = NumericClaim(id="n1", start=0, end=3, kind="range", value=(5.0, 10.0))
    doc = Document("5-10", {"numeric_claims": [claim]})
    back = Document.from_json(doc.to_json())
    assert back.layer("numeric_claims")[0].value == (5.0, 10.0)  # type: ignore[attr-defined]
    assert back == doc


def test_layers_not_produced_are_absent() -> None:
    assert Document("x").to_dict()["layers"] == {}


@given(documents())
def test_any_document_round_trips(doc: Document) -> None:
    assert Document.from_json(doc.to_json()) == doc


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "x"}, "not a newsparse document"),
        ({"schema": 2, "text": "x"}, "upgrade newsparse"),
        ({"schema": "1", "text": "x"}, "positive integer"),
        ({"schema": 1, "text": "x", "offsets": "utf16"}, "codepoint"),
        ({"schema": 1, "text": 3}, "must be a string"),
        ({"schema": 1, "text": "x", "layers": {"sentences": {}}}, "list of annotations"),
        ({"schema": 1, "text": "x", "layers": {"quotes": [{"id": "q", "start": 0}]}}, "fit"),
    ],
)
def test_bad_documents_are_clear_errors(data: dict[str, Any], message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        document_from_dict(data)


def test_invalid_json_is_a_schema_error() -> None:
    with pytest.raises(SchemaError, match="not valid JSON"):
        Document.from_json("{nope")


def test_bad_offsets_in_json_are_rejected() -> None:
    data = {
        "schema": 1,
        "text": "ab",
        "layers": {"sentences": [{"id": "s1", "start": 0, "end": 3}]},
    }
    with pytest.raises(ValueError, match=r"\[0, 3\)"):
        document_from_dict(data)


def test_plugin_layer_types_rebuild_their_class() -> None:
    import attrs

    @attrs.frozen(kw_only=True)
    class Tone(Annotation):
        score: float

    doc = Document("abc", {"acme.tone": [Tone(id="a1", start=0, end=3, score=0.25)]})
    back = document_from_dict(doc.to_dict(), {"acme.tone": Tone})
    assert back == doc and isinstance(back.layer("acme.tone")[0], Tone)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 50)
    | st.floats(allow_nan=False)
    | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=20,
)
ANNOTATION_KEYS = st.sampled_from(
    ["id", "start", "end", "label", "name", "kind", "speaker", "cue", "value", "subject", "x"]
)
ANNOTATIONS = st.dictionaries(ANNOTATION_KEYS, JSON_VALUES, max_size=8)
LAYER_NAMES = st.sampled_from(["sentences", "tokens", "entities", "quotes", "numeric_claims",
                               "statement_clauses", "acme.x", "bad name"])  # fmt: skip
DOCUMENT_DICTS = st.fixed_dictionaries(
    {
        "schema": st.sampled_from([1, 1, 1, 2, "1", None]),
        "text": st.text(max_size=30) | JSON_VALUES,
    },
    optional={
        "layers": st.dictionaries(LAYER_NAMES, st.lists(ANNOTATIONS, max_size=3), max_size=3)
        | JSON_VALUES,
        "pipeline": st.lists(st.text(max_size=4), max_size=2) | JSON_VALUES,
        "metadata": JSON_VALUES,
        "id": st.text(max_size=4) | JSON_VALUES,
    },
)


@given(DOCUMENT_DICTS)
def test_reading_any_json_gives_a_document_or_a_clear_error(data: dict[str, Any]) -> None:
    try:
        doc = document_from_dict(data)
    except NewsparseError:
        return
    assert Document.from_json(doc.to_json()) == doc


@pytest.mark.parametrize(
    "data",
    [
        {"schema": 1, "text": "x", "id": 3},
        {"schema": 1, "text": "x", "layers": {"sentences": [{"id": 1, "start": 0, "end": 1}]}},
    ],
)
def test_ids_must_be_strings(data: dict[str, Any]) -> None:
    with pytest.raises(SchemaError, match="'id'"):
        document_from_dict(data)
