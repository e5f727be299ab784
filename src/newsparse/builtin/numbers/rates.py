"""An amount as a price per the unit of measurement its clause opens with.

``A gallon of regular gasoline averaged $3.29`` is dollars per gallon, ``a
kilo of rice now costs 80 rupees`` rupees per kilogram, ``a pint now costs
£9.40`` pounds per pint: when a clause opens with one unit of a material
(``a``, ``an``, ``one`` or ``each``, a unit of measurement, and ``of`` or,
the material understood, the verb a few words on),
:func:`price_per_subject_unit` gives the amount that unit as its
denominator.  :func:`share_parallel_rate` gives an amount named by a noun of
price (``last season's price of NZ$8.95``, ``the national average of
£4.60``) the rate of an earlier amount of the same currency it is set
against.
"""

from __future__ import annotations

from itertools import pairwise

from newsparse.builtin.numbers.figures import Figure, Reading
from newsparse.builtin.numbers.lexicon import (
    APPROXIMATORS,
    BRINGING_VERBS,
    CHANGE_WORDS,
    DATE_CUES,
    LOWER_BOUNDS,
    PRICE_NOUNS,
    TRANSITIVE_CHANGE_WORDS,
    UPPER_BOUNDS,
)
from newsparse.builtin.numbers.scanner import UNIT_BY_SURFACE
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["price_per_subject_unit", "share_parallel_rate"]

#: ``A gallon of regular gasoline averaged``, ``a kilo of rice now costs`` before an
#: amount: a unit of measurement of a material is the subject of the price.
#: The unit may stand alone, its verb a few words on (``A pint now costs an
#: eye-watering``), the material understood.
_UNIT_SUBJECT_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:an?|one|each))[ \t]+(?P<unit>[a-z]+)"
    r"(?:[ \t]+of(?:[ \t]+[A-Za-z'’-]+){1,8}?|(?:[ \t]+[A-Za-z'’-]+){1,4}?)[ \t]+\Z"
)
#: What may come before such a subject: nothing, a clause break or a conjunction.
_CLAUSE_OPENING = LazyPattern(
    r"(?:\A|[,;:]|(?<![A-Za-z])(?i:while|whereas|and|but|as|when))[ \t\"“‘']*\Z"
)


def price_per_subject_unit(text: str, reading: Reading, start: int) -> None:
    """Make an amount a price per the unit of measurement its clause opens with.

    :param start: first offset of the sentence.
    """
    left = max(start, reading.start - 100)
    subject = _UNIT_SUBJECT_LEFT.search(text, left, reading.start)
    if subject is None:
        return
    unit = UNIT_BY_SURFACE.get(subject.group("unit").lower())
    if unit is None or unit.kind != "measure":
        return
    if _CLAUSE_OPENING.search(text[start : subject.start()]) is None:
        return
    reading.attributes["per"] = unit.name


#: ``the national average of``, ``last season's final price of about`` before an amount.
_PRICE_OF_LEFT = LazyPattern(
    r"(?<![A-Za-z])(?P<noun>[a-z]+)[ \t]+of[ \t]+"
    r"(?:(?:about|around|nearly|almost|roughly|just|only)[ \t]+)?\Z"
)
#: How far apart, as a factor, two amounts of one rate may be.
_RATE_SPREAD = 10.0
#: The approximation and bound cues of the lexicon written as words (``about``).
_CUE_WORDS = tuple(
    cue for cue in (*APPROXIMATORS, *LOWER_BOUNDS, *UPPER_BOUNDS) if cue[0].isalpha()
)
#: ``to`` before a level reached, maybe with cues (``to just under``).
_LEVEL_TO_LEFT = LazyPattern(
    r"(?<![A-Za-z])to[ \t]+(?:(?i:"
    + alternation([*_CUE_WORDS, "just"], space=r"[ \t]+")
    + r")[ \t]+){0,2}\Z"
)
#: Between a change by a rate and the level it reached: ``to``, maybe after an ``or``
#: aside (``£149 a year, or 8.9 per cent, to``).
_RATE_LEVEL_LINK = LazyPattern(r"(?:,?[ \t]+or[ \t]+[^,;()]{1,30},)?[ \t]+to[ \t]+")
#: A verb of change or of bringing between a rate and a later level (``before easing
#: to``, ``bringing the full-year payout to``).
_LEVEL_VERB = LazyPattern(
    r"(?<![A-Za-z])(?i:"
    + alternation([*CHANGE_WORDS, *TRANSITIVE_CHANGE_WORDS, *BRINGING_VERBS])
    + r")(?![A-Za-z])"
)
#: A possessive: the object it opens may be another party's amount (``the company's``,
#: ``its``), unless its noun is one of time (``the year's payout``).
_POSSESSIVE = LazyPattern(
    r"(?P<noun>[A-Za-z]+)['’]s?(?![A-Za-z])|(?<![A-Za-z])(?i:its|their|his|her)(?![A-Za-z])"
)
#: How far a rate may stand before a level that a verb of change brings to it.
_LEVEL_WINDOW = 90
#: A word comparing an amount with a rate before it, maybe with a cue (``down from``,
#: ``compared with about``, ``up from``, ``versus``); a bare ``from`` may open the
#: amount of a change instead (``rises to 85 cents a share from 80 cents``).
_COMPARED_LEFT = LazyPattern(
    r"(?<![A-Za-z])(?i:(?:up|down|higher|lower)[ \t]+from|compared[ \t]+(?:with|to)"
    r"|versus|vs\.?|against)[ \t]+(?:(?i:"
    + alternation([*_CUE_WORDS, "just"], space=r"[ \t]+")
    + r")[ \t]+){0,2}\Z"
)
#: What may stand between a rate and the word comparing an amount with it: a few words
#: and commas, no figure and no end of clause (``per kilo for imported rice, down from``).
_COMPARED_GAP = LazyPattern(r"[^0-9;:()]{0,40}")


def share_parallel_rate(text: str, figures: list[Figure]) -> None:
    """Give an amount named by a noun of price the rate of the amount it is set against.

    ``£9.40 a pint ..., more than double the national average of £4.60``:
    an amount in an ``of`` phrase after a noun of price or level
    (:data:`~newsparse.builtin.numbers.lexicon.PRICE_NOUNS`) takes the rate
    of the last earlier amount of the sentence in the same currency, when
    the two are of one order of size.  An amount or measure after a
    comparing word takes the rate of the figure right before it too
    (``$7.99 a month, up from $6.99``, ``92 litres per person, compared
    with 61 litres``).
    """
    for index, figure in enumerate(figures):
        if figure.kind != "money" or figure.unit is None or " per " in figure.unit:
            continue
        lead = _PRICE_OF_LEFT.search(text, max(0, figure.start - 30), figure.start)
        if lead is None or lead.group("noun") not in PRICE_NOUNS:
            continue
        for before in reversed(figures[:index]):
            if before.kind != "money" or before.unit is None:
                continue
            currency, _, per = before.unit.partition(" per ")
            if currency == figure.unit and per and _one_order(before.value, figure.value):
                figure.unit = before.unit
            break
    for index, figure in enumerate(figures):
        if figure.kind != "money" or figure.unit is None or " per " in figure.unit:
            continue
        to = _LEVEL_TO_LEFT.search(text, max(0, figure.start - 30), figure.start)
        if to is None:
            continue
        for before in reversed(figures[:index]):
            if before.kind != "money" or before.unit is None:
                continue
            currency, _, per = before.unit.partition(" per ")
            if currency == figure.unit and per and _level_of_rate(text, before, figure, to.start()):
                figure.unit = before.unit
            break
    quantities = [figure for figure in figures if figure.kind != "date"]
    for before, figure in pairwise(quantities):
        if (
            figure.kind in ("money", "measure")
            and before.kind == figure.kind
            and figure.unit is not None
            and before.unit is not None
            and before.unit.startswith(figure.unit + " per ")
            and (_compared_with_rate(text, before, figure) or _restated_range(text, before, figure))
        ):
            figure.unit = before.unit


def _compared_with_rate(text: str, rate: Figure, figure: Figure) -> bool:
    """Whether an amount without a rate is compared with the rate right before it.

    ``₱45 per kilo for imported rice, down from ₱58``, ``41 cents per kWh
    compared with about 14 cents``, ``$7.99 a month, up from $6.99``, ``92
    litres per person, compared with 61 litres``: the earlier figure is the
    last one before, of one order of size, and a comparing word opens the
    amount; the amount is the same rate at another time or place.
    """
    link = _COMPARED_LEFT.search(text, max(rate.end, figure.start - 40), figure.start)
    if link is None or _COMPARED_GAP.fullmatch(text, rate.end, link.start()) is None:
        return False
    return _one_order(rate.value, figure.value)


#: A comma and a bare ``from`` between a range of a rate and the range it was before.
_RESTATED_LINK = LazyPattern(r",[ \t]+(?i:from)[ \t]+")


def _restated_range(text: str, rate: Figure, figure: Figure) -> bool:
    """Whether a range after ``, from`` restates the range of a rate right before it.

    ``between $3.40 and $3.55 a share, from $3.30 to $3.60 previously``: a
    ``from`` range set right after a range of a rate, of one order of size,
    is what the same rate's range was before (a forecast revised, a band
    moved); a single amount there is left alone, as a bare ``from`` may open
    the amount of a change.
    """
    if not isinstance(rate.value, tuple) or not isinstance(figure.value, tuple):
        return False
    if _RESTATED_LINK.fullmatch(text, rate.end, figure.start) is None and not (
        text.startswith("from", figure.start) and text[rate.end : figure.start] in (", ", ",\t")
    ):
        return False
    return _one_order(rate.value, figure.value)


def _level_of_rate(text: str, rate: Figure, level: Figure, to: int) -> bool:
    """Whether an amount after ``to`` is the level a rate of the same currency reached.

    ``rents jumped A$35 a week to A$640``, ``rise by £149 a year, or 8.9 per
    cent, to £1,817``: the level of a change by a rate is in that rate.
    ``hit $2,431.60 an ounce before easing to $2,418``, ``18.4 cent a share,
    bringing the full-year payout to 27.1 cent``: a verb of change or of
    bringing before ``to`` makes a later amount of one order of size the
    level of the same price, unless a possessive opens the object brought
    there (``lifting the company's share price to $81``).
    """
    if rate.change is not None and _RATE_LEVEL_LINK.fullmatch(text, rate.end, level.start):
        return True
    if level.start - rate.end > _LEVEL_WINDOW or ";" in text[rate.end : to]:
        return False
    verb = _LEVEL_VERB.search(text, rate.end, to)
    if verb is None or _owned_by_another(text, verb.end(), to):
        return False  # ``lifting the company's share price to $81``: another's price
    return _one_order(rate.value, level.value)


def _owned_by_another(text: str, start: int, end: int) -> bool:
    """Whether a possessive other than one of time stands in ``text[start:end]``."""
    for owner in _POSSESSIVE.finditer(text, start, end):
        noun = owner.group("noun")
        if noun is None:
            return True
        unit = UNIT_BY_SURFACE.get(noun.lower())
        if noun.lower() not in DATE_CUES and (unit is None or unit.kind != "duration"):
            return True
    return False


def _one_order(first: object, second: object) -> bool:
    """Whether two values (or ranges, by their upper ends) are within :data:`_RATE_SPREAD`."""
    low = first[1] if isinstance(first, tuple) else first
    high = second[1] if isinstance(second, tuple) else second
    if not isinstance(low, float | int) or not isinstance(high, float | int):
        return False
    if low <= 0 or high <= 0:
        return False
    return max(low, high) / min(low, high) <= _RATE_SPREAD
