"""Words around a figure that qualify it: approximation, bounds, change and records."""

from __future__ import annotations

import re

from newsparse.builtin.numbers.lexicon import (
    CHANGE_NOUNS,
    CHANGE_WORDS,
    LOWER_BOUNDS,
    TRANSITIVE_CHANGE_WORDS,
    UPPER_BOUNDS,
)
from newsparse.builtin.numbers.scanner import (
    APPROX_LEFT,
    BOUND_LEFT,
    CHANGE_LEFT,
    CHANGE_RIGHT_RE,
    RECORD_LEFT,
)

__all__ = ["Cues", "read_cues"]

_WINDOW = 48
_OR_SO = re.compile(r"(?i:[ \t]+or[ \t]+so)(?![A-Za-z])")
_SIGN = re.compile(r"[+]\Z")
_BOUNDS = {**LOWER_BOUNDS, **UPPER_BOUNDS}


class Cues:
    """What the words around a figure say about it.

    :param approximate: an approximation cue (``about``) is present.
    :param qualifier: normalised bound or approximation (``"more than"``,
        ``"up to"``, ``"about"``), ``"record"``, or ``None``.
    :param change: ``"up"``, ``"down"`` or ``None``.
    :param record: the figure is called a record.
    :param cue_start: offset where the left cues begin (for the subject).
    """

    __slots__ = ("approximate", "change", "cue_start", "qualifier", "record")

    def __init__(self) -> None:
        self.approximate = False
        self.qualifier: str | None = None
        self.change: str | None = None
        self.record = False
        self.cue_start = -1


def read_cues(text: str, start: int, end: int, floor: int, limit: int) -> Cues:
    """Read the cues around the figure ``text[start:end]``.

    :param floor: offset the left cues may not start before.
    :param limit: offset the right cues may not end after.
    :return: the cues.
    """
    cues = Cues()
    cues.cue_start = start
    window = max(floor, start - _WINDOW)
    record = RECORD_LEFT.search(text, window, start)
    edge = start
    if record is not None:
        cues.record = True
        edge = record.start()
        cues.cue_start = edge
    approx = APPROX_LEFT.search(text, window, edge)
    if approx is not None:
        cues.approximate = True
        cues.qualifier = "about"
        cues.cue_start = approx.start()
    bound = BOUND_LEFT.search(text, window, edge)
    if bound is not None:
        cue = re.sub(r"\s+", " ", bound.group("cue").lower())
        cues.qualifier = _BOUNDS.get(cue, cue)
        cues.cue_start = min(cues.cue_start, bound.start())
        tail = text[bound.end("cue") : edge].lower()
        if any(w in tail.split() for w in ("about", "around", "roughly", "nearly", "almost")):
            cues.approximate = True
    change = CHANGE_LEFT.search(text, window, edge)
    if change is not None:
        word = change.group("cue") or change.group("by_cue")
        direction = CHANGE_WORDS.get(word.lower()) or TRANSITIVE_CHANGE_WORDS.get(word.lower())
        cues.change = direction
        cues.cue_start = min(cues.cue_start, change.start())
        middle = text[change.end("cue" if change.group("cue") else "by_cue") : edge].lower()
        if cues.qualifier is None:
            for cue_text, normal in _BOUNDS.items():
                if cue_text.isalpha() and f" {cue_text} " in f" {middle.strip()} ":
                    cues.qualifier = normal
                    break
    elif _SIGN.search(text, window, start):
        cues.change = "up"
    if cues.change is None:
        right = CHANGE_RIGHT_RE.match(text, end)
        if right is not None and right.end() <= limit:
            cues.change = CHANGE_NOUNS[right.group("cue").lower()]
    if _OR_SO.match(text, end) is not None:
        cues.approximate = True
        cues.qualifier = cues.qualifier or "about"
    if cues.record and cues.qualifier is None:
        cues.qualifier = "record"
    return cues
