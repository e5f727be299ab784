"""Sentence splitting inside one paragraph, by rules over candidate boundaries.

One compiled expression finds every candidate boundary: a run of final
punctuation (``.``, ``?``, ``!``, ``…``, spaced ellipses) with the closing
quotes and brackets after it, followed by a space.  Each candidate is then
judged from the word it closes and the word after it (:func:`_judge`).
A few more expressions mark boundaries that need no final punctuation: list
bullets, photo-credit labels (``Image:``), smileys, a dateline or date that
opens a paragraph, and inline numbered lists.  Every expression starts with
a character class, so the scanning is done by the regular-expression engine
and Python only runs for the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.builtin.fast.abbreviations import (
    AFTER_TIME_CONTINUATIONS,
    BOUNDARY_TITLES,
    CREDIT_LABELS,
    EXCLAMATORY_NAMES,
    GENERAL_ABBREVIATIONS,
    INNER_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    NUMBER_ABBREVIATIONS,
    SENTENCE_STARTERS,
    STATE_ABBREVIATIONS,
    TIME_ABBREVIATIONS,
    TIME_FRONTING,
    TITLES,
    WEEKDAY_NAMES,
    is_abbreviation,
)
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern
from newsparse.text.charclasses import (
    CLOSING_PUNCTUATION,
    DASHES,
    INVISIBLES,
    LIST_BULLETS,
    OPENING_PUNCTUATION,
    QUOTES,
    SPACE,
    TERMINAL_PUNCTUATION,
)

__all__ = ["sentence_spans"]

#: Final punctuation followed by a space or the end: the candidate boundaries.
#: Only the start of a run of final punctuation is tried (the lookbehind: the
#: character before the first mark is no mark): a run that fails there fails
#: everywhere inside it, and trying each of its positions would take
#: quadratic time on a long run.  The expression starts with the class of
#: the first mark, before the lookbehind, so that the engine skips to the
#: characters of that class instead of trying every position.
_FINAL = re.compile(
    rf"[{TERMINAL_PUNCTUATION}](?<![{TERMINAL_PUNCTUATION}][{TERMINAL_PUNCTUATION}])"
    rf"[{TERMINAL_PUNCTUATION}]*(?:[ \u00a0][{TERMINAL_PUNCTUATION}]+)*"  # spaced ellipses too
    rf"(?P<close>[{CLOSING_PUNCTUATION}]*)(?=[{SPACE}]|\Z)"
)

#: A smiley: ``Best ceviche so far! :) They ...``.
_EMOTICON = r"[:;=][-'^]?[()DPpOo3\[\]/\\|*]"
_EMOTICON_WORD = re.compile(rf"{_EMOTICON}\Z")

#: Boundaries marked without final punctuation: before a list bullet or a
#: photo-credit label (``Image: Reuters.``), after a smiley before a capital.
#: One scan finds the three: no two of them can overlap, as each starts with
#: characters the others cannot hold there.
_MARKS = re.compile(
    rf"(?P<before>[{LIST_BULLETS}]|(?:{alternation(CREDIT_LABELS)}):(?=[{SPACE}]))"
    rf"|(?P<after>{_EMOTICON}(?=[{SPACE}]+[A-Z]))"
)

#: The characters a match of :data:`_MARKS` starts with: a bullet, a credit
#: label's initial, a smiley's eyes.
_MARK_START = re.compile(
    rf"[{LIST_BULLETS}{''.join(sorted({re.escape(label[0]) for label in CREDIT_LABELS}))}:;=]"
)

#: A space or a bullet: what ends the word before a candidate.
_WORD_EDGE = re.compile(rf"[{SPACE}{LIST_BULLETS}]")

#: The spaces, opening punctuation and word after a candidate.
_NEXT = re.compile(rf"[{SPACE}]*(?P<open>[{OPENING_PUNCTUATION}]*)(?P<word>[^{SPACE}]*)")

#: An acronym written with periods, without its final one: ``U.S``, ``a.m``, ``Ph.D``.
_ACRONYM = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}\Z")

#: A word that is no abbreviation by its form: letters with a vowel.
_ORDINARY_WORD = LazyPattern(r"(?=[^\W\d_]*[aeiouyAEIOUY])[^\W\d_]{2,}\Z")

#: A list marker that opens a sentence: ``1.``, ``b)``, ``⁃9.``, ``IV.``.
_ENUMERATION_WORD = re.compile(
    rf"[{LIST_BULLETS}*\-]?(?:\d{{1,2}}|[A-Za-z]|[IVXivx]{{2,4}})[.)]?\Z"
)

#: What may stand between the start of a sentence and its list marker.
_LIST_PREFIX = re.compile(rf"[{SPACE}{LIST_BULLETS}{OPENING_PUNCTUATION}*\-]*")

_MARKER = rf"(?:(?P<number>\d{{1,2}})|(?P<letter>[a-z]))(?P<style>\.\)|[.)])(?=[{SPACE}])"

#: An inline list marker: ``1.``, ``2)``, ``3.)``, ``a.``.
_LIST_MARKER = LazyPattern(rf"(?<![^{SPACE}{LIST_BULLETS}]){_MARKER}")

#: The list marker that opens a paragraph, after bullets or opening punctuation.
_FIRST_LIST_MARKER = re.compile(_LIST_PREFIX.pattern + _MARKER)

#: A short parenthesis closed by final punctuation: a citation (``(Smith 55).``).
_CITATION = LazyPattern(rf"\([^(){TERMINAL_PUNCTUATION}]{{1,40}}\)[{TERMINAL_PUNCTUATION},;]")

_MONTH_NAMES = MONTH_NAMES
_WEEKDAY_NAMES = WEEKDAY_NAMES
_CAPITAL_AHEAD = rf"(?=[ \t\u00a0]+[{QUOTES}]?[A-Z])"

#: A date opening a paragraph and followed by its first sentence:
#: ``Thursday, May 7, 2015 On Tuesday, ...``.
_LEADING_DATE = re.compile(
    rf"(?:(?:{_WEEKDAY_NAMES}),?[ \t]+)?(?:{_MONTH_NAMES})[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
    rf"{_CAPITAL_AHEAD}"
)

_CAPS_WORD = r"[A-Z][A-Z.'’-]+"
_PLACE_WORD = r"[A-Z][\w.'’-]*"
_NAME_WORD = r"[A-Z][a-z'’-]+"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}}"  # BEIJING, NEW YORK
_PLACE = rf"{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}}"  # Calif., D.C., China
_NAME = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"  # Evansville, United States

#: A news dateline opening a paragraph: ``BEIJING —``, ``WASHINGTON (Reuters) -``,
#: ``Evansville, Indiana, United States -``.  Title-case places need a comma,
#: so that ``Mr. Putin — who ...`` is no dateline.
_DATELINE = re.compile(
    rf"(?:{_CAPS_PLACE}(?:,[ ]{_PLACE}){{0,2}}|{_NAME}(?:,[ ]{_NAME}){{1,3}})"
    rf"(?:[ ]\([^()]{{1,30}}\))?"
    rf"(?:[ ]+[-{DASHES}]{{1,2}}|[ ]*[\u2013\u2014])"
    rf"{_CAPITAL_AHEAD}"
)

_STRONG = frozenset("!?\u203d\u2047\u2048\u2049\uff01\uff1f")
_OPENING = OPENING_PUNCTUATION.replace("\\", "")
_TRAILING = ",;:" + CLOSING_PUNCTUATION.replace("\\", "") + TERMINAL_PUNCTUATION
_HYPHENS = frozenset("-" + DASHES)
_SPACES = frozenset(INVISIBLES)
#: Every space character, for :meth:`str.strip` (none lies above U+3000).
_STRIPPED = "".join(char for char in map(chr, range(0x3001)) if char.isspace()) + INVISIBLES


def _is_space(char: str) -> bool:
    return char.isspace() or char in _SPACES


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` moved inwards past spaces (empty when all space)."""
    piece = text[start:end]
    left = piece.lstrip(_STRIPPED)
    start += len(piece) - len(left)
    return start, start + len(left.rstrip(_STRIPPED))


def _previous_word(text: str, start: int, pos: int) -> str:
    """Return the word that ends before the spaces preceding *pos* (not before *start*)."""
    end = pos
    while end > start and _is_space(text[end - 1]):
        end -= 1
    begin = end
    while begin > start and not _is_space(text[begin - 1]):
        begin -= 1
    return text[begin:end]


def _is_listed(core: str) -> bool:
    """Whether *core* is in any abbreviation list."""
    return (
        is_abbreviation(core)
        or core in STATE_ABBREVIATIONS
        or core in TIME_ABBREVIATIONS
        or core in EXCLAMATORY_NAMES
    )


def _is_starter(word: str) -> bool:
    """Whether *word* (with trailing punctuation) usually begins a sentence."""
    core = word.rstrip(_TRAILING)
    return core in SENTENCE_STARTERS or core.rstrip(".") in BOUNDARY_TITLES


def _ends_before_starter_only(core: str, text: str, sentence_start: int, word_start: int) -> bool:
    """Whether *core* is an abbreviation after which only a sentence starter begins a sentence."""
    if core in GENERAL_ABBREVIATIONS:
        return True
    if _ACRONYM.match(core) or (len(core) == 1 and core.isalpha()):
        return True
    return core in STATE_ABBREVIATIONS and _previous_word(
        text, sentence_start, word_start
    ).endswith(",")


def _is_street(text: str, sentence_start: int, word_start: int) -> bool:
    """Whether the ``St.`` at *word_start* follows a name or number (``Main St.``, ``5th st.``)."""
    previous = _previous_word(text, sentence_start, word_start)[:1]
    return previous.isdigit() or previous.isupper()


def _is_period_boundary(
    text: str, sentence_start: int, word_start: int, core: str, next_word: str
) -> bool:
    """Judge a single period after *core*, followed by a word that is not lowercase."""
    if core in INNER_ABBREVIATIONS:
        return False
    if next_word[:1].isdigit() and (
        core in NUMBER_ABBREVIATIONS or core in MONTHS or core in TITLES or len(core) == 1
    ):
        return False
    if _ENUMERATION_WORD.match(core) and _LIST_PREFIX.fullmatch(text, sentence_start, word_start):
        return False
    if core in TITLES and not (
        core.lower() == "st" and _is_street(text, sentence_start, word_start)
    ):
        return False
    if core in TIME_ABBREVIATIONS:
        if next_word.rstrip(_TRAILING) in AFTER_TIME_CONTINUATIONS:
            return False
        lead = text[sentence_start:word_start].split()
        if len(lead) <= 4 and lead and lead[0].lstrip(_OPENING) in TIME_FRONTING:
            return False
    if core.lower() == "st" or _ends_before_starter_only(core, text, sentence_start, word_start):
        return _is_starter(next_word)
    return True


def _is_lowercase_boundary(core: str, punct: str, close: str, next_open: str) -> bool:
    """Judge final punctuation followed by a lowercase word.

    Inside quotes (``'Great.' she said``), after an abbreviation or an
    ellipsis the sentence goes on; after an ordinary word it ends, as it
    does in informal copy that does not capitalise (``It's fine. i think``).
    """
    if close or next_open:
        return False
    if _STRONG.intersection(punct):
        return core not in EXCLAMATORY_NAMES
    return punct == "." and _ORDINARY_WORD.match(core) is not None and not _is_listed(core)


def _word_start(text: str, start: int, pos: int) -> int:
    """Return where the word ending at *pos* begins (a bullet or space stops it)."""
    begin = max(start, text.rfind(" ", start, pos) + 1)
    if _WORD_EDGE.search(text, begin, pos) is None:
        return begin
    while pos > begin and not _WORD_EDGE.match(text, pos - 1):
        pos -= 1
    return pos


def _judge(text: str, final: re.Match[str], sentence_start: int, start: int, end: int) -> int:
    """Return where the sentence ends if candidate *final* ends one, else ``-1``.

    :param sentence_start: where the current sentence starts.
    :param start: where the paragraph starts.
    :param end: where it ends.
    """
    following = _NEXT.match(text, final.end(), end)
    if following is None or following.end() == following.start("open"):
        return -1
    next_open = following.group("open")
    next_word = following.group("word")
    punct_start = final.start()
    close = final.group("close")
    punct = text[punct_start : final.start("close")]
    word_start = _word_start(text, start, punct_start)
    while word_start < punct_start and text[word_start] in _OPENING:
        word_start += 1
    core = text[word_start:punct_start]
    head = next_word[:1]
    if head.islower():
        return final.end() if _is_lowercase_boundary(core, punct, close, next_open) else -1
    if (next_open or head)[:1] in _HYPHENS or _EMOTICON_WORD.match(next_word):
        return -1
    if next_open.startswith("(") and _CITATION.match(text, following.start("open")):
        return -1
    if _STRONG.intersection(punct):
        if core in EXCLAMATORY_NAMES and not close and not _is_starter(next_word):
            return -1
        return final.end()
    if punct == ".":
        if _is_period_boundary(text, sentence_start, word_start, core, next_word):
            return final.end()
        return -1
    if text[punct_start - 1 : punct_start] == "[" and close.startswith("]"):
        # ``[...]`` marks words left out of a quotation; a capital after it
        # starts a new sentence.
        return final.end()
    if core and punct.startswith(". "):
        # ``compounds. . . . The``: the word's own period ends the sentence and
        # the spaced ellipsis opens the next one.
        return punct_start + 1
    if not core and punct.count(".") + 3 * punct.count("\u2026") < 4:
        # A spaced three-dot ellipsis marks an omission inside the sentence.
        return -1
    return final.end()


def _marks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Yield what ``_MARKS.finditer(text, start, end)`` yields, tried only where a match can start.

    The expression has no fixed first character, so the engine would try it
    at every position of the paragraph; the characters that can start a
    match are rare.
    """
    search = _MARK_START.search
    match = _MARKS.match
    pos = start
    while (hit := search(text, pos, end)) is not None:
        at = hit.start()
        mark = match(text, at, end)
        if mark is None:
            pos = at + 1
        else:
            yield mark
            pos = mark.end()


def _marked_boundaries(text: str, start: int, end: int) -> list[int]:
    """Return the boundaries that need no final punctuation, in order.

    They lie after a dateline or a date that opens the paragraph, before
    the items of an inline numbered list, before list bullets and
    photo-credit labels, and after smileys followed by a capital.
    """
    found: list[int] = []
    if text[start : start + 1].isupper():
        lead = _DATELINE.match(text, start, end) or _LEADING_DATE.match(text, start, end)
        if lead:
            found.append(lead.end())
    first = _FIRST_LIST_MARKER.match(text, start, end)
    if first and first.group("number") in (None, "1") and first.group("letter") in (None, "a"):
        expected = 2 if first.group("number") else ord("b")
        style = first.group("style")
        for marker in _LIST_MARKER.finditer(text, first.end(), end):
            value = int(marker["number"]) if marker["number"] else ord(marker["letter"] or "a")
            if value == expected and marker["style"] == style:
                found.append(marker.start())
                expected += 1
    for mark in _marks(text, start, end):
        where = mark.start()
        if where > start and _is_space(text[where - 1]):
            found.append(where if mark.lastgroup == "before" else mark.end())
    found.sort()
    return found


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the sentences of the paragraph ``text[start:end]``.

    The sentences partition the paragraph: between two consecutive spans,
    and before the first and after the last, lies only whitespace.  Spans
    are trimmed of whitespace and never empty.

    :param text: the document text.
    :param start: where the paragraph starts.
    :param end: where it ends (the end of *text* when ``None``).
    :return: half-open ``(start, end)`` code-point offsets into *text*.
    """
    stop = len(text) if end is None else end
    marked = _marked_boundaries(text, start, stop)
    boundaries: list[int] = []
    sentence_start = start
    next_mark = 0
    for final in _FINAL.finditer(text, start, stop):
        while next_mark < len(marked) and marked[next_mark] <= final.start():
            sentence_start = max(sentence_start, marked[next_mark])
            next_mark += 1
        boundary = _judge(text, final, sentence_start, start, stop)
        if boundary > sentence_start:
            boundaries.append(boundary)
            sentence_start = boundary
    if marked:
        boundaries = sorted({*boundaries, *marked})
    boundaries.append(stop)
    spans: list[tuple[int, int]] = []
    previous = start
    for boundary in boundaries:
        if boundary <= previous:
            continue
        span = _trim(text, previous, boundary)
        if span[0] < span[1]:
            spans.append(span)
        previous = boundary
    return spans
