"""The spaCy processors: segmentation with syntax, and entities on any tokens."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from newsparse.lexicon import lexicon_from_config
from newsparse.model import Document, Entity, Paragraph, Sentence, Token, layer_id
from newsparse.pipeline import BatchProcessor, LayerUpdate
from newsparse.text import canonical_names, paragraph_spans
from newsparse_spacy.models import NOT_FOR_ENTITIES, load_model

__all__ = ["SpacyEntities", "SpacySegmenter"]


class SpacySegmenter(BatchProcessor):
    """Paragraphs by line, then spaCy's tokens, sentences and syntax per paragraph."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.nlp = load_model(str(config["spacy.model"]), ("ner",))
        self.batch_size = int(config["spacy.batch_size"])

    def process_batch(self, docs: Sequence[Document]) -> list[LayerUpdate]:
        """Segment every paragraph of every document in one ``nlp.pipe`` stream."""
        spans = [paragraph_spans(doc.text) for doc in docs]
        texts = (doc.text[s:e] for doc, paras in zip(docs, spans, strict=True) for s, e in paras)
        parsed = iter(self.nlp.pipe(texts, batch_size=self.batch_size))
        return [self._layers(paras, parsed) for paras in spans]

    def _layers(self, paras: list[tuple[int, int]], parsed: Any) -> LayerUpdate:
        paragraphs, sentences, tokens = [], [], []
        for p_start, p_end in paras:
            paragraphs.append(Paragraph(id=layer_id("paragraphs", len(paragraphs)), start=p_start,
                                        end=p_end))  # fmt: skip
            sdoc = next(parsed)
            ids: dict[int, str] = {}
            for tok in sdoc:
                if not tok.is_space:
                    ids[tok.i] = layer_id("tokens", len(tokens) + len(ids))
            for sent in sdoc.sents:
                words = [t for t in sent if not t.is_space]
                if words:
                    sentences.append(
                        Sentence(
                            id=layer_id("sentences", len(sentences)),
                            start=p_start + words[0].idx,
                            end=p_start + words[-1].idx + len(words[-1].text),
                        )
                    )
            for tok in sdoc:
                if tok.is_space:
                    continue
                head = None if tok.head.i == tok.i else ids.get(tok.head.i)
                tokens.append(
                    Token(
                        id=ids[tok.i],
                        start=p_start + tok.idx,
                        end=p_start + tok.idx + len(tok.text),
                        lemma=tok.lemma_ or None,
                        upos=tok.pos_ or None,
                        xpos=tok.tag_ or None,
                        head=head,
                        deprel=(tok.dep_.lower() or None) if tok.dep_ != "ROOT" else "root",
                    )
                )
        return {"paragraphs": paragraphs, "sentences": sentences, "tokens": tokens}


class SpacyEntities(BatchProcessor):
    """spaCy's recogniser run over the document's own tokens and sentences.

    Canonical names follow newsparse's one rule (:func:`newsparse.text.canonical_names`)
    with the pipeline's lexicon, so plugins that add titles or honorifics
    through ``newsparse_word_lists`` change them here too.
    """

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.nlp = load_model(str(config["spacy.model"]), NOT_FOR_ENTITIES)
        self.batch_size = int(config["spacy.batch_size"])
        self.lexicon = lexicon_from_config(config)

    def _spacy_doc(self, doc: Document) -> Any:
        from spacy.tokens import Doc

        tokens = doc.layer("tokens")
        words = [doc.text_of(t) for t in tokens]
        spaces = [a.end < b.start for a, b in itertools.pairwise(tokens)] + [False]
        starts = {s.start for s in doc.layer("sentences")}
        sent_starts = [t.start in starts for t in tokens]
        return Doc(self.nlp.vocab, words=words, spaces=spaces[: len(words)],
                   sent_starts=sent_starts or None)  # fmt: skip

    def process_batch(self, docs: Sequence[Document]) -> list[LayerUpdate]:
        """Recognise entities in every document with one ``nlp.pipe`` stream."""
        sdocs = self.nlp.pipe((self._spacy_doc(d) for d in docs), batch_size=self.batch_size)
        out: list[LayerUpdate] = []
        for doc, sdoc in zip(docs, sdocs, strict=True):
            tokens = doc.layer("tokens")
            spans = [(ent.label_, tokens[ent.start].start, tokens[ent.end - 1].end)
                     for ent in sdoc.ents]  # fmt: skip
            mentions = [(label, doc.text[s:e]) for label, s, e in spans]
            names = canonical_names(mentions, lexicon=self.lexicon)
            out.append(
                {
                    "entities": [
                        Entity(id=layer_id("entities", i), start=s, end=e, label=label, name=name)
                        for i, ((label, s, e), name) in enumerate(zip(spans, names, strict=True))
                    ]
                }
            )
        return out
