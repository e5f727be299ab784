"""The Stanza processors: segmentation, syntax and entities.

Each is a :class:`~newsparse.pipeline.BatchProcessor`: a batch of documents
goes through Stanza in one ``bulk_process`` call, so Stanza batches
sentences across documents.  Stanza and torch are imported on first use.

* ``stanza.segment`` runs Stanza's tokenizer (and multi-word-token
  expander) on each paragraph.  Stanza has no notion of paragraphs, so they
  are found as in the fast pipeline
  (:func:`~newsparse.text.paragraphs.paragraph_spans`), and every
  sentence lies inside one.
* ``stanza.syntax`` adds lemma, UPOS, XPOS, head and relation to the
  existing tokens, which it hands to Stanza as they are (pretokenized).
* ``stanza.entities`` runs Stanza's NER over the existing tokens
  (pretokenized) and writes the ``entities`` layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from newsparse.builtin.stanza.cache import StanzaPipelines
from newsparse.builtin.stanza.convert import (
    ConvertedToken,
    convert_sentence,
    decode_entity_tags,
)
from newsparse.builtin.stanza.settings import (
    ENTITY_PROCESSORS,
    SEGMENT_PROCESSORS,
    SYNTAX_PROCESSORS,
    StanzaSettings,
)
from newsparse.model import Document, Entity, Paragraph, Sentence, Token, layer_id
from newsparse.pipeline.processor import BatchProcessor, LayerUpdate
from newsparse.text import canonical_name
from newsparse.text.paragraphs import paragraph_spans

__all__ = [
    "ENTITY_PROCESSORS",
    "SEGMENT_PROCESSORS",
    "SYNTAX_PROCESSORS",
    "StanzaEntities",
    "StanzaSegmenter",
    "StanzaSyntax",
]


def _stanza_document(text: str, sentences: Sequence[Any]) -> Any:
    from stanza.models.common.doc import Document as StanzaDocument

    return StanzaDocument(list(sentences), text=text)


class _StanzaProcessor(BatchProcessor):
    """A processor that runs one Stanza pipeline, created on first use."""

    def __init__(self, pipelines: StanzaPipelines, settings: StanzaSettings) -> None:
        self.pipelines = pipelines
        self.settings = settings

    def _run(self, stanza_docs: list[Any]) -> list[Any]:
        if not stanza_docs:
            return []
        result: list[Any] = self.pipelines.get(self.settings).bulk_process(stanza_docs)
        return result


class StanzaSegmenter(_StanzaProcessor):
    """Paragraphs, sentences and tokens from Stanza's tokenizer."""

    def process_batch(self, docs: Sequence[Document]) -> list[LayerUpdate]:
        """Segment every paragraph of every document in one Stanza call."""
        units = [(i, span) for i, doc in enumerate(docs) for span in paragraph_spans(doc.text)]
        analysed = self._run([_stanza_document(docs[i].text[s:e], []) for i, (s, e) in units])
        per_doc: list[list[tuple[tuple[int, int], Any]]] = [[] for _ in docs]
        for (i, span), stanza_doc in zip(units, analysed, strict=True):
            per_doc[i].append((span, stanza_doc))
        return [self._layers(doc, found) for doc, found in zip(docs, per_doc, strict=True)]

    @staticmethod
    def _layers(doc: Document, found: list[tuple[tuple[int, int], Any]]) -> LayerUpdate:
        paragraphs: list[Paragraph] = []
        sentences: list[Sentence] = []
        tokens: list[Token] = []
        for (start, end), stanza_doc in found:
            paragraphs.append(
                Paragraph(id=layer_id("paragraphs", len(paragraphs)), start=start, end=end)
            )
            cursor = start
            for stanza_sentence in stanza_doc.sentences:
                converted = convert_sentence(doc.text, cursor, end, stanza_sentence, offset=start)
                if not converted:
                    continue
                sentences.append(
                    Sentence(
                        id=layer_id("sentences", len(sentences)),
                        start=converted[0].start,
                        end=converted[-1].end,
                    )
                )
                first = len(tokens)
                tokens.extend(
                    Token(id=layer_id("tokens", first + k), start=t.start, end=t.end)
                    for k, t in enumerate(converted)
                )
                cursor = converted[-1].end
        return {"paragraphs": paragraphs, "sentences": sentences, "tokens": tokens}


def _token_groups(doc: Document) -> list[list[Token]]:
    """Return the tokens of each sentence (sentences without tokens are left out)."""
    groups: list[list[Token]] = []
    for sentence in doc.layer("sentences"):
        tokens = [
            t for t in doc.within("tokens", sentence.start, sentence.end) if isinstance(t, Token)
        ]
        if tokens:
            groups.append(tokens)
    return groups


def _pretokenized(doc: Document, groups: list[list[Token]]) -> Any:
    """Return a Stanza document holding the document's own sentences and tokens."""
    sentences = [
        [
            {
                "id": k + 1,
                "text": doc.text[t.start : t.end] or "_",
                "start_char": t.start,
                "end_char": t.end,
            }
            for k, t in enumerate(group)
        ]
        for group in groups
    ]
    return _stanza_document(doc.text, sentences)


class _PretokenizedProcessor(_StanzaProcessor):
    """Runs Stanza over the tokens a document already has."""

    def process_batch(self, docs: Sequence[Document]) -> list[LayerUpdate]:
        """Analyse every sentence of every document in one Stanza call."""
        groups = [_token_groups(doc) for doc in docs]
        batch = [(i, doc) for i, doc in enumerate(docs) if groups[i]]
        analysed = self._run([_pretokenized(doc, groups[i]) for i, doc in batch])
        results = {i: stanza_doc for (i, _), stanza_doc in zip(batch, analysed, strict=True)}
        updates: list[LayerUpdate] = []
        for i, doc in enumerate(docs):
            converted: list[tuple[list[Token], list[ConvertedToken]]] = []
            if i in results:
                for group, stanza_sentence in zip(groups[i], results[i].sentences, strict=True):
                    start, end = group[0].start, group[-1].end
                    converted.append(
                        (group, convert_sentence(doc.text, start, end, stanza_sentence, offset=0))
                    )
            updates.append(self._update(doc, converted))
        return updates

    def _update(
        self, doc: Document, sentences: list[tuple[list[Token], list[ConvertedToken]]]
    ) -> LayerUpdate:
        raise NotImplementedError


def _matched(
    group: list[Token], converted: list[ConvertedToken]
) -> list[tuple[Token, ConvertedToken | None]]:
    """Pair each token with Stanza's analysis of it (by position, checked by span)."""
    if len(group) == len(converted) and all(
        (t.start, t.end) == (c.start, c.end) for t, c in zip(group, converted, strict=True)
    ):
        return list(zip(group, converted, strict=True))
    by_span = {(c.start, c.end): c for c in converted}
    return [(t, by_span.get((t.start, t.end))) for t in group]


class StanzaSyntax(_PretokenizedProcessor):
    """Lemma, POS tags, head and relation on the existing tokens."""

    def _update(
        self, doc: Document, sentences: list[tuple[list[Token], list[ConvertedToken]]]
    ) -> LayerUpdate:
        analysed: dict[str, Token] = {}
        for group, converted in sentences:
            by_span = {(t.start, t.end): t.id for t in group}
            for token, analysis in _matched(group, converted):
                if analysis is None:
                    continue
                head = None
                if analysis.head is not None:
                    target = converted[analysis.head]
                    head = by_span.get((target.start, target.end))
                analysed[token.id] = attrs.evolve(
                    token,
                    lemma=analysis.lemma,
                    upos=analysis.upos,
                    xpos=analysis.xpos,
                    head=head,
                    deprel=analysis.deprel,
                )
        tokens = [analysed.get(t.id, t) for t in doc.layer("tokens")]
        return {"tokens": tokens}


class StanzaEntities(_PretokenizedProcessor):
    """Named entities (OntoNotes labels) over the existing tokens."""

    def _update(
        self, doc: Document, sentences: list[tuple[list[Token], list[ConvertedToken]]]
    ) -> LayerUpdate:
        entities: list[Entity] = []
        for group, converted in sentences:
            tags = [a.ner if a is not None else None for _, a in _matched(group, converted)]
            for first, last, label in decode_entity_tags(tags):
                start, end = group[first].start, group[last].end
                entities.append(
                    Entity(
                        id=layer_id("entities", len(entities)),
                        start=start,
                        end=end,
                        label=label,
                        name=canonical_name(doc.text[start:end]),
                    )
                )
        return {"entities": entities}
