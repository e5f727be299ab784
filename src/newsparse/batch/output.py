"""Write ``newsparse batch`` results as JSON Lines without ever losing a finished file.

A fresh run writes to ``OUT.partial`` beside ``OUT`` and renames it to
``OUT`` only when every input has been written, so an existing ``OUT`` is
never truncated by a run that fails or is interrupted.  Every line is
flushed as it is written.

``resume=True`` continues instead: it appends to ``OUT.partial`` when a
stopped run left one (else to ``OUT``), after reading the ids already
written and cutting off a last line that was only partly written (a run
killed mid-write); the caller skips those ids.
"""

from __future__ import annotations

import json
import os
import sys
from typing import IO

from newsparse.errors import NewsparseError

__all__ = ["STDOUT", "JsonlOutput", "partial_path"]

#: The output name that means standard output.
STDOUT = "-"


def partial_path(path: str) -> str:
    """Return where a run writes *path* until it succeeds."""
    return path + ".partial"


class JsonlOutput:
    """A JSON Lines output file, written as results arrive.

    :param path: the output file, or ``-`` for standard output.
    :param resume: continue a previous run's output instead of starting anew.
    :raises NewsparseError: when resuming standard output, or when the
        directory of *path* does not exist.
    """

    def __init__(self, path: str, *, resume: bool = False) -> None:
        self.path = path
        self.resume = resume
        #: Ids already in the output (filled when resuming).
        self.done: set[str] = set()
        self._stream: IO[str] | None = None
        if path == STDOUT:
            if resume:
                raise NewsparseError("--resume needs an output file, not standard output.")
            self.target = STDOUT
            return
        directory = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(directory):
            raise NewsparseError(f"The output directory {directory} does not exist: create it.")
        partial = partial_path(path)
        if resume and os.path.exists(partial):
            self.target = partial
        elif resume and os.path.exists(path):
            self.target = path
        else:
            self.target = partial
            self.resume = False

    def open(self) -> None:
        """Open the output (reading the ids already written when resuming)."""
        if self.target == STDOUT:
            self._stream = sys.stdout
            return
        if self.resume:
            self.done = _repair_and_read_ids(self.target)
            self._stream = open(self.target, "a", encoding="utf-8")  # noqa: SIM115
        else:
            self._stream = open(self.target, "w", encoding="utf-8")  # noqa: SIM115

    def write(self, line: str) -> None:
        """Write one JSON document (without its newline) and flush it."""
        assert self._stream is not None, "open() the output first"
        self._stream.write(line + "\n")
        self._stream.flush()

    def commit(self) -> None:
        """Close the output and put it in place: every input has been written."""
        self._close()
        if self.target not in (STDOUT, self.path):
            os.replace(self.target, self.path)

    def abandon(self) -> None:
        """Close the output and leave it where it is, for a later ``--resume``."""
        self._close()

    def _close(self) -> None:
        if self._stream is not None and self._stream is not sys.stdout:
            self._stream.close()
        self._stream = None


def _repair_and_read_ids(path: str) -> set[str]:
    """Return the ids written in *path*, cutting off a partly written last line."""
    done: set[str] = set()
    good_end = 0
    with open(path, "rb") as stream:
        for raw in stream:
            if not raw.endswith(b"\n"):
                break
            try:
                record = json.loads(raw)
            except ValueError:
                break
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                done.add(record["id"])
            good_end += len(raw)
    if good_end < os.path.getsize(path):
        with open(path, "r+b") as stream:
            stream.truncate(good_end)
    return done
