"""The statements a document gives or reports, and their signatories.

Two settings are told apart:

* **the text of a statement**: one of the first paragraphs is its title
  (``Joint Statement of Finland and Estonia ...``, ``Communiqué of the
  Leaders of ...``); the signatories are the countries the title names;
* **a report about statements**: each mention of a statement noun
  (``a joint statement``, ``the communiqué``) that is not negated (``No
  joint statement was issued``) either refers to a statement already
  mentioned (a definite or bare mention, or one of the same kind) or
  introduces a new one (an indefinite mention of another kind, ``a
  separate communiqué``).  A new statement's signatories are the nearest
  coordination of countries (``Norway and Chile``, ``the presidents of
  Egypt and Ghana``) in its sentence, else in the sentences before it, else
  the two countries the article names most.

A bare ``statement`` (``said in a statement``) is a statement only when its
sentence names two or more parties or a group (``the two leaders signed a
statement``), so that one government's press release is not taken for a
joint statement.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from newsparse.lexicon.dispatch import LazyPattern
from newsparse.parties.refs import (
    GROUP_PHRASE,
    STATEMENT_NOUN,
    PartyRef,
    PartyRefs,
    statement_nouns,
)

__all__ = ["StatementIndex", "StatementInfo", "coordinated_runs"]

Span = tuple[int, int]

_TITLE = LazyPattern(
    r"\s*(?:[\w’'-]+\s+){0,3}?(?:(?:Joint|Final|Common)\s+)?(?:Statement|Declaration|Communiqu[ée])"
    r"(?:\s*:|\s+(?:of|by|between|on|from|issued)\b)",
)
_WE_THE = LazyPattern(r"\s*We,\s+the\s+")
_NEGATION = LazyPattern(r"\b(?:no|not|never|without|nor)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_INDEFINITE = LazyPattern(
    r"\b(?:a|an|another|separate|second|new)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_JOINER = LazyPattern(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?\Z",
    re.IGNORECASE,
)


@attrs.frozen
class StatementInfo:
    """One statement of a document.

    :param index: its position among the document's statements (0-based).
    :param kind: ``"joint statement"``, ``"communiqué"``, ``"declaration"``, ...
    :param start: start of its first mention (or title).
    :param end: end of its first mention.
    :param signatories: canonical names of its parties.
    :param title: whether the document is the text of this statement.
    """

    index: int
    kind: str
    start: int
    end: int
    signatories: tuple[str, ...]
    title: bool = False


def _kind(noun: str) -> str:
    words = noun.lower().replace("communique", "communiqué").split()
    if words[-1] == "communiqué":
        return "communiqué"
    if words[-1] == "declaration":
        return "joint declaration" if words[0] == "joint" else "declaration"
    return " ".join(words)


def coordinated_runs(text: str, refs: Sequence[PartyRef]) -> list[list[PartyRef]]:
    """Group references joined by coordination (``A and B``, ``A, B and C``) into runs."""
    runs: list[list[PartyRef]] = []
    for ref in refs:
        if runs and _JOINER.match(text, runs[-1][-1].end, ref.start):
            runs[-1].append(ref)
        else:
            runs.append([ref])
    return runs


def _names(run: Sequence[PartyRef]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for ref in run:
        seen.setdefault(ref.name, None)
    return tuple(seen)


class StatementIndex:
    """The statements of one document and where each is mentioned.

    :param text: the document text.
    :param paragraphs: paragraph spans, in order.
    :param sentences: sentence spans, in order.
    :param refs: the document's party references.
    """

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Span],
        sentences: Sequence[Span],
        refs: PartyRefs,
    ) -> None:
        self._text = text
        self._sentences = list(sentences)
        self._sentence_starts = [lo for lo, _ in self._sentences]
        self._refs = refs
        self._counts: Counter[str] | None = None
        self._order: dict[str, int] = {}
        self.statements: list[StatementInfo] = []
        #: start, end, statement index of every mention, in order.
        self.mentions: list[tuple[int, int, int]] = []
        self.is_statement_text = False
        self._starts: list[int] = []
        self._title(paragraphs)
        self._scan()

    # -- building -------------------------------------------------------------
    def _title(self, paragraphs: Sequence[Span]) -> None:
        text = self._text
        for lo, hi in paragraphs[:3]:
            title = _TITLE.match(text, lo, hi) if hi - lo < 240 else None
            if title is None:
                continue
            noun = STATEMENT_NOUN.search(text, lo, hi)
            if noun is None:
                continue
            signatories = self._run_names(lo, hi)
            if len(signatories) < 2:
                signatories = self._signatories_near(hi, paragraphs)
            self._add(_kind(noun.group("kind")), noun.start(), noun.end(), signatories, title=True)
            self.is_statement_text = True
            return
        for lo, hi in paragraphs[:3]:
            if _WE_THE.match(text, lo, hi):
                signatories = self._run_names(lo, hi)
                if len(signatories) >= 2:
                    self._add("statement", lo, lo + 2, signatories, title=True)
                    self.is_statement_text = True
                    return

    def _scan(self) -> None:
        text = self._text
        for match in statement_nouns(text):
            start, end = match.span()
            line_start = text.rfind("\n", 0, start) + 1
            before = text[max(line_start, start - 40) : start]
            if _NEGATION.search(before):
                continue
            kind = _kind(match.group("kind"))
            if self.is_statement_text and self.statements:
                if not self.mentions or self.mentions[-1][0] != start:
                    self.mentions.append((start, end, 0))
                continue
            indefinite = _INDEFINITE.search(before) is not None
            known = self._same(kind, indefinite)
            if known is not None:
                self.mentions.append((start, end, known))
                if self.statements[known].kind == "statement" and kind != "statement":
                    info = self.statements[known]
                    self.statements[known] = attrs.evolve(info, kind=kind)
                continue
            lo, hi = self._sentence_of(start)
            if kind == "statement" and not self._joint_context(lo, hi):
                continue
            signatories = self._run_names(lo, hi)
            if len(signatories) < 2:
                signatories = self._signatories_before(lo)
            self._add(kind, start, end, signatories)

    def _same(self, kind: str, indefinite: bool) -> int | None:
        if not self.statements:
            return None
        if not indefinite:
            for info in reversed(self.statements):
                if info.kind == kind:
                    return info.index
            return self.statements[-1].index
        for info in reversed(self.statements):
            if info.kind == kind or kind == "statement" or info.kind == "statement":
                return info.index
        return None

    def _joint_context(self, lo: int, hi: int) -> bool:
        if GROUP_PHRASE.search(self._text, lo, hi):
            return True
        return any(len(_names(run)) >= 2 for run in self._runs(lo, hi))

    def _add(
        self, kind: str, start: int, end: int, signatories: tuple[str, ...], *, title: bool = False
    ) -> None:
        index = len(self.statements)
        self.statements.append(StatementInfo(index, kind, start, end, signatories, title))
        self.mentions.append((start, end, index))

    # -- signatories ----------------------------------------------------------
    def _runs(self, lo: int, hi: int) -> list[list[PartyRef]]:
        return coordinated_runs(self._text, self._refs.find(lo, hi))

    def _run_names(self, lo: int, hi: int) -> tuple[str, ...]:
        best: tuple[str, ...] = ()
        for run in self._runs(lo, hi):
            names = _names(run)
            if len(names) > len(best):
                best = names
        return best

    def _signatories_before(self, lo: int) -> tuple[str, ...]:
        index = bisect.bisect_right(self._sentence_starts, lo) - 1
        for k in range(index - 1, -1, -1):
            s_lo, s_hi = self._sentences[k]
            names = self._run_names(s_lo, s_hi)
            if len(names) >= 2:
                return names
        return self._most_named(2)

    def _signatories_near(self, hi: int, paragraphs: Sequence[Span]) -> tuple[str, ...]:
        for lo, p_hi in paragraphs[:4]:
            names = self._run_names(lo, p_hi)
            if len(names) >= 2:
                return names
        return self._most_named(2)

    def _most_named(self, count: int) -> tuple[str, ...]:
        counts = self._counts
        if counts is None:
            counts = Counter()
            for ref in self._refs.find(0, len(self._text)):
                if ref.state:
                    counts[ref.name] += 1
                    self._order.setdefault(ref.name, ref.start)
            self._counts = counts
        ranked = sorted(counts, key=lambda n: (-counts[n], self._order[n]))[:count]
        return tuple(sorted(ranked, key=lambda n: self._order[n]))

    def _sentence_of(self, pos: int) -> Span:
        index = bisect.bisect_right(self._sentence_starts, pos) - 1
        if index < 0:
            return 0, len(self._text)
        return self._sentences[index]

    # -- reading --------------------------------------------------------------
    def __bool__(self) -> bool:
        return bool(self.statements)

    def _mention_starts(self) -> list[int]:
        if len(self._starts) != len(self.mentions):
            self._starts = [m[0] for m in self.mentions]
        return self._starts

    def at(self, pos: int, end: int | None = None) -> StatementInfo | None:
        """Return the statement in force at *pos*: mentioned in ``[pos, end)`` or last before."""
        if not self.statements:
            return None
        starts = self._mention_starts()
        if end is not None:
            k = bisect.bisect_left(starts, pos)
            if k < len(starts) and starts[k] < end:
                return self.statements[self.mentions[k][2]]
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0:
            return None
        return self.statements[self.mentions[k][2]]

    def mentioned_in(self, lo: int, hi: int) -> bool:
        """Whether a statement is mentioned inside ``[lo, hi)``."""
        starts = self._mention_starts()
        k = bisect.bisect_left(starts, lo)
        return k < len(starts) and starts[k] < hi
