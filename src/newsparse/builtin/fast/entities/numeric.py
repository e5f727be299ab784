"""Dates, times, money, percentages, quantities and numbers, by one compiled expression.

The alternatives of :data:`NUMERIC` are tried in order at each position, so
the more specific kinds (``MONEY``, ``PERCENT``, ``DATE``) come before the
bare ``CARDINAL``.  :func:`numeric_spans` keeps the matches that begin and end
on token boundaries.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable, Iterator, Sequence
from itertools import compress

from newsparse.lexicon import alternation, default_lexicon

__all__ = ["MONTHS", "NUMERIC", "WEEKDAYS", "numeric_spans", "numeric_starts"]

_LEXICON = default_lexicon()


def _names_and_abbreviations(table: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the full names and the abbreviations (with their period) of a lexicon table."""
    rows = _LEXICON.table(table)
    names = tuple(row[0] for row in rows)
    short = tuple(f"{a.strip()}." for row in rows for a in row[-1].split(";") if a.strip())
    return names, short


_MONTH_NAMES, _MONTH_SHORT = _names_and_abbreviations("months")


def _number_words(*kinds: str) -> tuple[str, ...]:
    """Return the lexicon's number words of the given kinds."""
    return tuple(w for w, _, kind in _LEXICON.table("number_words") if kind in kinds)


#: Number words of the lexicon's ``number_words``, shared with the numeric-claims stage.
_CARDINALS = _number_words("cardinal")
_ORDINALS = _number_words("ordinal")
_SCALE_WORDS = _number_words("scale")
_LETTER_SCALES = _number_words("letter scale")
_WEEKDAY_NAMES, _WEEKDAY_SHORT = _names_and_abbreviations("weekdays")

#: Month names and their abbreviations, as written in news copy (lexicon ``months``).
MONTHS: frozenset[str] = frozenset(_MONTH_NAMES + _MONTH_SHORT)

#: Day names and their abbreviations (lexicon ``weekdays``).
WEEKDAYS: frozenset[str] = frozenset(_WEEKDAY_NAMES + _WEEKDAY_SHORT)

_MONTH = f"(?:{alternation(MONTHS, factored=True)})"
#: A month's abbreviation written without its period (``Feb 2``, as datelines have it):
#: a date only before a day.
_MONTH_UNDOTTED = f"(?:{alternation([a[:-1] for a in _MONTH_SHORT], factored=True)})"
#: A month that is also an ordinary word or name needs a day or a year.
_BARE_MONTH = f"(?:{alternation(set(_MONTH_NAMES) - {'May'}, factored=True)})"
_WEEKDAY = f"(?:{alternation(_WEEKDAY_NAMES, factored=True)})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_SCALE = (
    f"(?:(?i:{alternation(_SCALE_WORDS, factored=True)})"
    f"|{alternation(_LETTER_SCALES, factored=True)})"
)
_UNIT_WORD = f"(?i:{alternation((*_CARDINALS, 'hundred', 'a hundred', 'a dozen'), factored=True)})"
_COUNT_WORD = rf"(?:{_UNIT_WORD}(?:[- ]{_UNIT_WORD})*)"
_VAGUE_COUNT = r"(?i:several|a\ few|a\ couple\ of|many|some)"
_AMOUNT = rf"(?:{_NUMBER}|{_COUNT_WORD})(?:[ -]?{_SCALE}\b)?"
_CURRENCY_SIGN = r"(?:[A-Z]{1,3}\$|[$€£¥₹₽₩₺])"
_CURRENCY_CODE = r"(?:USD|EUR|GBP|CNY|RMB|JPY|CAD|AUD|CHF|INR|RUB|HKD|NZD|KRW|SGD|ZAR|BRL|MXN)"
_CURRENCY_WORD = (
    r"(?i:dollars?|euros?|pounds\ sterling|pounds|yuan|renminbi|rubles?|roubles?|yen|rupees?"
    r"|cents?|pence|francs?|won|pesos?|lira|reais|dirhams?|riyals?|shekels?|hryvnias?|rand)"
)
_TIME_WORD = r"(?i:days?|weeks?|months?|years?|decades?|centuries|century|weekends?|quarters?)"
_RELATIVE = r"(?i:last|next|this|past|coming|previous|following|same|that|recent)"
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
_UNIT = (
    r"(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|cm|mm|kg|kilograms?|grams?|tonnes?|tons?"
    r"|feet|foot|ft|inch(?:es)?|acres?|hectares?|square\ (?:kilomet(?:re|er)s|miles|met(?:re|er)s"
    r"|feet)|degrees(?:\ (?:Celsius|Fahrenheit))?|°[CF]?|lit(?:re|er)s?|gallons?|barrels?"
    r"|megawatts?|gigawatts?|MW|GW|kWh|mph|km/h|knots)"
)
_ORDINAL_WORD = f"(?i:{alternation(_ORDINALS, factored=True)})"

_DATE = rf"""
    (?:{_WEEKDAY},?\ )?(?:{_MONTH}\ {_DAY}(?:,?\ {_YEAR})?|{_DAY}\ {_MONTH}(?:,?\ {_YEAR})?
        |{_MONTH_UNDOTTED}\ {_DAY}(?:,?\ {_YEAR})?
        |{_MONTH},?\ {_YEAR}|{_BARE_MONTH}|(?<=\ )May(?=\ (?:\d|this|last|next)))
    |{_WEEKDAY}s?(?:\ (?:morning|afternoon|evening|night))?
    |(?i:early|mid|late)[- ](?:{_YEAR}s?|{_BARE_MONTH})
    |(?:(?i:the)\ )?(?:(?i:early|mid|late)[- ])?(?:1[5-9]|20)?\d0s
    |{_YEAR}(?:[-–/](?:{_YEAR}|\d\d))?
    |\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d\d)
    |(?:(?i:earlier|later)\ )?{_RELATIVE}\ (?:{_TIME_WORD}|{_SEASON}|{_WEEKDAY})
    |(?:{_NUMBER}|{_COUNT_WORD}|{_VAGUE_COUNT}|(?i:a|an))[- ]{_TIME_WORD}
        (?:[- ]old|\ ago|\ earlier|\ later)?
    |(?i:yesterday|today|tomorrow)
"""
_MONEY = rf"""
    (?:{_CURRENCY_SIGN}|{_CURRENCY_CODE}\ ?)\ ?{_AMOUNT}
    |{_AMOUNT}\ (?:(?:U\.S\.|US|Canadian|Australian|Hong\ Kong|Singapore|New\ Zealand)\ )?
        {_CURRENCY_WORD}
"""
_PERCENT = (
    rf"(?:{_NUMBER}|{_COUNT_WORD})(?:\ ?%|\ (?i:per\ ?cent(?:age\ points?)?|percentage\ points?))"
)
_TIME = r"""
    \d{1,2}(?::\d\d)?\ ?(?:a\.m\.|p\.m\.|am|pm|AM|PM)(?![\w])
    |\d{1,2}:\d\d(?![\d:])
    |(?i:this|last|yesterday|tomorrow)\ (?:morning|afternoon|evening|night)
    |(?i:tonight|overnight|midnight|noon)
"""
_QUANTITY = rf"{_AMOUNT}\ ?{_UNIT}(?![\w])"
_ORDINAL = rf"\d+(?:st|nd|rd|th)|{_ORDINAL_WORD}"
_CARDINAL = (
    rf"{_NUMBER}(?:\ {_SCALE}\b)?|{_COUNT_WORD}|(?i:hundreds|thousands|millions|billions|dozens)"
)

#: One expression for every numeric kind; the group name is the label.
NUMERIC: re.Pattern[str] = re.compile(
    rf"""(?<![\w$€£¥.,-])(?:
        (?P<MONEY>{_MONEY})
        |(?P<PERCENT>{_PERCENT})
        |(?P<DATE>{_DATE})
        |(?P<TIME>{_TIME})
        |(?P<QUANTITY>{_QUANTITY})
        |(?P<ORDINAL>{_ORDINAL})
        |(?P<CARDINAL>{_CARDINAL})
    )(?![\w$%])""",
    re.VERBOSE,
)


# fmt: off
#: Lower-case words at which a numeric expression may start.
_TRIGGER_WORDS: frozenset[str] = frozenset(
    [
        "hundred", "several", "a", "an", "many", "some", "hundreds", "thousands", "millions",
        "billions", "dozens", "last", "next", "this", "past", "coming", "previous", "following",
        "same",
        "that", "recent", "earlier", "later", "early", "mid", "late", "yesterday", "today",
        "tomorrow", "tonight", "overnight", "midnight", "noon",
        "usd", "eur", "gbp", "cny", "rmb", "jpy", "cad", "aud", "chf", "inr", "rub", "hkd", "nzd",
        "krw", "sgd", "zar", "brl", "mxn",
    ]
) | frozenset(
    word.lower()
    for word in (
        *_CARDINALS,
        *_ORDINALS,
        *_MONTH_NAMES,
        *_MONTH_SHORT,
        *(a[:-1] for a in _MONTH_SHORT),
        *_WEEKDAY_NAMES,
        *(f"{d}s" for d in _WEEKDAY_NAMES),
    )
)
# fmt: on
_CURRENCY_SIGNS = frozenset("$€£¥₹₽₩₺")


#: The trigger words as they may be written: lower case, capitalised, in capitals.
_TRIGGER_FORMS: frozenset[str] = frozenset(
    form for w in _TRIGGER_WORDS for form in (w, w.capitalize(), w.upper())
)
_START_CHARACTERS = frozenset("0123456789") | _CURRENCY_SIGNS
_ARTICLES = frozenset({"the", "The"})


def numeric_starts(words: Sequence[str], vocabulary: Iterable[str] | None = None) -> list[int]:
    """Return the indices of the tokens at which a numeric expression may start.

    A digit, a currency sign (``$``, ``US$``), a number, month, day or time
    word (``two-day`` included), or ``the`` before a number (``the 1990s``).

    :param words: each token's text.
    :param vocabulary: the distinct *words*, when the caller has them.
    """
    last = len(words) - 1
    # Decide once per distinct word; ``the`` depends on the next word.
    found = {
        w
        for w in (set(words) if vocabulary is None else vocabulary)
        if w[:1] in _START_CHARACTERS
        or w[-1:] in _CURRENCY_SIGNS
        or w in _TRIGGER_FORMS
        or ("-" in w and w.partition("-")[0] in _TRIGGER_FORMS)
    }
    articles = _ARTICLES - found
    wanted = found | articles
    indices = list(compress(range(len(words)), map(wanted.__contains__, words)))
    if not articles:
        return indices
    return [
        i for i in indices if words[i] not in articles or (i < last and words[i + 1][:1].isdigit())
    ]


def numeric_spans(
    text: str,
    starts: Sequence[int],
    token_ends: Container[int],
    candidates: Sequence[int],
    sentence: tuple[int, int],
    stop: int,
) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, label)`` of each numeric expression in one sentence.

    The expression is tried only at the candidate tokens of
    :func:`numeric_starts`, and a match must end on a token boundary.

    :param text: the document text.
    :param starts: start offset of each token.
    :param token_ends: the offsets where a token ends.
    :param candidates: sorted indices of the tokens where an expression may start.
    :param sentence: the ``(first, end)`` token range of the sentence.
    :param stop: the offset where the sentence's last token ends.
    """
    first, end = sentence
    covered = 0
    for k in range(bisect.bisect_left(candidates, first), len(candidates)):
        i = candidates[k]
        if i >= end:
            break
        if starts[i] < covered:
            continue
        match = NUMERIC.match(text, starts[i], stop)
        if match is not None and match.end() in token_ends and match.lastgroup is not None:
            covered = match.end()
            yield match.start(), covered, match.lastgroup
