"""How each stage of the fast pipeline grows with the size of its input.

Two kinds of text:

* **news**: the project's own ``seeds/*.txt`` repeated to 10 KB, 100 KB,
  1 MB and 10 MB; each stage's time and peak memory (tracemalloc) is printed;
* **pathological families**: one repeated structure per family (runs of
  abbreviations, of capitalised or upper-case words, runs without spaces
  that look like e-mail addresses or domains, runs of spaces or quotation
  marks, one paragraph of many attributed quotations, many pronouns that
  point back to institutions) at every doubling from 1 KB to 1 MB.

For each stage and text the growth exponent is the slope of log(time)
against log(size) over the sizes from 32 KB up (the smaller ones measure
fixed costs); 1 means linear, 2 quadratic.  The target is <= 1.15 for every
stage and family, and at most 100 bytes of peak memory per input character
at 10 MB of news.

Times are CPU seconds of this process (``time.process_time``) after a full
garbage collection, the best of ``--rounds`` rounds over all the sizes (one
size after the other, so that a burst of other work on a shared machine
slows one timing of a size, not all of them).

    python benchmarks/bench_scaling.py [--max-kb N] [--news-mb N] [--rounds N] [--family NAME ...]
"""

from __future__ import annotations

import argparse
import gc
import math
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from newsparse import Document, Pipeline

ROOT = Path(__file__).resolve().parents[1]

#: The stages timed, in running order.
STAGES = (
    "fast.segment",
    "fast.entities",
    "rules.quotes",
    "rules.numeric_claims",
    "rules.statement_clauses",
)

#: Target growth exponent and peak memory per input character.
MAX_EXPONENT = 1.15
MAX_BYTES_PER_CHAR = 100

#: A stage slower than this (seconds) on one size stops the family's doubling.
TIME_CAP = float(__import__("os").environ.get("SCALING_TIME_CAP", "60"))

#: Sizes from which the growth exponent is fitted.
FIT_FROM = 32 * 1024

_CAPITALISED = "Alpha Beta Gamma Delta Union Bank Harbour Council Northern Ridge Valley "
_UPPER = "ALPHA BETA GAMMA DELTA UNION BANK HARBOUR COUNCIL NORTHERN RIDGE VALLEY "

#: Each family: a function from a size in characters to a text of that size.
FAMILIES: dict[str, Callable[[int], str]] = {
    "abbreviations 'U.S. '": lambda n: _repeat("U.S. ", n),
    "titles 'Mr. '": lambda n: "He said " + _repeat("Mr. ", n - 16) + "left.",
    "Title Case run": lambda n: _repeat(_CAPITALISED, n),
    "ALL CAPS run": lambda n: _repeat(_UPPER, n),
    "no-space '1a.'": lambda n: _repeat("1a.", n),
    "no-space 'a+'": lambda n: _repeat("a+", n),
    "no-space 'a_.'": lambda n: _repeat("a_.", n),
    "spaces in a line": lambda n: "Words start here" + " " * (n - 32) + "and end here",
    "quote marks": lambda n: _repeat('"“ ', n),
    "hyphens and dashes": lambda n: _repeat("a-—", n),
    "numbers '1,'": lambda n: _repeat("1,", n),
    "punctuation '!.'": lambda n: _repeat("!.", n),
    "final punctuation run '!'": lambda n: _repeat("!", n - 1) + "x",
    "handles '(@a) '": lambda n: _repeat("— A (@a) ", n),
    "blank lines": lambda n: "Start." + _repeat("\n \n", n - 12) + "End.",
    "quotations in a paragraph": lambda n: _repeat("“We will win,” Mayor Ana Lima said. ", n),
    "a quotation before a long clause": lambda n: (
        "“We will rebuild,” " + _repeat("! ", n - 40) + "said Ana Lima."
    ),
    "institution pronouns": lambda n: _repeat(
        "The agency said it would act. It said the firm agreed.\n\n", n
    ),
}


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def news_text(n: int) -> str:
    """Return *n* characters of news: the project's seeds, repeated as whole paragraphs."""
    seeds = "\n\n".join(
        p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "seeds").glob("*.txt"))
    )
    return _repeat(seeds + "\n\n", n)


def run_stages(
    pipe: Pipeline, text: str, *, memory: bool = False, repeat: int = 1
) -> dict[str, tuple[float, int]]:
    """Run each stage on *text*; return its CPU seconds (the best of *repeat*) and peak bytes.

    CPU time of this process, not wall time, so that other work on a shared
    machine disturbs the figures less; the best of several runs is the least
    disturbed.
    """
    best = _run_once(pipe, text, memory=memory)
    for _ in range(repeat - 1):
        again = _run_once(pipe, text, memory=memory)
        best = {s: (min(best[s][0], again[s][0]), best[s][1]) for s in best}
    return best


def _run_once(pipe: Pipeline, text: str, *, memory: bool) -> dict[str, tuple[float, int]]:
    doc = Document(text)
    found: dict[str, tuple[float, int]] = {}
    for spec, processor in pipe.processors():
        gc.collect()
        if memory:
            tracemalloc.start()
        t0 = time.process_time()
        update = processor(doc)
        doc = doc.with_layers(update, processor=spec.name)
        elapsed = time.process_time() - t0
        peak = 0
        if memory:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        found[spec.name] = (elapsed, peak)
    return found


def exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) against log(size), or None with fewer than 2 points."""
    usable = [(math.log(n), math.log(max(t, 1e-6))) for n, t in points if n >= FIT_FROM]
    if len(usable) < 2:
        return None
    mx = sum(x for x, _ in usable) / len(usable)
    my = sum(y for _, y in usable) / len(usable)
    sxx = sum((x - mx) ** 2 for x, _ in usable)
    return sum((x - mx) * (y - my) for x, y in usable) / sxx


def _fmt_exp(value: float | None) -> str:
    if value is None:
        return "   -"
    return f"{value:4.2f}{'' if value <= MAX_EXPONENT else ' !'}"


def bench_news(pipe: Pipeline, max_mb: float, rounds: int = 3) -> list[float | None]:
    """Print the news table and return each stage's exponent.

    Each size is timed in *rounds* rounds, one size after the other, and the
    best CPU time kept.
    """
    sizes = [n for n in (10_000, 100_000, 1_000_000, 10_000_000) if n <= max_mb * 1_000_000]
    print("news text (seeds/ repeated): CPU seconds per stage; peak MB (tracemalloc) at largest")
    print(f"{'size':>10} " + " ".join(f"{s:>21}" for s in STAGES))
    best: dict[int, dict[str, float]] = {}
    for _ in range(rounds):
        for n in sizes:
            result = run_stages(pipe, news_text(n))
            best[n] = {s: min(best.get(n, {}).get(s, math.inf), result[s][0]) for s in STAGES}
    times = {s: [(n, best[n][s]) for n in sizes] for s in STAGES}
    peaks: dict[str, int] = {}
    for n in sizes:
        print(f"{n:>10,} " + " ".join(f"{best[n][s]:>21.3f}" for s in STAGES))
    result = run_stages(pipe, news_text(sizes[-1]), memory=True)
    for stage in STAGES:
        peaks[stage] = result[stage][1]
    print(f"{'peak MB':>10} " + " ".join(f"{peaks[s] / 1e6:>21.1f}" for s in STAGES))
    print(f"{'bytes/char':>10} " + " ".join(f"{peaks[s] / sizes[-1]:>21.1f}" for s in STAGES))
    exps = [exponent(times[s]) for s in STAGES]
    print(f"{'exponent':>10} " + " ".join(f"{_fmt_exp(e):>21}" for e in exps))
    worst = max(peaks.values()) / sizes[-1]
    print(
        f"peak memory target (<= {MAX_BYTES_PER_CHAR} bytes per character at "
        f"{sizes[-1]:,} characters): {worst:.1f}: "
        f"{'met' if worst <= MAX_BYTES_PER_CHAR else 'NOT met'}"
    )
    print()
    return exps


def bench_family(
    pipe: Pipeline, name: str, make: Callable[[int], str], max_kb: int, rounds: int = 3
) -> list[float | None]:
    """Print one family's row: seconds at the largest size and each stage's exponent.

    Each size is timed in *rounds* rounds and the best CPU time kept.
    """
    sizes: list[int] = []
    best: list[dict[str, float]] = []
    n = 1024
    while n <= max_kb * 1024:
        result = run_stages(pipe, make(n))
        sizes.append(n)
        best.append({s: t for s, (t, _) in result.items()})
        if max(t for t, _ in result.values()) > TIME_CAP:
            break
        n *= 2
    # Further rounds over every size, one size after the other: a burst of
    # other work on a shared machine then slows one run of a size, not all.
    for _ in range(rounds - 1):
        for i, n in enumerate(sizes):
            result = run_stages(pipe, make(n))
            best[i] = {s: min(best[i][s], result[s][0]) for s in best[i]}
    largest = sizes[-1]
    times = {s: [(n, b[s]) for n, b in zip(sizes, best, strict=True)] for s in STAGES}
    exps = [exponent(times[s]) for s in STAGES]
    cells = " ".join(
        f"{times[s][-1][1]:>8.2f}s {_fmt_exp(e):>6}" for s, e in zip(STAGES, exps, strict=True)
    )
    print(f"{name:<24} {largest // 1024:>6} {cells}")
    return exps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-kb", type=int, default=1024, help="largest family size (KB)")
    parser.add_argument("--news-mb", type=float, default=10, help="largest news size (MB)")
    parser.add_argument("--family", action="append", default=[], help="only these families")
    parser.add_argument("--no-news", action="store_true", help="skip the news table")
    parser.add_argument(
        "--rounds", type=int, default=3, help="timings of each size (the best is kept)"
    )
    args = parser.parse_args()
    pipe = Pipeline(list(STAGES))
    run_stages(pipe, news_text(2000))  # create processors, compile patterns
    exps: list[float | None] = []
    if not args.no_news:
        exps += bench_news(pipe, args.news_mb, args.rounds)
    print("pathological families: CPU seconds at the largest size (KB) and growth exponent")
    print(f"{'family':<24} {'KB':>6} " + " ".join(f"{s:>16}" for s in STAGES))
    for name, make in FAMILIES.items():
        if args.family and not any(f in name for f in args.family):
            continue
        exps += bench_family(pipe, name, make, args.max_kb, args.rounds)
    worst = max((e for e in exps if e is not None), default=0.0)
    print()
    print(
        f"target: growth exponent <= {MAX_EXPONENT} for every stage and text: worst {worst:.2f}: "
        f"{'met' if worst <= MAX_EXPONENT else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
