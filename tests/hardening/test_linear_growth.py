"""The stages' work grows with their input, checked by counting, never by timing.

Four kinds of super-linear growth are guarded: a loop that copies the rest
of the document for each paragraph; a scan of a clause's words repeated for
each of its words; Python's cyclic garbage collector, whose
full collections walk every object of the process each time a stage has made
enough new ones (a stage that allocates one object per word pauses it); and a
regular expression that keeps backtracking state for every group of a long
number (its groups are matched possessively, with the same tokens).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, overload

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.attribution.marks import QuoteBlock, find_quote_blocks
from newsparse.attribution.mentions import EntityIndex
from newsparse.attribution.words import Word, clause_words
from newsparse.builtin.fast.entities import FastEntityRecognizer
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.builtin.fast.tokens import _TOKEN
from newsparse.builtin.quotes.direct import attribution_after
from newsparse.builtin.quotes.processor import _overlapping
from newsparse.model import Document

SEGMENTER = FastSegmenter()
RECOGNIZER = FastEntityRecognizer()


@contextmanager
def counted_collections() -> Iterator[list[int]]:
    """Count the collections the garbage collector starts inside the block."""
    started: list[int] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.collect()
    gc.callbacks.append(note)
    try:
        yield started
    finally:
        gc.callbacks.remove(note)


def segmented(text: str) -> Document:
    doc = Document(text)
    return doc.with_layers(SEGMENTER(doc), processor="fast.segment")


def recognise(doc: Document) -> object:
    return RECOGNIZER(doc)


def segment(doc: Document) -> object:
    return SEGMENTER(doc)


# Thousands of new objects: enough for the collector to run many times.
LONG = "The U.S. and Mr. Ana Lima of Harbour Bank met in Northern Ridge. " * 400


@pytest.mark.parametrize("stage", [segment, recognise], ids=["segment", "entities"])
def test_a_stage_that_makes_an_object_per_word_sets_off_no_collection(
    stage: Callable[[Document], object],
) -> None:
    doc = segmented(LONG)
    assert len(doc.layer("tokens")) > 5000
    with counted_collections() as started:
        stage(doc)
    assert started == []


@pytest.mark.parametrize("stage", [segment, recognise], ids=["segment", "entities"])
def test_a_stage_leaves_the_garbage_collector_as_it_found_it(
    stage: Callable[[Document], object],
) -> None:
    doc = segmented("Ana Lima of Harbour Bank met the U.S. envoy on Tuesday.")
    assert gc.isenabled()
    stage(doc)
    assert gc.isenabled()
    gc.disable()
    try:
        stage(doc)
        assert not gc.isenabled()
    finally:
        gc.enable()


class _CountingBlocks(Sequence[QuoteBlock]):
    """A list of quotations that counts how many of them are read."""

    def __init__(self, blocks: list[QuoteBlock]) -> None:
        self._blocks = blocks
        self.read = 0

    def __len__(self) -> int:
        return len(self._blocks)

    @overload
    def __getitem__(self, index: int) -> QuoteBlock: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[QuoteBlock]: ...

    def __getitem__(self, index: int | slice) -> QuoteBlock | Sequence[QuoteBlock]:
        if isinstance(index, slice):
            part = self._blocks[index]
            self.read += len(part)
            return part
        self.read += 1
        return self._blocks[index]


def test_a_paragraphs_quotations_are_found_without_reading_the_rest_of_the_document() -> None:
    # One quotation per paragraph of 40 characters, 5,000 paragraphs.
    blocks = [QuoteBlock(40 * k + 5, 40 * k + 20, "double", True) for k in range(5000)]
    counting = _CountingBlocks(blocks)
    found = []
    for k in range(5000):
        found += _overlapping(counting, k, 40 * k, 40 * k + 39)
    assert found == blocks
    # Each paragraph reads its quotation and the next one, which stops it.
    assert counting.read <= 2 * len(blocks)


_BACKTRACKING_TOKEN = re.compile(
    _TOKEN.pattern.replace(r"(?:[.,:/]\d+)++", r"(?:[.,:/]\d+)+"), _TOKEN.flags
)


@given(st.text(alphabet=st.sampled_from(list("12,.:/-a ")), max_size=40))
def test_a_numbers_groups_matched_possessively_make_the_same_tokens(text: str) -> None:
    assert _BACKTRACKING_TOKEN.pattern != _TOKEN.pattern
    assert [(m.span(), m.lastgroup) for m in _TOKEN.finditer(text)] == [
        (m.span(), m.lastgroup) for m in _BACKTRACKING_TOKEN.finditer(text)
    ]


class _CountingWords(list[Word]):
    """A clause's tokens that count how often they are read from the start."""

    def __init__(self, words: list[Word]) -> None:
        super().__init__(words)
        self.passes = 0

    def __iter__(self) -> Iterator[Word]:
        self.passes += 1
        return super().__iter__()


@pytest.mark.parametrize("length", [200, 2000])
def test_the_words_after_a_leading_quotation_are_read_a_fixed_number_of_times(
    length: int,
) -> None:
    text = "“We will rebuild,” " + "! " * length + "said Dana Whitlow."
    blocks = find_quote_blocks(text, [(0, len(text))]).blocks
    words = _CountingWords(clause_words(text, 0, len(text), blocks))
    assert len(words) > length
    attribution_after(words, 0, EntityIndex(()))
    assert words.passes <= 3
