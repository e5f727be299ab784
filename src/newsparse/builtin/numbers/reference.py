"""Reference data of the numeric-claims stage: units and currencies from well-kept sources.

``scripts/generate_lexicon.py`` writes the tables ``units``, ``currencies``
and ``demonyms`` of :mod:`newsparse.lexicon` (its data folder) from pint's
default unit registry (units), ISO 4217 and CLDR (currencies, their names
and symbols) and CLDR with ISO 3166 (demonyms).  This module turns their rows into the stage's
:class:`~newsparse.builtin.numbers.measures.UnitDef` and
:class:`~newsparse.builtin.numbers.measures.CurrencyDef`; the hand-written
entries of :mod:`~newsparse.builtin.numbers.measures` (news idioms) come
first and win where both name a surface.
"""

from __future__ import annotations

import math

from newsparse.builtin.numbers.lexicon import SCALES
from newsparse.builtin.numbers.measures import UNITS, CurrencyDef, UnitDef
from newsparse.lexicon import default_lexicon

__all__ = [
    "ratio_units",
    "reference_currencies",
    "reference_table",
    "reference_unit_letters",
    "reference_units",
]


def reference_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the rows of one generated table of the default lexicon (``"units"``).

    :param name: the table's name in the lexicon (its file name without ``.tsv``).
    """
    return default_lexicon().table(name)


def _values(cell: str) -> tuple[str, ...]:
    return tuple(v for v in cell.split(";") if v)


def reference_units() -> tuple[UnitDef, ...]:
    """Return the units of pint's registry as :class:`UnitDef` entries, with its ratios.

    The ratios are pint's ``ppm`` written at the lexicon's other scales
    (:func:`ratio_units`).
    """
    units = tuple(
        UnitDef(name, kind, _values(words), _values(symbols))
        for name, kind, words, symbols in reference_table("units")
    )
    return units + ratio_units(units)


def ratio_units(units: tuple[UnitDef, ...]) -> tuple[UnitDef, ...]:
    """Return the parts-per ratios at the scales the lexicon names, as NewsQuant names them.

    pint's registry names one such ratio, ``ppm``.  The same ratio is written
    at each scale word of the lexicon's ``number_words`` written out that is
    a power of a thousand (``parts per trillion``, ``parts per thousand``):
    one unit rather than a count of parts and a figure of the scale, named
    as NewsQuant names its ratios (``parts-per-billion``, its
    ``parts-per-trillion``).  A scale whose ratio is already a unit (pint's
    ``part per million``, the hand-written ``parts-per-billion``) keeps it.
    """
    known = {w.lower() for unit in (*units, *UNITS) for w in unit.words}
    spelled: dict[float, str] = {}  # each scale's name written out: ``billion``, not ``bn``
    for scale, value in SCALES.items():
        if scale.isalpha() and len(scale) > len(spelled.get(value, "")):
            spelled[value] = scale
    ratios = []
    for value, scale in spelled.items():
        power = math.log(value, 1000)
        if abs(power - round(power)) > 1e-9 or value < 1000:
            continue
        words = (f"parts per {scale}", f"part per {scale}")
        if any(word in known for word in words):
            continue
        hyphened = tuple(w.replace(" ", "-") for w in words)
        ratios.append(UnitDef(hyphened[0], "measure", (*words, *hyphened)))
    return tuple(ratios)


def reference_unit_letters() -> dict[str, UnitDef]:
    """Return the one-letter unit symbols of pint's registry (``A``, ``N``), by symbol.

    The stage reads them only as the numerator of a compound unit (``1.3 A/cm2``).
    """
    return {
        symbol: UnitDef(name, kind, (), (symbol,))
        for symbol, name, kind in reference_table("unit_letters")
    }


def reference_currencies() -> tuple[CurrencyDef, ...]:
    """Return the ISO 4217 currencies with their CLDR names and symbols."""
    return tuple(
        CurrencyDef(code, _values(symbols), _values(names))
        for code, symbols, names in reference_table("currencies")
    )
