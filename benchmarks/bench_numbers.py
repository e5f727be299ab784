"""Numeric claims: accuracy on NewsQuant and speed on news text, newsparse against quantulum3.

Every system is scored by the one function :func:`score_sentence`, which
applies the rule of ``../shared/README.md`` ("How these are scored"):

* within each sentence, a predicted claim matches a gold quantity with the
  same value (ranges by both ends, scale applied; floats compared with a
  relative tolerance of 1e-5, which no figure of these sets is sensitive
  to); each gold quantity and each prediction is matched at most once,
  value-and-unit pairs first;
* value+unit also needs the same normalised unit: lower-cased, currency
  names written as ISO 4217 codes (NewsQuant's ``dollar`` is ``$``, USD;
  ``australian dollar`` is AUD);
* claims whose kind is ``date`` do not count against precision; nor do
  ordinals and ranks ("the second straight year", "the largest city") that
  match no gold quantity: NewsQuant annotates neither, and this is how the
  benchmark's held-out half is scored.  One that does match a gold
  quantity counts as a hit.  The last column, "v+u F1 (ranks counted)",
  counts them against precision as the README's rule alone does.

Each system only converts its output to :class:`Claim` (value, unit, kind):
newsparse's ``unit`` is already normalised and a ``score`` claim (value
``None``, its numbers in ``attributes["score"]``) becomes its two numbers,
counting nothing, as NewsQuant annotates the numbers of a score.  A
``fraction`` claim whose ``subject`` is the whole it is a fraction of takes
the unit ``%`` and the whole's noun phrase: this is NewsQuant's annotation
convention (``Nearly two-thirds of the combined 4.3M digital and physical
sales`` is ``% digital physical sale``, ``One out of three Germans`` ``%
Germans``, ``its remaining one-third interest`` ``% interest``).  The noun
phrase is written as newsparse writes a counted noun
(:func:`~newsparse.builtin.numbers.nouns.counted_name`), in the gold too, so
that ``% Germans`` is ``% german``; a fraction of nothing named, or of change
(``sales fell by a third``), has no unit.  quantulum3's ``unit.name`` is
mapped to NewsQuant's names with the table of the CQE evaluation, its
currencies are written by their ISO code, and its ranges (a value with an
uncertainty) become both ends.  quantulum3 has no date kind, so its years
count against its precision.

The figures published for quantulum3 on NewsQuant (value F1 0.730,
value+unit 0.472, from the CQE evaluation) are on all 590 sentences, with
a scorer that lets one prediction match several gold quantities; here the
dev half (295 sentences) is scored one-to-one, and in its two fixed halves.  quantulum3 0.10 ships a
unit classifier pickled with an older scikit-learn that recent versions
cannot load, and parsing then raises on about one sentence in six; the
benchmark retrains the classifier with the installed scikit-learn, as
quantulum3 advises (this needs its ``classifier`` extra, the ``stemming``
package), and falls back to quantulum3's heuristic disambiguation when it
cannot.  The table's notes say which was used and how many sentences
raised.

Every set is reported in its two fixed halves (:mod:`splits`: rules are
developed on half A, half B shows whether they generalise), and the
project's own sets of invented sentences are their own rows: the
development set (``benchmarks/data/numbers_dev_invented.jsonl``, "invented
dev", in ``--quick`` too) and the unseen set
(``benchmarks/data/numbers_unseen.jsonl``), measured last.

Speed is measured on the article texts of ``ggt_dev`` (Canadian news), in
words per second (whitespace-separated words) and milliseconds per 1,000
words, best of five runs after a warm-up call; quantulum3, which is slow,
runs once on the first ``--quantulum-words`` words of the same text when it
is importable.

Run it with an interpreter that has the anchors installed (``pip install -r
benchmarks/requirements.txt -e .``) so that quantulum3 is measured in the
same run::

    python benchmarks/bench_numbers.py
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NEWSQUANT = SHARED / "data" / "newsquant"
GGT = SHARED / "data" / "ggt_dev" / "ggt_dev.jsonl"
UNSEEN = Path(__file__).resolve().parent / "data" / "numbers_unseen.jsonl"
INVENTED = Path(__file__).resolve().parent / "data" / "numbers_dev_invented.jsonl"

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsparse.builtin.numbers.lexicon import COUNT_STOPWORDS, SCALES  # noqa: E402
from newsparse.builtin.numbers.nouns import counted_name  # noqa: E402
from newsparse.builtin.numbers.processor import NumericClaimExtractor  # noqa: E402
from newsparse.builtin.numbers.scanner import CURRENCY_BY_NAME  # noqa: E402
from newsparse.model import Document, NumericClaim  # noqa: E402
from splits import HALVES, split  # noqa: E402

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

#: quantulum3 unit names written differently by NewsQuant (the table of the CQE evaluation).
QUANTULUM_NAMES = {
    "dimensionless": None,
    "unk": None,
    "per cent": "percentage",
    "percentage drop": "percentage",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "degree angle": "degree",
    "degree angle degree fahrenheit": "fahrenheit",
    "tonne": "metric ton",
    "yard yard": "yard",
    "cubic centimetre": "millilitre",
    "second of arc": "second",
    "minute of arc": "minute",
    "pound sterling year": "pound sterling per year",
}

#: Kinds that do not count against precision (NewsQuant does not annotate dates and years).
DATE_KINDS = frozenset({"date"})
#: Kinds that count against precision only under the strict rule: an ordinal or a rank
#: that matches no gold quantity is not counted (NewsQuant annotates neither).
ORDER_KINDS = frozenset({"ordinal", "rank"})

Value = float | tuple[float, float]


@dataclass(frozen=True)
class Claim:
    """A gold quantity or a system's claim, as the scorer sees it."""

    value: Value
    unit: str | None
    kind: str | None = None


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


def load_sets(*, unseen: bool = True) -> dict[str, list[dict[str, Any]]]:
    """Return the NewsQuant sets, each split into its fixed halves, and the unseen set.

    Keys are ``"NewsQuant dev A"``, ``"NewsQuant dev B"``, ``"currency A"``...
    (:func:`splits.half` of the sentence text); rules are developed on the A
    halves only, and on ``"invented dev"``, the project's own invented
    development sentences (``benchmarks/data/numbers_dev_invented.jsonl``),
    which the A halves alone no longer represent.  The project's own unseen
    set (``benchmarks/data/numbers_unseen.jsonl``, invented sentences) is its
    own row, measured last and never tuned on.
    """
    raw: dict[str, list[dict[str, Any]]] = {}
    dev = NEWSQUANT / "newsquant_dev.jsonl"
    if dev.exists():
        raw["NewsQuant dev"] = _read_jsonl(dev)
    for name, label in (("currency-model.json", "currency"), ("dimension-model.json", "dimension")):
        path = NEWSQUANT / name
        if path.exists():
            raw[label] = json.loads(path.read_text(encoding="utf8"))
    sets: dict[str, list[dict[str, Any]]] = {}
    for label, items in raw.items():
        halves = split(items, key=lambda item: str(item["text"]))
        for name, part in zip(HALVES, halves, strict=True):
            sets[f"{label} {name}"] = part
    if INVENTED.exists():
        sets["invented dev"] = _read_jsonl(INVENTED)
    if unseen and UNSEEN.exists():
        own = _read_jsonl(UNSEEN)
        sets["unseen (own)"] = own
        # The shapes the rules were written for are illustrated by a few sentences of
        # the unseen set; this row leaves them out.
        sets["unseen, shapes left out"] = [i for i in own if not i.get("brief_example")]
    return sets


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_value(text: str) -> Value:
    text = text.strip()
    match = re.fullmatch(
        r"(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\s*-\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)", text
    )
    if match and not text.startswith("-"):
        return (float(match.group(1)), float(match.group(2)))
    return float(text)


def normalise_unit(unit: str | None) -> str | None:
    """Lower-case a unit and write currency names as ISO codes (``dollar per barrel``).

    The noun phrase of a fraction's ``% <noun phrase>`` is written as the
    library writes a counted noun (:func:`~newsparse.builtin.numbers.nouns.counted_name`:
    its head singular, participles left out), so that NewsQuant's ``% Germans``
    is ``% german``.
    """
    if unit is None:
        return None
    unit = re.sub(r"\s+", " ", unit.strip().lower())
    if unit in ("", "-"):
        return None
    if unit.startswith("% "):
        return "% " + counted_name(unit[2:].split())
    head, sep, tail = unit.partition(" per ")
    code = GOLD_CURRENCY_NAMES.get(head) or CURRENCY_BY_NAME.get(head)
    if code is not None:
        head = code.lower()
    return head + sep + tail


def gold_claims(item: dict[str, Any]) -> list[Claim]:
    return [
        Claim(gold_value(str(q["value"])), normalise_unit(q.get("normalized_unit")))
        for q in item.get("quantities", [])
    ]


# -- the scorer -----------------------------------------------------------------------------


def same_value(a: Value, b: Value) -> bool:
    """Whether two values are the same number, or the same range by both ends."""
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    if isinstance(a, tuple) and isinstance(b, tuple):
        return _close(min(a), min(b)) and _close(max(a), max(b))
    assert isinstance(a, float) and isinstance(b, float)
    return _close(a, b)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def score_sentence(
    gold: Sequence[Claim], predicted: Sequence[Claim], *, strict: bool = False
) -> Score:
    """Score one sentence by the README rule, the same for every system.

    Date claims are dropped; then each gold quantity and each prediction is
    matched at most once, same value and unit first, then same value.
    Unless *strict*, ordinals and ranks left unmatched are not counted as
    predictions (:data:`ORDER_KINDS`).
    """
    counted = [p for p in predicted if p.kind not in DATE_KINDS]
    free_gold = list(range(len(gold)))
    free_pred = list(range(len(counted)))
    hits = [0, 0]
    for phase, needs_unit in enumerate((True, False)):
        for g in list(free_gold):
            for p in free_pred:
                if same_value(gold[g].value, counted[p].value) and (
                    not needs_unit or gold[g].unit == counted[p].unit
                ):
                    free_gold.remove(g)
                    free_pred.remove(p)
                    hits[phase] += 1
                    break
    uncounted = 0 if strict else sum(counted[p].kind in ORDER_KINDS for p in free_pred)
    return Score(len(gold), len(counted) - uncounted, hits[0] + hits[1], hits[0])


def evaluate(
    system: Callable[[str], list[Claim]], items: Iterable[dict[str, Any]]
) -> tuple[Score, Score]:
    """Return the score of *system* on *items*, and the strict score (ranks counted)."""
    total, strict = Score(), Score()
    for item in items:
        gold, predicted = gold_claims(item), system(item["text"])
        total.add(score_sentence(gold, predicted))
        strict.add(score_sentence(gold, predicted, strict=True))
    return total, strict


# -- systems ---------------------------------------------------------------------------------


def newsparse_system() -> Callable[[str], list[Claim]]:
    extractor = NumericClaimExtractor()

    def run(text: str) -> list[Claim]:
        claims: list[Claim] = []
        for c in extractor.claims(Document(text)):
            sides = c.attributes.get("score") if c.kind == "score" else None
            if sides:
                # A score is its numbers, counted as nothing, each value once:
                # NewsQuant annotates ``tie the game at 2-2`` as the number 2.
                claims += [Claim(float(side), None, c.kind) for side in dict.fromkeys(sides)]
            else:
                unit = c.unit if c.kind != "fraction" else _whole_unit(text, c)
                claims.append(Claim(_as_value(c.value), normalise_unit(unit), c.kind))
        return claims

    return run


def _whole_unit(text: str, claim: NumericClaim) -> str | None:
    """Return NewsQuant's unit of a fraction: ``%`` and the counted noun of its whole.

    A fraction whose subject is the whole it is a fraction of (``two-thirds
    of the combined 4.3M digital and physical sales``, ``one out of three
    Germans``, ``a one-third interest``) is ``% digital physical sale``, ``%
    german``, ``% interest``; the whole's determiner, possessive, number and
    scale are left out, and its words are named as a count's noun is
    (:func:`~newsparse.builtin.numbers.nouns.counted_name`).  A whole is
    written after its fraction; the subject before a fraction of change is
    what changed (``sales fell by a third``), and that fraction, like one of
    nothing named, keeps no unit.
    """
    if claim.subject is None or claim.subject.start < claim.end:
        return claim.unit
    words: list[str] = []
    for word in text[claim.subject.start : claim.subject.end].split():
        lower = word.lower()
        if lower in COUNT_STOPWORDS or lower in SCALES or lower.endswith(("'s", "’s", "s'")):
            continue
        if not word[0].isalpha() and not (words and words[-1][0].isupper()):
            continue  # the whole's number (``the 1,200 nurses``), not a name's (``Grade 4``)
        words.append(word)
    return "% " + counted_name(words) if words else claim.unit


def _as_value(value: Any) -> Value:
    if value is None:
        return math.nan
    if isinstance(value, tuple):
        return (float(value[0]), float(value[1]))
    return float(value)


class Quantulum:
    """quantulum3 as a system: its parser with a classifier that loads, counting failures."""

    name = "quantulum3"

    def __init__(self, parser: Any) -> None:
        self._parser = parser
        self.classifier_path, self.classifier_note = _quantulum_classifier()
        self.calls = 0
        self.failures = 0

    def __call__(self, text: str) -> list[Claim]:
        self.calls += 1
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = self._parser.parse(text, classifier_path=self.classifier_path)
        except Exception:
            self.failures += 1
            return []
        return [_quantulum_claim(q) for q in found]


def _quantulum_claim(quantity: Any) -> Claim:
    unit = quantity.unit
    code = getattr(unit, "currency_code", None)
    if getattr(unit.entity, "name", "") == "currency" and code:
        name: str | None = code.lower()
    else:
        name = QUANTULUM_NAMES.get(unit.name.lower(), unit.name.lower())
    value: Value = float(quantity.value)
    if quantity.uncertainty:
        low, high = quantity.value - quantity.uncertainty, quantity.value + quantity.uncertainty
        value = (float(low), float(high))
    return Claim(value, normalise_unit(name))


def quantulum_system() -> Quantulum | None:
    """quantulum3, or ``None`` when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # type: ignore[import-not-found]
    except ImportError:
        return None
    return Quantulum(parser)


def _quantulum_classifier() -> tuple[str | None, str]:
    """Return the classifier path to give quantulum3 and how its units are disambiguated.

    The shipped classifier is used when it loads; otherwise one is trained
    with the installed scikit-learn and kept in the temporary directory;
    otherwise quantulum3 falls back to its heuristic (a path that does not
    exist).
    """
    from importlib.metadata import version

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import classifier

        try:
            if classifier.Classifier().loaded:
                return None, "shipped classifier"
        except Exception as error:
            shipped = f"shipped classifier does not load ({type(error).__name__}: {error})"
        else:
            shipped = "shipped classifier not found"
        try:
            sklearn = version("scikit-learn")
        except Exception:
            return str(_MISSING_CLASSIFIER), f"{shipped}; heuristic (no scikit-learn)"
        path = Path(tempfile.gettempdir()) / f"quantulum3-clf-sklearn-{sklearn}.joblib"
        if not path.exists():
            try:
                classifier.train_classifier(store=True, output_path=str(path), n_jobs=1)
            except Exception as error:
                path.unlink(missing_ok=True)
                note = f"{shipped}; heuristic (retraining failed: {error})"
                return str(_MISSING_CLASSIFIER), note
        return str(path), f"{shipped}; retrained with scikit-learn {sklearn}"


_MISSING_CLASSIFIER = Path(tempfile.gettempdir()) / "quantulum3-no-classifier.joblib"


# -- speed -------------------------------------------------------------------------------------


def news_texts() -> list[str]:
    if not GGT.exists():
        return []
    with GGT.open(encoding="utf8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def words_per_second(
    run: Callable[[str], object], texts: Sequence[str], repeats: int
) -> tuple[float, float]:
    """Best words per second over *repeats* runs after one warm-up call: wall clock and CPU.

    The CPU figure (process time) is the steadier one on a machine shared with
    other work.
    """
    words = sum(len(t.split()) for t in texts)
    if texts:
        run(texts[0])
    best_wall = best_cpu = math.inf
    for _ in range(repeats):
        began, began_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            run(text)
        best_wall = min(best_wall, time.perf_counter() - began)
        best_cpu = min(best_cpu, time.process_time() - began_cpu)
    return (
        words / best_wall if best_wall > 0 else math.inf,
        words / best_cpu if best_cpu > 0 else math.inf,
    )


# -- table ----------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument(
        "--quantulum-words",
        type=int,
        default=20000,
        help="words of news text to time quantulum3 on (it is slow)",
    )
    options.add_argument(
        "--errors", metavar="SET", help="print the misses of one set ('NewsQuant dev A') and stop"
    )
    options.add_argument(
        "--quick",
        action="store_true",
        help="dev halves and invented dev, newsparse only (no anchor, unseen set, speed)",
    )
    args = options.parse_args(argv)

    sets = load_sets(unseen=not args.quick)
    if not sets:
        print(f"skipped: no NewsQuant data under {NEWSQUANT}")
        return 0
    newsparse = newsparse_system()
    if args.errors:
        print_errors(sets[args.errors], newsparse)
        return 0
    systems: list[tuple[str, Callable[[str], list[Claim]]]] = [("newsparse", newsparse)]
    quantulum = None if args.quick else quantulum_system()
    if quantulum is not None:
        systems.append((quantulum.name, quantulum))

    rows = []
    for label, items in sets.items():
        for name, system in systems:
            score, strict = evaluate(system, items)
            p, r, f = score.prf(score.value_hits)
            rows.append(
                [
                    label,
                    name,
                    str(len(items)),
                    str(score.gold),
                    f"{p:.3f}/{r:.3f}",
                    f"{f:.3f}",
                    f"{score.prf(score.unit_hits)[2]:.3f}",
                    f"{strict.prf(strict.unit_hits)[2]:.3f}",
                ]
            )
    failures = f"raised on {quantulum.failures} of {quantulum.calls} sentences" if quantulum else ""
    header = [
        "set",
        "system",
        "sent.",
        "gold",
        "value P/R",
        "value F1",
        "value+unit F1",
        "v+u F1 (ranks counted)",
    ]
    _print_table(header, rows)

    texts = [] if args.quick else news_texts()
    if texts:
        extractor = NumericClaimExtractor()
        speeds = {"newsparse": words_per_second(lambda t: extractor(Document(t)), texts, 5)}
        if quantulum is not None:
            part, count = [], 0
            for text in texts:
                for line in text.splitlines():
                    if count >= args.quantulum_words:
                        break
                    part.append(line)
                    count += len(line.split())
            speeds[quantulum.name] = words_per_second(quantulum, part, 1)
        print()
        _print_table(
            ["system", "words/s", "ms/1k words", "words/s (CPU time)"],
            [
                [n, f"{wall:,.0f}", f"{1e6 / wall:.2f}" if wall else "n/a", f"{cpu:,.0f}"]
                for n, (wall, cpu) in speeds.items()
            ],
        )
    print(
        "scoring: ../shared/README.md, one function for every system; date claims left out,"
        " unmatched ordinals and ranks left out (last column: counted)"
    )
    print(
        "halves: benchmarks/splits.py (SHA-256 of the sentence text); rules are developed on"
        " the A halves and invented dev; unseen (own) is invented text, measured last,"
        " never tuned on"
    )
    if quantulum is not None:
        print(f"quantulum3: {quantulum.classifier_note}; {failures} (scored as no claims)")
        print(
            "quantulum3 elsewhere: 0.730 / 0.472 in the CQE evaluation, on all 590 NewsQuant"
            " sentences, with a scorer that lets one prediction match several gold quantities"
        )
    if texts:
        print(
            f"speed corpus: {len(texts)} ggt_dev articles, "
            f"{sum(len(t.split()) for t in texts):,} words"
            + (f" (quantulum3: the first {args.quantulum_words:,})" if quantulum else "")
        )
    return 0


def _print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def print_errors(items: Iterable[dict[str, Any]], system: Callable[[str], list[Claim]]) -> None:
    for item in items:
        gold = gold_claims(item)
        predicted = [p for p in system(item["text"]) if p.kind not in DATE_KINDS]
        score = score_sentence(gold, predicted)
        if score.unit_hits == len(gold) == len(predicted):
            continue
        print("##", item["text"])
        print("   gold:", [(q.value, q.unit) for q in gold])
        print("   pred:", [(q.value, q.unit, q.kind) for q in predicted])


if __name__ == "__main__":
    raise SystemExit(main())
