"""Properties of the quote extractor on arbitrary text and arbitrary layers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.builtin.quotes.processor import QuoteExtractor, quotes_spec
from newsparse.model import Document, Entity, Quote, Sentence, layer_id
from newsparse.testing import check_processor, news_text

EXTRACT = QuoteExtractor()

#: News-like text from the kit, or loose pieces of attribution glued together.
texts = news_text() | st.lists(
    st.one_of(st.sampled_from(["said", "according to", "“", "”", '"', "'", "«", "»", "\n"]),
              st.text(max_size=4)),
    max_size=60,
).map(" ".join)  # fmt: skip


def check(doc: Document, found: list[Quote]) -> None:
    """The invariants every quotes layer keeps."""
    size = len(doc.text)
    assert [q.id for q in found] == [layer_id("quotes", n) for n in range(len(found))]
    assert [q.start for q in found] == sorted(q.start for q in found)
    for quote in found:
        assert 0 <= quote.start < quote.end <= size
        assert quote.kind in ("direct", "mixed", "indirect")
        if quote.speaker is not None:
            assert 0 <= quote.speaker.start <= quote.speaker.end <= size
            if quote.kind == "direct":
                # an indirect or mixed quote may hold its source ("X, according to Lee, Y")
                assert quote.speaker.end <= quote.start or quote.speaker.start >= quote.end
            assert quote.speaker.name
        if quote.cue is not None:
            assert 0 <= quote.cue.start < quote.cue.end <= size
    doc.with_layers({"quotes": found})


@settings(deadline=None)
@given(texts)
def test_any_text_gives_valid_deterministic_quotes(text: str) -> None:
    doc = Document(text)
    found = EXTRACT.extract(doc)
    check(doc, found)
    assert found == EXTRACT.extract(Document(text))


def test_the_extractor_keeps_the_processor_contract() -> None:
    check_processor(quotes_spec())


@st.composite
def documents_with_layers(draw: st.DrawFn) -> Document:
    """Arbitrary text with arbitrary (valid) sentence and entity spans."""
    text = draw(texts)
    size = len(text)
    cuts = sorted(draw(st.lists(st.integers(min_value=0, max_value=size), max_size=8)))
    sentences = [
        Sentence(id=layer_id("sentences", n), start=a, end=b)
        for n, (a, b) in enumerate(zip([0, *cuts], [*cuts, size], strict=True))
        if b > a
    ]
    entities = []
    for n in range(draw(st.integers(min_value=0, max_value=6))):
        start = draw(st.integers(min_value=0, max_value=size))
        end = draw(st.integers(min_value=start, max_value=size))
        label = draw(st.sampled_from(["PERSON", "ORG", "GPE", "NORP", "DATE"]))
        name = draw(st.sampled_from(["Xi Jinping", "Russia", "BC Hydro", "", "x"]))
        entities.append(
            Entity(id=layer_id("entities", n), start=start, end=end, label=label, name=name)
        )
    entities.sort(key=lambda e: e.start)
    return Document(text, {"sentences": sentences, "entities": entities})


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents_with_layers())
def test_arbitrary_layers_give_valid_quotes(doc: Document) -> None:
    found = EXTRACT.extract(doc)
    check(doc, found)
    assert found == EXTRACT.extract(doc)


@pytest.fixture(scope="module")
def fast_front() -> Callable[[str], Document]:
    segment_processor = pytest.importorskip("newsparse.builtin.fast.segment_processor")
    entities_processor = pytest.importorskip("newsparse.builtin.fast.entities.processor")
    segmenter = segment_processor.segment_spec().factory({})
    recogniser = entities_processor.entities_spec().factory({})

    def front(text: str) -> Document:
        doc = Document(text)
        doc = doc.with_layers(segmenter(doc))
        return doc.with_layers(recogniser(doc))

    return front


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts)
def test_fast_pipeline_layers_give_valid_quotes(
    fast_front: Callable[[str], Document], text: str
) -> None:
    doc = fast_front(text)
    found = EXTRACT.extract(doc)
    check(doc, found)
    assert found == EXTRACT.extract(doc)


def test_a_pronoun_takes_the_name_of_an_entity_whose_span_is_empty() -> None:
    """An entity whose span holds no words still lends a pronoun its canonical name."""
    text = "“A,” he said."
    doc = Document(
        text,
        {
            "sentences": (Sentence(id="s1", start=0, end=len(text)),),
            "entities": (Entity(id="e1", start=0, end=0, label="PERSON", name="Xi Jinping"),),
        },
    )
    found = EXTRACT.extract(doc)
    check(doc, found)
