"""Assembling a figure from the readings of a number: value, kind, unit, cues and subject.

:func:`build_figure` turns a finished
:class:`~newsparse.builtin.numbers.figures.Reading` (and the second end of
a range, if any) into the :class:`~newsparse.builtin.numbers.figures.Figure`
a claim is made from: its value or ``(low, high)`` range, kind and unit,
the approximation, bound, change and record cues around it, the qualifier
its suffix implies (``40-odd``, ``100 or more``), its attributes and its
subject.  :func:`date_figure` makes the figure of a date.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse.builtin.numbers.cues import read_cues
from newsparse.builtin.numbers.dates import DateMatch
from newsparse.builtin.numbers.ellipsis import count_before_modal_copula, count_named_by_subject
from newsparse.builtin.numbers.figures import Figure, Reading, kind_and_unit
from newsparse.builtin.numbers.scanner import UNIT_BY_SURFACE, UNIT_BY_SYMBOL, match_unit
from newsparse.builtin.numbers.subjects import find_subject
from newsparse.builtin.numbers.wholes import fraction_whole
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["build_figure", "date_figure"]

_SCALE_OF = LazyPattern(r"[ \t]+on[ \t]+the[ \t]+")


def build_figure(
    text: str,
    first: Reading,
    second: Reading | None,
    start: int,
    end: int,
    *,
    tags: Mapping[int, str] | None = None,
) -> Figure:
    """Return the figure of a number, or of a range from *first* to *second*.

    A bare number whose subject names a count counts what that count does
    (``the number of confirmed cases ... rose to 312``:
    :func:`~newsparse.builtin.numbers.ellipsis.count_named_by_subject`).

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    :param tags: universal POS tags by token start offset, when known.
    """
    value: float | tuple[float, float]
    attributes = dict(first.attributes)
    figure_end = first.end
    low = first.signed
    if second is not None:
        high = second.signed
        value = (min(low, high), max(low, high))
        if attributes.pop("from_to", False) or high < low:
            attributes["from"] = low
            attributes["to"] = high
        figure_end = second.end
    elif first.vague is not None:
        value = first.vague
    else:
        value = low
    kind, unit = kind_and_unit(first)
    if kind == "number":
        kind, unit = _scale_named_after(text, figure_end, end, kind, unit)
    cues = read_cues(text, first.start, figure_end, start, end)
    figure = Figure(
        first.start,
        figure_end,
        kind,
        value,
        unit=unit,
        approximate=cues.approximate or first.vague is not None,
        qualifier=cues.qualifier,
        change=cues.change,
    )
    if first.sub_bound and figure.qualifier is None:
        figure.qualifier = "less than"
    bound = attributes.pop("bound", None)
    if bound == "plus" and figure.qualifier is None:
        figure.qualifier = "more than"
    elif bound == "more" and figure.qualifier is None:
        figure.qualifier = "at least"
    elif bound in ("fewer", "less") and figure.qualifier is None:
        figure.qualifier = "at most"
    elif bound in ("odd", "so"):
        figure.approximate = True
        figure.qualifier = figure.qualifier or "about"
    if cues.record:
        attributes["record"] = True
    if first.scale_word:
        attributes["scale"] = first.scale_word
    if first.currency_symbol:
        attributes["currency_symbol"] = first.currency_symbol
    if first.currency == "USD" and first.currency_symbol == "$":
        attributes["currency_assumed"] = True
    for internal in ("per", "of_end"):
        attributes.pop(internal, None)
    figure.attributes = attributes
    if kind == "fraction":
        # A fraction's subject is its whole (``two-thirds of the 300 workers``), or
        # what changed by it (``sales fell by a third``); none when neither is named.
        figure.subject = fraction_whole(
            text, first.start, figure_end, cues.cue_start, start, end, tags=tags
        )
        if figure.subject is None and figure.change is not None:
            figure.subject = find_subject(
                text, first.start, figure_end, cues.cue_start, start, end, share=False
            )
    else:
        figure.subject = find_subject(
            text,
            first.start,
            figure_end,
            cues.cue_start,
            start,
            end,
            share=kind in ("percent", "count", "number"),
            modifier=kind != "count" or "-" in text[first.start : first.end],
        )
    if figure.kind == "number" and figure.subject is not None:
        named = count_named_by_subject(text, figure.subject, start, tags, first.start)
        if named is not None:
            figure.kind, figure.unit = named
    if figure.kind == "number":
        named = count_before_modal_copula(text, cues.cue_start, start, figure.value)
        if named is not None:
            figure.kind, figure.unit = named
    return figure


def date_figure(date: DateMatch) -> Figure:
    """Return the figure of a date, clock time or year."""
    return Figure(date.start, date.end, "date", None, attributes=date.attributes)


def _scale_named_after(
    text: str, pos: int, end: int, kind: str, unit: str | None
) -> tuple[str, str | None]:
    """Take the unit of ``between 50 and 70 on the GPa scale``."""
    lead = _SCALE_OF.match(text, pos, end)
    if lead is None:
        return kind, unit
    match = match_unit(text, lead.end(), end)
    if match is None or not text.startswith(" scale", match.end()):
        return kind, unit
    surface = match.group("surface")
    found = UNIT_BY_SYMBOL.get(surface) or UNIT_BY_SURFACE.get(surface.lower())
    if found is None or found.name == "count":
        return kind, unit
    return found.kind, found.name
