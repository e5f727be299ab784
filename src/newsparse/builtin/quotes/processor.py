"""The ``rules.quotes`` processor: direct, mixed and indirect quotes with speakers.

For each paragraph, quotation marks are paired
(:mod:`~newsparse.attribution.marks`), sentences are merged into
clauses that never split a quotation
(:mod:`~newsparse.builtin.quotes.segments`), and each clause yields
attribution frames, from dependency trees when the tokens carry heads and
relations (:mod:`~newsparse.builtin.quotes.syntax_path`) and from word
patterns otherwise (:mod:`~newsparse.builtin.quotes.indirect`).  Frames
become direct, mixed or indirect quotes (:mod:`~newsparse.builtin.quotes.mixed`);
embeds and pull quotes come from layout (:mod:`~newsparse.builtin.quotes.layout`);
standalone quotations inherit a speaker (:mod:`~newsparse.builtin.quotes.direct`);
speaker mentions are resolved to canonical names in document order
(:mod:`~newsparse.builtin.quotes.speakers`), and the quotes layer is built
from the candidates (:mod:`~newsparse.builtin.quotes.candidates`).  Page
furniture is recognised by :mod:`~newsparse.builtin.quotes.boilerplate`.
"""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

from newsparse.attribution.cue_lexicon import CueLexicon
from newsparse.attribution.descriptive import (
    DescriptiveSubject,
    descriptive_subject,
    plural_of_people,
)
from newsparse.attribution.marks import QuoteBlock, find_quote_blocks
from newsparse.attribution.mentions import (
    EntityIndex,
    Mention,
    first_person,
    modifies_person_noun,
    subject_of,
    subject_start,
)
from newsparse.attribution.names import NameIndex
from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    DOCUMENT_NOUNS,
    FEMALE_NOUNS,
    MALE_NOUNS,
    ORG_NOUNS,
    PAST_TENSES,
    PERSON_NOUNS,
    ROLE_NOUNS,
    words_of,
)
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word, clause_words
from newsparse.builtin.quotes.boilerplate import (
    furniture_flags,
    is_subheading,
    paragraph_ranks,
)
from newsparse.builtin.quotes.candidates import (
    Candidate,
    build_quotes,
    split_paragraphs,
    without_overlaps,
)
from newsparse.builtin.quotes.colon import colon_quotations, paragraph_announcer
from newsparse.builtin.quotes.delayed_identification import lead_names
from newsparse.builtin.quotes.direct import (
    attribution_after,
    inheritance_source,
    leading_blocks,
    parenthesis_owner,
    parenthesised_blocks,
    standalone_blocks,
)
from newsparse.builtin.quotes.frames import Frame
from newsparse.builtin.quotes.indirect import rule_frames
from newsparse.builtin.quotes.layout import TranscriptLabels, layout_quote, transcript_labels
from newsparse.builtin.quotes.lead_case import lead_in_lower_case
from newsparse.builtin.quotes.mixed import classify_content
from newsparse.builtin.quotes.naming import described_as
from newsparse.builtin.quotes.nominal import cue_noun_pattern
from newsparse.builtin.quotes.segments import clauses
from newsparse.builtin.quotes.sentence_adverbs import without_sentence_adverbs
from newsparse.builtin.quotes.speaker_words import person_description_opens
from newsparse.builtin.quotes.speakers import SpeakerResolver
from newsparse.builtin.quotes.subject_pronouns import subject_pronouns
from newsparse.builtin.quotes.syntax_path import SyntaxIndex
from newsparse.errors import PipelineConfigError
from newsparse.lexicon import alternation, default_lexicon, lexicon_from_config
from newsparse.lexicon.dispatch import LazyPattern
from newsparse.model import Document, Entity, Quote, QuoteKind, Speaker
from newsparse.parties import PartyResolver
from newsparse.pipeline.processor import Config, LayerUpdate, ProcessorSpec
from newsparse.text import document_paragraphs, document_sentences

__all__ = ["CONFIG_DEFAULTS", "QuoteExtractor", "make_quote_extractor", "quotes_spec"]

#: The configuration keys of ``rules.quotes`` and their defaults:
#: ``quotes.extra_cues`` (more cue verbs, ``"verb"`` or ``"verb:class"``),
#: ``quotes.syntax`` (``"auto"``: use heads and relations when tokens have
#: them; ``"off"``: word patterns only) and ``quotes.floating`` (standalone
#: quotations inherit the previous speaker).
CONFIG_DEFAULTS: Mapping[str, Any] = MappingProxyType(
    {
        "quotes.extra_cues": (),
        "quotes.syntax": "auto",
        "quotes.floating": True,
    }
)

_SYNTAX_CHOICES = ("auto", "off")
_SUBJECT_REACH = 120
_LEADING_WORDS = LazyPattern(r"(?:(?:But|And|So|Yet|Still|However,|Meanwhile,|The|the)\s+)+")
#: Introductory phrases at most before a subject named after them.
_INTRODUCTIONS = 3
#: Labels of the institutions and peoples a clause may name after its introduction.
_INTRODUCED_LABELS = frozenset({"ORG", "NORP"})
#: Irregular past tenses that are also past participles: ``lost``, ``built``.
_PLAIN_PARTICIPLES = default_lexicon().words("plain_participles")
#: ``the``, one capitalised word and the lower-case word after it, opening a clause:
#: ``The Navajo voted``.
_PEOPLE_SUBJECT = re.compile(
    r"(?:(?:But|And|So|Yet|Still|However|Meanwhile),?\s+)?[Tt]he\s+([A-Z][a-zà-öø-ÿ][\w-]*)\s+([a-z]+)\b"
)
_PRONOUN_SUBJECT = re.compile(r"(?:(?:But|And|So|Yet|Still),?\s+)?(?:He|She|They)\b")
_IN_WORDS = LazyPattern(r"\b[Ii]n (?:his|her|their|its|my|our) (?:own )?words\b")
_DOCUMENT_AFTER_CUE = re.compile(
    r"(?:\s+[\w’'.-]+){0,3}?\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?P<noun>" + alternation(DOCUMENT_NOUNS) + r")\b",
    re.IGNORECASE,
)
#: A document phrase opening the clause before its subject: ``In an emailed
#: statement, Larchmont Homes said``, ``In a letter sent Friday, the board said``; a
#: role in lower case may stand before the name (``In a statement, board chair Ada Lind``);
#: the last document noun is the document (``In a brief statement``).
_DOCUMENT_BEFORE_SUBJECT = re.compile(
    r"(?:\A|(?<=[\s(—–]))[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?P<noun>" + alternation(DOCUMENT_NOUNS) + r")\b[^,.;:!?“”\"\n]{0,60},\s*"
    r"(?:[a-z][\w’'-]*\s+){0,3}\Z",
    re.IGNORECASE,
)
#: How far before a subject (characters) a document phrase opening its clause is read.
_DOCUMENT_BEFORE_REACH = 120
_POSSESSIVE_AFTER = LazyPattern(r"[’']s?\b")
#: How far into a narrative clause (characters) a person named there may introduce
#: the speaker of a following standalone quotation (``Among them was Raj Patel``).
_NARRATIVE_PERSON_REACH = 40
#: A document phrase that names its author (``a statement released by the office``):
#: the author speaks, not the parties of a joint statement.
_NAMED_AUTHOR = re.compile(r"\s(?:by|from)\s+\S")


def _single_author(text: str, speaker: Speaker, category: str) -> bool:
    """Whether a document's words were resolved to one author the article named.

    ``The school board said in a statement ... “...,” the statement said``:
    the statement is the board's, not the signatories' of a joint statement.
    """
    written = " ".join(text[speaker.start : speaker.end].split())
    # a name no recogniser knew (``Larchmont Homes``) is still a name: capitalised,
    # and no coordination of parties
    named = category in ("org", "person") or (
        category == "unknown" and speaker.name[:1].isupper() and " and " not in speaker.name
    )
    return named and speaker.name != written and "joint" not in written.lower()


class _Clause(NamedTuple):
    paragraph: int
    words: list[Word]


class _Scan:
    """What one pass over a document's clauses collects."""

    def __init__(self, text: str, blocks: Sequence[QuoteBlock], entities: EntityIndex) -> None:
        self.text = text
        self.blocks = blocks
        self.entities = entities
        self.candidates: list[Candidate] = []
        self.claimed: set[int] = set()
        self.subjects: list[Mention] = []
        #: The ``he`` and ``she`` of the clauses, each its clause's subject.
        self.pronouns: list[Mention] = []
        #: Where the persons among the subjects start that a clause names as an object.
        self.objects: set[int] = set()
        self.people: list[tuple[int, int, Mention]] = []  # start, paragraph, person mention
        self.clauses: list[_Clause] = []
        self.boilerplate: list[bool] = []
        person_starts = sorted(
            ent.start for ent in entities.by_start.values() if ent.label in ("PERSON", "PER")
        )
        self.person_starts = person_starts
        #: Where each quotation ends, in order (blocks never overlap).
        self.block_ends = [block.end for block in blocks]

    def add_frame(self, frame: Frame, words: Sequence[Word], paragraph: int) -> None:
        """Turn a frame's content spans into candidate quotes."""
        for content in frame.contents:
            for piece in classify_content(content, words, self.blocks):
                if piece.blocks and all(b in self.claimed for b in piece.blocks):
                    continue
                self.claimed.update(piece.blocks)
                self.candidates.append(
                    Candidate(
                        piece.start,
                        piece.end,
                        piece.kind,
                        piece.blocks,
                        frame.speaker,
                        frame.cue,
                        paragraph,
                    )
                )


class _Parties:
    """The document's :class:`PartyResolver`, built when a speaker first needs it."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[tuple[int, int]],
        sentences: Sequence[Sequence[tuple[int, int]]],
    ) -> None:
        self._args = (text, paragraphs, sentences)
        self._built = False
        self._resolver: PartyResolver | None = None

    def sentence_ends(self) -> list[int]:
        """Return where each sentence of the document ends, in order."""
        return sorted(end for spans in self._args[2] for _, end in spans)

    def resolver(self) -> PartyResolver | None:
        """Return the resolver (``None`` when the text mentions no statement)."""
        if not self._built:
            self._built = True
            text, paragraphs, sentences = self._args
            flat = [span for spans in sentences for span in spans]
            self._resolver = PartyResolver.for_text(text, paragraphs, flat)
        return self._resolver


class QuoteExtractor:
    """Finds quotes and their speakers in a document.

    :param lexicon: the cue lexicon (:meth:`CueLexicon.default` when omitted).
    :param syntax: use heads and relations on tokens when the document has them.
    :param floating: let standalone quotations inherit the speaker of the
        previous quote.
    """

    def __init__(
        self,
        lexicon: CueLexicon | None = None,
        *,
        syntax: bool = True,
        floating: bool = True,
    ) -> None:
        self.lexicon = lexicon if lexicon is not None else CueLexicon.default()
        self.syntax = syntax
        self.floating = floating

    def __call__(self, doc: Document) -> LayerUpdate:
        """Return ``{"quotes": [...]}`` for *doc*, sorted by start."""
        return {"quotes": self.extract(doc)}

    # -- pipeline ---------------------------------------------------------------
    def extract(self, doc: Document) -> list[Quote]:
        """Return the quotes of *doc*, sorted by start, with ids ``q1``, ``q2``, ..."""
        # Clause words are named tuples, which Python's cyclic garbage
        # collector never untracks: on a long clause hundreds of thousands of
        # them reach its oldest generation and set off full collections that
        # walk every object of the process (the whole document with its
        # tokens), so the stage would grow faster than its input.  The stage
        # makes no reference cycles: the collector pauses while it runs
        # (reference counting frees its objects as before) and resumes after,
        # unless it was off already.
        if not gc.isenabled():
            return self._extract(doc)
        gc.disable()
        try:
            return self._extract(doc)
        finally:
            gc.enable()

    def _extract(self, doc: Document) -> list[Quote]:
        # ``A GRANDMOTHER who won the draw says``: a tabloid lead's capitals are no name
        text = lead_in_lower_case(doc.text)
        paragraphs = document_paragraphs(doc)
        if not paragraphs:
            return []
        sentences = document_sentences(doc, paragraphs)
        blocks = find_quote_blocks(text, paragraphs).blocks
        entity_layer = without_sentence_adverbs(
            text,
            [ann for ann in doc.layer("entities") if isinstance(ann, Entity)],
            [lo for spans in sentences for lo, _hi in spans],
        )
        scan = _Scan(text, blocks, EntityIndex(entity_layer))
        scan.boilerplate = furniture_flags([text[lo:hi] for lo, hi in paragraphs])
        syntax = SyntaxIndex(doc) if self.syntax else None
        if syntax is not None and not syntax:
            syntax = None
        block_starts = [block.start for block in blocks]
        labels = transcript_labels(text, paragraphs, scan.entities)
        for index, (lo, hi) in enumerate(paragraphs):
            first = max(0, bisect.bisect_left(block_starts, lo) - 1)
            para_blocks = _overlapping(blocks, first, lo, hi)
            self._layout(scan, index, lo, hi, para_blocks, labels)
            previous: list[Word] = []
            for start, end in clauses(text, sentences[index], para_blocks):
                words = self._clause(scan, index, start, end, first, syntax, previous)
                previous = words
        self._standalone(scan)
        ranks = paragraph_ranks(scan.boilerplate)
        kept = [c._replace(paragraph=ranks[c.paragraph]) for c in without_overlaps(scan.candidates)]
        if not kept:
            return []
        people = [(pos, ranks[para], mention) for pos, para, mention in scan.people]
        parties = _Parties(text, paragraphs, sentences)
        furniture = [span for span, flag in zip(paragraphs, scan.boilerplate, strict=True) if flag]
        speakers = self._resolve(
            text,
            entity_layer,
            kept,
            scan.subjects,
            people,
            parties,
            furniture,
            [(block.start, block.end) for block in blocks],
            objects=frozenset(scan.objects),
            pronouns=scan.pronouns,
        )
        return build_quotes(split_paragraphs(kept, blocks, paragraphs), speakers)

    def _clause(
        self,
        scan: _Scan,
        paragraph: int,
        start: int,
        end: int,
        first: int,
        syntax: SyntaxIndex | None,
        previous: Sequence[Word],
    ) -> list[Word]:
        """Scan one clause: its subjects, frames and quotes; return its words."""
        text = scan.text
        if not scan.boilerplate[paragraph]:
            scan.pronouns += subject_pronouns(text, start, end)
        busy = self.lexicon.pattern.search(text, start, end) is not None
        if not busy:
            busy = (
                text.find("ccording to", start, end) >= 0
                or (
                    text.find("words", start, end) >= 0
                    and _IN_WORDS.search(text, start, end) is not None
                )
                or (
                    text.find(" that", start, end) >= 0
                    and cue_noun_pattern().search(text, start, end) is not None
                )
            )
        after = bisect.bisect_left(scan.block_ends, start)
        quoted = after < len(scan.blocks) and scan.blocks[after].start < end
        if not busy and not quoted:
            self._subjects(scan, paragraph, start, end, None, True)
            return []
        words = clause_words(text, start, end, scan.blocks, max(first, after))
        if not words:
            return words
        scan.clauses.append(_Clause(paragraph, words))
        frames = self._frames(words, scan.entities, syntax) if busy else []
        if not busy and text.find(" as ", start, end) >= 0:
            # ``Fans hailed the coach as “the saviour”``: a verb of characterising
            # the cue lexicon does not list reports the quotation after ``as``
            frames = described_as(words, self.lexicon, [], scan.entities)
        if len(frames) > 1:
            frames = _according_to_source(text, frames)
        reporting = any(frame.contents for frame in frames)
        if not reporting:
            # a clause that reports nothing lends its subjects as one without a cue word does
            # quotations that are only titles (``On “Face the Nation,” Sen. Ann Roy
            # said``) leave the clause a narrative one
            narrative = not quoted or _only_titles(words)
            self._subjects(scan, paragraph, start, end, None if not quoted else words, narrative)
        elif not scan.boilerplate[paragraph]:
            _reporting_subject(scan, words, frames)
        if scan.boilerplate[paragraph]:
            return words
        for frame in frames:
            if not frame.contents and frame.speaker is not None:
                frame = _attached(frame, words, previous, scan)
                if frame.contents:
                    scan.add_frame(frame, previous, paragraph)
                    continue
            scan.add_frame(frame, words, paragraph)
        return words

    @staticmethod
    def _layout(
        scan: _Scan,
        paragraph: int,
        lo: int,
        hi: int,
        para_blocks: Sequence[QuoteBlock],
        labels: TranscriptLabels,
    ) -> None:
        """Add the embed, pull quote or transcript line a paragraph makes (:mod:`.layout`)."""
        found = layout_quote(scan.text, lo, hi, scan.entities, labels)
        if found is None:
            return
        opened = [b for b in para_blocks if b.start < found.start < b.end]
        if opened:
            # ``"PENCE: Well, look, ...``: a quotation opened before a transcript
            # label holds the whole line
            scan.claimed.add(scan.blocks.index(opened[0]))
        inside = tuple(
            scan.blocks.index(block)
            for block in para_blocks
            if found.start <= block.start and block.end <= found.end
        )
        kind: QuoteKind = "mixed" if inside else "direct" if opened else "indirect"
        if len(inside) == 1:
            block = scan.blocks[inside[0]]
            if block.start == found.start and block.end >= found.end - 1:
                kind = "direct"
        scan.claimed.update(inside)
        scan.candidates.append(
            Candidate(found.start, found.end, kind, inside, found.speaker, None, paragraph)
        )

    def _subjects(
        self,
        scan: _Scan,
        paragraph: int,
        start: int,
        end: int,
        words: Sequence[Word] | None,
        narrative: bool,
    ) -> None:
        """Record the clause's first person and subject as antecedents for pronouns.

        :param narrative: whether the clause reports nothing (no cue, no
            quotation); only such clauses lend their person to a following
            standalone quotation.
        """
        text = scan.text
        if scan.boilerplate[paragraph] or text.find(" / ", start, end) >= 0:
            return
        pronoun_subject = _PRONOUN_SUBJECT.match(text, start, end) is not None
        person: Mention | None = None
        subject: Mention | None = None
        described: DescriptiveSubject | None = None
        if words is None and scan.entities:
            person = _first_person_entity(scan, start, end)
            subject = _entity_subject(scan, start, end)
            if subject is None and not pronoun_subject:
                subject = _introduced_entity_subject(scan, start, end)
            if subject is None and not pronoun_subject:
                described = _descriptive_subject(scan, start, end)
        else:
            if words is None:
                # the first quotation that ends after the start: no scan from the first one
                first = bisect.bisect_right(scan.block_ends, start)
                words = clause_words(
                    text, start, min(end, start + _SUBJECT_REACH), scan.blocks, first
                )
            person = first_person(words, scan.entities)
            subject = subject_of(words, scan.entities)
            if not pronoun_subject and (
                subject is None
                or subject.kind in ("name", "description")
                or (subject.entity is not None and subject.entity.start > subject.start)
            ):
                # ``Nurses at the clinic walked out``, ``Residents of Elm Street have
                # complained``: the description, without its verb
                described = descriptive_subject(words, scan.entities)
        if described is not None:
            subject = described.mention
        elif subject is None and not pronoun_subject:
            subject = self._people_subject(scan, start, end)
        if person is None and not pronoun_subject:
            person = _apposed_subject(text, start, end)
        if (
            person is not None
            and _object_before(text, person.start)
            and _INTRODUCED_PRONOUN.match(text, person.end, end) is not None
        ):
            person = None  # ``After meeting Perks, he left``: he is not Perks
        if person is not None and self._hearer(text, person.start):
            person = None  # ``told CBC host Rosemary Barton``: a hearer is no antecedent
        # ``where he met the young John Ede``, ``The team played without several
        # starters, including winger Ana Roy``: an object after the clause's subject is
        # no antecedent (though it still keeps a description from speaking next)
        object_person = (
            person is not None
            and person != subject
            and _PREPOSITION_OBJECT.search(text, max(start, person.start - 40), person.start)
            is not None
            and (
                _PERSONAL_SUBJECT.search(text, start, person.start) is not None
                or (subject is not None and subject.end <= person.start)
                or (subject is None and person_description_opens(text, start, end))
            )
            and not (
                # ``The city handed the contract to Oskar Lindt``: the recipient of an
                # institution's or a thing's act is an argument, not an adjunct
                _RECIPIENT.search(text, max(start, person.start - 40), person.start) is not None
                and _PERSONAL_SUBJECT.search(text, start, person.start) is None
                and (subject is None or _institution(text, subject))
            )
        )
        if person is not None and not pronoun_subject and not object_person:
            scan.subjects.append(person)
            if person != subject and (
                (subject is not None and subject.end <= person.start)
                or _PREPOSITION_OBJECT.search(text, max(start, person.start - 40), person.start)
                or _RELATIVE_BEFORE.search(text, max(start, person.start - 40), person.start)
                or _PERSONAL_SUBJECT.search(
                    text, max(start, text.rfind(",", start, person.start) + 1), person.start
                )
            ):
                # ``The club thanked Rosa Dunn``, ``In March she sued Ana Roy``: a person
                # the clause names after its subject (with no comma between, after a
                # pronoun: not ``Asked what she wanted, Ana Roy said``) is its object;
                # ``she hired a lawyer who had represented Ana Roy``: one inside a
                # relative clause ranks below the subject too
                scan.objects.add(person.start)
            if narrative and person.start - start <= _NARRATIVE_PERSON_REACH:
                # a person named deep in a clause (``a report by Auditor General
                # Doug Wylie found``) introduces no speaker for the next quotation
                scan.people.append((person.start, paragraph, person))
        if subject is not None and subject != person and subject.kind != "pronoun":
            scan.subjects.append(subject)
            if (
                described is not None
                and described.plural
                and person is None
                and narrative
                and subject.start - start <= _NARRATIVE_PERSON_REACH
            ):
                # ``Nurses at the clinic walked out.`` / ``"We are exhausted."``: people
                # described in the plural introduce the speakers of the next quotation
                scan.people.append((subject.start, paragraph, subject))

    def _people_subject(self, scan: _Scan, start: int, end: int) -> Mention | None:
        """Return a name after ``the`` that opens a clause before its verb: a people, a family.

        ``The Navajo voted on the plan``, ``The Kellys have moved``: one
        capitalised word that no recogniser took for an entity, between
        ``the`` and an auxiliary, a past tense (``lost``) or a verb of saying, is the
        clause's subject; the speaker resolver tells what it names.
        """
        found = _PEOPLE_SUBJECT.match(scan.text, start, end)
        if found is None or found.start(1) in scan.entities.by_start:
            return None
        verb = found.group(2)
        if not (
            verb in AUXILIARIES
            or verb in BE_FORMS
            or verb in PAST_TENSES
            or verb in _PLAIN_PARTICIPLES
            or self.lexicon.lookup(verb) is not None
        ):
            return None
        return Mention(found.start(1), found.end(1), "name")

    def _hearer(self, text: str, start: int) -> bool:
        """Whether the person starting at *start* is told something: the object of a ``tell`` cue.

        ``told CBC host Rosemary Barton``, ``informed Ms. Lee``: up to three
        words (a title, a role) may stand between the verb and the name.
        """
        before = _WORDS_BEFORE.findall(text, max(0, start - 40), start)[-4:]
        for word in reversed(before):
            low = word.lower()
            entry = self.lexicon.lookup(low)
            if entry is not None:
                return entry.cue_class == "tell"
            if low in _HEARER_STOPS:
                return False
        return False

    def _frames(
        self, words: Sequence[Word], entities: EntityIndex, syntax: SyntaxIndex | None
    ) -> list[Frame]:
        if syntax is not None:
            found = syntax.frames(words, self.lexicon, entities)
            if found is not None:
                return found
        return rule_frames(words, self.lexicon, entities)

    def _is_cue(self, word: str) -> bool:
        """Whether a lower-case word is a verb of saying in the lexicon."""
        return self.lexicon.lookup(word) is not None

    def _standalone(self, scan: _Scan) -> None:
        """Add quotations that make up whole clauses as direct quotes without a speaker yet.

        Quotations a clause-final colon introduces (:mod:`.colon`) are direct
        quotes too, with the speaker the words before the colon name.
        """
        for clause in scan.clauses:
            # a short line ending in a colon (``He said:``) reads as furniture, but
            # announces its speaker's quotation all the same
            _next_paragraph_announced(scan, clause, self._is_cue)
            if not scan.boilerplate[clause.paragraph]:
                announced, mention = colon_quotations(clause.words, scan.entities)
                for block in announced:
                    if block in scan.claimed:
                        continue
                    quote = scan.blocks[block]
                    scan.claimed.add(block)
                    scan.candidates.append(
                        Candidate(
                            quote.start,
                            quote.end,
                            "direct",
                            (block,),
                            mention,
                            None,
                            clause.paragraph,
                        )
                    )
            words = clause.words
            found: list[tuple[int, Mention | None]] = [
                (block, None) for block in standalone_blocks(words)
            ] or [
                *((b, attribution_after(words, b, scan.entities)) for b in leading_blocks(words)),
                *(
                    (b, parenthesis_owner(words, b, scan.entities))
                    for b in parenthesised_blocks(words)
                ),
            ]
            for block, speaker in found:
                quote = scan.blocks[block]
                if block in scan.claimed or is_subheading(scan.text, quote, clause.words):
                    continue
                scan.claimed.add(block)
                scan.candidates.append(
                    Candidate(
                        quote.start, quote.end, "direct", (block,), speaker, None, clause.paragraph
                    )
                )

    def _reports(self, text: str, end: int) -> bool:
        """Whether a verb of saying follows a subject ending at *end* (``Ann Roy, 71, told``)."""
        verb = _VERB_AFTER_SUBJECT.match(text, end)
        return verb is not None and self.lexicon.lookup(verb.group(1)) is not None

    def _resolve(
        self,
        text: str,
        entity_layer: Sequence[Entity],
        candidates: Sequence[Candidate],
        subjects: Sequence[Mention],
        people: Sequence[tuple[int, int, Mention]],
        parties: _Parties | None = None,
        furniture: Sequence[tuple[int, int]] = (),
        quotations: Sequence[tuple[int, int]] = (),
        *,
        objects: frozenset[int] = frozenset(),
        pronouns: Sequence[Mention] = (),
    ) -> list[Speaker | None]:
        resolver = SpeakerResolver(
            text, NameIndex(text, entity_layer, furniture), has_entities=bool(entity_layer)
        )
        if parties is not None:
            named = [
                m
                for m in (*subjects, *(c.mention for c in candidates if c.mention is not None))
                if m.kind in ("entity", "name", "names")
            ]
            speaking = [c.mention for c in candidates if c.mention is not None]
            speaking += [m for m in subjects if self._reports(text, m.end)]
            reports = [(c.start, c.mention) for c in candidates if c.mention is not None]
            sentence_ends = parties.sentence_ends()
            named += lead_names(text, reports, entity_layer, sentence_ends)
            resolver.look_ahead(named, sentence_ends, speaking)
        resolver.quotations(quotations)
        events: list[tuple[int, int, int]] = []  # position, order, index (-1 - subject)
        for n, cand in enumerate(candidates):
            if cand.mention is not None:
                events.append((cand.mention.start, 1, n))
        for n, subject in enumerate(subjects):
            events.append((subject.start, 0, -1 - n))
        speaker_starts = {cand.mention.start for cand in candidates if cand.mention is not None}
        # a subject ``he`` or ``she`` that is no speaker continues its referent's chain
        chained = [m for m in pronouns if m.start not in speaker_starts]
        for n, pronoun in enumerate(chained):
            events.append((pronoun.start, 0, -1 - len(subjects) - n))
        events.sort()
        speakers: list[Speaker | None] = [None] * len(candidates)
        for _, _, n in events:
            if n < 0:
                if -1 - n >= len(subjects):
                    resolver.note_subject(chained[-1 - n - len(subjects)])
                    continue
                subject = subjects[-1 - n]
                resolver.note_subject(subject, placed=subject.start in objects)
                continue
            mention = candidates[n].mention
            if mention is not None:
                speaker = resolver.resolve(mention)
                speakers[n] = speaker
                cue = candidates[n].cue
                if speaker is not None and cue is not None:
                    document = _DOCUMENT_AFTER_CUE.match(text, cue[1])
                    if document is None and cue[0] >= mention.end:
                        # ``In an emailed statement, Larchmont Homes said``
                        document = _DOCUMENT_BEFORE_SUBJECT.search(
                            text, max(0, mention.start - _DOCUMENT_BEFORE_REACH), mention.start
                        )
                    if document is not None:
                        noun = document.group("noun").lower()
                        resolver.note_author(noun, cue[1], speaker, resolver.category_of(speaker))
                if (
                    speaker is not None
                    and parties is not None
                    and PartyResolver.may_stand_for_parties(text[speaker.start : speaker.end])
                    and _NAMED_AUTHOR.search(text, speaker.start, speaker.end) is None
                    and not _single_author(text, speaker, resolver.category_of(speaker))
                ):
                    resolver_of_parties = parties.resolver()
                    if resolver_of_parties is not None:
                        # a statement's signatories
                        speakers[n] = resolver_of_parties.speaker(speaker)
        if not self.floating:
            return speakers
        attributed = sorted(
            (cand.start, cand.paragraph, n)
            for n, cand in enumerate(candidates)
            if speakers[n] is not None
        )
        person_starts = [pos for pos, _, _ in people]
        for n, cand in enumerate(candidates):
            if cand.mention is not None:
                continue
            introduced = _person_introduced_after(text, people, person_starts, cand)
            if introduced is not None:
                # ``“My son rides that street.” Ana Roy, a parent, was one of 14
                # residents who spoke``: the person the next sentence introduces
                speakers[n] = resolver.resolve(introduced)
                if speakers[n] is not None:
                    bisect.insort(attributed, (cand.start, cand.paragraph, n))
                    continue
            source = inheritance_source(cand.start, cand.paragraph, attributed)
            person = _person_before(people, person_starts, cand.start, cand.paragraph)
            if source is None and person is None:
                source = _speaker_two_paragraphs_back(cand, candidates, attributed, person_starts)
            if (
                person is not None
                and source is not None
                and candidates[source].start < cand.start
                and candidates[source].paragraph < cand.paragraph
                and _paragraph_of(people, person_starts, person.start)
                == candidates[source].paragraph
            ):
                # a person named after the last quote, in the quote's own paragraph
                # (``said Hadwin, who, like Taylor, has won``): the speaker goes on
                person = None
            if person is not None and (
                source is None
                or candidates[source].start > cand.start
                or person.start > candidates[source].end
            ):
                speakers[n] = resolver.resolve(person)
            elif source is not None:
                speakers[n] = speakers[source]
            if speakers[n] is None:
                pointed = _named_next_paragraph(text, cand, subjects)
                if pointed is not None:
                    speakers[n] = resolver.resolve(pointed)
            if speakers[n] is not None:
                bisect.insort(attributed, (cand.start, cand.paragraph, n))
        spoken: dict[int, tuple[int, str]] = {}
        for n, cand in enumerate(candidates):
            if speakers[n] is None and cand.kind == "direct":
                speakers[n] = _repeated_by(text, n, candidates, speakers, spoken)
        return speakers


#: Words a quotation must hold for a later quote repeating them to name its speaker.
_REPEATED_WORDS = 3
#: A word of a quotation, for comparing what two quotes say.
_QUOTED_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")


def _repeated_by(
    text: str,
    n: int,
    candidates: Sequence[Candidate],
    speakers: Sequence[Speaker | None],
    spoken: dict[int, tuple[int, str]],
) -> Speaker | None:
    """Return the speaker of a later quote that repeats a quotation no one was found to say.

    ``... left with what one of them called “a reprieve, not a rescue”`` ...
    ``“It's a reprieve, not a rescue,” Fuentes said``: words of three or more
    quoted again later, in the same order, are the words of who says them there.

    :param n: the index of the quotation in *candidates*.
    :param spoken: :func:`_spoken_words` of the candidates read so far, by index.
    """
    cand = candidates[n]
    size, words = _spoken_words(text, n, candidates, spoken)
    if size < _REPEATED_WORDS:
        return None
    for m, other in enumerate(candidates):
        speaker = speakers[m]
        if other.start < cand.end or speaker is None:
            continue
        if words in _spoken_words(text, m, candidates, spoken)[1]:
            return speaker
    return None


def _spoken_words(
    text: str, n: int, candidates: Sequence[Candidate], spoken: dict[int, tuple[int, str]]
) -> tuple[int, str]:
    """Return the number of words of candidate *n* and the words, each between spaces.

    Words hold no white space: one list of words runs on in another exactly when
    its words between spaces are a part of the other's.
    """
    found = spoken.get(n)
    if found is None:
        cand = candidates[n]
        words = [
            w.lower().replace("’", "'") for w in _QUOTED_WORD.findall(text, cand.start, cand.end)
        ]
        found = spoken[n] = (len(words), f" {' '.join(words)} ")
    return found


#: The verb after a subject, past appositions and an adverb: ``Ann Roy, 71, of Leeds, told``.
_VERB_AFTER_SUBJECT = re.compile(
    r"(?:(?:,[^,.;:\n“”\"]{1,120}){1,3},)?\s+(?:[a-z]+ly\s+)?([a-z]+)\b"
)
#: A person noun opening a clause and a name in apposition to it: ``His wife, Harjit,``.
_APPOSED_SUBJECT = re.compile(
    r"(?:(?:But|And)\s+)?(?:His|Her|Their|The|Its|Our|My)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?P<noun>[a-z][\w-]*),\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),"
)
#: Words before a name, read back to find the verb it is the object of.
_WORDS_BEFORE = re.compile(r"[\w’'.-]+")
#: Words that end that reading: the name belongs to a phrase of their own.
_HEARER_STOPS = words_of("the a an and or but of in on at for from with by to his her their its")
#: The rest of an introductory phrase and the pronoun subject after its comma:
#: ``[After meeting Perks], he left``.
_INTRODUCED_PRONOUN = re.compile(r"[^,.;:!?“”\"\n]{0,60},\s+(?:he|she|they)\b")
#: The word before a person named as an object in an introductory phrase:
#: ``Asked about Perks``, ``After meeting Perks``, ``Unlike Perks``.
_OBJECT_BEFORE = re.compile(
    r"\b(?:about|to|with|by|for|against|towards?|unlike|like|at|on|of|from|\w+ing)\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,2}\Z",
    re.IGNORECASE,
)
#: A preposition and the determiner and modifiers of its object before a name, a title
#: among them (``by Judge Ana Roy``); ``as`` before a predicate (``was cast as Dean Roe``,
#: ``friends such as Ana Roy``).
_PREPOSITION_OBJECT = re.compile(
    r"\b(?:with|to|for|about|against|by|from|of|at|on|into|towards?|including|as)\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][\w-]*\s+|[A-Z][a-z]+\.?\s+){0,2}\Z"
)
#: A relative pronoun and the words of its clause before a name: ``a lawyer who had
#: represented Ana Roy``, ``a firm whose owner``.
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|whose|which)\s+(?:[a-z][\w-]*,?\s+){0,3}\Z")
#: ``to`` right before a name, the recipient or goal of an act: ``handed the contract to``
#: Oskar Lindt (not a name labelled by its role, ``to the buyer Felix Amsel``).
_RECIPIENT = re.compile(r"\bto\s+\Z")
#: A personal pronoun that is a subject: ``he``, ``she``.
_PERSONAL_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+[a-z]")
#: ``, according to X,`` or ``, according to X.``: a source set off from the clause it reports.
_SET_OFF_SOURCE = re.compile(r",\s*[Aa]ccording to\s*\Z")


def _according_to_source(text: str, frames: Sequence[Frame]) -> list[Frame]:
    """Give the source named in ``, according to X,`` the other statements of its clause.

    ``At 2,300 feet, according to Gibson, Major said he could see the sign``;
    ``He had told his mother that ..., according to Easley``: a source set
    off by commas tells the whole clause, so the statements its other cues
    report are the source's account.  A source that opens the clause
    (``According to X, ...``) or is not set off is left alone.
    """
    source: Mention | None = None
    for frame in frames:
        if frame.cue is None or frame.speaker is None:
            continue
        if not text[frame.cue[0] : frame.cue[1]].lower().startswith("according"):
            continue
        if frame.speaker.kind not in ("entity", "name"):
            continue
        after = text[frame.speaker.end : frame.speaker.end + 2]
        if _SET_OFF_SOURCE.search(text, max(0, frame.cue[0] - 4), frame.cue[1]) and after[:1] in (
            ",",
            ".",
            ";",
        ):
            source = frame.speaker
    if source is None:
        return list(frames)
    return [
        frame._replace(speaker=source)
        if frame.speaker is not None
        and frame.speaker.kind in ("pronoun", "entity", "name")
        and frame.speaker != source
        and frame.cue is not None
        and frame.contents
        else frame
        for frame in frames
    ]


def _apposed_subject(text: str, start: int, end: int) -> Mention | None:
    """Return the name in apposition to a person noun that opens a clause.

    ``His wife, Harjit, works nights``, ``The victim's mother, Dana, wept``:
    the subject is the person the name gives, whom a later ``she`` names.
    """
    found = _APPOSED_SUBJECT.match(text, start, end)
    if found is None or found.end() > end:
        return None
    noun = found.group("noun")
    if not (
        noun in PERSON_NOUNS or noun in ROLE_NOUNS or noun in MALE_NOUNS or noun in FEMALE_NOUNS
    ):
        return None
    return Mention(found.start("name"), found.end("name"), "name")


def _first_person_entity(scan: _Scan, start: int, end: int) -> Mention | None:
    """Return the first person entity of a clause that is no possessor, cheaply.

    ``Notley's energy minister, Margaret McCuaig-Boyd, defended ...``: the
    possessor is passed over for the person the clause is about, as is a name
    modifying a person noun (``Sandy Point curator Mark Dunne``), as
    :func:`~newsparse.attribution.mentions.first_person` does on words.
    """
    starts = scan.person_starts
    index = bisect.bisect_left(starts, start)
    while index < len(starts) and starts[index] < end:
        ent = scan.entities.by_start[starts[index]]
        if not _POSSESSIVE_AFTER.match(scan.text, ent.end) and not modifies_person_noun(
            scan.text, ent.end
        ):
            return Mention(ent.start, ent.end, "entity", ent)
        index += 1
    return None


def _reporting_subject(scan: _Scan, words: Sequence[Word], frames: Sequence[Frame]) -> None:
    """Record the subject and first person of a reporting clause that are not its speaker.

    ``Green himself was excited about looping for Schniederjans, who he
    calls ...``, ``A statement sent by Reagan Lamb said ...``: the subject
    that opens the clause and the first person it names, before any
    reported content, are what a later ``he`` or ``she`` refers back to.
    A person named inside the content (``One friend said Chloe had ...``)
    is not, nor a hearer after the cue (``told host Rosemary Barton that``),
    nor one in an introductory phrase before a pronoun speaker (``Asked
    about Perks, he said``: ``he`` is not Perks).
    """
    earliest = min((lo for frame in frames for lo, _ in frame.contents), default=0)
    lead = 0
    while lead < len(words) and words[lead].end <= earliest:
        lead += 1
    if lead < 2:
        return  # the content opens the clause: ``"...," he said``
    words = words[:lead]
    first = subject_start(words, lead)
    opener = words[first].start if first < lead else -1
    # a cue that reports nothing leaves its subject a subject: ``Ann Roy praised the
    # crews, but she said ...``
    reports = [frame for frame in frames if frame.contents]
    if any(f.speaker is not None and f.speaker.start <= opener < f.speaker.end for f in reports):
        return  # the speaker is the subject: ``Smith said that ...``
    subject = subject_of(words, scan.entities)
    if subject is None or subject.kind in ("name", "description"):
        # ``One emergency nurse in Halifax told me ...``: the description with its complement
        described = descriptive_subject(words, scan.entities)
        if described is not None:
            subject = described.mention
    person = first_person(words, scan.entities)
    opening = _introduction_end(words, frames)
    for mention in (person, subject):
        if mention is None or mention.kind == "pronoun" or mention in scan.subjects[-2:]:
            continue
        if mention.start < opening and _object_before(scan.text, mention.start):
            continue
        if any(frame.cue is not None and frame.cue[0] <= mention.start for frame in frames):
            continue  # a hearer after the cue: ``told host Rosemary Barton that ...``
        if all(
            not (
                frame.speaker is not None
                and frame.speaker.start <= mention.start < frame.speaker.end
            )
            and all(mention.end <= lo for lo, _ in frame.contents)
            for frame in reports
        ):
            scan.subjects.append(mention)


def _institution(text: str, subject: Mention) -> bool:
    """Whether a subject names an institution: ``The city``, ``The Red Cross``."""
    if subject.entity is not None:
        return subject.entity.label == "ORG"
    words = text[subject.start : subject.end].lower().split()
    return subject.kind == "description" and bool(words) and words[-1] in ORG_NOUNS


def _object_before(text: str, start: int) -> bool:
    """Whether the person starting at *start* follows a preposition or a verb in ``-ing``.

    Such a person is an object (``Asked about Coun. Perks``, ``After meeting
    Perks``; up to two title words between), not the subject of a subordinate clause (``When Perks
    arrived``), which a later pronoun may well refer to.
    """
    return _OBJECT_BEFORE.search(text, max(0, start - 40), start) is not None


def _introduction_end(words: Sequence[Word], frames: Sequence[Frame]) -> int:
    """Return where an introductory phrase before a pronoun speaker ends, else 0.

    ``Asked about Perks, he said``, ``Unlike her rival, she said``: a
    pronoun speaker right after a comma is the subject of its clause, and
    the words before the comma are an introductory phrase.
    """
    for frame in frames:
        speaker = frame.speaker
        if speaker is None or speaker.kind != "pronoun":
            continue
        k = next((n for n, w in enumerate(words) if w.start == speaker.start), None)
        if k is not None and k > 0 and words[k - 1].text == ",":
            return words[k - 1].start
    return 0


def _entity_subject(scan: _Scan, start: int, end: int) -> Mention | None:
    """Return the institution entity a clause opens with (``The RCMP said ...``), cheaply."""
    text = scan.text
    lead = _LEADING_WORDS.match(text, start, end)
    ent = scan.entities.by_start.get(start)
    if ent is None and lead is not None:
        ent = scan.entities.by_start.get(lead.end())
    if ent is None or ent.end > end or ent.label in ("PERSON", "PER"):
        return None
    return Mention(ent.start, ent.end, "entity", ent)


def _introduced_entity_subject(scan: _Scan, start: int, end: int) -> Mention | None:
    """Return the institution or people a narrative clause names after its introduction.

    ``On Tuesday, Kenyans went to the polls``, ``Despite the rain, the
    Liberals held a rally``: after an introductory phrase closed by a comma
    (:func:`~newsparse.attribution.mentions.subject_start`), an institution or a
    people the recogniser labels, perhaps after ``the``, and before a
    lower-case word (the verb, not a noun it modifies: ``the Liberal
    government``) is the clause's subject.  Only the clause's
    first words are read (:data:`_SUBJECT_REACH` characters).
    """
    first = bisect.bisect_right(scan.block_ends, start)
    words = clause_words(scan.text, start, min(end, start + _SUBJECT_REACH), scan.blocks, first)
    i = 0
    for _ in range(_INTRODUCTIONS):
        # ``However, despite the illness, and her lack of improvement, the Sams``
        step = subject_start(words[i:], len(words) - i)
        if step == 0:
            break
        i += step
    if i == 0 or i >= len(words) or words[i - 1].text != ",":
        return None
    if words[i].lower == "the":
        i += 1
    ent = scan.entities.by_start.get(words[i].start) if i < len(words) else None
    if ent is None or ent.label not in _INTRODUCED_LABELS or ent.end > end:
        return None
    after = next((k for k in range(i, len(words)) if words[k].start >= ent.end), None)
    if after is None or words[after].kind != WORD or not words[after].text[:1].islower():
        return None
    noun = words[after].lower
    if noun in ORG_NOUNS or noun in PERSON_NOUNS or noun in ROLE_NOUNS or plural_of_people(noun):
        return None  # ``the Liberal government``, ``Kenyan farmers``: a modifier
    return Mention(ent.start, ent.end, "entity", ent)


def _descriptive_subject(scan: _Scan, start: int, end: int) -> DescriptiveSubject | None:
    """Return the description a narrative clause opens with (``Nurses at the clinic walked``).

    Only the clause's first words are read (:data:`_SUBJECT_REACH` characters).
    """
    first = bisect.bisect_right(scan.block_ends, start)
    words = clause_words(scan.text, start, min(end, start + _SUBJECT_REACH), scan.blocks, first)
    return descriptive_subject(words, scan.entities)


def _paragraph_of(
    people: Sequence[tuple[int, int, Mention]], starts: Sequence[int], pos: int
) -> int:
    """Return the paragraph of the person mention that starts at *pos*."""
    return people[bisect.bisect_left(starts, pos)][1]


def _speaker_two_paragraphs_back(
    cand: Candidate,
    candidates: Sequence[Candidate],
    attributed: Sequence[tuple[int, int, int]],
    person_starts: Sequence[int],
) -> int | None:
    """Return the quote whose speaker a standalone quotation continues across a paragraph.

    ``"...," Garland said.`` / a paragraph of narrative naming nobody /
    ``"And if you looked at ..."``: the last speaker, two paragraphs back at
    most, goes on when no person was named since.
    """
    index = bisect.bisect_left(attributed, (cand.start, -1, -1))
    if index == 0:
        return None
    _, paragraph, key = attributed[index - 1]
    if paragraph < cand.paragraph - 2 or paragraph >= cand.paragraph:
        return None
    since = bisect.bisect_right(person_starts, candidates[key].end)
    if since < len(person_starts) and person_starts[since] < cand.start:
        return None
    return key


#: A sentence that points back at the quotation before it and names its
#: speaker: ``That was the verdict of coach Luc Marr``, ``Those were the words
#: of ...``, ``So said ...``.
_POINTS_BACK = re.compile(
    r"\s*(?:(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are|came|comes)|(?:That|This)[’']s)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:of|from|by)|So\s+(?:said|says))\s+"
)
#: How far into the pointing paragraph its speaker may be named, in characters.
_POINTED_REACH = 80


def _named_next_paragraph(
    text: str, cand: Candidate, subjects: Sequence[Mention]
) -> Mention | None:
    """Return the person the next paragraph names as the speaker of a standalone quotation.

    ``“That’s the best game we’ve played.”`` / ``That was the verdict of
    Kelby Hawks coach Ray Dunne after ...``: a quotation followed by a
    sentence that opens by pointing back at it (a demonstrative, a copula
    and ``of``, ``from`` or ``by``, or ``So said``), in the next paragraph
    or its own, is said by the first person named there.
    """
    newline = text.find("\n", cand.end)
    if newline < 0 or text[cand.end : newline].strip():
        newline = cand.end  # ``"...." That was the message from ...``: the next sentence
    pointer = _POINTS_BACK.match(text, newline)
    if pointer is None:
        return None
    limit = pointer.end() + _POINTED_REACH
    for mention in subjects:
        if (
            pointer.end() <= mention.start < limit
            and mention.kind in ("entity", "name")
            and (mention.entity is None or mention.entity.label in ("PERSON", "PER"))
        ):
            return mention
    return None


def _person_introduced_after(
    text: str, people: Sequence[tuple[int, int, Mention]], starts: Sequence[int], cand: Candidate
) -> Mention | None:
    """Return the person the sentence right after a paragraph's opening quotation introduces.

    ``“I follow her in the car some mornings.” Ana Roy, a parent at Elm
    School, was one of 14 residents who spoke``: a quotation with no cue
    opening its paragraph, and a sentence of narrative after it in the same
    paragraph whose subject is a person named there, are the quotation and
    its speaker.
    """
    line = text.rfind("\n", 0, cand.start) + 1
    if text[line : cand.start].strip():
        return None
    index = bisect.bisect_right(starts, cand.end)
    if index >= len(people):
        return None
    start, paragraph, mention = people[index]
    if (
        paragraph != cand.paragraph
        or text[cand.end : start].strip()
        or mention.kind not in ("entity", "name")
        or (mention.entity is not None and mention.entity.label not in ("PERSON", "PER"))
    ):
        return None
    return mention


def _person_before(
    people: Sequence[tuple[int, int, Mention]], starts: Sequence[int], pos: int, paragraph: int
) -> Mention | None:
    """Return the last person a narrative clause named before *pos*.

    Only this paragraph and the one before it count.
    """
    index = bisect.bisect_left(starts, pos) - 1
    if index >= 0 and people[index][1] in (paragraph, paragraph - 1):
        return people[index][2]
    return None


def _attached(frame: Frame, words: Sequence[Word], previous: Sequence[Word], scan: _Scan) -> Frame:
    """Give an attribution clause (``Nunes said.``) the quotation that ends the clause before it."""
    if not previous or frame.cue is None or frame.speaker is None:
        return frame
    opening = min(frame.speaker.start, frame.cue[0])
    lead = [w for w in words if w.end <= opening]
    if len(lead) > 6 or any(w.kind != WORD for w in lead):
        return frame
    last = previous[-1]
    if last.kind == PUNCT and len(previous) > 1:
        last = previous[-2]
    if last.kind != QUOTE or last.block in scan.claimed:
        return frame
    return Frame(frame.cue, frame.speaker, ((last.start, last.end),))


def _next_paragraph_announced(scan: _Scan, clause: _Clause, cue: Callable[[str], bool]) -> None:
    """Give the quotation that opens the next paragraph to the speaker a colon announces.

    ``The Ledger reports:`` / ``"In an illustration of ...``: the clause ends
    its paragraph with a colon, and the quotation that follows across the
    paragraph break is a direct quote of the clause's subject
    (:func:`~newsparse.builtin.quotes.colon.paragraph_announcer`).
    """
    words = clause.words
    if not words or words[-1].text != ":":
        return
    colon = words[-1].end
    index = bisect.bisect_left(scan.block_ends, colon + 1)
    if index >= len(scan.blocks) or index in scan.claimed:
        return
    block = scan.blocks[index]
    gap = scan.text[colon : block.start]
    if "\n" not in gap or gap.strip():
        return
    mention = paragraph_announcer(words, scan.entities, cue)
    if mention is None:
        return
    scan.claimed.add(index)
    scan.candidates.append(
        Candidate(block.start, block.end, "direct", (index,), mention, None, clause.paragraph + 1)
    )


#: Function words a title may hold in lower case: ``Face the Nation``.
_TITLE_FUNCTION_WORDS = words_of("the a an of and in on for to at with")
#: Words a quoted title may hold.
_TITLE_REACH = 6


def _only_titles(words: Sequence[Word]) -> bool:
    """Whether every quotation of a clause is a title: ``On “Face the Nation,” ...``.

    A title has six words or fewer, each capitalised but for function words,
    and no final stop (a comma inside its marks is the sentence's).
    """
    quotations = [w.text for w in words if w.kind == QUOTE]
    if not quotations:
        return False
    for quotation in quotations:
        inner = quotation.strip("\"“”‘’'«» ").rstrip(",").strip()
        found = inner.split()
        if (
            not found
            or len(found) > _TITLE_REACH
            or inner.endswith((".", "!", "?", ";", ":"))
            or not found[0][:1].isupper()
            or any(not w[:1].isupper() and w not in _TITLE_FUNCTION_WORDS for w in found)
        ):
            return False
    return True


def _overlapping(blocks: Sequence[QuoteBlock], first: int, lo: int, hi: int) -> list[QuoteBlock]:
    """Return the quotations from ``blocks[first]`` on that overlap ``[lo, hi)``.

    Read by index, not from a slice: a slice would copy every quotation up
    to the end of the document for each paragraph.
    """
    found: list[QuoteBlock] = []
    for k in range(first, len(blocks)):
        block = blocks[k]
        if block.start >= hi:
            break
        if block.end > lo:
            found.append(block)
    return found


def make_quote_extractor(config: Config) -> QuoteExtractor:
    """Build the processor from the merged configuration.

    :param config: configuration with the ``quotes.*`` keys.
    :raises PipelineConfigError: when a key has a value it cannot take.
    """
    extra = config.get("quotes.extra_cues", ())
    if isinstance(extra, str):
        extra = [extra]
    if not isinstance(extra, (list, tuple)) or not all(isinstance(c, str) for c in extra):
        raise PipelineConfigError(
            f"quotes.extra_cues is {extra!r}: "
            "give a list of verbs such as ['grumble', 'brief:tell']."
        )
    syntax = config.get("quotes.syntax", "auto")
    if syntax not in _SYNTAX_CHOICES:
        raise PipelineConfigError(
            f"quotes.syntax is {syntax!r}: set it to one of {', '.join(_SYNTAX_CHOICES)}."
        )
    try:
        lexicon = CueLexicon.from_lexicon(lexicon_from_config(config)).extended(
            str(spec) for spec in extra
        )
    except ValueError as exc:
        raise PipelineConfigError(f"quotes.extra_cues: {exc}") from exc
    return QuoteExtractor(
        lexicon, syntax=syntax == "auto", floating=bool(config.get("quotes.floating", True))
    )


def quotes_spec() -> ProcessorSpec:
    """Return the spec of ``rules.quotes``."""
    return ProcessorSpec(
        name="rules.quotes",
        stage="quotes",
        factory=make_quote_extractor,
        requires={"sentences", "tokens"},
        uses={"paragraphs", "entities", "syntax"},
        provides={"quotes"},
        description="direct, mixed and indirect quotes with speakers and cues (rules)",
    )
