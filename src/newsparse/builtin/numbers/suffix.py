"""What follows a number: scale, currency, minor unit, age, unit and ``per`` denominator.

:func:`read_suffix` moves a :class:`~newsparse.builtin.numbers.figures.Reading`'s
end over ``-billion`` in ``US$240-billion``, ``yuan`` in ``3 trillion
yuan``, ``cents``, ``-year-old``, ``km/h`` and ``per barrel``.
"""

from __future__ import annotations

import re

from newsparse.builtin.numbers.exchange import read_exchange_rate
from newsparse.builtin.numbers.figures import LETTER_SCALES, SCALE_NAMES, Reading
from newsparse.builtin.numbers.identifiers import is_name_word
from newsparse.builtin.numbers.lexicon import (
    COUNT_STOPWORDS,
    FREQUENCY_ADVERBS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PARTICIPLE,
    RACE_EVENTS,
    SCALES,
    TEMPERATURE_WORDS,
)
from newsparse.builtin.numbers.measures import MINOR_CURRENCIES, RATE_ABBREVIATIONS
from newsparse.builtin.numbers.nouns import is_plural, read_counted_noun, singular
from newsparse.builtin.numbers.reference import reference_unit_letters
from newsparse.builtin.numbers.scanner import (
    AGE_RE,
    CURRENCY_BY_NAME,
    CURRENCY_BY_SYMBOL,
    CURRENCY_SUFFIX_RE,
    DENOMINATOR_NAMES,
    DENOMINATOR_RE,
    MINOR_RE,
    SCALE_RE,
    UNIT_BY_SURFACE,
    UNIT_BY_SYMBOL,
    match_unit,
)
from newsparse.builtin.numbers.values import parse_number_words
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["read_denominator", "read_span_after_material", "read_suffix", "squash"]

#: A hyphen and a letter right after a word (``second-hand``).
_ALPHA_AFTER_HYPHEN = LazyPattern(r"-[A-Za-z]")
_US_AFTER = re.compile(r"[ \t]+U\.?S\.?(?![A-Za-z])")
_POUNDS_AFTER = LazyPattern(r"(?i:[ \t]+pounds?)(?![A-Za-z])")
_CENTS_AFTER = LazyPattern(
    r"[ \t]+(?:and[ \t]+)?(?P<cents>[0-9]{1,2}|[A-Za-z]+(?:[- ][A-Za-z]+)?)"
    r"(?![0-9A-Za-z]|[.,][0-9])"
    r"(?:[ \t]*(?i:cents?))?"
)
_MORE_MONEY = LazyPattern(r"[ \t]*[a-z$€£]")
_OF_PHRASE = re.compile(r"[ \t]+of(?:[ \t]+[a-z][a-z-]*){1,3}?(?=[ \t]+(?:an?|per)[ \t])")
#: A prepositional phrase after a counted noun, before ``a``, ``per``, ``each`` or
#: ``every``: ``students from low-income families a year``, ``patients with burns a week``.
_POSTMODIFIER = LazyPattern(
    r"[ \t]+(?:from|in|at|on|with|across|under|outside)"
    r"(?:[ \t]+[A-Za-z][A-Za-z'’-]*){1,4}?(?=[ \t]+(?:an?|per|each|every)[ \t])"
)
_DIGIT = LazyPattern(r"[0-9]")
_OF_MATERIAL = LazyPattern(r"[ \t]+of(?=[ \t])")
_ASIDE = re.compile(r"[ \t]*\([^()]{1,30}\)(?=[ \t]+(?:an?|per)[ \t])")
_BRACKET_UNIT = LazyPattern(r"[ \t]*[(\[{<](?P<surface>[^()\[\]{}<>\s]{1,8})[)\]}>]")
_FRACTION_OF = LazyPattern(
    r"(?i:[ \t]+(?:of[ \t]+)?an?(?:[ \t]+(?:us|u\.s\.|uk|imperial|metric))?)"
)
#: ``of a`` between a decimal below one and its unit (``0.6 of a percentage point``).
_DECIMAL_OF = LazyPattern(r"(?i:[ \t]+of[ \t]+an?(?:[ \t]+(?:us|u\.s\.|uk|imperial|metric))?)")
_UNIT_MODIFIER = LazyPattern(r"(?i:[ \t]+(?:us|u\.s\.|uk|imperial|troy|statute|metric))")
_SPACES = re.compile(r"\s+")
_RACE_EVENT_AFTER = LazyPattern(r"[ \t]+(?P<noun>[A-Za-z-]+)(?![A-Za-z-])")
_PER_UNIT = re.compile(r"(?:[ \t]*/|[ \t]+(?P<word>per|an?)[ \t]+)")
_LETTER_NUMERATOR = LazyPattern(r"[ \t]?(?P<letter>[^\W\d_])(?=/)")
#: A lower-case letter after the slash of a compound unit, ending it (``mg/l``).
_LETTER_DENOMINATOR = LazyPattern(r"(?P<letter>[a-z])(?![A-Za-z0-9])")
#: One-letter unit symbols, read only before a denominator (``A/cm2``).
_UNIT_LETTERS = reference_unit_letters()
#: ``per carry``, ``per student``: ``per`` and one lower-case noun, any noun; a
#: participle before it, maybe after an adverb in ``-ly``, is left out as it is from a
#: counted noun (``per diluted share``, ``per fully paid share``, ``per sold ticket``).
_PER_NOUN = LazyPattern(
    r"[ \t]*(?:-[ \t]*)?per(?:[ \t]+|[ \t]*-[ \t]*)"
    r"(?:(?:[a-z]+ly[ \t]+)?" + PARTICIPLE + r"[ \t]+(?=[a-z]))?"
    r"(?P<noun>[a-z][a-z-]+[a-z])(?![A-Za-z0-9'’-])"
)
#: ``$40 million Canadian dollars``, ``$2 billion Australian.``, ``$5m in Singapore dollars``.
_DOLLAR_NAMED = re.compile(
    r"[ \t]+(?P<in>in[ \t]+)?(?P<country>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
    r"(?P<dollars>[ \t]+dollars?)?(?![A-Za-z])"
)
#: Scale letters written only after money: ``T`` for trillion, the bankers' ``MM`` for million.
_MONEY_LETTER_SCALES = {"T": "trillion", "MM": "million"}
#: A currency name hyphened to its number as a modifier (``billion-dollar``).
_HYPHEN_CURRENCY = re.compile(r"-(?P<name>[A-Za-z]+)(?![A-Za-z0-9-])")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:!?)]|\Z)")
#: What opens a verb's object: a determiner or a currency sign.  A currency
#: name followed by one is a verb spelled like it (``four won £1m``, ``two won the
#: seats``), since an amount is not followed directly by a second noun phrase.
_OBJECT_AFTER = LazyPattern(
    r"[ \t]+(?:(?i:the|an?|his|her|their|its|our|my|your|this|that|these|those)(?![A-Za-z])"
    r"|[$€£¥₹])"
)
#: ``a bottle``, ``an hour`` after an amount, before the end of the clause or a
#: preposition or conjunction: ``£450 a bottle`` is a price per bottle.
_A_NOUN = LazyPattern(
    r"[ \t]+(?i:an?)[ \t]+(?P<noun>[a-z]{3,})"
    r"(?=[ \t]*(?:[,.;:!?)\"”]|\Z)"
    r"|[ \t]+(?:in|at|on|for|and|or|but|with|while|when|after|from|since|before|until|amid)"
    r"(?![A-Za-z]))"
)
#: An adverb of frequency after an amount: ``CHF 450 million annually``.
_FREQUENCY_AFTER = LazyPattern(
    r"[ \t]+(?P<adverb>[a-z]+ly)"
    r"(?=[ \t]*(?:[,.;:!?)\"”]|\Z)"
    r"|[ \t]+(?:in|at|on|for|from|and|or|but|to|since|until|over)(?![A-Za-z]))"
)
#: An abbreviation that writes a rate in one word after an amount: ``S$3,524 psf``.
_RATE_ABBREVIATION_AFTER = LazyPattern(
    r"[ \t]+(?P<abbreviation>(?i:"
    + "|".join(re.escape(word) for word in sorted(RATE_ABBREVIATIONS, key=len, reverse=True))
    + r"))(?![A-Za-z0-9])"
)
#: ``per`` and a scale word that counts the denominator (``per million British thermal units``).
_PER_SCALE = LazyPattern(
    r"[ \t]*(?:-[ \t]*)?per[ \t]+(?P<scale>(?i:hundred|thousand|million|billion))[ \t]+"
)
#: A plural noun after such a scale word (``per million people``).
_PLURAL_AFTER_SCALE = LazyPattern(r"(?P<noun>[a-z][a-z-]+[a-z])(?![A-Za-z0-9'’-])")
#: A comparative between an amount and the span of time it is paid for: ``$12 more a
#: week`` (``50 cents more per barrel`` is an amount more than a price, not a rate).
_COMPARATIVE_BEFORE_RATE = LazyPattern(r"[ \t]+(?i:more|less|extra)(?=[ \t]+(?i:an?)[ \t])")
#: The span of time after such a comparative when a clause of time follows it (``$180 more
#: a year after the board approved a rise``): a subject and a finite verb, a pronoun or a
#: determiner's noun phrase and a past form in ``-ed``.  A noun phrase alone (``a year after
#: the crash``) is a point in time, left to the denominator's own rule.
_SPAN_BEFORE_CLAUSE = LazyPattern(
    r"[ \t]+(?i:an?)[ \t]+(?P<den>[a-z]+)(?=[ \t]+(?:after|before|once|when)[ \t]+"
    r"(?:(?:it|they|he|she|we|you|i)[ \t]+[a-z]{2,}"
    r"|(?i:the|an?|its|their|his|her|our|this|that)(?:[ \t]+[A-Za-z-]+){1,4}?[ \t]+[a-z]+ed)"
    r"(?![A-Za-z0-9'’-]))"
)
_PARTITIVE_OF = LazyPattern(
    r"[ \t]+of[ \t]+(?i:the|its|their|his|her|our|these|those|all)(?![A-Za-z])"
)

#: A full stop that ends the sentence: the end of the text, or a space and no lower-case word.
_FULL_STOP_ENDS = LazyPattern(r"\.(?:[ \t\n]*\Z|[ \t\n]+(?![a-z]))")
#: ``c`` written right after digits: cents (``245c``), or degrees Celsius in a
#: sentence about the weather (``30c``).
_C_AFTER = LazyPattern(r"c(?![A-Za-z0-9])")
#: The word right before a number.
_WORD_BEFORE = LazyPattern(r"([A-Za-z][A-Za-z.]*)[ \t]+\Z")
#: A word of weather or temperature anywhere in the sentence.
_TEMPERATURE_CONTEXT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:"
    + alternation(TEMPERATURE_WORDS)
    + r")|minus(?=[ \t]+[0-9]))(?![A-Za-z])"
)


def squash(surface: str) -> str:
    """Collapse runs of white space to one space (``"sq  m"`` is ``"sq m"``)."""
    return _SPACES.sub(" ", surface)


def read_suffix(text: str, reading: Reading, limit: int, *, floor: int = 0) -> None:
    """Read what follows the number of *reading* and move its end past it.

    :param limit: end of the sentence.
    :param floor: start of the sentence.
    """
    pos = reading.end
    if reading.vague is not None:
        pos = reading.attributes.pop("of_end", pos)
    else:
        pos = _scale(text, reading, pos, limit)
    if reading.currency is None:
        pos = _currency(text, reading, pos, limit)
    else:
        us = _US_AFTER.match(text, pos, limit)
        if us is not None and reading.currency == "USD":
            pos = us.end()
        elif reading.currency_symbol == "$":
            pos = _named_dollar(text, reading, pos, limit)
    if reading.currency is None:
        minor = MINOR_RE.match(text, pos, limit)
        lead = _FRACTION_OF.match(text, pos, limit) if reading.fraction else None
        if minor is None and lead is not None:
            minor = MINOR_RE.match(text, lead.end(), limit)  # ``half a cent``
        if minor is not None and _small_gap(minor.group("gap")):
            name, major = MINOR_CURRENCIES[minor.group("minor").lower()]
            reading.minor = name
            if major:
                reading.attributes["currency"] = major
            pos = minor.end()
        elif pos == reading.end and not reading.is_word:
            pos = _c_letter(text, reading, pos, limit, floor)
    if not (reading.currency or reading.minor or reading.unit):
        age = AGE_RE.match(text, pos, limit)
        if age is not None:
            reading.age = True
            reading.unit = f"{age.group('unit').lower().replace('yr', 'year')} of age"
            pos = age.end()
        else:
            pos = _unit(text, reading, pos, limit)
    pos = read_exchange_rate(text, reading, pos, limit)
    if (reading.currency or reading.minor or reading.unit) and not reading.age:
        pos = read_denominator(text, reading, pos, limit, aside=True)
    if reading.vague is not None and not reading.has_unit and pos > reading.end:
        reading.attributes["of_end"] = pos
        return
    reading.end = max(reading.end, pos) if reading.has_unit or reading.scaled else pos


def _c_letter(text: str, reading: Reading, pos: int, limit: int, floor: int) -> int:
    """Read a lower-case ``c`` right after digits: cents, or degrees Celsius of the weather.

    ``245c`` and ``99c a litre`` are cents, the minor unit the dollar, the
    euro and the rand share; in a sentence with a word of weather or
    temperature (:data:`~newsparse.builtin.numbers.lexicon.TEMPERATURE_WORDS`)
    or after ``minus``, ``30c`` is a temperature.
    """
    match = _C_AFTER.match(text, pos, limit)
    if match is None:
        return pos
    word = _WORD_BEFORE.search(text, max(floor, reading.start - 30), reading.start)
    if word is not None and is_name_word(word.group(1)):
        return pos  # ``Form 4c``, ``Block 12c``: a label
    if reading.negative or _TEMPERATURE_CONTEXT.search(text, floor, limit) is not None:
        reading.unit = "celsius"
        reading.unit_kind = "measure"
    else:
        reading.minor = "cent"
    return match.end()


def read_denominator(text: str, reading: Reading, pos: int, limit: int, *, aside: bool) -> int:
    """Read ``per barrel``, ``a year``, ``of jet fuel a year`` at *pos* into ``attributes["per"]``.

    A denominator that is a unit of measurement may be followed by a span of
    time it is paid for, a second denominator: ``HK$62 per square foot a
    month`` is ``HKD per square foot per month``.

    :param aside: whether an ``of`` phrase or a bracketed aside may come first.
    :return: the offset after the denominator, or *pos*; also *pos* when the
        aside holds a figure of its own (``9 billion shekels ($2.4 billion) a
        year``), which is then read by itself.
    """
    end = _first_denominator(text, reading, pos, limit, aside=aside)
    if end == pos:
        return end
    return _span_after_unit(text, reading, end, limit)


def read_span_after_material(text: str, reading: Reading, pos: int, limit: int) -> int:
    """Read the span of time after a counted noun's material: ``carloads of grain a week``.

    A count of things of a material (``48,200 carloads of grain``, ``900
    sacks of flour``) followed by ``a`` or ``per`` and a span of time is a rate
    per that span, as ``48,200 carloads a week`` is; the material is no part
    of the rate, as it is no part of the counted noun.  So is a count whose
    noun a prepositional phrase modifies (``200 students from low-income
    families a year``, ``30 patients with burns each month``).  Only a span of
    time is read so: ``300 sacks of flour a family`` is left to the reading of
    nouns, and ``40 staff at the plant a year earlier`` stays a time phrase.

    :return: the offset after the span, or *pos*.
    """
    lead = _OF_PHRASE.match(text, pos, limit) or _POSTMODIFIER.match(text, pos, limit)
    if lead is None:
        return pos
    found = _time_span_at(text, lead.end(), limit)
    if found is None:
        return pos
    reading.attributes["per"], end = found
    return end


def _span_after_unit(text: str, reading: Reading, pos: int, limit: int) -> int:
    """Read a span of time after a unit denominator: ``per square metre a month``.

    Only a unit of measurement (not a span of time or a noun) takes a second
    denominator, and only a span of time is one.
    """
    per = reading.attributes.get("per", "")
    unit = UNIT_BY_SURFACE.get(per)
    if unit is None or unit.kind != "measure":
        return pos
    found = _time_span_at(text, pos, limit)
    if found is None:
        return pos
    name, end = found
    reading.attributes["per"] = f"{per} per {name}"
    return end


def _time_span_at(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """Return the unit name of a denominator at *pos* that is a span of time, and its end.

    ``a week``, ``per month``: only a span of time is read, not a unit or a noun.
    """
    denominator = DENOMINATOR_RE.match(text, pos, limit)
    if denominator is None:
        return None
    name = DENOMINATOR_NAMES.get(squash(denominator.group("den").lower()))
    span = UNIT_BY_SURFACE.get(name or "")
    if name is None or span is None or span.kind != "duration":
        return None
    return name, denominator.end()


def _first_denominator(text: str, reading: Reading, pos: int, limit: int, *, aside: bool) -> int:
    """Read one denominator at *pos*, as :func:`read_denominator`."""
    denominator = DENOMINATOR_RE.match(text, pos, limit)
    converted = False
    if denominator is None:
        end = _scaled_denominator(text, reading, pos, limit)
        if end > pos:
            return end
    if denominator is None and aside:
        lead = _OF_PHRASE.match(text, pos, limit) or _ASIDE.match(text, pos, limit)
        if lead is not None:
            denominator = DENOMINATOR_RE.match(text, lead.end(), limit)
            converted = _DIGIT.search(text, pos, lead.end()) is not None
        elif reading.currency or reading.minor:
            denominator = _span_after_comparative(text, pos, limit)
    if denominator is None:
        end = _unit_denominator(text, reading, pos, limit)
        if end == pos:
            end = _noun_denominator(text, reading, pos, limit)
        if end == pos and (reading.currency or reading.minor):
            end = _money_rate(text, reading, pos, limit)
        return end
    name = DENOMINATOR_NAMES.get(squash(denominator.group("den").lower()))
    if name is None:
        return pos
    reading.attributes["per"] = name
    if converted:
        return pos
    return _material_of(text, reading, denominator.end(), limit)


def _material_of(text: str, reading: Reading, pos: int, limit: int) -> int:
    """Read past the material of a unit denominator: ``NZ$8.40 per kilogram of milk solids``.

    A plural noun in an ``of`` phrase after a unit of measurement names what
    the unit measures; it belongs to the figure's span but not to its rate,
    as a material after an amount's unit is no part of the unit
    (``340 kilograms of cocaine`` is in ``kilogram``): ``NZ$8.40 per
    kilogram of milk solids`` is ``NZD per kilogram``.
    """
    lead = _OF_MATERIAL.match(text, pos, limit)
    unit = UNIT_BY_SURFACE.get(reading.attributes.get("per", ""))
    if lead is None or unit is None or unit.kind != "measure":
        return pos
    noun = read_counted_noun(text, lead.end(), limit, one=False, hyphenated_ok=False)
    if noun is None or noun.words[0].lower() in COUNT_STOPWORDS:
        return pos
    return noun.end


def _span_after_comparative(text: str, pos: int, limit: int) -> re.Match[str] | None:
    """Match ``more a week`` after an amount: the span of time it is paid for, or ``None``."""
    lead = _COMPARATIVE_BEFORE_RATE.match(text, pos, limit)
    if lead is None:
        return None
    denominator = DENOMINATOR_RE.match(text, lead.end(), limit) or _SPAN_BEFORE_CLAUSE.match(
        text, lead.end(), limit
    )
    if denominator is None:
        return None
    unit = UNIT_BY_SURFACE.get(DENOMINATOR_NAMES.get(squash(denominator.group("den").lower()), ""))
    return denominator if unit is not None and unit.kind == "duration" else None


def _scaled_denominator(text: str, reading: Reading, pos: int, limit: int) -> int:
    """Read ``per`` and a scaled denominator: ``$2.91 per million British thermal units``.

    The scale word counts the unit or the plural noun after it, which makes
    one denominator (``million british thermal unit``) rather than a figure
    of its own.
    """
    lead = _PER_SCALE.match(text, pos, limit)
    if lead is None:
        return pos
    scale = lead.group("scale").lower()
    match = match_unit(text, lead.end(), limit)
    if match is not None and not match.group("gap").strip():
        surface = match.group("surface")
        unit = UNIT_BY_SYMBOL.get(surface) or UNIT_BY_SURFACE.get(squash(surface.lower()))
        if unit is not None and unit.kind == "measure" and (len(surface) > 1 or surface.islower()):
            reading.attributes["per"] = f"{scale} {unit.name}"
            return match.end()
    noun = _PLURAL_AFTER_SCALE.match(text, lead.end(), limit)
    if noun is None:
        return pos
    word = noun.group("noun")
    if word in COUNT_STOPWORDS or not is_plural(word):
        return pos
    reading.attributes["per"] = f"{scale} {singular(word)}"
    return noun.end()


def _unit_denominator(text: str, reading: Reading, pos: int, limit: int) -> int:
    """Read a unit of measurement as denominator: ``A/cm2``, ``micrograms per gram``, ``a kilo``.

    A compound unit is the unit, ``per`` and the other unit's name, built from
    the units the stage knows rather than listed.
    """
    lead = _PER_UNIT.match(text, pos, limit)
    if lead is None:
        return pos
    match = match_unit(text, lead.end(), limit)
    if match is None and lead.group("word") is None:
        return _letter_denominator(text, reading, lead.end(), pos, limit)
    if match is None or match.group("gap").strip():
        return pos
    surface = match.group("surface")
    symbol = surface in UNIT_BY_SYMBOL
    if symbol and lead.group("word") in ("a", "an") and not _spelled_symbol(surface):
        return pos
    unit = UNIT_BY_SYMBOL.get(surface) or UNIT_BY_SURFACE.get(squash(surface.lower()))
    # A span of time is a denominator of its own (``a year``), but its symbol after a
    # slash is the denominator of a compound unit here (``7.8 km/s``).
    timed = symbol and lead.group("word") is None and unit is not None and unit.kind == "duration"
    if unit is None or (unit.kind != "measure" and not timed) or unit.name == reading.unit:
        return pos
    if symbol and len(surface) == 1 and text[match.end() : match.end() + 1].isalpha():
        return pos
    reading.attributes["per"] = unit.name
    return _material_of(text, reading, match.end(), limit)


def _letter_denominator(text: str, reading: Reading, at: int, pos: int, limit: int) -> int:
    """Read a lower-case one-letter symbol after a slash as denominator: ``2 mg/l``, ``km/s``.

    pint's one-letter symbols written in lower case (the litre's ``l``, the
    second's ``s``) are letters of the text as often, so they are units only here.
    """
    letter = _LETTER_DENOMINATOR.match(text, at, limit)
    unit = _UNIT_LETTERS.get(letter.group("letter")) if letter is not None else None
    if letter is None or unit is None or unit.name == reading.unit:
        return pos
    reading.attributes["per"] = unit.name
    return _material_of(text, reading, letter.end(), limit)


def _spelled_symbol(surface: str) -> bool:
    """Whether a unit symbol reads as its name after ``a``: ``a kg``, not ``a m`` or ``a GB``.

    A symbol of two or more lower-case letters is said as its unit's name
    (``₹90 a kg`` is rupees per kilogram); a single letter after ``a`` is as
    often a letter of the text itself.
    """
    return len(surface) > 1 and surface.isalpha() and surface.islower()


def _named_dollar(text: str, reading: Reading, pos: int, limit: int) -> int:
    """Name the dollar of a bare ``$`` amount from the country written after it.

    ``$`` is shared by many dollars and read as the US dollar; ``$40 million
    Canadian dollars``, ``$5m in Singapore dollars`` and ``$2 billion
    Australian.`` (the country's adjective ending the clause) name another one,
    found among the currency names of the reference data (``canadian dollar``).
    """
    match = _DOLLAR_NAMED.match(text, pos, limit)
    if match is None:
        return pos
    if match.group("dollars") is None and (
        match.group("in") is not None or _CLAUSE_END.match(text, match.end(), limit) is None
    ):
        return pos
    code = CURRENCY_BY_NAME.get(squash(match.group("country").lower()) + " dollar")
    if code is None:
        return pos
    reading.currency = code
    return match.end()


def _noun_denominator(text: str, reading: Reading, pos: int, limit: int) -> int:
    """Read ``per`` and any noun as denominator: ``4.5 yards per carry``, ``$7.50 per vehicle``.

    ``per`` makes a rate of whatever noun follows it, so the noun needs no
    list; ``a`` and ``each`` are read only before the nouns of
    :data:`~newsparse.builtin.numbers.scanner.DENOMINATOR_NAMES`, since they
    are articles as often.  A function word, a number word or a month after
    ``per`` is no denominator (``per the agreement``).
    """
    match = _PER_NOUN.match(text, pos, limit)
    if match is None:
        return pos
    noun = match.group("noun")
    if noun in COUNT_STOPWORDS or noun in NUMBER_WORDS or noun in MONTHS or noun in SCALES:
        return pos
    unit = UNIT_BY_SURFACE.get(noun)
    name = unit.name if unit is not None and unit.name != "count" else singular(noun)
    if name == reading.unit:
        return pos
    reading.attributes["per"] = name
    return match.end()


def _money_rate(text: str, reading: Reading, pos: int, limit: int) -> int:
    """Read the rate of an amount: ``£450 a bottle``, ``CHF 450 million annually``.

    After money, ``a`` and a singular noun that ends the clause (or comes
    before a preposition or conjunction) is what the amount is paid for; an
    adverb of frequency (:data:`~newsparse.builtin.numbers.lexicon.FREQUENCY_ADVERBS`)
    is a rate per its span of time, and an abbreviation of a rate
    (:data:`~newsparse.builtin.numbers.measures.RATE_ABBREVIATIONS`: ``psf``,
    ``pcm``) a rate per its denominator.
    """
    abbreviation = _RATE_ABBREVIATION_AFTER.match(text, pos, limit)
    if abbreviation is not None:
        reading.attributes["per"] = RATE_ABBREVIATIONS[abbreviation.group("abbreviation").lower()]
        return abbreviation.end()
    adverb = _FREQUENCY_AFTER.match(text, pos, limit)
    if adverb is not None:
        span = FREQUENCY_ADVERBS.get(adverb.group("adverb"))
        if span is None:
            return pos
        reading.attributes["per"] = span
        return adverb.end()
    match = _A_NOUN.match(text, pos, limit)
    if match is None:
        return pos
    noun = match.group("noun")
    if (
        noun in COUNT_STOPWORDS
        or noun in NUMBER_WORDS
        or noun in MONTHS
        or noun in SCALES
        or noun in ORDINAL_WORDS
        or noun in DENOMINATOR_NAMES
        or singular(noun) != noun
    ):
        return pos
    reading.attributes["per"] = noun
    return match.end()


def _scale(text: str, reading: Reading, pos: int, limit: int) -> int:
    for _ in range(3):
        match = SCALE_RE.match(text, pos, limit)
        if match is None:
            break
        if match.group("word") is not None:
            word = match.group("word").lower()
            if reading.is_word and word in ("hundred", "thousand"):
                break
            multiplier = SCALES[word]
        else:
            letter = match.group("letter")
            word = letter.lower()
            if letter in _MONEY_LETTER_SCALES:
                # ``$1.2T``, ``$12.5MM``: money only; ``1.5 T`` is a tesla.
                if reading.currency is None:
                    break
                word = _MONEY_LETTER_SCALES[letter]
                reading.value *= SCALES[word]
                reading.scaled = True
                reading.scale_word = word
                pos = match.end()
                continue
            counted = word in "kmb" and _counted_after(text, match.end(), limit)
            scaled_noun = word in "mb" and _scaled_noun_after(text, match.end(), limit)
            if reading.currency is None and not (
                letter == "M" or word == "k" or counted or scaled_noun
            ):
                break
            multiplier = LETTER_SCALES[word]
        reading.value *= multiplier
        reading.scaled = True
        reading.scale_word = SCALE_NAMES.get(word, word)
        pos = match.end()
    return pos


def _counted_after(text: str, pos: int, limit: int) -> bool:
    """Whether ``k``, ``m`` or ``b`` is a scale because a counted noun follows (``5m users``).

    A race named after its distance (``400m hurdles``, a
    :data:`~newsparse.builtin.numbers.lexicon.RACE_EVENTS` noun) is no count.
    """
    match = _RACE_EVENT_AFTER.match(text, pos, limit)
    if match is not None and match.group("noun").lower() in RACE_EVENTS:
        return False
    return read_counted_noun(text, pos, limit, one=False, hyphenated_ok=False) is not None


def _scaled_noun_after(text: str, pos: int, limit: int) -> bool:
    """Whether ``m`` or ``b`` is a scale because a unit word or a partitive follows.

    ``2.4m tonnes`` (a metre cannot measure tonnes), ``5m of its tablets``.
    """
    if _PARTITIVE_OF.match(text, pos, limit) is not None:
        return True
    unit = match_unit(text, pos, limit)
    if unit is None or not unit.group("gap") or unit.group("gap").strip():
        return False
    surface = unit.group("surface")
    return surface not in UNIT_BY_SYMBOL and surface.lower() in UNIT_BY_SURFACE


def _currency(text: str, reading: Reading, pos: int, limit: int) -> int:
    match = CURRENCY_SUFFIX_RE.match(text, pos, limit)
    if match is not None and _small_gap(match.group("gap")):
        symbol = match.group("symbol")
        if symbol is not None:
            code = CURRENCY_BY_SYMBOL.get(symbol)
        elif match.group("name") in UNIT_BY_SYMBOL:
            code = None  # ``20 kN``: a unit's symbol as written, not the currency ``kn``
        elif _verb_homograph(text, reading, match.group("name"), match.end(), limit):
            code = None  # ``four won £1m``: the verb, not the currency
        else:
            code = CURRENCY_BY_NAME.get(squash(match.group("name").lower()))
        if code is not None:
            reading.currency = code
            reading.currency_symbol = symbol or match.group("name")
            if match.group("mega"):
                reading.value *= 1e6
                reading.scaled = True
                reading.scale_word = "million"
            pos = match.end()
            scale = SCALE_RE.match(text, pos, limit)
            if scale is not None and scale.group("word"):
                word = scale.group("word").lower()
                reading.value *= SCALES[word]
                reading.scaled = True
                reading.scale_word = SCALE_NAMES.get(word, word)
                pos = scale.end()
            return _cents(text, reading, pos, limit)
    if _millions(reading):
        pounds = _POUNDS_AFTER.match(text, pos, limit)
        if pounds is not None:
            reading.currency = "GBP"
            reading.currency_symbol = "pounds"
            return pounds.end()
    hyphen = _HYPHEN_CURRENCY.match(text, pos, limit)
    if hyphen is not None:
        # ``a billion-dollar deal``, ``a 500-euro note``, ``a million-pound home``.
        name = hyphen.group("name")
        code = CURRENCY_BY_NAME.get(name.lower())
        if code is None and _millions(reading) and name.lower() == "pound":
            code = "GBP"
        if code is not None:
            reading.currency = code
            reading.currency_symbol = name
            return hyphen.end()
    return pos


def _verb_homograph(text: str, reading: Reading, name: str, end: int, limit: int) -> bool:
    """Whether a currency name without a plural ``s`` is a verb here (``four won £1m``).

    A plural name (``500 euros the next day``) is a noun whatever follows; an
    unscaled amount whose invariant name is followed by the opening of a noun
    phrase is the verb it is spelled like, unless the phrase is a rate's
    denominator (``9,000 won a head``).
    """
    if reading.scaled or name[-1:].lower() == "s":
        return False
    if _OBJECT_AFTER.match(text, end, limit) is None:
        return False
    return DENOMINATOR_RE.match(text, end, limit) is None


def _millions(reading: Reading) -> bool:
    """Whether a number has a scale word or letter, or is spelled in millions or more.

    Pounds in millions are money (``2 million pounds``, ``a million-pound home``);
    a few pounds are as often a weight.
    """
    if reading.scaled:
        return True
    words = reading.raw.lower().split() if reading.is_word else []
    return bool(words) and SCALES.get(words[-1], 0.0) >= 1e6


def _cents(text: str, reading: Reading, pos: int, limit: int) -> int:
    """Add the cents of ``15 dollars 50`` and ``thirteen dollars and forty-five cents``."""
    if reading.scaled or reading.value != int(reading.value):
        return pos
    match = _CENTS_AFTER.match(text, pos, limit)
    if match is None:
        return pos
    cents_text = match.group("cents")
    cents: float | None = None
    if cents_text.isdigit():
        cents = float(cents_text)
    else:
        parsed = parse_number_words(cents_text)
        if parsed is not None and parsed[1] == len(cents_text):
            cents = parsed[0]
    if cents is None or not 0 < cents < 100:
        return pos
    after = text[match.end() : match.end() + 12].lower()
    named = match.group().rstrip().lower().endswith(("cent", "cents"))
    if not named and (
        SCALE_RE.match(text, match.end(), limit) is not None
        or match_unit(text, match.end(), limit) is not None
    ):
        return pos  # ``2,000 kronor and 10 lakh rupees``: a second amount, not cents
    followed = CURRENCY_SUFFIX_RE.match(text, match.end()) and not after.startswith(" cent")
    if followed and _MORE_MONEY.match(after):
        return pos
    reading.value += cents / 100
    return match.end()


def _unit(text: str, reading: Reading, pos: int, limit: int) -> int:
    match = match_unit(text, pos, limit)
    if match is None:
        letter = _LETTER_NUMERATOR.match(text, pos, limit)
        unit = _UNIT_LETTERS.get(letter.group("letter")) if letter is not None else None
        if letter is not None and unit is not None and _compound_follows(text, letter.end(), limit):
            # ``1.3 A/cm2``, ``2 l/min``: a one-letter symbol is a unit when a denominator
            # follows.
            reading.unit = unit.name
            reading.unit_kind = unit.kind
            return letter.end()
        return _unit_nearby(text, reading, pos, limit)
    surface = match.group("surface")
    symbol = surface if surface in UNIT_BY_SYMBOL else None
    gap = match.group("gap")
    one_letter = symbol is not None and len(symbol) == 1 and symbol.isalpha()
    if (
        one_letter
        and not _single_letter_ok(text, reading, surface, gap, match.end())
        and not _compound_follows(text, match.end(), limit, slash=True)
    ):
        return pos
    if reading.scaled and not gap.strip() and symbol in ("m", "M", "b", "B", "k", "K"):
        return pos
    if symbol == "st" and reading.raw.endswith("1") and not reading.raw.endswith("11"):
        return pos  # ``101st``: the ordinal; ``15st`` is stone
    if surface.lower() in ORDINAL_WORDS and _ALPHA_AFTER_HYPHEN.match(text, match.end(), limit):
        return pos  # ``300 second-hand cars``: the ordinal of a compound adjective
    unit = UNIT_BY_SYMBOL.get(surface) or UNIT_BY_SURFACE.get(squash(surface.lower()))
    if unit is None or (unit.name == "count" and reading.fraction):
        return pos
    reading.unit = unit.name
    reading.unit_kind = unit.kind
    return match.end()


def _single_letter_ok(text: str, reading: Reading, symbol: str, gap: str, end: int) -> bool:
    """Whether a one-letter unit symbol (``m``, ``C``, ``W``) is a unit here."""
    if gap and symbol in "sth":
        return False
    if symbol == "s" and (reading.plain or reading.is_word):
        return False
    if text[end : end + 1] in ("-", "'", "’"):
        return False
    if text[end : end + 1] == "." and (gap or _FULL_STOP_ENDS.match(text, end) is None):
        return False  # ``F.`` of an initial; ``85F.`` ends its sentence
    return not (gap.strip() == "-" and symbol.isupper())


def _compound_follows(text: str, pos: int, limit: int, *, slash: bool = False) -> bool:
    """Whether a denominator unit follows a one-letter symbol: ``A/cm2``, ``t/ha``, ``l/min``.

    :param slash: whether only a slash may join them (not ``per``).
    """
    compound = _PER_UNIT.match(text, pos, limit)
    if compound is None or (slash and compound.group("word") is not None):
        return False
    denominator = match_unit(text, compound.end(), limit)
    if denominator is not None:
        return not _lone_capital(denominator.group("surface"))
    letter = _LETTER_DENOMINATOR.match(text, compound.end(), limit)
    return compound.group("word") is None and letter is not None and letter.group() in _UNIT_LETTERS


def _lone_capital(surface: str) -> bool:
    """Whether a unit symbol is one capital letter (``C`` in ``B/C`` is a grade as often)."""
    return len(surface) == 1 and surface.isupper()


def _unit_nearby(text: str, reading: Reading, pos: int, limit: int) -> int:
    """Find a unit in brackets, after a modifier, or after ``of a`` for a fraction.

    ``20 (kg)``, ``one US fluid ounce``, ``1/16 of a US pint``, ``0.6 of a
    percentage point`` (a decimal below one is a fraction too).
    """
    bracket = _BRACKET_UNIT.match(text, pos, limit)
    if bracket is not None:
        surface = bracket.group("surface")
        unit = UNIT_BY_SYMBOL.get(surface) or UNIT_BY_SURFACE.get(squash(surface.lower()))
        if unit is None or unit.name == "count":
            return pos
        reading.unit = unit.name
        reading.unit_kind = unit.kind
        return bracket.end()
    if reading.fraction:
        lead = _FRACTION_OF.match(text, pos, limit)
    elif 0 < reading.value < 1 and "." in reading.raw:
        lead = _DECIMAL_OF.match(text, pos, limit) or _UNIT_MODIFIER.match(text, pos, limit)
    else:
        lead = _UNIT_MODIFIER.match(text, pos, limit)
    if lead is None:
        return pos
    match = match_unit(text, lead.end(), limit)
    if match is None or match.group("gap").strip() or match.group("surface") in UNIT_BY_SYMBOL:
        return pos
    unit = UNIT_BY_SURFACE.get(squash(match.group("surface").lower()))
    if unit is None or unit.name == "count":
        return pos
    reading.unit = unit.name
    reading.unit_kind = unit.kind
    return match.end()


def _small_gap(gap: str) -> bool:
    return len(gap) <= 2 and "\n" not in gap
