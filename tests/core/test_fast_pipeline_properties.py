"""Properties of the whole fast pipeline on any text: the contract users rely on."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Document, Pipeline

from .strategies import texts

ROOT = Path(__file__).resolve().parents[2]

NEWSY = st.lists(
    st.sampled_from(
        [
            "Mr. Putin",
            "said",
            "“",
            "”",
            '"',
            "'",
            "’s",
            "US$240-billion",
            "4.2%",
            "U.S.",
            "\n",
            "\n\n",
            " ",
            ". ",
            ", ",
            "according to",
            "Xi Jinping",
            "two-day",
            "21-gun",
            "he added.",
            "(US$473 million)",
            "«",
            "»",
            "Beijing",
            "…",
            "—",
            "3,000",
            "a.m.",
        ]
    ),
    max_size=40,
).map("".join)


@pytest.fixture(scope="module")
def fast() -> Pipeline:
    return Pipeline("fast")


def check_document(doc: Document, text: str) -> None:
    assert doc.text == text
    for name, anns in doc.layers.items():
        starts = [a.start for a in anns]
        assert starts == sorted(starts), f"layer {name} is not sorted by start"
        for ann in anns:
            assert 0 <= ann.start <= ann.end <= len(text)
    for tok in doc.layer("tokens"):
        assert tok.end > tok.start and not doc.text_of(tok).isspace()
    assert Document.from_json(doc.to_json()) == doc


@given(texts | NEWSY)
def test_any_text_parses_validly_and_round_trips(fast: Pipeline, text: str) -> None:
    check_document(fast(text), text)


@given(NEWSY)
def test_parsing_is_deterministic(fast: Pipeline, text: str) -> None:
    assert fast(text) == fast(text)


def test_pipe_equals_one_by_one(fast: Pipeline) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    assert list(fast.pipe(seeds, batch_size=1)) == [fast(t) for t in seeds]


@pytest.mark.parametrize("path", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.name)
def test_project_seeds_produce_every_layer(fast: Pipeline, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = fast(text, id=path.name)
    check_document(doc, text)
    for layer in ("paragraphs", "sentences", "tokens", "entities", "quotes", "numeric_claims"):
        assert doc.layer(layer), layer
