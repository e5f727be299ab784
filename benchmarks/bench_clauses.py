"""Statement clauses: clause F1, parties and stance accuracy, false clauses on visit reports.

Gold: ``benchmarks/data/clauses_gold.txt``, the project's own texts (invented
statements, communiqués and news reports about them, plus visit reports
with no statement content), split into a ``develop`` part and a
``measure`` part that is only measured.  A predicted clause matches a gold
clause when it covers at least 50 % of it and is no longer than 150 % of
it; gold clauses, in order, take the first unmatched predicted clause that
matches.  Parties (as a set) and stance are scored over matched clauses.
False clauses are clauses predicted in the negative texts, per 1,000 words.

For reference the script also prints the discourse-unit boundary F1 of the
splitter's syntax rule on GUM's DISRPT test part (gold trees), when
``../shared/data/disrpt_gum`` is present.

    python benchmarks/bench_clauses.py [--pipeline fast] [--show]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from corpus import SHARED
from newsparse import Pipeline
from newsparse.builtin.clauses.units import unit_starts
from newsparse.model import StatementClause

GOLD = Path(__file__).resolve().parent / "data" / "clauses_gold.txt"
DISRPT = SHARED / "data" / "disrpt_gum" / "eng.rst.gum_test.conllu"


class GoldClause(NamedTuple):
    start: int
    end: int
    parties: frozenset[str]
    stance: str


class GoldText(NamedTuple):
    id: str
    part: str
    genre: str
    text: str
    clauses: list[GoldClause]


def read_gold(path: Path = GOLD) -> list[GoldText]:
    """Read the gold file (format in its header)."""
    texts: list[GoldText] = []
    header: list[str] = []
    section = ""
    body: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if not header:
            return
        text = "\n".join(body)
        clauses: list[GoldClause] = []
        pos = 0
        for row in rows:
            stance, parties, clause = (c.strip() for c in row.split("|", 2))
            start = text.find(clause, pos)
            if start < 0:
                raise ValueError(f"{header[0]}: clause {clause!r} is not in the text after {pos}")
            clauses.append(
                GoldClause(
                    start,
                    start + len(clause),
                    frozenset(p.strip() for p in parties.split(";")),
                    stance,
                )
            )
            pos = start
        texts.append(GoldText(header[0], header[1], header[2], text, clauses))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("=== "):
            flush()
            header, section, body, rows = line[4:].split(), "", [], []
        elif line in ("TEXT", "CLAUSES"):
            section = line
        elif line.startswith("STATEMENT ") or not line.strip():
            continue
        elif section == "TEXT":
            body.append(line)
        elif section == "CLAUSES":
            rows.append(line)
    flush()
    return texts


def matches(gold: GoldClause, pred: StatementClause) -> bool:
    """Whether *pred* covers >= 50 % of *gold* and is at most 150 % of its length."""
    overlap = min(gold.end, pred.end) - max(gold.start, pred.start)
    length = gold.end - gold.start
    return overlap >= 0.5 * length and (pred.end - pred.start) <= 1.5 * length


class Score(NamedTuple):
    gold: int
    predicted: int
    matched: int
    parties: int
    stance: int
    words: int
    seconds: float

    def row(self, name: str) -> str:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        parties = self.parties / self.matched if self.matched else 0.0
        stance = self.stance / self.matched if self.matched else 0.0
        return (
            f"{name:<22} {self.gold:>5} {self.predicted:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}"
            f" {parties:>8.3f} {stance:>7.3f}"
        )


def score(
    pipe: Pipeline, texts: list[GoldText], show: bool
) -> tuple[Score, list[tuple[GoldText, list[StatementClause]]]]:
    gold_n = pred_n = matched = parties = stance = words = 0
    seconds = 0.0
    outputs = []
    for item in texts:
        t0 = time.perf_counter()
        doc = pipe(item.text)
        seconds += time.perf_counter() - t0
        predicted = [span.annotation for span in doc.statement_clauses]
        outputs.append((item, predicted))
        words += len(item.text.split())
        gold_n += len(item.clauses)
        pred_n += len(predicted)
        used: set[int] = set()
        for g in item.clauses:
            hit = next(
                (k for k, c in enumerate(predicted) if k not in used and matches(g, c)), None
            )
            if hit is None:
                if show:
                    print(f"  MISS {item.id}: {item.text[g.start : g.end]!r}")
                continue
            used.add(hit)
            c = predicted[hit]
            matched += 1
            parties += frozenset(c.parties) == g.parties
            stance += c.stance == g.stance
            if show and frozenset(c.parties) != g.parties:
                print(f"  PARTIES {item.id}: {sorted(c.parties)} != {sorted(g.parties)}")
            if show and c.stance != g.stance:
                print(
                    f"  STANCE {item.id}: {c.stance} != {g.stance} {item.text[c.start : c.end]!r}"
                )
        if show:
            for k, c in enumerate(predicted):
                if k not in used:
                    print(f"  EXTRA {item.id}: {item.text[c.start : c.end]!r} {c.stance}")
    return Score(gold_n, pred_n, matched, parties, stance, words, seconds), outputs


def _conllu_sentences(path: Path) -> Iterator[list[list[str]]]:
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(cols)
    if rows:
        yield rows


def disrpt(path: Path) -> str:
    """Boundary P/R/F1 of :func:`unit_starts` on gold trees (all tokens and inside sentences)."""
    tp = fp = fn = 0
    tp_in = fp_in = fn_in = 0
    for rows in _conllu_sentences(path):
        words = [r[1] for r in rows]
        upos = [r[3] for r in rows]
        heads = [int(r[6]) for r in rows]
        deprels = [r[7] for r in rows]
        gold = {k for k, r in enumerate(rows) if "BeginSeg=Yes" in r[9]}
        pred = set(unit_starts(words, upos, heads, deprels))
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        gold.discard(0)
        pred.discard(0)
        tp_in += len(gold & pred)
        fp_in += len(pred - gold)
        fn_in += len(gold - pred)

    def prf(tp: int, fp: int, fn: int) -> str:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"

    return (
        f"all tokens: {prf(tp, fp, fn)}; sentence-internal boundaries: {prf(tp_in, fp_in, fn_in)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pipeline", default="fast")
    parser.add_argument(
        "--config", action="append", default=[], help="KEY=VALUE, e.g. spacy.model=..."
    )
    parser.add_argument("--part", choices=("develop", "measure", "all"), default="all")
    parser.add_argument("--show", action="store_true", help="print misses and extra clauses")
    args = parser.parse_args()
    texts = read_gold()
    config = dict(item.split("=", 1) for item in args.config)
    pipe = Pipeline(args.pipeline, config=config)
    if "rules.statement_clauses" not in pipe.processor_names:
        pipe = Pipeline(args.pipeline, config=config, add=["rules.statement_clauses"])
    pipe("Warm-up.")
    parts = ("develop", "measure") if args.part == "all" else (args.part,)
    print(f"gold: {GOLD.name}; pipeline {args.pipeline!r}")
    columns = ("gold", 5), ("pred", 5), ("P", 6), ("R", 6), ("F1", 6), ("parties", 8), ("stance", 7)
    print(f"{'part':<22} " + " ".join(f"{name:>{width}}" for name, width in columns))
    for part in parts:
        positives = [t for t in texts if t.part == part and t.genre != "negative"]
        negatives = [t for t in texts if t.part == part and t.genre == "negative"]
        result, _ = score(pipe, positives, args.show)
        print(result.row(f"{part} ({len(positives)} texts)"))
        false, _ = score(pipe, negatives, args.show)
        rate = 1000 * false.predicted / false.words if false.words else 0.0
        print(
            f"{part + ' negatives':<22} {len(negatives)} texts, {false.words} words: "
            f"{false.predicted} false clauses = {rate:.2f} per 1,000 words"
        )
    print()
    print(
        "targets on the measure part: F1 >= 0.90, parties >= 0.95, stance >= 0.85, "
        "false clauses <= 1 per 1,000 words"
    )
    if DISRPT.is_file():
        print(f"DISRPT GUM test, unit_starts over gold trees: {disrpt(DISRPT)}")
    else:
        print("DISRPT GUM: ../shared/data/disrpt_gum absent, skipped")


if __name__ == "__main__":
    main()
