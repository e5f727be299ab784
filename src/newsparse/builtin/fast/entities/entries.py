"""Entries of a list: a name with another in brackets (``Ola Berg (Kelvik)``).

Squad lists and results write each entry as a person followed by a bracketed
team, club or country: ``Goalkeepers: Ola Berg (Kelvik), Finn Dahl
(Norway)``.  When a sentence holds at least :data:`MIN_ENTRIES` such entries
and one entry of the document is confidently a person (a given name, a
title), every name of two or more words
before a bracket with no confident label is a person too; in a sports document, a
bracketed name that is not a country or nationality is a club (``ORG``),
while a country keeps its place label.
"""

from __future__ import annotations

from itertools import pairwise

from newsparse.builtin.fast.entities.segments import Evidence, Segment
from newsparse.builtin.fast.entities.view import TokenView

__all__ = ["MIN_ENTRIES", "read_entries"]

#: How many bracketed entries make a sentence a list of entries.
MIN_ENTRIES = 2
#: Listed kinds that a bracket after a person keeps as they are.
_KEPT_KINDS = frozenset({"country", "nationality"})


def _entries(segments: list[Segment], words: list[str]) -> list[tuple[Segment, Segment]]:
    """Return the ``(name, bracketed name)`` pairs, in text order."""
    pairs: list[tuple[Segment, Segment]] = []
    for outer, inner in pairwise(segments):
        if (
            inner.first == outer.end + 1
            and words[outer.end] == "("
            and inner.end < len(words)
            and words[inner.end] == ")"
            and outer.sentence == inner.sentence
        ):
            pairs.append((outer, inner))
    return pairs


def read_entries(segments: list[Segment], view: TokenView, sports: bool) -> None:
    """Label the names of lists of bracketed entries, in place.

    :param segments: every candidate of the document, in text order.
    :param view: the document's tokens.
    :param sports: whether the document reports on sport.
    """
    words = view.words
    pairs = _entries(segments, words)
    if len(pairs) < MIN_ENTRIES:
        return
    by_sentence: dict[tuple[int, int], list[tuple[Segment, Segment]]] = {}
    for pair in pairs:
        by_sentence.setdefault(pair[0].sentence, []).append(pair)
    if not any(o.label == "PERSON" and o.evidence >= Evidence.CUE for o, _ in pairs):
        return
    for group in by_sentence.values():
        if len(group) < MIN_ENTRIES:
            continue
        for outer, inner in group:
            if (
                outer.label in (None, "PERSON")
                and outer.evidence < Evidence.CUE
                and outer.end - outer.first > 1
            ):
                outer.label, outer.evidence, outer.source = "PERSON", Evidence.CUE, "entry"
            known = inner.known
            if (
                sports
                and outer.label == "PERSON"
                and inner.end - inner.first <= 3
                and (known is None or known.kind not in _KEPT_KINDS)
                and not (inner.label == "ORG" and inner.evidence >= Evidence.CUE)
            ):
                inner.label, inner.evidence, inner.source = "ORG", Evidence.CUE, "club"
                inner.known = None
