"""Numbers in words: ``twenty-one``, ``a third``, ``half a million``, ``tens of millions``."""

from __future__ import annotations

import re

from newsparse.builtin.numbers.figures import Reading
from newsparse.builtin.numbers.identifiers import after_opening
from newsparse.builtin.numbers.lexicon import (
    CHANGE_WORDS,
    COUNT_STOPWORDS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    PRONOUN_DETERMINERS,
    SCALES,
    VAGUE_QUANTIFIERS,
)
from newsparse.builtin.numbers.scanner import UNIT_BY_SURFACE, match_unit
from newsparse.builtin.numbers.values import parse_number_words
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["read_spelled", "read_vague"]

#: Ranges of the quantifiers before a scale word (``several thousand`` is 3,000 to 9,000).
_QUANTIFIERS = {"several": (3.0, 9.0), "a few": (2.0, 5.0), "many": (2.0, 10.0)}
_FRACTION_STARTS = ("half", "third", "thirds", "quarter", "quarters")

_PREVIOUS_WORD = LazyPattern(r"(?P<word>[A-Za-z][A-Za-z.&'’]*)[ \t]+\Z")
_FIRST_WORD = LazyPattern(r"[A-Za-z]+")
_FRACTION_CONTEXT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:a|an|one|almost|nearly|about|over|than|roughly|around|just|some"
    r"|by|only|exactly))[ \t]+\Z"
)
#: A word of change, maybe ``by`` and an approximation, and ``a`` before a fraction
#: word: ``rose by a quarter``, ``down almost a quarter``, ``fell by nearly a quarter``.
_CHANGED_BY_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:" + alternation(CHANGE_WORDS) + r")[ \t]+(?:by[ \t]+)?"
    r"(?:(?:almost|nearly|about|around|roughly|some|more[ \t]+than|less[ \t]+than"
    r"|just[ \t]+over|just[ \t]+under|over|under)[ \t]+)?(?:a|one)[ \t]+)\Z"
)
_ORDINAL_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[ \t-]+\Z"
)
_ONE_BLOCKED_AFTER = LazyPattern(r"[ \t]+(?:[0-9]|another\b|or\s+two\b|or\s+more\b|by\s+one\b)")
_OF_AFTER = LazyPattern(r"[ \t]+of(?=[ \t])")
#: ``only`` opening a phrase (no determiner before it), right before ``one``.
_FOCUS_ONLY_LEFT = LazyPattern(r"(?<![A-Za-z'’])(?:(?P<det>[A-Za-z]+)[ \t]+)?(?i:only)[ \t]+\Z")
#: ``in`` or ``out of`` and a number after ``one``: the second number of a ratio.
_RATIO_AFTER = LazyPattern(r"[ \t]+(?i:in|out[ \t]+of)[ \t]+(?:[0-9]|[a-z]+(?![A-Za-z]))")
_TIME_WORDS = frozenset(("last", "this", "next", "earlier", "ago", "year", "month", "week"))
_NEXT_WORD = LazyPattern(r"[ \t]+([A-Za-z]+)(?![A-Za-z'’-])")
#: A determiner after ``half`` and a word or a number: ``half the tickets``, ``half the 300
#: delegates``.
_HALF_OF = LazyPattern(
    r"[ \t]+(?i:the|its|their|his|her|our|all|these|those)[ \t]+[a-z0-9]", re.ASCII
)
_SPACES = LazyPattern(r"\s+")
#: A verb right before ``half`` standing for a share (``give half to``, ``sold half,``):
#: a lower-case word that no determiner or possessive opens a phrase with.
_VERB_BEFORE_HALF = LazyPattern(
    r"(?<![A-Za-z'’])(?:(?P<det>the|a|an|this|that|these|those|their|its|his|her|our|my|your)"
    r"[ \t]+)?(?P<verb>[a-z]+)[ \t]+\Z"
)
#: What ends a bare ``half`` standing for a share: a preposition or the clause's end.
_HALF_SHARE_RIGHT = LazyPattern(
    r"[ \t]*[,.;:!?)]|[ \t]+(?:to|for|with|into|in|on|at|from|back|away|among|between)"
    r"(?![A-Za-z])"
)


def read_spelled(text: str, match: re.Match[str], floor: int) -> Reading | None:
    """Read the number words of a :data:`~newsparse.builtin.numbers.scanner.NUMBER_RE` match.

    Fraction words need a context that makes them fractions (``a third``,
    ``half of``, ``three quarters``: not ``the third quarter``); ``one``
    after a determiner is a pronoun (``the one who``); a capitalised number
    word inside a sentence is a name (``Formula One``).

    :param floor: start of the sentence.
    :return: the reading, or ``None``.
    """
    start = match.start()
    parsed = parse_number_words(match.group("words"))
    if parsed is None:
        return None
    value, used = parsed
    end = start + used
    first_word = _FIRST_WORD.match(match.group("words"))
    first = first_word.group().lower() if first_word else ""
    left_floor = max(floor, start - 16)
    if first in _FRACTION_STARTS and not _fraction_context(text, start, end, value, first, floor):
        return None
    if _ordinal_before_noun(text, start, end):
        return None
    if 0 < value < 1 and _position_name(text, start, end, floor):
        return None
    if text[start].isupper() and not after_opening(text, start, floor):
        return None
    if first == "one" and used == 3:
        previous = _PREVIOUS_WORD.search(text, left_floor, start)
        if (
            previous is not None
            and previous.group("word").lower() in PRONOUN_DETERMINERS
            and not text.startswith(" of ", end)
            and match_unit(text, end) is None
            and not _focused_ratio(text, left_floor, start, end)
        ):
            return None
        if _ONE_BLOCKED_AFTER.match(text, end) is not None:
            return None
    reading = Reading(start, end, value, match.group()[:used], is_word=True)
    # ``half a million`` is a number; ``half``, ``a third``, ``three quarters`` are fractions.
    reading.fraction = 0 < value < 1
    return reading


def _focused_ratio(text: str, floor: int, start: int, end: int) -> bool:
    """Whether ``one`` at *start* opens a ratio after a focusing ``only``.

    ``only one in four learners``, ``only one out of ten``: ``only`` bounds
    the ratio, where ``the only one in the room`` is a pronoun.
    """
    left = _FOCUS_ONLY_LEFT.search(text, max(0, floor - 16), start)
    if left is None or _RATIO_AFTER.match(text, end) is None:
        return False
    det = left.group("det")
    return det is None or det.lower() not in PRONOUN_DETERMINERS


def _fraction_context(
    text: str, start: int, end: int, value: float, first: str, floor: int
) -> bool:
    after = text[end : end + 5].lower()
    left_floor = max(floor, start - 16)
    if _ORDINAL_LEFT.search(text, left_floor, start):
        return False
    if re.match(r"-[a-z]", after) and not (first == "quarter" and _unit_after(text, end)):
        return False
    scaled = value >= 1
    changed = _CHANGED_BY_LEFT.search(text, max(floor, start - 30), start) is not None
    if first == "quarter" and not (
        scaled or changed or after.startswith(" of") or _unit_after(text, end)
    ):
        return False
    context = _FRACTION_CONTEXT.search(text, left_floor, start) is not None
    following = _NEXT_WORD.match(text, end)
    next_word = following.group(1).lower() if following is not None else ""
    if (
        first == "quarter"
        and text[start:end].lower() == first
        and not changed
        and _modifies_noun(next_word)
        and not _unit_after(text, end)
    ):
        return False  # ``a quarter final``, but ``a quarter point``
    if first == "half" and _HALF_OF.match(text, end) is not None:
        return True  # ``half the tickets``, ``half its staff``, ``half the 300 delegates``
    if first == "half" and text[start:end].lower() == "half" and _half_as_object(text, start, end):
        return True  # ``give half to her grandchildren``
    return scaled or context or (first == "half" and after.startswith((" of", " a ", " an ")))


#: A fraction of more than one part written with a singular denominator: ``five-eighth``.
_SINGULAR_PARTS = LazyPattern(r"(?i:[a-z]+)[ \t-]+(?P<part>[a-z]+)\Z")


def _position_name(text: str, start: int, end: int, floor: int) -> bool:
    """Whether a fraction after an ordinal names a position: ``first five-eighth``.

    Parts of more than one are counted in the plural (``five-eighths``); an
    ordinal before a numerator above one and a singular denominator makes the
    words the name of a position in a team (rugby's ``first five-eighth``,
    ``second five-eighth``), not a fraction.  ``the first two-thirds of the
    season`` keeps its fraction.
    """
    parts = _SINGULAR_PARTS.match(text, start, end)
    if parts is None or parts.group("part").lower().endswith("s"):
        return False
    if text[start:end].lower().startswith(("a ", "a-", "one ", "one-", "an ")):
        return False
    return _ORDINAL_LEFT.search(text, max(floor, start - 16), start) is not None


def _half_as_object(text: str, start: int, end: int) -> bool:
    """Whether a bare ``half`` is the object of the verb before it: a share of something.

    ``will give half to her grandchildren``, ``sold half, kept the rest``: a
    lower-case word that is no function word and opens no phrase after a
    determiner (``the lower half``, ``their own half``) comes before, and a
    preposition or the end of the clause after it.
    """
    verb = _VERB_BEFORE_HALF.search(text, max(0, start - 24), start)
    if verb is None or verb.group("det") is not None:
        return False
    word = verb.group("verb")
    if word in FUNCTION_WORDS or word in PRONOUN_DETERMINERS or word in _TIME_WORDS:
        return False
    return _HALF_SHARE_RIGHT.match(text, end) is not None


def _unit_after(text: str, end: int) -> bool:
    """Whether a unit of measurement follows (``a quarter point``, ``a quarter mile``)."""
    match = match_unit(text, end)
    if match is None or match.group("gap") not in (" ", "-"):
        return False
    unit = UNIT_BY_SURFACE.get(match.group("surface").lower())
    return unit is not None and unit.kind != "count"


def _modifies_noun(next_word: str) -> bool:
    """Whether a singular fraction word followed by *next_word* is an ordinal before a noun.

    A content word after it (``a third term``, ``a sixth straight month``) makes
    ``third`` the ordinal; ``of``, a function or stop word (``a tenth were
    sold``), a scale, a word of time
    (``a fifth last year``) or a comparative (``a third higher``) leaves the
    fraction.
    """
    return bool(
        next_word
        and next_word not in FUNCTION_WORDS
        and next_word not in COUNT_STOPWORDS
        and next_word not in SCALES
        and next_word not in _TIME_WORDS
        and not next_word.endswith("er")
    )


def _ordinal_before_noun(text: str, start: int, end: int) -> bool:
    """Whether a lone singular fraction word other than ``half``/``quarter`` is an ordinal.

    ``a third term``, ``a fifth consecutive day``, ``a sixth straight month``:
    ordinals share their spelling with the fraction words from ``third`` on.
    """
    word = text[start:end].lower()
    if word not in FRACTION_WORDS or word.endswith("s") or word in ("half", "quarter"):
        return False
    following = _NEXT_WORD.match(text, end)
    return following is not None and _modifies_noun(following.group(1).lower())


def read_vague(text: str, match: re.Match[str]) -> Reading:
    """Read a vague amount as an approximate range.

    ``dozens`` is 12 to 120, ``thousands`` 1,000 to 10,000, ``tens of
    millions`` 10 to 100 million, ``several thousand`` 3,000 to 9,000,
    ``a couple of hundred`` 200.
    """
    phrase = _SPACES.sub(" ", match.group("vague").lower())
    words = phrase.split(" ")
    reading = Reading(match.start(), match.end(), 0.0, match.group(), is_word=True)
    reading.attributes["vague"] = True
    if phrase.startswith(("several ", "a few ", "a couple of ", "many ")):
        base = SCALES.get(words[-1], 12.0 if words[-1] == "dozen" else 1.0)
        if phrase.startswith("a couple"):
            reading.value = 2 * base
            return reading
        quantifier = "a few" if phrase.startswith("a few") else words[0]
        low, high = _QUANTIFIERS[quantifier]
        reading.vague = (low * base, high * base)
    else:
        base = VAGUE_QUANTIFIERS[words[0]]
        inner = VAGUE_QUANTIFIERS[words[-1]] if len(words) == 3 else 1.0
        reading.vague = (base * inner, base * inner * 10)
    reading.value = reading.vague[0]
    of = _OF_AFTER.match(text, reading.end)
    if of is not None:
        reading.attributes["of_end"] = of.end()
    return reading
