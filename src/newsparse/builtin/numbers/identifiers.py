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
    "telephone_end",
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

#: Digit groups separated by single spaces or hyphens, the first maybe in brackets: the
#: shape of a telephone number (``0800 555 0193``, ``(555) 123-4567``, ``1-800-555-0199``).
_TELEPHONE = LazyPattern(r"[0-9]{1,5}\)?(?:[ \t-][0-9]{2,6}){1,4}(?![0-9]|[,.][0-9])(?![A-Za-z%°])")
_GROUP = re.compile(r"[0-9]+")
#: How many digits a telephone number has at least, in three groups or more.
_TELEPHONE_DIGITS = 9
#: How many digits one written in two groups, the first a trunk prefix ``0``, has at least.
_TELEPHONE_TWO_GROUP_DIGITS = 10
#: How many digits its last group has at least (``2-1 3-3`` are scores, not a number).
_TELEPHONE_LAST_GROUP = 3


def telephone_end(text: str, start: int, limit: int) -> int | None:
    """Where a telephone number starting at *start* ends, or ``None`` if none does.

    Three digit groups or more of nine digits or more, the last of three or
    more (``0800 555 0193``, ``(555) 123-4567``, ``+44 20 7946 0958``), or two
    groups of ten digits or more behind a trunk prefix ``0`` (``07700
    900123``); a run of years (``1998 2004 2010``) is none.  A telephone
    number counts nothing and is no quantity.
    """
    match = _TELEPHONE.match(text, start, limit)
    if match is None:
        return None
    groups = _GROUP.findall(match.group())
    digits = sum(len(group) for group in groups)
    if len(groups[-1]) < _TELEPHONE_LAST_GROUP:
        return None
    if all(len(group) == 4 and group[:2] in ("19", "20") for group in groups):
        return None
    if len(groups) >= 3 and digits >= _TELEPHONE_DIGITS:
        return match.end()
    if len(groups) == 2 and groups[0][0] == "0" and digits >= _TELEPHONE_TWO_GROUP_DIGITS:
        return match.end()
    return None


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
