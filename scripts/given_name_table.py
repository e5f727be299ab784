"""What the given-name generators share: the sex a name is usually given to, and the table file.

``build_given_name_sexes.py`` (1990 US census frequencies) and
``build_given_names_ssa.py`` (US Social Security baby-name counts) each read
their source into a count or frequency per sex and hand it here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The lexicon's data folder, where both tables are written.
DATA = ROOT / "src" / "newsparse" / "lexicon" / "data"


def sex_rows(
    totals: Mapping[str, Sequence[float]], *, share: float, keep: Iterable[str]
) -> list[tuple[str, str]]:
    """Return ``(name, sex)`` for each name in *keep* that one sex holds at least *share* of.

    :param totals: each name's ``(male, female)`` count or frequency.
    :param share: the least part of a name's bearers one sex must have.
    :param keep: the names to consider, in the order the table lists them.
    """
    rows: list[tuple[str, str]] = []
    for name in keep:
        male, female = totals[name]
        if male >= share * (male + female):
            rows.append((name, "male"))
        elif female >= share * (male + female):
            rows.append((name, "female"))
    return rows


def write_table(out: Path, header: str, rows: Iterable[tuple[str, str]]) -> None:
    """Write *header* and one ``name<TAB>sex`` line per row to *out*, and say how many."""
    rows = list(rows)
    out.write_text(header + "".join(f"{n}\t{s}\n" for n, s in rows), encoding="utf-8")
    print(f"{len(rows)} names written to {out.relative_to(ROOT)}")
