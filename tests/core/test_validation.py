"""The rules a layer must obey when it enters a document (by hand or from a processor)."""

from __future__ import annotations

import pytest

from newsparse.errors import InvalidSpanError, NewsparseError, ValidationError
from newsparse.model import (
    Annotation,
    Document,
    Entity,
    NumericClaim,
    Quote,
    Sentence,
    Speaker,
    Token,
)

TEXT = "Mr. Putin arrived. “We are grateful,” he said."


def base() -> Document:
    return Document(
        TEXT,
        {"sentences": [Sentence(id="s1", start=0, end=18), Sentence(id="s2", start=19, end=46)]},
        id="putin.txt",
    )


def test_plain_annotation_in_a_builtin_layer_is_rejected_naming_everything() -> None:
    with pytest.raises(ValidationError) as info:
        base().with_layers(
            {"entities": [Annotation(id="e1", start=0, end=9)]}, processor="acme.entities"
        )
    message = str(info.value)
    for part in ("'acme.entities'", "'entities'", "'e1'", "'putin.txt'", "newsparse.model.Entity"):
        assert part in message
    assert info.value.path == "layers.entities[0]"
    assert isinstance(info.value, NewsparseError) and isinstance(info.value, InvalidSpanError)


def test_subclass_of_the_layer_type_is_accepted() -> None:
    import attrs

    @attrs.frozen(kw_only=True)
    class LinkedEntity(Entity):
        wikidata: str | None = None

    ent = LinkedEntity(id="e1", start=4, end=9, label="PERSON", name="Putin", wikidata="Q7747")
    assert base().with_layers({"entities": [ent]}).layer("entities") == (ent,)


def test_unsorted_tokens_are_rejected_with_the_fix() -> None:
    tokens = [Token(id="t1", start=4, end=9), Token(id="t2", start=0, end=3)]
    with pytest.raises(ValidationError, match=r"sort the layer by \(start, end\)") as info:
        base().with_layers({"tokens": tokens}, processor="x.segment")
    assert info.value.path == "layers.tokens[1].start"
    assert info.value.annotation_id == "t2"


def test_tokens_with_the_same_start_are_ordered_by_end() -> None:
    with pytest.raises(ValidationError):
        Document("ab", {"tokens": [Token(id="t1", start=0, end=2), Token(id="t2", start=0, end=1)]})


def test_overlapping_entities_need_only_start_order() -> None:
    outer = Entity(id="e1", start=0, end=9, label="PERSON", name="Putin")
    inner = Entity(id="e2", start=0, end=3, label="PERSON", name="Mr.")
    assert Document(TEXT, {"entities": [outer, inner]}).layer("entities") == (outer, inner)
    with pytest.raises(ValidationError, match=r"sort the layer by start"):
        Document(TEXT, {"entities": [Entity(id="e3", start=4, end=9, label="X", name="x"), outer]})


@pytest.mark.parametrize(
    ("layer", "annotation"),
    [
        ("quotes", Quote(id="q1", start=19, end=37, kind="rumour")),  # type: ignore[arg-type]
        ("numeric_claims", NumericClaim(id="n1", start=0, end=3, kind="vibes", value=1.0)),
    ],
)
def test_unknown_kinds_are_rejected(layer: str, annotation: Annotation) -> None:
    with pytest.raises(ValidationError, match="use one of") as info:
        base().with_layers({layer: [annotation]}, processor="x.y")
    assert info.value.field == "kind"


def test_dangling_speaker_entity_is_rejected() -> None:
    speaker = Speaker(start=38, end=40, name="Vladimir Putin", entity="e7")
    quote = Quote(id="q1", start=19, end=37, kind="direct", speaker=speaker)
    entity = Entity(id="e1", start=4, end=9, label="PERSON", name="Vladimir Putin")
    doc = base().with_layers({"entities": [entity]})
    with pytest.raises(ValidationError, match="has no annotation with that id") as info:
        doc.with_layers({"quotes": [quote]}, processor="rules.quotes")
    assert info.value.path == "layers.quotes[0].speaker.entity"
    # Without an entities layer (written with layers=[...]) there is nothing to resolve.
    assert base().with_layers({"quotes": [quote]}).layer("quotes") == (quote,)
    good = Quote(
        id="q1",
        start=19,
        end=37,
        kind="direct",
        speaker=Speaker(start=38, end=40, name="V", entity="e1"),
    )
    assert doc.with_layers({"quotes": [good]}).layer("quotes") == (good,)


def test_replacing_a_referenced_layer_rechecks_the_references() -> None:
    entity = Entity(id="e1", start=4, end=9, label="PERSON", name="Vladimir Putin")
    quote = Quote(
        id="q1",
        start=19,
        end=37,
        kind="direct",
        speaker=Speaker(start=38, end=40, name="V", entity="e1"),
    )
    doc = base().with_layers({"entities": [entity]}).with_layers({"quotes": [quote]})
    with pytest.raises(ValidationError, match="'q1' speaker.entity"):
        doc.with_layers({"entities": []}, processor="x.entities")


def test_dangling_token_head_is_rejected() -> None:
    tokens = [Token(id="t1", start=0, end=3, head="t2"), Token(id="t2", start=4, end=9, head="t9")]
    with pytest.raises(ValidationError, match="'t9'") as info:
        Document(TEXT, {"tokens": tokens})
    assert info.value.path == "layers.tokens[1].head"


def test_plugin_layers_need_start_order_and_unique_ids() -> None:
    Document(TEXT, {"acme.tone": [Annotation(id="a1", start=0, end=3)]})
    with pytest.raises(ValidationError, match="two annotations with id 'a1'"):
        Document(TEXT, {"acme.tone": [Annotation(id="a1", start=0, end=3)] * 2})


def test_lone_surrogates_in_text_become_replacement_characters() -> None:
    doc = Document("a\ud800b\udfffc")
    assert doc.text == "a\ufffdb\ufffdc" and len(doc.text) == 5
    assert Document("plain").text == "plain"


def test_text_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        Document(b"bytes")  # type: ignore[arg-type]


def test_builtin_pipeline_output_passes_validation() -> None:
    from newsparse import Pipeline

    doc = Pipeline("fast")(TEXT + " Russia and China signed 3 deals worth $5 billion.", id="x")
    assert doc.layer("tokens") and doc.layer("entities")
    assert Document.from_json(doc.to_json()) == doc


@pytest.mark.parametrize("compact", [False, True])
def test_tiling_layers_are_checked_against_the_text(compact: bool) -> None:
    from newsparse.model import CompactLayer

    def layer(spans: list[tuple[int, int]]) -> object:
        if compact:
            return CompactLayer(Token, [s for s, _ in spans], [e for _, e in spans], "t")
        return [Token(id=f"t{i}", start=s, end=e) for i, (s, e) in enumerate(spans, 1)]

    assert len(Document("ab cd", {"tokens": layer([(0, 2), (3, 5)])}).layer("tokens")) == 2  # type: ignore[dict-item]
    for spans in ([(0, 2), (3, 6)], [(0, 2), (2, 1)], [(-1, 2), (3, 5)], [(3, 5), (0, 2)]):
        with pytest.raises(ValidationError):
            Document("ab cd", {"tokens": layer(spans)})  # type: ignore[dict-item]
    # Empty tokens next to each other tile the text too.
    assert len(Document("ab", {"tokens": layer([(1, 1), (1, 1), (1, 2)])}).layer("tokens")) == 3  # type: ignore[dict-item]
    # Overlapping tokens need only their order.
    assert len(Document("ab cd", {"tokens": layer([(0, 3), (2, 5)])}).layer("tokens")) == 2  # type: ignore[dict-item]
