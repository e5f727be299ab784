"""The ``fast.segment`` processor: paragraphs, sentences and tokens without a model.

It composes the three splitters, each usable on its own:
:func:`paragraph_spans` (lines), :func:`sentence_spans` (inside one
paragraph) and :func:`token_spans` (inside one sentence).  Sentences never
cross a paragraph and tokens never cross a sentence.
"""

from __future__ import annotations

import gc
from array import array

from newsparse.builtin.fast.sentences import sentence_spans
from newsparse.builtin.fast.tokens import add_tokens, token_spans
from newsparse.model import (
    CompactLayer,
    Document,
    Paragraph,
    Sentence,
    Token,
    span_annotations,
)
from newsparse.model.layers import ID_PREFIXES
from newsparse.pipeline.processor import Config, LayerUpdate, ProcessorSpec
from newsparse.text.paragraphs import paragraph_spans

__all__ = [
    "FastSegmenter",
    "create_segmenter",
    "paragraph_spans",
    "segment_spec",
    "sentence_spans",
    "split_sentences",
    "token_spans",
]

#: The layers the processor writes.
SEGMENT_LAYERS = frozenset({"paragraphs", "sentences", "tokens"})


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the sentences of a whole text, paragraph by paragraph.

    :param text: the document text.
    :return: half-open ``(start, end)`` offsets, trimmed of whitespace.
    """
    return [
        sentence
        for start, end in paragraph_spans(text)
        for sentence in sentence_spans(text, start, end)
    ]


class FastSegmenter:
    """Split a document into paragraphs, sentences and tokens by rules.

    The processor holds no state: one instance serves any number of
    documents, in any thread or process.
    """

    def __call__(self, doc: Document) -> LayerUpdate:
        """Return the ``paragraphs``, ``sentences`` and ``tokens`` layers of *doc*."""
        # One token object per word, which Python's cyclic garbage collector
        # tracks: on a long text they set off full collections that walk every
        # object of the process, so the stage would grow faster than its
        # input.  Segmenting makes no reference cycles: the collector pauses
        # while it runs and resumes after, unless it was off already.
        if not gc.isenabled():
            return self._segment(doc)
        gc.disable()
        try:
            return self._segment(doc)
        finally:
            gc.enable()

    def _segment(self, doc: Document) -> LayerUpdate:
        text = doc.text
        paragraphs = paragraph_spans(text)
        sentences: list[tuple[int, int]] = []
        # Token offsets in two columns: a tuple per token would cost more
        # memory than the token itself.
        starts: list[int] = []
        ends: list[int] = []
        for paragraph_start, paragraph_end in paragraphs:
            for sentence in sentence_spans(text, paragraph_start, paragraph_end):
                sentences.append(sentence)
                add_tokens(text, sentence[0], sentence[1], starts, ends)
        return {
            "paragraphs": span_annotations(Paragraph, paragraphs, ID_PREFIXES["paragraphs"]),
            "sentences": span_annotations(Sentence, sentences, ID_PREFIXES["sentences"]),
            # Kept as offset columns: the tokens are built when read.
            "tokens": CompactLayer(
                Token, array("q", starts), array("q", ends), ID_PREFIXES["tokens"]
            ),
        }


def create_segmenter(config: Config) -> FastSegmenter:
    """Create the ``fast.segment`` processor (it reads no configuration).

    :param config: the pipeline configuration.
    :return: a :class:`FastSegmenter`.
    """
    return FastSegmenter()


def segment_spec() -> ProcessorSpec:
    """Return the description of the ``fast.segment`` processor for the registry."""
    return ProcessorSpec(
        name="fast.segment",
        stage="segment",
        factory=create_segmenter,
        provides=SEGMENT_LAYERS,
        description="rule-based news paragraphs, sentences and tokens (no model)",
    )
