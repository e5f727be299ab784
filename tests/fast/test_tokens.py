"""Tokens of the fast segmenter: news conventions and properties."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.builtin.fast.segment_processor import split_sentences
from newsparse.builtin.fast.tokens import _TOKEN, _keeps_period, add_tokens, token_spans
from newsparse.text.charclasses import COMBINING_MARKS

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_70f566acd3c652ae.txt"
INVISIBLE = "\u200b\u2060\ufeff"


def words(text: str) -> list[str]:
    """Split a test's space-separated list."""
    return text.split(" ")


def tokens(text: str) -> str:
    """The tokens of *text*, joined by single spaces (tokens never hold a space)."""
    return " ".join(text[start:end] for start, end in token_spans(text))


def sentence_tokens(text: str) -> str:
    """Tokens sentence by sentence, as the processor makes them, joined by spaces."""
    return " ".join(
        text[start:end]
        for sentence_start, sentence_end in split_sentences(text)
        for start, end in token_spans(text, sentence_start, sentence_end)
    )


def is_space(char: str) -> bool:
    return char.isspace() or char in INVISIBLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin’s visit", "Putin ’s visit"),
        ("Russia's war", "Russia 's war"),
        ("don't", "do n't"),
        ("Can’t, won't, isn't", "Ca n’t , wo n't , is n't"),
        ("I'm sure we'll see", "I 'm sure we 'll see"),
        ("they're I'd you've", "they 're I 'd you 've"),
        ("DON'T", "DO N'T"),
        ("the Joneses' house", "the Joneses ' house"),
        ("JFK Jr.'s book", "JFK Jr. 's book"),
    ],
)
def test_clitics_and_possessives_are_split(text: str, expected: str) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(
    "word",
    words(
        "hard-earned China-Russia two-day co-operate 21-gun COVID-19 O'Brien rock'n'roll AT&T S&P "
        "U.S.-led Asia-Pacific e\u0301te\u0301"
    ),
)
def test_words_kept_whole(word: str) -> None:
    assert tokens(word) == word


def test_money_tokens() -> None:
    assert (
        tokens("a record US$240-billion and $3.5 or HK$10,000.50 (€5)")
        == "a record US$ 240-billion and $ 3.5 or HK$ 10,000.50 ( € 5 )"
    )


def test_numbers_with_separators() -> None:
    text = "1,000,000 3.14 10:30 21/07/2017 1980s 21st 5%"
    assert tokens(text) == "1,000,000 3.14 10:30 21/07/2017 1980s 21st 5 %"


def test_urls_emails_handles_and_hashtags() -> None:
    text = "See https://example.com/a_b.html?x=1, mail jane.doe@example.org. #vote @nyt Amazon.com"
    assert tokens(text) == (
        "See https://example.com/a_b.html?x=1 , mail jane.doe@example.org . #vote @nyt Amazon.com"
    )


def test_url_in_parentheses_leaves_the_bracket_out() -> None:
    assert tokens("(www.example.co.nz)") == "( www.example.co.nz )"


def test_abbreviations_keep_their_period() -> None:
    text = "Mr. Putin, Dr. Who, Apple Inc., the U.S., 5 a.m., Jan. 5, No. 1, Jonas E. Smith"
    assert tokens(text) == (
        "Mr. Putin , Dr. Who , Apple Inc. , the U.S. , 5 a.m. , Jan. 5 , No. 1 , Jonas E. Smith"
    )


def test_sentence_final_period_is_its_own_token() -> None:
    text = "We met, you and I. The answer was no."
    assert sentence_tokens(text) == "We met , you and I . The answer was no ."


def test_quotes_are_tokens_of_their_own() -> None:
    assert tokens("“old friend,” 'so' \"it\" ‘x’") == "“ old friend , ” ' so ' \" it \" ‘ x ’"


def test_ellipses_and_dashes() -> None:
    assert tokens("wait... now… so – it — ends") == "wait ... now … so – it — ends"


def test_emoji_sequences_stay_whole() -> None:
    text = "ok 👍🏽 👨\u200d👩\u200d👧 🇨🇳🇷🇺"
    assert tokens(text) == "ok 👍🏽 👨\u200d👩\u200d👧 🇨🇳 🇷🇺"


def test_range_limits_tokens() -> None:
    text = "One two. Three four."
    assert token_spans(text, 9, 20) == [(9, 14), (15, 19), (19, 20)]


def test_combining_marks_table_holds_only_marks() -> None:
    import re
    import unicodedata

    body = re.compile(f"[{COMBINING_MARKS}]")
    sample = [chr(code) for code in range(0x300, 0x3000)] + ["\U0001e8d0", "\U000e0100"]
    for char in sample:
        if body.match(char):
            assert unicodedata.category(char).startswith("M"), hex(ord(char))


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is absent")
def test_seed_article_tokens() -> None:
    found = words(sentence_tokens(SEED.read_text(encoding="utf-8")))
    for expected in ("hard-earned", "China-Russia", "two-day", "US$", "240-billion", "’s", "Mr."):
        assert expected in found
    assert "Putin’s" not in found


# -- properties ------------------------------------------------------------------

PIECES = (
    *words("Mr. U.S. U.S.-led don't Putin’s ’s n't ' ’ - -- & $ US$ 3.5 1,000 #x @y"),
    *words("http://x.co/a. www.a.com a@b.org . ... … “ ” ( ) ﷺ Ⅻ שלום مرحبا 👍🏽 🇨🇳"),
    *(" ", "\n", "\r\n", "\t", "\u200b", "\ufeff", "\x00", "e\u0301", "\u0301", "\u200d", "\u202e"),
)
any_text = st.text() | st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=40).map(
    "".join
)


@settings(deadline=None)
@given(any_text)
def test_tokens_cover_the_text_except_spaces(text: str) -> None:
    spans = token_spans(text)
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        assert not any(is_space(char) for char in text[start:end])
        assert all(is_space(char) for char in text[previous:start])
        previous = end
    assert all(is_space(char) for char in text[previous:])
    assert "".join(text[s:e] for s, e in spans) == "".join(c for c in text if not is_space(c))


@settings(deadline=None)
@given(any_text)
def test_tokens_realign_like_nltk_align_tokens(text: str) -> None:
    spans = token_spans(text)
    words = [text[start:end] for start, end in spans]
    realigned: list[tuple[int, int]] = []
    position = 0
    for word in words:
        start = text.index(word, position)
        position = start + len(word)
        realigned.append((start, position))
    assert realigned == spans


@settings(deadline=None)
@given(any_text)
def test_tokens_stay_inside_their_sentence(text: str) -> None:
    for sentence_start, sentence_end in split_sentences(text):
        spans = token_spans(text, sentence_start, sentence_end)
        assert spans == token_spans(text, sentence_start, sentence_end)
        assert spans[0][0] == sentence_start
        assert spans[-1][1] == sentence_end


def one_match_at_a_time(text: str) -> list[tuple[int, int]]:
    """The tokens as the expression's matches give them, each judged in turn (the plain rule)."""
    spans: list[tuple[int, int]] = []
    covered = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup  # only the word alternatives are named
        start, end = match.end(1), match.end()  # group 1: the spaces before the token
        if start < covered:
            if end <= covered:
                continue
            start = covered
        elif (
            kind in ("plain", "word")
            and end < len(text)
            and text[end] == "."
            and _keeps_period(text, text[start:end], end, len(text))
        ):
            end += 1
        spans.append((start, end))
        covered = end
    return spans


PIECES = st.sampled_from(
    [
        *("Mr.", "Mr..", "No.", "U.S.", "a.m.", "E.", "A..", "x", ".", "...", "’s", "n't"),
        *("Inc.", "mail@x.com", "www.a.com", "1.5", "St.", ",", "e.g."),
        *(" ", " 5", "\u0301", "\u200b"),
    ]
)


@given(st.lists(PIECES, max_size=60).map("".join))
def test_periods_are_judged_as_one_match_at_a_time(text: str) -> None:
    assert token_spans(text) == one_match_at_a_time(text)


def test_a_long_sentence_is_read_in_blocks() -> None:
    text = "Mr. Lee met No. 5 and E. Smith, Inc. " * 400
    assert len(token_spans(text)) > 3000
    assert token_spans(text) == one_match_at_a_time(text)


def test_add_tokens_appends_to_columns() -> None:
    starts, ends = [0], [1]
    add_tokens("a Mr. Lee", 2, 9, starts, ends)
    assert list(zip(starts, ends, strict=True)) == [(0, 1), (2, 5), (6, 9)]


#: The expression without its early alternatives: a lone punctuation mark, a
#: word before a clitic.  Later alternatives match the same tokens more slowly.
_WITHOUT_SHORTCUTS = re.compile(
    re.sub(r"\n\s*\| \(\?:\[,;:.*# lone punctuation", "", _TOKEN.pattern).replace(
        "|\\Z|['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)(?!\\w)))", "|\\Z))"
    ),
    _TOKEN.flags,
)


@settings(deadline=None)
@given(any_text | st.lists(PIECES, max_size=20).map("".join))
def test_the_early_alternatives_change_no_token(text: str) -> None:
    assert _WITHOUT_SHORTCUTS.pattern.count("|") < _TOKEN.pattern.count("|")
    assert "# lone punctuation" not in _WITHOUT_SHORTCUTS.pattern
    spans = [(m.end(1), m.end(), m.lastgroup in ("plain", "word")) for m in _TOKEN.finditer(text)]
    assert spans == [
        (m.end(1), m.end(), m.lastgroup in ("plain", "word"))
        for m in _WITHOUT_SHORTCUTS.finditer(text)
    ]
