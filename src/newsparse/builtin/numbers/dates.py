"""Dates, years and clock times: figures that are points in time, not quantities.

A number next to a month name (``May 16``, ``February, 2022``), a year in
year position (``in 2022``, ``2012–13``) or a clock time (``10.45pm``)
becomes one claim of kind ``date`` with its parts in ``attributes``; named
and relative dates without digits (``last year``, ``Thursday``) are found
by :data:`~newsparse.builtin.numbers.scanner.RELATIVE_DATE_RE`.  A time taken
written in clock form (``clocked 26:51.22``, ``in 2:04:37``) is no point in time
and no claim (:func:`elapsed_time_end`).
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.builtin.numbers.lexicon import DATE_CUES, MONTHS
from newsparse.builtin.numbers.scanner import (
    CLOCK_RE,
    DAY_MONTH_RE,
    LEFT_WINDOW,
    MONTH_CUE_LEFT_RE,
    MONTH_LEFT_RE,
    RELATIVE_DATE_RE,
    YEAR_RIGHT_RE,
)
from newsparse.lexicon.dispatch import LazyPattern

__all__ = [
    "DateMatch",
    "elapsed_time_end",
    "is_year_value",
    "read_clock",
    "read_month_date",
    "read_month_name",
    "read_relative_date",
    "read_year",
]

#: A year and a link right before the number: ``between 1600 and 1900``.
_YEAR_AND = LazyPattern(r"(?<![0-9])(?:1[0-9]{3}|20[0-9]{2})[ \t]*(?:and|to|or|-|–)[ \t]*\Z")
#: Cues of :data:`DATE_CUES` that are words of time, not also of quantity (``around``, ``the``).
_TEMPORAL_CUES = frozenset(
    [
        "after",
        "autumn",
        "before",
        "circa",
        "during",
        "early",
        "fall",
        "fiscal",
        "in",
        "late",
        "mid",
        "season",
        "since",
        "spring",
        "summer",
        "through",
        "till",
        "until",
        "winter",
        "year",
    ]
)
_PREVIOUS_WORD = LazyPattern(r"([A-Za-z]+)['’]?s?[ \t-]*\Z")
_YEAR_TAIL = LazyPattern(r"[ \t]*[-–—/][ \t]*(?P<tail>[0-9]{2}(?:[0-9]{2})?)(?![0-9])")
_DECADE_TAIL = LazyPattern(r"['’]?s(?![A-Za-z])")
_MONTH_WORD = LazyPattern(r"[A-Za-z]+")
#: A time zone after four digits of a 24-hour clock (``0500 GMT``).
_ZONE_AFTER = LazyPattern(r"[ \t]+(?P<zone>[ECMP][SD]T|GMT|UTC|BST|CET|ET|PT)(?![A-Za-z])")
#: A percent sign or word right after a number: no day of a month.
_PERCENT_AFTER = LazyPattern(r"[ \t]*(?:%|(?i:per[ \t-]?cent|percent|pct)(?![A-Za-z]))")
_NUMBER_NEXT = LazyPattern(r"\.?(?P<comma>,?)[ \t]+(?P<digits>[0-9]+)")
#: The second day of a span of days after the first (``Nov. 8 to 11``, ``8-11 November``,
#: ``May 3 through 9``); ``and`` only after ``between``.
_DAY_SPAN = LazyPattern(
    r"[ \t]*(?:(?P<dash>[-–—])|(?i:to|through|thru|until|till|(?P<and>and))(?![A-Za-z]))[ \t]*"
    r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9A-Za-z%]|[.,][0-9])"
)
#: What may follow the last day of a span: the end of a clause, a year, or a word that
#: is no counted noun (``conducted Nov. 8 to 11 among 900 adults``).
_DAY_SPAN_END = LazyPattern(
    r"[ \t]*(?:[,.;:!?)\"”]|\Z)"
    r"|[ \t]+(?i:in|at|on|among|for|and|or|with|when|after|before|as|while|by|from|of|the|a"
    r"|an|this|last|next|is|was|are|were|will|said)(?![A-Za-z])"
)
_BETWEEN_LEFT = LazyPattern(r"(?i:(?<![A-Za-z])between)[ \t]+\Z")


class DateMatch:
    """A date found around a number.

    :param start: first offset of the date.
    :param end: one past its last offset.
    :param attributes: its parts (``year``, ``month``, ``day``, ``hour``...)
        and ``date_type``.
    """

    __slots__ = ("attributes", "end", "start")

    def __init__(self, start: int, end: int, attributes: dict[str, Any]) -> None:
        self.start = start
        self.end = end
        self.attributes = attributes


def is_year_value(raw: str) -> bool:
    """Whether the digits *raw* (no separators) can be a year."""
    return len(raw) == 4 and raw.isdigit() and 1000 <= int(raw) <= 2199


def read_clock(text: str, start: int, end: int, raw: str, limit: int) -> DateMatch | None:
    """Read a clock time from the number ``text[start:end]`` (``10:27 PM``, ``5am``).

    :return: the time, or ``None`` when the number is not an hour.
    """
    match = CLOCK_RE.match(text, end)
    if match is None or match.end() > limit:
        return None
    minutes = match.group("minutes")
    meridiem = match.group("meridiem")
    hour_text, _, minute_text = raw.partition(".")
    if len(raw) == 4 and raw.isdigit() and not (minutes or meridiem):
        zone = _ZONE_AFTER.match(text, end, limit)
        return _zoned_hours(start, zone.end(), raw, zone.group("zone")) if zone else None
    if not hour_text.isdigit() or len(hour_text) > 2:
        return None
    hour = int(hour_text)
    if minute_text:
        if meridiem is None or len(minute_text) != 2 or int(minute_text) > 59:
            return None
        minute = int(minute_text)
    elif minutes is not None and minutes.startswith(":"):
        minute = int(minutes[1:3])
    elif meridiem is not None and minutes is None:
        minute = 0
    else:
        return None
    if hour > (12 if meridiem else 24):
        return None
    if meridiem and meridiem.lower().startswith("p") and hour < 12:
        hour += 12
    attributes: dict[str, Any] = {"date_type": "time", "hour": hour, "minute": minute}
    if match.group("zone"):
        attributes["zone"] = match.group("zone")
    stop = match.end() if (meridiem or match.group("zone")) else match.end("minutes")
    return DateMatch(start, stop, attributes)


#: A time written in clock form: minutes (or hours) and two-digit seconds (or minutes),
#: maybe two-digit seconds after them, maybe a decimal fraction (``26:51.22``, ``2:04:37``).
_CLOCK_FORM = LazyPattern(
    r"(?P<first>[0-9]{1,3}):(?P<second>[0-5][0-9])(?P<third>:[0-5][0-9])?"
    r"(?P<fraction>\.[0-9]+)?(?![0-9]|[:.,][0-9])"
)


def elapsed_time_end(text: str, start: int, limit: int) -> int | None:
    """Return the end of a time in clock form that is a time taken, not a time of day.

    A race time or a lap (``clocked 26:51.22``, ``won in 2:04:37``, ``a lap
    of 1:29.418``) is no point in time and no two numbers: it has seconds
    after its minutes (``2:04:37``) or a fraction of a second (``1:29.418``),
    or its first part is no hour of the day (``26:51``), and no ``am``, ``pm``
    or time zone follows (``10:27:05 PM`` is a time of day).  Two parts that
    add up to a hundred split a whole (``a 60:40 split``): no time.

    :param start: where the number starts.
    :param limit: one past the sentence's last offset.
    :return: one past the time's last character, or ``None``.
    """
    if start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,:"):
        return None
    match = _CLOCK_FORM.match(text, start, limit)
    if match is None:
        return None
    first, second = int(match.group("first")), int(match.group("second"))
    seconds = match.group("third") or match.group("fraction")
    if not seconds and (first <= 24 or first + second == 100):
        return None
    after = CLOCK_RE.match(text, match.end(), limit)
    if after is not None and after.group("meridiem"):
        return None
    if _ZONE_AFTER.match(text, match.end(), limit) is not None:
        return None
    return match.end()


def _zoned_hours(start: int, stop: int, raw: str, zone: str) -> DateMatch | None:
    """Read four digits before a time zone as hours and minutes (``0500 GMT``)."""
    hour, minute = int(raw[:2]), int(raw[2:])
    if hour > 23 or minute > 59:
        return None
    attributes: dict[str, Any] = {"date_type": "time", "hour": hour, "minute": minute}
    attributes["zone"] = zone
    return DateMatch(start, stop, attributes)


#: The most digits of a day or a year.
_DATE_DIGITS = 4


def read_month_date(
    text: str, start: int, end: int, raw: str, floor: int, limit: int
) -> DateMatch | None:
    """Read a calendar date around the number ``text[start:end]``.

    ``May 16``, ``Oct. 31``, ``July 4, 2016``, ``February, 2022``,
    ``16 May 2024``, ``5th of May``.

    :param floor: offset the date may not start before.
    :param limit: offset the date may not end after.
    :return: the date, or ``None``.
    """
    if not raw.isdigit() or len(raw) > _DATE_DIGITS:
        return None  # a day or a year has at most four digits
    number = int(raw)
    window_start = max(floor, start - LEFT_WINDOW)
    left = MONTH_LEFT_RE.search(text, window_start, start)
    if left is not None:
        month = MONTHS[left.group("month").lower()]
        lower_may = left.group("month") == "may"
        if lower_may and not text[window_start:start].strip().endswith(("on may", "in may")):
            return None
        if is_year_value(raw):
            return DateMatch(
                left.start(), end, {"date_type": "month", "year": number, "month": month}
            )
        if 1 <= number <= 31 and len(raw) <= 2:
            if "," in left.group() or _PERCENT_AFTER.match(text, end):
                # ``in August, 9% more``: a comma parts a month from a day, and a
                # percentage is no day.
                return None
            attributes: dict[str, Any] = {"date_type": "date", "month": month, "day": number}
            stop = _after_ordinal_suffix(text, end)
            between = _BETWEEN_LEFT.search(text, window_start, left.start()) is not None
            span = _day_span(text, stop, number, limit, between=between)
            if span is not None and _DAY_SPAN_END.match(text, span.end(), limit) is not None:
                attributes["end_day"] = int(span.group("day"))
                stop = span.end()
            year = YEAR_RIGHT_RE.match(text, stop)
            if year is not None and year.end() <= limit:
                attributes["year"] = int(year.group("year"))
                stop = year.end()
            return DateMatch(left.start(), stop, attributes)
    if 1 <= number <= 31 and len(raw) <= 2:
        right = DAY_MONTH_RE.match(text, end)
        last_day = None
        if right is None:
            # ``8 to 11 November``, ``8-11 November``: the first day of a span.
            span = _day_span(text, _after_ordinal_suffix(text, end), number, limit)
            if span is not None:
                right = DAY_MONTH_RE.match(text, span.end())
                last_day = int(span.group("day"))
        if right is not None and right.end() <= limit:
            month_word = right.group("month")
            if (
                month_word.lower() == "may"
                and month_word[0].islower()
                and not _is_lower_text(text, floor, limit)
            ):
                return None
            attributes = {"date_type": "date", "month": MONTHS[month_word.lower()], "day": number}
            if last_day is not None:
                attributes["end_day"] = last_day
            stop = right.end()
            year = YEAR_RIGHT_RE.match(text, stop)
            if year is not None and year.end() <= limit:
                attributes["year"] = int(year.group("year"))
                stop = year.end()
            return DateMatch(start, stop, attributes)
    return None


def read_year(
    text: str,
    start: int,
    end: int,
    raw: str,
    floor: int,
    limit: int,
    *,
    counted_noun_follows: bool,
) -> DateMatch | None:
    """Read a year, a decade or a span of years at the number ``text[start:end]``.

    ``2022``, ``2018s``, ``1990s``, ``2012–13``, ``2014-2017``.  A four-digit
    number is not a year when a counted noun follows it and nothing on its
    left marks a year (``2000 troops``).

    :return: the date, or ``None``.
    """
    if not is_year_value(raw):
        return None
    year = int(raw)
    decade = _DECADE_TAIL.match(text, end)
    if decade is not None and decade.end() <= limit:
        if raw.endswith("0") and text[end] in "s'’" and text[end : end + 2] != "'s":
            return DateMatch(start, decade.end(), {"date_type": "decade", "year": year})
        return DateMatch(start, decade.end(), {"date_type": "year", "year": year})
    previous = _PREVIOUS_WORD.search(text, max(floor, start - LEFT_WINDOW), start)
    cue = previous is not None and previous.group(1).lower() in DATE_CUES
    # Before a counted noun, only a word of time makes the number a year: ``in 2000
    # voters``, but ``around 1900 students``, ``the 1200 fans``.
    temporal = cue and previous is not None and previous.group(1).lower() in _TEMPORAL_CUES
    temporal = temporal or _YEAR_AND.search(text, max(floor, start - 12), start) is not None
    if counted_noun_follows and not temporal:
        return None
    tail = _YEAR_TAIL.match(text, end)
    if tail is not None and tail.end() <= limit:
        digits = tail.group("tail")
        last = int(digits) if len(digits) == 4 else (year // 100) * 100 + int(digits)
        if year < last <= year + 30:
            return DateMatch(
                start, tail.end(), {"date_type": "period", "year": year, "end_year": last}
            )
    return DateMatch(start, end, {"date_type": "year", "year": year})


def read_relative_date(text: str, pos: int, limit: int) -> DateMatch | None:
    """Read a named or relative date at *pos* (``last year``, ``Thursday``, ``Q3``)."""
    match = RELATIVE_DATE_RE.match(text, pos, limit)
    if match is None:
        return None
    return DateMatch(pos, match.end(), {"date_type": "relative"})


def read_month_name(text: str, pos: int, floor: int) -> DateMatch | None:
    """Read a month name standing for a date (``in December``) at *pos*.

    A month followed by a number (``May 16``) is left to the number.
    """
    match = _MONTH_WORD.match(text, pos)
    if match is None:
        return None
    word = match.group()
    end = match.end()
    if not word[0].isupper() or _date_number_next(text, end):
        return None
    if len(word) < 5 and word.lower() not in ("may", "june", "july"):
        return None
    if MONTH_CUE_LEFT_RE.search(text, max(floor, pos - 12), pos) is None:
        return None
    return DateMatch(pos, end, {"date_type": "month", "month": MONTHS[word.lower()]})


def _date_number_next(text: str, end: int) -> bool:
    """Whether a number after the month name at *end* reads with it as a date (``May 16``).

    After a comma only a year does (``February, 2022``; not ``in August, 9% more``),
    and a percentage never does.
    """
    following = _NUMBER_NEXT.match(text, end)
    if following is None or _PERCENT_AFTER.match(text, following.end()):
        return False
    return not following.group("comma") or is_year_value(following.group("digits"))


def _day_span(
    text: str, pos: int, first: int, limit: int, *, between: bool = False
) -> re.Match[str] | None:
    """Match the link and the last day of a span of days after the day *first* at *pos*.

    ``Nov. 8 to 11``, ``8-11 November``, ``between May 3 and 9``: the last day is
    later than the first in the same month.
    """
    span = _DAY_SPAN.match(text, pos, limit)
    if span is None or (span.group("and") is not None and not between):
        return None
    return span if first < int(span.group("day")) <= 31 else None


def _after_ordinal_suffix(text: str, pos: int) -> int:
    suffix = text[pos : pos + 2].lower()
    return pos + 2 if suffix in ("st", "nd", "rd", "th") else pos


def _is_lower_text(text: str, start: int, end: int) -> bool:
    """Whether the segment is written all in lower case (as some corpora are)."""
    segment = text[start:end]
    return segment == segment.lower()
