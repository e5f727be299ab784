"""The subject of a figure: the span saying what is measured.

Three readings are tried, in this order:

1. an ``of`` phrase after a share (``60 per cent of its revenue``);
2. the noun a figure modifies (``a two-day state visit``, ``a $700,000 award``);
3. the subject of the clause whose verb governs the figure (``bilateral
   trade between Canada and Mexico reached a record US$240-billion``).
"""

from __future__ import annotations

import re

from newsparse.builtin.numbers.lexicon import CHANGE_WORDS, COUNT_STOPWORDS
from newsparse.builtin.numbers.scanner import ascii_lower
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["find_subject"]

_MAX_SUBJECT = 90
_MAX_CLAUSE = 240
_PHRASE_WORD = re.compile(r"[ \t]*(?P<word>[A-Za-z0-9][A-Za-z0-9'’&.-]*)")
_OF = re.compile(r"[ \t]+of(?![A-Za-z])")
_DETERMINER_LEFT = re.compile(
    r"(?i:(?<![A-Za-z])(?:a|an|the|its|their|his|her|our|this|that|whose)|['’]s)[ \t]*\Z"
)
_CLAUSE_BREAK = re.compile(r"[;:()\[\]“”\"—–]|,[ \t]|\.[ \t]+(?=[A-Z])| -- | - ")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LEADING = LazyPattern(r"(?i:(?:the|a|an)[ \t]+)")
_TRAILING = LazyPattern(
    r"(?i:[ \t]+(?:which|who|that|has|have|had|is|are|was|were|will|would|could|can|may|might"
    r"|also|now|already|still|just|only|then|been|be|being|reportedly|currently|recently|"
    r"expected|to|says|said|ever))+\Z"
)
_PRONOUNS = frozenset(
    {"it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "which", "who"}
)

#: Verbs after which the figure is the object or complement of the clause.
_GOVERNING_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "reached",
        "reach",
        "reaches",
        "reaching",
        "hit",
        "hits",
        "totaled",
        "totalled",
        "totals",
        "totalling",
        "totaling",
        "stood",
        "stands",
        "stand",
        "cost",
        "costs",
        "costing",
        "has",
        "have",
        "had",
        "made",
        "makes",
        "earned",
        "earns",
        "paid",
        "pays",
        "pay",
        "raised",
        "raises",
        "lost",
        "gained",
        "grew",
        "reported",
        "reports",
        "posted",
        "posts",
        "recorded",
        "records",
        "amounted",
        "amounts",
        "came",
        "comes",
        "generated",
        "generates",
        "employs",
        "employed",
        "delivered",
        "delivers",
        "sold",
        "sells",
        "bought",
        "produced",
        "produces",
        "exceeded",
        "exceeds",
        "topped",
        "tops",
        "averaged",
        "averages",
        "accounted",
        "accounts",
        "represents",
        "represented",
        "contains",
        "contained",
        "includes",
        "included",
        "received",
        "receives",
        "spent",
        "spends",
        "owes",
        "owed",
        "valued",
        "worth",
        "priced",
        "estimated",
        "forecast",
        "expects",
        "expected",
        "needs",
        "needed",
        "scored",
        "scores",
        "won",
        "hosts",
        "hosted",
        "killed",
        "injured",
    ]
) | frozenset(CHANGE_WORDS)


def find_subject(
    text: str,
    start: int,
    end: int,
    cue_start: int,
    floor: int,
    limit: int,
    *,
    share: bool,
    modifier: bool = True,
) -> tuple[int, int] | None:
    """Return the span of what the figure ``text[start:end]`` measures.

    :param cue_start: where the figure's left cues begin (``a record``, ``about``).
    :param floor: start of the sentence.
    :param limit: end of the sentence.
    :param share: whether the figure is a share or fraction, whose ``of``
        phrase names what it is a share of.
    :param modifier: whether the figure may modify the noun after it (not
        for counts, whose noun is their unit).
    :return: ``(start, end)`` offsets, or ``None`` when nothing fits.
    """
    if share:
        of = _OF.match(text, end)
        if of is not None:
            phrase = _noun_phrase(text, of.end(), limit, allow_determiner=True)
            if phrase is not None:
                return phrase
    if modifier and _DETERMINER_LEFT.search(text, max(floor, cue_start - 12), cue_start):
        phrase = _noun_phrase(text, end, limit, allow_determiner=False)
        if phrase is not None:
            return phrase
    return _clause_subject(text, cue_start, floor)


def _noun_phrase(
    text: str, pos: int, limit: int, *, allow_determiner: bool
) -> tuple[int, int] | None:
    """Read up to six words of a noun phrase starting at *pos*."""
    first = -1
    last = -1
    cursor = pos
    for index in range(6):
        match = _PHRASE_WORD.match(text, cursor)
        if match is None or match.end() > limit:
            break
        written = match.group("word")
        word = written.rstrip(".")
        lower = word.lower()
        if lower in COUNT_STOPWORDS or lower in _GOVERNING_VERBS:
            if index == 0 and allow_determiner and lower in ("the", "its", "their", "his", "her"):
                cursor = match.end()
                first = match.start("word")
                continue
            break
        if lower.endswith("ly") or (lower.endswith("ed") and index > 0):
            break
        if first < 0:
            first = match.start("word")
        last = match.start("word") + len(word)
        cursor = match.end()
        if written.endswith("."):
            break
    if first < 0 or last <= first or text[first:last].lower() in COUNT_STOPWORDS:
        return None
    return first, last


def _last_verb(text: str, start: int, end: int) -> int:
    """Return the offset of the last word of ``text[start:end]`` that is a governing verb.

    The words are those :data:`_WORD` finds from *start*, looked up in
    lower case; ``-1`` when none is a verb.
    """
    found = -1
    for word in _WORD.finditer(ascii_lower(text[start:end])):
        if word.group() in _GOVERNING_VERBS:
            found = word.start()
    return found + start if found >= 0 else -1


def _clause_subject(text: str, cue_start: int, floor: int) -> tuple[int, int] | None:
    """Find the verb left of the figure and return the words before it in its clause."""
    clause_start = max(floor, cue_start - _MAX_CLAUSE)
    for match in _CLAUSE_BREAK.finditer(text, clause_start, cue_start):
        clause_start = match.end()
    verb_start = _last_verb(text, clause_start, cue_start)
    if verb_start <= clause_start:
        # ``The number of applications fell by about 1,100``: the verb of a change
        # opens the figure's own cues.
        verb = _WORD.match(text, cue_start)
        if verb is None or ascii_lower(verb.group()) not in CHANGE_WORDS:
            return None
        verb_start = cue_start
    if verb_start <= clause_start:
        return None
    start = clause_start
    end = verb_start
    segment = text[start:end]
    stripped = segment.lstrip()
    start += len(segment) - len(stripped)
    leading = _LEADING.match(text, start, end)
    if leading is not None:
        start = leading.end()
    trailing = _TRAILING.search(text, start, end)
    if trailing is not None:
        end = trailing.start()
    while end > start and text[end - 1] in " \t,":
        end -= 1
    if end <= start or end - start > _MAX_SUBJECT:
        return None
    if text[start:end].lower() in _PRONOUNS:
        return None
    return start, end
