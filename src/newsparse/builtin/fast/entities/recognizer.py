"""The model-free entity recogniser: from tokens and sentences to named entities.

Steps, for one document:

1. find the runs of capitalised words in each sentence
   (:mod:`~newsparse.builtin.fast.entities.runs`) and split them into
   candidate names (:mod:`~newsparse.builtin.fast.entities.segments`);
2. label the candidates the gazetteer does not know from their shape and
   context (:mod:`~newsparse.builtin.fast.entities.cues`);
3. settle labels across the document and drop what nothing explains
   (:mod:`~newsparse.builtin.fast.entities.documentwide`); a town that is
   also a given name is a person where the document shows it
   (:mod:`~newsparse.builtin.fast.entities.homonyms`); in a sports
   report, countries become their national teams
   (:mod:`~newsparse.builtin.fast.entities.sports`);
4. add dates, money, percentages and numbers
   (:mod:`~newsparse.builtin.fast.entities.numeric`); join a body's name
   cut at the commas of its portfolios
   (:mod:`~newsparse.builtin.fast.entities.portfolios`);
5. give every mention its canonical name
   (:mod:`~newsparse.builtin.fast.entities.names`) and add the definite
   descriptions that refer to a person
   (:mod:`~newsparse.builtin.fast.entities.descriptions`).
"""

from __future__ import annotations

import gc
from collections.abc import Sequence

from newsparse.builtin.fast.entities.capitals import read_capitals
from newsparse.builtin.fast.entities.cues import classify
from newsparse.builtin.fast.entities.descriptions import add_descriptions
from newsparse.builtin.fast.entities.documentwide import settle
from newsparse.builtin.fast.entities.entries import read_entries
from newsparse.builtin.fast.entities.gazetteer import Gazetteer, load_gazetteer
from newsparse.builtin.fast.entities.homonyms import person_homonyms
from newsparse.builtin.fast.entities.index import GazetteerIndex
from newsparse.builtin.fast.entities.mention import Mention
from newsparse.builtin.fast.entities.names import assign_names
from newsparse.builtin.fast.entities.numeric import numeric_spans, numeric_starts
from newsparse.builtin.fast.entities.organisations import read_organisations
from newsparse.builtin.fast.entities.places import merge_town_and_region
from newsparse.builtin.fast.entities.portfolios import join_portfolios
from newsparse.builtin.fast.entities.runs import sentence_runs
from newsparse.builtin.fast.entities.segments import DocumentSplitter, Evidence, Segment
from newsparse.builtin.fast.entities.shapes import strip_possessive
from newsparse.builtin.fast.entities.sports import relabel_national_teams
from newsparse.builtin.fast.entities.view import TokenView
from newsparse.lexicon.dispatch import LazyPattern
from newsparse.model import Annotation, Document, Entity
from newsparse.model.annotations import field_annotations
from newsparse.model.layers import ID_PREFIXES

__all__ = ["FastEntityRecognizer"]

_SPACES = LazyPattern(r"\s+")
#: The last characters of a possessive (``'s``, ``s'``): other names keep their surface.
_POSSESSIVE_TAILS = frozenset({"s", "'", "\u2019"})


def _squeeze(text: str) -> str:
    """Return *text* with each run of whitespace made one space."""
    # Every whitespace character but the space is unprintable: printable text
    # without two spaces in a row is already squeezed.
    if text.isprintable() and "  " not in text:
        return text
    return _SPACES.sub(" ", text)


def _segment_mention(segment: Segment, view: TokenView) -> Mention:
    first, end = segment.first, segment.end
    start, stop = view.starts[first], view.ends[end - 1]
    words = tuple(view.words[first:end])
    written = view.text[start:stop]
    if written.isupper() and any(w[1:2].islower() for w in words):
        written = " ".join(words)  # read from capitals
    surface = _squeeze(written)
    if surface[-1:] in _POSSESSIVE_TAILS:
        surface = strip_possessive(surface)
    return Mention(
        start,
        stop,
        segment.label or "",
        words,
        surface,
        segment.known,
        segment.title,
        segment.title_token,
        first,
        end,
        "",
        {"team": True} if segment.source == "national team" else {},
    )


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep, among overlapping mentions, the longest (the earliest on ties)."""
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in ordered:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


class FastEntityRecognizer:
    """Recognise entities from a document's tokens and sentences, with no model.

    The word lists are read once, when the recogniser is created; a
    recogniser holds no other state and may be shared between threads.

    :param gazetteer: the word lists; the package's own by default.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self._index = GazetteerIndex.build(self._gazetteer)

    def __call__(self, doc: Document) -> dict[str, list[Entity]]:
        """Return the ``entities`` layer of *doc*.

        :param doc: a document with ``tokens`` and ``sentences`` layers.
        """
        return {"entities": self.recognize(doc.text, doc.layer("tokens"), doc.layer("sentences"))}

    def recognize(
        self, text: str, tokens: Sequence[Annotation], sentences: Sequence[Annotation]
    ) -> list[Entity]:
        """Return the entities of *text*, sorted by start offset.

        :param text: the document text.
        :param tokens: its tokens, in text order.
        :param sentences: its sentences, in text order.
        """
        # A run of names is one mention, one entity and a few small objects
        # per word, which Python's cyclic garbage collector tracks: hundreds of
        # thousands of them set off full collections that walk every object of
        # the process (the whole document with its tokens), so the stage would
        # grow faster than its input.  The recogniser makes no reference
        # cycles: the collector pauses while it runs (reference counting frees
        # its objects as before) and resumes after, unless it was off already.
        if not gc.isenabled():
            return self._recognize(text, tokens, sentences)
        gc.disable()
        try:
            return self._recognize(text, tokens, sentences)
        finally:
            gc.enable()

    def _recognize(
        self, text: str, tokens: Sequence[Annotation], sentences: Sequence[Annotation]
    ) -> list[Entity]:
        gazetteer = self._gazetteer
        index = self._index
        view = read_capitals(TokenView.build(text, tokens, sentences), gazetteer)
        token_ends = set(view.ends)
        splitter = DocumentSplitter(view, gazetteer, index)
        candidates = numeric_starts(view.words, view.vocabulary or None)
        segments: list[Segment] = []
        numbers: list[Mention] = []
        for first, end in view.sentences:
            for run in sentence_runs(view, gazetteer, first, end):
                for segment in splitter.split(run):
                    if segment.evidence < Evidence.CUE:
                        classify(segment, view, gazetteer, index)
                    segments.append(segment)
            stop = view.ends[end - 1]
            spans = numeric_spans(text, view.starts, token_ends, candidates, (first, end), stop)
            for s, e, label in spans:
                surface = _squeeze(text[s:e])
                numbers.append(
                    Mention(s, e, label, (surface,), surface, None, None, None, 0, 0, surface)
                )
        read_entries(segments, view, read_organisations(segments, view, gazetteer))
        settled = settle(segments, view, gazetteer)
        person_homonyms(settled, view, gazetteer)
        relabel_national_teams(settled, view)
        named = [_segment_mention(s, view) for s in settled]
        mentions = merge_town_and_region(_without_overlaps(named + numbers), view)
        mentions = join_portfolios(mentions, view, gazetteer)
        assign_names(mentions, view.words)
        mentions = add_descriptions(mentions, view, gazetteer)
        prefix = ID_PREFIXES["entities"]
        return field_annotations(
            Entity,
            [f"{prefix}{n}" for n in range(1, len(mentions) + 1)],
            [m.start for m in mentions],
            [m.end for m in mentions],
            {
                "label": [m.label for m in mentions],
                "name": [m.name for m in mentions],
                "attributes": [m.attributes for m in mentions],
            },
        )
