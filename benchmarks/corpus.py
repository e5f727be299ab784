"""Where benchmarks find their data, and the news text the speed benchmarks share.

Evaluation data lives beside the repository in ``../shared`` and is never
copied into it; benchmarks skip cleanly when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def speed_texts() -> tuple[list[str], str]:
    """Return news articles to time pipelines on, and a line saying where they came from.

    The GUM news articles plus the seed article when ``../shared`` is present,
    otherwise the project's own ``seeds/``.
    """
    gum = SHARED / "data" / "gum_eval" / "gum_news.jsonl"
    texts: list[str] = []
    if gum.is_file():
        with gum.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for line in lines]
    seed = SHARED / "seeds" / "000_70f566acd3c652ae.txt"
    if seed.is_file():
        texts.append(seed.read_text(encoding="utf-8"))
    if texts:
        return texts, "GUM news (24 docs) + seed article from ../shared"
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))], "seeds/"
