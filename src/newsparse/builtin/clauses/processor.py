"""The ``rules.statement_clauses`` processor: the commitments of the statements an article gives.

For each document, :class:`~newsparse.parties.PartyResolver` finds the
statements and their signatories.  Each sentence that is statement content
is read cue by cue (:mod:`~newsparse.builtin.clauses.cues`): the cue's
subject gives the parties, its complement is cut and split into one clause
per commitment (:mod:`~newsparse.builtin.clauses.split`).

Statement content is:

* in the text of a statement, every sentence with a cue except the preamble
  (paragraphs that end with a comma, semicolon or colon: ``Recalling ...,``);
* in a report, a sentence that mentions the statement, or whose cue's
  subject is a party of the statement (``Both sides``, ``Kenya said it``,
  ``the two leaders``), in the paragraph of a mention or in a paragraph
  that follows statement content.  People (``Mr. Putin said ...``) speak
  for themselves, not for the statement.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from newsparse.builtin.clauses.cues import CueLexicon, CueMatch
from newsparse.builtin.clauses.split import (
    Tags,
    VerbList,
    complement_end,
    conjuncts,
    load_verbs,
)
from newsparse.errors import PipelineConfigError
from newsparse.lexicon import LexiconError, lexicon_from_config
from newsparse.lexicon.dispatch import LazyPattern
from newsparse.model import CompactLayer, Cue, Document, Statement, StatementClause, Token, layer_id
from newsparse.parties import (
    PartyNames,
    PartyResolver,
    StatementInfo,
    Subject,
    party_names,
)
from newsparse.parties.refs import statement_nouns
from newsparse.pipeline.processor import Config, LayerUpdate, ProcessorSpec

__all__ = [
    "CONFIG_DEFAULTS",
    "StatementClauseExtractor",
    "make_statement_clause_extractor",
    "statement_clauses_spec",
]

#: The configuration key of ``rules.statement_clauses`` and its default:
#: ``clauses.syntax`` (``"auto"``: use part-of-speech tags when the tokens
#: have them; ``"off"``: word lists only).  Cues and verbs come from the
#: lexicon (``stance_cues``, ``commitment_verbs``, ``countries``).
CONFIG_DEFAULTS: Mapping[str, Any] = MappingProxyType({"clauses.syntax": "auto"})

_SYNTAX_CHOICES = ("auto", "off")
_WE_THE = LazyPattern(r"\bWe,\s+the\b")
_SLOT_WORDS = frozenset(
    str.split(
        """
    it they we he she sides parties leaders ministers countries nations governments presidents
    premiers side government delegation delegations statement declaration communiqué communique
    document text states also further jointly firmly strongly again both all fully each together
    once and or have has had will would shall do does did can could must should may
    monday tuesday wednesday thursday friday saturday sunday week today yesterday
    """
    )
)
_WORD_BEFORE = LazyPattern(r"([\w’'.-]+)[\s“”\"‘’']*\Z")
_BOUNDARY = LazyPattern(r"(?:,|;|\band\b|\bwhile\b|\bwith\b|\bwhereas\b)", re.IGNORECASE)
_PREAMBLE_END = (",", ";", ":")
_SENTENCE_END = LazyPattern(r"[^.!?\n]+(?:[.!?]+[”\"’']?|$)")
_REPORT_KINDS = frozenset({"parties", "side", "group", "statement"})
#: How far left of a cue its subject is looked for (keeps long inputs linear).
_SUBJECT_REACH = 400
_SENTENCE_PUNCTUATION = (".", "!", "?", "”", '"', "’", ")")
#: A person reporting (``Mr. Putin said both sides ...``): what follows is theirs.
_PERSON_SPEECH = LazyPattern(
    r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w’'-]+|\b[A-Z][a-z’'-]+|\b(?:he|she))"
    r"\s+(?:also\s+)?(?:said|says|told|added|argued|insisted)\b"
)


class StatementClauseExtractor:
    """Finds the statements of a document and the clauses of each.

    :param lexicon: the stance cues (:meth:`CueLexicon.default` when omitted).
    :param syntax: use part-of-speech tags on tokens when the document has them.
    :param verbs: the verbs that head conjuncts (the default lexicon's when omitted).
    :param names: the names that stand for parties (the default lexicon's when omitted).
    """

    def __init__(
        self,
        lexicon: CueLexicon | None = None,
        *,
        syntax: bool = True,
        verbs: VerbList | None = None,
        names: PartyNames | None = None,
    ) -> None:
        self.lexicon = lexicon if lexicon is not None else CueLexicon.default()
        self.syntax = syntax
        self.verbs: VerbList = verbs if verbs is not None else load_verbs()
        self.names: PartyNames = names if names is not None else party_names()

    def __call__(self, doc: Document) -> LayerUpdate:
        """Return ``{"statements": [...], "statement_clauses": [...]}`` for *doc*."""
        statements, clauses = self.extract(doc)
        return {"statements": statements, "statement_clauses": clauses}

    def extract(self, doc: Document) -> tuple[list[Statement], list[StatementClause]]:
        """Return the statements and clauses of *doc*, each sorted by start."""
        text = doc.text
        if not _may_hold_statement(text):
            return [], []
        resolver = PartyResolver.from_document(doc, self.names)
        if not resolver.statements:
            return [], []
        tags = self._tags(doc) if self.syntax else {}
        clauses = _Reader(text, resolver, self.lexicon, self.verbs, tags).read()
        statements = [
            Statement(
                id=layer_id("statements", info.index),
                start=info.start,
                end=info.end,
                kind=info.kind,
                signatories=info.signatories,
            )
            for info in resolver.statements.statements
        ]
        return statements, clauses

    @staticmethod
    def _tags(doc: Document) -> Tags:
        if isinstance(doc.layer("tokens"), CompactLayer):  # offsets only: no tags
            return {}
        return {
            ann.start: ann.upos
            for ann in doc.layer("tokens")
            if isinstance(ann, Token) and ann.upos is not None
        }


def _may_hold_statement(text: str) -> bool:
    """Whether *text* names a statement or opens one with ``We, the``."""
    if next(statement_nouns(text), None) is not None:
        return True
    return "We," in text and _WE_THE.search(text) is not None


class _Reader:
    """One pass over the sentences of one document."""

    def __init__(
        self,
        text: str,
        resolver: PartyResolver,
        lexicon: CueLexicon,
        verbs: VerbList,
        tags: Tags,
    ) -> None:
        self.text = text
        self.resolver = resolver
        self.lexicon = lexicon
        self.verbs = verbs
        self.tags = tags
        self.statement_text = resolver.statements.is_statement_text
        self.clauses: list[StatementClause] = []
        self.last_parties: tuple[str, ...] = ()
        self.last_sentence = -10

    def read(self) -> list[StatementClause]:
        text = self.text
        sentences = self.resolver.sentences
        paragraphs = self.resolver.paragraphs
        statements = self.resolver.statements
        # A lede may give a statement's content before the paragraph that names it.
        context_until = -1  # the last paragraph index that is in a statement's context
        s_index = 0
        for p_index, (p_lo, p_hi) in enumerate(paragraphs):
            if p_index + 1 < len(paragraphs) and statements.mentioned_in(*paragraphs[p_index + 1]):
                context_until = max(context_until, p_index)
            paragraph_sentences: list[tuple[int, int]] = []
            while s_index < len(sentences) and sentences[s_index][0] < p_hi:
                if sentences[s_index][1] > p_lo:
                    paragraph_sentences.append(sentences[s_index])
                s_index += 1
            if not paragraph_sentences:
                paragraph_sentences = [m.span() for m in _SENTENCE_END.finditer(text, p_lo, p_hi)]
            mentioned = statements.mentioned_in(p_lo, p_hi)
            if mentioned:
                context_until = max(context_until, p_index)
            ending = text[p_lo:p_hi].rstrip()
            if self.statement_text and ending.endswith(_PREAMBLE_END):
                continue
            if not self.statement_text and not ending.endswith(_SENTENCE_PUNCTUATION):
                continue  # a headline or a dateline
            found = False
            for n, (s_lo, s_hi) in enumerate(paragraph_sentences):
                in_context = self.statement_text or context_until >= p_index
                if self._sentence(s_lo, s_hi, in_context, p_index * 1000 + n):
                    found = True
            if found or mentioned:
                context_until = max(context_until, p_index + 1)
        return self.clauses

    # -- one sentence ---------------------------------------------------------
    def _sentence(self, lo: int, hi: int, in_context: bool, number: int) -> bool:
        text = self.text
        cues = [cue for cue in self.lexicon.find(text, lo, hi) if self._in_verb_slot(cue, lo)]
        cues = _without_overlaps(cues)
        if not cues:
            return False
        mentions = self.resolver.statements.mentioned_in(lo, hi)
        statement = self.resolver.statement_at(lo, hi)
        signatories = statement.signatories if statement is not None else ()
        plans: list[tuple[CueMatch, tuple[str, ...], int]] = []  # cue, parties, subject start
        previous: tuple[str, ...] | None = None
        previous_end = lo
        for cue in cues:
            subject, start = self._subject(lo, previous_end, cue, previous is not None)
            parties = self._parties(subject, previous, signatories, number)
            accepted = parties is not None and (
                self.statement_text
                or self._reported(subject, parties, signatories, mentions, in_context, lo)
            )
            if not accepted or parties is None:
                if plans:
                    plans.append((cue, (), start))  # ends the previous complement
                previous = None
                previous_end = cue.end
                continue
            plans.append((cue, parties, start))
            previous = parties
            previous_end = cue.end
        made = False
        for k, (cue, parties, _) in enumerate(plans):
            if not parties:
                continue
            limit = plans[k + 1][2] if k + 1 < len(plans) else hi
            made |= self._clauses(cue, parties, limit, statement)
        if made:
            self.last_sentence = number
        return made

    def _in_verb_slot(self, cue: CueMatch, lo: int) -> bool:
        before = _WORD_BEFORE.search(self.text, max(lo, cue.start - 80), cue.start)
        if before is None:
            return False
        word = before.group(1)
        lower = word.lower()
        if lower.endswith(("’s", "'s")) or lower in ("to", "the", "a", "an", "its", "their", "our"):
            return False
        if lower in _SLOT_WORDS or lower.endswith("ly"):
            return True
        return word[:1].isupper()

    def _subject(
        self, lo: int, previous_end: int, cue: CueMatch, chained: bool
    ) -> tuple[Subject, int]:
        """Return the cue's subject and where the previous cue's complement must end."""
        if not chained:
            return self.resolver.subject(max(lo, cue.start - _SUBJECT_REACH), cue.start), cue.start
        window = max(previous_end, cue.start - _SUBJECT_REACH)
        boundaries = list(_BOUNDARY.finditer(self.text, window, cue.start))
        if not boundaries:
            return Subject("none", (), cue.start), cue.start
        boundary = boundaries[-1]
        subject = self.resolver.subject(boundary.end(), cue.start)
        return subject, boundary.start()

    def _parties(
        self,
        subject: Subject,
        previous: tuple[str, ...] | None,
        signatories: tuple[str, ...],
        number: int,
    ) -> tuple[str, ...] | None:
        if subject.kind in ("parties", "side", "person"):
            return subject.parties or None
        if subject.kind in ("group", "statement"):
            return subject.parties or signatories or None
        if previous is not None:
            return previous
        if subject.kind == "pronoun" and self.last_parties and number - self.last_sentence <= 2:
            return self.last_parties
        if self.statement_text or subject.kind == "pronoun":
            return signatories or None
        return None

    def _reported(
        self,
        subject: Subject,
        parties: tuple[str, ...],
        signatories: tuple[str, ...],
        mentions: bool,
        in_context: bool,
        lo: int,
    ) -> bool:
        if subject.kind == "statement":
            return True
        if not (mentions or in_context):
            return False
        if subject.kind in ("group", "pronoun", "none") and _PERSON_SPEECH.search(
            self.text, max(lo, subject.start - _SUBJECT_REACH), subject.start
        ):
            return False
        if subject.kind in ("parties", "side"):
            return not signatories or set(parties) <= set(signatories)
        return subject.kind in _REPORT_KINDS or subject.kind in ("pronoun", "none")

    def _clauses(
        self, cue: CueMatch, parties: tuple[str, ...], limit: int, statement: StatementInfo | None
    ) -> bool:
        text = self.text
        end = complement_end(text, cue.end, limit)
        spans = conjuncts(text, cue.end, end, cue.frame, self.verbs, self.tags)
        statement_id = layer_id("statements", statement.index) if statement is not None else None
        for start, stop in spans:
            self.clauses.append(
                StatementClause(
                    id=layer_id("statement_clauses", len(self.clauses)),
                    start=start,
                    end=stop,
                    parties=parties,
                    stance=cue.stance,
                    cue=Cue(start=cue.start, end=cue.end),
                    statement=statement_id,
                )
            )
        if spans:
            self.last_parties = parties
        return bool(spans)


def _without_overlaps(cues: Sequence[CueMatch]) -> list[CueMatch]:
    kept: list[CueMatch] = []
    for cue in cues:
        if kept and cue.start < kept[-1].end:
            if cue.end - cue.start > kept[-1].end - kept[-1].start:
                kept[-1] = cue
            continue
        kept.append(cue)
    return kept


def make_statement_clause_extractor(config: Config) -> StatementClauseExtractor:
    """Build the processor from the merged configuration.

    :param config: configuration with the ``clauses.*`` keys.
    :raises PipelineConfigError: when a key has a value it cannot take.
    """
    syntax = config.get("clauses.syntax", "auto")
    if syntax not in _SYNTAX_CHOICES:
        raise PipelineConfigError(
            f"clauses.syntax is {syntax!r}: set it to one of {', '.join(_SYNTAX_CHOICES)}."
        )
    words = lexicon_from_config(config)
    try:
        lexicon = CueLexicon.from_lexicon(words)
        verbs = load_verbs(words)
        names = party_names(words)
    except (ValueError, LexiconError) as exc:
        raise PipelineConfigError(f"rules.statement_clauses: {exc}") from exc
    return StatementClauseExtractor(lexicon, syntax=syntax == "auto", verbs=verbs, names=names)


def statement_clauses_spec() -> ProcessorSpec:
    """Return the spec of ``rules.statement_clauses``."""
    return ProcessorSpec(
        name="rules.statement_clauses",
        stage="statement_clauses",
        factory=make_statement_clause_extractor,
        requires={"sentences"},
        uses={"paragraphs", "tokens", "entities", "syntax"},
        provides={"statement_clauses", "statements"},
        description="statements and their clauses: parties, stance and cue (rules)",
    )
