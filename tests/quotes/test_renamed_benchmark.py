"""The renamed articles of the quote benchmark keep their offsets and rename people only."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from renamed import renamed

TEXT = (
    "Mayor Karen Holt said the bridge would reopen. “It is safe,” Holt told reporters. "
    "The Transit Authority said buses would run."
)


def _article() -> dict[str, Any]:
    holt = TEXT.index("Holt told")
    return {
        "text": TEXT,
        "quotes": [
            {
                "start": TEXT.index("the bridge"),
                "end": TEXT.index(". “"),
                "text": "the bridge would reopen",
                "reference": "Karen Holt",
                "speaker": {"start": 6, "end": 16, "text": "Karen Holt"},
            },
            {
                "start": TEXT.index("“It"),
                "end": holt - 1,
                "text": "“It is safe,”",
                "reference": "Karen Holt",
                "speaker": {"start": holt, "end": holt + 4, "text": "Holt"},
            },
            {
                "start": TEXT.index("buses"),
                "end": len(TEXT) - 1,
                "text": "buses would run",
                "reference": "The Transit Authority",
                "speaker": None,
            },
        ],
    }


def test_people_are_renamed_everywhere_and_offsets_hold() -> None:
    (out,) = renamed([_article()])
    assert len(out["text"]) == len(TEXT)
    assert "Holt" not in out["text"] and "Karen" not in out["text"]
    first, second, third = out["quotes"]
    assert first["reference"].split()[-1] == second["reference"].split()[-1]
    assert (
        out["text"][second["speaker"]["start"] : second["speaker"]["end"]]
        == second["speaker"]["text"]
    )
    assert out["text"][first["speaker"]["start"] : first["speaker"]["end"]] == first["reference"]
    assert third["reference"] == "The Transit Authority"
    assert "Transit Authority" in out["text"]


def test_renaming_is_deterministic_and_leaves_the_input_alone() -> None:
    article = _article()
    assert renamed([article]) == renamed([article])
    assert article["text"] == TEXT
    assert renamed([article], seed=1)[0]["text"] != renamed([article], seed=2)[0]["text"]
