"""Units carried over between the parallel figures of one sentence.

Once a sentence's figures are read, a bare number takes the unit (and
scale) of a figure it stands parallel to: one after the same preposition
(``up by 2 percent but down by 1``; ``12,000 seats in May and 9,500 in
June``) or one of the links of
:mod:`~newsparse.builtin.numbers.links` (``fell 26.23 points to
2,662.91``), or one whose noun an elliptical quantifier or a partitive
leaves unsaid (:mod:`~newsparse.builtin.numbers.ellipsis`: ``3 stolen cars
and nine more``).  A ``per`` denominator written once is shared by the
coordinated figures before it (``11.4 points and 7.9 rebounds a game``).
"""

from __future__ import annotations

import itertools
import re

from newsparse.builtin.numbers.ellipsis import (
    coordinated_part,
    elided_from,
    parallel_antecedent,
    partitive_noun,
    whole_of_fronted_part,
)
from newsparse.builtin.numbers.figures import Figure
from newsparse.builtin.numbers.gates import LeftCue
from newsparse.builtin.numbers.lexicon import LOWER_BOUNDS, SCALES, UPPER_BOUNDS
from newsparse.builtin.numbers.links import (
    COMPARE_LEFT,
    COMPARE_OF_LEFT,
    COMPARE_POSSESSIVE_LEFT,
    DIRECTION_LEFT,
    absolute_part,
    age_changed_from,
    appositive,
    bounded_reading,
    change_to_level,
    compared_with_expected,
    compared_with_own_relative,
    contest_margin,
    contrasted,
    count_of_change_aside,
    gapped,
    included,
    index_level,
    level_after,
    level_after_percent,
    object_of_repeated_verb,
    object_of_second_verb,
    object_of_verb_repeated_after,
    parallel_change,
    passive_for,
    passive_level,
    relative_after_compared,
    restated,
    scaled_level,
    tally,
    whole_out_of,
)
from newsparse.builtin.numbers.scanner import UNIT_BY_SURFACE
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["carry_units", "share_denominators"]

_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*[ \t]+[\"“]?[A-Z]")
_COORDINATION = LazyPattern(r"[ \t]*(?:,[ \t]*)?(?:and|&)?[ \t]*|[ \t]*,[ \t]*")
_PREPOSITION_AFTER = re.compile(
    r"[ \t]+(in|on|at|for|during|by|over|across|from|last|this|a)(?=[ \t]+[A-Za-z0-9])"
)
#: Prepositions that lead parallel figures (``down by 2 percent but up by 1``).  ``of``
#: is none: it ties a figure to the noun before it (``a fine of $3 million``, ``a staff
#: of 400``), and two such nouns need not share a unit.
_LEAD_WORD = re.compile(r"(?i:(?<![A-Za-z])(at|by|to|from|and))[ \t]+(?:about[ \t]+)?\Z")
#: :data:`_LEAD_WORD` with the words it ends with.
_LEAD_WORD_CUE = LeftCue(_LEAD_WORD, ["at", "by", "to", "from", "and", "about"])
#: Normalised bounds of a figure (``more than``, ``at least``...).
_BOUNDS = frozenset(LOWER_BOUNDS.values()) | frozenset(UPPER_BOUNDS.values())
#: Kinds of figure that lend no unit to a bare number, whatever unit they have.
_UNITLESS = frozenset({"date", "age", "rank", "ordinal"})
#: Kinds of figure whose unit a parallel bare number may leave unsaid.
_MEASURED_KINDS = frozenset({"measure", "percent", "money", "duration", "multiple"})
#: A preposition that makes a duration after it a time adverbial (``over three days``).
_TIME_PREPOSITION_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:over|in|for|during|within|after)[ \t]+"
    r"(?:(?:the|its|their)[ \t]+)?(?:(?:first|last|past|next|previous|final|latest)[ \t]+)?)\Z"
)
#: A number in digits and a verb in ``-ed`` right after it (``41 reported``).
_NUMBER_THEN_VERB = LazyPattern(r"(?P<number>[0-9][0-9,.]*)[ \t]+[a-z]{3,}ed[ \t]")
#: A count written as a compound modifier (``the 543-member house``).
_HYPHENED_COUNT = LazyPattern(r"[0-9][0-9,.]*-[a-z]+\Z")
#: Between coordinated numbers whose unit is written once, after the last: a comma,
#: or ``and``, ``or`` or ``&`` (``on 8 and 6 per cent``, ``3, 4 and 5 per cent``).
_COMMA_NEXT = LazyPattern(r"[ \t]*,[ \t]*")
_AND_NEXT = LazyPattern(r"[ \t]+(?:and|or|&)[ \t]+")
#: How many times the written number of a scaled figure a bare number must be to be
#: written in full, leaving no scale word unsaid (``1.2 million ... 900,000``).
_WRITTEN_IN_FULL = 1000.0
#: ``and`` after a serial comma, which a list of three or more numbers may have.
_SERIAL_AND_NEXT = LazyPattern(r"[ \t]*,[ \t]+(?:and|or|&)[ \t]+")


def share_denominators(text: str, figures: list[Figure]) -> None:
    """Share ``per game`` over coordinated figures: ``11.4 points and 7.9 rebounds a game``."""
    for index in range(len(figures) - 1, 0, -1):
        last, before = figures[index], figures[index - 1]
        if last.unit is None or " per " not in last.unit or before.unit is None:
            continue
        if " per " in before.unit or before.kind not in ("count", "measure"):
            continue
        if _COORDINATION.fullmatch(text, before.end, last.start) is None:
            continue
        numerator, denominator = last.unit.split(" per ", 1)
        if before.kind == last.kind == "measure" and numerator != before.unit:
            continue  # ``35,000 feet and 900 km/h``: a height and a speed
        before.unit += " per " + denominator


def carry_units(text: str, start: int, end: int, figures: list[Figure]) -> None:
    """Give a bare number the unit of a parallel figure: ``up by 2 percent but down by 1``.

    A number without unit takes the unit of the last earlier figure of the
    sentence that follows the same preposition (``at 1,463.78 points ...
    at 1,334.20``), or ``from`` for a number after ``to`` (``from 14-18 mpg
    to 24``).  Failing the links of :mod:`~newsparse.builtin.numbers.links`,
    an elliptical or partitive number takes the noun or unit of the last
    figure before it that has one (``3 stolen cars and nine more``, ``14
    hospitals, nine of them``), and its scale only when it is a fraction or
    a few units.  A sentence break inside the segment (a line read without a
    sentences layer) ends the search.

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    """
    _share_unit_written_last(text, figures)
    led: dict[str, Figure] = {}
    followed: dict[str, Figure] = {}
    measured: Figure | None = None
    counted: Figure | None = None
    changed: Figure | None = None
    last_count: Figure | None = None
    percent_change: Figure | None = None
    # the figures with a noun or unit since the last bare one, dates left out
    antecedents: list[Figure] = []
    # every earlier figure of the sentence with a unit, dates and ages left out
    united: list[Figure] = []
    # the fronted whole of ``Of the 40 patients admitted, 12 ...`` and its last part
    fronted: tuple[Figure, Figure] | None = None
    last_end = start
    previous: Figure | None = None
    for figure in figures:
        if previous is not None and previous.unit is not None and previous.kind not in _UNITLESS:
            united.append(previous)
        if _SENTENCE_BREAK.search(text, last_end, figure.start) is not None:
            led.clear()
            followed.clear()
            measured = counted = changed = last_count = fronted = percent_change = None
            antecedents.clear()
            united.clear()
        last_end = max(last_end, figure.end)
        _subject_of_verb(text, figure, antecedents, start)
        _subject_of_relative(text, figure, start, end)
        previous, before = figure, previous
        measured_before = measured
        tail = _PREPOSITION_AFTER.match(text, figure.end, end)
        after = tail.group(1).lower() if tail is not None else ""
        # ``312 patients waited more than 12 hours, up from 198``: a bounded
        # duration after a count sets what is counted; the count is compared.
        threshold = (
            figure.kind == "duration" and counted is not None and figure.qualifier in _BOUNDS
        )
        if threshold:
            measured = measured_before
            continue
        if figure.unit is not None and figure.kind not in ("date", "age") and after:
            followed[after] = figure
        elif figure.kind == "number" and after in followed and isinstance(figure.value, float):
            # ``12,000 seats in May and 9,500 in June``: the same preposition after both.
            parallel = followed[after]
            figure.kind = parallel.kind
            figure.unit = parallel.unit
            figure.attributes["unit_from"] = [parallel.start, parallel.end]
            _share_scale(figure, parallel)
            antecedents.append(figure)
            continue
        lead = _LEAD_WORD_CUE.search(text, max(start, figure.start - 12), figure.start)
        word = lead.group(1).lower() if lead is not None else ""
        model = led.get(word) or (led.get("from") if word == "to" else None)
        if model is not None and level_after_percent(text, figure, before):
            model = None  # ``added 1.1% to 78,904``: the level of what the percent moved
        if model is not None and model.kind == "money" and index_level(text, figure, start):
            model = None  # ``while the dollar index fell to 104.12``: no currency
        if model is None and figure.kind == "number" and isinstance(figure.value, float):
            model = (
                level_after(text, figure, changed)
                or age_changed_from(text, figure, before)
                or object_of_verb_repeated_after(text, end, figure, united)
                or contrasted(
                    text, end, figure, count_of_change_aside(text, measured, united), COMPARE_LEFT
                )
                or contrasted(text, end, figure, measured)
                or contrasted(text, end, figure, counted, COMPARE_LEFT)
                or contrasted(text, end, figure, counted, COMPARE_OF_LEFT, 48)
                or contrasted(text, end, figure, measured, COMPARE_OF_LEFT, 48)
                or contrasted(text, end, figure, counted, COMPARE_POSSESSIVE_LEFT, 48)
                or contrasted(text, end, figure, measured, COMPARE_POSSESSIVE_LEFT, 48)
                or contrasted(text, end, figure, counted, DIRECTION_LEFT)
                or whole_out_of(text, end, figure, measured or counted)
                or bounded_reading(text, figure, measured)
                or passive_for(text, end, figure, counted or measured)
                or object_of_second_verb(text, end, figure, counted)
                or object_of_repeated_verb(text, end, figure, counted or measured)
                or absolute_part(text, end, figure, counted)
                or gapped(text, end, figure, counted)
                or passive_level(text, end, figure, counted or last_count)
                or compared_with_own_relative(text, end, figure, united)
                or compared_with_expected(text, end, figure, measured or counted)
                or appositive(text, end, figure, counted)
                or tally(text, end, figure, counted)
                or scaled_level(text, start, end, figure, last_count)
                or parallel_change(text, end, figure, percent_change)
                or restated(text, end, figure, measured or counted)
                or contest_margin(text, end, figure, last_count)
            )
            elided = model is None
            if elided:
                # ``3 stolen cars and nine more``, ``Of the 40 patients admitted, 12``.
                paired = parallel_antecedent(text, figure, antecedents, start)
                model = (
                    elided_from(text, figure, paired, end)
                    # ``1,500 homes on a 30-hectare site, with the first 400``: a quantifier
                    # that stands for a count passes over the measures after it
                    or elided_from(text, figure, _last_count(antecedents), end)
                    or included(text, figure, counted)
                )
                if model is None:
                    model = _fronted_whole(text, figure, antecedents, start)
                    if model is None and fronted is not None:
                        model = coordinated_part(text, figure, fronted[1], fronted[0])
                    if model is not None:
                        fronted = (model, figure)
        else:
            elided = False
        if figure.kind == "number" and model is not None and isinstance(figure.value, float):
            figure.kind = model.kind
            figure.unit = model.unit
            figure.attributes["unit_from"] = [model.start, model.end]
            if not elided or _unscaled_part(figure.value):
                _share_scale(figure, model)
            own = partitive_noun(text, figure, end) if elided and model.kind == "count" else None
            if own is not None:
                figure.unit = own  # ``three deaths, two of them unvaccinated children``
        elif figure.unit is not None and figure.kind in _MEASURED_KINDS:
            measured = figure
            if lead is not None:
                led[word] = figure
            if figure.change is not None and figure.kind in ("measure", "money"):
                changed = figure
        if figure.kind == "duration" and _TIME_PREPOSITION_LEFT.search(
            text, max(start, figure.start - 30), figure.start
        ):
            # ``25,000 visitors over three days, up from 19,000``: a time adverbial
            # is no term of the comparison around it.
            measured = measured_before
            continue
        if figure.kind == "percent" and figure.change is not None:
            percent_change = figure
        if figure.kind in ("count", "measure") and figure.unit is not None:
            last_count = figure
        if figure.kind == "count" and figure.unit is not None and _is_modifier(text, figure):
            pass  # ``293 seats in the 543-member house``: a modifier is no term compared
        elif figure.kind == "count" and figure.unit is not None:
            counted = figure
            if figure.change is not None:
                changed = figure  # ``fell by 1,300 students to 9,000``: its level
        elif figure.kind != "date":
            counted = None
        if figure.kind not in _MEASURED_KINDS and figure.kind != "date":
            measured = None  # only the figure right before may lend its unit
        if figure.kind in ("date", "rank", "ordinal") or (
            figure.kind == "count" and _is_modifier(text, figure)
        ):
            pass  # ``this year``, ``the 543-member house``: no whole an ellipsis counts
        elif figure.unit is not None and figure.kind != "age":
            antecedents.append(figure)
        else:
            antecedents.clear()

    _name_changes_by_level(text, figures)
    _degrees_on_scale(text, figures)


#: The temperature scales written ``degrees`` and their name (``degrees Celsius``), from
#: the units the stage knows: a change in bare ``degrees`` may be on one of them.
_DEGREE_SCALES = frozenset(
    unit.name
    for unit in UNIT_BY_SURFACE.values()
    if unit.name != "degree" and any(word.startswith("degrees ") for word in unit.words)
)
#: ``by`` right before a figure: the amount of a change (``dropped the temperature by``).
_BY_BEFORE = LazyPattern(r"(?i:\bby)[ \t]+(?:[a-z]+[ \t]+)?$")


def _degrees_on_scale(text: str, figures: list[Figure]) -> None:
    """Put a change in bare ``degrees`` on the scale of the sentence's reading.

    ``recorded 46.2C ... dropped the temperature by 17 degrees``, ``fell 12
    degrees to 45F``: a change of temperature (a figure of change, or one after
    ``by``) written in ``degrees`` alone is on the scale of the reading in
    Celsius or Fahrenheit of the same sentence, the last before it or else the
    first after it.  A difference that is no change (``3.1 degrees short of the
    record``) keeps ``degree``.
    """
    for figure in figures:
        if figure.unit != "degree" or not (
            figure.change or _BY_BEFORE.search(text, max(0, figure.start - 20), figure.start)
        ):
            continue
        scales = [f for f in figures if f.unit in _DEGREE_SCALES]
        before = [f for f in scales if f.end <= figure.start]
        after = [f for f in scales if f.start >= figure.end]
        reading = before[-1] if before else (after[0] if after else None)
        if reading is None:
            continue
        figure.unit = reading.unit
        figure.attributes["unit_from"] = [reading.start, reading.end]


def _share_unit_written_last(text: str, figures: list[Figure]) -> None:
    """Give coordinated bare numbers the unit written once after the last of them.

    ``its coalition partners on 8 and 6 per cent``, ``rose 3, 4 and 5 per
    cent``, ``scored 8 and 6 goals``: numbers joined by ``and`` or ``or``
    (commas before the last) share the unit, and the scale, of the figure
    that ends the list, when it writes its unit after the number.
    """
    shared: Figure | None = None
    for index in range(len(figures) - 2, -1, -1):
        figure, following = figures[index], figures[index + 1]
        if following is shared:
            model, linked = following, _COMMA_NEXT.fullmatch(text, figure.end, following.start)
        else:
            model = following
            linked = _AND_NEXT.fullmatch(text, figure.end, following.start)
            if linked is None and index > 0 and _listed(text, figures[index - 1], figure):
                linked = _SERIAL_AND_NEXT.fullmatch(text, figure.end, following.start)
        if (
            linked is None
            or model.unit is None
            or figure.kind != "number"
            or not isinstance(figure.value, float)
            or model.kind not in ("measure", "percent", "money", "count", "duration")
            or not text[model.start : model.start + 1].isdigit()
        ):
            shared = None
            continue
        figure.kind = model.kind
        figure.unit = model.unit
        figure.attributes["unit_from"] = [model.start, model.end]
        _share_scale(figure, model)
        shared = figure


def _listed(text: str, before: Figure, figure: Figure) -> bool:
    """Whether a bare number and a comma come right before *figure* (``2, 5, and 8``)."""
    return (
        before.kind == "number"
        and before.unit is None
        and _COMMA_NEXT.fullmatch(text, before.end, figure.start) is not None
    )


def _fronted_whole(
    text: str, figure: Figure, antecedents: list[Figure], start: int
) -> Figure | None:
    """Return the fronted whole a bare number is a part of, the nearest first.

    ``Of the 312 patients enrolled in the trial across 24 hospitals, 41
    ...``: the whole is the figure after ``of the``, whatever figures its
    ``of`` phrase holds after it.
    """
    for whole in reversed(antecedents):
        found = whole_of_fronted_part(text, figure, whole, start)
        if found is not None:
            return found
    return None


def _last_count(figures: list[Figure]) -> Figure | None:
    """Return the last count of *figures*, or ``None``."""
    return next((figure for figure in reversed(figures) if figure.kind == "count"), None)


def _subject_of_verb(text: str, figure: Figure, antecedents: list[Figure], start: int) -> None:
    """Make bare a part of a fronted whole whose noun was read past its verb.

    ``Of the 312 patients ..., 41 reported serious side effects``: the number
    opens its clause as the subject of a verb in ``-ed``, which is no
    participle of a noun after it; it counts the noun of the whole.
    """
    if figure.kind != "count" or not antecedents:
        return
    verb = _NUMBER_THEN_VERB.match(text, figure.start, figure.end)
    if verb is None or _fronted_whole(text, figure, antecedents, start) is None:
        return
    figure.kind = "number"
    figure.unit = None
    figure.end = verb.end("number")


def _subject_of_relative(text: str, figure: Figure, start: int, end: int) -> None:
    """Make bare a compared count whose noun is the subject of a reduced relative.

    ``added 256,000 jobs, far above the 160,000 economists had forecast``: the
    noun after the number is the subject of the relative clause, not what the
    number counts, which is the noun of the figure compared with.
    """
    if figure.kind != "count":
        return
    number_end = relative_after_compared(text, start, end, figure)
    if number_end is None:
        return
    figure.kind = "number"
    figure.unit = None
    figure.end = number_end


def _name_changes_by_level(text: str, figures: list[Figure]) -> None:
    """Give a bare change the noun or unit of the level after it: ``by 3 to 11 strokes``.

    The scale word of the level is no range's shared scale: the change keeps
    its own unless it is a fraction or a few units (``by 0.2 to 4.1
    million``), which no count of a whole scale would state.
    """
    for figure, following in itertools.pairwise(figures):
        level = change_to_level(text, figure, following)
        if level is not None:
            figure.kind = level.kind
            figure.unit = level.unit
            figure.attributes["unit_from"] = [level.start, level.end]
            if isinstance(figure.value, float) and _unscaled_part(figure.value):
                # ``fell by 41,000 to 7.57 million``: a change written in full
                # keeps its own scale; only ``rose by 1.2 to 7.6 million`` shares it.
                _share_scale(figure, level)


def _is_modifier(text: str, figure: Figure) -> bool:
    """Whether a count is a compound modifier: its number hyphened to a singular noun."""
    return _HYPHENED_COUNT.match(text, figure.start, figure.end) is not None


def _unscaled_part(value: float) -> bool:
    """Whether an elliptical number may leave its scale unsaid: a fraction or a few units.

    ``4.5 million passengers and another 1.2`` is 1.2 million; ``1.2 million
    people ..., and another 300`` is 300.
    """
    return value != int(value) or value < 10


def _share_scale(figure: Figure, model: Figure) -> None:
    """Give a bare number the scale of the figure it takes its unit from (``$4.5m ... 3.9``).

    A number a thousand times the model's written number or more is written
    in full (``1.2 million tonnes, up from 900,000``) and takes no scale;
    ``₹12,000 crore, from 9,500`` still shares it.
    """
    scale = model.attributes.get("scale")
    value = figure.value
    if (
        isinstance(scale, str)
        and scale in SCALES
        and isinstance(value, float)
        and value < SCALES[scale]
        and not _written_in_full(value, model.value, SCALES[scale])
    ):
        figure.value = value * SCALES[scale]
        figure.attributes["scale"] = scale


def _written_in_full(value: float, model_value: object, scale: float) -> bool:
    """Whether a bare number is written in full beside a scaled figure (``900,000``)."""
    if not isinstance(model_value, float | int) or model_value <= 0:
        return False
    return value >= _WRITTEN_IN_FULL * max(1.0, model_value / scale)
