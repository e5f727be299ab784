"""Reference data of the numeric-claims stage: units and currencies from well-kept sources.

``scripts/generate_lexicon.py`` writes the tables under
``src/newsparse/lexicon/data/`` from pint's default unit registry (units),
ISO 4217 and CLDR (currencies, their names and symbols) and CLDR with
ISO 3166 (demonyms).  This module turns their rows into the stage's
:class:`~newsparse.builtin.numbers.measures.UnitDef` and
:class:`~newsparse.builtin.numbers.measures.CurrencyDef`; the hand-written
entries of :mod:`~newsparse.builtin.numbers.measures` (news idioms) come
first and win where both name a surface.
"""

from __future__ import annotations

from importlib import resources

from newsparse.builtin.numbers.measures import CurrencyDef, UnitDef

__all__ = ["reference_currencies", "reference_table", "reference_units"]

_COLUMNS = "# columns:"


def reference_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the rows of one generated table (``"units"``), each padded to its columns.

    :param name: the table's file name without ``.tsv``.
    """
    source = resources.files("newsparse") / "lexicon" / "data" / f"{name}.tsv"
    width = 0
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith(_COLUMNS):
            width = len(line[len(_COLUMNS) :].split(","))
        elif line.strip() and not line.startswith("#"):
            cells = tuple(line.split("\t"))
            rows.append(cells + ("",) * (width - len(cells)))
    return tuple(rows)


def _values(cell: str) -> tuple[str, ...]:
    return tuple(v for v in cell.split(";") if v)


def reference_units() -> tuple[UnitDef, ...]:
    """Return the units of pint's registry as :class:`UnitDef` entries."""
    return tuple(
        UnitDef(name, kind, _values(words), _values(symbols))
        for name, kind, words, symbols in reference_table("units")
    )


def reference_currencies() -> tuple[CurrencyDef, ...]:
    """Return the ISO 4217 currencies with their CLDR names and symbols."""
    return tuple(
        CurrencyDef(code, _values(symbols), _values(names))
        for code, symbols, names in reference_table("currencies")
    )
