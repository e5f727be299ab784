"""What a number measures or counts when no unit is written right after it.

:func:`find_unit` tries, in turn: the inches of a height in feet and
inches (``6ft 2in``, ``6-foot-4``) or inches written ``in`` before a noun
(``a 6.1in display``), a classifier and its kind (``12,000 head of
cattle``), a unit and its half (``a year and a
half``), the noun shared by a suspended hyphen (``four-, five- and
six-cylinder``), the counted noun or an age
(:func:`~newsparse.builtin.numbers.counted.read_count`), and the currency
or unit of an ``of`` phrase after it (``280 million of the 1.5 billion
shekels``, ``a quarter of a million dollars``), or its counted noun (``24 of
31 passes``, ``14.2 million of the 22.1 million registered voters``).
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse.builtin.numbers.counted import read_count
from newsparse.builtin.numbers.figures import Reading
from newsparse.builtin.numbers.lexicon import CLASSIFIER_NOUNS, SCALES
from newsparse.builtin.numbers.nouns import read_counted_noun, singular
from newsparse.builtin.numbers.number import read_number
from newsparse.builtin.numbers.prefix import read_prefix
from newsparse.builtin.numbers.scanner import CURRENCY_PREFIX_RE, NUMBER_RE, UNIT_BY_SURFACE
from newsparse.builtin.numbers.suffix import read_suffix
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["FEET_HYPHEN_BEFORE", "find_unit"]

_FEET_BEFORE = LazyPattern(r"(?i:(?<![A-Za-z])(?:ft|feet|foot))\.?[ \t]*\Z")
#: ``6-foot-4``: a height in feet, then its inches after a hyphen without a unit.
FEET_HYPHEN_BEFORE = LazyPattern(r"[0-9][ \t]*-[ \t]*(?i:ft|feet|foot)-\Z")
_INCHES_AFTER = LazyPattern(
    r"[ \t]?(?i:ins?|inch(?:es)?)(?![A-Za-z])\.?"
    r"(?![ \t]+(?i:the|an?|his|her|its|their|this|that|which)(?![A-Za-z]))"
)
#: ``6.1in display``, ``a 55in screen``: ``in`` glued to the number before a noun (or a
#: hyphen) is the inch written short, not the preposition.
_GLUED_INCHES = LazyPattern(
    r"in(?:[ \t]+(?!(?:the|an?|his|her|its|their|this|that|which)(?![A-Za-z]))[a-z]|-[a-z])"
)
#: A classifier noun and ``of`` after a number (``head of``), the space before the kind kept.
_CLASSIFIER_OF = LazyPattern(r"[ \t]+(?P<noun>[a-z]+)[ \t]+of(?=[ \t])")
#: ``a year and a`` before ``half``: one unit, then its half.
_UNIT_AND_A = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:an?|one)[ \t]+)(?P<unit>[A-Za-z]+)[ \t]+and[ \t]+(?i:a[ \t]+)?\Z"
)
_SUSPENDED = LazyPattern(
    r"-(?:[ \t]*,[ \t]*[A-Za-z0-9.]+-)*[ \t]*,?[ \t]*(?:and|or|to)[ \t]+[A-Za-z0-9.]+-"
    r"(?P<noun>[A-Za-z]+)"
)
#: ``of`` and the determiner of a partitive's whole, a possessive too (``of the
#: legislature's``, ``of the club's``, ``of Parliament's``).
_OF_THE = LazyPattern(
    r"[ \t]+of[ \t]+(?:(?:the|its|their|his|her|our|an?)[ \t]+)?"
    r"(?:[A-Za-z][A-Za-z-]*(?:['’]s|s['’])[ \t]+)?"
)


def find_unit(
    text: str,
    reading: Reading,
    start: int,
    end: int,
    *,
    tags: Mapping[int, str] | None,
    cursor: int,
) -> None:
    """Find the unit of a number that has none yet: shared, counted, an age, or inherited.

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    :param tags: universal POS tags by token start offset, if any.
    :param cursor: end of the last figure read (``a year and a half`` starts after it).
    """
    if reading.has_unit:
        return
    if _inches(text, reading, start, end) or _and_a_half(text, reading, start, cursor):
        return
    _suspended(text, reading, end)
    if not reading.has_unit:
        _classified(text, reading, end)
    if not reading.has_unit:
        read_count(text, reading, start, end, tags)
    if not reading.has_unit and reading.vague is None:
        _inherit(text, reading, start, end, tags)


def _inches(text: str, reading: Reading, start: int, end: int) -> bool:
    """Read the inches of a height or length in feet and inches: ``6ft 2in``, ``12 ft 2 in``."""
    if not reading.plain or reading.value >= 12:
        return not reading.scaled and _glued_inches(text, reading, end)
    if FEET_HYPHEN_BEFORE.search(text, max(start, reading.start - 12), reading.start):
        reading.unit = "inch"  # ``6-foot-4``: the inches of a height
        reading.unit_kind = "measure"
        return True
    if _FEET_BEFORE.search(text, max(start, reading.start - 8), reading.start) is None:
        return _glued_inches(text, reading, end)
    inches = _INCHES_AFTER.match(text, reading.end, end)
    if inches is None:
        return False
    reading.unit = "inch"
    reading.unit_kind = "measure"
    reading.end = inches.end()
    return True


def _glued_inches(text: str, reading: Reading, end: int) -> bool:
    """Read ``in`` glued to a number before a noun as inches: ``a 6.1in display``."""
    if _GLUED_INCHES.match(text, reading.end, end) is None:
        return False
    reading.unit = "inch"
    reading.unit_kind = "measure"
    reading.end += 2
    return True


def _classified(text: str, reading: Reading, end: int) -> None:
    """Count ``12,000 head of cattle`` as ``head of cattle``: a classifier and its kind."""
    match = _CLASSIFIER_OF.match(text, reading.end, end)
    if match is None or match.group("noun") not in CLASSIFIER_NOUNS:
        return
    kind = read_counted_noun(text, match.end(), end, one=False, hyphenated_ok=False)
    if kind is None:
        return
    reading.counted = f"{match.group('noun')} of {kind.name}"
    reading.end = kind.end


def _and_a_half(text: str, reading: Reading, start: int, cursor: int) -> bool:
    """Read ``a year and a half``: one unit and a half, starting at the article."""
    if not reading.fraction or reading.value != 0.5:
        return False
    left = max(cursor, start, reading.start - 30)
    match = _UNIT_AND_A.search(text, left, reading.start)
    if match is None:
        return False
    unit = UNIT_BY_SURFACE.get(match.group("unit").lower())
    if unit is None or unit.name == "count" or unit.kind not in ("duration", "measure"):
        return False
    reading.start = match.start()
    reading.value = 1.5
    reading.fraction = False
    reading.unit = unit.name
    reading.unit_kind = unit.kind
    return True


def _suspended(text: str, reading: Reading, end: int) -> None:
    """Share the noun of ``four-, five- and six-cylinder`` with the first numbers."""
    match = _SUSPENDED.match(text, reading.end, end)
    if match is None:
        return
    word = match.group("noun")
    unit = UNIT_BY_SURFACE.get(word.lower())
    if unit is not None and unit.name != "count":
        reading.unit = unit.name
        reading.unit_kind = unit.kind
    else:
        reading.counted = singular(word)
    reading.end += 1


def _inherit(
    text: str, reading: Reading, start: int, end: int, tags: Mapping[int, str] | None
) -> None:
    """Give ``280 million of the 1.5 billion shekels`` the currency or unit of the second."""
    of = _OF_THE.match(text, reading.end, end)
    if of is None:
        return
    other = _peek(text, of.end(), start, end)
    if other is None:
        return
    if reading.fraction:
        _fraction_of_scale(text, reading, other, start, end, tags)
        return  # a fraction takes no unit from its ``of`` phrase (``half of the 30 seats``)
    if other.currency and other.scaled == reading.scaled:
        reading.currency = other.currency
        reading.currency_symbol = other.currency_symbol
    elif other.unit and other.unit_kind not in ("duration", None) and not other.age:
        reading.unit = other.unit
        reading.unit_kind = other.unit_kind
    elif not other.has_unit and other.scaled == reading.scaled and reading.value < other.value:
        # ``24 of 31 passes``, ``three of five judges``, ``1.2 million of the 3.4 million
        # customers``: a part counts the whole's noun, both written with a scale or neither.
        read_count(text, other, start, end, tags)
        if other.counted is not None:
            reading.counted = other.counted


def _fraction_of_scale(
    text: str,
    reading: Reading,
    other: Reading,
    start: int,
    end: int,
    tags: Mapping[int, str] | None,
) -> None:
    """Read ``a quarter of a million dollars`` as 250,000 dollars: a fraction of a scale."""
    words = other.raw.lower().split()
    if not other.is_word or not words or words[-1] not in SCALES:
        return
    if len(words) > 2 or (len(words) == 2 and words[0] not in ("a", "an", "one")):
        return
    if not other.has_unit:
        read_count(text, other, start, end, tags)
    reading.value *= other.value
    reading.fraction = False
    reading.is_word = True
    reading.scaled = True
    reading.scale_word = words[-1]
    for name in ("currency", "currency_symbol", "minor", "unit", "unit_kind", "counted"):
        setattr(reading, name, getattr(other, name))
    reading.end = other.end


def _peek(text: str, pos: int, start: int, end: int) -> Reading | None:
    """Read the number at *pos* (after an optional currency sign) without consuming it."""
    match = NUMBER_RE.match(text, pos, end)
    if match is None:
        prefix = CURRENCY_PREFIX_RE.search(text, pos, min(end, pos + 4))
        if prefix is None:
            return None
        match = NUMBER_RE.match(text, prefix.end(), end)
        if match is None:
            return None
    other, _ = read_number(text, match, start)
    if other is None:
        return None
    read_prefix(text, other, start)
    read_suffix(text, other, end, floor=start)
    return other
