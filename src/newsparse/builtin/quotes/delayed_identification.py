"""Delayed identification: the person or institution a description is named as later.

News often introduces a speaker by a description and names them after it
(``A spokeswoman said ... . "...," said Ana Ruiz.``): an indefinite
description takes the first person named as a subject or speaker in the
sentence after its own, when that person was not named before and the
article gives them no other role (an occupation, ``A prosecutor told the
jury``, only by someone who speaks there or holds it; a present-tense lead,
``A Yukon trapper says ... his lunch``, by the person of the pronoun's sex
whose name opens that sentence), and never when the article keeps its
source anonymous.  An occupation with a modifier that no
such sentence names (``A Crown prosecutor``) takes the first person given
that role, or one sharing its broader role, with that modifier within a
few sentences (``Crown attorney Karen Oduya``).  A bare definite role with
no antecedent (``the principal says``), or one owned by no person named
before (``his frantic owner says``, of a cat), takes the first person given
that very role within a few sentences, and ``the company`` (or ``their union``)
the institution the next sentence names.  A person introduced with a relative
clause (``A woman who walks her dogs past the lot``) takes the next person of
that sex the article names a few sentences on.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from newsparse.attribution.mentions import Mention
from newsparse.attribution.names import name_head
from newsparse.attribution.roles import roles_after
from newsparse.attribution.wordlists import (
    COLLECTIVE_NOUNS,
    DETERMINERS,
    FEMALE_NOUNS,
    GENERIC_ROLES,
    GROUP_NOUNS,
    KIN_NOUNS,
    MALE_NOUNS,
    NEWS_PERSON_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRONOUN_NUMBER,
    ROLE_NOUNS,
    ROLE_TITLES,
    SUBORDINATORS,
    TITLE_ROLES,
    given_name_sex,
)
from newsparse.builtin.quotes.context import SpeakerContext
from newsparse.builtin.quotes.mention_names import MentionNames
from newsparse.builtin.quotes.names_given import name_given
from newsparse.builtin.quotes.speaker_words import (
    AGE,
    INDEFINITE,
    PAIR_NOUNS,
    POSSESSIVE_PRONOUNS,
    RELATIVES,
    complement_index,
    mention_text,
    noun_sex,
    participle_with_object,
    relational,
    same_role,
)
from newsparse.model import Entity

__all__ = ["DelayedIdentification", "lead_names"]

#: A capitalised name and the lower-case noun after it (``Restrepo family``).
_NAMED_GROUP = re.compile(r"\b[A-Z][\w’'\-]+\s+([a-z]+)\b")
#: A personal or possessive pronoun of the third person singular: ``his``, ``she``.
_PRONOUN_WORD = re.compile(r"\b(?:[Hh]e|[Hh]is|[Ss]he|[Hh]er)\b")
#: A lead's present-tense verb of saying right after its subject: `` says``.
_SAYS_AFTER = re.compile(r"\s+says\s+(?:that\s+)?")
#: An age set off after a name: ``, 61,``.
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
#: A lower-case word and one space right before a position: ``operator `` Raj Menon.
_WORD_BEFORE = re.compile(r"(?<![\w’'\-])([a-z]+) \Z")
#: A capitalised title and its one-word portfolio right before a name:
#: ``Minister for Housing `` Orla Tierney.
_PORTFOLIO_BEFORE = re.compile(r"(?<![\w’'\-])([A-Z][a-z]+)\s+(?:for|of)\s+[A-Z][a-z]+\s+\Z")
#: Endings of nouns that name who does something: ``operator``, ``florist``.
_AGENT_SUFFIXES = ("er", "or", "ist", "ian")
#: The lower-case word right after a position, past spaces.
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
#: The sex a personal pronoun tells.
_PRONOUN_SEX = {"he": "male", "she": "female"}
#: Determiners of a definite role that may be named later: ``the principal``, ``his owner``.
_LATER_DETERMINERS = frozenset({"the", "their", "its", "his", "her"})
#: Sentences after a bare definite role within which the person holding it may be named.
_LATER_SENTENCES = 8
#: Sentences after an indefinite description within which a definite description of
#: its role set off before a name names it: it points back, as far as the article goes.
_APPOSITION_SENTENCES = 20
#: A definite description in apposition right before a name: ``The woman, `` Ada Lee,
#: ``The union's spokesperson, `` Ada Lee.
_DEFINITE_APPOSITION = re.compile(
    r"(?<![\w’'])[Tt]he\s+(?P<mods>(?:[\w\-]+(?:[’']s)?\s+){0,3}?)(?P<noun>[a-z][\w\-]*),\s+\Z"
)


#: Sentences after an introduced person's own within which the article may name them.
_INTRODUCED_SENTENCES = 4
#: An age set off after a name, closing a clause or not: ``, 41``.
_AGE_SET_OFF = re.compile(r",\s+\d{1,3}\b")
#: A relative clause of a person right after a description: `` who``, ``, whose``.
_RELATIVE_AFTER = re.compile(r",?\s+(?:who|whose)\b")
#: ``the`` and a noun, which a clause of naming may follow: ``the man``.
_DEFINITE_NOUN = re.compile(r"(?<![\w’'])[Tt]he\s+(?P<noun>[a-z]+)\b")
#: An indefinite description of a person: ``a man``, ``another young woman``.
_INDEFINITE_PERSON = re.compile(
    r"(?<![\w’'])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w\-]+\s+){0,2}?(?P<noun>[a-z]+)\b"
)


def _head_end(written: Sequence[str]) -> int | None:
    """Return where a description's head phrase ends, when words follow it.

    At its complement (``A spokeswoman for the union``) or at a relative
    clause (``A grandmother who won ...``), whichever comes first; ``None``
    when the description is all head phrase.
    """
    cut = complement_index(written)
    relative = next((k for k, w in enumerate(written) if k > 1 and w.lower() in RELATIVES), None)
    if relative is not None and (cut is None or relative < cut):
        return relative
    return cut


def _named_possessor_role(text: str) -> list[str] | None:
    """Return the role words of a description owned by a name, if it is one.

    ``Ontario's auditor general`` -> ``["auditor", "general"]``: a capitalised
    possessor, or ``the`` and one noun (``the grocer's chief executive``), then
    one to three lower-case words and no complement.
    """
    written = text.split()
    owner = next((k for k, w in enumerate(written) if w.endswith(("’s", "'s"))), None)
    if owner is None:
        return None
    if not all(w[:1].isupper() for w in written[: owner + 1]) and not (
        owner == 1 and written[0].lower() == "the" and written[1][:-2].isalpha()
    ):
        return None
    role = written[owner + 1 :]
    if not role or len(role) > 3 or not all(w.isalpha() and w.islower() for w in role):
        return None
    return role


def lead_names(
    text: str,
    reports: Sequence[tuple[int, Mention]],
    entities: Sequence[Entity],
    sentence_ends: Sequence[int],
) -> list[Mention]:
    """Return the persons that open a report at a sentence's start, set off with an age.

    ``A grandmother who won the draw says ... .`` / ``Ana Ruiz, 71, bought
    the ticket in May, she told the Sun.``: a reported clause that opens its
    sentence with a person's name and age, reported by a pronoun, is the news
    lead's way of naming the one it described; the name is a subject for
    delayed identification, though it stands inside the report.

    :param reports: each report's start and its speaker mention.
    :param entities: the document's entities.
    :param sentence_ends: where each sentence ends, in order.
    """
    people = {ent.start: ent for ent in entities if ent.label in ("PERSON", "PER")}
    found: list[Mention] = []
    for start, speaker in reports:
        ent = people.get(start)
        if speaker.kind != "pronoun" or ent is None or ent.end > speaker.start:
            continue
        k = bisect.bisect_right(sentence_ends, start)
        opened = sentence_ends[k - 1] if k else 0
        if text[opened:start].strip(" \n\t\"“‘'") or _AGE_AFTER.match(text, ent.end) is None:
            continue
        told = _PRONOUN_SEX.get(text[speaker.start : speaker.end].lower())
        if _other_sex(told or "", given_name_sex(ent.name.split()[0]) if ent.name else None):
            continue  # ``Dale Roy, 54, has pleaded not guilty, she said``: someone else
        found.append(Mention(ent.start, ent.end, "entity", ent))
    return found


def _other_sex(described: str, named: str | None) -> bool:
    """Whether a noun's sex and a named person's known sex differ (``father``, a woman)."""
    return described in ("male", "female") and named in ("male", "female") and described != named


class DelayedIdentification:
    """Finds the name a description is given after it, among subjects and speakers.

    :param context: the document that speaker resolution reads.
    :param mentions: the resolver of name, entity and description mentions.
    """

    def __init__(self, context: SpeakerContext, mentions: MentionNames) -> None:
        self._context = context
        self._mentions = mentions
        #: Names written as subjects or speakers, by start.
        self._ahead: list[Mention] = []
        self._ahead_starts: list[int] = []
        #: Spans of the speakers among them (``None``: not told).
        self._speaking: frozenset[tuple[int, int]] | None = None

    def look_ahead(
        self, named: Sequence[Mention], speaking: Sequence[Mention] | None = None
    ) -> None:
        """Give the name and entity mentions of subjects and speakers, in any order.

        :param named: name and entity mentions of subjects and speakers.
        :param speaking: the mentions that speak (a quote's speaker, the
            subject of a verb of saying); ``None`` when not told.
        """
        self._ahead = sorted(named, key=lambda m: m.start)
        self._ahead_starts = [m.start for m in self._ahead]
        self._speaking = None if speaking is None else frozenset((m.start, m.end) for m in speaking)

    def _next_sentence(self, mention: Mention) -> int | None:
        """Return the index of the end of a mention's sentence, when a sentence follows it."""
        ends = self._context.antecedents.sentence_ends
        k = bisect.bisect_left(ends, mention.end)
        return k if k + 1 < len(ends) else None

    def _named_after(self, pos: int) -> list[Mention]:
        """Return the names of subjects and speakers that start after *pos*, in order."""
        return self._ahead[bisect.bisect_right(self._ahead_starts, pos) :]

    def _roles_given(self, name: str, mention: Mention) -> frozenset[str]:
        """Return the roles of the person *name* that a mention of them names.

        The roles the article linked to the person, and a title written in
        the mention itself (``Fire Marshal Tobias Grant``).
        """
        return self._context.names.roles_of(name) | {
            word.rstrip(".")
            for word in mention_text(self._context.text, mention).lower().split()
            if word not in name.lower().split()
        }

    def anonymous(self, mention: Mention) -> bool:
        """Whether the sentence of a description says its source goes unnamed.

        ``A senior source, speaking on condition of anonymity, said ...``,
        ``a nurse, who asked not to be named, said ...``: the article keeps
        the source unnamed, so no person named after it is that source.
        """
        return self._context.unnamed_source(mention.end)

    def named_next(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return the person an indefinite description is named as in the next sentence.

        A role a place or an institution owns (``the city's mayor``) takes
        first the person written later with that role as a title (``Mayor
        Ana Ruiz``), whoever the next sentence names.
        """
        owned = _named_possessor_role(text)
        if owned is not None:
            holder = self._title_named_later(mention, owned)
            if holder is not None:
                return holder
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
        cut = _head_end(text.split())
        head_words = words[:cut] if cut is not None else words
        head = head_words[-1]
        if words[0] == "the" and owner is None and cut is None and not relational(text):
            # ``The minister said ... Tom Birch said``: a definite description with no
            # complement or possessor points back, to no one named after it
            return None
        pair = head in PAIR_NOUNS  # ``A Saskatoon couple`` ... ``Darnell and Keisha Brooks``
        # the person nouns of news usage: an occupation only WordNet lists
        # (``engineer``) names only a person the article gives that very role
        person_noun = head in NEWS_PERSON_NOUNS or any(
            part in NEWS_PERSON_NOUNS for part in head.split("-")[1:]
        )  # ``its co-founder``, ``the vice-president``
        # ``the province's auditor general``, ``A retired engineer says``: a head that
        # is no person noun names only a person the article gives that very role
        titled = not person_noun and head not in GENERIC_ROLES and not pair
        # ``A prosecutor``, ``A senior account executive``: an occupation, not a
        # story's protagonist (``A grandmother who won ...``), is named as a speaker
        role = head.split("-")[-1]
        occupation = (
            words[0] in INDEFINITE
            and role in ROLE_NOUNS
            and role not in GENERIC_ROLES
            and role not in KIN_NOUNS
        )
        ends = self._context.antecedents.sentence_ends
        k = self._next_sentence(mention)
        if k is None:
            return None
        # the sentence after the description's own, or the one after that when
        # it names no one (a name modifying a group, ``The Restrepo family``,
        # names no one)
        limit = ends[k + 1]
        for candidate in self._named_after(ends[k]):
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
            if self._context.antecedents.remembers(resolved[0]):
                return None  # a person named before is no delayed identification
            if not pair and _other_sex(noun_sex(head), self._context.names.sex(resolved[0])):
                return None  # ``one father asked ...`` / ``Ana Ruiz said``: not the father
            apposed = self._definite_apposition(candidate, mention.end)
            if apposed is not None and not pair:
                # ``A nurse said ...`` / ``The woman, Ada Lee, said``: a definite
                # description set off before the name points back to the one described,
                # by its role or as a person of its sex; another role does not
                if self._refers_back(apposed, head, words):
                    return resolved
                continue
            if (
                self._context.roles.other_role(resolved[0], head.split("-")[-1])
                or self._apposed_otherwise(candidate, head.split("-")[-1])
                or (occupation and self._titled_otherwise(candidate, role))
            ):
                return None  # ``a collision expert`` ... ``witness Malcolm Gibson``
            lead = self._pronoun_lead(
                mention, candidate, ends[k], self._context.names.sex(resolved[0])
            )
            if titled and not lead and not self._aged_lead(candidate, ends[k]):
                # the role linked to the person, or a title written in the mention
                # itself (``Fire Marshal Tobias Grant``)
                roles = self._roles_given(resolved[0], candidate)
                if not any(
                    same_role(role, head) for role in roles
                ) and not self._context.roles.holds(resolved[0], head):
                    return None
            elif (
                occupation
                and not lead
                and self._speaking is not None
                and (candidate.start, candidate.end) not in self._speaking
                and not self._context.roles.holds(resolved[0], role)
            ):
                # ``A prosecutor told the jury ...`` / ``Dale Roy, 54, has pleaded not
                # guilty``: someone only acting there is no name for an occupation
                continue
            return resolved
        return None

    def _definite_apposition(self, mention: Mention, since: int) -> tuple[str, bool] | None:
        """Return the head of a definite description set off right before a name, if one is.

        ``The woman, `` Ada Lee -> ``("woman", False)``; ``The union's
        spokesperson, `` Ada Lee -> ``("spokesperson", True)``: the head and
        whether a possessor relates it to someone else.  ``None`` too when
        its noun is written between *since* and it: ``A spokesman said a man
        was arrested. The man, Karl Dunn,`` points back to the man.
        """
        text = self._context.text
        found = _DEFINITE_APPOSITION.search(text, max(0, mention.start - 80), mention.start)
        if found is None:
            return None
        noun = found.group("noun")
        if re.search(rf"(?<![\w’'\-]){re.escape(noun)}(?![\w’'\-])", text[since : found.start()]):
            return None
        possessed = any(w.endswith(("’s", "'s")) for w in found.group("mods").split())
        return noun, possessed

    @staticmethod
    def _refers_back(apposed: tuple[str, bool], head: str, words: Sequence[str]) -> bool:
        """Whether a definite description (:meth:`_definite_apposition`) may name *head*'s referent.

        The same role (``A spokesperson ...`` / ``The spokesperson, Ada Lee,``),
        or, with no possessor, a noun of the description's stem (``A retired
        driver ...`` / ``the retiree, Hal Brock,``) or a noun of a person by
        sex alone whose sex agrees (``A mother ...`` / ``The woman, Ada
        Lee,``); not another occupation (``A teacher ...`` is no ``The
        student, Amy Lo,``).

        :param words: the description's words in lower case.
        """
        noun, possessed = apposed
        role = head.split("-")[-1]
        if same_role(noun, role):
            return True
        if possessed:
            return False
        if len(noun) > 5 and any(w[:6] == noun[:6] for w in words if len(w) > 5):
            return True
        if noun != "person" and (
            (noun not in MALE_NOUNS and noun not in FEMALE_NOUNS)
            or noun in KIN_NOUNS
            or noun in ROLE_NOUNS
        ):
            return False
        sexes = {noun_sex(noun), noun_sex(role)}
        return "person" in sexes or len(sexes) == 1

    def named_in_apposition(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return whom an indefinite description is named as in a definite apposition later.

        ``A spokesperson for the parks department said ...`` ... ``The
        spokesperson, Ada Lee, later wrote``: the first subject or speaker
        within the next :data:`_APPOSITION_SENTENCES` sentences set off after a
        definite description of the same role, not named before.
        """
        written = text.split()
        words = [w.lower() for w in written]
        if len(words) < 2 or words[0] not in INDEFINITE:
            return None
        cut = _head_end(written)
        head = (words[:cut] if cut is not None else words)[-1]
        if head in INDEFINITE or head in GENERIC_ROLES:
            return None
        ends = self._context.antecedents.sentence_ends
        k = self._next_sentence(mention)
        if k is None:
            return None
        stop = ends[min(k + _APPOSITION_SENTENCES, len(ends) - 1)]
        for candidate in self._named_after(ends[k]):
            if candidate.start >= stop:
                break
            apposed = self._definite_apposition(candidate, mention.end)
            if candidate.kind == "names" or apposed is None:
                continue
            if not same_role(apposed[0], head.split("-")[-1]):
                continue
            resolved = self._mentions.resolve(candidate)
            if resolved is None or resolved[1] != "person":
                continue
            if self._context.antecedents.remembers(resolved[0]):
                return None
            return resolved
        return None

    def named_after_introduction(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return the person an indefinite description with a relative clause is named as later.

        ``A woman who walks her dogs past the lot argued ...`` ... ``The
        speaker, Lisa Marchetti, later said``: a person introduced by ``a``, a
        noun of sex and a relative clause is new and unnamed, and the article
        names them when it next names a person of agreeing sex within
        :data:`_INTRODUCED_SENTENCES` sentences after their own, with no other
        unnamed person of that sex written between: as a subject or speaker
        set off after a definite description that points back (``The
        woman, Ada Lee,``) or by an age (``said Ada Lee, 41``), or by a
        clause of naming after ``the`` and a noun of that sex (``said the man,
        who was later identified as Ed Dube``).  A person named before, or
        known by the title of an office, is someone else.
        """
        written = text.split()
        words = [w.lower() for w in written]
        if len(words) < 2 or words[0] not in INDEFINITE:
            return None
        relative = next((k for k, w in enumerate(words) if k > 1 and w in ("who", "whose")), None)
        if len(words) == 2 and _RELATIVE_AFTER.match(self._context.text, mention.end):
            relative = 2  # ``A man`` `` who has mowed the oval``
        elif relative is None or _head_end(written) != relative:
            return None
        head = words[relative - 1]
        sex = noun_sex(head)
        if sex not in ("male", "female") or head in KIN_NOUNS or head in ROLE_NOUNS:
            return None
        k = self._next_sentence(mention)
        if k is None:
            return None
        ends = self._context.antecedents.sentence_ends
        start, stop = ends[k], ends[min(k + _INTRODUCED_SENTENCES, len(ends) - 1)]
        context = self._context.text
        found: list[tuple[int, str]] = []
        for candidate in self._named_after(start):
            if candidate.start >= stop:
                break
            resolved = self._mentions.resolve(candidate)
            if candidate.kind == "names" or resolved is None or resolved[1] != "person":
                continue
            if _other_sex(sex, self._context.names.sex(resolved[0])):
                continue
            apposed = self._definite_apposition(candidate, mention.end)
            pointing = (
                apposed is not None
                and not apposed[1]
                and noun_sex(apposed[0])
                in (
                    sex,
                    "person",
                )
            )
            aged = _AGE_SET_OFF.match(context, candidate.end) is not None
            found.append((candidate.start, resolved[0] if pointing or aged else ""))
        for definite in _DEFINITE_NOUN.finditer(context, start, stop):
            if noun_sex(definite.group("noun")) != sex:
                continue
            given = name_given(context, definite.start(), definite.end())
            if given is not None:
                found.append((definite.start(), given[0]))
        if not found:
            return None
        at, name = min(found)
        if not name or self._context.antecedents.remembers(name):
            return None
        if any(
            role in ROLE_TITLES or role in TITLE_ROLES
            for role in self._context.names.roles_of(name)
        ):
            return None  # ``Commissioner Ana Roy`` holds an office: someone else
        for other in _INDEFINITE_PERSON.finditer(context, mention.end, at):
            noun = other.group("noun")
            if noun in PERSON_NOUNS and noun_sex(noun) in (sex, "person"):
                return None  # another unnamed person of that sex came between
        return name, "person"

    def _persons_named_later(
        self, mention: Mention, *, from_next: bool
    ) -> Iterator[tuple[Mention, tuple[str, str]]]:
        """Yield the persons named within :data:`_LATER_SENTENCES` sentences after a mention.

        Each comes with its resolved name and category, in text order, from
        right after the mention or, with *from_next*, from the next sentence
        on; groups of names (``names``) are passed over.
        """
        ends = self._context.antecedents.sentence_ends
        k = self._next_sentence(mention)
        if k is None:
            return
        stop = ends[min(k + _LATER_SENTENCES, len(ends) - 1)]
        for candidate in self._named_after(ends[k] if from_next else mention.end):
            if candidate.start >= stop:
                break
            if candidate.kind == "names":
                continue
            resolved = self._mentions.resolve(candidate)
            if resolved is not None and resolved[1] == "person":
                yield candidate, resolved

    def _title_named_later(self, mention: Mention, role: Sequence[str]) -> tuple[str, str] | None:
        """Return the person first given every word of a role as a title within a few sentences.

        ``Ontario's fire marshal says ...`` ... ``Fire Marshal Ada Lee
        said``: a place's or an institution's role, resolved by nothing
        before, names the person written later right after the same role
        words (or linked to a one-word role), within
        :data:`_LATER_SENTENCES` sentences, when the article named them
        nowhere before.
        """
        for candidate, resolved in self._persons_named_later(mention, from_next=False):
            written = self._context.text[max(0, candidate.start - 80) : candidate.start].split()
            titled = [w.lower().rstrip(".,") for w in written[-len(role) :]] == list(role)
            if not titled and not (
                len(role) == 1
                and any(
                    same_role(given, role[0]) for given in self._roles_given(resolved[0], candidate)
                )
            ):
                continue
            if self._context.antecedents.remembers(resolved[0]):
                return None
            return resolved
        return None

    def _possessor_named(self, pronoun: str, pos: int) -> bool:
        """Whether ``his``, ``her`` or ``their`` at *pos* refers to someone named before.

        ``A bodega cat ... has been found, his frantic owner says``: the
        possessor is the cat, no person the article named, so the owner may
        be named later; ``Ana Roy fell in training, her coach said``: the
        possessor is a person the report names.
        """
        want = POSSESSIVE_PRONOUNS[pronoun]
        found = self._context.antecedents.latest(want, pos)
        if want == "plural":
            # ``A Winnipeg family ... has been granted a stay, their lawyer says``:
            # a group the article only described is no one named
            return found is not None and found.name.split()[0].lower() not in DETERMINERS
        if found is not None and found.category == "person":
            return True
        return self._context.antecedents.entity_before(want, pos) is not None

    def _names_a_family(self, start: int, end: int) -> bool:
        """Whether a sentence names a group by a name modifying its noun (``The Lund family``)."""
        for found in _NAMED_GROUP.finditer(self._context.text, start, end):
            word = found.group(1)
            if word in GROUP_NOUNS or word in COLLECTIVE_NOUNS:
                return True
        return False

    def _modifies_group(self, mention: Mention) -> bool:
        """Whether a group or collective noun follows a name (``the Restrepo family``)."""
        found = _NEXT_WORD.match(self._context.text, mention.end)
        if found is None:
            return False
        word = found.group(1)
        return word in GROUP_NOUNS or word in COLLECTIVE_NOUNS

    def _aged_lead(self, mention: Mention, start: int) -> bool:
        """Whether a name opens the sentence starting at *start*, set off with an age.

        ``A pumpkin grower says ...`` / ``Lyle Brandvold, 61, found ...``:
        the news lead's way of naming the one it described.
        """
        text = self._context.text
        return not text[start : mention.start].strip() and (
            _AGE_AFTER.match(text, mention.end) is not None
        )

    def _pronoun_lead(self, mention: Mention, named: Mention, start: int, sex: str | None) -> bool:
        """Whether a name opens the sentence at *start* as the one a description's report speaks of.

        ``A Yukon trapper says a wolverine stole his lunch`` / ``Henrik Saari
        was checking his lines``: the present-tense lead of a news feature,
        whose report refers to its speaker by a pronoun of the named person's
        sex before it names any other person, and a next sentence that opens
        on that person's name, its subject, as a news lead names the one it
        described.
        """
        text = self._context.text
        says = _SAYS_AFTER.match(text, mention.end)
        if sex not in ("male", "female") or says is None or text[start : named.start].strip():
            return False
        end = self._context.antecedents.sentence_around(mention.end)[1]
        first = _PRONOUN_WORD.search(text, says.end(), end)
        if first is None or any(
            word[:1].isupper() or word.lower() in PERSON_NOUNS
            for word in re.findall(r"[\w’'-]+", text[says.end() : first.start()])
        ):
            # ``A prosecutor told the jury that a Selkirk man left his partner``: the
            # pronoun refers to the person the report names first
            return False
        words = _PRONOUN_WORD.findall(text, first.start(), end)
        return all(
            (PRONOUN_NUMBER.get(word.lower()) or POSSESSIVE_PRONOUNS.get(word.lower())) == sex
            for word in words
        )

    def _titled_otherwise(self, mention: Mention, role: str) -> bool:
        """Whether the noun written right before a name is another occupation than *role*.

        ``A spokesperson for the city said ...`` then ``Pest control
        operator Raj Menon said``: a lower-case agent noun (``-er``,
        ``-or``, ``-ist``, ``-ian``) or role noun standing as the name's
        title, or a capitalised one with its portfolio (``Minister for
        Housing Orla Tierney``), that names neither the role nor one sharing
        its broader role, tells that the person named is someone else.
        """
        text = self._context.text
        written = text[mention.start : mention.end].split()
        # a name run may have taken in the portfolio (``Housing Orla Tierney``)
        cut = mention.start + len(written[0]) + 1 if len(written) > 2 else mention.start
        office = _PORTFOLIO_BEFORE.search(text, max(0, mention.start - 60), cut)
        before = office or _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if before is None:
            return False
        word = before.group(1).lower()
        if word in PREPOSITIONS or word in SUBORDINATORS or word in DETERMINERS:
            return False
        agentive = len(word) > 4 and word.endswith(_AGENT_SUFFIXES)
        if not agentive and word not in ROLE_NOUNS and word not in TITLE_ROLES:
            return False
        broader = TITLE_ROLES.get(role, frozenset())
        return not same_role(word, role) and not TITLE_ROLES.get(word, frozenset()) & broader

    def _apposed_otherwise(self, mention: Mention, head: str) -> bool:
        """Whether the words after a name give it a role other than *head*.

        ``A spokeswoman said ...`` then ``Ana Ruiz, a lineworker, said``: an
        apposition naming another role, whether or not the lexicon lists its
        noun, tells that the person named is not the one described.
        """
        if head in GENERIC_ROLES or not self._context.text.startswith(",", mention.end):
            return False  # an agent verb (``Justice Sean Dunphy directed``) is no apposition
        if head in MALE_NOUNS or head in FEMALE_NOUNS or head in KIN_NOUNS:
            return False  # ``A Vancouver woman`` may be ``a retired bookkeeper``
        roles = [
            role
            for role in roles_after(self._context.text, mention.end)
            if not AGE.fullmatch(role.head) and role.head not in ORG_NOUNS
        ]
        return bool(roles) and not any(same_role(role.head, head) for role in roles)

    def named_by_role(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return whom an indefinite description of a modified occupation names later.

        ``A Crown prosecutor told the jury ...`` ... ``Crown attorney Karen
        Oduya said``: an occupation with a modifier, named in no sentence
        right after it, takes the first person named as a subject or speaker
        within the next :data:`_LATER_SENTENCES` sentences whom the article
        gives the same role, or one sharing its broader role (a prosecutor
        and an attorney are both lawyers), with the same modifier; the very
        role (a title that stands for it: ``Justice Ana Ruiz`` for ``A
        Federal Court judge``) once given with no modifier of its own needs
        none.
        """
        words = text.lower().split()
        if len(words) < 3 or words[0] not in INDEFINITE:
            return None
        cut = _head_end(text.split())
        head_words = words[1:cut] if cut is not None else words[1:]
        if len(head_words) < 2:
            return None
        head, mods = head_words[-1], frozenset(head_words[:-1])
        if head not in ROLE_NOUNS or head in GENERIC_ROLES or head in KIN_NOUNS:
            return None
        broader = TITLE_ROLES.get(head, frozenset())
        for candidate, resolved in self._persons_named_later(mention, from_next=True):
            if self._context.antecedents.remembers(resolved[0]):
                continue
            for role in self._context.names.roles_of(resolved[0]):
                if not same_role(role, head) and not TITLE_ROLES.get(role, frozenset()) & broader:
                    continue
                links = self._context.names.role_modifiers(resolved[0], role)
                if any(mods & link for link in links):
                    return resolved
                if self._modifiers_before(mods, candidate.start):
                    return resolved
                if same_role(role, head) and any(not link for link in links):
                    # ``A Federal Court judge ...`` ... ``Justice Marguerite Lalonde
                    # wrote``: the very role, given once with no modifier of its own
                    return resolved
        return None

    def _modifiers_before(self, mods: frozenset[str], pos: int) -> bool:
        """Whether a description's modifiers all stand, capitalised, in the sentence before *pos*.

        ``A Manitoba judge ...`` ... ``In Manitoba Court of King's Bench,
        Justice Ann Roy said``: the place that modifies the occupation is
        written in the sentence that names its holder.
        """
        start, _ = self._context.antecedents.sentence_around(pos)
        written = self._context.text[start:pos].split()
        before = {w.strip(",.;:").lower() for w in written if w[:1].isupper()}
        return bool(mods) and mods <= before

    def institution_named_next(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return the institution an indefinite description of one is named as next.

        ``A volunteer-run food bank in Sudbury says ...`` / ``The Valley East
        Community Pantry served ...``: an indefinite description headed by an
        institution noun takes the first institution of its kind named as a
        subject or speaker in the next sentence, or one named anywhere there
        whose name ends with its head (``A First Nation in northern British
        Columbia says ...`` / ``Chief Rosalind Ignace of the Tsel'kwa First
        Nation said``), when the article named neither before.
        """
        written = text.split()
        words = [w.lower() for w in written]
        if len(words) < 2 or words[0] not in INDEFINITE:
            return None
        cut = _head_end(written)
        head_words = written[1:cut] if cut is not None else written[1:]
        if not head_words:
            return None
        head = head_words[-1].lower()
        # a capitalised head names a kind of body (``First Nation``)
        if head not in ORG_NOUNS and not head_words[-1][:1].isupper():
            return None
        ends = self._context.antecedents.sentence_ends
        k = self._next_sentence(mention)
        if k is None:
            return None
        start, stop = ends[k], ends[k + 1]
        history = {item.name for item in self._context.antecedents.history}
        if head in ORG_NOUNS:
            for candidate in self._named_after(start):
                if candidate.start >= stop:
                    break
                resolved = self._mentions.resolve(candidate)
                if resolved is None or resolved[1] != "org" or resolved[0] in history:
                    continue
                if self._context.names.kinds_agree(head, resolved[0]):
                    return resolved
                break
        found = self._context.names.entity_before(
            stop,
            person=False,
            lookback=stop - start,
            accept=lambda _at, name: name.lower().endswith(f" {head}") and name not in history,
        )
        return (found[1], "org") if found is not None else None

    def institution_introduced(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return the institution a new definite description of one is named as later.

        ``The union representing the plant's workers said ...`` / ``Jo Kay,
        president of Millworkers Local 12, said``: ``the`` and an institution
        noun with a present participle after it describe an institution not
        spoken of before, which takes the first institution of its kind not
        named before, named anywhere in the next sentence, else as a subject
        or speaker within :data:`_LATER_SENTENCES` sentences.
        """
        words = text.lower().split()
        written = text.split()
        cut = next(
            (
                k
                for k, w in enumerate(words)
                if k > 1 and k + 1 < len(words) and participle_with_object(w, written[k + 1])
            ),
            None,
        )
        if words[:1] != ["the"] or cut is None or words[cut - 1] not in ORG_NOUNS:
            return None
        head = words[cut - 1]
        names = self._context.names
        history = {item.name for item in self._context.antecedents.history}
        ends = self._context.antecedents.sentence_ends
        k = self._next_sentence(mention)
        if k is None:
            return None
        start, stop = ends[k], ends[k + 1]
        for name in names.institutions_between(start, stop):
            if name not in history and names.kinds_agree(head, name):
                return name, "org"
        stop = ends[min(k + _LATER_SENTENCES, len(ends) - 1)]
        for candidate in self._named_after(start):
            if candidate.start >= stop:
                break
            resolved = self._mentions.resolve(candidate)
            if resolved is None or resolved[0] in history:
                continue
            # ``The Harbour Teachers' Association`` a recogniser took for a person
            institutional = (
                resolved[1] == "org"
                or names.looks_institutional(resolved[0])
                or name_head(resolved[0]) in ORG_NOUNS
            )
            if institutional and names.kinds_agree(head, resolved[0]):
                return resolved[0], "org"
        return None

    def named_later(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """Return whom a bare definite description with no antecedent names later.

        ``Students staged a walkout, but the principal says ...`` ...
        ``Principal Ana Roy said``: ``the`` and a role noun that nothing before
        resolved take the first person given that very role (a title written
        with the name, or a role the article links to it) within the next
        :data:`_LATER_SENTENCES` sentences; so do ``his``, ``her`` or
        ``their`` and a person's role whose possessor is no one the article
        named (``A Winnipeg family ..., their lawyer says``), and
        either with adjectives before the noun (``A bodega cat ... has been
        found, his frantic owner says.`` ... ``owner Hector Almonte told``).
        ``A startup has raised $2
        million, the company said.`` / ``Kelp Works Inc. makes ...``: ``the``
        and a noun of an institution take the institution the next sentence
        names as a subject or speaker, when no institution was named before;
        so does a possessed institution (``Nurses will strike, their union
        said.`` / ``The Manitoba Nurses Alliance ... said``).
        """
        words = text.lower().split()
        possessed = _named_possessor_role(text)
        if possessed is not None:
            return self._title_named_later(mention, possessed)
        if len(words) < 2 or words[0] not in _LATER_DETERMINERS:
            return None
        head = words[-1]
        org = head in ORG_NOUNS and head not in PERSON_NOUNS
        if len(words) > 2 and (
            org or len(words) > 4 or not all(w.isalpha() and w.islower() for w in text.split()[1:])
        ):
            # ``his frantic owner``: adjectives may stand before a person's role
            return None
        if words[0] == "its" and not org:
            return None  # ``its founder``: a role of an institution named before
        if words[0] != "the" and not org and self._possessor_named(words[0], mention.start):
            return None  # ``Ana Roy's lawyer`` is hers: her role holder, not a delayed name
        if words[0] in ("his", "her") and org:
            return None
        if not org and (head in GROUP_NOUNS or head in COLLECTIVE_NOUNS or head in GENERIC_ROLES):
            return None
        if org and any(item.category == "org" for item in self._context.antecedents.history):
            return None
        ends = self._context.antecedents.sentence_ends
        k = self._next_sentence(mention)
        if k is None:
            return None
        stop = ends[min(k + 1 if org else k + _LATER_SENTENCES, len(ends) - 1)]
        for candidate in self._named_after(ends[k]):
            if candidate.start >= stop:
                break
            if candidate.kind == "names":
                continue
            resolved = self._mentions.resolve(candidate)
            if resolved is None:
                continue
            if org:
                # ``The Northern Aviators Guild`` a recogniser took for a person
                institutional = resolved[
                    1
                ] == "unknown" and self._context.names.looks_institutional(resolved[0])
                if resolved[1] == "org" or institutional:
                    return resolved[0], "org"
                return None
            if resolved[1] != "person":
                continue
            roles = self._roles_given(resolved[0], candidate)
            if not any(same_role(role, head) for role in roles):
                continue
            if self._context.antecedents.remembers(resolved[0]):
                return None
            return resolved
        return None
