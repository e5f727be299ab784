from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import __version__
from newsparse.errors import SchemaError, UnknownLayerError
from newsparse.io.jsonio import SCHEMA_VERSION, document_from_dict
from newsparse.model import (
    Annotation,
    Cue,
    Document,
    Entity,
    NumericClaim,
    Quote,
    SpanRef,
    Speaker,
    StatementClause,
    Token,
)
from newsparse.testing import documents

TEXT = "“Trade hit US$240-billion,” Mr. Xi said. Both sides oppose sanctions."


def full_doc() -> Document:
    return Document(
        TEXT,
        {
            "entities": [Entity(id="e1", start=28, end=34, label="PERSON", name="Xi Jinping")],
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
    claim = NumericClaim(id="n1", start=0, end=3, kind="percent", value=(5.0, 10.0))
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
    except SchemaError:
        return
    assert Document.from_json(doc.to_json()) == doc
    assert Document.from_json(json.dumps(data)) == doc


@given(JSON_VALUES)
def test_reading_any_json_value_gives_a_document_or_a_schema_error(value: Any) -> None:
    head = {"schema": 1, "text": "ab"}
    for data in (
        value,
        {**head, "layers": value},
        {**head, "layers": {"entities": [value]}},
        {**head, "metadata": value},
    ):
        with contextlib.suppress(SchemaError):
            Document.from_json(json.dumps(data))


@given(st.integers(1, 5000), st.sampled_from(["[", '{"a":']))
def test_deep_json_is_a_schema_error_not_a_recursion_error(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    deep = opener * depth + "1" + closer * depth
    for data in (deep, f'{{"schema": 1, "text": "x", "metadata": {{"m": {deep}}}}}',
                 f'{{"schema": 1, "text": "x", "layers": {{"acme.x": [{{"id": "a", "start": 0, '
                 f'"end": 1, "deep": {deep}}}]}}}}'):  # fmt: skip
        with contextlib.suppress(SchemaError):
            Document.from_json(data)


def test_very_deep_json_is_a_schema_error() -> None:
    with pytest.raises(SchemaError, match="nest"):
        Document.from_json("[" * 200_000 + "]" * 200_000)
    deep: Any = 1
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(SchemaError, match=r"metadata\.m.* nests deeper"):
        document_from_dict({"schema": 1, "text": "x", "metadata": {"m": deep}})


def test_bytes_that_are_not_utf8_are_a_schema_error() -> None:
    good = Document("é", id="x").to_json().encode("utf-8")
    assert Document.from_json(good) == Document("é", id="x")
    with pytest.raises(SchemaError, match="not UTF-8"):
        Document.from_json(good.replace("é".encode(), b"\xe9"))


def test_non_finite_numbers_are_a_schema_error() -> None:
    with pytest.raises(SchemaError, match="NaN"):
        Document.from_json('{"schema": 1, "text": "x", "metadata": {"a": NaN}}')
    with pytest.raises(SchemaError, match=r"layers.numeric_claims\[0\].value"):
        document_from_dict(
            {"schema": 1, "text": "x", "layers": {"numeric_claims": [
                {"id": "n1", "start": 0, "end": 1, "kind": "count", "value": float("inf")}]}}
        )  # fmt: skip


def layer_doc(layer: str, *annotations: dict[str, Any], **other: Any) -> dict[str, Any]:
    return {"schema": 1, "text": "Mr. Xi said it.", "layers": {layer: list(annotations), **other}}


ENTITY = {"id": "e1", "start": 4, "end": 6, "label": "PERSON", "name": "Xi"}
SPAN = {"start": 0, "end": 3}
QUOTE = {"id": "q1", **SPAN, "kind": "direct"}
CLAIM = {"id": "n1", **SPAN, "kind": "count", "value": 1}
BAD_FIELDS = [
    (layer_doc("entities", ENTITY, {**ENTITY, "id": "e2", "start": "4"}), "entities[1].start"),
    (layer_doc("entities", {**ENTITY, "start": 9, "end": 99}), "entities[0].end"),
    (layer_doc("entities", {**ENTITY, "label": 3}), "entities[0].label"),
    (layer_doc("entities", {k: v for k, v in ENTITY.items() if k != "name"}), "entities[0].name"),
    (layer_doc("entities", ENTITY, ENTITY), "entities[1].id"),
    (layer_doc("entities", "e1"), "entities[0]"),
    (
        layer_doc("tokens", {"id": "t1", "start": 4, "end": 6}, {"id": "t2", **SPAN}),
        "tokens[1].start",
    ),
    (layer_doc("tokens", {"id": "t1", **SPAN, "head": "t5"}), "tokens[0].head"),
    (layer_doc("tokens", {"id": "t1", **SPAN, "upos": ["NOUN"]}), "tokens[0].upos"),
    (layer_doc("quotes", {**QUOTE, "kind": "rumour"}), "quotes[0].kind"),
    (
        layer_doc(
            "quotes",
            {**QUOTE, "speaker": {"start": 4, "end": 6, "name": "X", "entity": "e9"}},
            entities=[ENTITY],
        ),
        "quotes[0].speaker.entity",
    ),
    (layer_doc("quotes", {**QUOTE, "speaker": {"start": 4, "name": "X"}}), "quotes[0].speaker.end"),
    (layer_doc("numeric_claims", {**CLAIM, "kind": "vibes"}), "numeric_claims[0].kind"),
    (layer_doc("numeric_claims", {**CLAIM, "value": [1, 2, 3]}), "numeric_claims[0].value"),
    (
        layer_doc("statement_clauses", {"id": "c1", **SPAN, "parties": "China", "stance": "x"}),
        "statement_clauses[0].parties",
    ),
    (layer_doc("acme.x", {"id": "a1", **SPAN, "extra": {"k": float("nan")}}), "acme.x[0].extra.k"),
    ({"schema": 1, "text": "x", "layers": {"Bad Name": []}}, "Bad Name"),
]


@pytest.mark.parametrize(("data", "path"), BAD_FIELDS)
def test_bad_fields_are_schema_errors_with_their_path(data: dict[str, Any], path: str) -> None:
    with pytest.raises(SchemaError) as info:
        document_from_dict(data)
    assert str(info.value).startswith(f"layers.{path}")


OLD_STYLE = {
    "schema": 1,
    "newsparse": "0.1.0",
    "offsets": "codepoint",
    "id": "old.txt",
    "text": "Mr. Xi said it.",
    "pipeline": ["fast.segment"],
    "layers": {
        "tokens": [
            {"id": "t1", "start": 0, "end": 3, "lemma": None, "upos": None, "xpos": None,
             "head": None, "deprel": None},
            {"id": "t2", "start": 4, "end": 6, "lemma": "Xi", "upos": "PROPN", "xpos": None,
             "head": None, "deprel": None},
        ],
        "entities": [ENTITY],
        "quotes": [{"id": "q1", "start": 7, "end": 14, "kind": "indirect",
                    "speaker": {"start": 4, "end": 6, "name": "Xi", "entity": None}, "cue": None}],
        "numeric_claims": [{"id": "n1", "start": 0, "end": 2, "kind": "number", "value": None,
                            "unit": None, "approximate": False, "qualifier": None,
                            "change": None, "subject": None}],
    },
}  # fmt: skip


def test_old_files_with_explicit_nulls_read_the_same() -> None:
    doc = Document.from_dict(OLD_STYLE)
    assert doc.layer("tokens")[1] == Token(id="t2", start=4, end=6, lemma="Xi", upos="PROPN")
    lean = doc.to_dict()
    assert lean["layers"]["tokens"][0] == {"id": "t1", "start": 0, "end": 3}
    assert lean["layers"]["tokens"][1] == {
        "id": "t2",
        "start": 4,
        "end": 6,
        "lemma": "Xi",
        "upos": "PROPN",
    }
    assert lean["layers"]["quotes"][0] == {
        "id": "q1",
        "start": 7,
        "end": 14,
        "kind": "indirect",
        "speaker": {"start": 4, "end": 6, "name": "Xi"},
    }
    assert lean["layers"]["numeric_claims"][0] == {
        "id": "n1",
        "start": 0,
        "end": 2,
        "kind": "number",
        "value": None,
    }
    assert Document.from_dict(lean) == doc
    assert len(doc.to_json()) < len(json.dumps(OLD_STYLE, ensure_ascii=False))  # fmt: skip


def test_layers_can_be_chosen() -> None:
    doc = full_doc()
    data = doc.to_dict(layers=["quotes", "entities", "tokens"])
    assert list(data["layers"]) == ["entities", "quotes"]
    assert Document.from_json(doc.to_json(layers=["entities"])).layers.keys() == {"entities"}
    assert doc.to_dict(layers=[])["layers"] == {}
    with pytest.raises(UnknownLayerError, match="There is no layer 'entitys'"):
        doc.to_json(layers=["entitys"])


def test_attribute_named_like_an_omitted_field_is_refused() -> None:
    token = Token(id="t1", start=0, end=1, attributes={"lemma": "x"})
    with pytest.raises(SchemaError, match="clashes"):
        Document("ab", {"tokens": [token]}).to_json()


@given(st.text())
def test_any_str_writes_valid_utf8_and_round_trips(text: str) -> None:
    doc = Document(text, id=text[:3], metadata={"note": text})
    out = doc.to_json()
    out.encode("utf-8")
    back = Document.from_json(out)
    assert back.text == doc.text and len(back.text) == len(text)
    assert "\ud800" not in back.text


@given(
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF) | st.characters(), max_size=8)
)
def test_surrogates_in_annotation_fields_still_write_valid_utf8(name: str) -> None:
    entity = Entity(id="e1", start=0, end=1, label="PERSON", name=name, attributes={"alias": name})
    doc = Document("x", {"entities": [entity]})
    out = doc.to_json()
    out.encode("utf-8")
    assert Document.from_json(out) == doc


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
