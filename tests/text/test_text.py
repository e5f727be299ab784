"""newsparse.text: spans from any segmenter, sentence lookup, canonical names."""

from __future__ import annotations

import doctest
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse.text
import newsparse.text.names
import newsparse.text.spans
from newsparse.lexicon import WordList, default_lexicon
from newsparse.model import Document, Paragraph, Sentence
from newsparse.text import (
    SentenceIndex,
    canonical_name,
    canonical_names,
    document_paragraphs,
    document_sentences,
    link_short_names,
    strip_name_titles,
    trim,
)


@pytest.mark.parametrize("module", [newsparse.text, newsparse.text.names, newsparse.text.spans])
def test_examples_in_docstrings_run(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0


@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 200))
def test_trim_gives_a_span_inside_without_edge_space(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    span = trim(text, start, end)
    if span is None:
        assert not text[start:end].strip(" \t\n\r\f\v\u200b\u2060\ufeff\x1c\x1d\x1e\x1f\x85\xa0")
        return
    s, e = span
    assert start <= s < e <= end
    assert not text[s].isspace() and not text[e - 1].isspace()


def _doc_with_sentences(text: str, cuts: list[int]) -> Document:
    points = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    sentences = [
        Sentence(id=f"s{i}", start=s, end=e)
        for i, (s, e) in enumerate(itertools.pairwise(points))
        if text[s:e].strip()
    ]
    return Document(text, {"sentences": sentences})


@given(st.text(alphabet="ab .\n", max_size=80), st.lists(st.integers(0, 80), max_size=6))
def test_sentences_cover_every_word_of_every_paragraph(text: str, cuts: list[int]) -> None:
    doc = _doc_with_sentences(text, cuts)
    paragraphs = document_paragraphs(doc)
    per_paragraph = document_sentences(doc, paragraphs)
    assert len(per_paragraph) == len(paragraphs)
    for (lo, hi), sentences in zip(paragraphs, per_paragraph, strict=True):
        covered = "".join(text[s:e] for s, e in sentences)
        assert covered.split() == text[lo:hi].split() or "".join(covered.split()) == "".join(
            text[lo:hi].split()
        )
        assert all(lo <= s < e <= hi for s, e in sentences)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(sentences))
        index = SentenceIndex(sentences)
        for number, (s, e) in enumerate(sentences):
            assert index.at(s) == number and index.of(s, e) == number


def test_paragraphs_come_from_the_layer_when_there_is_one() -> None:
    doc = Document("A b.  C d.", {"paragraphs": [Paragraph(id="p1", start=0, end=6)]})
    assert document_paragraphs(doc) == [(0, 4)]
    assert document_paragraphs(Document("A.\n\nB.", {})) == [(0, 2), (4, 6)]


def test_sentence_index_of_a_document() -> None:
    doc = Document(" One.  Two. ", {"sentences": [Sentence(id="s1", start=0, end=6)]})
    index = SentenceIndex.of_document(doc)
    assert list(index) == [(1, 5)] and len(index) == 1
    assert index.at(0) is None and index.of(1, 8) is None


@given(st.text(max_size=60), st.booleans())
def test_canonical_name_of_any_text(surface: str, person: bool) -> None:
    name = canonical_name(surface, person=person)
    assert name == canonical_name(surface, person=person)
    assert name == surface or (name and len(name) <= len(surface))
    assert name in " ".join(surface.split()) or name == surface


@pytest.mark.parametrize(
    ("surface", "person", "name"),
    [
        ("the Kremlin\u2019s", False, "Kremlin"),
        ("Reuters'", False, "Reuters"),
        ("Xi  Jinping", False, "Xi Jinping"),
        ("\u201cGazprom\u201d", False, "Gazprom"),
        ("U.S.", False, "U.S."),
        ("Bank of Canada's", False, "Bank of Canada"),
        ("The", False, "The"),
        ("Mr. Putin", True, "Putin"),
        ("Prime Minister Justin Trudeau", True, "Justin Trudeau"),
        ("Sir", True, "Sir"),
        ("O\u2019Brien's", True, "O\u2019Brien"),
    ],
)
def test_canonical_names_of_mentions(surface: str, person: bool, name: str) -> None:
    assert canonical_name(surface, person=person) == name


def test_titles_and_particles_come_from_the_lexicon() -> None:
    lexicon = default_lexicon().extended(
        {"titles": WordList(add=["Grand Vizier"]), "name_particles": WordList(add=["zu"])}
    )
    assert strip_name_titles("Grand Vizier Jafar Ali", lexicon=lexicon) == "Jafar Ali"
    assert strip_name_titles("Grand Vizier Jafar Ali") == "Grand Vizier Jafar Ali"
    names = ["Karl zu Guttenberg", "zu Guttenberg"]
    assert link_short_names(names, lexicon=lexicon) == ["Karl zu Guttenberg"] * 2


def test_short_names_link_to_the_nearest_full_name() -> None:
    names = ["Smith", "Anna Smith", "Smith", "John Smith", "Smith", "Ursula von der Leyen", "Leyen"]
    assert link_short_names(names) == [
        "Anna Smith",
        "Anna Smith",
        "Anna Smith",
        "John Smith",
        "John Smith",
        "Ursula von der Leyen",
        "Ursula von der Leyen",
    ]


def test_canonical_names_link_people_only() -> None:
    mentions = [("PERSON", "Gen. Mark Milley"), ("ORG", "Milley"), ("PER", "Milley's")]
    assert canonical_names(mentions) == ["Mark Milley", "Milley", "Mark Milley"]
