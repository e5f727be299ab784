"""Start-up cost: ``import newsparse`` and the first ``newsparse.parse(text)``, in new processes.

Each figure is the best of ``--repeat`` fresh interpreters (CPU time from
``time.process_time`` and wall time from ``time.perf_counter``), measured
twice: with compiled bytecode cached (how an installed package runs; the
cache lives in a temporary folder, filled by one warm-up run) and without
any (``-B``, the first run after an editable install).  The text is one
invented paragraph; the pipeline is the default one, with every installed
plugin but the faulty ones of the test suite.  Budgets:

- ``import newsparse`` under 150 ms;
- the first ``newsparse.parse(text)`` under 0.5 s.

    python benchmarks/bench_startup.py [--repeat 5] [--importtime 15]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

#: The faulty plugins of the test suite, left out unless NEWSPARSE_DISABLE_PLUGINS is set.
FAULTY_TEST_PLUGINS = "broken,misspelled,crashing,raising,faulty,acme"

IMPORT_BUDGET = 0.150
FIRST_PARSE_BUDGET = 0.5

TEXT = (
    "Mara Lindqvist, the finance minister of Norway, said on Tuesday that the "
    "government would spend $4.2 billion on new rail lines by 2030. “We have waited "
    "long enough,” she told reporters in Bergen. The opposition Centre Party called "
    "the plan too costly, and about 12 per cent of voters backed it in a poll."
)

CHILD = """
import json, sys, time
c0, w0 = time.process_time(), time.perf_counter()
import newsparse
c1, w1 = time.process_time(), time.perf_counter()
doc = newsparse.parse(sys.argv[1])
c2, w2 = time.process_time(), time.perf_counter()
newsparse.parse(sys.argv[1])
c3, w3 = time.process_time(), time.perf_counter()
print(json.dumps({
    "import": (c1 - c0, w1 - w0), "first": (c2 - c1, w2 - w1), "second": (c3 - c2, w3 - w2),
    "layers": sorted(doc.to_dict().get("layers", {})),
}))
"""


def run(env: dict[str, str], flags: list[str]) -> dict[str, object]:
    """Run the child once and return what it measured."""
    out = subprocess.run(
        [sys.executable, *flags, "-c", CHILD, TEXT],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, object] = json.loads(out.splitlines()[-1])
    return result


def best(env: dict[str, str], flags: list[str], repeat: int) -> dict[str, tuple[float, float]]:
    """Return the best CPU and the best wall time of each measure over *repeat* processes."""
    runs = [run(env, flags) for _ in range(repeat)]
    measures = ("import", "first", "second")
    return {
        m: (
            min(float(r[m][0]) for r in runs),  # type: ignore[index]
            min(float(r[m][1]) for r in runs),  # type: ignore[index]
        )
        for m in measures
    }


def verdict(seconds: float, budget: float) -> str:
    return "met" if seconds < budget else "NOT met"


def slowest_imports(env: dict[str, str], count: int) -> list[str]:
    """Return the *count* modules with the largest cumulative import time (``-X importtime``)."""
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import newsparse"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    rows: list[tuple[int, str]] = []
    for line in err.splitlines():
        rest = line.removeprefix("import time:").partition("|")[2]
        cumulative, _, name = rest.partition("|")
        if cumulative.strip().isdigit():
            rows.append((int(cumulative), name.strip()))
    rows.sort(reverse=True)
    return [f"  {us / 1000:8.1f} ms  {name}" for us, name in rows[:count]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="fresh processes (best is kept)")
    parser.add_argument(
        "--importtime", type=int, default=0, metavar="N", help="also list the N slowest imports"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsparse-pycache-") as cache:
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base.setdefault("NEWSPARSE_DISABLE_PLUGINS", FAULTY_TEST_PLUGINS)
        cached = {**base, "PYTHONPYCACHEPREFIX": cache}
        first = run(cached, [])  # warm-up: writes the bytecode cache
        modes = {
            "bytecode cached": best(cached, [], args.repeat),
            "no bytecode (-B)": best(base, ["-B"], args.repeat),
        }
        print(f"pipeline: default; layers {', '.join(map(str, first['layers']))}")  # type: ignore[call-overload]
        print(f"best of {args.repeat} fresh processes; CPU and wall in ms")
        print(f"{'measure':<28} {'mode':<18} {'CPU':>8} {'wall':>8}  budget")
        for mode, figures in modes.items():
            for measure, label, budget in (
                ("import", "import newsparse", IMPORT_BUDGET),
                ("first", "first parse(text)", FIRST_PARSE_BUDGET),
                ("second", "second parse(text)", None),
            ):
                cpu, wall = figures[measure]
                target = (
                    f"< {budget * 1000:.0f}: {verdict(cpu, budget)}" if budget is not None else ""
                )
                print(f"{label:<28} {mode:<18} {cpu * 1000:>8.1f} {wall * 1000:>8.1f}  {target}")
        if args.importtime:
            print("slowest imports (cumulative, one run, bytecode cached):")
            for line in slowest_imports(cached, args.importtime):
                print(line)


if __name__ == "__main__":
    main()
