"""Two numbers set against each other that make no range: vote tallies and scores.

``voted 228 to 199`` and ``a 7-2 ruling`` are the votes for and against
(:func:`vote_tally`), ``2-0`` and ``beat Eastbay 104-98`` a game's score
(:func:`read_score`, :func:`score_after_opponent`), ``6-41 from 19.3
overs`` a bowler's wickets and runs (:func:`read_bowling_figures`),
``Harcastle United 2 Sefton Vale 0;`` a line of results
(:func:`read_result`), ``6-3, 4-6, 7-5`` the sets of a match
(:func:`read_set_score`): each number stays a
figure of its own, or the pair one figure of kind ``score``, where a dash
or ``to`` would otherwise read a range.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsparse.builtin.numbers.figures import Figure, Reading
from newsparse.builtin.numbers.lexicon import (
    CONTEST_WORDS,
    POLL_NOUNS,
    RESULT_VERBS,
    VOTE_NOUNS,
    VOTE_WORDS,
)
from newsparse.builtin.numbers.scanner import RANGE_LINK_RE
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern

__all__ = [
    "POLL_CONTEXT",
    "SecondReader",
    "contest_tally",
    "read_bowling_figures",
    "read_result",
    "read_score",
    "read_set_score",
    "score_after_opponent",
    "tally_follows",
    "vote_tally",
]

#: Reads the second number of a pair at an offset (``None`` when there is none).
SecondReader = Callable[[int], Reading | None]

_SCORE_END = LazyPattern(r"[0-9]{1,3}(?![0-9]|[.,][0-9])")
#: ``to`` or a dash between the two numbers of a tally (``voted 228 to 199``, ``61-39``).
_TALLY_JOIN = LazyPattern(r"[ \t]+to[ \t]+(?=[0-9])|[-–](?=[0-9])")
#: A plural noun after the first number of a tally (``34 votes to 29``).
_TALLY_NOUN = LazyPattern(r"[ \t]+[a-z]{2,}s(?=[ \t]+to[ \t]+[0-9])")
#: A word of voting, then up to three words (``voted``, ``by a vote of``) or its object
#: of up to five words, no conjunction among them (``passed the stopgap spending bill``),
#: before a tally.
_VOTE_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:" + alternation(VOTE_WORDS) + r"))(?:(?:[ \t]+[A-Za-z]+){0,3}"
    r"|[ \t]+(?i:the|an?|its|their|his|her|this|that)"
    r"(?:[ \t]+(?!(?i:and|or|but|then|while)(?![A-Za-z]))[A-Za-z'’-]+){1,4})[ \t]+\Z"
)
#: How far before a tally its word of voting may start.
_VOTE_WINDOW = 48
#: A noun of a decision by votes after a dash tally, with at most one word
#: between (``a 7-2 ruling``, ``a 6-3 conservative majority``).
_VOTE_NOUN_RIGHT = LazyPattern(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?:[A-Za-z]+[ \t]+)?(?i:" + alternation(VOTE_NOUNS) + r")(?![A-Za-z])"
)
#: A verb of a game's result and the opponent's name right before a number
#: (``beat Eastbay``, ``lost to the Tigers``, ``drew with Real Madrid``).
_RESULT_NAME_LEFT = LazyPattern(
    r"(?<![A-Za-z])(?i:"
    + alternation(RESULT_VERBS)
    + r")(?:[ \t]+(?i:to|with|against|past|at))?(?:[ \t]+(?i:the))?"
    r"(?:[ \t]+[A-Z][A-Za-z'’.&-]*){1,4}[ \t]+\Z"
)
#: A noun of a poll or an election anywhere in the sentence (``poll``, ``voters``).
POLL_CONTEXT = LazyPattern(r"(?i:(?<![A-Za-z-])(?:" + alternation(POLL_NOUNS) + r"))(?![A-Za-z])")


def vote_tally(
    text: str, reading: Reading, start: int, end: int, second: SecondReader
) -> tuple[Reading, Reading] | None:
    """Read ``voted 228 to 199``, ``by a vote of 61-39``: two numbers, no range.

    After a word of voting (:data:`~newsparse.builtin.numbers.lexicon.VOTE_WORDS`),
    two bare whole numbers joined by ``to`` or a dash, the larger first, are
    the votes for and against: two figures, which take no unit the text
    does not write.

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    :param second: reads the number after the link.
    :return: the readings of the two numbers, or ``None``.
    """
    if reading.has_unit or not _whole_digits(reading):
        return None
    link = _TALLY_JOIN.match(text, reading.end, end)
    if link is None:
        return None
    left = max(start, reading.start - _VOTE_WINDOW)
    voted = _VOTE_LEFT.search(text, left, reading.start) is not None
    dash = not link.group().strip().isalpha()
    if not voted and not dash:
        return None
    against = second(link.end())
    if against is None or not _whole_digits(against) or against.value > reading.value:
        return None
    if dash and not voted:
        number_end = against.start + len(against.raw)
        if _VOTE_NOUN_RIGHT.match(text, number_end, end) is not None:
            against = _bare(against, number_end)
        elif POLL_CONTEXT.search(text, start, end) is None:
            return None
    if against.has_unit:
        return None
    return reading, against


#: A word of a contest and the other side's name (maybe none) right before a number:
#: ``trails Labor``, ``leads the Coalition``, ``leads``.
_CONTEST_NAME_LEFT = LazyPattern(
    r"(?<![A-Za-z])(?i:"
    # a game's result keeps its score (``beat Leeds 3-1``), and winning states no standing
    + alternation(
        sorted(CONTEST_WORDS - RESULT_VERBS - frozenset({"won", "win", "wins", "winning"}))
    )
    + r")(?:[ \t]+(?i:the))?(?:[ \t]+[A-Z][A-Za-z'’.&-]*){0,4}[ \t]+\Z"
)


def contest_tally(
    text: str, reading: Reading, start: int, end: int, second: SecondReader
) -> tuple[Reading, Reading] | None:
    """Read ``trails Labor 47 to 53``, ``leads the Coalition 52-48``: each side's number.

    After a word of a contest that states a standing
    (:data:`~newsparse.builtin.numbers.lexicon.CONTEST_WORDS` other than a
    game's result or a win: ``leads``, ``trails``, ``ahead``) and the other
    side's name, if any, two bare whole numbers of up to three digits joined
    by ``to`` (or a dash, in a sentence about a poll: ``Rovers led 2-1`` is
    a game's score) are the two sides' numbers in either order (the side
    that trails has the smaller first): two figures, no range, and the name
    before them does not make the first the number of a name.

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    :param second: reads the number after the link.
    :return: the readings of the two numbers, or ``None``.
    """
    if reading.has_unit or not _whole_digits(reading) or len(reading.raw) > 3:
        return None
    link = _TALLY_JOIN.match(text, reading.end, end)
    if link is None:
        return None
    if _CONTEST_NAME_LEFT.search(text, max(start, reading.start - 60), reading.start) is None:
        return None
    if not link.group().strip().isalpha() and POLL_CONTEXT.search(text, start, end) is None:
        return None  # ``Rovers led 2-1 at half-time``: a game's score
    against = second(link.end())
    if against is None or not _whole_digits(against) or len(against.raw) > 3:
        return None
    if against.has_unit:
        return None
    return reading, against


def tally_follows(text: str, reading: Reading, start: int, end: int, second: SecondReader) -> bool:
    """Whether a vote tally starts at a number after a label noun.

    ``rejected the amendment 54 to 46``: a word of voting before the number,
    ``to`` or a dash and a whole number no larger after it; the first number
    may write the tally's plural noun (``passed the bill 34 votes to 29``).
    """
    noun = _TALLY_NOUN.match(text, reading.end, end)
    link = _TALLY_JOIN.match(text, noun.end() if noun is not None else reading.end, end)
    if not _whole_digits(reading) or link is None:
        return False
    left = max(start, reading.start - _VOTE_WINDOW)
    if _VOTE_LEFT.search(text, left, reading.start) is None:
        return False
    against = second(link.end())
    return against is not None and _whole_digits(against) and against.value <= reading.value


def read_score(text: str, first: Reading, pos: int) -> Figure | None:
    """Read ``2-0`` or ``89-89`` as a score; ``None`` for other dash pairs (``16-18 Avenue``).

    :param pos: where the second number starts, after the dash.
    """
    match = _SCORE_END.match(text, pos)
    if match is None or not first.plain or first.has_unit or len(first.raw) > 3:
        return None
    second = int(match.group())
    if first.value < second:
        return None
    attributes: dict[str, Any] = {"score": [int(first.value), second]}
    return Figure(first.start, match.end(), "score", None, attributes=attributes)


#: ``from 19.3 overs``, ``off 10 overs``, ``in eight overs`` after bowling figures.
_OVERS_AFTER = LazyPattern(
    r"[ \t]+(?:from|off|in)[ \t]+(?:[0-9]+(?:\.[0-6])?|[a-z]+)[ \t]+overs?(?![A-Za-z])"
)
#: ``figures of``, ``bowling figures of``, ``career-best figures of`` before them.
_FIGURES_OF_LEFT = LazyPattern(r"(?<![A-Za-z])figures[ \t]+of[ \t]+\Z")


def read_bowling_figures(text: str, first: Reading, start: int, end: int) -> Figure | None:
    """Read a bowler's wickets and runs conceded as a score: ``finished with 6-41 from 19.3 overs``.

    Two dash-joined whole numbers, the first ten wickets at most, with the
    overs bowled after them or ``figures of`` before them, are no range.

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    """
    if not first.plain or first.has_unit or not 0 <= first.value <= 10:
        return None
    if first.raw != str(int(first.value)):
        return None
    link = RANGE_LINK_RE.match(text, first.end, end)
    if link is None or link.group("link") not in ("-", "–"):
        return None
    second = _SCORE_END.match(text, link.end(), end)
    if second is None:
        return None
    figures_of = _FIGURES_OF_LEFT.search(text, max(start, first.start - 20), first.start)
    if figures_of is None and _OVERS_AFTER.match(text, second.end(), end) is None:
        return None
    attributes: dict[str, Any] = {"score": [int(first.value), int(second.group())]}
    return Figure(first.start, second.end(), "score", None, attributes=attributes)


#: The score of one set: two whole numbers of one or two digits joined by a dash.
_SET = r"[0-9]{1,2}[-–][0-9]{1,2}"
#: A tie-break's score in brackets after a set's (``7-6 (7-4)``, ``7-6(5)``).
_TIE_BREAK = r"(?:[ \t]*\([0-9]{1,2}(?:[-–][0-9]{1,2})?\))?"
#: The scores of two sets or more of a match, commas, ``and`` or a space between them
#: (``6-3, 4-6, 7-5``, ``25-21, 23-25 and 25-18``, ``21-18 19-21 21-15``).
_SET_RUN = LazyPattern(
    r"(?<![0-9A-Za-z.,:–-])"
    + _SET
    + _TIE_BREAK
    + r"(?:(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+)"
    + _SET
    + _TIE_BREAK
    + r")+"
    r"(?![0-9A-Za-z%]|[.,:][0-9])"
)
_SET_SCORE = LazyPattern(r"(?P<first>[0-9]{1,2})[-–](?P<second>[0-9]{1,2})")
#: A verb of a game's result and up to four words before a run of sets (``lost 4-6,
#: 3-6``, ``lost to Vell 1-6, 6-7``).
_RESULT_VERB_LEFT = LazyPattern(
    r"(?<![A-Za-z])(?i:" + alternation(RESULT_VERBS) + r")(?:[ \t]+[A-Za-z'’.-]+){0,4}[ \t]+\Z"
)
#: How far before a set its run of sets may start.
_SET_RUN_WINDOW = 80


def read_set_score(text: str, first: Reading, start: int, end: int) -> Figure | None:
    """Read one set of a match's run of set scores as a score: ``4-6`` of ``won 6-3, 4-6, 7-5``.

    A match of sets is reported set by set, each its own score, the winner's
    games first or the side's own first (``lost 3-6, 6-4, 5-7``): dash pairs
    of whole numbers of one or two digits joined by commas, ``and`` or
    spaces (``21-18 19-21 21-15``), one of them at least the larger first or
    the run after a verb of a game's result (``lost 4-6, 3-6``; so no list
    of ranges: ``aged 18-24, 25-34``), are each a score, the smaller first
    too, and after a noun that may label a number too (``won the singles
    title 6-3, 4-6, 7-5``).

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    """
    if not first.plain or first.has_unit or first.raw != str(int(first.value)):
        return None
    if len(first.raw) > 2 or first.end >= end or text[first.end] not in "-–":
        return None
    for run in _SET_RUN.finditer(text, max(start, first.start - _SET_RUN_WINDOW), end):
        if run.start() > first.start:
            return None
        if run.end() <= first.start:
            continue
        sets = [
            (m.start(), m.end(), int(m.group("first")), int(m.group("second")))
            for m in _SET_SCORE.finditer(text, run.start(), run.end())
        ]
        if not any(won > lost for _, _, won, lost in sets) and (
            _RESULT_VERB_LEFT.search(text, max(start, run.start() - 48), run.start()) is None
        ):
            return None
        for set_start, set_end, won, lost in sets:
            if set_start == first.start:
                attributes: dict[str, Any] = {"score": [won, lost]}
                return Figure(set_start, set_end, "score", None, attributes=attributes)
        return None
    return None


#: One to four capitalised words of a side's name.
_SIDE = r"(?:[A-Z][A-Za-z.'’&-]*[ \t]+){1,4}"
#: A side's name opening an item of a list of results: the sentence start, a colon, a
#: semicolon, a comma or a bracket before it (``Results: Harcastle United``).
_RESULT_SIDE_LEFT = LazyPattern(r"(?:\A|[:;,(][ \t]*)" + _SIDE + r"\Z")
#: The other side's name and its goals, ending the item: ``Sefton Vale 0;``.
_RESULT_SIDE_RIGHT = LazyPattern(
    r"[ \t]+" + _SIDE + r"(?P<second>[0-9]{1,2})(?=[ \t]*(?:[;,.()]|\Z))"
)


def read_result(text: str, first: Reading, start: int, end: int) -> Figure | None:
    """Read an item of a line of results as a score: ``Harcastle United 2 Sefton Vale 0;``.

    Results are written as each side's name followed by its score, the items
    parted by semicolons or commas: a whole number of one or two digits
    after a name that opens its item, then another name and another such
    number that ends it, are the two numbers of a score, not numbers of
    names.

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    """
    if not first.plain or first.has_unit or first.raw != str(int(first.value)):
        return None
    if len(first.raw) > 2:
        return None
    other = _RESULT_SIDE_RIGHT.match(text, first.end, end)
    if other is None:
        return None
    if _RESULT_SIDE_LEFT.search(text, max(start, first.start - 60), first.start) is None:
        return None
    attributes: dict[str, Any] = {"score": [int(first.value), int(other.group("second"))]}
    return Figure(first.start, other.end(), "score", None, attributes=attributes)


def score_after_opponent(text: str, reading: Reading, start: int, end: int) -> bool:
    """Whether a score follows a verb of a game's result and the opponent's name.

    ``beat Eastbay 104-98``, ``lost to Wigan 2-1``: the name before the
    number is the side beaten, not a name the number belongs to (``Boeing
    737``), when two dash-joined whole numbers of one to three digits, the
    larger first, follow a verb of
    :data:`~newsparse.builtin.numbers.lexicon.RESULT_VERBS`.
    """
    if not reading.plain or len(reading.raw) > 3:
        return False
    link = RANGE_LINK_RE.match(text, reading.end, end)
    if link is None or link.group("link") not in ("-", "–"):
        return False
    second = _SCORE_END.match(text, link.end())
    if second is None or int(second.group()) > reading.value:
        return False
    left = max(start, reading.start - 60)
    return _RESULT_NAME_LEFT.search(text, left, reading.start) is not None


def _bare(reading: Reading, end: int) -> Reading:
    """Return *reading* without the noun read after it (``2 ruling`` of ``a 7-2 ruling``)."""
    return Reading(reading.start, end, reading.value, reading.raw, plain=reading.plain)


def _whole_digits(reading: Reading) -> bool:
    """Whether a number is written as a whole number in digits (``1,204``, not ``2.5``)."""
    return reading.raw.replace(",", "").isdigit() and not reading.scaled
