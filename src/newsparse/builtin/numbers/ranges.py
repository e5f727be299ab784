"""The second end of a range: ``5 to 10``, ``between 50 and 70``, ``from $10 to $12``.

:func:`read_range` finds the number that closes a range after a link
(``-``, ``to``, ``and`` after ``between``, ``or``) or after a later ``to``
when ``from`` comes before, and shares the units of the two ends.  It
tells a range from what only looks like one: a change and the level it
reached (``fell 0.8 to 1,402``), the shares of two sides (``leads 51% to
45%``), feet and inches (``6-foot-4``), a tally of counts (``by 7 votes to
2``) and alternatives (``a 10- or 12-inch pizza``).  :func:`read_chain`
reads the further steps of ``from X to Y to Z``.
"""

from __future__ import annotations

import re

from newsparse.builtin.numbers.figures import Reading, range_compatible, share_units
from newsparse.builtin.numbers.gates import LeftCue
from newsparse.builtin.numbers.lexicon import (
    APPROXIMATORS,
    CHANGE_WORDS,
    CONTEST_WORDS,
    MODAL_WORDS,
    TRANSITIVE_CHANGE_WORDS,
)
from newsparse.builtin.numbers.scanner import CHANGE_LEFT, LEFT_WINDOW, NUMBER_RE, RANGE_LINK_RE
from newsparse.builtin.numbers.suffix import read_denominator
from newsparse.builtin.numbers.tallies import POLL_CONTEXT, SecondReader
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["NOT_A_RANGE", "link_follows", "read_chain", "read_range"]

#: What :func:`read_range` returns for a dash pair that is no range (``2-0``).
NOT_A_RANGE = Reading(0, 0, 0.0, "")

_INCHES_HYPHEN_AFTER = LazyPattern(
    r"-(?:1[01]|[0-9])(?![0-9]|[.,][0-9]|[ \t]*(?i:in|inch|inches|ft|feet|foot)\b)"
)
_FROM_LEFT = re.compile(
    r"(?i:(?<![A-Za-z])from[ \t]+(?:(?:up[ \t]+to|about|around|nearly|almost|roughly|some)"
    r"[ \t]+)?)\Z"
)
_BETWEEN_LEFT = LazyPattern(r"(?i:(?<![A-Za-z])between[ \t]+(?:about[ \t]+)?)\Z")
_BY_LEFT = re.compile(r"(?i:(?<![A-Za-z])by[ \t]+(?:about[ \t]+|nearly[ \t]+|some[ \t]+)?)\Z")
_TO_LATER = LazyPattern(r"[^,;()\[\]]{0,40}?(?<![A-Za-z])to[ \t]+")
#: A number of its own, no year, between a ``from`` figure and a later ``to``: the
#: ``to`` joins that number (``from 8,000 people aged 30 to 59``), and no change is read.
_OTHER_NUMBER = LazyPattern(r"(?<![0-9,.A-Za-z])(?!(?:1[5-9]|20)[0-9]{2}(?![0-9,.]))[0-9]")
#: The dash of a range written as the second end of ``from X to``: ``to 33-35 billion``.
_INNER_DASH = LazyPattern(r"[ \t]*[-–—][ \t]*(?=[0-9])")
_TO_NEXT = LazyPattern(r"[ \t]+to[ \t]+")
#: :data:`_FROM_LEFT` and :data:`_BY_LEFT` with the words they end with.
_FROM_LEFT_CUE = LeftCue(
    _FROM_LEFT, ["from", "up to", "about", "around", "nearly", "almost", "roughly", "some"]
)
_BY_LEFT_CUE = LeftCue(_BY_LEFT, ["by", "about", "nearly", "some"])
#: A word of a contest, then up to eight words, before a share (``leads her
#: challenger 51% to 45%``, ``leads by 6 points, 49% to 43%``).
_CONTEST_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:" + alternation(CONTEST_WORDS) + r"))(?:[ \t]+[^ \t]+){0,8}?[ \t]+\Z"
)
#: A verb of change and ``by`` right before a number (``rose by``, ``fell by about``; a
#: transitive one with up to four words of its object: ``cut the number of beds by``), with
#: the word before the verb (a modal or ``to`` makes it a forecast).
_CHANGE_BY_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:(?P<before>[A-Za-z]+)[ \t]+)?(?:"
    + alternation(CHANGE_WORDS)
    + r"|(?:"
    + alternation(TRANSITIVE_CHANGE_WORDS)
    + r")(?:[ \t]+[a-z'’]+){0,4})[ \t]+by[ \t]+(?:(?:"
    + alternation([*APPROXIMATORS, "just", "only", "almost"], space=r"[ \t]+")
    + r")[ \t]+)?)\Z"
)


def read_range(
    text: str, first: Reading, start: int, end: int, second: SecondReader
) -> tuple[Reading | None, int]:
    """Return the second end of a range, :data:`NOT_A_RANGE` for a dash pair that is none.

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    :param second: reads the number at an offset after the link.
    :return: the second end (or ``None``) and where reading may go on.
    """
    if first.unit == "foot" and _INCHES_HYPHEN_AFTER.match(text, first.end, end):
        return None, first.end  # ``6-foot-4``: feet and inches, no range
    link = RANGE_LINK_RE.match(text, first.end, end)
    left = max(start, first.start - LEFT_WINDOW)
    from_left = _FROM_LEFT_CUE.search(text, left, first.start) is not None
    candidates: list[tuple[str, int]] = []
    if link is not None:
        candidates.append((link.group("link").lower(), link.end()))
    elif first.currency and text.startswith("/", first.end):
        candidates.append(("-", first.end + 1))  # ``$5/$8``
    if from_left:
        later = _TO_LATER.match(text, first.end, end)
        if later is not None and not _OTHER_NUMBER.search(text, first.end, later.end()):
            candidates.append(("to", later.end()))
    changed = (
        CHANGE_LEFT.search(text, left, first.start) is not None
        or _BY_LEFT_CUE.search(text, left, first.start) is not None
    )
    for kind, pos in candidates:
        if kind == "and" and _BETWEEN_LEFT.search(text, left, first.start) is None:
            continue
        if kind == "to" and not from_left:
            shares = _shares(text, first, pos, start, end, second)
            if shares is not None:
                return shares, shares.end
        if kind == "to" and changed and not from_left and first.has_unit:
            continue
        if kind == "to" and not from_left and first.counted:
            continue  # ``by 7 votes to 2``: a tally of counts, not a range
        other = second(pos)
        if other is not None and from_left and kind == "to":
            other = _upper_of_inner_range(text, other, end, second)
        if (
            other is not None
            and kind == "to"
            and (changed or (first.has_unit and not other.has_unit))
            and not from_left
            and abs(other.value) > 10 * abs(first.value)
        ):
            continue  # ``fell 0.8 to 1,402``: the change, then the level it reached
        if (
            other is not None
            and kind == "to"
            and not from_left
            and other.unit_kind != "percent"
            and not _one_order(first.value, other.value)
            and _reported_change_by(text, first, start)
        ):
            continue  # ``rose by 40 to 312``: the change, then the level it reached
        change = from_left and kind == "to"
        if other is None or not range_compatible(first, other, kind, change=change):
            dash_pair = link is not None and link.group() == kind and kind in ("-", "–")
            if dash_pair and text[pos : pos + 1].isdigit():
                return NOT_A_RANGE, pos
            continue
        both_written = first.has_unit and other.has_unit
        if (first.currency or first.minor or first.unit) and not other.has_unit:
            # ``₹90-100 a kg``: the bare second end carries the rate of both.
            other.end = read_denominator(text, other, other.end, end, aside=True)
        share_units(first, other)
        if kind == "or" and "-" in text[first.end - 1 : first.end + 1]:
            # ``10- or 12-inch``: alternatives, each its own value.
            share_units(other, first)
            first.attributes["alternative"] = True
        if from_left and kind == "to":
            first.attributes["from_to"] = "written" if both_written else True
        elif from_left:
            first.attributes["from_to"] = True
        return other, other.end
    return None, first.end


def read_chain(text: str, last: Reading, end: int, second: SecondReader) -> list[Reading]:
    """Read the further steps of ``from X to Y to Z``: numbers after ``to`` with a like unit."""
    steps: list[Reading] = []
    while True:
        link = _TO_NEXT.match(text, last.end, end)
        if link is None:
            return steps
        following = second(link.end())
        if following is None or not range_compatible(last, following, "to"):
            return steps
        share_units(following, last)
        steps.append(following)
        last = following


def _upper_of_inner_range(text: str, other: Reading, end: int, second: SecondReader) -> Reading:
    """Return the upper end of a range that closes ``from X to``, else *other* itself.

    ``from 24.2 to 33-35 billion euros``: the second end is itself a range of
    bare numbers whose upper end carries the scale and unit of all of them, so
    the whole reads from the first number to that upper end.
    """
    if other.has_unit or other.scaled or other.vague is not None:
        return other
    dash = _INNER_DASH.match(text, other.end, end)
    if dash is None:
        return other
    upper = second(dash.end())
    if (
        upper is None
        or not (upper.has_unit or upper.scaled)
        or not _one_order(other.value, upper.unscaled())
    ):
        return other
    return upper


def link_follows(text: str, reading: Reading, end: int) -> bool:
    """Whether a range link and another number follow (``one to three years``)."""
    link = RANGE_LINK_RE.match(text, reading.end, end)
    return link is not None and NUMBER_RE.match(text, link.end(), end) is not None


def _one_order(low: float, high: float) -> bool:
    """Whether two numbers may be the ends of one range: the second at most twice the first.

    ``by 1 to 1.5 degrees``, ``by 2 to 3 per cent``: the ends of a range
    are close; ``by 40 to 312`` or ``by 40 to 12`` are a change and a level.
    """
    return 0 < abs(low) < abs(high) <= 2 * abs(low)


def _reported_change_by(text: str, first: Reading, start: int) -> bool:
    """Whether a number is the amount a reported change went ``by``: ``rose by 40``.

    ``The number of cases rose by 40 to 312``, ``cut staff by 40 to 260``: a
    verb of change stating what happened, then ``by``, give the amount of the
    change, and ``to`` the level it reached, unless the two numbers are of
    one order (:func:`_one_order`: ``dropped by 1 to 1.5 degrees``) or the
    second is a percentage (``climbed by 4 to 9 per cent``: the change of a
    rate is in points, and a level many times the change is told apart
    before).  A change
    forecast (a modal or ``to`` before the verb: ``is expected to grow by 2
    to 3 per cent``, ``could rise by 10 to 15``) may be given as a range.
    """
    found = _CHANGE_BY_LEFT.search(text, max(start, first.start - 48), first.start)
    if found is None:
        return False
    before = found.group("before")
    return before is None or before.lower() not in MODAL_WORDS


def _shares(
    text: str, first: Reading, pos: int, start: int, end: int, second: SecondReader
) -> Reading | None:
    """Return the second of two shares set against each other: ``leads 51% to 45%``.

    A percentage, ``to`` and a percentage or bare number are the shares of
    two sides, not a range, after a word of a contest
    (:data:`~newsparse.builtin.numbers.lexicon.CONTEST_WORDS`), or, the larger
    first, in a sentence about a poll, an election or a vote; not after a
    word of change (``rising 4% to 5%``).  The first reading is marked to be
    read as two values.
    """
    if first.unit_kind != "percent" or first.unit != "percentage":
        return None
    if CHANGE_LEFT.search(text, max(start, first.start - LEFT_WINDOW), first.start):
        return None  # ``led gains, rising 4% to 5%``: a change
    left = max(start, first.start - 60)
    contest = _CONTEST_LEFT.search(text, left, first.start) is not None
    if not contest and POLL_CONTEXT.search(text, start, end) is None:
        return None
    other = second(pos)
    if other is None or (other.has_unit and other.unit != first.unit):
        return None
    if not contest and other.value >= first.value:
        return None
    share_units(other, first)
    first.attributes["alternative"] = True
    return other
