"""What stands before a number: currency sign, minus sign, and names the number belongs to.

``US$240``, ``HK $216,925``, ``PS2.7m`` (a transliterated ``£``), ``N312 billion``
and ``Sh4,200`` (local letters for the naira and a shilling), ``$-50.8bn``,
``minus 387``, ``sub-7``, ``magnitude-6.8`` (the noun of a scale);
``G7``, ``COVID-19`` and ``iPhone 11`` mark the reading as part of a name.
"""

from __future__ import annotations

import re

from newsparse.builtin.numbers.figures import Reading
from newsparse.builtin.numbers.identifiers import HYPHEN_PREFIXES, is_name_word
from newsparse.builtin.numbers.lexicon import (
    IDENTIFIER_NOUNS,
    RESULT_NOUNS,
    SCALE_READINGS,
    WEEKDAYS,
)
from newsparse.builtin.numbers.localcurrency import letter_currency
from newsparse.builtin.numbers.scanner import CURRENCY_BY_SYMBOL, CURRENCY_PREFIX_RE
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["PREVIOUS_WORD", "read_prefix"]

#: The word right before a position, separated by spaces.
PREVIOUS_WORD = re.compile(r"(?P<word>[A-Za-z][A-Za-z.&'’]*)[ \t]+\Z")
_HYPHEN_WORD = LazyPattern(r"(?P<word>[A-Za-z]+)[-–]\Z")
_MINUS_WORD = LazyPattern(r"(?i:minus|negative)[ \t-]*\Z")
#: ``plus or minus``, ``plus/minus``: a margin either side, whose number is no negative.
_PLUS_OR = LazyPattern(
    r"(?i:(?<![A-Za-z])plus(?:[ \t]+or[ \t]+|[ \t]*[-/][ \t]*(?:or[ \t]*-[ \t]*)?))\Z"
)
_SPACES = re.compile(r"\s+")
#: Up to three lower-case words, the last a plural in ``-s`` (``main indexes``).
_PLURAL_AFTER = LazyPattern(r"(?:[ \t]+[a-z][a-z-]*){0,2}[ \t]+[a-z][a-z-]*s(?![A-Za-z'’])")
#: A score and the word after it (``118-104 victory``).
_SCORE_BEFORE_NOUN = LazyPattern(
    r"[0-9]{1,3}[ \t]?[-–][ \t]?[0-9]{1,3}[ \t]+(?P<noun>[A-Za-z]+)(?![A-Za-z'’-])"
)
#: A comparing word or the ``to`` of a tally, and up to three words of a possessor, before
#: a possessive (``compared with Labour's``, ``to the Tories'``, ``against Smith's``).
_LINK_BEFORE_POSSESSOR = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:to|versus|vs\.?|against|compared[ \t]+(?:with|to)|from|than))"
    r"[ \t]+(?:[A-Za-z][A-Za-z-]*[ \t]+){0,2}\Z"
)
#: How far before such a link the figure it is set against may start.
_FIGURE_BEFORE_LINK = 60
_DIGIT = LazyPattern(r"[0-9]")
#: The end of a clause, or a preposition of time, right after a number.
_CLAUSE_END_RIGHT = LazyPattern(
    r"[ \t]*(?:[,.;:!?)]|\Z)|[ \t]+(?i:in|on|at|for|during|last|this|since|after)(?![A-Za-z])"
)
#: The letters of a dollar's country written without its sign (``US``, ``NZ``, ``A``), from
#: the currency symbols that write them before ``$``.
_DOLLAR_LETTERS = frozenset(
    symbol[:-1]
    for symbol in CURRENCY_BY_SYMBOL
    if symbol.endswith("$") and symbol[:-1].isalpha() and symbol[:-1].isupper()
)
_LETTERS_BEFORE = LazyPattern(r"(?<![A-Za-z])[A-Z]{1,3}\Z")
#: Cents after a number (``US58.9 cents``, ``A72c``).
_CENTS_AFTER = LazyPattern(r"(?:[ \t]*cents?|c)(?![A-Za-z])")
#: Digits grouped in thousands (``39,512.84``, Indian ``12,34,567``): a figure, never
#: the number of a name.
_GROUPED = LazyPattern(r"[0-9]{1,3}(?:,[0-9]{2})*,[0-9]{3}(?![0-9])")


def read_prefix(text: str, reading: Reading, floor: int, *, sign_floor: int = -1) -> None:
    """Read the sign, currency and name before the number of *reading*.

    Sets ``negative``, ``sub_bound``, ``currency`` (moving ``start`` left
    over the sign), ``identifier_attached`` (``G7``, ``COVID-19``) or
    ``identifier_left`` (``iPhone 11``, ``Article 5``).

    :param floor: start of the sentence.
    :param sign_floor: offset a currency sign may not start before (the end of
        the previous figure); the sentence start by default.
    """
    start = reading.start
    sign_floor = max(floor, sign_floor)
    edge = _read_sign(text, reading, floor)
    if sign_floor <= edge < start:
        reading.start = edge
    if _minus_before(text, max(floor, start - 12), start):
        reading.negative = True
    prefix = CURRENCY_PREFIX_RE.search(text, max(sign_floor, edge - 10), edge)
    if prefix is not None:
        symbol = prefix.group("spaced") or prefix.group("attached")
        code = CURRENCY_BY_SYMBOL.get(_SPACES.sub(" ", symbol)) or _code_for_spaced(symbol)
        if code is not None:
            reading.currency = code
            reading.currency_symbol = symbol.strip()
            reading.start = prefix.start()
            if prefix.group("mega"):
                reading.value *= 1e6
                reading.scaled = True
                reading.scale_word = "million"
            return
    if start > floor and (text[start - 1].isalpha() or text[start - 1] == "="):
        letters = letter_currency(text, start, reading.end, floor)
        if letters is not None and sign_floor <= letters[0]:
            reading.start, reading.currency = letters
            reading.currency_symbol = text[letters[0] : start]
            return
        if not _dollar_cents(text, reading, floor):
            reading.identifier_attached = True
        return
    # The word must end in spaces or tabs right before the number.
    previous = (
        PREVIOUS_WORD.search(text, max(floor, start - 24), start)
        if start > floor and text[start - 1] in " \t"
        else None
    )
    if previous is not None and not (
        previous.group("word").endswith(("'s", "’s", "s'", "s’"))
        and (
            _PLURAL_AFTER.match(text, reading.end) is not None
            or previous.group("word")[:-2].lower() in WEEKDAYS
            or _compared_possessive(text, reading, previous.start(), floor)
            or _score_before_result(text, start)
        )
    ):
        # A possessive before a number and its plural noun determines the phrase
        # and names nothing (``Wall Street's three main indexes``), nor does one set
        # against a figure before it (``52 seats, compared with Labour's 31.``), nor a
        # score before the noun of the game's result (``the Hawks' 118-104 win``), nor a
        # day's name (``Sunday's 58-lap race``: a time, no maker of models); before
        # a name or a singular it may still be a model (``Boeing's 787 Dreamliner``).
        word = previous.group("word")
        lower = word.lower().rstrip(".")
        if word in SCALE_READINGS:
            _scale_reading(reading, word)
        elif _GROUPED.match(text, start, reading.end) is None and (
            lower in IDENTIFIER_NOUNS
            or lower + "." in IDENTIFIER_NOUNS
            or (is_name_word(word) and previous.start() > floor)
        ):
            reading.identifier_left = True


def _score_before_result(text: str, start: int) -> bool:
    """Whether a score starting at *start* comes before the noun of a game's result.

    ``the Hawks' 118-104 victory``, ``City's 3-1 win``: two numbers joined by
    a hyphen or dash, then a noun of the lexicon's ``result_nouns``.
    """
    match = _SCORE_BEFORE_NOUN.match(text, start)
    return match is not None and match.group("noun").lower() in RESULT_NOUNS


def _compared_possessive(text: str, reading: Reading, possessive: int, floor: int) -> bool:
    """Whether the possessive at *possessive* names a side a figure is set against.

    ``52 seats, compared with Labour's 31.``, ``148 votes to the Tories' 131,``: a
    comparing word or the ``to`` of a tally before the possessor, a figure before
    that, and the number ending its clause (``a visit to Boeing's 787 plant`` is a
    name's number).
    """
    if _CLAUSE_END_RIGHT.match(text, reading.end) is None:
        return False
    link = _LINK_BEFORE_POSSESSOR.search(text, max(floor, possessive - 40), possessive)
    if link is None:
        return False
    return (
        _DIGIT.search(text, max(floor, link.start() - _FIGURE_BEFORE_LINK), link.start())
        is not None
    )


def _dollar_cents(text: str, reading: Reading, floor: int) -> bool:
    """Whether a dollar's country letters stand glued before an amount in cents.

    ``the kiwi fell to US58.9 cents``, ``A72c``: wire copy writes the
    country of the dollar without its sign before cents; the letters name
    the currency, not a model.
    """
    letters = _LETTERS_BEFORE.search(text, max(floor, reading.start - 3), reading.start)
    return (
        letters is not None
        and letters.group() in _DOLLAR_LETTERS
        and _CENTS_AFTER.match(text, reading.end) is not None
    )


def _scale_reading(reading: Reading, noun: str) -> None:
    """Give the number of ``magnitude-6.8`` the noun of its scale as its unit."""
    reading.unit = noun
    reading.unit_kind = "count"


def _minus_before(text: str, left: int, end: int) -> bool:
    """Whether ``minus`` or ``negative`` ends the window ``text[left:end]`` (:data:`_MINUS_WORD`).

    The search runs only when the window, without its trailing spaces and
    hyphens, ends in one of the two words or in a character that is not ASCII.
    """
    tail = text[left:end].rstrip(" \t-")[-8:]
    if tail.isascii() and not tail.lower().endswith(("minus", "negative")):
        return False
    word = _MINUS_WORD.search(text, left, end)
    return word is not None and not _plus_or_before(text, word.start())


def _plus_or_before(text: str, pos: int) -> bool:
    """Whether ``plus or`` (``plus/``, ``plus-or-``) ends right before *pos*: a margin, no sign."""
    return _PLUS_OR.search(text, max(0, pos - 12), pos) is not None


def _read_sign(text: str, reading: Reading, floor: int) -> int:
    """Read a hyphen or minus sign before the number; return where a currency sign may end."""
    start = reading.start
    if start <= floor or text[start - 1] not in "-−–":
        return start
    if text[start - 1] == "−":
        reading.negative = True
        return start - 1
    hyphen = _HYPHEN_WORD.search(text, max(floor, start - 16), start)
    if hyphen is not None:
        lower = hyphen.group("word").lower()
        if lower in ("minus", "negative"):
            reading.negative = not _plus_or_before(text, hyphen.start())
        elif lower == "sub":
            reading.sub_bound = True
        elif hyphen.group("word") in SCALE_READINGS:
            _scale_reading(reading, lower)
        elif lower not in HYPHEN_PREFIXES:
            reading.identifier_attached = True
        return start
    if text[start - 1] == "–":
        return start
    before = text[start - 2] if start - 2 >= floor else " "
    if before not in " \t([$=€£¥" and start - 1 != floor:
        return start
    previous = PREVIOUS_WORD.search(text, max(floor, start - 24), start - 1)
    if previous is not None and is_name_word(previous.group("word")):
        # ``Model -3`` is a name; ``Nikkei -0.8%`` is a signed figure, which the
        # reader decides once it knows the unit.
        reading.identifier_left = True
        reading.attributes["minus_after_name"] = True
        return start
    reading.negative = True
    return start - 1


def _code_for_spaced(symbol: str) -> str | None:
    """Return the code of a prefix written with unusual spacing (``U.S. $``)."""
    squashed = _SPACES.sub("", symbol)
    for candidate, code in CURRENCY_BY_SYMBOL.items():
        if candidate.replace(" ", "") == squashed:
            return code
    return None
