"""The shortcuts of the quote stage answer exactly as the slower paths they skip."""

from __future__ import annotations

import gc
import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse.attribution.cue_lexicon import CueLexicon, inflect
from newsparse.attribution.cues import find_cues
from newsparse.attribution.marks import QuoteBlock, find_quote_blocks
from newsparse.attribution.words import PUNCT, QUOTE, WORD, clause_words
from newsparse.builtin.quotes.boilerplate import (
    _BARE_CREDIT,
    _CLAUSE_COMMA,
    _CREDIT,
    _DOTTED_ABBREVIATION,
    _FINAL_STOPS,
    _QUOTE_MARKS,
    BOILERPLATE_OPENINGS,
    _after_title_abbreviation,
    is_boilerplate,
    paragraph_ranks,
)
from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document
from newsparse.parties import PartyResolver

LEXICON = CueLexicon.default()
#: The reference tokeniser: one match object per token, as the word reader once used.
_TOKEN = re.compile(r"\w+(?:[-'’.&/]\w+)*|[^\w\s\u200b-\u200d\u2060\ufeff]")

spaced_text = st.text(
    alphabet=st.sampled_from(list("ab’'.-&/_ \t\n\u200b\u2060\ufeff,“”1é")), max_size=60
)


def test_only_group_statement_and_document_phrases_may_stand_for_parties() -> None:
    assert PartyResolver.may_stand_for_parties("Both sides")
    assert PartyResolver.may_stand_for_parties("the joint statement")
    assert PartyResolver.may_stand_for_parties("The document")
    assert not PartyResolver.may_stand_for_parties("Mayor Ana Lima")


@given(spaced_text, st.integers(0, 60), st.integers(0, 60))
def test_clause_words_match_the_reference_tokeniser(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    words = clause_words(text, lo, hi, [])
    expected = [m.span() for m in _TOKEN.finditer(text, lo, hi)]
    assert [(w.start, w.end) for w in words] == expected
    for word in words:
        assert word.text == text[word.start : word.end]
        assert word.lower == word.text.lower()
        assert word.kind == (WORD if word.text[0].isalnum() or word.text[0] == "_" else PUNCT)


def test_clause_words_keep_a_quotation_as_one_token() -> None:
    text = "He said “we will win” today."
    block = QuoteBlock(start=8, end=21, family="double", closed=True)
    words = clause_words(text, 0, len(text), [block])
    assert [w.text for w in words] == ["He", "said", "“we will win”", "today", "."]
    assert words[2].kind == QUOTE and words[2].block == 0


def test_phrase_starts_are_the_first_words_of_phrase_cues() -> None:
    phrases = [form for form in LEXICON.bases if " " in form]
    assert phrases, "the default lexicon has phrase cues"
    for phrase in phrases:
        assert phrase.split()[0] in LEXICON.phrase_starts
    assert "said" not in LEXICON.phrase_starts or any(
        form.startswith("said ") for form in LEXICON.bases
    )


def test_a_phrase_cue_is_found_as_one_hit() -> None:
    phrase = next(form for form in LEXICON.bases if " " in form)
    first, rest = phrase.split(" ", 1)
    past = f"{inflect(first)[2]} {rest}"
    text = f"The mayor {past} that the bridge would reopen."
    words = clause_words(text, 0, len(text), [])
    hits = find_cues(words, LEXICON)
    assert hits and hits[0].entry is not None and hits[0].entry.base == phrase
    assert hits[0].last == hits[0].first + len(phrase.split()) - 1


def test_paragraph_ranks_skip_page_furniture() -> None:
    paragraphs = ["Story continues below advertisement", "The council met.", "WATCH: it", "Then."]
    flags = [is_boilerplate(p) for p in paragraphs]
    assert flags == [True, False, True, False]
    assert paragraph_ranks(flags) == [0, 0, 0, 1]


def test_a_photo_credit_needs_a_slash() -> None:
    assert is_boilerplate("The crowd on Sunday. (Ana Lima/Daily Courier)")
    assert not is_boilerplate(
        "The crowd gathered on Sunday, and Ana Lima of the Daily Courier saw it."
    )


def test_the_extractor_leaves_the_garbage_collector_as_it_found_it() -> None:
    doc = Document("“We will win,” Mayor Ana Lima said on Tuesday.")
    extractor = QuoteExtractor()
    assert gc.isenabled()
    assert extractor.extract(doc)
    assert gc.isenabled()
    gc.disable()
    try:
        assert extractor.extract(doc)
        assert not gc.isenabled()
    finally:
        gc.enable()


def _boilerplate_reference(paragraph: str) -> bool:
    """:func:`is_boilerplate` written the slow way: every word counted, every credit tried."""
    if paragraph.startswith(BOILERPLATE_OPENINGS):
        return True
    tail = paragraph[-120:]
    if _CREDIT.search(tail) is not None:
        return True
    # the first bare credit at any position whose stop is no title's abbreviation
    credit = next(
        (
            start
            for start in range(len(tail) + 1)
            if _BARE_CREDIT.match(tail, start) is not None
            and not _after_title_abbreviation(tail, start)
        ),
        None,
    )
    has_marks = any(m in paragraph for m in _QUOTE_MARKS)
    if (
        credit is not None
        and _DOTTED_ABBREVIATION.search(tail, 0, credit) is None
        and not has_marks
    ):
        return True
    if paragraph.rstrip().endswith(_FINAL_STOPS) or _CLAUSE_COMMA.search(paragraph) is not None:
        return False
    words = len(paragraph.split())
    return words <= 6 or (words <= 14 and not has_marks and paragraph.rstrip()[-1:].isalnum())


@given(
    st.lists(
        st.sampled_from(
            [
                "Ana",
                "Lima",
                "/",
                "Daily",
                "Courier",
                "(",
                ")",
                "said",
                ".",
                "WATCH",
                "a.",
                "St.",
                ",",
            ]
        )
        | st.text(alphabet=" \t\n.”a/", max_size=3),
        max_size=16,
    ).map(" ".join)
)
def test_page_furniture_is_told_as_the_slow_way_tells_it(paragraph: str) -> None:
    assert is_boilerplate(paragraph) == _boilerplate_reference(paragraph)


quote_text = st.text(alphabet=st.sampled_from(list("\"“”'‘’«»„‹›` ab.\n")), max_size=40)


@given(quote_text)
def test_quotations_never_overlap_so_their_ends_are_sorted(text: str) -> None:
    paragraphs = []
    pos = 0
    for part in text.split("\n"):
        if part:
            paragraphs.append((pos, pos + len(part)))
        pos += len(part) + 1
    blocks = find_quote_blocks(text, paragraphs).blocks
    for before, after in itertools.pairwise(blocks):
        assert before.end <= after.start < after.end


@given(quote_text, st.integers(0, 40), st.integers(0, 40))
def test_a_later_first_block_gives_the_same_words(text: str, a: int, b: int) -> None:
    blocks = find_quote_blocks(text, [(0, len(text))] if text else []).blocks
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    first = sum(1 for block in blocks if block.end <= lo)
    assert clause_words(text, lo, hi, blocks, first) == clause_words(text, lo, hi, blocks)


def test_many_quotations_in_one_paragraph_keep_their_speakers() -> None:
    text = "“We will win,” Mayor Ana Lima said. " * 40
    found = QuoteExtractor().extract(Document(text.strip()))
    assert len(found) == 40
    assert all(q.kind == "direct" for q in found)
