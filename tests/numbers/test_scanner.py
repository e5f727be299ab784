"""The scanner's fast paths find what the plain expressions find, offset for offset."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.builtin.numbers import carryover, lexicon, ranges, subjects
from newsparse.builtin.numbers.claims import SentenceReader
from newsparse.builtin.numbers.scanner import (
    APPROX_LEFT,
    BOUND_LEFT,
    CANDIDATE_RE,
    CHANGE_LEFT,
    RECORD_LEFT,
    TOKEN_RE,
    TRIGGERS,
    UNIT_BY_SURFACE,
    ascii_lower,
    match_unit,
    unit_re,
)
from newsparse.lexicon import alternation

#: Words, signs and characters that stress the scanner: trigger words in any case,
#: words that hold or extend one, digits, fractions, and the characters ``str.lower``
#: treats specially (Kelvin sign, dotted capital I, long s).
PIECES = [
    "a",
    "A",
    "few",
    "couple of",
    "a few",
    "A FEW",
    "a couple of",
    "one",
    "ONE",
    "someone",
    "tens",
    "tenth",
    "often",
    "May",
    "mayor",
    "first",
    "Last",
    "most",
    "fourfold",
    "twenty-one",
    "12",
    "3.5",
    ".5",
    ".",
    "½",
    "¾",
    " ",
    "  ",
    "\t",
    "\n",
    "-",
    ",",
    "K",
    "\u212a",
    "\u0130",
    "\u017f",
    "é",
    "“",
]

soup = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
texts = st.text(max_size=60) | soup


def _reference_tokens(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The tokens :class:`SentenceReader` reads, found the plain way: every trigger token."""
    found = []
    for token in TOKEN_RE.finditer(text, start, end):
        word = token.group()
        if word[0].isalpha():
            readers = TRIGGERS.get(word.lower())
            if readers is None:
                continue
            # The window is the sentence: ``few`` after its end does not count.
            if readers == "A" and not text.startswith((" few ", " couple of "), token.end(), end):
                continue
        found.append((token.start(), word.lower()))
    return found


def _candidate_tokens(text: str, start: int, end: int) -> list[tuple[int, str]]:
    lowered = ascii_lower(text)
    found = []
    pos = start
    while (match := CANDIDATE_RE.match(lowered, pos, end)) is not None:
        found.append((match.start(1), match.group(1)))
        pos = match.end(1)
    return found


@settings(max_examples=400)
@given(texts, st.integers(0, 60), st.integers(0, 60))
def test_candidates_are_the_trigger_tokens(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    reference = _reference_tokens(text, start, end)
    # ``a`` before ``FEW`` may be offered too: the reader then checks the case itself.
    candidates = [
        (pos, word)
        for pos, word in _candidate_tokens(text, start, end)
        if word != "a" or text.startswith((" few ", " couple of "), pos + 1, end)
    ]
    assert candidates == reference


@given(st.text(max_size=40) | soup)
def test_ascii_lower_keeps_offsets_and_ascii_letters(text: str) -> None:
    lowered = ascii_lower(text)
    assert len(lowered) == len(text)
    for char, low in zip(text, lowered, strict=True):
        if char.isascii():
            assert low == char.lower()
        else:
            assert not low.isascii()


def test_ascii_lower_handles_characters_that_lower_to_ascii() -> None:
    assert ascii_lower("\u212aM \u0130stanbul ONE") == "\u212am \u0130stanbul one"


def _groups(match: re.Match[str] | None) -> object:
    if match is None:
        return None
    return match.span(), match.span("gap"), match.span("surface")


UNIT_PIECES = [
    *sorted(UNIT_BY_SURFACE)[::7],
    "m",
    "M",
    "km",
    "km/h",
    "sq ft",
    "sq  ft",
    "mph",
    "MB",
    "mb",
    "%",
    "°C",
    "° C",
    "-",
    " ",
    "\t",
    "/",
    "s",
    "2",
    "x",
]
unit_soup = st.lists(st.sampled_from(UNIT_PIECES), min_size=1, max_size=5).map("".join)


@settings(max_examples=400)
@given(unit_soup, st.integers(0, 3))
def test_match_unit_matches_unit_re(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert _groups(match_unit(text, pos)) == _groups(unit_re().match(text, pos))
    assert _groups(match_unit(text, pos, len(text) - 1)) == _groups(
        unit_re().match(text, pos, max(pos, len(text) - 1))
    )


def test_no_unit_starts_with_a_gap_character() -> None:
    assert not [surface for surface in UNIT_BY_SURFACE if surface[0] in " \t-"]


def test_words_matched_in_any_case_are_written_in_lower_case() -> None:
    """The prefix trees rely on it: two words never differ only in case."""
    lists = [
        lexicon.NUMBER_WORDS,
        lexicon.SCALES,
        lexicon.FRACTION_WORDS,
        lexicon.ORDINAL_WORDS,
        lexicon.VAGUE_QUANTIFIERS,
        lexicon.MONTHS,
        lexicon.WEEKDAYS,
        lexicon.SUPERLATIVES,
        lexicon.APPROXIMATORS,
        lexicon.LOWER_BOUNDS,
        lexicon.UPPER_BOUNDS,
        lexicon.CHANGE_WORDS,
        lexicon.TRANSITIVE_CHANGE_WORDS,
        lexicon.CHANGE_NOUNS,
    ]
    for words in lists:
        assert [w for w in words if w != w.lower()] == []


WORDS = ["up", "up to", "upward", "upwards of", "in", "in the region of", "over", "well over"]


@given(st.lists(st.sampled_from([*WORDS, " ", "  ", "x", "-"]), max_size=8).map("".join))
def test_a_prefix_tree_matches_what_the_flat_alternation_matches(text: str) -> None:
    flat = re.compile(r"(?i:(?<![a-z])(?P<cue>" + alternation(WORDS, space=r"\s+") + r"))[ \t]*\Z")
    tree = re.compile(
        r"(?i:(?<![a-z])(?P<cue>" + alternation(WORDS, space=r"\s+", factored=True) + r"))[ \t]*\Z"
    )
    for pos in range(len(text) + 1):
        a, b = flat.search(text, pos), tree.search(text, pos)
        assert (a and (a.span(), a.span("cue"))) == (b and (b.span(), b.span("cue")))


VERB_PIECES = ["rose", "Rose", "ROSE", "rosed", "x-rose", "'rose", "rose's", "is", "this", "was"]
verb_soup = st.lists(
    st.sampled_from([*VERB_PIECES, " ", "-", "'", "’", ",", "K", "\u212a", "\u0130", "é"]),
    max_size=12,
).map("".join)


@settings(max_examples=300)
@given(verb_soup | st.text(max_size=30), st.integers(0, 5))
def test_the_last_verb_is_the_last_governing_word(text: str, start: int) -> None:
    start = min(start, len(text))
    expected = -1
    for match in subjects._WORD.finditer(text, start, len(text)):
        if match.group().lower() in subjects._GOVERNING_VERBS:
            expected = match.start()
    assert subjects._last_verb(text, start, len(text)) == expected


CUE_PIECES = [
    "rose",
    "up",
    "by",
    "about",
    "over",
    "more than",
    "up to",
    "a",
    "an",
    "approx.",
    "~",
    ">=",
    "≈",
    "record",
    "record high",
    "all-time high",
    "of",
    "just",
    "some",
    "raised",
    "from",
    "at",
    "and",
    "nearly",
    "the",
    "x",
    " ",
    "\t",
    "-",
    ",",
    "\u017f",
    "\u212a",
    "é",
]
#: A window of pieces that ends with two cue words or signs and then white space.
cue_soup = st.tuples(
    st.lists(st.sampled_from(CUE_PIECES), max_size=6).map("".join),
    st.sampled_from(CUE_PIECES),
    st.sampled_from(["", " ", "-"]),
    st.sampled_from(CUE_PIECES),
    st.sampled_from(["", " ", "  ", "\t", " -", "- "]),
).map("".join)


@settings(max_examples=600)
@given(cue_soup, st.integers(0, 12))
@example("about a ", 0)
@example("roughly an ", 0)
@example("more than about ", 0)
@example("rose by up to ", 0)
@example("record wealth of ", 0)
@example("approx. ", 0)
@example(">= ", 0)
def test_left_cues_find_what_their_expressions_find(text: str, left: int) -> None:
    left = min(left, len(text))
    cues = (APPROX_LEFT, BOUND_LEFT, CHANGE_LEFT, RECORD_LEFT)
    for cue in (*cues, ranges._FROM_LEFT_CUE, ranges._BY_LEFT_CUE, carryover._LEAD_WORD_CUE):
        expected = cue.pattern.search(text, left, len(text))
        found = cue.search(text, left, len(text))
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )


FIGURE_PIECES = ["$", "5", "1,200", "3.5", "%", "per cent", "one", "a few", "hundred", "May"]
figure_soup = st.lists(
    st.sampled_from([*FIGURE_PIECES, *PIECES[:20], " ", " million ", "rose by "]), max_size=12
).map("".join)


@given(figure_soup)
def test_reading_from_the_first_candidate_reads_the_same_figures(text: str) -> None:
    first = CANDIDATE_RE.match(ascii_lower(text), 0, len(text))
    plain = SentenceReader(text, 0, len(text)).read()
    if first is None:
        assert plain == []
    else:
        started = SentenceReader(text, 0, len(text), first_candidate=first.start(1)).read()
        assert started == plain
