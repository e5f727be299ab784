"""Speaker resolution: from a mention to a canonical name.

Mentions are resolved in document order, so that a pronoun can look back:

* an **entity** takes the recogniser's canonical name, made fuller when the
  article introduced the same person with a longer name;
* a **name** without an entity (``Mr. Hemming``, ``IRCC``) takes the fullest
  name the article gives (:class:`~newsparse.attribution.names.NameIndex`);
* a **pronoun** takes the most recent compatible speaker or clause subject:
  ``he``/``she`` a person of that sex (or of unknown sex), ``it`` an
  institution or document, ``they``/``we`` a group or institution;
* a **description** that is definite takes the person introduced with that
  role (``the Chinese leader`` after ``Chinese leader Xi Jinping``) or the
  institution it names (``the railway``, ``the agency``); otherwise, and for
  documents (``the joint statement``) and groups (``Both sides``), the
  description itself is the name.

Nothing is invented: a pronoun with no compatible antecedent has no speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsparse.attribution.mentions import Mention
from newsparse.attribution.names import NameIndex
from newsparse.attribution.roles import roles_after
from newsparse.attribution.wordlists import (
    COLLECTIVE_NOUNS,
    GENERIC_ROLES,
    GROUP_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
)
from newsparse.builtin.quotes.antecedents import Antecedents
from newsparse.builtin.quotes.descriptions import Descriptions
from newsparse.builtin.quotes.institutions import Institutions
from newsparse.builtin.quotes.mention_names import MentionNames
from newsparse.builtin.quotes.role_holders import RoleHolders
from newsparse.builtin.quotes.speaker_words import (
    AGE,
    INDEFINITE,
    PAIR_NOUNS,
    POSSESSIVE_PRONOUNS,
    RELATIVES,
    agent_phrase,
    complement_index,
    listed_person_noun,
    mention_text,
    relational,
    same_role,
)
from newsparse.model import Speaker

__all__ = ["SpeakerResolver"]

#: A capitalised name and the lower-case noun after it (``Restrepo family``).
_NAMED_GROUP = re.compile(r"\b[A-Z][\w’'\-]+\s+([a-z]+)\b")
#: The lower-case word right after a position, past spaces.
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


#: Sentences after a bare definite role within which the person holding it may be named.
_LATER_SENTENCES = 8


class SpeakerResolver:
    """Resolves mentions of one document, in order.

    :param text: the document text.
    :param names: the document's name index.
    """

    def __init__(self, text: str, names: NameIndex, *, has_entities: bool = False) -> None:
        self._text = text
        self._names = names
        self._antecedents = Antecedents(text, names)
        self._institutions = Institutions(text, names, self._antecedents)
        self._roles = RoleHolders(text, names, self._antecedents)
        self._descriptions = Descriptions(
            text, names, self._antecedents, self._roles, self._institutions
        )
        self._mentions = MentionNames(
            text,
            names,
            self._antecedents,
            self._roles,
            self._descriptions,
            has_entities=has_entities,
        )
        #: Names written as subjects or speakers, by start, for delayed identification.
        self._ahead: list[Mention] = []
        self._ahead_starts: list[int] = []

    def quotations(self, spans: Sequence[tuple[int, int]]) -> None:
        """Give the document's quotations, in order and not overlapping.

        A person or institution named only inside someone's words (``"We ask
        the Australian Government ...," it stated``) is no antecedent of a
        pronoun outside them.
        """
        self._antecedents.quotations(spans)

    def look_ahead(self, named: Sequence[Mention], sentence_ends: Sequence[int]) -> None:
        """Give the names that subjects and speakers write, for delayed identification.

        News often introduces a speaker by an indefinite description and names
        them in the next sentence (``A spokeswoman said ... . "...," said Ana
        Ruiz.``): such a description takes the first person named as a subject
        or speaker in the sentence after its own, when that person was not
        named before.

        :param named: name and entity mentions of subjects and speakers.
        :param sentence_ends: where each sentence ends, in order.
        """
        self._ahead = sorted(named, key=lambda m: m.start)
        self._ahead_starts = [m.start for m in self._ahead]
        self._antecedents.sentences(sentence_ends)

    # -- antecedents ------------------------------------------------------------
    def note_subject(self, mention: Mention) -> None:
        """Record a clause subject as a possible antecedent of later pronouns."""
        if mention.kind == "pronoun":
            return
        written = mention_text(self._text, mention)
        if " " not in written and listed_person_noun(written.lower()):
            return  # ``Economist Jack Mintz said``: a title, though taken for a name
        resolved = self._mentions.resolve(mention)
        if resolved is None:
            return
        name, category = resolved
        if (
            category == "person"
            and mention.kind == "description"
            and name == mention_text(self._text, mention)
        ):
            # ``One emergency nurse in Halifax told me ... "...," she said``: an
            # unnamed person is what ``he`` or ``she`` names only when no person is
            category = "described"
        if category == "unknown" and mention.kind != "entity":
            return
        self._antecedents.remember(mention, name, category, spoke=False)

    def note_author(self, noun: str, pos: int, speaker: Speaker, category: str) -> None:
        """Record that *speaker* spoke through a document (``said in a statement``)."""
        self._institutions.note_author(noun, pos, speaker.name, category)

    def category_of(self, speaker: Speaker) -> str:
        """Return the category (person, org, ...) the last resolution gave *speaker*."""
        return self._antecedents.category_of(speaker.name)

    def resolve(self, mention: Mention) -> Speaker | None:
        """Return the speaker a mention names, or ``None`` when it cannot be told.

        :param mention: a speaker mention, given in document order.
        """
        if mention.kind == "pronoun":
            return self._antecedents.pronoun(mention)
        resolved = self._mentions.resolve(mention)
        if resolved is None:
            return None
        name, category = resolved
        span = mention_text(self._text, mention)
        if mention.kind == "description" and (
            name == span or (name[:1].islower() and name in span)
        ):
            # the description itself, or the author it names (``a statement issued
            # Monday by the city's treasurer``), may be named in the next sentence
            agent = agent_phrase(span, span.lower().split())
            # ``according to a report released Tuesday by the province's auditor
            # general`` / ``Auditor General Mireille Tanaka said``: the author is named next
            named = self._named_next(mention, agent if agent is not None else span)
            if named is None:
                named = self._named_later(mention, name)
            if named is not None:
                name, category = named
        self._antecedents.remember(mention, name, category, spoke=True)
        entity = mention.entity.id if mention.entity is not None else None
        return Speaker(start=mention.start, end=mention.end, name=name, entity=entity)

    def _named_next(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return the person an indefinite description is named as in the next sentence."""
        words = text.lower().split()
        # ``Saskatchewan's health minister``, ``Nova Scotia's fire marshal``: a name's
        # possessive determines the description too
        owner = next((k for k, w in enumerate(words) if w.endswith(("’s", "'s"))), None)
        possessed = owner is not None and all(w[:1].isupper() for w in text.split()[: owner + 1])
        if possessed and owner is not None:
            words = words[owner:]
            text = " ".join(text.split()[owner:])
        if len(words) < 2 or not (
            words[0] in INDEFINITE
            or words[0] == "the"
            or words[0] in POSSESSIVE_PRONOUNS
            or possessed
        ):
            return None
        cut = complement_index(text.split())
        relative = next((k for k, w in enumerate(words) if k > 1 and w in RELATIVES), None)
        if relative is not None and (cut is None or relative < cut):
            cut = relative  # ``A grandmother who won ...``
        head_words = words[:cut] if cut is not None else words
        head = head_words[-1]
        if words[0] == "the" and owner is None and cut is None and not relational(text):
            # ``The minister said ... Tom Birch said``: a definite description with no
            # complement or possessor points back, to no one named after it
            return None
        pair = head in PAIR_NOUNS  # ``A Saskatoon couple`` ... ``Darnell and Keisha Brooks``
        person_noun = head in PERSON_NOUNS or any(
            part in PERSON_NOUNS for part in head.split("-")[1:]
        )  # ``its co-founder``, ``the vice-president``
        # ``the province's auditor general``, ``A retired engineer says``: a head that
        # is no person noun names only a person the article gives that very role
        titled = not person_noun and head not in GENERIC_ROLES and not pair
        ends = self._antecedents.sentence_ends
        k = bisect.bisect_left(ends, mention.end)
        if k + 1 >= len(ends):
            return None
        first = bisect.bisect_right(self._ahead_starts, ends[k])
        # the sentence after the description's own, or the one after that when
        # it names no one (a name modifying a group, ``The Restrepo family``,
        # names no one)
        limit = ends[k + 1]
        for candidate in self._ahead[first:]:
            if candidate.start >= limit:
                if (
                    limit != ends[k + 1]
                    or k + 2 >= len(ends)
                    or candidate.start >= ends[k + 2]
                    or not self._names_a_family(ends[k], ends[k + 1])
                ):
                    break
                limit = ends[k + 2]
            if (candidate.kind == "names") != pair or self._modifies_group(candidate):
                continue
            resolved = self._mentions.resolve(candidate)
            if resolved is None or resolved[1] != ("group" if pair else "person"):
                continue
            if any(item.name == resolved[0] for item in self._antecedents.history):
                return None  # a person named before is no delayed identification
            if self._roles.other_role(resolved[0], head.split("-")[-1]) or self._apposed_otherwise(
                candidate, head.split("-")[-1]
            ):
                return None  # ``a collision expert`` ... ``witness Malcolm Gibson``
            if titled:
                # the role linked to the person, or a title written in the mention
                # itself (``Fire Marshal Tobias Grant``)
                roles = self._names.roles_of(resolved[0]) | {
                    word.rstrip(".")
                    for word in mention_text(self._text, candidate).lower().split()
                    if word not in resolved[0].lower().split()
                }
                if not any(same_role(role, head) for role in roles) and not self._roles.holds(
                    resolved[0], head
                ):
                    return None
            return resolved
        return None

    def _names_a_family(self, start: int, end: int) -> bool:
        """Whether a sentence names a group by a name modifying its noun (``The Lund family``)."""
        for found in _NAMED_GROUP.finditer(self._text, start, end):
            word = found.group(1)
            if word in GROUP_NOUNS or word in COLLECTIVE_NOUNS:
                return True
        return False

    def _modifies_group(self, mention: Mention) -> bool:
        """Whether a group or collective noun follows a name (``the Restrepo family``)."""
        found = _NEXT_WORD.match(self._text, mention.end)
        if found is None:
            return False
        word = found.group(1)
        return word in GROUP_NOUNS or word in COLLECTIVE_NOUNS

    def _apposed_otherwise(self, mention: Mention, head: str) -> bool:
        """Whether the words after a name give it a role other than *head*.

        ``A spokeswoman said ...`` then ``Ana Ruiz, a lineworker, said``: an
        apposition naming another role, whether or not the lexicon lists its
        noun, tells that the person named is not the one described.
        """
        if head in GENERIC_ROLES or not self._text.startswith(",", mention.end):
            return False  # an agent verb (``Justice Sean Dunphy directed``) is no apposition
        roles = [
            role
            for role in roles_after(self._text, mention.end)
            if not AGE.fullmatch(role.head) and role.head not in ORG_NOUNS
        ]
        return bool(roles) and not any(same_role(role.head, head) for role in roles)

    def _named_later(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return whom a bare definite description with no antecedent names later.

        ``Students staged a walkout, but the principal says ...`` ...
        ``Principal Ana Roy said``: ``the`` and a role noun that nothing before
        resolved take the first person given that very role (a title written
        with the name, or a role the article links to it) within the next
        :data:`_LATER_SENTENCES` sentences.  ``A startup has raised $2
        million, the company said.`` / ``Kelp Works Inc. makes ...``: ``the``
        and a noun of an institution take the institution the next sentence
        names as a subject or speaker, when no institution was named before.
        """
        words = text.lower().split()
        if len(words) != 2 or words[0] != "the":
            return None
        head = words[1]
        org = head in ORG_NOUNS and head not in PERSON_NOUNS
        if not org and (head in GROUP_NOUNS or head in COLLECTIVE_NOUNS or head in GENERIC_ROLES):
            return None
        if org and any(item.category == "org" for item in self._antecedents.history):
            return None
        ends = self._antecedents.sentence_ends
        k = bisect.bisect_left(ends, mention.end)
        last = k + 1 if org else k + _LATER_SENTENCES
        if k + 1 >= len(ends):
            return None
        stop = ends[min(last, len(ends) - 1)]
        first = bisect.bisect_right(self._ahead_starts, ends[k])
        for candidate in self._ahead[first:]:
            if candidate.start >= stop:
                break
            if candidate.kind == "names":
                continue
            resolved = self._mentions.resolve(candidate)
            if resolved is None:
                continue
            if org:
                return resolved if resolved[1] == "org" else None
            if resolved[1] != "person":
                continue
            roles = self._names.roles_of(resolved[0]) | {
                word.rstrip(".")
                for word in mention_text(self._text, candidate).lower().split()
                if word not in resolved[0].lower().split()
            }
            if not any(same_role(role, head) for role in roles):
                continue
            if any(item.name == resolved[0] for item in self._antecedents.history):
                return None
            return resolved
        return None
