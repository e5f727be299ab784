"""The whole a fraction is of: the subject of a figure of kind ``fraction``.

A fraction names its whole in four shapes:

1. an ``of`` phrase: ``two-thirds of the combined 4.3M digital and physical
   sales``, ``a quarter of the 1,200 nurses``, ``two-thirds of
   respondents``, ``one in three of the town's bus routes``;
2. a definite determiner right after ``half``: ``half the tickets``, ``half
   its staff`` (``half a wheel`` measures in wheels);
3. the noun after a ratio: ``one out of three Germans``, ``one in five
   voters``;
4. the noun a fraction modifies after a determiner: ``a one-third
   interest``, ``its remaining two-thirds stake``.

The whole runs from its determiner over a possessive (``the town's``) and a
number with its scale (``the 1,200``, ``his £8 million``) to its head: the
first plural noun, or the last noun before a word that ends the phrase (a
word of :data:`~newsparse.builtin.numbers.lexicon.COUNT_STOPWORDS`, a number
word, an adverb in ``-ly``, a punctuation mark).  A pronoun (``half of
them``) or a bare number (``one in 10 five years ago``) names no whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from newsparse.builtin.numbers.lexicon import (
    COUNT_STOPWORDS,
    LY_ADJECTIVES,
    LY_NOUNS,
    NUMBER_WORDS,
    SCALES,
)
from newsparse.builtin.numbers.nouns import is_plural
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["fraction_whole"]

#: Most words of the whole after its determiner, possessive and number.
_MAX_WORDS = 5
_OF = LazyPattern(r"[ \t]+of(?=[ \t])")
#: A determiner opening the whole; ``combined``, ``remaining``, ``total``, ``own`` and
#: ``other`` may follow it before the number or the noun (``the combined 4.3M``).
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these"}
)
#: ``a`` after ``half`` makes a measure, no whole: ``half a wheel``, ``half an hour``.
_INDEFINITE = frozenset({"a", "an"})
_PRENUMERAL = frozenset({"combined", "remaining", "total", "own", "other"})
#: Words a whole may not be: pronouns and determiners standing alone (``half of them``).
_PRONOUNS = frozenset(
    {"them", "those", "it", "us", "you", "which", "whom", "these", "this", "that", "all"}
)
_WORD = LazyPattern(r"[ \t]+(?P<word>[A-Za-z][A-Za-z'’]*(?:[-.][A-Za-z]+)*\.?)")
#: A number inside the whole, maybe with a currency sign and a scale: ``1,200``, ``£8m``.
_NUMBER = LazyPattern(
    r"[ \t]+(?:[A-Z]{0,3}[$£€¥₹])?[0-9][0-9,]*(?:\.[0-9]+)?(?:[kKmMbB]n?|bn)?(?![0-9A-Za-z])"
)
#: A number glued to a capitalised word as a name (``Grade 4``, ``Year 11``).
_NAME_NUMBER = LazyPattern(r"[ \t]+[0-9]{1,2}(?![0-9,.])")
#: A determiner and up to two adjectives before a fraction that modifies a noun.
_DETERMINER_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:a|an|the|its|their|his|her|our|this|that)|['’]s)"
    r"(?:[ \t]+[a-z]+){0,2}[ \t]+\Z"
)
#: A fraction written as a numerator and a denominator (``one-third``), or ``half``.
_COMPOUND = LazyPattern(r"(?i:[a-z]+-[a-z]+s?|half)")


def fraction_whole(
    text: str,
    start: int,
    end: int,
    cue_start: int,
    floor: int,
    limit: int,
    *,
    ratio: bool = False,
    tags: Mapping[int, str] | None = None,
) -> tuple[int, int] | None:
    """Return the span of the whole the fraction ``text[start:end]`` is a fraction of.

    :param cue_start: where the figure's left cues begin (``nearly``).
    :param floor: start of the sentence.
    :param limit: end of the sentence.
    :param ratio: whether the fraction is a ratio of two numbers (``one in
        five``), whose whole may follow it without ``of``.
    :param tags: universal POS tags by token start offset, when known.
    :return: ``(start, end)`` offsets, or ``None`` when no whole is named.
    """
    of = _OF.match(text, end, limit)
    if of is not None:
        return _whole(text, of.end(), limit, tags, determiner=False)
    written = text[start:end]
    if ratio:
        return _whole(text, end, limit, tags, determiner=False)
    if written.lower() == "half":
        found = _whole(text, end, limit, tags, determiner=True)
        if found is not None:
            return found
    left = _DETERMINER_LEFT.search(text, max(floor, cue_start - 40), cue_start)
    if left is not None and _COMPOUND.fullmatch(written) and _content_words(left):
        return _whole(text, end, limit, tags, determiner=False, modified=True)
    return None


def _content_words(left: re.Match[str]) -> bool:
    """Whether the words between a determiner and a fraction are adjectives, not cues."""
    return all(
        word not in COUNT_STOPWORDS or word in _PRENUMERAL for word in left.group().split()[1:]
    )


def _whole(
    text: str,
    pos: int,
    limit: int,
    tags: Mapping[int, str] | None,
    *,
    determiner: bool,
    modified: bool = False,
) -> tuple[int, int] | None:
    """Read the noun phrase of a whole from *pos*.

    :param determiner: whether the phrase must open with a determiner (``half the``).
    :param modified: whether the fraction modifies the phrase, which then
        opens with its noun (``a one-third interest``).
    """
    first = -1
    cursor = pos
    opened = False
    if not modified:
        if determiner:
            article = _WORD.match(text, cursor, limit)
            if article is None or article.group("word").lower() in _INDEFINITE:
                return None
        cursor, first, opened = _opening(text, cursor, limit)
        if determiner and not opened:
            return None
    words: list[tuple[int, int]] = []
    pending_and = -1
    noun_seen = False  # with tags, a verb after a noun ends the phrase (``fortune went``)
    while len(words) < _MAX_WORDS:
        match = _WORD.match(text, cursor)
        if match is None or match.end() > limit:
            break
        word = match.group("word").rstrip(".")
        lower = word.lower()
        tag = tags.get(match.start("word")) if tags else None
        if (
            lower in ("and", "or")
            and words
            and pending_and < 0
            and not is_plural(_last(text, words))
        ):
            pending_and = len(words)
            cursor = match.end()
            continue
        if (
            lower in COUNT_STOPWORDS
            or lower in NUMBER_WORDS
            or (not words and lower in _PRONOUNS)
            or (tag is not None and tag not in ("NOUN", "PROPN", "ADJ", "VERB"))
            or (tag == "VERB" and noun_seen)
            or (lower.endswith("ly") and lower not in LY_ADJECTIVES and lower not in LY_NOUNS)
        ):
            break
        noun_seen = noun_seen or tag in ("NOUN", "PROPN")
        if first < 0:
            first = match.start("word")
        words.append((match.start("word"), match.start("word") + len(word)))
        cursor = match.end()
        if (match.group("word").endswith(".") and "." not in word) or is_plural(word):
            break
        name_number = _NAME_NUMBER.match(text, cursor, limit) if word[0].isupper() else None
        if name_number is not None:
            cursor = name_number.end()  # ``Grade 4 learners``: a number in a name
    if pending_and >= 0 and not is_plural(_last(text, words)):
        del words[pending_and:]  # ``and`` joins modifiers of one plural noun only
    if not words or _participle(text, words[-1]):
        return None
    return (first if opened else words[0][0]), words[-1][1]


def _opening(text: str, pos: int, limit: int) -> tuple[int, int, bool]:
    """Read past a determiner, a possessive and a number; return the cursor, start, whether read."""
    cursor = pos
    first = -1
    opened = False
    match = _WORD.match(text, cursor, limit)
    if match is not None and match.group("word").lower() in _DETERMINERS:
        first = match.start("word")
        cursor = match.end()
        opened = True
        following = _WORD.match(text, cursor, limit)
        if following is not None and following.group("word").lower() in _PRENUMERAL:
            cursor = following.end()
    possessive = _possessive(text, cursor, limit)
    if possessive is not None:
        first = first if opened else possessive[0]
        cursor = possessive[1]
        opened = True
    number = _NUMBER.match(text, cursor, limit)
    if number is not None:
        first = (
            first if opened else number.start() + len(number.group()) - len(number.group().lstrip())
        )
        cursor = number.end()
        opened = True
        scale = _WORD.match(text, cursor, limit)
        if scale is not None and scale.group("word").lower() in SCALES:
            cursor = scale.end()
    return cursor, first, opened


def _possessive(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Return the span of up to three words ending in a possessive ``'s`` (``the bank's``)."""
    cursor = pos
    start = -1
    for _ in range(3):
        match = _WORD.match(text, cursor, limit)
        if match is None or match.group("word").lower() in COUNT_STOPWORDS:
            return None
        if start < 0:
            start = match.start("word")
        cursor = match.end()
        if match.group("word").endswith(("'s", "’s", "s'")):
            return start, cursor
    return None


def _last(text: str, words: list[tuple[int, int]]) -> str:
    return text[words[-1][0] : words[-1][1]]


def _participle(text: str, word: tuple[int, int]) -> bool:
    """Whether the head read is a participle, no noun (``half of those surveyed``)."""
    written = text[word[0] : word[1]]
    return written.islower() and written.endswith("ed")
