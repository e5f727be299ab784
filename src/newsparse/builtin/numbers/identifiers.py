"""Numbers that are names or labels, not figures: ``G7``, ``iPhone 11``, ``575 Wilbraham Rd``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse.builtin.numbers.figures import Reading
from newsparse.builtin.numbers.lexicon import (
    COUNT_STOPWORDS,
    FUNCTION_WORDS,
    HYPHEN_PREFIXES,
    MONTHS,
)
from newsparse.builtin.numbers.scanner import CURRENCY_BY_NAME, CURRENCY_BY_SYMBOL
from newsparse.lexicon.dispatch import LazyPattern

__all__ = [
    "HYPHEN_PREFIXES",
    "NAME_LABELS",
    "after_opening",
    "is_identifier",
    "is_name_word",
    "label_follows",
]

#: Entity labels whose numbers are names, not figures (``G7``, ``Article 5``).
NAME_LABELS = frozenset(
    {"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PERSON", "GPE", "LOC", "NORP"}
)

_OPENING = LazyPattern(r"[.!?:;\"“(\[—-][ \t]*\Z")
_LIST_MARKER = LazyPattern(r"[ \t]?\)")
#: How many characters a list marker's number has at most (``(12)``, not ``(12,804)``).
_LIST_MARKER_DIGITS = 2
_LIST_START = LazyPattern(r"(?:\A|[;:.(][ \t]*|^[ \t]*)\Z", re.MULTILINE)
_PART_NUMBER = LazyPattern(r"[ \t]+[A-Za-z]{1,3}-?[0-9]")
#: A part or model number before a plural noun counts that noun (``40 A321neo jets``).
_MODEL_COUNTED = LazyPattern(
    r"[ \t]+[A-Za-z]{1,3}-?[0-9][A-Za-z0-9-]*[ \t]+(?P<noun>[a-z]+s)(?![A-Za-z])"
)
_MODEL_TIER = LazyPattern(r"[ \t]+(?:Pro|Max|Plus|Ultra|Mini|Lite|SE|XL)(?![A-Za-z0-9-])")
_ADDRESS = LazyPattern(
    r"(?:[ \t]+[A-Z0-9][A-Za-z0-9]*\.?){0,3}[ \t]+(?:St|Street|Rd|Road|Ave|Avenue|Way|Lane|Ln"
    r"|Drive|Dr|Boulevard|Blvd|Place|Pl|Court|Ct|Terrace|Crescent|Square|Highway|Hwy|Parkway"
    r"|Pkwy)\b\.?"
    r"|[ \t]+(?:[A-Z][A-Za-z]+[ \t]+)?(?i:zip|postcode|post[ \t]+code|area[ \t]+code)\b"
)


def is_name_word(word: str) -> bool:
    """Whether *word* is a capitalised name (``iPhone``, ``FTSE``) rather than a function word."""
    if not word[:1].isupper() and not (len(word) > 1 and word[1:2].isupper()):
        return False
    lower = word.lower().rstrip(".")
    return not (
        lower in FUNCTION_WORDS
        or lower in COUNT_STOPWORDS
        or lower in MONTHS
        or lower in CURRENCY_BY_NAME
        or word in CURRENCY_BY_SYMBOL
    )


def after_opening(text: str, pos: int, floor: int) -> bool:
    """Whether *pos* starts the sentence or follows opening punctuation (a capital is no name)."""
    return pos <= floor or _OPENING.search(text, max(floor, pos - 3), pos) is not None


def _counts_models(text: str, end: int) -> bool:
    """Whether a model designation and a plural noun follow (``40 A321neo jets``)."""
    match = _MODEL_COUNTED.match(text, end)
    return match is not None and match.group("noun") not in COUNT_STOPWORDS


def label_follows(text: str, start: int, end: int, floor: int, limit: int) -> bool:
    """Whether the bare number ``text[start:end]`` is a list marker, part, model or street number.

    ``1 )``, ``24703 L-202``, ``11 Pro Max``, ``575 Wilbraham Road``, ``the 90049 ZIP Code``.
    """
    if (
        end - start <= _LIST_MARKER_DIGITS
        and _LIST_MARKER.match(text, end)
        and _LIST_START.search(text, max(floor, start - 3), start)
    ):
        return True  # ``1 )``, ``(2)``; not ``(att: 12,804)``, a figure in brackets
    if _PART_NUMBER.match(text, end) is not None and not _counts_models(text, end):
        return True
    if _MODEL_TIER.match(text, end) is not None:
        return True
    return _ADDRESS.match(text, end, min(limit, end + 40)) is not None


def is_identifier(
    text: str, reading: Reading, start: int, end: int, entities: Sequence[tuple[int, int, str]]
) -> bool:
    """Whether the number is part of a name, a list marker, a part or street number.

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    :param entities: ``(start, end, label)`` of the entities in the sentence.
    """
    number_end = reading.end
    glued = number_end < end and (text[number_end].isalnum() or text[number_end] in "_@")
    if glued and not (text[number_end] == "s" and reading.unit is None and reading.plain):
        return True
    if reading.start > start and text[reading.start - 1] in "@#_/\\":
        return True
    figure_like = reading.currency or reading.minor or reading.unit_kind == "percent"
    for entity_start, entity_end, label in entities:
        inside = entity_start <= reading.start and reading.end <= entity_end
        if inside and label in NAME_LABELS and not figure_like:
            return True
    return False
