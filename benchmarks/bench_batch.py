"""Batch processing: parse() per call, newsparse batch with 1 and 2 workers, memory, faults, Dask.

Articles are invented (benchmarks/articles.py: seeds/ sentences and
templates); the runs are real ``newsparse batch`` subprocesses.  Prints one
table per part, with the targets:

- ``newsparse.parse`` per call within 1.5x of a reused ``Pipeline``;
- 2 workers >= 1.7x the documents/s of 1 (on a machine with 2 free cores);
- peak memory at 1,000 and 20,000 documents within 20 %;
- a failure on every 97th document loses nothing (count in = count out);
- Dask LocalCluster with 2 workers next to 2 plain worker processes.

Each run also says the CPU time of the ``newsparse batch`` process itself
(reading, sending, writing) and of its worker processes, from
``getrusage`` at the end of the run, so the cost of the machinery shows even
on a busy machine: with 2 workers the total should stay close to that of 1.

    python benchmarks/bench_batch.py [--docs 2000] [--large 20000] [--faults 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import newsparse
from articles import articles
from newsparse import Pipeline

ENV = {**os.environ, "NEWSPARSE_DISABLE_PLUGINS": "broken,misspelled,crashing,raising"}
os.environ.update(ENV)


# -- memory of a process tree ------------------------------------------------------------------
def _peak_kib(pid: int) -> int | None:
    """The process's peak resident set (VmHWM) in KiB, where /proc has it."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


class TreeMemory(threading.Thread):
    """Poll a process and its children; keep each one's peak resident set (MiB)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        import psutil

        self.root = psutil.Process(pid)
        self.peaks: dict[int, float] = {}
        self.roles: dict[int, str] = {}
        self.done = threading.Event()

    def run(self) -> None:
        import psutil

        while not self.done.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            for proc in procs:
                try:
                    cmd = " ".join(proc.cmdline())
                    rss = proc.memory_info().rss / 1024
                except psutil.Error:
                    continue
                if "resource_tracker" in cmd:
                    continue
                peak = _peak_kib(proc.pid) or rss
                self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0.0), peak / 1024)
                self.roles[proc.pid] = "parent" if proc.pid == self.root.pid else "worker"
            time.sleep(0.1)

    def stop(self) -> tuple[float, list[float]]:
        self.done.set()
        self.join()
        parent = max((v for p, v in self.peaks.items() if self.roles[p] == "parent"), default=0)
        workers = sorted(v for p, v in self.peaks.items() if self.roles[p] == "worker")
        return parent, workers


# -- runs ---------------------------------------------------------------------------------------
def write_archive(path: Path, n: int, *, fail_every: int = 0) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(articles(n)):
            if fail_every and (i + 1) % fail_every == 0:
                text += "\n[fail]\n"
            out.write(json.dumps({"id": f"a{i:06d}", "text": text}) + "\n")


# Runs the command line, then writes its own CPU time and that of its (finished) workers.
RUNNER = """
import json, resource, sys
from newsparse.cli.main import main
if __name__ == "__main__":
    code = main(sys.argv[2:])
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump({"parent": own.ru_utime + own.ru_stime,
                   "workers": children.ru_utime + children.ru_stime}, out)
    sys.exit(code)
"""


@dataclass
class Run:
    """One ``newsparse batch`` run."""

    seconds: float
    parent_mib: float
    worker_mib: list[float]
    code: int
    #: CPU seconds of the newsparse process itself and of its worker processes.
    parent_cpu: float
    workers_cpu: float

    @property
    def cpu(self) -> float:
        return self.parent_cpu + self.workers_cpu


def run_batch(archive: Path, out: Path, *extra: str, pipeline: str = "fast") -> Run:
    """Run newsparse batch; return its time, peak memory, exit status and CPU time."""
    cpu_file = out.with_suffix(".cpu.json")
    command = [sys.executable, "-c", RUNNER, str(cpu_file), "batch", str(archive),
               "-o", str(out), "--pipeline", pipeline, "--quiet", *extra]  # fmt: skip
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=ENV)
    memory = TreeMemory(proc.pid)
    memory.start()
    code = proc.wait()
    seconds = time.perf_counter() - start
    parent, workers = memory.stop()
    cpu = json.loads(cpu_file.read_text(encoding="utf-8")) if cpu_file.exists() else {}
    return Run(seconds, parent, workers, code, cpu.get("parent", 0.0), cpu.get("workers", 0.0))


def cluster_cpu() -> float:
    """CPU seconds so far of this process (the Dask scheduler's threads) and its children."""
    import psutil

    total = time.process_time()
    for proc in psutil.Process().children(recursive=True):
        try:
            times = proc.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def count_lines(path: Path) -> tuple[int, int]:
    ok = failed = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if "error" in json.loads(line):
                failed += 1
            else:
                ok += 1
    return ok, failed


# -- parts --------------------------------------------------------------------------------------
def bench_parse(calls: int, rounds: int = 7) -> None:
    text = "The mayor said on Monday that 12 bridges would close."
    newsparse.parse.cache_clear()
    t0 = time.perf_counter()
    newsparse.parse(text, "fast")
    first = time.perf_counter() - t0
    pipe = Pipeline("fast")
    pipe(text)
    # Alternate the two loops and keep each one's best round (as timeit does), so a
    # burst of load on a shared machine does not favour one of them.
    per_round = max(1, calls // rounds)
    cached = reused = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(per_round):
            newsparse.parse(text, "fast")
        cached = min(cached, (time.perf_counter() - t0) / per_round)
        t0 = time.perf_counter()
        for _ in range(per_round):
            pipe(text)
        reused = min(reused, (time.perf_counter() - t0) / per_round)
    t0 = time.perf_counter()
    Pipeline("fast")(text)
    fresh = time.perf_counter() - t0
    print(f"## parse() on a one-sentence text ({rounds} alternating rounds of {per_round} calls, "
          "best round, fast pipeline)")  # fmt: skip
    print(f"{'':34} {'ms/call':>9}")
    print(f"{'newsparse.parse (cached pipeline)':34} {cached * 1000:>9.3f}")
    print(f"{'Pipeline built once, reused':34} {reused * 1000:>9.3f}")
    print(f"{'first parse() call (builds)':34} {first * 1000:>9.1f}")
    print(f"{'new Pipeline per call (before)':34} {fresh * 1000:>9.1f}")
    ratio = cached / reused
    print(f"parse / reused = {ratio:.2f}x; target <= 1.5x: {'met' if ratio <= 1.5 else 'NOT met'}")
    print()


def bench_workers(tmp: Path, n: int, dask: bool, pipeline: str) -> None:
    """Time the archive with 1 and 2 worker processes, then on a Dask LocalCluster.

    The cluster starts only after the plain runs: its idle workers and
    scheduler would otherwise take CPU from them.
    """
    archive = tmp / f"archive-{n}.jsonl"
    write_archive(archive, n)
    out = tmp / "out.jsonl"
    rows: list[tuple[str, Run, int]] = []
    for label, extra in (("1 (in process)", ["--workers", "1"]), ("2 workers", ["--workers", "2"])):
        run = run_batch(archive, out, *extra, pipeline=pipeline)
        ok, failed = count_lines(out)
        rows.append((label, run, ok + failed))
    cluster = start_dask() if dask else None
    if cluster is not None:
        try:
            before = cluster_cpu()
            run = run_batch(archive, out, "--scheduler", cluster[1], pipeline=pipeline)
            # The cluster's workers and scheduler are this process's, not the command's.
            run.workers_cpu += cluster_cpu() - before
        finally:
            cluster[0].close()  # type: ignore[attr-defined]
        ok, failed = count_lines(out)
        rows.append(("Dask LocalCluster, 2 workers", run, ok + failed))
    print(f"## newsparse batch: {n} generated articles, pipeline {pipeline!r} "
          f"({os.cpu_count()} cores)")  # fmt: skip
    print(f"{'workers':30} {'s':>7} {'docs/s':>8} {'speed-up':>9} {'CPU s':>7} {'parent CPU':>11}"
          f" {'out':>6} {'parent MiB':>11} {'worker peak MiB':>16}")  # fmt: skip
    base = rows[0][1].seconds
    for label, run, written in rows:
        peaks = ", ".join(f"{w:.0f}" for w in run.worker_mib) or "-"
        print(f"{label:30} {run.seconds:>7.1f} {n / run.seconds:>8.1f}"
              f" {base / run.seconds:>8.2f}x {run.cpu:>7.1f} {run.parent_cpu:>11.2f}"
              f" {written:>6} {run.parent_mib:>11.0f} {peaks:>16}")  # fmt: skip
        assert written == n and run.code == 0, f"{label}: {written} of {n} written, {run.code}"
    one, two = rows[0][1], rows[1][1]
    speedup = one.seconds / two.seconds
    print(f"2 workers: {speedup:.2f}x; target >= 1.7x on 2 free cores: "
          f"{'met' if speedup >= 1.7 else 'NOT met'}")  # fmt: skip
    print(
        f"CPU time with 2 workers / with 1: {two.cpu / one.cpu:.2f} (parallel overhead; "
        f"on 2 idle cores the speed-up would be about {2 * one.cpu / two.cpu:.2f}x); "
        f"parent process with 2 workers: {two.parent_cpu:.2f} s "
        f"({two.parent_cpu / two.cpu:.1%} of the CPU time)"
    )
    print(f"load average during the runs: {os.getloadavg()[0]:.1f}")
    if len(rows) > 2:
        dask_run = rows[2][1]
        print(f"Dask / plain processes: time {dask_run.seconds / two.seconds:.2f}x, "
              f"CPU {dask_run.cpu / two.cpu:.2f}x (scheduler and nannies included)")  # fmt: skip
    print()


def bench_memory(tmp: Path, small: int, large: int, pipeline: str) -> None:
    rows = []
    print(f"## peak resident memory by archive size (2 workers, pipeline {pipeline!r})")
    print(f"{'documents':>10} {'s':>7} {'parent MiB':>11} {'largest worker MiB':>19}", flush=True)
    for n in (small, large):
        archive = tmp / f"archive-{n}.jsonl"
        if not archive.exists():
            write_archive(archive, n)
        run = run_batch(archive, tmp / "out.jsonl", "--workers", "2", pipeline=pipeline)
        ok, failed = count_lines(tmp / "out.jsonl")
        assert ok + failed == n and run.code == 0
        rows.append((n, run.seconds, run.parent_mib, max(run.worker_mib)))
        archive.unlink()
        print(f"{n:>10} {run.seconds:>7.1f} {run.parent_mib:>11.0f}"
              f" {max(run.worker_mib):>19.0f}", flush=True)  # fmt: skip
    (_, _, p1, w1), (_, _, p2, w2) = rows
    growth = max(p2 / p1, w2 / w1) - 1
    print(
        f"largest growth {growth:+.1%}; target < 20 %: {'met' if abs(growth) < 0.2 else 'NOT met'}"
    )
    print()


def bench_faults(tmp: Path, n: int, every: int, pipeline: str) -> None:
    archive = tmp / f"faults-{n}.jsonl"
    write_archive(archive, n, fail_every=every)
    out = tmp / "faults-out.jsonl"
    run = run_batch(archive, out, "--workers", "2", "--add", "faulty.fail", pipeline=pipeline)
    seconds, code = run.seconds, run.code
    ok, failed = count_lines(out)
    ids = [json.loads(line)["id"] for line in out.open(encoding="utf-8")]
    expected_failed = n // every
    print(f"## {n} documents, a plugin processor failing on every {every}th "
          f"(2 workers, pipeline {pipeline!r})")  # fmt: skip
    print(f"{'in':>7} {'out':>7} {'ok':>7} {'error records':>14} {'expected':>9} {'in order':>9}"
          f" {'exit':>5} {'s':>7}")  # fmt: skip
    in_order = ids == [f"a{i:06d}" for i in range(n)]
    print(f"{n:>7} {ok + failed:>7} {ok:>7} {failed:>14} {expected_failed:>9} {in_order!s:>9}"
          f" {code:>5} {seconds:>7.1f}")  # fmt: skip
    lost = n - ok - failed
    print(f"documents lost: {lost}; target 0: {'met' if lost == 0 and in_order else 'NOT met'}")
    print()


def start_dask() -> tuple[object, str] | None:
    try:
        from distributed import LocalCluster
    except ImportError:
        print("(Dask is not installed: the Dask row is left out)")
        return None
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=":0", host="127.0.0.1")  # fmt: skip
    return cluster, cluster.scheduler_address


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--faults", type=int, default=10000)
    parser.add_argument("--every", type=int, default=97)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument(
        "--scale-pipeline", default="fast", metavar="NAME",
        help="pipeline of the workers, faults and memory parts (e.g. acme, from the test "
        "plugin package, to measure the batch machinery alone, more cheaply than with fast)",
    )  # fmt: skip
    parser.add_argument(
        "--parts", default="parse,workers,faults,memory",
        help="comma-separated parts to run (default: all)",
    )  # fmt: skip
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    if "parse" in parts:
        bench_parse(args.calls)
    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as name:
        tmp = Path(name)
        if "workers" in parts:
            bench_workers(tmp, args.docs, not args.no_dask, args.scale_pipeline)
        if "faults" in parts:
            bench_faults(tmp, args.faults, args.every, args.scale_pipeline)
        if "memory" in parts:
            bench_memory(tmp, args.small, args.large, args.scale_pipeline)


if __name__ == "__main__":
    main()
