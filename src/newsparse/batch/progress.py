"""Progress of a ``newsparse batch`` run: a bar on a terminal, a summary line always."""

from __future__ import annotations

import time
from typing import IO, Any

__all__ = ["Progress"]


class Progress:
    """Count documents as they are written; draw a tqdm bar when asked.

    :param stream: where the bar goes (standard error).
    :param bar: draw a progress bar (documents, documents/s, ETA when
        *total* is known); the command asks for one only when *stream* is a
        terminal.
    :param total: how many documents are expected, if known.
    """

    def __init__(self, stream: IO[str], *, bar: bool, total: int | None = None) -> None:
        self.ok = 0
        self.failed = 0
        self.started = time.perf_counter()
        self.finished: float | None = None
        self._bar: Any = None
        if bar:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, unit="doc", file=stream, dynamic_ncols=True, smoothing=0.05,
                desc="newsparse",
            )  # fmt: skip

    @property
    def documents(self) -> int:
        """Documents written so far."""
        return self.ok + self.failed

    def add(self, *, ok: bool) -> None:
        """Count one document written, parsed (*ok*) or failed."""
        if ok:
            self.ok += 1
        else:
            self.failed += 1
            if self._bar is not None:
                self._bar.set_postfix(failed=self.failed, refresh=False)
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        """Stop the clock and remove the bar."""
        if self.finished is None:
            self.finished = time.perf_counter()
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    @property
    def seconds(self) -> float:
        """Seconds from the start to :meth:`close` (or to now)."""
        end = self.finished if self.finished is not None else time.perf_counter()
        return end - self.started

    def summary(self) -> str:
        """Return ``"N documents, N ok, N failed in S s (D docs/s)"``."""
        seconds = self.seconds
        rate = self.documents / seconds if seconds > 0 else 0.0
        return (
            f"{self.documents} documents, {self.ok} ok, {self.failed} failed "
            f"in {seconds:.1f} s ({rate:.1f} docs/s)"
        )
