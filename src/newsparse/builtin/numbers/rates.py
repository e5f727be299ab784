"""An amount as a price per the unit of measurement its clause opens with.

``A gallon of regular gasoline averaged $3.29`` is dollars per gallon, ``a
kilo of rice now costs 80 rupees`` rupees per kilogram, ``a pint now costs
£9.40`` pounds per pint: when a clause opens with one unit of a material
(``a``, ``an``, ``one`` or ``each``, a unit of measurement, and ``of`` or,
the material understood, the verb a few words on),
:func:`price_per_subject_unit` gives the amount that unit as its
denominator.
"""

from __future__ import annotations

from newsparse.builtin.numbers.figures import Reading
from newsparse.builtin.numbers.scanner import UNIT_BY_SURFACE
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["price_per_subject_unit"]

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
