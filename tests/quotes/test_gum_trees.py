"""The syntax path on gold Universal Dependencies trees (GUM news, skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document, Paragraph, Quote, Sentence, Token

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
NAME = "GUM_news_iodine"


def _arcs(path: Path) -> list[list[tuple[int, int, str, str, str]]]:
    sentences: list[list[tuple[int, int, str, str, str]]] = []
    current: list[tuple[int, int, str, str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if current:
                sentences.append(current)
                current = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        current.append((int(cols[0]), int(cols[6]), cols[7], cols[3], cols[1]))
    if current:
        sentences.append(current)
    return sentences


@pytest.fixture(scope="module")
def gum_doc() -> Document:
    plain = DATA / "gum_eval" / "gum_news.jsonl"
    conllu = DATA / "gum_news" / "dep" / f"{NAME}.conllu"
    if not plain.is_file() or not conllu.is_file():
        pytest.skip(f"GUM news data is not under {DATA}")
    record = next(
        item
        for item in map(json.loads, plain.read_text(encoding="utf-8").splitlines())
        if item["id"] == NAME
    )
    text = record["text"]
    tokens: list[Token] = []
    base = cursor = 0
    for sentence in _arcs(conllu):
        for index, head, relation, upos, form in sentence:
            start = text.find(form, cursor)
            if start < 0 or start - cursor > 20:
                start = end = cursor
            else:
                end = cursor = start + len(form)
            tokens.append(
                Token(
                    id=f"t{base + index}",
                    start=start,
                    end=end,
                    upos=upos,
                    head=f"t{base + head}" if head else None,
                    deprel=relation,
                )
            )
        base += len(sentence)
    return Document(
        text,
        {
            "paragraphs": [
                Paragraph(id=f"p{n + 1}", **span) for n, span in enumerate(record["paragraphs"])
            ],
            "sentences": [
                Sentence(id=f"s{n + 1}", **span) for n, span in enumerate(record["sentences"])
            ],
            "tokens": tokens,
        },
    )


def test_gold_trees_give_attributed_quotes(gum_doc: Document) -> None:
    text = gum_doc.text
    quotes = QuoteExtractor().extract(gum_doc)
    by_start = {text[q.start : q.end][:30]: q for q in quotes}
    eastman = by_start["\"If an infant's not getting en"]
    assert eastman.kind == "direct"
    assert eastman.speaker is not None and eastman.speaker.name == "Cres Eastman"
    names = {q.speaker.name for q in quotes if q.speaker is not None}
    assert "Lydia Buchtmann" in names
    assert all(q.speaker is not None for q in quotes if q.kind != "direct")


def test_tree_subject_corrects_a_long_word_pattern_mention(gum_doc: Document) -> None:
    text = gum_doc.text
    rules = QuoteExtractor(syntax=False).extract(gum_doc)
    trees = QuoteExtractor().extract(gum_doc)

    def speaker_of(quotes: list[Quote], start: str) -> str | None:
        for quote in quotes:
            if text[quote.start : quote.end].startswith(start) and quote.speaker is not None:
                return quote.speaker.name
        return None

    content = "the issue is complicated"
    assert speaker_of(trees, content) == "Lydia Buchtmann"
    assert speaker_of(rules, content) != "Lydia Buchtmann"
