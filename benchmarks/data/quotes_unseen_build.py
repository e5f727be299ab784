"""Build ``quotes_unseen.jsonl`` from its marked-up source ``quotes_unseen.txt``.

The source holds invented news articles (no text from any real article), one
paragraph a line, in several house styles.  In a paragraph, ``{N:...}`` marks
the content of quote *N* (quote marks included for direct quotes, as in the
Gender Gap Tracker data) and ``[N:...]`` the mention of its speaker; a line
``@N kind | cue | reference`` after the article gives the quote's kind
(``direct``, ``indirect``, ``mixed``), cue word(s) and the speaker's fullest
name (``-`` for none).  ``== id style`` starts an article.  Run from the
repository root::

    python benchmarks/data/quotes_unseen_build.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\{(\d+):|\[(\d+):|[}\]]")


def parse_article(
    lines: list[str],
) -> tuple[str, dict[str, tuple[int, int]], dict[str, list[tuple[int, int]]]]:
    """Return the plain text, quote spans and speaker spans of one article."""
    text_parts: list[str] = []
    quotes: dict[str, tuple[int, int]] = {}
    speakers: dict[str, list[tuple[int, int]]] = {}
    pos = 0
    for line_no, line in enumerate(lines):
        if line_no:
            text_parts.append("\n")
            pos += 1
        stack: list[tuple[str, str, int]] = []
        last = 0
        for m in MARK.finditer(line):
            chunk = line[last : m.start()]
            text_parts.append(chunk)
            pos += len(chunk)
            last = m.end()
            if m.group(1):
                stack.append(("q", m.group(1), pos))
            elif m.group(2):
                stack.append(("s", m.group(2), pos))
            else:
                kind, number, start = stack.pop()
                if kind == "q":
                    quotes[number] = (start, pos)
                else:
                    speakers.setdefault(number, []).append((start, pos))
        chunk = line[last:]
        text_parts.append(chunk)
        pos += len(chunk)
        if stack:
            raise ValueError(f"unclosed mark in {line!r}")
    return "".join(text_parts), quotes, speakers


def build(source: Path) -> list[dict[str, Any]]:
    """Read the marked-up source and return the GGT-shaped records."""
    records: list[dict[str, Any]] = []
    blocks = re.split(r"^== ", source.read_text(encoding="utf-8"), flags=re.M)[1:]
    for block in blocks:
        head, *rest = block.strip("\n").split("\n")
        ident, style = head.split()
        body = [ln for ln in rest if ln.strip() and not ln.startswith(("@", "#"))]
        meta = [ln for ln in rest if ln.startswith("@")]
        text, spans, speakers = parse_article(body)
        quotes = []
        for line in meta:
            number, fields = line[1:].split(" ", 1)
            kind, cue, reference = (f.strip() for f in fields.split("|"))
            start, end = spans[number]
            mentions = speakers.get(number, [])
            # the mention nearest the quote is its speaker span
            speaker = None
            if mentions:
                s, e = min(mentions, key=lambda se: min(abs(se[0] - end), abs(start - se[1])))
                speaker = {"start": s, "end": e, "text": text[s:e]}
            quotes.append(
                {
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "kind": kind,
                    "speaker": speaker,
                    "cue": None if cue == "-" else cue,
                    "reference": None if reference == "-" else reference,
                }
            )
        if set(spans) != {line[1:].split(" ", 1)[0] for line in meta}:
            raise ValueError(f"{ident}: quotes and @ lines differ")
        quotes.sort(key=lambda q: (q["start"], q["end"]))
        records.append({"id": ident, "style": style, "text": text, "quotes": quotes})
    return records


def main() -> int:
    records = build(HERE / "quotes_unseen.txt")
    with (HERE / "quotes_unseen.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    paragraphs = sum(r["text"].count("\n") + 1 for r in records)
    quotes = sum(len(r["quotes"]) for r in records)
    print(f"{len(records)} articles, {paragraphs} paragraphs, {quotes} quotes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
