"""The syntax path: frames from heads and relations on tokens."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.builtin.quotes.syntax_path import SyntaxIndex
from newsparse.model import Document, Sentence, Token

Arc = tuple[int, str]  # head (1-based within the sentence, 0 for the root), relation


def parsed(text: str, arcs: Sequence[Arc], *, upos: Sequence[str] | None = None) -> Document:
    """A one-sentence document whose tokens carry the given dependency arcs."""
    spans = [m.span() for m in re.finditer(r"\w+(?:['’]\w+)?|[^\w\s]", text)]
    assert len(spans) == len(arcs), [text[s:e] for s, e in spans]
    tokens = [
        Token(
            id=f"t{n + 1}",
            start=start,
            end=end,
            upos=upos[n] if upos else None,
            head=f"t{head}" if head else None,
            deprel=relation,
        )
        for n, ((start, end), (head, relation)) in enumerate(zip(spans, arcs, strict=True))
    ]
    return Document(
        text, {"sentences": [Sentence(id="s1", start=0, end=len(text))], "tokens": tokens}
    )


def rows(doc: Document, *, syntax: bool = True) -> list[tuple[str, str, str | None]]:
    extractor = QuoteExtractor(syntax=syntax)
    text = doc.text
    return [
        (text[q.start : q.end], q.kind, q.speaker.name if q.speaker else None)
        for q in extractor.extract(doc)
    ]


#: The minister , whose office was flooded on Friday , said the building would reopen .
RELATIVE_CLAUSE_SUBJECT: list[Arc] = [
    (2, "det"),
    (11, "nsubj"),
    (7, "punct"),
    (5, "nmod:poss"),
    (7, "nsubj:pass"),
    (7, "aux:pass"),
    (2, "acl:relcl"),
    (9, "case"),
    (7, "obl"),
    (7, "punct"),
    (0, "root"),
    (13, "det"),
    (15, "nsubj"),
    (15, "aux"),
    (11, "ccomp"),
    (11, "punct"),
]


def test_subject_and_complement_from_the_tree() -> None:
    text = "The minister, whose office was flooded on Friday, said the building would reopen."
    doc = parsed(text, RELATIVE_CLAUSE_SUBJECT)
    assert rows(doc) == [("the building would reopen", "indirect", "The minister")]
    # the word patterns step over the relative clause set off by commas as well
    assert rows(doc, syntax=False) == rows(doc)


def test_passive_cue_is_skipped() -> None:
    text = "Reporters were told the bridge would close."
    arcs: list[Arc] = [
        (3, "nsubj:pass"),
        (3, "aux:pass"),
        (0, "root"),
        (5, "det"),
        (7, "nsubj"),
        (7, "aux"),
        (3, "ccomp"),
        (3, "punct"),
    ]
    assert rows(parsed(text, arcs)) == []


def test_negated_cue_is_skipped() -> None:
    text = "The official did not say the talks failed."
    arcs: list[Arc] = [
        (2, "det"),
        (5, "nsubj"),
        (5, "aux"),
        (5, "advmod"),
        (0, "root"),
        (7, "det"),
        (8, "nsubj"),
        (5, "ccomp"),
        (5, "punct"),
    ]
    assert rows(parsed(text, arcs)) == []


def test_quotation_reported_by_a_parataxis_cue_stays_direct() -> None:
    text = "“The rinks will stay open,” Jones said."
    arcs: list[Arc] = [
        (5, "punct"),
        (3, "det"),
        (5, "nsubj"),
        (5, "aux"),
        (0, "root"),
        (5, "xcomp"),
        (5, "punct"),
        (5, "punct"),
        (10, "nsubj"),
        (5, "parataxis"),
        (5, "punct"),
    ]
    assert rows(parsed(text, arcs)) == [("“The rinks will stay open,”", "direct", "Jones")]


def test_a_cue_word_tagged_as_a_noun_is_no_cue() -> None:
    text = "The minister, whose office was flooded on Friday, said the building would reopen."
    tags = ["DET", "NOUN", "PUNCT", "PRON", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    verb = [*tags, "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    noun = [*tags, "NOUN", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    assert rows(parsed(text, RELATIVE_CLAUSE_SUBJECT, upos=verb)) != []
    assert rows(parsed(text, RELATIVE_CLAUSE_SUBJECT, upos=noun)) == []


def test_tokens_without_relations_fall_back_to_the_rule_path() -> None:
    text = "Officials said the storm was the worst in 20 years."
    tokens = [
        Token(id=f"t{n + 1}", start=m.start(), end=m.end())
        for n, m in enumerate(re.finditer(r"\w+|[^\w\s]", text))
    ]
    doc = Document(text, {"tokens": tokens})
    assert not SyntaxIndex(doc)
    assert rows(doc) == [("the storm was the worst in 20 years", "indirect", "Officials")]


def test_stanza_document_words_carry_usable_heads() -> None:
    stanza_doc = pytest.importorskip("stanza.models.common.doc")
    text = "The minister, whose office was flooded on Friday, said the building would reopen."
    spans = [m.span() for m in re.finditer(r"\w+|[^\w\s]", text)]
    sentence = [
        {
            "id": n + 1,
            "text": text[start:end],
            "head": head,
            "deprel": relation,
            "start_char": start,
            "end_char": end,
        }
        for n, ((start, end), (head, relation)) in enumerate(
            zip(spans, RELATIVE_CLAUSE_SUBJECT, strict=True)
        )
    ]
    document = stanza_doc.Document([sentence], text=text)
    words = [word for sent in document.sentences for word in sent.words]
    tokens = [
        Token(
            id=f"t{word.id}",
            start=word.start_char,
            end=word.end_char,
            head=f"t{word.head}" if word.head else None,
            deprel=word.deprel,
        )
        for word in words
    ]
    doc = Document(text, {"tokens": tokens})
    assert rows(doc) == [("the building would reopen", "indirect", "The minister")]


@settings(deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=20),
            st.sampled_from(
                ["nsubj", "ccomp", "parataxis", "conj", "obj", "case", "punct", "root", "advcl"]
            ),
        ),
        min_size=16,
        max_size=16,
    )
)
def test_any_tree_over_a_sentence_is_safe(arcs: list[Arc]) -> None:
    text = "The minister, whose office was flooded on Friday, said the building would reopen."
    doc = parsed(text, [(head if head <= 16 else 0, rel) for head, rel in arcs])
    found = QuoteExtractor().extract(doc)
    assert found == QuoteExtractor().extract(doc)
    for quote in found:
        assert 0 <= quote.start < quote.end <= len(text)
        if quote.speaker is not None:
            assert quote.speaker.end <= quote.start or quote.speaker.start >= quote.end
