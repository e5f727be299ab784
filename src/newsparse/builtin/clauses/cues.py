"""The stance-cue lexicon: words that mark a statement's position, and what follows them.

The cues are data (``data/stance_cues.tsv``): each row gives the cue word by
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
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

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
_MODAL = re.compile(
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
    alternatives = "|".join(re.escape(w).replace(r"\-", "-") for w in core.split("|"))
    body = f"(?:{_SEPARATOR}(?:{alternatives}))"
    if repeat:
        return body + "*"
    return body + ("?" if optional else "")


def _row_regex(row: CueRow) -> str:
    words = row.pattern.split()
    first = "|".join(re.escape(w) for w in words[0].split("|"))
    rest = "".join(_word_regex(w) for w in words[1:])
    time = _TIME if len(words) > 1 else ""
    return rf"\b(?:{first}){time}{rest}\b"


def read_rows(lines: Iterable[str], source: str) -> Iterator[CueRow]:
    """Read lexicon rows (``pattern<TAB>stance<TAB>frame``), skipping comments.

    :param lines: the lines of a lexicon file.
    :param source: the file's name, for error messages.
    :raises ValueError: for a row without three columns or with an unknown frame.
    """
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != 3 or not all(cols):
            raise ValueError(
                f"{source}, line {number}: expected 'pattern<TAB>stance<TAB>frame', got {line!r}."
            )
        if cols[2] not in FRAMES:
            raise ValueError(
                f"{source}, line {number}: frame {cols[2]!r} is not one of {', '.join(FRAMES)}."
            )
        yield CueRow(cols[0].lower(), cols[1], cols[2])


class CueLexicon:
    """Stance cues compiled into one pattern.

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
        alternatives = "|".join(f"(?P<c{i}>{_row_regex(self.rows[i])})" for i in order)
        self.pattern = re.compile(alternatives, re.IGNORECASE)

    @classmethod
    def default(cls) -> CueLexicon:
        """Return the lexicon of the package's ``data/stance_cues.tsv`` (built once)."""
        return _default()

    def extended(self, rows: Iterable[CueRow | str]) -> CueLexicon:
        """Return a lexicon with more cues (rows, or ``"pattern<TAB>stance<TAB>frame"`` lines)."""
        extra = [
            r if isinstance(r, CueRow) else next(iter(read_rows([r], "extra cue")), None)
            for r in rows
        ]
        return CueLexicon([*self.rows, *(r for r in extra if r is not None)])

    def find(self, text: str, lo: int, hi: int) -> list[CueMatch]:
        """Return the cues inside ``[lo, hi)``, in order, modals included."""
        found: list[CueMatch] = []
        for match in self.pattern.finditer(text, lo, hi):
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


@lru_cache(maxsize=1)
def _default() -> CueLexicon:
    data = resources.files("newsparse.builtin.clauses").joinpath("data").joinpath("stance_cues.tsv")
    return CueLexicon(read_rows(data.read_text(encoding="utf-8").splitlines(), "stance_cues.tsv"))
