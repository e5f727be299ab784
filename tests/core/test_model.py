from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from newsparse.errors import InvalidSpanError
from newsparse.model import (
    Annotation,
    Document,
    Entity,
    Quote,
    Sentence,
    Speaker,
    Token,
)
from newsparse.testing import any_text, documents

TEXT = "Mr. Putin arrived. “We are grateful,” he said."


def sentence_doc() -> Document:
    return Document(
        TEXT,
        {
            "sentences": [Sentence(id="s1", start=0, end=18), Sentence(id="s2", start=19, end=46)],
            "tokens": [
                Token(id="t1", start=0, end=3),
                Token(id="t2", start=4, end=9),
                Token(id="t3", start=10, end=17),
                Token(id="t4", start=17, end=18),
                Token(id="t5", start=19, end=20),
            ],
            "entities": [Entity(id="e1", start=0, end=9, label="PERSON", name="Vladimir Putin")],
        },
    )


def test_text_is_kept_untouched_and_spans_read_it() -> None:
    doc = sentence_doc()
    assert doc.text == TEXT
    assert [s.text for s in doc.sentences] == ["Mr. Putin arrived.", "“We are grateful,” he said."]
    assert [t.text for t in doc.sentences[0].tokens] == ["Mr.", "Putin", "arrived", "."]
    assert [e.annotation.name for e in doc.sentences[0].entities] == ["Vladimir Putin"]
    assert doc.sentences[1].entities == ()


def test_within_uses_half_open_spans() -> None:
    doc = sentence_doc()
    assert [t.id for t in doc.within("tokens", 4, 17)] == ["t2", "t3"]
    assert [t.id for t in doc.within("tokens", 4, 16)] == ["t2"]
    assert doc.within("missing", 0, 10) == ()


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 4), (0, len(TEXT) + 1)])
def test_bad_span_is_rejected_naming_layer_annotation_and_offsets(start: int, end: int) -> None:
    with pytest.raises(InvalidSpanError) as info:
        Document(TEXT, {"sentences": [Sentence(id="s9", start=start, end=end)]})
    message = str(info.value)
    assert "'s9'" in message and "'sentences'" in message and f"[{start}, {end})" in message


def test_nested_spans_are_checked() -> None:
    speaker = Speaker(start=40, end=99, name="Vladimir Putin")
    quote = Quote(id="q1", start=19, end=37, kind="direct", speaker=speaker)
    with pytest.raises(InvalidSpanError, match="'q1' speaker"):
        Document(TEXT, {"quotes": [quote]})


def test_duplicate_ids_are_rejected() -> None:
    with pytest.raises(InvalidSpanError, match="two annotations with id 's1'"):
        Document(TEXT, {"sentences": [Sentence(id="s1", start=0, end=1)] * 2})


def test_layer_names_must_be_builtin_or_namespaced() -> None:
    Document(TEXT, {"acme.sentiment": [Annotation(id="a1", start=0, end=3)]})
    with pytest.raises(InvalidSpanError, match="namespaced"):
        Document(TEXT, {"sentiment": []})


def test_non_annotations_are_rejected() -> None:
    with pytest.raises(InvalidSpanError, match="not an Annotation"):
        Document(TEXT, {"sentences": [(0, 3)]})  # type: ignore[list-item]


def test_documents_and_annotations_are_immutable() -> None:
    doc = sentence_doc()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.text = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.layers["sentences"] = ()  # type: ignore[index]
    ent = Entity(id="e1", start=0, end=1, label="GPE", name="X", attributes={"a": [1]})
    with pytest.raises(TypeError):
        ent.attributes["b"] = 2  # type: ignore[index]
    assert ent.attributes["a"] == (1,)


def test_with_layers_builds_a_new_document_and_checks_new_layers() -> None:
    doc = sentence_doc()
    quote = Quote(id="q1", start=19, end=37, kind="direct")
    newer = doc.with_layers({"quotes": [quote]}, processor="test.quotes")
    assert "quotes" not in doc.layers
    assert newer.layer("quotes") == (quote,)
    assert newer.pipeline == ("test.quotes",)
    assert newer.layer("sentences") == doc.layer("sentences")
    with pytest.raises(InvalidSpanError):
        doc.with_layers({"quotes": [Quote(id="q1", start=0, end=999, kind="direct")]})


@given(any_text())
def test_any_text_builds_an_empty_document(text: str) -> None:
    doc = Document(text)
    assert doc.text == text and dict(doc.layers) == {}


@given(documents())
def test_every_span_of_a_valid_document_lies_in_its_text(doc: Document) -> None:
    for anns in doc.layers.values():
        for ann in anns:
            assert 0 <= ann.start <= ann.end <= len(doc.text)
            assert doc.text_of(ann) == doc.text[ann.start : ann.end]
