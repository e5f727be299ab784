"""Turning written numbers into floats: digits, fractions, number words and scales."""

from __future__ import annotations

import math
import re

from newsparse.builtin.numbers.lexicon import FRACTION_WORDS, NUMBER_WORDS, SCALES
from newsparse.lexicon.dispatch import LazyPattern

__all__ = [
    "VULGAR_FRACTIONS",
    "parse_digits",
    "parse_fraction",
    "parse_number_words",
    "scale_of",
]

#: Unicode vulgar fractions.
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅕": 1 / 5,
    "⅖": 2 / 5,
    "⅗": 3 / 5,
    "⅘": 4 / 5,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
}

_SEPARATORS = re.compile(r"[,\s]")
_WORD_SPLIT = LazyPattern(r"[\s-]+")

#: Denominators a slash number may have to be read as a fraction (not a date or score).
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128})

_BIG_SCALES = {"thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9}
_BIG_SCALES["trillion"] = 1e12


def parse_digits(text: str) -> float | None:
    """Return the value of a digit string such as ``"1,458,000"`` or ``".001"``.

    :param text: digits with optional thousands separators and decimal point.
    :return: the value, or ``None`` when it is not a finite number.
    """
    cleaned = _SEPARATORS.sub("", text)
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_fraction(numerator: str, denominator: str) -> float | None:
    """Return ``numerator / denominator`` when it reads as a fraction (``1/16``, ``3/4``).

    Slash numbers whose denominator is unusual or whose numerator is not
    smaller than the denominator (``9/11``, ``24/7``) are not fractions.

    :return: the value, or ``None``.
    """
    num = parse_digits(numerator)
    den = parse_digits(denominator)
    if num is None or den is None or den not in _FRACTION_DENOMINATORS or not 0 < num < den:
        return None
    return num / den


def scale_of(word: str) -> float | None:
    """Return the multiplier of a scale word or abbreviation (``"bn"`` is 1e9)."""
    return SCALES.get(word.lower())


def parse_number_words(text: str) -> tuple[float, int] | None:
    """Parse spelled-out numbers such as ``"twenty-one"``, ``"three quarters"``.

    Reading stops at the first word that cannot continue the number, so
    ``"one two"`` reads as 1 with one word used.

    :param text: a run of number words joined by spaces, hyphens or ``and``.
    :return: the value and the number of characters of *text* used, or
        ``None`` when the run does not start with a number.
    """
    total = 0.0
    current = 0.0
    fraction = 0.0
    used = 0
    last = ""  # category of the previous word
    before_and = ""  # category of the word before "and"
    seen_number = False
    for match in re.finditer(r"[A-Za-z]+", text):
        word = match.group().lower()
        if word == "and":
            if last not in ("unit", "teen", "tens", "hundred", "scale"):
                break
            before_and, last = last, "and"
            continue
        if word == "a" and last in ("and", "fraction"):
            last = "a"
            continue
        category = _category(word)
        if category is None or not _may_follow(last, category, word):
            break
        after_and = last in ("and", "a") and before_and in ("unit", "teen", "tens", "fraction")
        if after_and and category != "fraction":
            break
        if category in ("unit", "teen", "tens"):
            current += NUMBER_WORDS[word]
        elif category == "dozen":
            current = (current or 1.0) * 12
        elif category == "hundred":
            current = (current or 1.0) * 100
        elif category == "scale":
            total += (current + fraction or 1.0) * _BIG_SCALES[word]
            current = 0.0
            fraction = 0.0
        else:  # fraction word
            part = FRACTION_WORDS[word]
            if last in ("unit", "teen", "tens") and current:
                current, fraction = 0.0, current * part
            elif last in ("and", "a"):
                fraction = part
            else:
                fraction = part
        seen_number = True
        last = category
        used = match.end()
    if not seen_number:
        return None
    return total + current + fraction, used


def _category(word: str) -> str | None:
    if word in NUMBER_WORDS:
        if word == "dozen":
            return "dozen"
        value = NUMBER_WORDS[word]
        if value >= 20:
            return "tens"
        return "teen" if value >= 10 else "unit"
    if word == "hundred":
        return "hundred"
    if word in _BIG_SCALES:
        return "scale"
    if word in FRACTION_WORDS:
        return "fraction"
    return None


def _may_follow(last: str, category: str, word: str) -> bool:
    """Whether a number word of *category* may follow one of category *last*."""
    if last in ("", "and", "a"):
        return True
    if category == "unit":
        return last in ("tens", "hundred", "scale")
    if category in ("teen", "tens"):
        return last in ("hundred", "scale")
    if category == "dozen":
        return last in ("unit", "teen", "tens")
    if category == "hundred":
        return last in ("unit", "teen", "tens")
    if category == "scale":
        return last in ("unit", "teen", "tens", "hundred", "dozen", "fraction")
    # fraction words: "three quarters", "two-thirds"; plural only after a number above one
    if word.endswith("s"):
        return last in ("unit", "teen", "tens")
    return last in ("unit",)
