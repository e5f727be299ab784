"""Ratios written with two numbers: ``one out of three``, ``one in five``, ``3 in 10 voters``.

:func:`read_ratio` reads a number, ``out of`` or ``in`` and a larger number
as one figure of kind ``fraction`` (the two numbers in its ``ratio``
attribute), unless the second number is a year, the pair is a cricket
score (``187 for 4 in 34 overs``) or a span of time follows (``scored 3 in
10 minutes``).
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse.builtin.numbers.cues import read_cues
from newsparse.builtin.numbers.figures import Figure, Reading
from newsparse.builtin.numbers.nouns import singular
from newsparse.builtin.numbers.number import read_number
from newsparse.builtin.numbers.scanner import NUMBER_RE, UNIT_BY_SURFACE
from newsparse.builtin.numbers.wholes import fraction_whole
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["read_ratio"]

_OUT_OF = LazyPattern(r"(?i:[ \t]+(?:out[ \t]+of|in)[ \t]+)")
#: A bare number and ``for`` before a number: ``187 for 4``, ``went 2 for 4``.
_FOR_PAIR_LEFT = LazyPattern(r"(?<![0-9.,])[0-9]+[ \t]+for[ \t]+\Z")
#: The word after the second number of ``N in M``.
_SPAN_AFTER = LazyPattern(r"[ \t]+(?P<noun>[a-z]+)(?![A-Za-z])")


def read_ratio(
    text: str, reading: Reading, start: int, end: int, tags: Mapping[int, str] | None
) -> Figure | None:
    """Read ``one out of three`` and ``one in five`` as a fraction.

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    :param tags: universal POS tags by token start offset, if any.
    """
    match = _OUT_OF.match(text, reading.end, end)
    if match is None:
        return None
    number = NUMBER_RE.match(text, match.end(), end)
    if number is None:
        return None
    other, _ = read_number(text, number, start)
    if other is None or other.fraction or not reading.value < other.value <= 1000:
        return None
    if other.plain and len(other.raw) == 4:
        return None
    if _FOR_PAIR_LEFT.search(text, max(start, reading.start - 16), reading.start):
        return None  # ``187 for 4 in 34 overs``: the second of a pair, then a span
    span = _SPAN_AFTER.match(text, other.end, end)
    if span is not None and _is_duration(span.group("noun")):
        return None  # ``scored 3 in 10 minutes``: a count within a span of time
    figure = Figure(reading.start, other.end, "fraction", reading.value / other.value)
    figure.attributes["ratio"] = [reading.value, other.value]
    cues = read_cues(text, reading.start, other.end, start, end)
    figure.approximate = cues.approximate
    figure.qualifier = cues.qualifier
    figure.change = cues.change
    figure.subject = fraction_whole(
        text, reading.start, other.end, cues.cue_start, start, end, ratio=True, tags=tags
    )
    return figure


def _is_duration(word: str) -> bool:
    """Whether *word* names a unit of time (``minutes``, ``years``)."""
    unit = UNIT_BY_SURFACE.get(word) or UNIT_BY_SURFACE.get(singular(word))
    return unit is not None and unit.kind == "duration"
