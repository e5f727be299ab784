"""Ages written as a bare number: ``aged 34``, ``Kerry Hobbs, 34,``, ``children under five``.

:func:`read_age` marks a whole number from 1 to 120 that no noun follows as
an age in years when the words around it say so: ``aged`` or ``age`` before
it (a spelled number too: ``aged between two and nine``), ``life
expectancy``, a name or a person's noun phrase and a comma before it with
the comma after it (``the keeper, 35,``), a relative clause or a personal
pronoun (``who was 12``, ``I was 17``), or a plural noun of people and a bound (``adults over
65``).
"""

from __future__ import annotations

from newsparse.builtin.numbers.figures import Reading
from newsparse.builtin.numbers.lexicon import (
    APPROXIMATORS,
    CHANGE_WORDS,
    PERSON_AGE_NOUNS,
    TRANSITIVE_CHANGE_WORDS,
)
from newsparse.builtin.numbers.nouns import is_plural
from newsparse.builtin.numbers.scanner import LEFT_WINDOW
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["read_age"]

_AGED = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:aged|age(?:[ \t]+of)?|ages))[ \t]*"
    r"(?:(?i:between|from)[ \t]+"
    r"|(?:[0-9]{1,3}[ \t]*(?:,[ \t]*|(?i:,?[ \t]*(?:and|or)[ \t]+)))*)\Z"
    # ``those aged over 65``, ``anyone aged under 18``: ``aged`` and a bound, whoever before.
    r"|(?i:(?<![A-Za-z])aged[ \t]+(?:under|over|below|above|at[ \t]+least|up[ \t]+to"
    r"|around|about|roughly|nearly|almost))[ \t]+\Z"
)
#: A plural noun of people, then ``under`` or ``over``: the number after is an age.
_PERSONS_UNDER = LazyPattern(
    r"(?i:(?<![A-Za-z])(?P<noun>[a-z]+)[ \t]+(?:aged[ \t]+)?(?:under|over|below|above))[ \t]+\Z"
)
#: The noun ``age`` changed ``from`` or ``to`` a number: as the object of a verb of change
#: (``raised the minimum age for buying tobacco from``) or its subject (``the age limit was
#: cut to``), maybe with one noun it modifies (``age limit``) and an ``of`` or ``for``
#: phrase (``the age of criminal responsibility``); or the subject of a copula before its
#: level (``the retirement age is``, ``stands at``).  An ``of`` before it (``people of
#: working age``) makes it describe a noun before, which is what changes.
_AGE_CHANGED = LazyPattern(
    r"(?:(?P<of>(?<![A-Za-z])(?i:of)[ \t]+(?:[A-Za-z-]+[ \t]+)?)|(?<![A-Za-z]))"
    r"(?i:age)(?![A-Za-z'’-])"
    r"(?:[ \t]+(?!(?i:from|to|of|for)(?![A-Za-z]))[a-z]+)?"
    r"(?:[ \t]+(?i:of|for)(?:[ \t]+[a-z][a-z'’-]*){1,3}?)?"
    r"(?:(?:[ \t]+(?i:is|was|are|were|will|would|could|should|may|might|must|has|have|had"
    r"|be|been|being|set|due|expected|likely|to|[a-z]+ly))*[ \t]+(?i:"
    + alternation([*CHANGE_WORDS, *TRANSITIVE_CHANGE_WORDS])
    + r"))?"
    r"[ \t]+(?P<link>(?i:from|to|is|was|will[ \t]+be|stands[ \t]+at|stood[ \t]+at|remains"
    r"|remained))[ \t]+"
    r"(?:(?i:" + alternation(APPROXIMATORS, space=r"[ \t]+") + r")[ \t]+)?\Z"
)
#: How far before the number :data:`_AGE_CHANGED` may start.
_AGE_CHANGED_WINDOW = 64
#: After the first age of a change ``from`` it: ``to`` and a whole number of up to three digits.
_TO_AGE = LazyPattern(r"[ \t]+(?i:to)[ \t]+[0-9]{1,3}(?![0-9]|[.,][0-9])")
#: What may end an age a change reached: the end of its clause, a preposition or conjunction.
_AGE_LEVEL_END = LazyPattern(
    r"[ \t]*(?:[,.;:!?)]|\Z)|[ \t]+(?i:in|on|at|for|from|by|under|over|and|or|but|with|when"
    r"|while|as|after|before|next|this|last|until|within)(?![A-Za-z])"
)
_LIFE_EXPECTANCY = LazyPattern(r"(?i:(?<![A-Za-z])life[ \t]+expectancy)\b[^.;:!?0-9]{0,40}\Z")
#: Between the comma after a person and an age: ``both``, ``each``, ``aged``, and the
#: ages before it in a coordination (``The couple, both 68,``; ``the pair, 68 and 71,``).
_APPOSED_AGE_LEAD = (
    r",[ \t]*(?:(?i:both|each|all|now|aged)[ \t]+)?"
    r"(?:[0-9]{1,3}[ \t]*(?:,[ \t]*|(?i:,?[ \t]*(?:and|or)[ \t]+)))*\Z"
)
_NAME_COMMA = LazyPattern(r"[A-Z][A-Za-z.'’-]+" + _APPOSED_AGE_LEAD)
#: The comma that closes an apposed age, maybe after the ages coordinated with it.
_COMMA_AFTER = LazyPattern(
    r"(?:[ \t]*(?:,|,?[ \t]*(?i:and|or))[ \t]*[0-9]{1,3}(?![0-9]|[.,][0-9]))*[ \t]*,"
)
#: ``the keeper, 35,``, ``the pop idol, 29,``, ``the 6ft 2in star, 33,``: a noun phrase of
#: up to three lower-case words after a determiner, a possessive one too (``its alleged
#: leader, 58,``, ``the gang's driver, 19,``), then the age between commas; proper
#: names may modify its head (``a Gold Coast man, 29,``, ``the Leeds-born striker, 24,``).
_PERSON_COMMA = LazyPattern(
    r"(?:(?i:(?<![A-Za-z])(?:the|an?|his|her|their|our|my))"
    r"|(?P<owner>(?i:(?<![A-Za-z])(?:its|your|whose))"
    r"|(?<![A-Za-z])[A-Za-z][A-Za-z-]*(?:['’]s|s['’])))"
    r"(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,3}"
    r"(?:[ \t]+(?P<head>[a-z0-9-]*[a-z][a-z0-9-]*)){1,3}" + _APPOSED_AGE_LEAD
)
#: Words that share an age or ages over a plural (``both``, ``each``, ``and``).
_SHARED_AGES = LazyPattern(r"(?i:(?<![A-Za-z])(?:both|each|all|and|or)(?![A-Za-z]))")
#: ``who was 12``, ``who turns 40``, ``I was 17``, ``she turned 50``: an age as the
#: complement of a relative clause or of a personal pronoun.
_WHO_WAS = LazyPattern(
    r"(?:(?i:(?<![A-Za-z])who)|(?<![A-Za-z])(?:I|[Hh]e|[Ss]he))"
    r"(?i:(?:[ \t]+(?:is|was|am|turned|turns|will[ \t]+be)|['’]s|['’]m))[ \t]+"
    r"(?:(?:just|only|now|then|aged)[ \t]+)?\Z"
)
_CLAUSE_END = LazyPattern(r"[ \t]*(?:[,.;:!?)]|\Z|[ \t]+(?:and|when|at)(?![A-Za-z]))")


def read_age(text: str, reading: Reading, start: int, end: int) -> None:
    """Mark a number that no noun follows as an age in years when the words around say so.

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    """
    if reading.vague is not None or reading.scaled or reading.fraction:
        return
    if _age_of_persons(text, reading, start):
        return
    if not 1 <= reading.value <= 120:
        return
    left = max(start, reading.start - LEFT_WINDOW)
    if reading.is_word and reading.value == int(reading.value):
        # ``aged between two and nine``, ``aged five``: spelled ages after ``aged``.
        if _AGED.search(text, left, reading.start) is not None:
            reading.age = True
            reading.unit = "year of age"
        return
    if not reading.plain or len(reading.raw) > 3:
        return
    expectancy = _LIFE_EXPECTANCY.search(text, max(start, reading.start - 60), reading.start)
    if (
        _AGED.search(text, left, reading.start) is not None
        or expectancy is not None
        or _age_changed(text, reading, start, end)
        or (
            (
                _NAME_COMMA.search(text, left, reading.start) is not None
                or _person_before(text, reading, start)
            )
            and _COMMA_AFTER.match(text, reading.end) is not None
        )
        or (
            _WHO_WAS.search(text, left, reading.start) is not None
            and _CLAUSE_END.match(text, reading.end, end) is not None
        )
    ):
        reading.age = True
        reading.unit = "year of age"


def _person_before(text: str, reading: Reading, start: int) -> bool:
    """Whether a person's noun phrase and a comma stand before a number (``its leader, 58``).

    After a possessive (``its``, ``the bank's``), whose noun phrase names a
    thing as often, a plural head takes ages shared or coordinated (``the
    couple's sons, both 30,``; ``its founders, 71 and 68,``), not one alone:
    ``the bank's branches, 40,`` counts them.
    """
    found = _PERSON_COMMA.search(text, max(start, reading.start - 2 * LEFT_WINDOW), reading.start)
    if found is None:
        return False
    if found.group("owner") is None or not is_plural(found.group("head")):
        return True
    after = _COMMA_AFTER.match(text, reading.end)
    span_end = after.end() if after is not None else reading.end
    return _SHARED_AGES.search(text, found.end("head"), span_end) is not None


def _age_of_persons(text: str, reading: Reading, start: int) -> bool:
    """Read ``children under five``, ``adults over 65``: the age after people and a bound.

    Whatever follows the number (it is no counted noun, which is read first):
    ``children under five accounting for``, ``adults over 65 who live alone``.
    """
    if not 1 <= reading.value <= 120 or reading.value != int(reading.value):
        return False
    left = max(start, reading.start - 30)
    match = _PERSONS_UNDER.search(text, left, reading.start)
    if match is None or match.group("noun").lower() not in PERSON_AGE_NOUNS:
        return False
    reading.age = True
    reading.unit = "year of age"
    return True


def _age_changed(text: str, reading: Reading, start: int, end: int) -> bool:
    """Whether a number is an age the noun ``age`` is changed from or to.

    ``lowering the voting age from 18 to 16``, ``the minimum age for buying
    tobacco rose from 18 to 21``, ``raising the state pension age to 68``,
    ``the retirement age is 65``: after ``from`` a second age follows after
    ``to`` (the range of the change), after ``to`` or a copula the clause
    ends.
    """
    left = max(start, reading.start - _AGE_CHANGED_WINDOW)
    if "age" not in text[left : reading.start].lower():
        return False  # the common case, decided without the pattern
    found = _AGE_CHANGED.search(text, left, reading.start)
    if found is None or found.group("of") is not None:
        return False
    if found.group("link").lower() == "from":
        return _TO_AGE.match(text, reading.end, end) is not None
    return _AGE_LEVEL_END.match(text, reading.end, end) is not None
