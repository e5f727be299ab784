"""Speaker resolution against GUM's coreference: is a quote's speaker the person meant?

Run from the repository root::

    python benchmarks/bench_speakers.py            # halves A and B
    python benchmarks/bench_speakers.py --half A   # one half

GGT scores a speaker by the fullest name of the person a mention refers to,
but its development half is small (about 450 matched quotes a half), so a
handful of articles decide the figure.  GUM annotates every mention of a
person or organisation with its coreference chain, in 237 documents of
14 genres (``../shared/data/gum_news``, ``../shared/data/gum_more``): every
quote the fast pipeline finds there whose speaker mention is a GUM mention
can be scored the GGT way, without quote gold.

* **Documents:** GUM's train and dev documents (its test and test2 documents are
  left out), split into fixed halves by document id (``benchmarks/splits.py``):
  develop on A, report both.
* **Gold:** the speaker mention (the offsets of ``Quote.speaker``) is aligned
  to the smallest GUM mention of a person, organisation or place that contains
  it (else the GUM mention it overlaps most).  The gold names are the names
  that mention's chain is called by in the document: a proper-noun head and
  the proper nouns joined to it (``Ministry of Health``, ``Nick Bos``; ``Betty``
  and ``Mrs. Claus`` for one person).  A description of a chain with no name
  (``a witness``, ``the team``) is scored as ``unnamed``: it is right when the
  speaker's name ends with the head word or last word of one of the chain's
  descriptions, i.e. when no other person's name was put on it.  Pronouns of
  such chains and quotes whose speaker has no mention (a quotation
  continuing the last speaker) are counted apart, not scored.
* **Score:** the predicted canonical name ends with the same word as one of
  the gold names (case- and accent-insensitive), as in the GGT metric but
  with any of the chain's names, since the question is whether the speaker is
  the right person, not which of its names is fullest; reported by the
  kind of the speaker mention (name: the GUM mention has a name; pronoun: its
  head is a pronoun; description: neither; unnamed, as above), for all genres
  and for the genres written as news reports (news, interview, bio).
* **Floor:** the same quotes with the speaker mention's own text as the name,
  i.e. no resolution at all; the gap between the floor and the pipeline is
  what resolution earns.  No coreference system runs here to serve as an
  anchor: the neural ones need models this machine cannot download.

Only the pipeline's own quotes are scored, so a figure is accuracy over the
speakers it resolved, not recall of GUM's reported speech.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

try:
    import newsparse  # noqa: F401
except ImportError:  # pragma: no cover - run from a checkout without installation
    sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quotes import fast_stages, last_word  # noqa: E402
from entities_gold import read_conllu_documents  # noqa: E402
from newsparse.model import Quote  # noqa: E402
from splits import HALVES, half  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
FOLDERS = (SHARED / "gum_news" / "dep", SHARED / "gum_more" / "dep")
SPLITS = SHARED / "gum_news" / "splits.md"
KINDS = ("name", "pronoun", "description", "unnamed")
#: GUM genres written as news reports (Wikinews news, interviews, biographies).
NEWS_GENRES = ("news", "interview", "bio")


def held_out_ids(path: Path) -> set[str]:
    """Return the ids of GUM's test and test2 documents, listed in ``splits.md``."""
    held: set[str] = set()
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        found = re.match(r"\s*\*\s*(GUM_\S+)", line)
        if found and section.startswith("test"):
            held.add(found.group(1))
    return held


def load() -> list[dict[str, Any]]:
    """Return GUM's train and dev documents with their mentions, one per id."""
    if not SPLITS.is_file():
        return []
    held = held_out_ids(SPLITS)
    docs: dict[str, dict[str, Any]] = {}
    for folder in FOLDERS:
        if folder.is_dir():
            for doc in read_conllu_documents(folder):
                if doc["id"] not in held:
                    docs.setdefault(doc["id"], doc)
    return [docs[k] for k in sorted(docs)]


def chain_names(doc: dict[str, Any]) -> dict[str, set[str]]:
    """Return the last words of the names each chain is called by (``Claus``, ``Betty``)."""
    names: dict[str, set[str]] = {}
    text = doc["text"]
    for m in doc["mentions"]:
        if m["name"] is None:
            continue
        after = text[m["name"][1] : m["end"]]
        if re.match(r"\s*(?:and|or|&|,)\s", after):
            continue  # a coordination (``Bos and colleagues``) names a group
        names.setdefault(m["eid"], set()).add(last_word(text[m["name"][0] : m["name"][1]]))
    return names


def chain_descriptions(doc: dict[str, Any]) -> dict[str, set[str]]:
    """Return the head words and last words of the descriptions of each chain."""
    words: dict[str, set[str]] = {}
    text = doc["text"]
    for m in doc["mentions"]:
        if m["head_upos"] in ("PRON", "PROPN") or m["head"] is None:
            continue
        found = words.setdefault(m["eid"], set())
        found.add(last_word(text[m["head"][0] : m["head"][1]]))
        found.add(last_word(m["text"]))
    return words


def align(mentions: Sequence[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    """Return the GUM mention a speaker mention at ``[start, end)`` is."""
    around = [m for m in mentions if m["start"] <= start and end <= m["end"]]
    if around:
        return min(around, key=lambda m: m["end"] - m["start"])
    overlaps = [
        (min(end, m["end"]) - max(start, m["start"]), m)
        for m in mentions
        if m["start"] < end and start < m["end"]
    ]
    return max(overlaps, key=lambda pair: pair[0])[1] if overlaps else None


def kind_of(mention: dict[str, Any]) -> str:
    """Return ``name``, ``pronoun`` or ``description`` by the mention's head and name."""
    if mention["head_upos"] == "PRON":
        return "pronoun"
    return "name" if mention["name"] is not None else "description"


class Tally:
    """Right and scored speakers by mention kind, for the pipeline and the floor."""

    def __init__(self) -> None:
        self.scored: Counter[str] = Counter()
        self.right: Counter[str] = Counter()
        self.floor: Counter[str] = Counter()
        self.unscored: Counter[str] = Counter()

    def row(self, name: str) -> list[str]:
        cells = [name]
        total = sum(self.scored.values())
        for counts in (self.right, self.floor):
            cells.append(f"{sum(counts.values()) / total:.3f}" if total else "n/a")
        for kind in KINDS:
            n = self.scored[kind]
            cells.append(f"{self.right[kind] / n:.3f} ({n})" if n else "n/a")
        cells.append(f"{total}")
        cells.append(", ".join(f"{k} {v}" for k, v in sorted(self.unscored.items())))
        return cells


def measure(docs: Sequence[dict[str, Any]]) -> Tally:
    """Score the fast pipeline's speakers on *docs*."""
    front, back = fast_stages()
    tally = Tally()
    for doc in docs:
        parsed = back(front(doc["text"]))
        names = chain_names(doc)
        descriptions = chain_descriptions(doc)
        for quote in parsed.layer("quotes"):
            if not isinstance(quote, Quote):
                continue
            speaker = quote.speaker
            if speaker is None or speaker.start == speaker.end:
                tally.unscored["no speaker mention"] += 1
                continue
            mention = align(doc["mentions"], speaker.start, speaker.end)
            if mention is None:
                tally.unscored["not a GUM mention"] += 1
                continue
            gold = names.get(mention["eid"])
            kind = kind_of(mention)
            if not gold:
                gold = descriptions.get(mention["eid"])
                if not gold or kind == "pronoun":
                    tally.unscored["chain has no name or description"] += 1
                    continue
                kind = "unnamed"
            tally.scored[kind] += 1
            if last_word(speaker.name) in gold:
                tally.right[kind] += 1
            if last_word(parsed.text[speaker.start : speaker.end]) in gold:
                tally.floor[kind] += 1
    return tally


HEADER = ["set", "accuracy", "floor", *KINDS, "scored", "not scored"]


def report(
    header: Sequence[str],
    measure_half: Callable[[Sequence[dict[str, Any]]], Any],
    description: str,
    argv: Sequence[str] | None = None,
) -> int:
    """Print one table of GUM's halves A and B, all genres and the news-report genres.

    :param header: the column names.
    :param measure_half: scores documents; its result's ``row(name)`` is a table row.
    :param description: the command's description, for ``--help``.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--half", choices=HALVES, help="only this half")
    args = parser.parse_args(argv)
    docs = load()
    if not docs:
        print(f"No GUM data under {SHARED}: nothing to measure.")
        return 0
    rows = [list(header)]
    for which in HALVES:
        if args.half in (None, which):
            part = [d for d in docs if half(d["id"]) == which]
            rows.append(measure_half(part).row(f"GUM train+dev {which} ({len(part)} docs)"))
            news = [d for d in part if d["id"].split("_")[1] in NEWS_GENRES]
            rows.append(measure_half(news).row(f"  news, interview, bio ({len(news)} docs)"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for n, row in enumerate(rows):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("-" * (sum(widths) + 2 * (len(widths) - 1)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return report(HEADER, measure, __doc__.split("\n", 1)[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
