"""Numeric claims: accuracy on NewsQuant and speed on news text, newsparse against quantulum3.

Scoring follows ``../shared/README.md``: within each sentence a predicted
claim matches a gold quantity with the same value (ranges by both ends,
scale applied, relative tolerance 1e-5); value+unit also needs the same
normalised unit (currency by ISO 4217 code, ``$`` being USD).  Every gold
quantity and every prediction is matched at most once, same-unit pairs
first.  Claims of kind ``date`` do not count against precision (row
``newsparse``).  The row ``newsparse (quantities)`` also leaves out ranks and
ordinals (``largest``, ``first``), which NewsQuant does not annotate either.

Speed is measured on the article texts of ``ggt_dev`` (Canadian news), in
words per second (whitespace-separated words) and milliseconds per 1,000
words, best of five runs after a warm-up call; quantulum3, which is slow,
runs once on the first ``--quantulum-words`` words of the same text when it
is importable.

Run it with the anchors' interpreter so that quantulum3 is measured in the
same run::

    /work/anchors/bin/python benchmarks/bench_numbers.py
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NEWSQUANT = SHARED / "data" / "newsquant"
GGT = SHARED / "data" / "ggt_dev" / "ggt_dev.jsonl"

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsparse.builtin.numbers.processor import NumericClaimExtractor  # noqa: E402
from newsparse.builtin.numbers.scanner import CURRENCY_BY_NAME  # noqa: E402
from newsparse.model import Document  # noqa: E402

#: Gold currency names of NewsQuant that are not names newsparse writes itself.
GOLD_CURRENCY_NAMES = {
    "dollar": "USD",
    "united states dollar": "USD",
    "pound sterling": "GBP",
    "netherlands guilde": "NLG",
    "mark": "DEM",
    "rupee": "INR",
    "bitcoin": "XBT",
    "danish krone": "DKK",
    "peseta": "ESP",
    "finnish markka": "FIM",
}

#: quantulum3 unit names written differently by NewsQuant (as in the CQE evaluation).
QUANTULUM_NAMES = {
    "dimensionless": None,
    "unk": None,
    "per cent": "percentage",
    "percentage drop": "percentage",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "degree angle": "degree",
    "tonne": "metric ton",
    "yard yard": "yard",
    "cubic centimetre": "millilitre",
    "second of arc": "second",
    "minute of arc": "minute",
}

DATE_KINDS = frozenset({"date"})
RANK_KINDS = frozenset({"rank", "ordinal"})

Value = float | tuple[float, float]


@dataclass(frozen=True)
class Quantity:
    value: Value
    unit: str | None


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    value_hits: int = 0
    unit_hits: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.value_hits += other.value_hits
        self.unit_hits += other.unit_hits

    def prf(self, hits: int) -> tuple[float, float, float]:
        precision = hits / self.predicted if self.predicted else 0.0
        recall = hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


# -- gold --------------------------------------------------------------------------------


def load_sets() -> dict[str, list[dict[str, Any]]]:
    sets: dict[str, list[dict[str, Any]]] = {}
    dev = NEWSQUANT / "newsquant_dev.jsonl"
    if dev.exists():
        with dev.open(encoding="utf8") as handle:
            sets["NewsQuant dev"] = [json.loads(line) for line in handle if line.strip()]
    for name, label in (("currency-model.json", "currency"), ("dimension-model.json", "dimension")):
        path = NEWSQUANT / name
        if path.exists():
            sets[label] = json.loads(path.read_text(encoding="utf8"))
    return sets


def gold_value(text: str) -> Value:
    text = text.strip()
    match = re.fullmatch(
        r"(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\s*-\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)", text
    )
    if match and not text.startswith("-"):
        return (float(match.group(1)), float(match.group(2)))
    return float(text)


def normalise_unit(unit: str | None) -> str | None:
    """Lower-case a unit and write currency names as ISO codes (``dollar per barrel``)."""
    if unit is None:
        return None
    unit = re.sub(r"\s+", " ", unit.strip().lower())
    if unit in ("", "-"):
        return None
    head, sep, tail = unit.partition(" per ")
    code = GOLD_CURRENCY_NAMES.get(head) or CURRENCY_BY_NAME.get(head)
    if code is not None:
        head = code.lower()
    return head + sep + tail


def gold_quantities(item: dict[str, Any]) -> list[Quantity]:
    return [
        Quantity(gold_value(str(q["value"])), normalise_unit(q.get("normalized_unit")))
        for q in item.get("quantities", [])
    ]


# -- matching ------------------------------------------------------------------------------


def same_value(a: Value, b: Value) -> bool:
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    if isinstance(a, tuple) and isinstance(b, tuple):
        return _close(min(a), min(b)) and _close(max(a), max(b))
    assert isinstance(a, float) and isinstance(b, float)
    return _close(a, b)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def score_sentence(gold: Sequence[Quantity], predicted: Sequence[Quantity]) -> Score:
    """Match one-to-one: same value and unit first, then same value."""
    free_gold = list(range(len(gold)))
    free_pred = list(range(len(predicted)))
    unit_hits = 0
    for g in list(free_gold):
        for p in free_pred:
            if same_value(gold[g].value, predicted[p].value) and gold[g].unit == predicted[p].unit:
                free_gold.remove(g)
                free_pred.remove(p)
                unit_hits += 1
                break
    value_hits = unit_hits
    for g in list(free_gold):
        for p in free_pred:
            if same_value(gold[g].value, predicted[p].value):
                free_gold.remove(g)
                free_pred.remove(p)
                value_hits += 1
                break
    return Score(len(gold), len(predicted), value_hits, unit_hits)


# -- systems ---------------------------------------------------------------------------------


def newsparse_system(exclude: frozenset[str]) -> Callable[[str], list[Quantity]]:
    extractor = NumericClaimExtractor()

    def run(text: str) -> list[Quantity]:
        claims = extractor.claims(Document(text))
        return [
            Quantity(_as_value(c.value), normalise_unit(c.unit))
            for c in claims
            if c.kind not in exclude
        ]

    return run


def _as_value(value: Any) -> Value:
    if value is None:
        return math.nan
    if isinstance(value, tuple):
        return (float(value[0]), float(value[1]))
    return float(value)


def quantulum_system() -> Callable[[str], list[Quantity]] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # type: ignore[import-not-found]
    except ImportError:
        return None

    def run(text: str) -> list[Quantity]:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = parser.parse(text)
        except Exception:
            return []
        out = []
        for q in found:
            unit = q.unit
            if getattr(unit.entity, "name", "") == "currency" and getattr(
                unit, "currency_code", None
            ):
                name: str | None = unit.currency_code.lower()
            else:
                name = QUANTULUM_NAMES.get(unit.name.lower(), unit.name.lower())
            value: Value = float(q.value)
            if q.uncertainty:
                value = (float(q.value - q.uncertainty), float(q.value + q.uncertainty))
            out.append(Quantity(value, normalise_unit(name)))
        return out

    return run


def evaluate(system: Callable[[str], list[Quantity]], items: Iterable[dict[str, Any]]) -> Score:
    total = Score()
    for item in items:
        total.add(score_sentence(gold_quantities(item), system(item["text"])))
    return total


# -- speed -------------------------------------------------------------------------------------


def news_texts() -> list[str]:
    if not GGT.exists():
        return []
    with GGT.open(encoding="utf8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def words_per_second(run: Callable[[str], object], texts: Sequence[str], repeats: int) -> float:
    """Best words per second over *repeats* runs, after one warm-up call."""
    words = sum(len(t.split()) for t in texts)
    if texts:
        run(texts[0])
    best = math.inf
    for _ in range(repeats):
        began = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - began)
    return words / best if best > 0 else math.inf


# -- table ----------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument(
        "--quantulum-words",
        type=int,
        default=20000,
        help="words of news text to time quantulum3 on (it is slow)",
    )
    options.add_argument("--errors", metavar="SET", help="print the misses of one set and stop")
    args = options.parse_args(argv)

    sets = load_sets()
    if not sets:
        print(f"skipped: no NewsQuant data under {NEWSQUANT}")
        return 0
    systems: list[tuple[str, Callable[[str], list[Quantity]]]] = [
        ("newsparse", newsparse_system(DATE_KINDS)),
        ("newsparse (quantities)", newsparse_system(DATE_KINDS | RANK_KINDS)),
    ]
    if args.errors:
        print_errors(sets[args.errors], newsparse_system(DATE_KINDS | RANK_KINDS))
        return 0
    quantulum = quantulum_system()
    if quantulum is not None:
        systems.append(("quantulum3", quantulum))

    texts = news_texts()
    rows = []
    for name, system in systems:
        cells = [name]
        for label, items in sets.items():
            score = evaluate(system, items)
            cells.append(f"{score.prf(score.value_hits)[2]:.3f}")
            cells.append(f"{score.prf(score.unit_hits)[2]:.3f}")
            if label == "NewsQuant dev":
                p, r, _ = score.prf(score.value_hits)
                cells.insert(1, f"{p:.3f}/{r:.3f}")
        rows.append(cells)
    speeds = {}
    if texts:
        extractor = NumericClaimExtractor()
        speeds["newsparse"] = words_per_second(lambda t: extractor(Document(t)), texts, 5)
        speeds["newsparse (quantities)"] = speeds["newsparse"]
        if quantulum is not None:
            part, count = [], 0
            for text in texts:
                for line in text.splitlines():
                    if count >= args.quantulum_words:
                        break
                    part.append(line)
                    count += len(line.split())
            speeds["quantulum3"] = words_per_second(quantulum, part, 1)
    header = ["system", "NQ value P/R"]
    for label in sets:
        header += [f"{label} value F1", f"{label} value+unit F1"]
    header += ["words/s", "ms/1k words"]
    for row in rows:
        speed = speeds.get(row[0])
        row.append(f"{speed:,.0f}" if speed is not None else "n/a")
        row.append(f"{1e6 / speed:.2f}" if speed else "n/a")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    if texts:
        print(
            f"speed corpus: {len(texts)} ggt_dev articles, "
            f"{sum(len(t.split()) for t in texts):,} words"
            + (f" (quantulum3: the first {args.quantulum_words:,})" if quantulum else "")
        )
    return 0


def print_errors(items: Iterable[dict[str, Any]], system: Callable[[str], list[Quantity]]) -> None:
    for item in items:
        gold = gold_quantities(item)
        predicted = system(item["text"])
        score = score_sentence(gold, predicted)
        if score.unit_hits == len(gold) == len(predicted):
            continue
        print("##", item["text"])
        print("   gold:", [(q.value, q.unit) for q in gold])
        print("   pred:", [(q.value, q.unit) for q in predicted])


if __name__ == "__main__":
    raise SystemExit(main())
