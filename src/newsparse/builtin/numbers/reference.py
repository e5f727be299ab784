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

from newsparse.builtin.numbers.measures import CurrencyDef, UnitDef
from newsparse.lexicon import default_lexicon

__all__ = [
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
    """Return the units of pint's registry as :class:`UnitDef` entries."""
    return tuple(
        UnitDef(name, kind, _values(words), _values(symbols))
        for name, kind, words, symbols in reference_table("units")
    )


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
