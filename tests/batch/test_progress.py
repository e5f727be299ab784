"""The progress bar and the summary line of newsparse batch."""

from __future__ import annotations

import io

from newsparse.batch.progress import Progress


def test_summary_counts_ok_and_failed() -> None:
    progress = Progress(io.StringIO(), bar=False)
    for ok in (True, True, False):
        progress.add(ok=ok)
    progress.close()
    summary = progress.summary()
    assert summary.startswith("3 documents, 2 ok, 1 failed in ")
    assert summary.endswith(" docs/s)")


def test_bar_shows_documents_rate_and_failures() -> None:
    stream = io.StringIO()
    progress = Progress(stream, bar=True, total=4)
    for ok in (True, False, True, True):
        progress.add(ok=ok)
    progress.close()
    drawn = stream.getvalue()
    assert "4/4" in drawn and "doc/s" in drawn and "failed=1" in drawn
