"""What a number with no unit of its own counts: the noun after it, or else an age.

:func:`read_count` reads the counted noun after a number (``3,000
troops``), after a partitive (``one of the computers``), after a suffix
that bounds or rounds it (``4,000-plus yards``, ``20 or so players``), the
noun before ``or`` (``a day or two``) and an unhyphenated compound
modifier (``a 9 page memo``).  A noun spelled like a unit of measurement
makes the number a measure (``517 rushing yards``) unless it is the head
of a compound noun (``13 break points``).  With no noun, the number may
be an age (:func:`~newsparse.builtin.numbers.ages.read_age`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsparse.builtin.numbers.ages import read_age
from newsparse.builtin.numbers.figures import Reading
from newsparse.builtin.numbers.lexicon import COUNT_STOPWORDS, NUMBER_WORDS
from newsparse.builtin.numbers.nouns import (
    CountedNoun,
    counted_name,
    read_counted_noun,
    singular,
)
from newsparse.builtin.numbers.scanner import LEFT_WINDOW, UNIT_BY_SURFACE
from newsparse.builtin.numbers.suffix import (
    read_denominator,
    read_span_after_material,
    read_suffix,
)
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["read_count"]

_OR_AFTER_NOUN = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:an?|another|one)[ \t]+)(?P<noun>[a-z]+)[ \t]+or[ \t]+\Z"
)
_PARTITIVE = LazyPattern(
    r"[ \t]+of(?:[ \t]+(?i:the|its|their|his|her|our|my|your|these|those)"
    r"(?:[ \t]+(?i:own))?(?=[ \t])"
    r"|(?=[ \t]+[A-Za-z]+['’]s[ \t]))"
)
_MODIFIER_DETERMINER = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:an?|the|this|that|its|his|her|their|our|each|every))[ \t]+\Z"
)
_COMPOUND_AFTER = LazyPattern(r"[ \t]+(?P<word>[a-z]{3,})[ \t]+(?P<head>[a-z]{3,})(?![A-Za-z'’-])")
#: ``or so``, ``or more`` between a number and its noun (the cues read them).
_OR_BOUND = LazyPattern(r"[ \t]+or[ \t]+(?i:(so|more|fewer|less))(?=[ \t]+[A-Za-z])")
#: Suffixes of a number that bound or round it before its noun (``40-odd``, ``300-strong``).
_QUANTITY_SUFFIX = LazyPattern(r"-(?i:(plus|odd|strong))(?=[ \t]+[A-Za-z])")


def read_count(
    text: str, reading: Reading, start: int, end: int, tags: Mapping[int, str] | None
) -> None:
    """Read the counted noun (``3,000 troops``, ``one of the computers``) or an age.

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    :param tags: universal POS tags by token start offset, if any.
    """
    if reading.fraction:
        return
    pos = reading.attributes.pop("of_end", reading.end)
    partitive = None
    if pos == reading.end and reading.vague is None:
        partitive = _PARTITIVE.match(text, pos, end)
        # ``4,000-plus yards``, ``20 or so players``, ``100 or
        # more homes``: the noun or unit comes after the suffix.
        suffix = _QUANTITY_SUFFIX.match(text, pos, end) or _OR_BOUND.match(text, pos, end)
        if suffix is not None and partitive is None:
            pos = suffix.end()
            reading.attributes["bound"] = suffix.group(1).lower()
            number_end = reading.end
            reading.end = pos
            read_suffix(text, reading, end, floor=start)
            if reading.has_unit:
                return
            reading.end = number_end
            if reading.attributes["bound"] == "strong":
                return  # ``a 1,100-strong township``: it counts members, not townships
    if partitive is not None:
        pos = partitive.end()
    noun = read_counted_noun(
        text,
        pos,
        end,
        one=reading.value == 1 and not reading.scaled and partitive is None,
        tags=tags,
    )
    if noun is not None and partitive is None and _starts_with_number(noun.words):
        noun = None  # ``from 340 five years ago``: the spelled number is a figure of its own
    if noun is None and reading.is_word and 2 <= reading.value <= 10:
        noun = _noun_before_or(text, reading, start)
    if noun is None and partitive is None and reading.plain:
        noun = _compound_modifier(text, reading, start, end)
    if noun is not None:
        head = noun.words[-1]
        unit = UNIT_BY_SURFACE.get(head.lower()) or UNIT_BY_SURFACE.get(singular(head))
        if unit is not None and unit.kind == "measure" and _compound_head(noun.words):
            unit = None  # ``2.7 million smart meters``, ``13 break points``: a compound noun
        if unit is not None and unit.name != "count" and head.islower():
            reading.unit = unit.name
            reading.unit_kind = unit.kind
        else:
            reading.counted = noun.name
        if partitive is not None and _holds_number(noun.words):
            # ``five of the three-ton satellites``: ``three-ton`` is read by itself;
            # ``three of their last four games``: the part counts what ``four`` counts.
            after = _after_number_word(noun.words)
            if after:
                reading.counted = counted_name(after)
            return
        reading.end = read_denominator(text, reading, noun.end, end, aside=False)
        if reading.end == noun.end:
            reading.end = read_span_after_material(text, reading, noun.end, end)
        return
    read_age(text, reading, start, end)


def _compound_modifier(text: str, reading: Reading, start: int, end: int) -> CountedNoun | None:
    """Read ``a 9 page memo``: a determiner, the number, a singular noun, its head noun.

    The unhyphenated compound modifier counts its singular noun, as
    ``a 9-page memo`` does; the determiner before a number above one is
    what shows the number modifies a noun rather than counting one.
    """
    if (
        reading.value < 2
        or _MODIFIER_DETERMINER.search(text, max(start, reading.start - 8), reading.start) is None
    ):
        return None
    match = _COMPOUND_AFTER.match(text, reading.end, end)
    if match is None:
        return None
    word, head = match.group("word"), match.group("head")
    for part in (word, head):
        if part in COUNT_STOPWORDS or part in UNIT_BY_SURFACE:
            return None
        if part.endswith(("ly", "ed", "ing")):
            return None
    return CountedNoun(word, match.end("word"), (word,))


def _noun_before_or(text: str, reading: Reading, start: int) -> CountedNoun | None:
    """Read the noun counted by ``two`` in ``another pick or two``, ``a day or two``."""
    left = max(start, reading.start - LEFT_WINDOW)
    match = _OR_AFTER_NOUN.search(text, left, reading.start)
    if match is None:
        return None
    word = match.group("noun")
    if word.lower() in COUNT_STOPWORDS:
        return None
    return CountedNoun(singular(word), reading.end, (word,))


def _after_number_word(words: Sequence[str]) -> Sequence[str]:
    """Return the words after the last number word standing alone (``last four games``)."""
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in NUMBER_WORDS:
            return words[index + 1 :]
    return ()


def _compound_head(words: Sequence[str]) -> bool:
    """Whether a noun phrase has a modifier other than a participle before its head.

    ``smart meters`` and ``break points`` are compound nouns whose head is
    spelled like a unit; ``517 rushing yards`` measures in yards, its
    participle left out as in any counted noun.
    """
    return any(not word.lower().endswith(("ed", "ing")) for word in words[:-1])


def _starts_with_number(words: Sequence[str]) -> bool:
    """Whether a noun phrase after a figure starts with a cardinal standing alone.

    A cardinal word right after a figure begins a figure of its own (``212
    students from 340 five years ago``); written with a hyphen it is part of a
    compound modifier (``20 five-year bonds``), and ``dozen`` is a scale.
    """
    first = words[0].lower()
    return first in NUMBER_WORDS and first != "dozen" and len(words) > 1


def _holds_number(words: Sequence[str]) -> bool:
    """Whether a noun phrase has a number word in it (``three-ton satellites``)."""
    return any(part.lower() in NUMBER_WORDS for word in words for part in word.split("-"))
