"""Candidate quotes, and the ``quotes`` layer built from them.

Candidates come from frames, standalone quotations and layout.  Before
speakers are resolved, candidates mostly inside an earlier one are dropped;
afterwards a direct quote that runs over several paragraphs is cut into one
quote per paragraph, a speaker mention that would lie inside its own quote
is dropped, and reported speech without any speaker mention is left out.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from newsparse.attribution.marks import QuoteBlock
from newsparse.attribution.mentions import Mention
from newsparse.model import Cue, Quote, QuoteKind, Speaker, layer_id

__all__ = ["Candidate", "build_quotes", "outside", "split_paragraphs", "without_overlaps"]

_MAX_OVERLAP = 0.5


class Candidate(NamedTuple):
    """A quote before its speaker is resolved.

    :param start: first code point.
    :param end: one past the last code point.
    :param kind: direct, mixed or indirect.
    :param blocks: indices of the quotations it holds.
    :param mention: the speaker mention, or ``None`` (a standalone quotation).
    :param cue: the cue's span, or ``None``.
    :param paragraph: the paragraph's rank (boilerplate lines not counted).
    """

    start: int
    end: int
    kind: QuoteKind
    blocks: tuple[int, ...]
    mention: Mention | None
    cue: tuple[int, int] | None
    paragraph: int


def split_paragraphs(
    candidates: Sequence[Candidate],
    blocks: Sequence[QuoteBlock],
    paragraphs: Sequence[tuple[int, int]],
) -> list[list[Candidate]]:
    """Cut each direct quote that runs over several paragraphs into one quote per paragraph."""
    starts = [lo for lo, _ in paragraphs]
    pieces: list[list[Candidate]] = []
    for cand in candidates:
        if cand.kind != "direct" or not cand.blocks or blocks[cand.blocks[0]].paragraphs < 2:
            pieces.append([cand])
            continue
        index = max(0, bisect.bisect_right(starts, cand.start) - 1)
        parts: list[Candidate] = []
        while index < len(paragraphs) and paragraphs[index][0] < cand.end:
            lo, hi = paragraphs[index]
            start, end = max(lo, cand.start), min(hi, cand.end)
            if end > start:
                parts.append(cand._replace(start=start, end=end))
            index += 1
        pieces.append(parts or [cand])
    return pieces


def build_quotes(
    candidates: Sequence[Sequence[Candidate]], speakers: Sequence[Speaker | None]
) -> list[Quote]:
    """Build the quotes layer; reported speech without a speaker mention is dropped."""
    quotes: list[Quote] = []
    for parts, speaker in zip(candidates, speakers, strict=True):
        for cand in parts:
            said_by = outside(speaker, cand)
            if cand.mention is None and cand.kind != "direct":
                continue
            quotes.append(
                Quote(
                    id=layer_id("quotes", len(quotes)),
                    start=cand.start,
                    end=cand.end,
                    kind=cand.kind,
                    speaker=said_by,
                    cue=Cue(start=cand.cue[0], end=cand.cue[1]) if cand.cue is not None else None,
                )
            )
    return quotes


def without_overlaps(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Sort candidates by start and drop those mostly inside an earlier one."""
    ordered = sorted(candidates, key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    for cand in ordered:
        if cand.end <= cand.start:
            continue
        if kept:
            last = kept[-1]
            overlap = min(last.end, cand.end) - max(last.start, cand.start)
            if overlap > _MAX_OVERLAP * (cand.end - cand.start):
                continue
        kept.append(cand)
    return kept


def outside(speaker: Speaker | None, cand: Candidate) -> Speaker | None:
    """Drop a speaker whose mention lies inside the quote it would speak."""
    if speaker is None:
        return None
    if speaker.start < cand.end and cand.start < speaker.end:
        return None
    return speaker
