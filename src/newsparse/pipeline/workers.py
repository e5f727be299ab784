"""Worker processes on this machine for ``Pipeline.pipe(n_process=N)`` and ``--workers N``.

Each worker is a ``spawn``-ed process that builds the pipeline once from its
:class:`~newsparse.pipeline.arguments.PipelineArguments` and then parses one
batch at a time, sent and received over its own pipe.  Given a pipeline
built in the parent (``fork_from``), a pool on Linux forks its workers from
the parent instead, when the parent runs no other thread: they start with
the parent's imports, plugins and word lists, and build only their
processors.  A worker holds up to two batches, the one it parses and the
next (a thread reads the pipe while the parser works), so it never waits for
the parent between batches.  The parent:

- keeps results in input order with a reorder buffer, and sends no batch
  more than a few batches ahead of the oldest unfinished one, so memory is
  bounded by the documents in flight, not by the length of the input;
- watches each worker: a processor call that outlives its budget
  (``timeout`` per document) by more than a grace period, or a worker that
  dies, has its document recorded as failed (naming the processor) and the
  worker replaced; the rest of the batch is sent again.  A batch call that
  hangs is retried one document at a time to find the culprit.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.connection import wait
from typing import TYPE_CHECKING, Any, Literal

import attrs

from newsparse.errors import PipelineConfigError, ProcessingError
from newsparse.model import Document
from newsparse.pipeline.arguments import PipelineArguments
from newsparse.pipeline.failures import FailedDocument
from newsparse.pipeline.timeouts import alarm_available

if TYPE_CHECKING:
    from newsparse.pipeline.pipeline import Pipeline

__all__ = [
    "Encoding",
    "Wire",
    "WorkerPool",
    "encode",
    "encoded_stream",
    "fork_available",
    "from_wire",
    "pipe_in_workers",
    "to_wire",
    "wire_id",
    "worker_main",
]

#: How a worker sends a parsed document back: a JSON-contract dict or a JSON string.
Encoding = Literal["dict", "json"]

#: A batch item on the wire: ("t", text, id, metadata), ("d", document dict)
#: or ("f", FailedDocument).
Wire = tuple[Any, ...]

# Slots of a worker's shared state array: the processor and document being run, when
# the call started, its budget, and the number of the task being parsed.
_PROCESSOR, _POSITION, _STARTED, _BUDGET, _TASK = range(5)

#: How many batches a worker holds at once: the one it parses and the next.
DEPTH = 2


def to_wire(item: Document | FailedDocument) -> Wire:
    """Return *item* in the form sent to a worker (documents do not pickle; dicts do)."""
    if isinstance(item, FailedDocument):
        return ("f", item)
    if not item.layers and not item.pipeline:
        return ("t", item.text, item.id, dict(item.metadata) or None)
    return ("d", item.to_dict())


def wire_id(wire: Wire) -> str | None:
    """Return the id of the item *wire* carries."""
    kind = wire[0]
    if kind == "t":
        doc_id: str | None = wire[2]
    elif kind == "d":
        doc_id = wire[1].get("id")
    else:
        doc_id = wire[1].id
    return doc_id


def from_wire(wire: Wire, pipeline: Pipeline) -> Document | FailedDocument:
    """Rebuild the item *wire* carries (plugin layers with *pipeline*'s layer types)."""
    from newsparse.io.jsonio import document_from_dict

    kind = wire[0]
    try:
        if kind == "t":
            return Document(wire[1], {}, id=wire[2], metadata=wire[3] or {})
        if kind == "d":
            return document_from_dict(wire[1], pipeline.plugins.layer_types())
    except Exception as exc:
        return FailedDocument(
            id=wire_id(wire), error=f"Document {wire_id(wire)!r} could not be read: {exc}"
        )
    failed: FailedDocument = wire[1]
    return failed


def encode(result: Document | FailedDocument, how: Encoding) -> Any:
    """Return a parsed document as *how* says (failures are returned unchanged)."""
    if isinstance(result, FailedDocument):
        return result
    try:
        return result.to_dict() if how == "dict" else result.to_json()
    except Exception as exc:
        return FailedDocument(
            id=result.id,
            error=f"Document {result.id!r} could not be written as JSON: "
            f"{type(exc).__name__}: {exc}",
        )


class _Prebuilt:
    """Give the pipeline the parent built (a forked worker has it already)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def __call__(self, arguments: PipelineArguments) -> Pipeline:
        return self.pipeline


def fork_available() -> bool:
    """Whether worker processes can be forked from this process now.

    Only on Linux, and only while this process runs no other thread (a thread
    could hold a lock that the forked copy would wait on forever).
    """
    return (
        sys.platform == "linux"
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def worker_main(
    arguments: PipelineArguments,
    build: Callable[[PipelineArguments], Pipeline],
    how: Encoding,
    conn: Any,
    state: Any,
) -> None:
    """Run in a worker process: build the pipeline once, then parse batches until told to stop.

    The first message says ``("ready", labels)``, with the ``(processor,
    plugin)`` names in running order; then one ``("done", number, results)``
    per batch, in the order the batches came.  When told to stop, the process
    exits at once, without tearing its pipeline down object by object.

    :param arguments: what to build.
    :param build: how to build it (:meth:`Pipeline.from_arguments
        <newsparse.pipeline.Pipeline.from_arguments>` of the parent's pipeline class).
    :param how: how to send documents back.
    :param conn: this worker's end of its pipe.
    :param state: the shared array the parent's watchdog reads.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    state[_PROCESSOR] = -1
    state[_TASK] = -1
    try:
        pipeline = build(arguments)
        pipeline.processors()
        labels = [(name, pipeline.plugin_of(name)) for name in pipeline.processor_names]
    except Exception as exc:
        conn.send(("init-error", f"{type(exc).__name__}: {exc}"))
        return

    def watch(where: tuple[int, int] | None, budget: float | None) -> None:
        if where is None:
            state[_PROCESSOR] = -1
            return
        state[_STARTED] = time.monotonic()
        state[_BUDGET] = -1.0 if budget is None else budget
        state[_POSITION] = where[1]
        state[_PROCESSOR] = where[0]

    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_read_pipe, args=(conn, inbox), name="newsparse-inbox",
                     daemon=True).start()  # fmt: skip
    conn.send(("ready", labels))
    while True:
        message = inbox.get()
        if message is None:
            break
        number, wires, one_by_one = message
        state[_TASK] = number
        items = [from_wire(wire, pipeline) for wire in wires]
        results = pipeline._process(items, record=True, batch=not one_by_one, watch=watch)
        encoded = [encode(result, how) for result in results]
        state[_TASK] = -1
        try:
            conn.send(("done", number, encoded))
        except OSError:
            break  # the parent is gone
    _exit_now()


def _read_pipe(conn: Any, inbox: queue.SimpleQueue[Any]) -> None:
    """Move messages from the parent into *inbox* while the worker parses; ``None`` at the end."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            message = None
        inbox.put(message)
        if message is None:
            return


def _exit_now() -> None:
    """End a worker process without freeing its pipeline object by object (that takes a while)."""
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(0)


@attrs.define
class _Task:
    seq: int
    wires: list[Wire]
    positions: list[int]
    one_by_one: bool = False
    #: Told to the worker with the task, so its state says which task it runs.
    number: int = -1


class _Worker:
    def __init__(
        self,
        context: Any,
        arguments: PipelineArguments,
        build: Callable[[PipelineArguments], Pipeline],
        how: Encoding,
        n: int,
    ) -> None:
        self.state: Any = context.RawArray("d", 5)
        self.state[_PROCESSOR] = -1
        self.state[_TASK] = -1
        self.conn, child = context.Pipe()
        self.process: Any = context.Process(
            target=worker_main,
            args=(arguments, build, how, child, self.state),
            name=f"newsparse-worker-{n}",
            daemon=True,
        )
        self.process.start()
        child.close()
        self.ready = False
        #: The tasks sent and not answered yet, oldest (the one being parsed) first.
        self.tasks: deque[_Task] = deque()

    def send(self, task: _Task, number: int) -> None:
        task.number = number
        self.tasks.append(task)
        # A worker that died since it last answered (a processor crashed it)
        # has closed its end: the task stays queued on it, and the pool sends
        # it again when it replaces the worker, as it does any queued task.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.conn.send((number, task.wires, task.one_by_one))

    def stop(self, wait_seconds: float) -> None:
        if self.process.is_alive() and self.ready and not self.tasks:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(wait_seconds)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class WorkerPool:
    """Worker processes that parse batches and give results back in input order.

    The workers start at once, so they import and build their pipelines while
    the caller gets on with its own start (reading the inputs, say).

    :param arguments: the pipeline to build in each worker.
    :param build: builds a pipeline from *arguments* in each worker (a
        picklable callable such as ``Pipeline.from_arguments``).
    :param n_process: how many workers.
    :param labels: ``(processor, plugin)`` names in running order, to name a
        processor whose worker had to be stopped (default: as the workers
        report them).
    :param how: how workers send documents back.
    :param timeout: the pipeline's per-document timeout, for the watchdog
        (default: that of *arguments*).
    :param ahead: how many batches may be sent or finished beyond the oldest
        unfinished one (default: three per worker).
    :param fork_from: the pipeline of *arguments*, built in this process
        without its processors (as :class:`~newsparse.pipeline.Pipeline`
        leaves it until first used): workers are forked from this process
        when :func:`fork_available` says so, and build only the processors.
    """

    def __init__(
        self,
        arguments: PipelineArguments,
        build: Callable[[PipelineArguments], Pipeline],
        n_process: int,
        labels: Sequence[tuple[str, str]] | None = None,
        *,
        how: Encoding = "dict",
        timeout: float | None = None,
        ahead: int | None = None,
        fork_from: Pipeline | None = None,
    ) -> None:
        self.arguments = arguments
        self.fork_from = fork_from
        self.build = build
        self.labels = list(labels) if labels is not None else None
        self.how: Encoding = how
        self.timeout = timeout if timeout is not None else arguments.timeout
        self.ahead = ahead if ahead is not None else (DEPTH + 1) * n_process
        self._started = 0
        self._sent = 0
        self.workers: list[_Worker] = []
        try:
            for _ in range(n_process):
                self.workers.append(self._start())
        except BaseException:
            self.close()
            raise
        #: How many workers were stopped or died and were replaced.
        self.restarts = 0

    def _start(self) -> _Worker:
        self._started += 1
        build = self.build
        if self.fork_from is not None and fork_available():
            context: Any = multiprocessing.get_context("fork")
            build = _Prebuilt(self.fork_from)
            with contextlib.suppress(Exception):  # what the worker must not write again
                sys.stdout.flush()
                sys.stderr.flush()
        else:
            context = multiprocessing.get_context("spawn")
        return _Worker(context, self.arguments, build, self.how, self._started)

    def close(self) -> None:
        """Stop every worker (those still busy or still starting are killed)."""
        for worker in self.workers:
            worker.stop(5.0)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(self, worker: _Worker, task: _Task) -> None:
        self._sent += 1
        worker.send(task, self._sent)

    def map(self, batches: Iterable[Sequence[Document | FailedDocument]]) -> Iterator[list[Any]]:
        """Parse *batches* and yield each one's results, in order.

        A result is the encoded document, or a :class:`~newsparse.pipeline.FailedDocument`.
        """
        source = iter(batches)
        # Batches read but not sent yet: one more than is being sent, to know the last one.
        unsent: deque[Sequence[Document | FailedDocument]] = deque()
        exhausted = False
        next_seq = 0
        next_out = 0
        results: dict[int, list[Any]] = {}
        missing: dict[int, int] = {}
        retry: deque[_Task] = deque()
        while True:
            # Fill the emptiest workers first, so each gets one batch before any gets two.
            # The last batch never waits behind another: it goes to a worker with none.
            for depth in range(DEPTH):
                for worker in self.workers:
                    if not worker.ready or len(worker.tasks) != depth:
                        continue
                    if retry:
                        self._send(worker, retry.popleft())
                        continue
                    if next_seq >= next_out + self.ahead:
                        continue
                    while not exhausted and len(unsent) < 2:
                        batch = next(source, None)
                        if batch is None:
                            exhausted = True
                        else:
                            unsent.append(batch)
                    if not unsent or (depth > 0 and exhausted and len(unsent) == 1):
                        continue
                    wires = [to_wire(item) for item in unsent.popleft()]
                    results[next_seq] = [None] * len(wires)
                    missing[next_seq] = len(wires)
                    self._send(worker, _Task(next_seq, wires, list(range(len(wires)))))
                    next_seq += 1
            while next_out in missing and missing[next_out] == 0:
                del missing[next_out]
                yield results.pop(next_out)
                next_out += 1
            if exhausted and not unsent and not retry and not missing:
                return
            self._wait(results, missing, retry)

    def _poll_interval(self) -> float | None:
        if self.timeout is None:
            return None
        return min(0.2, max(0.01, self.timeout / 4))

    def _wait(
        self, results: dict[int, list[Any]], missing: dict[int, int], retry: deque[_Task]
    ) -> None:
        live = [w for w in self.workers if w.tasks or not w.ready]
        handles: list[Any] = [w.conn for w in live] + [w.process.sentinel for w in live]
        ready = set(wait(handles, self._poll_interval()))
        for index, worker in enumerate(self.workers):
            if worker.conn in ready:
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    message = None
                if message is not None:
                    self._receive(worker, message, results, missing)
                    continue
            if worker.process.sentinel in ready or not worker.process.is_alive():
                self._replace(index, results, missing, retry, stopped=False)
            elif self._overdue(worker):
                self._replace(index, results, missing, retry, stopped=True)

    def _receive(
        self,
        worker: _Worker,
        message: tuple[Any, ...],
        results: dict[int, list[Any]],
        missing: dict[int, int],
    ) -> None:
        if message[0] == "ready":
            worker.ready = True
            if self.labels is None:
                self.labels = list(message[1])
        elif message[0] == "init-error":
            raise PipelineConfigError(
                f"A worker process could not build the pipeline: {message[1]}"
            )
        else:
            _, number, outcomes = message
            task = worker.tasks.popleft()
            assert task.number == number
            for position, outcome in zip(task.positions, outcomes, strict=True):
                results[task.seq][position] = outcome
            missing[task.seq] -= len(outcomes)

    def _overdue(self, worker: _Worker) -> bool:
        state = worker.state
        if not worker.tasks or state[_PROCESSOR] < 0 or state[_BUDGET] < 0:
            return False
        budget = state[_BUDGET]
        grace = max(1.0, budget / 4) if alarm_available() else 0.0
        return bool(time.monotonic() > state[_STARTED] + budget + grace)

    def _drain(
        self, worker: _Worker, results: dict[int, list[Any]], missing: dict[int, int]
    ) -> None:
        """Take in the results a worker sent before it died or was stopped."""
        while worker.tasks:
            try:
                if not worker.conn.poll():
                    return
                message = worker.conn.recv()
            except (EOFError, OSError):
                return
            self._receive(worker, message, results, missing)

    def _replace(
        self,
        index: int,
        results: dict[int, list[Any]],
        missing: dict[int, int],
        retry: deque[_Task],
        *,
        stopped: bool,
    ) -> None:
        worker = self.workers[index]
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        code = worker.process.exitcode
        if worker.ready:
            self._drain(worker, results, missing)
        worker.conn.close()
        if not worker.ready:
            raise PipelineConfigError(
                f"A worker process exited with code {code} before its pipeline was built: "
                "run with one process to see the error."
            )
        self.restarts += 1
        self.workers[index] = self._start()
        state = worker.state
        tasks = worker.tasks
        if tasks and int(state[_TASK]) != tasks[0].number:
            # Every task left was waiting its turn: send them again as they are.
            retry.extend(tasks)
            return
        if not tasks:
            return
        task = tasks.popleft()
        retry.extend(tasks)  # the tasks queued behind the one that was running
        processor, position, budget = int(state[_PROCESSOR]), int(state[_POSITION]), state[_BUDGET]
        if stopped:
            why = f"TimeoutError: took longer than {budget:g} s (the pipeline's timeout); " \
                "its worker process was stopped and replaced"  # fmt: skip
        else:
            why = f"its worker process exited with code {code}"
        if processor >= 0 and position >= 0:
            labels = self.labels or []
            name, plugin = labels[processor]
            wire = task.wires[position]
            doc_id = wire_id(wire)
            label = repr(doc_id) if doc_id is not None else "(no id)"
            results[task.seq][task.positions[position]] = FailedDocument(
                id=doc_id,
                error=f"Processor {name!r} of plugin {plugin!r} failed on document {label}: {why}",
                processor=name,
                plugin=plugin,
            )
            missing[task.seq] -= 1
            rest = [i for i in range(len(task.wires)) if i != position]
            if rest:
                retry.appendleft(
                    _Task(task.seq, [task.wires[i] for i in rest],
                          [task.positions[i] for i in rest], task.one_by_one)
                )  # fmt: skip
        elif processor >= 0 and not task.one_by_one:
            retry.appendleft(_Task(task.seq, task.wires, task.positions, one_by_one=True))
        else:
            for wire, pos in zip(task.wires, task.positions, strict=True):
                doc_id = wire_id(wire)
                results[task.seq][pos] = FailedDocument(
                    id=doc_id, error=f"Document {doc_id!r} was lost: {why}."
                )
            missing[task.seq] -= len(task.wires)


def pipe_in_workers(
    pipeline: Pipeline,
    batches: Iterable[Sequence[Document | FailedDocument]],
    n_process: int,
    *,
    record: bool,
) -> Iterator[Document | FailedDocument]:
    """Run :meth:`Pipeline.pipe <newsparse.pipeline.Pipeline.pipe>` on *n_process* workers.

    :param pipeline: the pipeline (its :attr:`~newsparse.pipeline.Pipeline.arguments`
        are rebuilt in each worker).
    :param batches: the batches, in order.
    :param n_process: how many workers.
    :param record: yield failures instead of raising the first one.
    """
    from newsparse.io.jsonio import document_from_dict

    layer_types = pipeline.plugins.layer_types()
    for result in encoded_stream(pipeline, batches, n_process, how="dict"):
        if isinstance(result, FailedDocument):
            if not record:
                raise ProcessingError(result.error)
            yield result
        else:
            yield document_from_dict(result, layer_types)


def encoded_stream(
    pipeline: Pipeline,
    batches: Iterable[Sequence[Document | FailedDocument]],
    n_process: int,
    *,
    how: Encoding,
) -> Iterator[Any]:
    """Yield each item's encoded document or :class:`~newsparse.pipeline.FailedDocument`, in order.

    With one process the pipeline runs here; with more, in a :class:`WorkerPool`.

    :param pipeline: the pipeline.
    :param batches: the batches, in order.
    :param n_process: how many processes.
    :param how: ``"dict"`` or ``"json"``.
    """
    if n_process == 1:
        for batch in batches:
            for result in pipeline._process(batch, record=True):
                yield encode(result, how)
        return
    labels = [(name, pipeline.plugin_of(name)) for name in pipeline.processor_names]
    with WorkerPool(
        pipeline.arguments,
        type(pipeline).from_arguments,
        n_process,
        labels,
        how=how,
        timeout=pipeline.timeout,
    ) as pool:
        for results in pool.map(batches):
            yield from results
