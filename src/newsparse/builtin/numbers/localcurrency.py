"""Currencies shared by several countries, and letters local papers write for a currency.

``pesos``, ``dinars``, ``shillings`` and ``crowns`` are each the currency of
several countries, so the stage has no default code for them.  A country's
adjective earlier in the sentence (``the Mexican bank earned 14.6 billion
pesos``) names the one meant when the reference data's currency names hold
the adjective and the noun together (``mexican peso``, ISO 4217 and CLDR).

Local papers write some currencies with letters glued before the amount
(``N312 billion``, ``Sh4,200``: the lexicon's ``letter_currencies``);
:func:`letter_currency` reads them.
"""

from __future__ import annotations

from functools import cache

from newsparse.builtin.numbers.lexicon import LETTER_CURRENCIES, PRICE_VERBS
from newsparse.builtin.numbers.scanner import CURRENCY_BY_NAME, SCALE_RE
from newsparse.lexicon import alternation, default_lexicon
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["currency_named_before", "letter_currency", "shared_currency_nouns"]

#: A capitalised word, or two (``South Korean``, ``New Zealand``).
_CAPITALISED = LazyPattern(r"(?<![A-Za-z])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?")


@cache
def shared_currency_nouns() -> frozenset[str]:
    """Return the last words of currency names that are no currency by themselves.

    ``peso`` (of ``mexican peso``, ``chilean peso``...), ``dinar``, ``shilling``;
    not ``dollar`` or ``rupee``, which have a default code.
    """
    heads = {name.rsplit(" ", 1)[-1] for name in CURRENCY_BY_NAME if " " in name}
    return frozenset(head for head in heads if head not in CURRENCY_BY_NAME)


def currency_named_before(text: str, noun: str, floor: int, pos: int) -> str | None:
    """Return the code of currency *noun* as named by the last country adjective before *pos*.

    :param noun: the singular, lower-case noun counted by the figure (``peso``); the
        reference data may name the currency in the plural (``danish crowns``).
    :param floor: start of the sentence.
    :return: the ISO 4217 code, or ``None`` when *noun* is not a shared currency
        noun or no adjective before it names one.
    """
    shared = shared_currency_nouns()
    forms = [form for form in (noun, noun + "s") if form in shared]
    if not forms:
        return None
    found = None
    for match in _CAPITALISED.finditer(text, floor, pos):
        words = match.group().split()
        for start in range(len(words)):
            adjective = " ".join(words[start:]).lower()
            code = next((c for f in forms if (c := CURRENCY_BY_NAME.get(f"{adjective} {f}"))), None)
            if code is not None:
                found = code
                break
    return found


#: The letters of the lexicon's ``letter_currencies`` ending right before a number.
_LETTERS_BEFORE = LazyPattern(r"(?<![A-Za-z0-9.&'’-])(?:" + alternation(LETTER_CURRENCIES) + r")\Z")
#: The end of a sentence: a full stop, question or exclamation mark before a space.
_SENTENCE_END = LazyPattern(r"[.!?](?=\s|\Z)")
#: A verb whose object is a price, and maybe ``at`` or a cue, right before the letters.
_PRICE_VERB_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:" + alternation(PRICE_VERBS) + r")[ \t]+"
    r"(?:(?:at|about|around|only|just|nearly|almost|roughly|some)[ \t]+)?)\Z"
)
#: Digits grouped in thousands: a figure, never the number of a name.
_GROUPED = LazyPattern(r"[0-9]{1,3}(?:,[0-9]{2})*,[0-9]{3}(?![0-9])")


@cache
def _places_of_letter_currencies() -> tuple[LazyPattern, dict[str, str]]:
    """Return a pattern of the places whose currency letters may name, and their codes.

    Countries with their aliases, demonyms and capitals (the lexicon's
    ``countries``) and cities (``cities``), by the currency of each country
    (``demonyms``: the demonym of the country's own currency name).
    """
    lexicon = default_lexicon()
    wanted = {code for codes, _ in LETTER_CURRENCIES.values() for code in codes}
    by_demonym = {row[0]: row[2] for row in lexicon.table("demonyms") if row[2] in wanted}
    by_country: dict[str, str] = {}
    codes: dict[str, str] = {}
    for name, aliases, demonyms, capitals in lexicon.table("countries"):
        code = next((by_demonym[d] for d in demonyms.split(";") if d in by_demonym), None)
        if code is None:
            continue
        by_country[name] = code
        for place in (name, *aliases.split(";"), *demonyms.split(";"), *capitals.split(";")):
            if place:
                codes[place] = code
    for city, country, aliases in lexicon.table("cities"):
        code = by_country.get(country)
        if code is not None:
            for place in (city, *aliases.split(";")):
                if place:
                    codes[place] = code
    pattern = LazyPattern(r"(?<![A-Za-z])(?:" + alternation(codes) + r")(?![A-Za-z])")
    return pattern, codes


def letter_currency(text: str, start: int, end: int, floor: int) -> tuple[int, str] | None:
    """Return the start and code of currency letters glued before the number ``text[start:end]``.

    ``N312 billion`` is naira, ``Sh4,200`` a shilling (the lexicon's
    ``letter_currencies``).  Letters that are also a name's (``N95 masks``,
    ``the N4``) count only before a scale word or digits grouped in
    thousands, or right after a verb whose object is a price (``cost
    N600``: the lexicon's ``price_verbs``).  Letters of several currencies take the one of the last
    country or place of them the text names before the number (``Kampala``,
    ``Tanzanian``), or else the first in the rest of the sentence, and
    their default otherwise.

    :param floor: start of the sentence.
    """
    found = _LETTERS_BEFORE.search(text, max(floor, start - 4), start)
    if found is None:
        return None
    codes, scaled_only = LETTER_CURRENCIES[found.group()]
    if scaled_only:
        scale = SCALE_RE.match(text, end)
        if (
            scale is None
            and _GROUPED.match(text, start, end) is None
            and _PRICE_VERB_LEFT.search(text, max(floor, found.start() - 24), found.start()) is None
        ):
            return None
    code = codes[0]
    if len(codes) > 1:
        code = _place_currency(text, found.start(), end, codes) or code
    return found.start(), code


def _place_currency(text: str, start: int, end: int, codes: tuple[str, ...]) -> str | None:
    """Return the currency of *codes* of the last place named before *start*.

    Failing one, the first named after *end* in the rest of its sentence
    (``collected Sh2.1 trillion in Tanzania``).
    """
    pattern, places = _places_of_letter_currencies()
    found = None
    for place in pattern.finditer(text, 0, start):
        if places[place.group()] in codes:
            found = places[place.group()]
    if found is not None:
        return found
    stop = _SENTENCE_END.search(text, end)
    for place in pattern.finditer(text, end, stop.start() if stop is not None else len(text)):
        if places[place.group()] in codes:
            return places[place.group()]
    return None
