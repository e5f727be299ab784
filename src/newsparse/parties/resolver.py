"""From a phrase to the parties it names.

:class:`PartyResolver` reads one document once (its party references and
statements) and then answers, for a subject phrase, which parties take the
position:

* a coordination of countries, capitals or demonyms names those parties
  (``Moscow and Beijing`` -> China, Russia; ``the Kazakh side`` -> Kazakhstan);
* a group phrase (``both sides``, ``the two leaders``, ``the Parties``,
  ``We``) or a statement noun (``the joint statement``, ``the document``)
  names the signatories of the statement in force;
* a person named with a country (``Prime Minister of Japan Hiro Tanaka``)
  stands for that country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, NamedTuple

import attrs

from newsparse.lexicon.dispatch import LazyPattern
from newsparse.model import Document, Speaker
from newsparse.parties.refs import (
    GROUP_PHRASE,
    STATEMENT_NOUN,
    PartyNames,
    PartyRefs,
    statement_nouns,
)
from newsparse.parties.statements import StatementIndex, StatementInfo, coordinated_runs

__all__ = ["PartyResolver", "Subject", "SubjectKind", "join_names"]

SubjectKind = Literal["parties", "side", "group", "statement", "person", "pronoun", "none"]

_LINE = LazyPattern(r"[^\n]+")
_SENTENCE = LazyPattern(r"[^.!?\n]+(?:[.!?]+[”\"’']?|$)")
_DOCUMENT = re.compile(
    r"\b(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:document|text|statement|declaration"
    r"|communiqu[eé])\b|\bit\b",
    re.IGNORECASE,
)
_SIDE = LazyPattern(r"\s*(?:side|government|delegation|leader|president|premier)\b", re.IGNORECASE)
_PLURAL_PRONOUN = LazyPattern(r"\b(?:they|we)\b", re.IGNORECASE)
_PERSON_PRONOUN = LazyPattern(r"\b(?:he|she)\b", re.IGNORECASE)
#: A capitalised word right after a reference: ``Russian President``, ``Japan Hiro``.
_NAME_AFTER = LazyPattern(r"[ \t]+(?:[A-Z][\w’'.-]*)")
_CAPITALISED = LazyPattern(r"\b[A-Z][\w’'-]+")
_PERSON_REACH = 60


def join_names(names: Sequence[str]) -> str:
    """Return names as one phrase: ``"China and Russia"``, ``"Canada, Mexico and Chile"``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


class Subject(NamedTuple):
    """The parties a subject phrase names.

    :param kind: what sort of phrase it is: ``parties`` (countries named),
        ``side`` (``the Chinese side``), ``group`` (``both sides``),
        ``statement`` (``the statement``), ``person``, ``pronoun`` or ``none``.
    :param parties: canonical names of the parties, empty when none is known.
    :param start: where the phrase starts (the end of the window when none).
    """

    kind: SubjectKind
    parties: tuple[str, ...]
    start: int


class PartyResolver:
    """Resolves party phrases of one document.

    :param text: the document text.
    :param paragraphs: paragraph spans (lines when empty).
    :param sentences: sentence spans (a simple rule when empty).
    :param names: the names that stand for parties
        (:func:`~newsparse.parties.refs.party_names` of the default lexicon
        when omitted).
    """

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[tuple[int, int]] = (),
        sentences: Sequence[tuple[int, int]] = (),
        names: PartyNames | None = None,
    ) -> None:
        self.text = text
        if not paragraphs:
            paragraphs = [m.span() for m in _LINE.finditer(text)]
        if not sentences:
            sentences = [
                m.span() for lo, hi in paragraphs for m in _SENTENCE.finditer(text, lo, hi)
            ]
        self.paragraphs = list(paragraphs)
        self.sentences = list(sentences)
        self.refs = PartyRefs(text, names)
        self.statements = StatementIndex(text, self.paragraphs, self.sentences, self.refs)

    @classmethod
    def for_text(
        cls,
        text: str,
        paragraphs: Sequence[tuple[int, int]] = (),
        sentences: Sequence[tuple[int, int]] = (),
        names: PartyNames | None = None,
    ) -> PartyResolver | None:
        """Return a resolver, or ``None`` at once when *text* mentions no statement."""
        if next(statement_nouns(text), None) is None:
            return None
        resolver = cls(text, paragraphs, sentences, names)
        return resolver if resolver.statements else None

    @classmethod
    def from_document(cls, doc: Document, names: PartyNames | None = None) -> PartyResolver:
        """Build a resolver from a document's ``paragraphs`` and ``sentences`` layers."""
        paragraphs = [(a.start, a.end) for a in doc.layer("paragraphs")]
        sentences = [(a.start, a.end) for a in doc.layer("sentences")]
        return cls(doc.text, paragraphs, sentences, names)

    # -- statements -----------------------------------------------------------
    def statement_at(self, pos: int, end: int | None = None) -> StatementInfo | None:
        """Return the statement in force at *pos* (mentioned in ``[pos, end)`` or before)."""
        return self.statements.at(pos, end)

    def signatories_at(self, pos: int, end: int | None = None) -> tuple[str, ...]:
        """Return the signatories of the statement in force at *pos* (empty when none).

        :param pos: where the phrase starts.
        :param end: where it ends: a statement mentioned inside it counts.
        """
        info = self.statements.at(pos, end)
        return info.signatories if info is not None else ()

    # -- phrases --------------------------------------------------------------
    def speaker_parties(self, start: int, end: int) -> tuple[str, ...] | None:
        """Return the signatories a speaker mention stands for, or ``None``.

        Only group phrases (``Both sides``, ``the two leaders``) and statement
        nouns (``the joint statement``) are resolved, and only when the
        document mentions a statement before the mention: ``None`` leaves
        the speaker as the quote stage resolved it.

        :param start: start of the mention.
        :param end: end of the mention.
        """
        if not self.statements or not self.may_stand_for_parties(self.text[start:end]):
            return None
        if self.refs.find(start, end):
            return None
        parties = self.signatories_at(start, end)
        if len(parties) < 2 and GROUP_PHRASE.fullmatch(self.text[start:end].strip()) is not None:
            # ``the hereditary leaders`` after a statement one side made: a group
            # phrase stands for the sides of a joint statement only
            return None
        return parties or None

    @staticmethod
    def may_stand_for_parties(phrase: str) -> bool:
        """Whether a speaker phrase is one :meth:`speaker_parties` may resolve.

        Group phrases (``Both sides``), statement nouns (``the joint
        statement``) and document phrases (``the document``) are; other
        phrases keep their speaker whatever the document says, so a caller
        can skip building a resolver for them.

        :param phrase: the mention's text.
        """
        bare = phrase.strip()
        return (
            GROUP_PHRASE.fullmatch(bare) is not None
            or STATEMENT_NOUN.search(phrase) is not None
            or _DOCUMENT.fullmatch(bare) is not None
        )

    def speaker(self, speaker: Speaker) -> Speaker:
        """Return *speaker*, named as the signatories when its mention stands for them.

        ``Both sides said`` and ``the joint statement said`` are said by the
        statement's signatories: the speaker's name becomes ``"China and
        Russia"`` (:func:`join_names`) and its entity ``None``.
        """
        parties = self.speaker_parties(speaker.start, speaker.end)
        if not parties:
            return speaker
        return attrs.evolve(speaker, name=join_names(parties), entity=None)

    def subject(self, lo: int, hi: int) -> Subject:
        """Return the subject whose phrase ends at *hi*, looking no further left than *lo*.

        The rightmost phrase that names parties wins: in ``In the joint
        statement, Russia`` the subject is Russia.
        """
        text = self.text
        refs = self.refs.find(lo, hi)
        candidates: list[Subject] = []
        for run in coordinated_runs(text, refs):
            names = tuple(dict.fromkeys(ref.name for ref in run))
            if _NAME_AFTER.match(text, run[-1].end, hi):
                # "Russian President Vladimir Putin": a person named with a country.
                candidates.append(Subject("person", names, run[0].start))
                continue
            tail = _SIDE.match(text, run[-1].end, hi)
            kind: SubjectKind = "side" if tail is not None else "parties"
            candidates.append(Subject(kind, names, run[0].start))
        for match in _PERSON_PRONOUN.finditer(text, lo, hi):
            candidates.append(Subject("person", (), match.start()))
        for match in GROUP_PHRASE.finditer(text, lo, hi):
            candidates.append(Subject("group", self.signatories_at(match.start()), match.start()))
        for match in _DOCUMENT.finditer(text, lo, hi):
            if match.group().lower() == "it":
                continue
            signatories = self.signatories_at(match.start(), match.end())
            candidates.append(Subject("statement", signatories, match.start()))
        best = self._rightmost(candidates, hi)
        if best is not None:
            return best
        person = self._person(lo, hi)
        if person is not None:
            return person
        pronouns = list(_PLURAL_PRONOUN.finditer(text, lo, hi))
        if pronouns:
            return Subject("pronoun", (), pronouns[-1].start())
        return Subject("none", (), hi)

    @staticmethod
    def _rightmost(candidates: Sequence[Subject], hi: int) -> Subject | None:
        if not candidates:
            return None
        # A group phrase that holds a country list (the ministers of A and B) yields to the list.
        best = max(candidates, key=lambda c: (c.start, c.kind in ("parties", "side")))
        inner = [c for c in candidates if c.kind in ("parties", "side") and c.start > best.start]
        return inner[-1] if inner else best

    def _person(self, lo: int, hi: int) -> Subject | None:
        """Return a person named with a country before the first mention of their last name."""
        names = list(_CAPITALISED.finditer(self.text, lo, hi))
        if not names:
            return None
        last = names[-1]
        word = last.group()
        first = self.text.find(word)
        if first < 0:
            return None
        window_lo = max(0, first - _PERSON_REACH)
        refs = [r for r in self.refs.find(window_lo, first) if r.state]
        if not refs:
            return None
        return Subject("person", (refs[-1].name,), last.start())
