"""The stance-cue lexicon: words that mark a statement's position, and what follows them.

The cues are the lexicon's ``stance_cues`` table
(``newsparse/lexicon/data/stance_cues.tsv``): each row gives the cue word by
word, its stance and its *frame*, what the cue governs:

``np``
   a noun phrase: ``call for dialogue``, ``oppose sanctions``;
``vp``
   a verb phrase: ``pledged to deepen ties``, ``agreed to hold talks``;
``that``
   a finite clause: ``agreed that the programme will be expanded``.

Besides the listed cues, a modal (``will``, ``would``, ``shall``) after a
party is a commitment whose frame is the verb phrase that follows it
(``The two sides will expand co-operation``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property, lru_cache
from typing import NamedTuple

from newsparse.lexicon import Lexicon, alternation, default_lexicon
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["FRAMES", "STANCES", "CueLexicon", "CueMatch", "CueRow", "read_rows"]

#: The stance set; a plugin may add its own stances with :meth:`CueLexicon.extended`.
STANCES: tuple[str, ...] = (
    "call_for",
    "commit",
    "support",
    "oppose",
    "condemn",
    "criticize",
    "appreciate",
    "reaffirm",
    "agree",
    "express_concern",
    "other",
)

#: What a cue governs.
FRAMES: tuple[str, ...] = ("np", "vp", "that")

_SEPARATOR = r"[\s“”\"‘’']+"
_TIME = (
    r"(?:" + _SEPARATOR + r"(?:on|last|this)\s+(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|year)|" + _SEPARATOR + r"(?:today|yesterday|again|also|jointly))?"
)
_MODAL = LazyPattern(
    r"\b(?:will|would|shall)(?:\s+(?:also|further|jointly|continue\s+to|each|together))*"
    r"\s+(?!be\b|have\b|not\b)(?=[a-z])",
    re.IGNORECASE,
)


class CueRow(NamedTuple):
    """One row of the lexicon.

    :param pattern: the cue, word by word (``"call|calls|called for"``).
    :param stance: its stance.
    :param frame: ``np``, ``vp`` or ``that``.
    """

    pattern: str
    stance: str
    frame: str


class CueMatch(NamedTuple):
    """A cue found in a text.

    :param start: first code point of the cue.
    :param end: one past its last code point.
    :param stance: the stance it marks.
    :param frame: what it governs.
    """

    start: int
    end: int
    stance: str
    frame: str


def _word_regex(word: str) -> str:
    repeat = word.endswith("*")
    optional = word.endswith("?") or repeat
    core = word.rstrip("?*")
    alternatives = alternation(core.split("|"))
    body = f"(?:{_SEPARATOR}(?:{alternatives}))"
    if repeat:
        return body + "*"
    return body + ("?" if optional else "")


def _row_regex(row: CueRow) -> str:
    words = row.pattern.split()
    first = alternation(words[0].split("|"))
    rest = "".join(_word_regex(w) for w in words[1:])
    time = _TIME if len(words) > 1 else ""
    return rf"\b(?:{first}){time}{rest}\b"


def read_rows(rows: Iterable[Sequence[str]], source: str) -> Iterator[CueRow]:
    """Check rows of the ``stance_cues`` table (pattern, stance, frame) and return them.

    :param rows: the table's rows.
    :param source: where they come from, for error messages.
    :raises ValueError: for a row without three columns or with an unknown frame.
    """
    for number, cols in enumerate(rows, 1):
        cells = [c.strip() for c in cols]
        if len(cells) != 3 or not all(cells):
            raise ValueError(
                f"{source}, row {number}: expected pattern, stance and frame, got {tuple(cols)!r}."
            )
        if cells[2] not in FRAMES:
            raise ValueError(
                f"{source}, row {number}: frame {cells[2]!r} is not one of {', '.join(FRAMES)}."
            )
        yield CueRow(cells[0].lower(), cells[1], cells[2])


class CueLexicon:
    """Stance cues compiled into one pattern.

    Plugins add cues (and stances) to the lexicon's ``stance_cues`` table
    with the ``newsparse_word_lists`` hook; see :doc:`/statement_clauses`.

    :param rows: the cue rows.
    """

    def __init__(self, rows: Iterable[CueRow]) -> None:
        self.rows: tuple[CueRow, ...] = tuple(rows)
        if not self.rows:
            raise ValueError("A cue lexicon needs at least one cue.")
        self.stances: tuple[str, ...] = tuple(
            dict.fromkeys([*STANCES, *(r.stance for r in self.rows)])
        )
        # Longer cues first, so that "express concern over" wins over "express".
        order = sorted(range(len(self.rows)), key=lambda i: -len(self.rows[i].pattern.split()))
        self._order = order

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Every cue, longest first, one named group per row (compiled on first use)."""
        alternatives = "|".join(f"(?P<c{i}>{_row_regex(self.rows[i])})" for i in self._order)
        return re.compile(alternatives, re.IGNORECASE)

    @cached_property
    def _first(self) -> re.Pattern[str]:
        """The cues' first words, to try :attr:`pattern` only where one of them stands.

        Compiled on first use, like :attr:`pattern`: many texts have no
        statement to look for cues in.
        """
        firsts = {w for row in self.rows for w in row.pattern.split()[0].split("|")}
        return re.compile(rf"\b(?:{alternation(firsts, factored=True)})\b", re.IGNORECASE)

    @classmethod
    def default(cls) -> CueLexicon:
        """Return the cues of the default lexicon (built once)."""
        return cls.from_lexicon(default_lexicon())

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> CueLexicon:
        """Return the cues of *lexicon*'s ``stance_cues`` table (built once per lexicon).

        :raises ValueError: when a row is malformed.
        """
        return _from_lexicon(lexicon)

    def find(self, text: str, lo: int, hi: int) -> list[CueMatch]:
        """Return the cues inside ``[lo, hi)``, in order, modals included."""
        found: list[CueMatch] = []
        for first in self._first.finditer(text, lo, hi):
            match = self.pattern.match(text, first.start(), hi)
            if match is None or (found and first.start() < found[-1].end):
                continue
            name = match.lastgroup
            if name is None:
                continue
            row = self.rows[int(name[1:])]
            start = match.start()
            while start < match.end() and not text[start].isalpha():
                start += 1
            found.append(CueMatch(start, match.end(), row.stance, row.frame))
        for match in _MODAL.finditer(text, lo, hi):
            word_end = match.start() + len(match.group().split()[0])
            found.append(CueMatch(match.start(), word_end, "commit", "vp"))
        found.sort()
        return found


@lru_cache(maxsize=8)
def _from_lexicon(lexicon: Lexicon) -> CueLexicon:
    return CueLexicon(read_rows(lexicon.table("stance_cues"), "The lexicon's stance_cues"))
