"""Run a pipeline over a :class:`dask.bag.Bag` of texts.

Each partition builds its own :class:`~newsparse.pipeline.Pipeline` (plugins and
models are loaded once per partition, in the worker) and streams its texts
through :meth:`~newsparse.pipeline.Pipeline.pipe`, so batch processors such as
Stanza's get whole batches.  Results are documents in the JSON contract, as
dicts, which serialise cheaply between workers.

Dask is optional: ``pip install "newsparse[dask]"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsparse.errors import NewsparseError

if TYPE_CHECKING:
    from dask.bag import Bag

__all__ = ["parse_bag", "read_texts"]


def _require_dask() -> Any:
    try:
        import dask.bag as db
    except ImportError:
        raise NewsparseError("Dask is not installed: pip install 'newsparse[dask]'.") from None
    return db


def _parse_partition(
    items: Iterable[tuple[str | None, str]],
    pipeline: str | Sequence[str],
    options: Mapping[str, Any],
    batch_size: int,
) -> list[dict[str, Any]]:
    from newsparse.pipeline import Pipeline

    pairs = list(items)
    pipe = Pipeline(pipeline, **options)
    docs = pipe.pipe(
        (text for _, text in pairs), batch_size=batch_size, ids=(doc_id for doc_id, _ in pairs)
    )
    return [doc.to_dict() for doc in docs]


def parse_bag(
    texts: Bag,
    pipeline: str | Sequence[str] = "auto",
    *,
    batch_size: int = 32,
    **options: Any,
) -> Bag:
    """Parse a bag of ``(id, text)`` pairs (or plain texts) into a bag of JSON dicts.

    :param texts: a :class:`dask.bag.Bag` of texts or ``(id, text)`` pairs.
    :param pipeline: the pipeline name or processor names, as for
        :class:`~newsparse.pipeline.Pipeline`.
    :param batch_size: documents per batch inside a partition.
    :param options: passed to :class:`~newsparse.pipeline.Pipeline` (``use``, ``add``,
        ``disable``, ``config``); they must be picklable.
    :return: a bag of documents as dicts in the :doc:`JSON contract </json>`,
        in the order of *texts*.
    """
    _require_dask()
    bag: Any = texts
    pairs = bag.map(_as_pair)
    result: Bag = pairs.map_partitions(
        _parse_partition, pipeline=pipeline, options=dict(options), batch_size=batch_size
    )
    return result


def _as_pair(item: str | Sequence[str | None]) -> tuple[str | None, str]:
    if isinstance(item, str):
        return None, item
    doc_id, text = item
    if not isinstance(text, str):
        raise TypeError(f"Expected (id, text) pairs or texts, got {item!r}.")
    return doc_id, text


def _read(path: str) -> tuple[str, str]:
    return Path(path).name, Path(path).read_text(encoding="utf-8")


def read_texts(paths: Sequence[str | Path], *, partition_size: int = 100) -> Bag:
    """Return a bag of ``(file name, text)`` pairs read lazily from *paths* (UTF-8).

    :param paths: the files.
    :param partition_size: files per partition.
    """
    db = _require_dask()
    bag: Bag = db.from_sequence([str(p) for p in paths], partition_size=partition_size).map(_read)
    return bag
