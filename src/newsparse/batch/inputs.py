"""Read ``newsparse batch`` inputs as a stream of documents, in a fixed order.

An input is one of:

- a text file: one article (UTF-8; a byte-order mark is dropped); its id is
  the path as found (``articles/2024/a.txt``);
- a JSON Lines file (name ending ``.jsonl``): one record per line,
  ``{"id": ..., "text": ..., ...}``; a record without ``id`` gets
  ``PATH:LINE``; every other field is carried through to the output
  document's ``metadata`` (a ``metadata`` object in the record is merged in
  first); blank lines are skipped;
- a directory: every file under it whose name matches the glob (default
  ``*.txt``), recursively, in sorted order, hidden files and directories
  left out; files ending ``.jsonl`` among them are read as JSON Lines;
- ``-``: JSON Lines on standard input (ids default to ``<stdin>:LINE``).

Whatever cannot be read (bad UTF-8, an empty text, a line that is not a JSON
object with a string ``text``) becomes a
:class:`~newsparse.pipeline.FailedDocument` in its place, so every input
gives exactly one output record.
"""

from __future__ import annotations

import fnmatch
import json
import os
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from newsparse.errors import NewsparseError
from newsparse.model import Document
from newsparse.pipeline import FailedDocument

__all__ = ["STDIN", "InputReader", "check_sources", "record_to_document"]

#: The source name that means JSON Lines on standard input.
STDIN = "-"

#: Keys of a JSON Lines record that are not carried into ``metadata``.
_RESERVED = frozenset({"id", "text", "metadata"})

Item = Document | FailedDocument


def check_sources(sources: Sequence[str]) -> None:
    """Raise a one-line error for the first source that does not exist.

    :raises NewsparseError: naming the missing path.
    """
    for source in sources:
        if source != STDIN and not os.path.exists(source):
            raise NewsparseError(f"No such file or directory: {source}.")


def record_to_document(record: Any, default_id: str) -> Item:
    """Build a document from a JSON Lines record, or a failure saying what is wrong.

    :param record: the parsed line.
    :param default_id: the id when the record has none.
    """
    if not isinstance(record, Mapping):
        return FailedDocument(
            id=default_id, error=f"Record {default_id} is not a JSON object: skip or fix it."
        )
    raw_id = record.get("id", default_id)
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        raw_id = str(raw_id)
    if not isinstance(raw_id, str):
        return FailedDocument(
            id=default_id,
            error=f"Record {default_id} has an 'id' that is not a string or an integer.",
        )
    text = record.get("text")
    if not isinstance(text, str):
        return FailedDocument(
            id=raw_id, error=f"Record {raw_id!r} has no string 'text' field: add the article text."
        )
    if not text.strip():
        return FailedDocument(id=raw_id, error=f"Record {raw_id!r} has an empty text.")
    metadata: dict[str, Any] = {}
    given = record.get("metadata")
    if isinstance(given, Mapping):
        metadata.update(given)
    elif given is not None:
        metadata["metadata"] = given
    metadata.update((k, v) for k, v in record.items() if k not in _RESERVED)
    try:
        return Document(text, {}, id=raw_id, metadata=metadata)
    except Exception as exc:
        return FailedDocument(id=raw_id, error=f"Record {raw_id!r} is not valid: {exc}")


def _is_jsonl(path: str) -> bool:
    return path.lower().endswith(".jsonl")


class InputReader:
    """The documents of *sources*, in order, one per article or record.

    :param sources: files, directories, or ``-`` for standard input.
    :param glob: the pattern file names under a directory must match.
    :param skip: ids to leave out (those already in the output, for
        ``--resume``); files are not even read.
    :param stdin: the stream ``-`` reads (binary).
    """

    def __init__(
        self,
        sources: Sequence[str],
        *,
        glob: str = "*.txt",
        skip: Container[str] = frozenset(),
        stdin: IO[bytes] | None = None,
    ) -> None:
        self.sources = list(sources)
        self.glob = glob
        self.skip = skip
        self.stdin = stdin
        #: How many inputs were left out because their id was in *skip*.
        self.skipped = 0

    def __iter__(self) -> Iterator[Item]:
        for source in self.sources:
            if source == STDIN:
                if self.stdin is None:
                    raise NewsparseError("Standard input is not available to read '-' from.")
                yield from self._records(self.stdin, "<stdin>")
            elif os.path.isdir(source):
                for path in self.files_under(source):
                    yield from self._file(path)
            else:
                yield from self._file(source)

    def files_under(self, directory: str) -> Iterator[str]:
        """Yield the matching files under *directory*, recursively, sorted, hidden ones left out."""
        for root, dirs, files in os.walk(directory):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and fnmatch.fnmatch(name, self.glob):
                    yield os.path.join(root, name)

    def _file(self, path: str) -> Iterator[Item]:
        if _is_jsonl(path):
            with open(path, "rb") as stream:
                yield from self._records(stream, path)
            return
        if path in self.skip:
            self.skipped += 1
            return
        yield read_article(path)

    def _records(self, stream: Iterable[bytes], name: str) -> Iterator[Item]:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            default_id = f"{name}:{number}"
            item = _parse_line(raw, default_id)
            if item.id is not None and item.id in self.skip:
                self.skipped += 1
                continue
            yield item

    def count(self) -> int | None:
        """Count the inputs without parsing them (``None`` when standard input is one)."""
        total = 0
        for source in self.sources:
            if source == STDIN:
                return None
            paths: Iterable[str] = self.files_under(source) if os.path.isdir(source) else [source]
            for path in paths:
                if _is_jsonl(path):
                    with open(path, "rb") as stream:
                        total += sum(1 for line in stream if line.strip())
                else:
                    total += 1
        return total


def _parse_line(raw: bytes, default_id: str) -> Item:
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return FailedDocument(
            id=default_id,
            error=f"Line {default_id} is not valid UTF-8 (byte {exc.start}): re-encode the file.",
        )
    except json.JSONDecodeError as exc:
        return FailedDocument(
            id=default_id,
            error=f"Line {default_id} is not valid JSON ({exc.msg}, column {exc.colno}).",
        )
    return record_to_document(record, default_id)


def read_article(path: str) -> Item:
    """Read one article file, or a failure saying why it cannot be parsed.

    :param path: the file; it is also the document's id.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return FailedDocument(id=path, error=f"File {path} cannot be read: {exc.strerror or exc}.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return FailedDocument(
            id=path,
            error=f"File {path} is not valid UTF-8 (byte {exc.start}): re-encode it as UTF-8.",
        )
    if not text.strip():
        return FailedDocument(id=path, error=f"File {path} is empty.")
    return Document(text, {}, id=path)
