"""Conversion from real ``stanza.Document`` objects (built from token dicts) to newsparse."""

from __future__ import annotations

import copy
import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.builtin.stanza.convert import (
    ConvertedToken,
    Piece,
    align_pieces,
    convert_sentence,
    decode_entity_tags,
    ontonotes_label,
)
from newsparse.text import canonical_name

pytestmark = pytest.mark.stanza

stanza_doc = pytest.importorskip("stanza.models.common.doc")


def tok(
    tid: int | tuple[int, ...],
    text: str,
    start: int | None = None,
    end: int | None = None,
    **fields: Any,
) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": tid if isinstance(tid, tuple) else (tid,), "text": text}
    if start is not None:
        entry["start_char"] = start
    if end is not None:
        entry["end_char"] = end
    entry.update(fields)
    return entry


def build(text: str, *sentences: list[dict[str, Any]]) -> Any:
    """A real Stanza document; it mutates the dicts, so it gets copies."""
    return stanza_doc.Document(copy.deepcopy(list(sentences)), text=text)


def spans(converted: list[ConvertedToken], text: str) -> list[str]:
    return [text[t.start : t.end] for t in converted]


def test_tokens_keep_exact_offsets_with_curly_quotes_and_odd_whitespace() -> None:
    text = "“We’re  here,”\u00a0said\tMr. Putin."
    words = ["“", "We’re", "here", ",", "”", "said", "Mr.", "Putin", "."]
    entries, position = [], 0
    for i, word in enumerate(words, 1):
        start = text.index(word, position)
        position = start + len(word)
        entries.append(tok(i, word, start, position, head=0 if i == 6 else 6, deprel="dep"))
    doc = build(text, entries)
    converted = convert_sentence(text, 0, len(text), doc.sentences[0])
    assert spans(converted, text) == words
    assert [c.head for c in converted] == [5, 5, 5, 5, 5, None, 5, 5, 5]


def test_offsets_are_shifted_from_the_paragraph_into_the_document() -> None:
    text = "Title\n\n  Prices rose 4.2%."
    paragraph = text.index("Prices")
    local = "Prices rose 4.2%."
    entries = [
        tok(1, "Prices", 0, 6),
        tok(2, "rose", 7, 11),
        tok(3, "4.2", 12, 15),
        tok(4, "%", 15, 16),
        tok(5, ".", 16, 17),
    ]
    doc = build(local, entries)
    converted = convert_sentence(text, paragraph, len(text), doc.sentences[0])
    assert spans(converted, text) == ["Prices", "rose", "4.2", "%", "."]
    assert converted[0].start == paragraph


def test_multi_word_token_spelled_by_its_words_becomes_one_token_per_word() -> None:
    text = "We cannot go."
    entries = [
        tok(1, "We", 0, 2, head=4, deprel="nsubj", upos="PRON"),
        tok((2, 3), "cannot", 3, 9),
        tok(2, "can", head=4, deprel="aux", upos="AUX", lemma="can"),
        tok(3, "not", head=4, deprel="advmod", upos="PART", lemma="not"),
        tok(4, "go", 10, 12, head=0, deprel="root", upos="VERB", lemma="go"),
        tok(5, ".", 12, 13, head=4, deprel="punct", upos="PUNCT"),
    ]
    doc = build(text, entries)
    converted = convert_sentence(text, 0, len(text), doc.sentences[0])
    assert spans(converted, text) == ["We", "can", "not", "go", "."]
    assert [c.upos for c in converted] == ["PRON", "AUX", "PART", "VERB", "PUNCT"]
    assert [c.head for c in converted] == [3, 3, 3, None, 3]
    assert converted[3].deprel == "root"


def test_multi_word_token_with_other_words_stays_whole_with_its_head_words_syntax() -> None:
    text = "Il va du bois."
    entries = [
        tok(1, "Il", 0, 2, head=2, deprel="nsubj"),
        tok(2, "va", 3, 5, head=0, deprel="root"),
        tok((3, 4), "du", 6, 8),
        tok(3, "de", head=5, deprel="case", upos="ADP"),
        tok(4, "le", head=5, deprel="det", upos="DET"),
        tok(5, "bois", 9, 13, head=2, deprel="obl", upos="NOUN"),
        tok(6, ".", 13, 14, head=2, deprel="punct"),
    ]
    doc = build(text, entries)
    converted = convert_sentence(text, 0, len(text), doc.sentences[0])
    assert spans(converted, text) == ["Il", "va", "du", "bois", "."]
    assert converted[2].upos == "ADP" and converted[2].deprel == "case"
    assert converted[2].head == 3


def test_multi_word_token_entity_tag_is_spread_over_its_words() -> None:
    text = "cannot"
    entries = [tok((1, 2), "cannot", 0, 6, ner="S-X"), tok(1, "can"), tok(2, "not")]
    doc = build(text, entries)
    converted = convert_sentence(text, 0, len(text), doc.sentences[0])
    assert [c.ner for c in converted] == ["B-X", "E-X"]
    assert decode_entity_tags([c.ner for c in converted]) == [(0, 1, "X")]


def test_rewritten_token_text_and_wrong_offsets_are_realigned() -> None:
    text = "Ab  cd <UNK> ef"
    pieces = [
        Piece("Ab", 0, 2),  # right
        Piece("cd", 0, 2),  # offsets point back before the cursor
        Piece("<UNK>", None, None),  # no offsets: found by its text
        Piece("ef", 50, 60),  # offsets outside the text
    ]
    assert align_pieces(text, 0, len(text), pieces) == [(0, 2), (4, 6), (7, 12), (13, 15)]


def test_squeezed_token_text_is_found_across_whitespace() -> None:
    text = "U. S. officials"
    assert align_pieces(text, 0, len(text), [Piece("U.S.", None, None)]) == [(0, 5)]


def test_token_that_finds_no_text_left_is_dropped() -> None:
    text = "one"
    assert align_pieces(text, 0, 3, [Piece("one", 0, 3), Piece("two", None, None)]) == [
        (0, 3),
        None,
    ]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PERSON", "E-PERSON", "O", "S-GPE"], [(0, 1, "PERSON"), (3, 3, "GPE")]),
        (["B-ORG", "I-ORG", "O", "B-ORG"], [(0, 1, "ORG"), (3, 3, "ORG")]),
        (["I-ORG", "E-ORG"], [(0, 1, "ORG")]),
        (["B-PER", "I-ORG"], [(0, 0, "PERSON"), (1, 1, "ORG")]),
        (["E-GPE", None, "S-MONEY", "S-MONEY"], [(0, 0, "GPE"), (2, 2, "MONEY"), (3, 3, "MONEY")]),
        (["O", "O"], []),
    ],
)
def test_entity_tags_are_decoded_leniently(
    tags: list[str | None], expected: list[tuple[int, int, str]]
) -> None:
    assert decode_entity_tags(tags) == expected


def test_labels_are_ontonotes() -> None:
    assert ontonotes_label("PER") == "PERSON"
    assert ontonotes_label("NORP") == "NORP"


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("the Kremlin’s", "Kremlin"),
        ("Reuters'", "Reuters"),
        ("Xi  Jinping", "Xi Jinping"),
        ("“Gazprom”", "Gazprom"),
        ("U.S.", "U.S."),
        ("Bank of Canada's", "Bank of Canada"),
        ("The", "The"),
    ],
)
def test_entity_names_are_normalised_mentions(mention: str, name: str) -> None:
    assert canonical_name(mention) == name


def test_entities_from_a_real_document_match_stanza_ents() -> None:
    text = "Angela Merkel met Mr. Putin in Moscow."
    words = ["Angela", "Merkel", "met", "Mr.", "Putin", "in", "Moscow", "."]
    tags = ["B-PERSON", "E-PERSON", "O", "O", "S-PERSON", "O", "S-GPE", "O"]
    entries, position = [], 0
    for i, (word, tag) in enumerate(zip(words, tags, strict=True), 1):
        start = text.index(word, position)
        position = start + len(word)
        entries.append(tok(i, word, start, position, ner=tag))
    doc = build(text, entries)
    converted = convert_sentence(text, 0, len(text), doc.sentences[0])
    mentions = [
        (converted[a].start, converted[b].end, label)
        for a, b, label in decode_entity_tags([c.ner for c in converted])
    ]
    assert mentions == [(e.start_char, e.end_char, e.type) for e in doc.ents]
    assert [text[s:e] for s, e, _ in mentions] == ["Angela Merkel", "Putin", "Moscow"]


# -- properties ----------------------------------------------------------------

_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=80) | st.text(
    alphabet=" \t\n\u00a0\u2028\x85“”\"'’.,a-Z0", max_size=40
)


@st.composite
def claimed_pieces(draw: st.DrawFn) -> tuple[str, list[Piece]]:
    text = draw(_TEXT)
    offsets = st.none() | st.integers(min_value=-5, max_value=len(text) + 5)
    pieces = draw(st.lists(st.builds(Piece, st.text(max_size=6), offsets, offsets), max_size=12))
    return text, pieces


@settings(deadline=None)
@given(claimed_pieces())
def test_aligned_spans_are_valid_ordered_disjoint_and_trimmed(
    case: tuple[str, list[Piece]],
) -> None:
    text, pieces = case
    result = align_pieces(text, 0, len(text), pieces)
    assert len(result) == len(pieces)
    placed = [span for span in result if span is not None]
    for start, end in placed:
        assert 0 <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
    for (_, end), (start, _) in itertools.pairwise(placed):
        assert end <= start
    assert align_pieces(text, 0, len(text), pieces) == result


@st.composite
def tokenised(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    words = draw(
        st.lists(
            st.text(
                alphabet=st.characters(categories=("L", "N", "P", "S")), min_size=1, max_size=6
            ),
            max_size=10,
        )
    )
    gaps = draw(
        st.lists(
            st.sampled_from(["", " ", "  ", "\n", "\u00a0", "\t "]),
            min_size=len(words) + 1,
            max_size=len(words) + 1,
        )
    )
    text, gold = gaps[0], []
    for word, gap in zip(words, gaps[1:], strict=True):
        gold.append((len(text), len(text) + len(word)))
        text += word + gap
    return text, gold


@settings(deadline=None)
@given(tokenised(), st.booleans())
def test_true_tokens_are_recovered_exactly_with_or_without_offsets(
    case: tuple[str, list[tuple[int, int]]], keep_offsets: bool
) -> None:
    text, gold = case
    pieces = [
        Piece(text[s:e], s if keep_offsets else None, e if keep_offsets else None) for s, e in gold
    ]
    assert align_pieces(text, 0, len(text), pieces) == gold
