"""Run a pipeline on a Dask cluster: bags, dataframe partitions, or a stream of batches.

Each worker process builds the pipeline once (the per-process cache behind
:func:`newsparse.parse`), so plugins and models load once per worker, not
once per partition or task.  Results are documents in the JSON contract, as
dicts (or JSON strings), which serialise cheaply between workers; a document
that fails becomes an error record ``{"id", "error", "processor",
"plugin"}`` in its place and the computation goes on.

Dask is optional: ``pip install "newsparse[dask]"``.  Run workers with one
thread each (``--nthreads 1``, ``LocalCluster(threads_per_worker=1)``):
processors are not required to be thread-safe.  A pipeline ``timeout``
needs the main thread, so it is not available on Dask workers.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsparse.batch.inputs import read_article, record_to_document
from newsparse.errors import NewsparseError, PipelineConfigError
from newsparse.model import Document
from newsparse.pipeline import FailedDocument, PipelineArguments
from newsparse.pipeline.cache import cached_pipeline
from newsparse.pipeline.workers import Encoding, Wire, encode, from_wire, to_wire, wire_id

if TYPE_CHECKING:
    from dask.bag import Bag

__all__ = ["connect", "parse_bag", "parse_partition", "read_texts", "stream_on_dask"]


def _require_dask() -> Any:
    try:
        import dask.bag as db
    except ImportError:
        raise NewsparseError("Dask is not installed: pip install 'newsparse[dask]'.") from None
    return db


def _arguments(pipeline: str | Sequence[str], options: Mapping[str, Any]) -> PipelineArguments:
    arguments = PipelineArguments.of(pipeline, **options)
    if arguments.timeout is not None:
        raise PipelineConfigError(
            "A pipeline timeout cannot interrupt processors on Dask workers (they run tasks "
            "in threads): leave it out, or use worker processes (n_process, --workers)."
        )
    return arguments


def _as_item(item: Any, position: int) -> Document | FailedDocument:
    """Turn a text, an ``(id, text)`` pair or a ``{"id", "text", ...}`` record into a document."""
    if isinstance(item, str):
        return Document(item, {}) if item.strip() else FailedDocument(
            id=None, error=f"Item {position} of the partition is an empty text."
        )  # fmt: skip
    if isinstance(item, Mapping):
        return record_to_document(item, f"item {position}")
    if isinstance(item, (tuple, list)) and len(item) == 2:
        doc_id, text = item
        if isinstance(text, FailedDocument):
            return text
        return record_to_document({"id": doc_id, "text": text}, f"item {position}")
    return FailedDocument(
        id=None,
        error=f"Item {position} of the partition is a {type(item).__name__}: "
        "pass texts, (id, text) pairs or {'id', 'text'} records.",
    )


def parse_partition(
    items: Iterable[Any],
    pipeline: str | Sequence[str] = "auto",
    *,
    batch_size: int = 32,
    **options: Any,
) -> list[dict[str, Any]]:
    """Parse one partition: texts, ``(id, text)`` pairs or ``{"id", "text", ...}`` records.

    The same function serves Dask bags (:func:`parse_bag` uses it), Dask
    dataframe partitions and Spark's ``mapPartitions``; see :doc:`/batch`.
    Fields of a record other than ``id`` and ``text`` go to the document's
    ``metadata``.

    :param items: the partition's items.
    :param pipeline: the pipeline name or processor names.
    :param batch_size: documents per batch.
    :param options: passed to :class:`~newsparse.pipeline.Pipeline`; picklable.
    :return: one dict per item, in order: a document in the :doc:`JSON contract
        </json>` or an error record.
    """
    built = cached_pipeline(_arguments(pipeline, options))
    docs = (_as_item(item, i) for i, item in enumerate(items))
    return [
        result.to_dict() for result in built.pipe(docs, batch_size=batch_size, on_error="record")
    ]


def _parse_partition(
    items: Iterable[Any], pipeline: str | Sequence[str], options: Mapping[str, Any],
    batch_size: int,
) -> list[dict[str, Any]]:  # fmt: skip
    return parse_partition(items, pipeline, batch_size=batch_size, **options)


def parse_bag(
    texts: Bag,
    pipeline: str | Sequence[str] = "auto",
    *,
    batch_size: int = 32,
    **options: Any,
) -> Bag:
    """Parse a bag of texts, ``(id, text)`` pairs or records into a bag of JSON dicts.

    :param texts: a :class:`dask.bag.Bag`.
    :param pipeline: the pipeline name or processor names, as for
        :class:`~newsparse.pipeline.Pipeline`.
    :param batch_size: documents per batch inside a partition.
    :param options: passed to :class:`~newsparse.pipeline.Pipeline` (``use``, ``add``,
        ``disable``, ``config``); they must be picklable.
    :return: a bag of documents as dicts in the :doc:`JSON contract </json>`,
        and error records for documents that failed, in the order of *texts*.
    """
    _require_dask()
    _arguments(pipeline, options)
    bag: Any = texts
    result: Bag = bag.map_partitions(
        _parse_partition, pipeline=pipeline, options=dict(options), batch_size=batch_size
    )
    return result


def _read(path: str) -> tuple[str, str | FailedDocument]:
    item = read_article(path)
    name = Path(path).name
    return name, item.text if isinstance(item, Document) else item


def read_texts(paths: Sequence[str | Path], *, partition_size: int = 100) -> Bag:
    """Return a bag of ``(file name, text)`` pairs read lazily from *paths* (UTF-8).

    A file that cannot be read gives ``(file name, FailedDocument)``, which
    :func:`parse_bag` writes as an error record.

    :param paths: the files.
    :param partition_size: files per partition.
    """
    db = _require_dask()
    bag: Bag = db.from_sequence([str(p) for p in paths], partition_size=partition_size).map(_read)
    return bag


def parse_wires(arguments: PipelineArguments, wires: list[Wire], how: Encoding) -> list[Any]:
    """Run on a Dask worker: parse one batch with this process's pipeline.

    :param arguments: the pipeline to use (built once per worker process).
    :param wires: the batch, as :func:`~newsparse.pipeline.workers.to_wire` makes it.
    :param how: ``"dict"`` or ``"json"``.
    :return: per item, the encoded document or a :class:`~newsparse.pipeline.FailedDocument`.
    """
    pipeline = cached_pipeline(arguments)
    items = [from_wire(wire, pipeline) for wire in wires]
    return [encode(result, how) for result in pipeline._process(items, record=True)]


def connect(address: str) -> Any:
    """Return a :class:`distributed.Client` connected to the scheduler at *address*.

    :raises NewsparseError: when Dask is missing or the scheduler cannot be reached.
    """
    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise NewsparseError("Dask is not installed: pip install 'newsparse[dask]'.") from None
    try:
        return distributed.Client(address, timeout="10s")
    except Exception as exc:
        raise NewsparseError(
            f"Cannot connect to the Dask scheduler at {address} ({type(exc).__name__}: {exc}): "
            "check the address and that the scheduler is running."
        ) from None


def stream_on_dask(
    client: Any,
    arguments: PipelineArguments,
    batches: Iterable[Sequence[Document | FailedDocument]],
    *,
    how: Encoding = "json",
    ahead: int | None = None,
) -> Iterator[Any]:
    """Parse *batches* on a Dask cluster and yield each item's result, in input order.

    At most *ahead* tasks are submitted or finished beyond the oldest
    unfinished one (default: twice the cluster's threads), so memory does not
    grow with the input; results stream back with ``as_completed`` and a
    reorder buffer, never one ``compute()``.  A task that fails (a worker
    lost) gives an error record for each of its documents.

    :param client: a :class:`distributed.Client`.
    :param arguments: the pipeline to build on each worker.
    :param batches: the batches, in order.
    :param how: ``"dict"`` or ``"json"``.
    :param ahead: the bound on tasks in flight.
    """
    as_completed: Any = importlib.import_module("distributed").as_completed
    if arguments.timeout is not None:
        _arguments(arguments.pipeline, {"timeout": arguments.timeout})
    if ahead is None:
        ahead = 2 * max(1, sum(client.nthreads().values()))
    source = iter(batches)
    # Results are gathered in the client's event loop as tasks finish, while this
    # thread writes the ones before them; a failed task gives its exception instead.
    pending = as_completed(with_results=True, raise_errors=False)
    sequence: dict[Any, int] = {}
    sent: dict[int, list[Wire]] = {}
    done: dict[int, list[Any]] = {}
    next_seq = 0
    next_out = 0
    exhausted = False
    while True:
        while not exhausted and next_seq < next_out + ahead:
            batch = next(source, None)
            if batch is None:
                exhausted = True
                break
            wires = [to_wire(item) for item in batch]
            future = client.submit(parse_wires, arguments, wires, how, pure=False)
            sequence[future] = next_seq
            sent[next_seq] = wires
            pending.add(future)
            next_seq += 1
        while next_out in done:
            del sent[next_out]
            yield from done.pop(next_out)
            next_out += 1
        if exhausted and next_out == next_seq:
            return
        if next_seq > next_out + len(done):
            future, result = next(pending)
            seq = sequence.pop(future)
            if future.status == "finished":
                done[seq] = result
            else:
                exc = result[1] if isinstance(result, tuple) else result
                done[seq] = [
                    FailedDocument(
                        id=wire_id(wire),
                        error=f"Document {wire_id(wire)!r} was lost: its Dask task failed "
                        f"({type(exc).__name__}: {exc}).",
                    )
                    for wire in sent[seq]
                ]
            future.release()
