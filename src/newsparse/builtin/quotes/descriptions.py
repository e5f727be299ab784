"""Descriptions as speakers: whom ``the minister`` or ``a spokeswoman for the union`` names.

A description takes the person or institution the article linked it to:
the name a clause of naming gives it (``a postal worker who gave her name
only as Bev``, :mod:`~newsparse.builtin.quotes.names_given`), the person
whose office speaks (``Gov. Ann Holt's office``), the person its
head phrase names before a complement (``Dana Ruiz of the food agency``), a
person of the age it gives (``the 34-year-old``), a family member (``her
husband``), the institution or document author its head names
(:mod:`~newsparse.builtin.quotes.institutions`), or the holder of its role
(:mod:`~newsparse.builtin.quotes.role_holders`).  Otherwise, and for groups
(``Both sides``), the description itself is the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse.attribution.descriptive import plural_of_people
from newsparse.attribution.names import strip_titles
from newsparse.attribution.wordlists import (
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    KIN_CONVERSES,
    KIN_NOUNS,
    ORG_NOUNS,
    PARTICIPLES_IN_N,
    PERSON_NOUNS,
    ROLE_NOUNS,
)
from newsparse.builtin.quotes.context import SpeakerContext
from newsparse.builtin.quotes.institutions import Institutions
from newsparse.builtin.quotes.names_given import name_given
from newsparse.builtin.quotes.speaker_words import (
    AGE,
    ARTICLES,
    COMPLEMENT_WORDS,
    DEFINITE,
    DESCRIPTION_LOOKBACK,
    INDEFINITE,
    LOOKBACK,
    PAIR_NOUNS,
    POSSESSIVE_PRONOUNS,
    RELATIVES,
    complement_index,
    description_words,
    noun_sex,
    participle_with_object,
    person_noun,
    relational,
    without_possessive,
)

__all__ = ["Descriptions"]

#: Prepositions that open an affiliation (``for the union``), not an origin (``from Accra``).
_AFFILIATION_WORDS = frozenset({"of", "for", "at", "with"})
#: Heads of capitalised descriptions that stay descriptions (``the President``,
#: ``the Joint Statement``).
_NOT_NAMES = PERSON_NOUNS | DOCUMENT_NOUNS
#: The rest of a sentence: up to its final stop or a line break.
_SENTENCE_REST = re.compile(r"[^.!?\n]*")
#: Words that end a copula or a role phrase before an indefinite description
#: that describes a named person: ``Hill is a driver``, ``worked as a driver``.
_COPULA_ENDS = (" is", " was", " as", " became", " been", " remains")
#: A relative clause of things right after a description: ``, which`` / `` which``.
_IMPERSONAL_RELATIVE = re.compile(r",?\s+which\b")
#: A place written right after a description: `` in Barrie``, `` from Red Deer``.
_PLACED = re.compile(r"\s+(?:in|from)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}(?![\w’'])")
#: A name set off after an indefinite description: ``a bus driver, Tom Hill,``.
_NAMED_AFTER = re.compile(r",?\s+(?:named\s+|called\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)+")


def _described(name: str) -> bool:
    """Whether a speaker's name is a description (``One shop owner on Elm Street``), no name."""
    first = name.split()[0].lower() if name.split() else ""
    return first in ARTICLES or first in INDEFINITE


def _fuller_writing(text: str, described: str) -> bool:
    """Whether a description writes out an unnamed person's description with more words.

    ``the man next door`` after ``a letter from the man``: the earlier phrase
    was cut before the postmodifier that this one keeps.
    """
    words = text.lower().split()
    short = described.lower().split()
    return _described(described) and len(words) > len(short) and words[: len(short)] == short


def _participle(word: str) -> bool:
    """Whether a lower-case word may be a past participle (``presented``, ``shown``)."""
    return (len(word) > 4 and word.isalpha() and word.endswith("ed")) or word in PARTICIPLES_IN_N


def _reduced_relative(words: Sequence[str]) -> int | None:
    """Return where a participle phrase after a document noun opens, if one does.

    ``a ministry backgrounder released with the announcement``: the index of
    ``released``; ``None`` when no document noun is followed by a participle,
    or when no article opens the description (a bare source, ``court records
    filed in Thunder Bay``, keeps its words).
    """
    if not words or words[0] not in ARTICLES:
        return None
    for k in range(1, len(words) - 1):
        if words[k] in DOCUMENT_NOUNS and _participle(words[k + 1]):
            return k + 1
    return None


class Descriptions:
    """Resolves description mentions to the person, institution or group they name.

    :param context: the document that speaker resolution reads.
    :param institutions: the institutions and documents the article names.
    """

    def __init__(self, context: SpeakerContext, institutions: Institutions) -> None:
        self._context = context
        self._institutions = institutions

    def describe(self, text: str, pos: int) -> tuple[str, str]:
        """Return the name and category of the speaker a description at *pos* names.

        The person whose office speaks, a document's author, a document's
        head phrase before a participle phrase, the head phrase before a
        relative clause or a complement, a person of that age, a name
        written with its article, a family member, an institution, a pair or a
        group, the holder of the role, or the person a description introduced;
        otherwise the description itself, a person when its head is a person
        noun.
        """
        if self._context.text.startswith(text, pos):
            given = name_given(self._context.text, pos, pos + len(text))
            written = description_words(text)
            if given is not None and not (
                written and written[-1] in ORG_NOUNS and not person_noun(written[-1])
            ):
                # ``a retired postal worker who gave her name only as Bev``
                name, sex = given
                if sex is not None:
                    self._context.names.learn_sex(name, sex)
                return name, "person"
        words = description_words(text)
        author = self._institutions.passive_author(text, words, pos, self.describe)
        if author is not None:
            return author
        reduced = _reduced_relative(words)
        if reduced is not None and len(text.split()) == len(words):
            # ``a staff report presented to council``: a document's reference is its
            # head phrase, without the participle phrase that tells its history
            return self.describe(" ".join(text.split()[:reduced]), pos)
        relative = next(
            (
                k
                for k, w in enumerate(words)
                if w in RELATIVES and (k > 1 or (k == 1 and plural_of_people(words[0])))
            ),
            None,
        )
        if relative is not None and len(text.split()) == len(words):
            # ``the person who spoke to reporters``: the head phrase before the relative
            head_phrase = " ".join(text.split()[:relative])
            name, category = self.describe(head_phrase, pos)
            return (text if name == head_phrase else name), category
        written = text.split()
        participle = next(
            (
                k
                for k, w in enumerate(words)
                if k > 1
                and k + 1 < len(written) == len(words)
                and participle_with_object(w, written[k + 1])
            ),
            None,
        )
        if (
            participle is not None
            and len(text.split()) == len(words)
            and words[0] in ARTICLES
            and (complement_index(text.split()) or len(words)) > participle
        ):
            # ``The union representing most of the plant's workers``: a new referent,
            # of the kind of the head phrase before the present participle that opens
            # its postmodifier, which keeps its words
            head_phrase = " ".join(text.split()[:participle])
            return text, self.describe(head_phrase, pos)[1]
        complement = complement_index(text.split())
        if complement is not None and len(text.split()) == len(words):
            # ``The former sergeant-at-arms of the House of Commons``: the head comes first;
            # unresolved, the description keeps its complement.
            head_phrase = " ".join(text.split()[:complement])
            if words[complement] in ("from", "by") and words[complement - 1] in DOCUMENT_NOUNS:
                # ``the post by an unknown author``: the author the document names
                # speaks, not the one the article last gave a document of its kind
                author = self._institutions.author(
                    " ".join(text.split()[complement + 1 :]), pos, self.describe
                )
                if author is not None:
                    return author
            person = self._person_named(head_phrase, pos)
            if person is not None:
                # ``Dana Ruiz of the food agency said``: a person and her affiliation
                return person, "person"
            name, category = self.describe(head_phrase, pos)
            if category == "document" and words[complement] in ("from", "by"):
                # ``A statement from the union``: the document's author speaks
                author = self._institutions.author(
                    " ".join(text.split()[complement + 1 :]), pos, self.describe
                )
                if author is not None:
                    return author
            if category == "document" and name == head_phrase and words[complement] != "of":
                # ``a filing with the regulator``, as ``a staff report presented to
                # council``: a document's reference is its head phrase (``a statement
                # of claim`` is a document's name, complement and all)
                return head_phrase, category
            if (
                name != head_phrase
                and category == "person"
                and words[complement] in _AFFILIATION_WORDS
                and not self._complement_agrees(
                    name, words[complement - 1], text.split()[complement + 1 :], pos
                )
            ):
                # ``The spokesperson for the company`` is not ``A spokesperson for the
                # union`` nor someone the article linked to the union
                return text, category
            return (text if name == head_phrase else name), category
        head = words[-1]
        first = words[0]
        definite = first in DEFINITE
        mods = frozenset(words[1:-1])
        if "-" in head and head not in PERSON_NOUNS and head.split("-", 1)[0] in PERSON_NOUNS:
            head = head.split("-", 1)[0]
        age = head if AGE.fullmatch(head) else next((w for w in mods if AGE.fullmatch(w)), None)
        if age is not None and definite:
            # ``the 34-year-old`` or ``the 72-year-old businessman`` after ``Kerry
            # Hobbs, 34,``: the person of that age
            aged = self._context.names.role_holder(age, frozenset(), pos)
            if aged is not None:
                return self._context.names.full_name(aged, pos), "person"
        if AGE.fullmatch(head):
            head = "person"  # else a person described by age
        rest = text.split()[1:]
        if definite and rest and all(w[:1].isupper() for w in rest) and head not in _NOT_NAMES:
            # ``the Harbour Authority``: a name with its article
            name = self._context.names.full_name(" ".join(rest), pos)
            return name, self._context.antecedents.known_category(name, "org")
        if head in DOCUMENT_NOUNS:
            return self._institutions.document(text, words, pos, self.describe)
        if len(words) == 2 and first in ("his", "her") and head in KIN_NOUNS:
            # ``Keisha Brooks said ... Her husband said``: the family member the
            # article named with her surname
            possessor = self._context.antecedents.latest(POSSESSIVE_PRONOUNS[first], pos)
            if possessor is not None and possessor.category == "person":
                kin = self._context.names.namesake(possessor.name, pos)
                if kin is not None and not self._context.roles.may_be_kin(kin, head):
                    kin = None
                kin = kin or self._context.roles.kin_converse(possessor.name, head)
                if kin is not None:
                    return kin, "person"
        # ``The regulator, which banned him for life, said``: a relative of things
        # tells an institution, never a person
        impersonal = self._context.text.startswith(text, pos) and (
            _IMPERSONAL_RELATIVE.match(self._context.text, pos + len(text)) is not None
        )
        if impersonal and head in ORG_NOUNS:
            return self._institutions.institution(text, words, head, mods, pos)
        if head in ORG_NOUNS and definite and person_noun(head) and not relational(text):
            # ``His former producer, Cal Dean,`` ... ``the producer said``: a noun of a
            # person or a business that the article linked to a person is that person
            # an occupation, no office: ``her former producer`` is still a producer
            holder = self._context.roles.salient(head, mods, pos) or self._context.roles.salient(
                head, mods | {"former"}, pos
            )
            if holder is not None:
                return holder, "person"
            if mods & PERSON_NOUNS:
                # ``the veteran broadcaster``: a person's modifier makes it a person
                recent = self._context.antecedents.latest("person", pos, DESCRIPTION_LOOKBACK)
                if recent is not None and recent.category == "person":
                    return recent.name, "person"
        if (
            head in ORG_NOUNS
            and definite
            and person_noun(head)
            and self._context.antecedents.first_person_before(pos)
        ):
            # ``Vince Scarpelli, president of Scarpelli Homes, said ...`` / ``"I have the
            # land," the developer said``: a noun of a person or a business that says
            # ``I`` is a person, the one spoken of last
            recent = self._context.antecedents.latest("person", pos, DESCRIPTION_LOOKBACK)
            if recent is not None and recent.category == "person":
                return recent.name, "person"
        if head in ORG_NOUNS:
            return self._institutions.institution(text, words, head, mods, pos)
        if definite and head in PAIR_NOUNS:
            pair = self._context.names.pair(pos)
            if pair is not None:
                return pair, "group"
        if (
            head in GROUP_NOUNS
            or head in COLLECTIVE_NOUNS
            or plural_of_people(head)
            or (head.endswith("s") and not head.endswith("ss") and not person_noun(head))
        ):
            return self.group_written_fuller(text, pos) or text, "group"
        if first in POSSESSIVE_PRONOUNS and len(words) > 1 and first != "its":
            # ``His lawyer said`` after ``His lawyer, Sam Ivey,``: the role's holder
            holder = self._context.roles.salient(head, mods, pos)
            if holder is not None and not self._context.roles.owned_by_another(
                holder, head, first, pos
            ):
                return holder, "person"
        owned = self._named_owners_holder(text, words, head, pos)
        if owned is not None:
            return owned, "person"
        if definite:
            holder = self._context.roles.salient(head, mods, pos)
            if holder is not None and not self._owned_otherwise(text, holder, head, mods):
                return holder, "person"
            introduced = self._context.roles.introduced(head, pos)
            if introduced is not None:
                return introduced.name, introduced.category
            first_written = (
                self._unnamed_before(head, pos) if person_noun(head) or head in ROLE_NOUNS else None
            )
            if first_written is not None:
                # ``threatened a bus driver`` ... ``the driver said``: the person the
                # indefinite description introduced, whom the article does not name;
                # a place it was written with names that person (``a woman in Barrie``
                # ... ``That woman said``)
                return first_written if _PLACED.search(first_written) else text, "person"
            if relational(text):
                # ``the city's housing director``: a role of someone else, not a name
                # for the person spoken of last, unless the article linked the role
                # to a name
                return self._kin_of_described(text, head, mods, pos) or text, "person"
            unnamed = self._context.unnamed_source(pos)
            if head in PERSON_NOUNS or text.split()[-1][:1].islower():
                recent = self._context.roles.described_person(head, pos, mods)
                if recent is not None and (not unnamed or _described(recent.name)):
                    if _fuller_writing(text, recent.name):
                        # ``a letter from the man next door`` ... ``the man next door
                        # said``: the description written out in full is the name
                        return text, "person"
                    return recent.name, "person"
            if unnamed:
                # ``The cashier at the station, a young man who would not give his
                # name, said``: a source kept unnamed is no person the article named,
                # though it may be one it described (``One shop owner said ...``),
                # also before a named person spoke (``a complaint from the woman next
                # door`` ... ``The neighbour declined to give her name``)
                described = self._described_before(head, pos)
                return (described or text), "person"
            if person_noun(head) or age is not None:
                # ``Dana Lowe joined the protest. The actress said``: the person
                # named last, though not as a subject; an age makes any noun a
                # person's (``Chef Dom Kavanagh's restaurant`` ... ``the
                # 44-year-old star``)
                before = pos
                for _ in range(4):  # past people known by another title
                    named = self._context.antecedents.entity_before(noun_sex(head), before)
                    if named is None or pos - named.start > DESCRIPTION_LOOKBACK:
                        break
                    if not self._context.roles.titled_otherwise(named.name, head, mods):
                        return named.name, "person"
                    before = named.start
        return text, "person" if head in PERSON_NOUNS else "unknown"

    def group_written_fuller(self, text: str, pos: int) -> str | None:
        """Return the group a bare plural description repeats with fewer words, if one spoke.

        ``Residents of Cobble Point say ...`` ... ``Residents said``: the
        group that spoke before (not one only written as a subject), written
        with the same words and then a complement (``of``, ``in``, ``at``
        ...), is the one the shorter description names again.
        """
        words = text.lower().split()
        if not words or words[0] in ARTICLES or words[0] in POSSESSIVE_PRONOUNS:
            return None
        for item in reversed(self._context.antecedents.history):
            if item.pos >= pos or item.category != "group" or not item.spoke:
                continue
            written = item.name.lower().split()
            if (
                len(written) > len(words) + 1
                and written[: len(words)] == words
                and written[len(words)] in COMPLEMENT_WORDS
            ):
                return item.name
        return None

    def _described_before(self, head: str, pos: int) -> str | None:
        """Return the last person the article described without a name, if the noun fits.

        Only a description with a different head and no sex against the noun's
        (a repeated head is handled as the same speaker elsewhere).
        """
        want = noun_sex(head)
        for item in self._context.antecedents.before(pos, DESCRIPTION_LOOKBACK):
            if item.category != "person" or not _described(item.name):
                continue
            heads = item.name.lower().split()
            if head in heads:
                return None
            sex = noun_sex(heads[1]) if len(heads) > 1 else "person"
            if want != "person" and sex != "person" and sex != want:
                return None
            return item.name
        return None

    def _owned_otherwise(self, text: str, holder: str, head: str, mods: frozenset[str]) -> bool:
        """Whether a possessed role names someone other than the holder the article linked.

        ``Defence lawyer Ana Roy`` ... ``the charity's lawyer said``: the
        article gave the role to Roy with modifiers the possessor is not among,
        so the charity's lawyer is another person.
        """
        if not relational(text):
            return False
        links = self._context.names.role_modifiers(holder, head)
        return bool(links) and all(link and not link & mods for link in links)

    def _named_owners_holder(
        self, text: str, words: Sequence[str], head: str, pos: int
    ) -> str | None:
        """Return the holder of a role a possessor determines (``Voss's lawyer``), if linked.

        ``Voss's lawyer, Stella Odum, said`` ... ``Voss's lawyer added``,
        ``The baker's lawyer, Hal Pinder,`` ... ``the baker's lawyer said``:
        the person the article gave the role with the same possessor.
        """
        written = text.split()
        if len(written) != len(words) or len(words) < 2:
            return None
        at = next((k for k, w in enumerate(written[:-1]) if w.endswith(("’s", "'s"))), None)
        if at is None or at > 1 or (at == 1 and words[0] not in DEFINITE):
            return None
        owner = words[at]
        mods = frozenset(words[at + 1 : -1]) | {owner}
        for holder in self._context.names.role_holders(head, mods, pos):
            if any(owner in link for link in self._context.names.role_modifiers(holder, head)):
                return self._context.names.full_name(holder, pos)
        return None

    def _kin_of_described(self, text: str, head: str, mods: frozenset[str], pos: int) -> str | None:
        """Return the person a family noun owned by a description names, if the article tells.

        ``Dana Klassen, whose father, Ed, farms near Brandon`` ... ``the
        farmer's daughter said``: a family noun whose possessor is a
        description, not a name, is the person last a subject or speaker when
        the article named a relative of that person of the converse kind (a
        father or a mother for ``daughter``).
        """
        converses = KIN_CONVERSES.get(head, frozenset())
        owner = next((w for w in text.split()[:-1] if w.endswith(("’s", "'s"))), "")
        if not converses or not owner[:1].islower():
            return None
        recent = self._context.roles.described_person(head, pos, mods)
        if recent is None or not self._context.roles.has_relative(recent.name, converses, pos):
            return None
        return recent.name

    def _complement_agrees(self, name: str, head: str, complement: Sequence[str], pos: int) -> bool:
        """Whether the referent *name* a description's head took may have its complement.

        When the referent is a description introduced before (``A
        spokesperson for the union``) or a person the article linked to the
        role (``Ana Bell, a spokesperson for the union,``), the complement's
        last noun (``company`` of ``for the company``) must be written in it or
        in the sentence that linked the role.  A person taken by salience
        alone may be told more of (``The former sergeant-at-arms of the House
        of Commons`` after ``Kevin Vickers, who became ...``).
        """
        noun = without_possessive(complement[-1].lower()) if complement else ""
        noun = noun.strip(".,;:")
        if not noun or noun in name.lower().split():
            return True
        if name.split()[0].lower() in ARTICLES or name.split()[0].lower() in INDEFINITE:
            return False  # an introduced description with another complement
        if not self._context.roles.holds(name, head):
            return True
        last = name.split()[-1]
        for found in re.finditer(
            rf"(?<![\w’']){re.escape(last)}(?![\w’'])", self._context.text[:pos]
        ):
            sentence = _SENTENCE_REST.match(self._context.text, found.end(), pos)
            window = sentence.group().lower() if sentence is not None else ""
            if re.search(rf"(?<![\w’']){re.escape(noun)}(?![\w’'])", window):
                return True
        return False

    def _person_named(self, phrase: str, pos: int) -> str | None:
        """Return the person a phrase of capitalised words names, if the article tells one.

        A given name of known sex or a person the recogniser or the article
        named (``Dana Ruiz``); ``None`` for a description (``The Council``).
        """
        words = phrase.split()
        if (
            len(words) < 2
            or words[0].lower() in ARTICLES
            or not all(word[:1].isupper() for word in words)
        ):
            return None
        name = self._context.names.full_name(strip_titles(phrase), pos)
        if self._context.names.sex(name) is None and not self._context.names.is_person(name):
            return None
        return name

    def _unnamed_before(self, head: str, pos: int) -> str | None:
        """Return the indefinite description with this head that introduced someone not named.

        ``A man who threatened a bus driver ...`` then ``the driver said``: the
        definite description refers back to that person.  An indefinite
        description in apposition or after a copula (``Tom Hill, a driver,``,
        ``Hill is a driver``) describes a named person and does not count, nor
        does one inside a quotation, nor one that opens a sentence or follows
        ``by`` (a story's protagonist, named later: ``A nurse has won ...``).
        The description keeps a place written right after it (``a woman in
        Barrie``).
        """
        lo = max(0, pos - LOOKBACK)
        found = self._context.text.find(head, lo, pos)
        if found < 0:
            return None
        pattern = re.compile(rf"(?<![\w’'])[Aa]n?\s+(?:[\w\-]+\s+){{0,2}}?{re.escape(head)}\b")
        for match in pattern.finditer(
            self._context.text, found - 40 if found >= lo + 40 else lo, pos
        ):
            before = self._context.text[max(0, match.start() - 12) : match.start()].rstrip()
            if (
                not before
                or before.endswith((",", "(", "—", "–", ".", "!", "?", "”", '"', ":"))
                or before.lower().endswith(_COPULA_ENDS)
                or before.lower().endswith(" by")
            ):
                # a subject or an agent (``A mum of two has won``, ``set up by an
                # engineering professor``) is the protagonist an article names next
                continue
            if _NAMED_AFTER.match(self._context.text, match.end()) is not None:
                continue
            if self._context.antecedents.quoted(match.start()):
                continue
            placed = _PLACED.match(self._context.text, match.end())
            return match.group() + (placed.group() if placed is not None else "")
        return None
