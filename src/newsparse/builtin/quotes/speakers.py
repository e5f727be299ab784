"""Speaker resolution: from a mention to a canonical name.

Mentions are resolved in document order, so that a pronoun can look back.
:class:`SpeakerResolver` ties together the parts, each in its own module:

* :mod:`~newsparse.builtin.quotes.antecedents` remembers the speakers and
  clause subjects so far and resolves **pronouns**: ``he``/``she`` a person
  of that sex (or of unknown sex), ``it`` an institution or document,
  ``they``/``we`` a group or institution;
* :mod:`~newsparse.builtin.quotes.mention_names` resolves an **entity** to
  the recogniser's canonical name, made fuller when the article introduced
  the same person with a longer name, and a **name** without an entity
  (``Mr. Hemming``, ``IRCC``) to the fullest name the article gives
  (:class:`~newsparse.attribution.names.NameIndex`);
* :mod:`~newsparse.builtin.quotes.descriptions` resolves a **description**:
  a definite one takes the person introduced with that role (``the Chinese
  leader`` after ``Chinese leader Xi Jinping``,
  :mod:`~newsparse.builtin.quotes.role_holders`) or the institution it names
  (``the railway``, ``the agency``,
  :mod:`~newsparse.builtin.quotes.institutions`); otherwise, and for
  documents (``the joint statement``) with no author the article tells and
  groups (``Both sides``), the description itself is the name;
* :mod:`~newsparse.builtin.quotes.delayed_identification` names a
  description that the article names only after it (``A spokeswoman said
  ...`` then ``said Ana Ruiz``);
* :mod:`~newsparse.builtin.quotes.speaker_words` holds the word tests they
  share, and :mod:`~newsparse.builtin.quotes.context` what they read of the
  document (its text, name index, antecedents and role holders), built once
  here and given to each part.

Nothing is invented: a pronoun with no compatible antecedent has no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse.attribution.mentions import Mention
from newsparse.attribution.names import NameIndex
from newsparse.builtin.quotes.context import SpeakerContext
from newsparse.builtin.quotes.delayed_identification import DelayedIdentification
from newsparse.builtin.quotes.descriptions import Descriptions
from newsparse.builtin.quotes.institutions import Institutions
from newsparse.builtin.quotes.mention_names import MentionNames
from newsparse.builtin.quotes.speaker_words import (
    agent_phrase,
    listed_person_noun,
    mention_text,
)
from newsparse.model import Speaker

__all__ = ["SpeakerResolver"]

#: A relative clause of a person right after a description: ``, who`` / `` who``.
_RELATIVE_WHO = re.compile(r",?\s+who\b")


class SpeakerResolver:
    """Resolves mentions of one document, in order.

    :param text: the document text.
    :param names: the document's name index.
    :param has_entities: whether the document has an ``entities`` layer.
    """

    def __init__(self, text: str, names: NameIndex, *, has_entities: bool = False) -> None:
        context = SpeakerContext.of(text, names)
        self._context = context
        self._institutions = Institutions(context)
        self._mentions = MentionNames(
            context, Descriptions(context, self._institutions), has_entities=has_entities
        )
        self._later = DelayedIdentification(context, self._mentions)

    def quotations(self, spans: Sequence[tuple[int, int]]) -> None:
        """Give the document's quotations, in order and not overlapping.

        What is named only inside them is no antecedent of a pronoun outside
        them (:meth:`~newsparse.builtin.quotes.antecedents.Antecedents.quotations`).
        """
        self._context.antecedents.quotations(spans)

    def look_ahead(
        self,
        named: Sequence[Mention],
        sentence_ends: Sequence[int],
        speaking: Sequence[Mention] | None = None,
    ) -> None:
        """Give the names that subjects and speakers write, for delayed identification.

        News often introduces a speaker by an indefinite description and names
        them in the next sentence (``A spokeswoman said ... . "...," said Ana
        Ruiz.``): such a description takes the first person named as a subject
        or speaker in the sentence after its own, when that person was not
        named before.  When the speakers are given, an occupation (``A
        prosecutor told the jury``) takes no one who only acts there (``Dale
        Roy, 54, has pleaded not guilty``) unless the article gives them the
        role.

        :param named: name and entity mentions of subjects and speakers.
        :param sentence_ends: where each sentence ends, in order.
        :param speaking: the mentions among them that speak: a quote's speaker,
            the subject of a verb of saying.
        """
        self._later.look_ahead(named, speaking)
        self._context.antecedents.sentences(sentence_ends)

    def note_subject(self, mention: Mention, *, placed: bool = False) -> None:
        """Record a clause subject as a possible antecedent of later pronouns.

        A subject ``he`` or ``she`` records the person it refers to, when the
        article tells that person's sex and it agrees.

        :param placed: whether the clause names the person as an object, after
            its subject (``The club thanked Rosa Dunn``).
        """
        if mention.kind == "pronoun":
            # a subject pronoun continues its referent's chain (centering)
            self._context.antecedents.continue_subject(mention)
            return
        written = mention_text(self._context.text, mention)
        if " " not in written and listed_person_noun(written.lower()):
            return  # ``Economist Jack Mintz said``: a title, though taken for a name
        resolved = self._resolved(mention)
        if resolved is None:
            return
        name, category = resolved
        if (
            category == "person"
            and mention.kind == "description"
            and name == mention_text(self._context.text, mention)
        ):
            named = self._later.named_after_introduction(mention, name)
            if named is not None:
                # ``A man who has mowed the oval for years was cheered`` ... ``The
                # groundsman, Barry Fitch,``: the person the article names later
                name, category = named
            else:
                # ``One emergency nurse in Halifax told me ... "...," she said``: an
                # unnamed person is what ``he`` or ``she`` names only when no person is
                category = "described"
        if category == "unknown" and mention.kind != "entity":
            return
        self._context.antecedents.remember(mention, name, category, spoke=False, placed=placed)

    def note_author(self, noun: str, pos: int, speaker: Speaker, category: str) -> None:
        """Record that *speaker* spoke through a document (``said in a statement``)."""
        self._institutions.note_author(noun, pos, speaker.name, category)

    def category_of(self, speaker: Speaker) -> str:
        """Return the category (person, org, ...) the last resolution gave *speaker*."""
        return self._context.antecedents.category_of(speaker.name)

    def _resolved(self, mention: Mention) -> tuple[str, str] | None:
        """Return the name and category a mention resolves to.

        ``One developer who was let go``: a description with or before a
        relative ``who`` is a person, though its noun may name a business.
        """
        resolved = self._mentions.resolve(mention)
        if resolved is None:
            return None
        name, category = resolved
        if (
            category == "org"
            and mention.kind == "description"
            and name == mention_text(self._context.text, mention)
            and (
                " who " in name or _RELATIVE_WHO.match(self._context.text, mention.end) is not None
            )
        ):
            return name, "person"
        return resolved

    def peek(self, mention: Mention) -> Speaker | None:
        """Return whom a mention names at this point, remembering nothing of it.

        A pronoun takes the antecedent :meth:`resolve` would give it; a name,
        entity or description is resolved as a clause subject is, without the
        look ahead of :meth:`resolve` for a description named later.  Used to
        measure resolution on every mention of a document, not only speakers'.

        :param mention: a mention, given in document order.
        """
        if mention.kind == "pronoun":
            found = self._context.antecedents.referent(mention)
            if found is None:
                return None
            return Speaker(
                start=mention.start, end=mention.end, name=found.name, entity=found.entity
            )
        resolved = self._resolved(mention)
        if resolved is None:
            return None
        entity = mention.entity.id if mention.entity is not None else None
        return Speaker(start=mention.start, end=mention.end, name=resolved[0], entity=entity)

    def resolve(self, mention: Mention) -> Speaker | None:
        """Return the speaker a mention names, or ``None`` when it cannot be told.

        :param mention: a speaker mention, given in document order.
        """
        if mention.kind == "pronoun":
            return self._context.antecedents.pronoun(mention)
        resolved = self._resolved(mention)
        if resolved is None:
            return None
        name, category = resolved
        span = mention_text(self._context.text, mention)
        if (
            mention.kind == "description"
            and (name == span or (name[:1].islower() and name in span))
            and not self._later.anonymous(mention)
        ):
            # the description itself, or the author it names (``a statement issued
            # Monday by the city's treasurer``), may be named in the next sentence
            agent = agent_phrase(span, span.lower().split())
            # ``according to a report released Tuesday by the province's auditor
            # general`` / ``Auditor General Mireille Tanaka said``: the author is named next
            named = self._later.named_next(mention, agent if agent is not None else span)
            if named is None:
                named = self._later.named_later(mention, name)
            if named is None:
                named = self._later.named_by_role(mention, span)
            if named is None:
                named = self._later.named_in_apposition(mention, span)
            if named is None:
                named = self._later.named_after_introduction(mention, span)
            if named is None:
                named = self._later.institution_named_next(mention, span)
            if named is None:
                named = self._later.institution_introduced(mention, span)
            if named is not None:
                name, category = named
        self._context.antecedents.remember(mention, name, category, spoke=True)
        entity = mention.entity.id if mention.entity is not None else None
        return Speaker(start=mention.start, end=mention.end, name=name, entity=entity)
