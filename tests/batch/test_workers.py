"""Pipeline.pipe with worker processes: same results, same order, nothing lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsparse import Document, FailedDocument, Pipeline
from newsparse.pipeline.workers import WorkerPool, fork_available

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_two_workers_give_the_results_of_one_process_in_order() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] * 4
    texts += [f"Short text {i} [fail]." for i in range(3)]
    ids = [f"doc{i}" for i in range(len(texts))]
    pipe = Pipeline("fast", add=["faulty.fail"], config={"faulty.ids": ["doc1"]})
    here = list(pipe.pipe(texts, ids=ids, batch_size=3, on_error="record"))
    there = list(pipe.pipe(texts, ids=ids, batch_size=3, n_process=2, on_error="record"))
    assert there == here
    assert [r.id for r in there] == ids
    failed = [r.id for r in there if isinstance(r, FailedDocument)]
    assert failed == ["doc1", *ids[-3:]]


def test_raise_mode_with_workers_raises_the_first_failure_in_order() -> None:
    from newsparse.errors import ProcessingError

    pipe = Pipeline(["faulty.fail"])
    texts = ["ok", "ok", "bad [fail]", "bad again [fail]"]
    with pytest.raises(ProcessingError, match="failed on document 'c'"):
        list(pipe.pipe(texts, ids=list("abcd"), batch_size=1, n_process=2))


def test_workers_stop_a_hang_and_survive_a_crash() -> None:
    pipe = Pipeline(["faulty.sleep", "faulty.hang", "faulty.crash"], timeout=0.5,
                    config={"faulty.seconds": 20})  # fmt: skip
    texts = ["a [sleep]", "b", "c [hang]", "d", "e [crash]", "f", "g", "h"]
    out = list(pipe.pipe(texts, ids=list("abcdefgh"), batch_size=3, n_process=2,
                         on_error="record"))  # fmt: skip
    assert [r.id for r in out] == list("abcdefgh")
    errors = {r.id: r for r in out if isinstance(r, FailedDocument)}
    assert sorted(errors) == ["a", "c", "e"]
    assert errors["a"].error.endswith(
        "TimeoutError: took longer than 0.5 s (the pipeline's timeout)"
    )
    assert errors["c"].processor == "faulty.hang"
    assert "its worker process was stopped and replaced" in errors["c"].error
    assert errors["e"].error == (
        "Processor 'faulty.crash' of plugin 'faulty' failed on document 'e': "
        "its worker process exited with code 3"
    )


def test_a_crash_with_batches_queued_behind_it_loses_nothing() -> None:
    # One document per batch: each worker holds the batch it parses and the next one, so
    # a crash leaves a queued batch that must be sent again, not lost or blamed.
    pipe = Pipeline(["faulty.sleep", "faulty.crash"], config={"faulty.seconds": 0.05})
    texts = [f"t{i} [sleep]" + (" [crash]" if i in (2, 3, 9) else "") for i in range(12)]
    ids = [f"d{i}" for i in range(12)]
    out = list(pipe.pipe(texts, ids=ids, batch_size=1, n_process=2, on_error="record"))
    assert [r.id for r in out] == ids
    failed = {r.id: r.error for r in out if isinstance(r, FailedDocument)}
    assert sorted(failed) == ["d2", "d3", "d9"]
    assert failed["d9"] == (
        "Processor 'faulty.crash' of plugin 'faulty' failed on document 'd9': "
        "its worker process exited with code 3"
    )
    here = list(pipe.pipe(texts[:2], ids=ids[:2]))
    assert out[:2] == here


def test_a_pool_names_the_processor_from_what_its_workers_report() -> None:
    pipe = Pipeline(["faulty.crash"])
    batches = [[Document("a", {}, id="a"), Document("b [crash]", {}, id="b")],
               [Document("c", {}, id="c")]]  # fmt: skip
    with WorkerPool(pipe.arguments, Pipeline.from_arguments, 2, how="json") as pool:
        out = [result for results in pool.map(batches) for result in results]
        workers = list(pool.workers)
    assert out[0] == pipe(Document("a", {}, id="a")).to_json()
    assert isinstance(out[1], FailedDocument)
    assert (out[1].processor, out[1].plugin) == ("faulty.crash", "faulty")
    assert out[2] == pipe(Document("c", {}, id="c")).to_json()
    # Told to stop, a worker exits at once and cleanly (one still starting is killed).
    assert [w.process.exitcode for w in workers if w.ready]
    assert all(w.process.exitcode == 0 for w in workers if w.ready)


#: Run in a fresh interpreter: this process has threads left by other tests
#: (a thread pool, a progress monitor), and forking is refused while any runs.
FORKED_POOL = """
from newsparse import Document, FailedDocument, Pipeline
from newsparse.pipeline.workers import WorkerPool, fork_available

assert fork_available(), "a fresh interpreter on Linux runs one thread"
pipe = Pipeline(["fast.segment", "faulty.crash"])
texts = ["One. Two.", "Three [crash].", "Four five.", "Six."]
batches = [[Document(t, {}, id=f"d{i}")] for i, t in enumerate(texts)]
with WorkerPool(pipe.arguments, Pipeline.from_arguments, 2, how="json",
                fork_from=pipe) as pool:
    forked = [result for results in pool.map(batches) for result in results]
    assert pool.restarts == 1, pool.restarts
with WorkerPool(pipe.arguments, Pipeline.from_arguments, 2, how="json") as pool:
    spawned = [result for results in pool.map(batches) for result in results]
assert forked == spawned
assert isinstance(forked[1], FailedDocument)
assert forked[1].processor == "faulty.crash"
assert forked[2] == pipe(Document(texts[2], {}, id="d2")).to_json()
print("forked pool ok")
"""


@pytest.mark.skipif(sys.platform != "linux", reason="worker processes are forked only on Linux")
def test_forked_workers_parse_as_spawned_ones_and_survive_a_crash() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FORKED_POOL], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "forked pool ok" in done.stdout


def test_no_fork_while_another_thread_runs() -> None:
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not fork_available()
    finally:
        stop.set()
        thread.join()
