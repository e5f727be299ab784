"""Compiled regular expressions: candidate numbers and what may stand around them.

:data:`TOKEN_RE` splits a sentence into words and digit runs, and
:data:`TRIGGERS` says which readers to try at each word that may start a
figure.  Every other expression is applied at a known position
(``pattern.match(text, pos)``) or to a short window left of a candidate, so
reading one candidate costs a few anchored matches.  All of them are built
from :mod:`newsparse.builtin.numbers.lexicon` and
:mod:`newsparse.builtin.numbers.measures` when this module is imported; the
alternations of every unit and currency name are compiled in parts, for the
characters met, on first use (:class:`~newsparse.lexicon.dispatch.DispatchedPattern`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from types import MappingProxyType

from newsparse.builtin.numbers.gates import LeftCue
from newsparse.builtin.numbers.lexicon import (
    APPROXIMATORS,
    AS_MANY_ADVERBS,
    CHANGE_NOUNS,
    CHANGE_WORDS,
    FRACTION_WORDS,
    LOWER_BOUNDS,
    MONTHS,
    MULTIPLE_ADVERBS,
    MULTIPLE_PREDETERMINERS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SCALES,
    SUPERLATIVES,
    TRANSITIVE_CHANGE_WORDS,
    UPPER_BOUNDS,
    VAGUE_QUANTIFIERS,
    WEEKDAYS,
)
from newsparse.builtin.numbers.measures import CURRENCIES, MINOR_CURRENCIES, UNITS, UnitDef
from newsparse.builtin.numbers.reference import reference_currencies, reference_units
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import DispatchedPattern, LazyPattern, Slot

__all__ = [
    "AGE_RE",
    "APPROX_LEFT",
    "APPROX_LEFT_RE",
    "BOUND_LEFT",
    "BOUND_LEFT_RE",
    "CANDIDATE_RE",
    "CHANGE_LEFT",
    "CHANGE_LEFT_RE",
    "CHANGE_RIGHT_RE",
    "CLOCK_RE",
    "CURRENCY_BY_NAME",
    "CURRENCY_BY_SYMBOL",
    "CURRENCY_PREFIX_RE",
    "CURRENCY_SUFFIX_RE",
    "DAY_MONTH_RE",
    "DENOMINATOR_NAMES",
    "DENOMINATOR_RE",
    "FOLD_RE",
    "LEFT_WINDOW",
    "MINOR_RE",
    "MONTH_CUE_LEFT_RE",
    "MONTH_LEFT_RE",
    "NUMBER_RE",
    "ORDINAL_RE",
    "RANGE_LINK_RE",
    "RECORD_LEFT",
    "RECORD_LEFT_RE",
    "RELATIVE_DATE_RE",
    "SCALE_RE",
    "SUPERLATIVE_RE",
    "TOKEN_RE",
    "TRIGGERS",
    "UNIT_BY_SURFACE",
    "UNIT_BY_SYMBOL",
    "WORD_RE",
    "YEAR_RIGHT_RE",
    "ascii_lower",
    "match_unit",
    "unit_re",
]

#: How many characters before a figure the words that qualify it (an age's
#: opener, the noun of ``a day or two``, a range's cue, a rank's or a date's
#: cue) may start.
LEFT_WINDOW = 24


def _alternation(surfaces: Iterable[str]) -> str:
    """Return a regex alternation of *surfaces*, escaped, factored into a prefix tree.

    The tree tries a longer surface before a shorter one it extends, so it
    matches what the flat alternation, longest first, would: the surfaces
    that match at one offset extend one another.  Surfaces matched in any
    case are written in lower case, so that two of them never differ only
    in case.  The tree is much faster to try than hundreds of alternatives.
    """
    return alternation(surfaces, space=r"\s+", factored=True)


# -- candidate numbers ------------------------------------------------------------------

_NUMBER_WORD_ALT = _alternation(
    [*NUMBER_WORDS, "hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"]
    + [w for w in FRACTION_WORDS if w not in ("fourth", "fourths")]
)
_VAGUE_ALT = _alternation(VAGUE_QUANTIFIERS)

#: A number at a candidate position.  Groups: ``digits`` (with ``num``/``den`` of a slash
#: fraction, ``whole`` of a mixed number, ``exp`` of a power of ten),
#: ``vulgar`` (``½``), ``vague`` (``tens of millions``, ``several thousand``),
#: ``words`` (``twenty-one``).
NUMBER_RE = re.compile(
    r"(?<![0-9.,])(?:"
    r"(?:(?P<whole>[0-9]+)\s+)?(?P<num>[0-9]+)\s*[/⁄]\s*(?P<den>[0-9]+)(?![0-9/])"
    r"|(?P<digits>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]+)"
    r"(?:\.[0-9]+)?(?![0-9])|\.[0-9]+)"
    r"(?:\s*[×x]\s*10\s*(?P<exp>(?:\^|\*\*)\s*[−-]?[0-9]{1,3}|[−-][0-9]{1,3}))?"
    r"(?P<vulgar_tail>[½⅓⅔¼¾⅛⅜⅝⅞])?"
    r")"
    r"|(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
    r"|(?i:(?<![A-Za-z-])(?P<vague>"
    r"(?:(?:several|a\s+few|a\s+couple\s+of|many)\s+(?:hundred|thousand|million|billion|dozen)"
    r"(?![A-Za-z]))"
    r"|(?:(?:" + _VAGUE_ALT + r")(?:\s+of\s+(?:thousands|millions|billions))?(?![A-Za-z]))))"
    r"|(?i:(?<![A-Za-z])(?P<words>(?:" + _NUMBER_WORD_ALT + r")"
    r"(?:(?:-and-(?:a-)?|\s*-\s*|\s+(?:and\s+(?:a\s+)?)?|\s+a\s+)(?:" + _NUMBER_WORD_ALT + r"))*)"
    r"(?![A-Za-z]))"
)

#: A scale word right after a number (``240-billion``, ``1.5 bn``, ``£2.5m``).
#: Group ``word`` for spelled scales, ``letter`` for single letters written
#: without a space.
SCALE_RE = re.compile(
    r"(?:\s*-\s*|\s+|)(?P<word>(?i:" + _alternation(SCALES) + r"))(?![A-Za-z0-9])"
    r"|(?P<letter>MM|[kKmMbBT])(?![A-Za-z0-9])"
)

# -- currencies -------------------------------------------------------------------------

#: Symbols the hand-written table gives (news idioms such as ``C$``, ``Rs``).
CURRENCY_CODES_WRITTEN = frozenset(s for c in CURRENCIES for s in c.symbols)

_symbol_map: dict[str, str] = {}
_name_map: dict[str, str] = {}
_ALL_CURRENCIES = CURRENCIES + reference_currencies()
for _currency in _ALL_CURRENCIES:
    for _symbol in _currency.symbols:
        _symbol_map.setdefault(_symbol, _currency.code)
    for _name in _currency.names:
        _name_map.setdefault(_name, _currency.code)

#: Currency code of each symbol or prefix (case-sensitive).
CURRENCY_BY_SYMBOL: MappingProxyType[str, str] = MappingProxyType(_symbol_map)
#: Currency code of each lower-case name.
CURRENCY_BY_NAME: MappingProxyType[str, str] = MappingProxyType(_name_map)

#: Symbols that must touch the number (``PS2.7m`` is a transliterated ``£2.7m``,
#: ``R12,500`` is rand), and the reference data's letter symbols of one or two
#: letters that are no ISO code (``Ft``, ``Le``).
_GENERATED_ATTACHED = frozenset(
    s
    for s in _symbol_map
    if s.isascii() and s.isalpha() and len(s) <= 2 and s not in CURRENCY_CODES_WRITTEN
)
_ATTACHED_ONLY = frozenset({"PS", "Y=", "RM", "TL", "DM", "Rp", "R"}) | _GENERATED_ATTACHED

_SPACED_SYMBOLS = [s for s in _symbol_map if s not in _ATTACHED_ONLY]

#: A currency sign or prefix ending right before a number (search a short left window).
CURRENCY_PREFIX_RE = re.compile(
    r"(?<![A-Za-z])(?P<mega>M(?=USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY))?"
    r"(?:(?P<spaced>" + _alternation(_SPACED_SYMBOLS) + r")\s?"
    r"|(?<![0-9A-Za-z-])(?P<attached>" + _alternation(_ATTACHED_ONLY) + r"))\Z"
)

_SUFFIX_SYMBOLS = [
    s
    for s in _symbol_map
    if (not s[0].isascii() or not s[0].isalpha() or s.isupper() or not s.isascii())
    and s not in ("Y=", "PS", "RM")
    and s not in _GENERATED_ATTACHED
    and s != "R"
]

#: A currency sign, code or name right after a number (and its scale).
#: Its alternations are compiled in parts, by the character the symbol or name starts with.
CURRENCY_SUFFIX_RE = DispatchedPattern(
    r"\s*(?:M(?=USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY))?",
    [
        r"(?P<gap>\s*)(?:(?P<mega>M)(?=USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY))?(?:(?P<symbol>",
        Slot(tuple(_SUFFIX_SYMBOLS)),
        r")(?![0-9])|(?P<name>(?i:",
        Slot(tuple(_name_map), ignore_case=True),
        r")))(?![A-Za-z])",
    ],
)

#: The letters of a dollar's country of two or more capitals, from the currency symbols
#: that write them before ``$`` (``US``, ``HK``, ``NZ``): ``42 HK cents``.
_DOLLAR_COUNTRIES = sorted(
    {
        symbol[:-1]
        for symbol in _symbol_map
        if symbol.endswith("$")
        and len(symbol) > 2
        and symbol[:-1].isalpha()
        and symbol[:-1].isupper()
    }
)
#: The country words of the dollars of the reference data's currency names, capitalised
#: as written before ``cents`` (``singapore dollar``: ``2.91 Singapore cents``).
_DOLLAR_COUNTRY_NAMES = sorted(
    {
        " ".join(word.capitalize() for word in name[: -len(" dollar")].split())
        for name in _name_map
        if name.endswith(" dollar")
        and all(word.isalpha() and len(word) > 2 for word in name[: -len(" dollar")].split())
    },
    key=len,
    reverse=True,
)
#: Minor currency units after a number (``19 cents``, ``118.5p``, ``18 sen``, ``42 HK
#: cents``, ``2.91 Singapore cents``).
MINOR_RE = re.compile(
    r"(?P<gap>[ \t]*-?[ \t]*)(?:U\.S\.[ \t]+|(?:"
    + "|".join([*_DOLLAR_COUNTRIES, *(re.escape(name) for name in _DOLLAR_COUNTRY_NAMES)])
    + r")[ \t]+(?=(?i:cents?)(?![A-Za-z])))?(?P<minor>(?i:"
    + _alternation(m for m in MINOR_CURRENCIES if m != "p")
    + r")"
    r"|p(?!\.?[mM]\b))(?![A-Za-z0-9])"
)

# -- units ------------------------------------------------------------------------------

_unit_words: dict[str, UnitDef] = {}
_unit_symbols: dict[str, UnitDef] = {}
for _unit in UNITS:
    for _word in _unit.words:
        _unit_words.setdefault(_word.lower(), _unit)
    for _symbol in _unit.symbols:
        _unit_symbols.setdefault(_symbol, _unit)
# Reference units fill in what the hand-written idioms leave: a surface the idioms
# give stays theirs (``pc`` is per cent, not pint's parsec; words match in any case).
_hand_words = set(_unit_words)
_hand_symbols = set(_unit_symbols)
for _unit in reference_units():
    for _word in _unit.words:
        if _word.lower() not in _hand_words:
            _unit_words.setdefault(_word.lower(), _unit)
    for _symbol in _unit.symbols:
        if _symbol not in _hand_symbols and _symbol.lower() not in _hand_words:
            _unit_symbols.setdefault(_symbol, _unit)

#: Unit of each surface: lower-case words and case-sensitive symbols.
UNIT_BY_SURFACE: MappingProxyType[str, UnitDef] = MappingProxyType({**_unit_words, **_unit_symbols})
#: Unit of each case-sensitive symbol.
UNIT_BY_SYMBOL: MappingProxyType[str, UnitDef] = MappingProxyType(_unit_symbols)


def _mixed_alternation(words: Iterable[str], symbols: Iterable[str]) -> str:
    """Alternation of case-insensitive *words* and case-sensitive *symbols*, longest first."""
    items = [(s, True) for s in set(symbols)] + [(w, False) for w in set(words)]
    items.sort(key=lambda item: (-len(item[0]), not item[1], item[0]))
    parts = []
    for surface, is_symbol in items:
        escaped = re.escape(surface).replace(r"\ ", r"\s+")
        parts.append(escaped if is_symbol else f"(?i:{escaped})")
    return "|".join(parts)


@functools.cache
def unit_re() -> re.Pattern[str]:
    """Return the expression :func:`match_unit` matches as: a unit right after a number.

    Groups ``gap`` (what separates them) and ``surface`` (a case-sensitive
    symbol or a case-insensitive word).  One flat alternation of every
    surface, compiled on the first call: slow to compile and to try, it
    states what :func:`match_unit` finds.
    """
    return re.compile(
        r"(?P<gap>[ \t]*-[ \t]*|[ \t]*)"
        r"(?P<surface>" + _mixed_alternation(_unit_words, _unit_symbols) + r")"
        r"(?![A-Za-z0-9])"
    )


_UNIT_GAP = r"(?P<gap>[ \t]*-[ \t]*|[ \t]*)"
_UNIT_SYMBOL_RE = DispatchedPattern(
    _UNIT_GAP,
    [_UNIT_GAP + r"(?P<surface>", Slot(tuple(_unit_symbols)), r")(?![A-Za-z0-9])"],
)
_UNIT_WORD_RE = DispatchedPattern(
    _UNIT_GAP,
    [
        _UNIT_GAP + r"(?P<surface>(?i:",
        Slot(tuple(_unit_words), ignore_case=True),
        r"))(?![A-Za-z0-9])",
    ],
)


def match_unit(text: str, pos: int, endpos: int | None = None) -> re.Match[str] | None:
    """Match :func:`unit_re` at *pos*, quickly: the same span and groups.

    No surface starts with a space, a tab or a hyphen, so the gap decides
    where the surface starts; the surfaces that match there extend one
    another, and :func:`unit_re` takes the longest, a symbol before a word
    of its length.  This tries the symbols and the words in two prefix
    trees and takes the longer match.
    """
    end = len(text) if endpos is None else endpos
    symbol = _UNIT_SYMBOL_RE.match(text, pos, end)
    word = _UNIT_WORD_RE.match(text, pos, end)
    if symbol is None:
        return word
    if word is None or symbol.end() >= word.end():
        return symbol
    return word


_DENOMINATOR_NOUNS = {
    "share": "share",
    "shares": "share",
    "head": "head",
    "person": "person",
    "capita": "capita",
    "annum": "year",
    "unit": "unit",
    "ticket": "ticket",
    "household": "household",
    "passenger": "passenger",
    "game": "game",
    "match": "match",
    "dozen": "dozen",
    "pound": "pound-mass",
    "kilo": "kilogram",
    "tonne": "metric ton",
    "ton": "ton",
    "liter": "litre",
    "litre": "litre",
    "gallon": "gallon",
    "barrel": "barrel",
    "ounce": "ounce",
    "gram": "gram",
    "kilogram": "kilogram",
    "square foot": "square foot",
    "square feet": "square foot",
    "sq ft": "square foot",
    "square metre": "square metre",
    "square meter": "square metre",
    "sq m": "square metre",
    "sqm": "square metre",
    "acre": "acre",
    "hectare": "hectare",
    "mile": "mile",
    "kilometre": "kilometre",
    "kilometer": "kilometre",
    "km": "kilometre",
    "kwh": "kilowatt hour",
    "mwh": "megawatt hour",
    "mmbtu": "mega british thermal unit",
    "millisecond": "millisecond",
    "ms": "millisecond",
    "second": "second",
    "sec": "second",
    "minute": "minute",
    "min": "minute",
    "hr": "hour",
    "hour": "hour",
    "day": "day",
    "night": "night",
    "week": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "century": "century",
    "season": "season",
}

#: Normalised name of each denominator of a compound unit (``per share``, ``a year``).
DENOMINATOR_NAMES: MappingProxyType[str, str] = MappingProxyType(_DENOMINATOR_NOUNS)

#: Denominators that are spans of time: ``a year earlier`` and ``a week from now`` are time
#: phrases, not rates, but ``from`` and anything but a point in time (``now``, ``then``,
#: ``the date``) leave the rate (``£2.40 an hour from April``, ``200 students a year from
#: low-income families``); ``85 cents a share from 80 cents`` is a rate, and so is
#: ``£13.15 an hour after 11 days of strikes``: ``after`` and a number that is no year.
_TIME_DENOMINATORS = [
    surface
    for surface, name in _DENOMINATOR_NOUNS.items()
    if name in ("quarter", "season")
    or (name in UNIT_BY_SURFACE and UNIT_BY_SURFACE[name].kind == "duration")
]

#: ``per barrel``, ``a year``, ``/day``, ``-a-share`` after a unit or currency.
DENOMINATOR_RE = re.compile(
    r"(?i:[ \t]*(?:-[ \t]*)?(?:(?:per|an?|each|every)(?![A-Za-z])|/)[ \t]*(?:-[ \t]*)?"
    r"(?P<den>(?:"
    + _alternation(_TIME_DENOMINATORS)
    + r")(?![A-Za-z0-9])(?![ \t]+(?i:earlier|ago|later|before"
    r"|after(?![ \t]+[0-9]{1,3}(?:[,.][0-9]+)?(?![0-9,.]*[0-9]))"
    r"|from[ \t]+(?:now|today|tonight|tomorrow|then|when"
    r"|(?:the|that)[ \t]+(?:date|day|time|moment|point|start|end|beginning)))(?![A-Za-z]))|"
    + _alternation(s for s in _DENOMINATOR_NOUNS if s not in _TIME_DENOMINATORS)
    + r"))(?![A-Za-z0-9])"
)

#: ``-year-old``, ``month-old``, ``years old`` after a number, and the nouns of people
#: of that age (``two-year-olds``).
AGE_RE = re.compile(
    r"(?i:[ \t]*-?[ \t]*(?P<unit>year|yr|month|week|day)s?[ \t]*-?[ \t]*olds?)(?![A-Za-z])"
)

#: A word after a number, for counted nouns.  Group ``word``.
WORD_RE = LazyPattern(r"(?:[ \t]+|-)(?P<word>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")

#: What links the two ends of a range.
RANGE_LINK_RE = re.compile(r"[ \t]*(?P<link>[-–—]|(?i:to|and|or|through|thru)(?![A-Za-z]))[ \t]*-?")

# -- cues left and right of a figure -------------------------------------------------------

#: An approximation cue ending right before a figure.
APPROX_LEFT_RE = re.compile(
    r"(?i:(?<![A-Za-z])(?P<cue>"
    + _alternation(a for a in APPROXIMATORS if a != "or so")
    + r"))[ \t]*(?:a[ \t]+|an[ \t]+)?\Z"
)

_BOUNDS = {**LOWER_BOUNDS, **UPPER_BOUNDS}

#: A bound cue ending right before a figure (``more than``, ``up to``).
BOUND_LEFT_RE = re.compile(
    r"(?i:(?<![A-Za-z])(?P<cue>" + _alternation(_BOUNDS) + r"))[ \t-]*"
    r"(?:(?i:about|around|roughly|nearly|almost|some|an?)[ \t]+)?\Z"
)

#: A change verb or adverb before a figure, with ``by`` and cues in between.
CHANGE_LEFT_RE = re.compile(
    r"(?i:(?<![A-Za-z])(?:(?P<cue>" + _alternation(CHANGE_WORDS) + r")"
    r"(?:[ \t]+(?:by|another|a further|an additional|an?))?(?:[ \t]+an?(?=[ \t]))?"
    r"|(?P<by_cue>" + _alternation(TRANSITIVE_CHANGE_WORDS) + r")(?:[ \t]+[a-z]+)?[ \t]+by)"
    r"(?:[ \t]+(?:"
    + _alternation([*APPROXIMATORS, *_BOUNDS, "just", "only", "almost"])
    + r"))?)[ \t]*\Z"
)

#: A change noun or comparative after a figure (``a 5% rise``, ``34.4% higher``).
CHANGE_RIGHT_RE = re.compile(
    r"(?i:(?:[ \t]+[a-z]+(?=[ \t]))?[ \t]*(?P<cue>" + _alternation(CHANGE_NOUNS) + r"))"
    r"(?![A-Za-z])"
)

#: ``record`` before a figure (``a record US$240-billion``, ``record wealth of``).
RECORD_LEFT_RE = re.compile(
    r"(?i:(?<![A-Za-z])(?P<cue>record(?:[ \t-](?:high|low|breaking))?|all-time[ \t]+high)"
    r"(?:[ \t]+[a-z]+[ \t]+of)?)[ \t]*\Z"
)

#: :data:`APPROX_LEFT_RE`, :data:`BOUND_LEFT_RE`, :data:`CHANGE_LEFT_RE` and
#: :data:`RECORD_LEFT_RE` with a quick test of the window's last word first.
APPROX_LEFT = LeftCue(APPROX_LEFT_RE, [*APPROXIMATORS, "a", "an"])
BOUND_LEFT = LeftCue(
    BOUND_LEFT_RE,
    [*_BOUNDS, "about", "around", "roughly", "nearly", "almost", "some", "a", "an"],
    trailing=" \t-",
)
CHANGE_LEFT = LeftCue(
    CHANGE_LEFT_RE,
    [
        *CHANGE_WORDS,
        *("by", "another", "a further", "an additional", "a", "an"),
        *APPROXIMATORS,
        *_BOUNDS,
        *("just", "only", "almost"),
    ],
)
RECORD_LEFT = LeftCue(RECORD_LEFT_RE, ["record", "high", "low", "breaking", "of"])

# -- dates ------------------------------------------------------------------------------------

_MONTH_ALT = _alternation(MONTHS)
_WEEKDAY_ALT = _alternation(WEEKDAYS)

#: A month name ending right before a number (``May 16``, ``February, 2022``).
MONTH_LEFT_RE = re.compile(
    r"(?<![A-Za-z])(?P<month>(?i:" + _MONTH_ALT + r"))\.?,?(?:[ \t]+of)?[ \t]*\Z"
)

#: A month name right after a day number (``16 May``, ``1 may``, ``5th of May``).
DAY_MONTH_RE = re.compile(
    r"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<month>(?i:" + _MONTH_ALT + r"))\b\.?"
)

#: A year right after a date (``, 2016`` in ``July 4, 2016``).
YEAR_RIGHT_RE = LazyPattern(r",?[ \t]+(?P<year>1[0-9]{3}|20[0-9]{2})(?![0-9])")

#: Clock times after a number (``:27 PM``, ``.45pm``, ``am``).
CLOCK_RE = re.compile(
    r"(?P<minutes>[:.][0-5][0-9](?::[0-5][0-9])?)?[ \t]*"
    r"(?P<meridiem>(?i:[ap]\.m\.|[ap]m)(?![A-Za-z]))?"
    r"(?:[ \t]+(?P<zone>[ECMP][SD]T|GMT|UTC|BST|CET|ET|PT)(?![A-Za-z]))?"
)

#: Named and relative dates (``last year``, ``Thursday``, ``the first quarter``).
RELATIVE_DATE_RE = re.compile(
    r"(?i:(?<![A-Za-z])(?:"
    r"(?:last|this|next|previous|past|coming|following|same)[ \t]+"
    r"(?:year|month|week|weekend|quarter|decade|century|season|spring|summer|autumn|fall"
    r"|winter|night|morning|afternoon|evening|" + _WEEKDAY_ALT + r")"
    r"|(?:a|one)[ \t]+(?:year|month|week|decade)[ \t]+(?:ago|earlier|later)"
    r"|yesterday|today|tomorrow|tonight"
    r"|(?:first|second|third|fourth|1st|2nd|3rd|4th)[ \t-]+(?:quarter|half)"
    r"|(?:[0-9]{1,2}(?:st|nd|rd|th)|twentieth|twenty-first|nineteenth)[ \t-]+century"
    r")(?![A-Za-z]))"
    r"|(?<![A-Za-z])(?:" + "|".join(w.capitalize() for w in sorted(WEEKDAYS)) + r")(?![A-Za-z])"
    r"|(?<![A-Za-z])Q[1-4](?![A-Za-z0-9])"
)

#: A cue before a month name that makes the month a date (``in December``).
MONTH_CUE_LEFT_RE = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:in|since|by|until|from|during|early|late|mid|last|next|this|of"
    r"|through|before|after))[ \t-]+\Z"
)

#: Tokens the reader looks at: words, digit runs, vulgar fractions, ``.5``.
TOKEN_RE = LazyPattern(r"[A-Za-z]+|[0-9]+|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\.(?=[0-9])")


_MULTIPLE_ADVERBS = tuple(MULTIPLE_ADVERBS)
_AS_MANY_ADVERBS = tuple(AS_MANY_ADVERBS)


def _triggers() -> dict[str, str]:
    """Map each word that may start a figure to the readers to try, in order.

    ``D`` relative date, ``M`` month name, ``S`` superlative rank, ``N``
    number, ``O`` ordinal, ``A`` the article of ``a few hundred``.
    """
    table: dict[str, str] = {}

    def add(words: Iterable[str], code: str) -> None:
        for word in words:
            table[word] = table.get(word, "") + code

    relative = "last this next previous past coming following same yesterday today tomorrow"
    add((*relative.split(), "tonight", "q", "twentieth", "nineteenth", "twenty"), "D")
    add(WEEKDAYS, "D")
    add(("first", "second", "third", "fourth", "one"), "D")
    add(MONTHS, "M")
    add((*SUPERLATIVES, "most"), "S")
    add(ORDINAL_WORDS, "S")
    add(NUMBER_WORDS, "N")
    add(("hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"), "N")
    add((w for w in FRACTION_WORDS if w not in ("fourth", "fourths")), "N")
    add((*VAGUE_QUANTIFIERS, "several", "many"), "N")
    add(ORDINAL_WORDS, "O")
    table["a"] = "A"
    for word in NUMBER_WORDS:
        add((f"{word}fold",), "F")
    add(("hundredfold", "thousandfold", *_AS_MANY_ADVERBS, *MULTIPLE_PREDETERMINERS), "F")
    return {word: "".join(dict.fromkeys(codes)) for word, codes in table.items()}


#: A multiple written as one word: ``fourfold``, ``tenfold``; or ``twice``, ``thrice``
#: before the determiner of what it multiplies (``twice the number``, ``twice its
#: size``) or, with ``half`` too, before ``as many`` or ``as much`` (``twice as many as
#: expected``, ``half as many as in 2019``), not as a
#: count of times (``scored twice``, ``twice a week``, ``scored twice as United won``).
FOLD_RE = LazyPattern(
    r"(?i:(?P<number>" + _alternation([*NUMBER_WORDS, "hundred", "thousand"]) + r")fold"
    r"|(?:(?P<adverb>"
    + _alternation(_AS_MANY_ADVERBS)
    + r")(?=[ \t]+as[ \t]+(?:many|much)(?![A-Za-z]))|(?:(?P<adverb_the>"
    + _alternation(_MULTIPLE_ADVERBS)
    + r")|(?P<predeterminer>"
    + _alternation(MULTIPLE_PREDETERMINERS)
    + r"))(?=[ \t]+(?:the|that|its|their"
    r"|his|her|our|this|those|these|what)(?![A-Za-z]))))(?![A-Za-z])"
)

#: Readers to try at each word (lower case); digits try ``DSON``.
TRIGGERS: MappingProxyType[str, str] = MappingProxyType(_triggers())

_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_TRIGGER_ALT = alternation((w for w in TRIGGERS if w != "a"), factored=True)

#: The next :data:`TOKEN_RE` token at a position that may start a figure, matched in
#: the text as :func:`ascii_lower` writes it.  What comes before it is skipped in one
#: match: the words that are no key of :data:`TRIGGERS`, the signs and spaces, and an
#: ``a`` that no ``few`` or ``couple of`` follows.  Group 1 is the token.  A match
#: that finds no token returns ``None``, having read to the end once.
_SKIPPED_SIGNS = r"[^a-z0-9." + _VULGAR + r"]*+"
CANDIDATE_RE = re.compile(
    r"(?>" + _SKIPPED_SIGNS + r"(?:(?:\.(?![0-9])"
    r"|(?!(?:"
    + _TRIGGER_ALT
    + r"|a(?= few | couple of ))(?![a-z]))[a-z]+)"
    + _SKIPPED_SIGNS
    + r")*+)"
    r"([0-9]+|[" + _VULGAR + r"]|\.|(?:" + _TRIGGER_ALT + r"|a)(?![a-z]))"
)

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """Return *text* lower-cased for :data:`CANDIDATE_RE`, with the same offsets.

    At each offset the result has an ASCII letter where *text* has one, in
    lower case, and the same digit, full stop or vulgar fraction where *text*
    has one; other characters may be lower-cased too.  :meth:`str.lower` keeps
    that promise whenever it keeps the length and the text has no Kelvin sign
    (the one character it lowers to an ASCII letter), and is much faster than
    a translation table, which serves the rest.
    """
    lowered = text.lower()
    if len(lowered) == len(text) and "\u212a" not in text:
        return lowered
    return text.translate(_ASCII_LOWER)


# -- ordinals and ranks --------------------------------------------------------------------

_ORDINAL_ALT = _alternation(ORDINAL_WORDS)

#: Ordinal numbers (``first``, ``96th``).
ORDINAL_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?P<ordinal>(?i:" + _ORDINAL_ALT + r")|[0-9]{1,4}(?:st|nd|rd|th))"
    r"(?![A-Za-z0-9])"
)

#: Superlatives stating a rank, with an optional ordinal (``third-largest``, ``largest``).
SUPERLATIVE_RE = LazyPattern(
    r"(?i:(?<![A-Za-z0-9])(?:(?P<ordinal>" + _ORDINAL_ALT + r"|[0-9]{1,3}(?:st|nd|rd|th))"
    r"[ \t-]+)?(?P<superlative>" + _alternation(SUPERLATIVES) + r"|most[ \t]+[a-z]{4,})"
    r")(?![A-Za-z])"
)
