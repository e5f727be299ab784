"""Run a pipeline over a stream of inputs and write every result, in order.

The work goes to worker processes on this machine
(:class:`~newsparse.pipeline.workers.WorkerPool`), to this process, or to a
Dask cluster (:func:`newsparse.batch.dask.stream_on_dask`); whichever runs
it, each input gives one output line, a document or an error record, in
input order, written as soon as it and everything before it are done.
Workers send each document back as its final JSON line, so this process
only reads, sends and writes.

Worker processes start as early as they can (:func:`start_workers`): forked
from this process once it has built its pipeline (Linux), else spawned
before it builds it, so both load at once.
"""

from __future__ import annotations

import contextlib
import itertools
import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsparse.batch.output import JsonlOutput
from newsparse.batch.progress import Progress
from newsparse.model import Document
from newsparse.pipeline import FailedDocument, Pipeline, PipelineArguments
from newsparse.pipeline.workers import WorkerPool, encoded_stream, fork_available

__all__ = ["batched", "run_batch", "start_workers", "write_results"]


@contextlib.contextmanager
def start_workers(
    arguments: PipelineArguments, workers: int, *, scheduler: str | None = None
) -> Iterator[tuple[Pipeline, WorkerPool | None]]:
    """Build the pipeline of *arguments* here and start *workers* worker processes for it.

    Gives the pipeline and the :class:`~newsparse.pipeline.workers.WorkerPool`
    for :func:`run_batch` (``None`` for one worker or a Dask *scheduler*), and
    stops the workers at the end.  Where workers can be forked
    (:func:`~newsparse.pipeline.workers.fork_available`), they are forked once
    the pipeline is built, and build only their processors; else they are
    spawned first, so they load their pipelines while this process builds its
    own.

    :param arguments: the pipeline.
    :param workers: how many worker processes.
    :param scheduler: a Dask scheduler's address, if the work goes there.
    """
    if workers <= 1 or scheduler is not None:
        yield Pipeline.from_arguments(arguments), None
        return
    if fork_available():
        pipeline = Pipeline.from_arguments(arguments)
        with WorkerPool(arguments, Pipeline.from_arguments, workers, how="json",
                        fork_from=pipeline) as pool:  # fmt: skip
            yield pipeline, pool
        return
    with WorkerPool(arguments, Pipeline.from_arguments, workers, how="json") as pool:
        yield Pipeline.from_arguments(arguments), pool


def batched(
    items: Iterable[Document | FailedDocument], size: int
) -> Iterator[list[Document | FailedDocument]]:
    """Yield lists of *size* items (the last may be shorter)."""
    source = iter(items)
    while batch := list(itertools.islice(source, size)):
        yield batch


def write_results(results: Iterable[Any], output: JsonlOutput, progress: Progress) -> None:
    """Write JSON strings and :class:`~newsparse.pipeline.FailedDocument` error records."""
    for result in results:
        if isinstance(result, FailedDocument):
            output.write(json.dumps(result.to_dict(), ensure_ascii=False))
            progress.add(ok=False)
        else:
            output.write(result)
            progress.add(ok=True)


def run_batch(
    items: Iterable[Document | FailedDocument],
    pipeline: Pipeline,
    output: JsonlOutput,
    progress: Progress,
    *,
    workers: int = 1,
    batch_size: int = 32,
    scheduler: str | None = None,
    pool: WorkerPool | None = None,
) -> None:
    """Parse *items* and write one line per item to *output*.

    The output is put in place (:meth:`JsonlOutput.commit
    <newsparse.batch.output.JsonlOutput.commit>`) only when every item has
    been written; on an error or an interruption it is left for ``--resume``.

    :param items: documents to parse, and failures to write as they are.
    :param pipeline: the pipeline (rebuilt from its arguments in workers).
    :param output: the opened output.
    :param progress: counts what is written.
    :param workers: worker processes on this machine (1: this process).
    :param batch_size: documents per batch sent to a worker or Dask task.
    :param scheduler: a Dask scheduler's address; the work goes there instead.
    :param pool: workers already started (:func:`start_workers`) for *pipeline*;
        *workers* is then ignored.
    """
    batches = batched(items, batch_size)
    try:
        if scheduler is not None:
            from newsparse.batch.dask import connect, stream_on_dask

            with connect(scheduler) as client:
                results = stream_on_dask(client, pipeline.arguments, batches, how="json")
                write_results(results, output, progress)
        elif pool is not None:
            write_results(
                (result for results in pool.map(batches) for result in results), output, progress
            )
        else:
            write_results(encoded_stream(pipeline, batches, workers, how="json"), output, progress)
    except BaseException:
        output.abandon()
        raise
    output.commit()
