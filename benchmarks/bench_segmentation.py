"""Sentence segmentation of the fast pipeline next to pySBD, syntok, blingfire and Punkt.

Every system is scored by the same code, in the same run:

* GUM news (../shared/data/gum_eval, 24 Wikinews articles, whole text with
  its blank-line paragraphs): precision, recall and F1 of sentence ends.  A
  boundary is the offset where a sentence ends once trailing spaces are
  trimmed; paragraph breaks count as boundaries, the end of the text does
  not.  "within" scores only the boundaries that are not paragraph ends.
* English Golden Rules (48 cases): a rule passes when the sentences, trimmed,
  are exactly the expected ones.
* UD English EWT test, paragraph by paragraph (the ``# text`` lines of each
  ``# newpar`` block joined by one space): F1 of sentence ends, the
  paragraph's own end included.
* Speed on one core: GUM news sentence splitting, in gold sentences and
  gold tokens (words) per second of CPU time, the process pinned to one
  core; the systems are timed in turn, ``--repeat`` rounds, best round
  kept, so that other work on the machine touches them alike.  newsparse is
  also timed with tokens and as the ``fast.segment`` processor building a
  document's layers.

NLTK Punkt uses its pretrained English parameters when NLTK can find or
download them; otherwise an untrained ``PunktSentenceTokenizer`` is measured
and labelled as such.  An anchor that is not installed is reported, not
faked.

    python benchmarks/bench_segmentation.py [--repeat N] [--errors]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsparse.builtin.fast.segment_processor import FastSegmenter, split_sentences, token_spans
from newsparse.model import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
GUM = DATA / "gum_eval" / "gum_news.jsonl"
GOLDEN = DATA / "golden_rules" / "english_golden_rules.json"
EWT = DATA / "ud_ewt" / "en_ewt-ud-test.conllu"

Spans = list[tuple[int, int]]
Splitter = Callable[[str], Iterable[tuple[int, int]]]


# -- scoring (shared by every system) ---------------------------------------------


@dataclass
class Counts:
    """Boundary counts: gold, predicted, and both."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0

    def add(self, gold: set[int], predicted: set[int]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.correct += len(gold & predicted)

    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    def f1(self) -> float:
        total = self.gold + self.predicted
        return 2 * self.correct / total if total else 0.0


def ends(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    """Return where each non-blank span ends once its trailing spaces are trimmed."""
    found = set()
    for start, end in spans:
        piece = text[start:end].rstrip()
        if piece.strip():
            found.add(start + len(piece))
    return found


def score_gum(split: Splitter, docs: list[dict[str, Any]]) -> tuple[Counts, Counts, list[str]]:
    """Score *split* on GUM: all boundaries, within-paragraph ones, and the errors."""
    every, within, errors = Counts(), Counts(), []
    for doc in docs:
        text = doc["text"]
        last = len(text.rstrip())
        gold = ends(text, ((s["start"], s["end"]) for s in doc["sentences"])) - {last}
        predicted = ends(text, split(text)) - {last}
        paragraph_ends = {p["end"] for p in doc["paragraphs"]}
        every.add(gold, predicted)
        within.add(gold - paragraph_ends, predicted - paragraph_ends)
        for boundary in sorted(gold ^ predicted):
            kind = "missed" if boundary in gold else "extra "
            context = f"{text[max(0, boundary - 60) : boundary]!r} | {text[boundary:][:30]!r}"
            errors.append(f"{kind} {doc['id']}: {context}")
    return every, within, errors


def score_golden(split: Splitter, rules: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """Count the Golden Rules *split* passes; list the ones it fails."""
    failed = []
    for rule in rules:
        text = rule["text"]
        found = [text[start:end].strip() for start, end in split(text)]
        if [piece for piece in found if piece] != rule["sentences"]:
            failed.append(f"rule {rule['id']} ({rule['name']}): {found}")
    return len(rules) - len(failed), failed


def score_ewt(split: Splitter, paragraphs: list[list[str]]) -> Counts:
    """Score *split* on UD EWT paragraphs (each paragraph's end included)."""
    counts = Counts()
    for sentences in paragraphs:
        text = " ".join(sentences)
        gold, offset = set(), 0
        for sentence in sentences:
            offset += len(sentence)
            gold.add(offset)
            offset += 1
        counts.add(gold, ends(text, split(text)))
    return counts


def ewt_paragraphs(path: Path) -> list[list[str]]:
    """Return the sentences of each paragraph of a CoNLL-U file."""
    paragraphs: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("# newpar", "# newdoc")) and paragraphs[-1]:
            paragraphs.append([])
        elif line.startswith("# text = "):
            paragraphs[-1].append(line[len("# text = ") :])
    return [sentences for sentences in paragraphs if sentences]


def best_times(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Return the fastest time of one call of each run, in seconds.

    Each run is first called once to find how many calls last about half a
    second; then *repeat* rounds time every run in turn, so that a change in
    the machine's load touches all systems alike, and the best round counts.
    """
    calls = {}
    for name, run in runs.items():
        started = time.process_time()
        run()
        calls[name] = max(1, int(0.5 / max(time.process_time() - started, 1e-6)))
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            started = time.process_time()
            for _ in range(calls[name]):
                run()
            best[name] = min(best[name], (time.process_time() - started) / calls[name])
    return best


# -- systems ------------------------------------------------------------------------


def newsparse_with_tokens(text: str) -> Spans:
    sentences = split_sentences(text)
    for start, end in sentences:
        token_spans(text, start, end)
    return sentences


def newsparse_processor(text: str) -> Spans:
    layers = FastSegmenter()(Document(text))
    return [(sentence.start, sentence.end) for sentence in layers["sentences"]]


def load_pysbd() -> Splitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda text: [(span.start, span.end) for span in segmenter.segment(text)]


def load_syntok() -> Splitter:
    import syntok.segmenter as segmenter

    def split(text: str) -> Spans:
        return [
            (sentence[0].offset, sentence[-1].offset + len(sentence[-1].value))
            for paragraph in segmenter.analyze(text)
            for sentence in (list(tokens) for tokens in paragraph)
            if sentence
        ]

    return split


def load_blingfire() -> Splitter:
    import blingfire

    return lambda text: list(blingfire.text_to_sentences_and_offsets(text)[1]) if text else []


def punkt_parameters_found() -> bool:
    """Whether NLTK has Punkt's English parameters, downloading them if it can."""
    import nltk

    try:
        nltk.data.find("tokenizers/punkt_tab/english/")
        return True
    except LookupError:
        quiet = io.StringIO()
        return bool(nltk.download("punkt_tab", quiet=True, print_error_to=quiet))


def load_punkt() -> tuple[str, Splitter]:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    if punkt_parameters_found():
        from nltk.tokenize import PunktTokenizer

        pretrained = PunktTokenizer("english")
        return "punkt", lambda text: list(pretrained.span_tokenize(text))
    untrained = PunktSentenceTokenizer()
    return "punkt (untrained)", lambda text: list(untrained.span_tokenize(text))


def systems() -> tuple[dict[str, Splitter], list[str]]:
    """Return the systems to measure, newsparse first, and the anchors that are missing."""
    found: dict[str, Splitter] = {"newsparse": split_sentences}
    missing = []
    for name, load in (
        ("pysbd", load_pysbd),
        ("syntok", load_syntok),
        ("blingfire", load_blingfire),
    ):
        try:
            found[name] = load()
        except ImportError:
            missing.append(name)
    try:
        label, punkt = load_punkt()
        found[label] = punkt
    except ImportError:
        missing.append("nltk punkt")
    return found, missing


# -- report -------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (best is kept)")
    parser.add_argument("--errors", action="store_true", help="list newsparse's errors")
    args = parser.parse_args()
    if not (GUM.is_file() and GOLDEN.is_file() and EWT.is_file()):
        print(f"skipped: the evaluation data is not at {DATA}")
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    docs = [json.loads(line) for line in GUM.read_text(encoding="utf-8").splitlines()]
    rules = json.loads(GOLDEN.read_text(encoding="utf-8"))
    paragraphs = ewt_paragraphs(EWT)
    texts = [doc["text"] for doc in docs]
    n_sentences = sum(len(doc["sentences"]) for doc in docs)
    n_words = sum(len(doc["tokens"]) for doc in docs)

    found, missing = systems()
    found["newsparse + tokens"] = newsparse_with_tokens
    found["newsparse processor"] = newsparse_processor
    scores: dict[str, list[str]] = {}
    errors: list[str] = []
    for name, split in found.items():
        if name in ("newsparse + tokens", "newsparse processor"):
            scores[name] = [""] * 6
            continue
        every, within, gum_errors = score_gum(split, docs)
        passed, failed = score_golden(split, rules)
        ewt = score_ewt(split, paragraphs)
        scores[name] = [
            f"{every.precision():.3f}",
            f"{every.recall():.3f}",
            f"{every.f1():.3f}",
            f"{within.f1():.3f}",
            f"{passed}/{len(rules)}",
            f"{ewt.f1():.3f}",
        ]
        if name == "newsparse":
            errors = gum_errors + failed
    seconds = best_times(
        {
            name: lambda split=split: [split(text) for text in texts]
            for name, split in found.items()
        },
        args.repeat,
    )
    rows = [(name, scores[name], seconds[name]) for name in found]

    ours = rows[0][2]
    header = (
        f"{'system':<22}{'GUM P':>7}{'GUM R':>7}{'GUM F1':>8}{'within':>8}{'golden':>8}"
        f"{'EWT F1':>8}{'sent/s':>10}{'words/s':>11}{'ns/this':>9}"
    )
    print(
        f"Sentence segmentation on one core. GUM news: {len(docs)} docs, {n_sentences} sentences, "
        f"{n_words} words; Golden Rules: {len(rules)}; UD EWT test: {len(paragraphs)} paragraphs"
    )
    print(header)
    print("-" * len(header))
    for name, cells, took in rows:
        ratio = "" if name.startswith("newsparse") else f"{took / ours:.2f}x"
        print(
            f"{name:<22}{cells[0]:>7}{cells[1]:>7}{cells[2]:>8}{cells[3]:>8}{cells[4]:>8}"
            f"{cells[5]:>8}{n_sentences / took:>10,.0f}{n_words / took:>11,.0f}{ratio:>9}"
        )
    if missing:
        print(f"not installed: {', '.join(missing)}")
    print("ns/this: newsparse sentence splitting speed divided by the system's speed")
    if args.errors:
        print("\nnewsparse errors:")
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
