"""The processor, its spec and plugin hook, and its use of sentences, entities and tags."""

from __future__ import annotations

from newsparse.builtin.numbers import plugin
from newsparse.builtin.numbers.processor import NumericClaimExtractor, numeric_claims_spec
from newsparse.model import Document, Entity, NumericClaim, Sentence, Token


def test_spec() -> None:
    spec = numeric_claims_spec()
    assert spec.name == "rules.numeric_claims"
    assert spec.stage == "numeric_claims"
    assert spec.provides == frozenset({"numeric_claims"})
    assert spec.requires == frozenset()
    assert spec.uses == frozenset({"sentences", "tokens", "entities", "syntax"})
    assert isinstance(spec.factory({}), NumericClaimExtractor)


def test_plugin_hook_registers_the_spec() -> None:
    (spec,) = plugin.newsparse_numeric_claim_extractors()
    assert spec.name == "rules.numeric_claims"


def test_layer_on_a_text_only_document() -> None:
    doc = Document("Sales rose 5% to $2 billion.\nLast year 3,000 troops left.")
    layer = NumericClaimExtractor()(doc)["numeric_claims"]
    assert [c.id for c in layer] == [f"n{i}" for i in range(1, len(layer) + 1)]
    assert all(isinstance(c, NumericClaim) for c in layer)
    assert [doc.text[c.start : c.end] for c in layer] == [
        "5%",
        "$2 billion",
        "Last year",
        "3,000 troops",
    ]
    doc.with_layers({"numeric_claims": layer}, processor="rules.numeric_claims")


def test_sentences_bound_the_reading() -> None:
    text = "Prices rose 4 Wages fell 2%."
    whole = Document(text)
    split = Document(
        text,
        {
            "sentences": [
                Sentence(id="s1", start=0, end=13),
                Sentence(id="s2", start=14, end=len(text)),
            ]
        },
    )
    extractor = NumericClaimExtractor()
    assert [c.unit for c in extractor.claims(split)] == [None, "percentage"]
    assert len(extractor.claims(whole)) == 2


def test_entities_mark_names() -> None:
    text = "we met at cop 26 in glasgow"
    plain = NumericClaimExtractor().claims(Document(text))
    assert [text[c.start : c.end] for c in plain] == ["26"]
    tagged = Document(
        text, {"entities": [Entity(id="e1", start=10, end=16, label="EVENT", name="COP26")]}
    )
    assert NumericClaimExtractor().claims(tagged) == []


def test_pos_tags_decide_counted_nouns() -> None:
    text = "2 parts suppliers came"
    assert NumericClaimExtractor().claims(Document(text))[0].unit == "part"
    tags = ["NUM", "NOUN", "NOUN", "VERB"]
    tokens = []
    offset = 0
    for index, (word, tag) in enumerate(zip(text.split(), tags, strict=True)):
        start = text.index(word, offset)
        offset = start + len(word)
        tokens.append(Token(id=f"t{index + 1}", start=start, end=offset, upos=tag))
    doc = Document(text, {"tokens": tokens})
    assert NumericClaimExtractor().claims(doc)[0].unit == "parts supplier"
