"""Properties of the whole fast pipeline on any text, checked with newsparse.testing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from newsparse import Pipeline
from newsparse.testing import check_document, check_plugin, news_text, texts

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def fast() -> Pipeline:
    return Pipeline("fast")


@given(texts())
def test_any_text_parses_validly_and_round_trips(fast: Pipeline, text: str) -> None:
    doc = fast(text)
    assert doc.text == text
    check_document(doc)
    for tok in doc.layer("tokens"):
        assert tok.end > tok.start and not doc.text_of(tok).isspace()


@given(news_text())
def test_parsing_is_deterministic(fast: Pipeline, text: str) -> None:
    assert fast(text) == fast(text)


def test_the_fast_plugin_keeps_the_processor_contract() -> None:
    report = check_plugin("fast")
    assert report.checked == ("fast.entities", "fast.segment") and not report.skipped


def test_pipe_equals_one_by_one(fast: Pipeline) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in SEEDS]
    assert list(fast.pipe(seeds, batch_size=1)) == [fast(t) for t in seeds]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_project_seeds_produce_every_layer(fast: Pipeline, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = fast(text, id=path.name)
    check_document(doc)
    for layer in ("paragraphs", "sentences", "tokens", "entities", "quotes", "numeric_claims"):
        assert doc.layer(layer), layer
