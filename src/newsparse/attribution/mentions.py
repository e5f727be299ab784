"""Speaker mentions read off a clause's words: names, pronouns, descriptions.

A mention is found next to a cue, reading left (``Mr. Xi said``), right
(``said Mr. Xi``) or from the start of a clause (the subject of
``Mr. Putin praised ..., saying ...``).  Entities of the document's
``entities`` layer are used first; without them a run of capitalised words
is taken as a name.  Role titles written before a name (``Mayor``,
``Prime Minister``) are left out of the mention, honorifics (``Mr.``) are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal, NamedTuple

from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_OPENERS,
    COLLECTIVE_NOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    FREE_RELATIVES,
    GROUP_NOUNS,
    HONORIFICS,
    MALE_NAMES,
    NON_SPEAKER_LABELS,
    NOT_NAME_OPENERS,
    ORG_NOUNS,
    PERSON_NOUNS,
    POST_NOMINALS,
    PREPOSITIONS,
    PRONOUN_NUMBER,
    RELATIVES,
    ROLE_NOUNS,
    ROLE_TITLES,
    SPEAKER_NOUNS,
    STOP_BEFORE_NAME,
    SUBORDINATORS,
    TIME_WORDS,
    is_ly_adverb,
    words_of,
)
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word, is_capitalised
from newsparse.lexicon import default_lexicon
from newsparse.model import Entity

__all__ = [
    "EntityIndex",
    "Mention",
    "MentionKind",
    "abbreviated_before",
    "first_person",
    "is_speaker_noun",
    "mention_after",
    "mention_before",
    "modifies_person_noun",
    "opens_participle_phrase",
    "present_participle",
    "subject_of",
    "subject_start",
]

MentionKind = Literal["entity", "name", "names", "pronoun", "description"]

#: Abbreviations written with a period inside a name: ``Mr. Xi``, ``John F. Kennedy``:
#: the lexicon's title abbreviations and the suffixes ``Jr.`` and ``Sr.``.
_NAME_ABBREVIATIONS = frozenset(
    word.lower()
    for word, klass in default_lexicon().table("abbreviations")
    if klass == "title" or word in ("jr", "sr")
)
#: Lower-case words that may sit inside a name between capitalised words: the
#: lexicon's name particles and ``of``, ``and``, ``for``, ``the``.
_NAME_PARTICLES = default_lexicon().words("name_particles") | words_of("of and for the")
_NOT_IN_DESCRIPTION = (
    PREPOSITIONS
    | AUXILIARIES
    | BE_FORMS
    | RELATIVES
    | words_of(
        """
    and or but as than if when while that whom what where why how because so
    then also said says say told not
    """
    )
)
_SPEAKER_NOUNS = SPEAKER_NOUNS
#: The word written right after a position, past spaces: `` contestant``.
_NEXT_WORD = re.compile(r"[ \t]+([\w’'\-]+)")


class Mention(NamedTuple):
    """A speaker mention.

    :param start: first code point.
    :param end: one past the last code point.
    :param kind: how it was found.
    :param entity: the entity it is, when the ``entities`` layer has it.
    """

    start: int
    end: int
    kind: MentionKind
    entity: Entity | None = None


class EntityIndex:
    """The entities that can be speakers, looked up by start and by end offset.

    :param entities: the ``entities`` layer (any order).
    """

    def __init__(self, entities: Iterable[Entity]) -> None:
        by_start: dict[int, Entity] = {}
        by_end: dict[int, Entity] = {}
        for ent in entities:
            if ent.label in NON_SPEAKER_LABELS or ent.end <= ent.start:
                continue
            known = by_start.get(ent.start)
            if known is None or known.end < ent.end:
                by_start[ent.start] = ent
            known = by_end.get(ent.end)
            if known is None or known.start > ent.start:
                by_end[ent.end] = ent
        self.by_start = by_start
        self.by_end = by_end

    def __bool__(self) -> bool:
        return bool(self.by_start)


def _possessive(word: Word) -> bool:
    return word.lower.endswith(("’s", "'s", "s’", "s'"))


def _role(word: Word) -> bool:
    return word.lower.rstrip(".") in ROLE_TITLES


#: Words that open a clause but never a name.
_NAME_OPENERS = CLAUSE_OPENERS | DETERMINERS | TIME_WORDS | NOT_NAME_OPENERS
#: Month names (lower case) from the lexicon that are no given names (``May``, ``June``).
_MONTHS = frozenset(row[0].lower() for row in default_lexicon().table("months")) - (
    MALE_NAMES | FEMALE_NAMES
)


def _trim_name(words: Sequence[Word], first: int, last: int) -> tuple[int, int] | None:
    """Drop clause openers, determiners, time words and role titles from the front of a name run.

    A time word never starts a speaker's name (``On Friday Acme disclosed``
    gives ``Acme``; ``In March Velanta said`` gives ``Velanta``).
    """
    while first < last and (
        words[first].lower in _NAME_OPENERS
        or (words[first].lower in _MONTHS and words[first + 1].kind == WORD)
    ):
        first += 1
    while first <= last and words[first].lower in _NAME_OPENERS:
        first += 1
    if first > last:
        return None
    roles = [k for k in range(first, last + 1) if _role(words[k])]
    if roles and roles[-1] < last:
        first = roles[-1] + 1
        if words[first].kind == PUNCT:
            first += 1
    while first <= last and words[first].lower in _NAME_PARTICLES:
        first += 1
    if first > last or words[first].kind != WORD:
        return None
    return first, last


def _name_left(words: Sequence[Word], j: int) -> int:
    k = j
    while k > 0:
        prev = words[k - 1]
        if (
            (prev.kind == WORD and is_capitalised(prev) and not _possessive(prev))
            or (
                prev.text == "."
                and k >= 2
                and (words[k - 2].lower in _NAME_ABBREVIATIONS or len(words[k - 2].text) == 1)
                and is_capitalised(words[k - 2])
            )
            or (prev.lower in _NAME_PARTICLES and k >= 2 and is_capitalised(words[k - 2]))
        ):
            k -= 1
        else:
            break
    return k


def _name_right(words: Sequence[Word], i: int) -> int:
    k = i
    while k + 1 < len(words):
        nxt = words[k + 1]
        cur = words[k]
        if _possessive(cur):
            break
        if nxt.kind == WORD and is_capitalised(nxt):
            k += 1
        elif nxt.text == "." and (cur.lower in _NAME_ABBREVIATIONS or len(cur.text) == 1):
            if k + 2 < len(words) and is_capitalised(words[k + 2]):
                k += 1
            else:
                break
        elif (
            nxt.lower in _NAME_PARTICLES
            and nxt.lower not in ("and", "the")
            and k + 2 < len(words)
            and is_capitalised(words[k + 2])
        ):
            k += 1
        else:
            break
    return k


def _description_left(words: Sequence[Word], j: int) -> int | None:
    head = words[j]
    if head.kind != WORD or head.lower in _NOT_IN_DESCRIPTION or head.lower in DETERMINERS:
        return None
    low_head = head.lower
    if is_ly_adverb(low_head) or low_head.isdigit():
        return None
    if low_head.endswith(("ed", "ing")) and low_head not in _SPEAKER_NOUNS:
        return None
    k = j
    while k > 0 and j - k < 7:
        prev = words[k - 1]
        if prev.text == "," and k < j:
            before = _coordinated_adjectives(words, k - 1)
            if before is None:
                before = _town_before_region_modifier(words, k - 1)
            if before is not None:
                return before
        if (
            prev.text in ("'", "’")
            and k >= 2
            and words[k - 2].kind == WORD
            and words[k - 2].lower.endswith("s")
            and words[k - 2].end == prev.start
        ):
            k -= 1  # a plural possessor: ``The nurses' union``
            continue
        if prev.kind != WORD:
            break
        low = prev.lower
        if low == "that":
            if k == 1 and is_capitalised(prev):
                return 0  # ``That cyclist told``: a demonstrative opening the sentence
            break
        if low in DETERMINERS:
            return k - 1
        if low == "of" and k >= 2 and is_capitalised(words[k - 2]) and is_capitalised(words[k]):
            k -= 1
            continue
        if low in _NOT_IN_DESCRIPTION or low in PRONOUN_NUMBER:
            break
        k -= 1
    if (
        low_head in _SPEAKER_NOUNS
        or (low_head.endswith("s") and not low_head.endswith("ss"))
        or is_capitalised(words[k])
        or _possessive(words[k])
    ):
        return k
    return None


def _town_before_region_modifier(words: Sequence[Word], comma: int) -> int | None:
    """Return the determiner of ``The Boise, Idaho-based company`` from its comma.

    A town of up to three capitalised words, a comma and a capitalised
    hyphenated modifier of its region (``Ont.-based``) modify one noun.
    """
    after = None if comma + 1 >= len(words) else words[comma + 1]
    if after is None or after.kind != WORD or not is_capitalised(after) or "-" not in after.text:
        return None
    k = comma - 1
    while k >= 0 and comma - k <= 4 and words[k].kind == WORD:
        if words[k].lower in DETERMINERS:
            return k if k < comma - 1 else None
        if not is_capitalised(words[k]):
            return None
        k -= 1
    return None


#: Suffixes that make adjectives (``lanky``, ``careful``, ``famous``, ``political``).
_ADJECTIVE_SUFFIXES = (
    "y", "ful", "ous", "al", "ic", "ive", "less", "ish", "able", "ible", "ent", "ant", "ed",
)  # fmt: skip


def _coordinated_adjectives(words: Sequence[Word], comma: int) -> int | None:
    """Return the determiner of ``the lanky, bespectacled professor`` from its comma.

    Up to three adjectives may stand between the determiner and the comma;
    each must have an adjective-forming suffix, so that a clause boundary
    (``In the end, bespectacled ...``) is not read as one phrase.
    """
    k = comma - 1
    while k >= 0 and comma - k <= 3:
        word = words[k]
        if word.kind != WORD:
            return None
        if word.lower in DETERMINERS:
            return k if k < comma - 1 else None
        if (
            is_capitalised(word)
            or word.lower in _NOT_IN_DESCRIPTION
            or word.lower in _SPEAKER_NOUNS
            or not word.lower.endswith(_ADJECTIVE_SUFFIXES)
        ):
            return None
        k -= 1
    return None


#: Participles that give a name: ``a group called Fair Vote``, ``a firm named Acme``.
_NAMING_PARTICIPLES = words_of("called named dubbed titled entitled nicknamed branded")


#: Articles and possessives that open a verb's object: ``held its rate``.
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def _verb_with_object(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is a past-tense verb after a speaker noun, with its object next.

    ``judge chastised Acme Radio``, ``the company confirmed the closure``: a
    lower-case ``-ed`` word between a speaker noun and a name or an article
    is the verb, not part of the description (``people arrested at the
    camp`` keeps its participle, ``a group called Fair Vote`` its name).
    """
    word = words[k]
    if (
        k >= 2
        and k + 1 < len(words)
        and word.kind == WORD
        and not is_capitalised(word)
        and words[k - 1].kind == WORD
        and is_capitalised(words[k - 1])
        and words[k + 1].lower in _OBJECT_DETERMINERS
        and word.lower not in _NOT_IN_DESCRIPTION
    ):
        # ``The Bank of Canada held its rate``: a lower-case word between a name
        # and a possessive or article is a verb (of any tense) with its object,
        # since no noun comes between a name and the article of another phrase
        return True
    if not word.lower.endswith("ed") or is_capitalised(word) or k + 1 >= len(words):
        return False
    if word.lower in _NAMING_PARTICIPLES:
        return False  # a name given (``a group called Fair Vote``)
    nxt = words[k + 1]
    return (
        is_speaker_noun(words[k - 1].lower)
        and nxt.kind == WORD
        and (
            nxt.lower in _OBJECT_DETERMINERS
            or (is_capitalised(nxt) and nxt.lower not in _NAME_OPENERS)  # not ``Monday``
        )
    )


def _person_noun(word: str) -> bool:
    """Whether a lower-case word names a person: a noun of persons or a listed role."""
    return word in PERSON_NOUNS or word in ROLE_NOUNS


def _description_right(words: Sequence[Word], i: int) -> int | None:
    if i >= len(words) or words[i].kind != WORD:
        return None
    k = i
    if (
        words[i].lower in DETERMINERS
        and i + 2 < len(words)
        and words[i + 1].lower == "of"
        and words[i + 2].lower in DETERMINERS
    ):
        k = i + 2
    while k + 1 < len(words) and k - i < 7:
        nxt = words[k + 1]
        if nxt.kind != WORD:
            break
        low = nxt.lower
        if low == "of" and k + 2 < len(words) and is_capitalised(words[k + 2]):
            k += 1
            continue
        if (
            low == "and"
            and k + 2 < len(words)
            and _person_noun(words[k].lower)
            and _person_noun(words[k + 2].lower)
            and not is_capitalised(words[k + 2])
        ):
            k += 2  # ``The widow and mother of three``: two nouns of one person
            continue
        if low in _NOT_IN_DESCRIPTION or low in DETERMINERS or low in PRONOUN_NUMBER:
            break
        if _verb_with_object(words, k + 1):
            break  # ``A Superior Court judge chastised the station``
        k += 1
    last = words[k]
    if last.lower in DETERMINERS or is_ly_adverb(last.lower):
        return None
    return k


_OF_LIKE = frozenset({"for", "of", "at", "from", "with"})
#: Indefinite articles, which open descriptions and no names: ``A Liberal MP``.
_INDEFINITE_ARTICLES = frozenset({"a", "an"})
#: Emphatic reflexives after a subject: ``The captain himself admitted``.
_EMPHATIC_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
_HONORIFIC_ABBREVIATIONS = words_of("mr mrs ms dr prof miss") | frozenset(
    # title abbreviations written before a name: ``Sgt.``, ``Coun.``, ``Gov.``
    title[:-1].lower()
    for title in default_lexicon().words("titles")
    if title.endswith(".") and " " not in title
)
_NOT_THROUGH_TITLES = (_NOT_IN_DESCRIPTION | PREPOSITIONS | RELATIVES) - {"of", "and"}


def mention_before(words: Sequence[Word], j: int, entities: EntityIndex) -> Mention | None:
    """Return the mention whose last token is ``words[j]``, read leftwards.

    A name after ``for``/``of`` belongs to the description before it
    (``A spokeswoman for Trudeau``): the whole phrase is the mention.

    :param words: the clause's tokens.
    :param j: index of the mention's last token.
    :param entities: the document's speaker entities.
    """
    if (
        j >= 1
        and words[j].kind == WORD
        and words[j].lower in _EMPHATIC_REFLEXIVES
        and words[j - 1].kind == WORD
    ):
        # ``The captain himself said``: the reflexive stresses the subject before it
        return mention_before(words, j - 1, entities)
    mention = _mention_before(words, j, entities)
    if mention is not None and mention.kind in ("entity", "name"):
        mention = _fields_before(words, mention, entities)
    if (
        mention is None
        or mention.kind != "pronoun"
        or (j >= 1 and words[j - 1].kind == WORD and words[j - 1].lower in PREPOSITIONS)
    ):
        # (a pronoun after a preposition is an object, which may end a relative
        # clause on the subject: ``the council that must rule on it says``)
        last = mention or Mention(words[j].start, words[j].end, "description")
        relative = _relative_subject(words, last) if words[j].kind == WORD else None
        if relative is not None:
            return relative
    if mention is not None and mention.kind in ("description", "entity", "name"):
        group = _group_complement(words, j, mention)
        if group is not None:
            return group
    if mention is not None and mention.kind == "description":
        return _complement_of(words, j, mention) or mention
    if mention is None or mention.kind not in ("entity", "name"):
        return mention
    k = j
    while k > 0 and words[k].start > mention.start:
        k -= 1
    if (
        mention.kind == "entity"
        and mention.entity is not None
        and mention.entity.label in _PLACE_LABELS
        and k >= 2
        and words[k - 1].lower in _LOCATIVES
    ):
        # ``Rev. Ann Roy of St. Paul's Church near Aberdeen said``: a place after a
        # locative preposition ends the subject but does not head it
        head = mention_before(words, k - 2, entities)
        if head is not None and (
            _is_person(head)
            or (head.kind == "entity" and head.entity is not None and head.entity.label == "ORG")
        ):
            return head
    named_body = _named_body_start(words, k)
    if named_body is not None:
        # ``Ann Roy of the group Clean Shores said``: a name set after an
        # institution noun names the body, whatever the recogniser took it for
        person = _mention_before(words, named_body - 1, entities)
        if person is not None and _is_person(person):
            return person
    body = _definite_body(words, k, mention)
    if body is not None:
        return body
    p = k - 1
    if p >= 1 and words[p].lower == "the":
        p -= 1
    if p >= 1 and words[p].lower in _OF_LIKE and not _is_person(mention, words):
        person = _affiliated_person(words, p, entities) or _mention_before(words, p - 1, entities)
        if person is not None and _is_person(person):
            return person
    elif mention.kind == "entity":
        # ``analyst Pierre-Luc Gagnon of Northfield Research said``: a person's
        # affiliation, even one a recogniser took for a person or cut in parts
        # (``Justice Ann Roy of Manitoba Court of King's Bench``), follows the person
        person = _affiliated_person(words, k - 1, entities)
        if person is not None:
            return person
    if k >= 2 and words[k - 1].lower == "and" and _is_person(mention):
        other = _mention_before(words, k - 2, entities)
        if other is not None and _is_person(other):
            return Mention(other.start, mention.end, "names")
    adjective = _adjective_complement_head(words, k)
    if adjective is not None:
        return Mention(words[adjective].start, mention.end, "description")
    q = k - 1
    if q >= 1 and words[q].lower == "the" and not _is_person(mention, words):
        q -= 1  # ``The former sergeant-at-arms of the House of Commons``
    while q >= 2 and _role(words[q]) and words[q - 1].kind == WORD:
        q -= 1  # ``A spokesperson for Premier Doug Ford``
    if q >= 1 and words[q].lower in _OF_LIKE and words[q - 1].kind == WORD:
        outer = words[q - 1]
        if not is_capitalised(outer) and is_speaker_noun(outer.lower):
            first = _description_left(words, q - 1)
            coordinated = first == q - 1 and first > 0 and words[first - 1].lower in ("and", "or")
            if first is not None and not coordinated:
                # a bare noun after ``and`` ends a coordination the agent-noun
                # reading keeps whole (``The mountain guide and instructor from Banff``)
                return Mention(words[first].start, mention.end, "description")
        if not is_capitalised(outer) and _agentive(outer.lower):
            # ``The 27-year-old personal trainer from Essex``: a definite description
            # headed by an agent noun, with a place or institution as complement
            first = _description_left_agentive(words, q - 1)
            if first is not None:
                return Mention(words[first].start, mention.end, "description")
        if not is_capitalised(outer) and outer.text.isalpha():
            # ``the 44-year-old star of Kitchen Rescue``: an age tells a person's
            # description, whatever its noun
            first = _description_left_agentive(words, q - 1)
            if first is not None and any(
                w.lower.endswith(("-year-old", "-month-old")) for w in words[first : q - 1]
            ):
                return Mention(words[first].start, mention.end, "description")
    return mention


#: Entity labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Prepositions that place a person or an institution: ``a church near Aberdeen``.
_LOCATIVES = words_of("in near outside inside around")
#: Prepositions that join a person to an affiliation written after the name.
_AFFILIATION_LINKS = words_of("of at with")
#: Words of an institution's name at most between a person and the name's last word.
_AFFILIATION_WORDS = 8


#: The most lower-case modifiers read between an article and an institution noun.
_BODY_MODIFIERS = 2


def _named_body_start(words: Sequence[Word], k: int) -> int | None:
    """Return the index of ``of``, ``at`` or ``with`` before ``the group`` and a name at *k*.

    The name is in apposition to an institution noun written in lower case,
    with an article and up to two lower-case modifiers before it (``of the
    advocacy group``, ``with the charity``, ``at the firm``), or up to two
    capitalised ones right after the preposition or article (``of Montreal
    consultancy``).
    """
    p = k - 1
    if p < 2 or words[p].kind != WORD or is_capitalised(words[p]):
        return None
    if words[p].lower not in ORG_NOUNS:
        return None
    p -= 1
    modifiers = 0
    while (
        p >= 1
        and modifiers < _BODY_MODIFIERS
        and words[p].kind == WORD
        and not is_capitalised(words[p])
        and words[p].lower not in DETERMINERS
        and words[p].lower not in _AFFILIATION_LINKS
    ):
        p -= 1
        modifiers += 1
    q = p
    while q >= 2 and p - q < _BODY_MODIFIERS and words[q].kind == WORD and is_capitalised(words[q]):
        q -= 1
    if q < p and (words[q].lower in _AFFILIATION_LINKS or words[q].lower in DETERMINERS):
        p = q  # ``of Montreal consultancy PixelMetrics``: a place before the noun
    if words[p].lower in DETERMINERS:
        p -= 1
    if p >= 1 and words[p].lower in _AFFILIATION_LINKS:
        return p
    return None


def _affiliated_person(words: Sequence[Word], p: int, entities: EntityIndex) -> Mention | None:
    """Return the person an affiliation ending after ``words[p]`` follows.

    Reading left over the institution's name (capitalised words, possessives,
    abbreviations, ``of`` and ``the`` inside it: ``Manitoba Court of King's
    Bench``) to
    ``of``, ``at`` or ``with`` right after a person's name.
    """
    stop = max(0, p - _AFFILIATION_WORDS)
    while p >= 1 and p >= stop:
        word = words[p]
        if word.lower in _AFFILIATION_LINKS:
            person = _mention_before(words, p - 1, entities)
            if person is not None and person.kind == "entity" and _is_person(person):
                return person
            if word.lower != "of" or not is_capitalised(words[p - 1]):
                return None
        elif word.text == "." and words[p - 1].end == word.start and is_capitalised(words[p - 1]):
            pass  # ``St. Aidan's College``: an abbreviation inside the name
        elif word.text == "&" and is_capitalised(words[p - 1]):
            pass  # ``Tillman & Marsh``: a firm's name joins its partners with ``&``
        elif word.kind != WORD or not (word.lower == "the" or is_capitalised(word)):
            return None
        p -= 1
    return None


def _definite_body(words: Sequence[Word], k: int, mention: Mention) -> Mention | None:
    """Return the institution a run of capitalised words after ``the`` names across ``of``.

    ``The Brandon Chambers of Commerce said``, ``the Knights of Columbus
    said``: capitalised words right after a definite article, then ``of``
    (or ``of the``) and the mention, are one institution's name, though a
    recogniser cut it at ``of`` or took a part for a person; a person's name
    takes no article.  A role before ``of`` (``the Minister of Finance``) is
    left to the role's rules, and so is a name that is the complement of a
    description before it (``the veteran of the Office of the Fire
    Marshal``).

    :param k: index of the mention's first word.
    """
    p = k - 1
    if p >= 1 and words[p].lower == "the":
        p -= 1
    if p < 2 or words[p].lower != "of":
        return None
    first = p
    while first > 0 and p - first < _AFFILIATION_WORDS:
        word = words[first - 1]
        if word.kind != WORD or not is_capitalised(word) or word.lower in _NAME_OPENERS:
            break
        first -= 1
    if first == p or first == 0 or words[first - 1].lower != "the":
        return None
    if first >= 2 and words[first - 2].lower in PREPOSITIONS:
        return None  # ``A spokeswoman for the Sisters of Providence``: a complement
    if any(words[n].lower in HONORIFICS for n in range(first, p)):
        return None
    if any(_role(words[n]) for n in range(first, p)):
        # ``the Minister of Health said``: a role, which names its holder
        return Mention(words[first - 1].start, mention.end, "description")
    return Mention(words[first].start, mention.end, "name")


#: Punctuation that ends the clause a relative subject is read in.
_CLAUSE_PUNCTUATION = frozenset(",;:.!?()—–")
#: Relative pronouns that open a restrictive relative clause on a subject.
_SUBJECT_RELATIVES = frozenset({"who", "whose"})
#: Relative pronouns that open a restrictive relative clause on an institution.
_BODY_RELATIVES = frozenset({"that", "which"})


def _relative_subject(words: Sequence[Word], mention: Mention) -> Mention | None:
    """Return ``Residents who live near the plant`` from the last noun phrase ``the plant``.

    A speaker noun followed, without a comma, by ``who`` or ``whose`` heads a
    subject whose restrictive relative clause ends where the mention ends:
    the whole phrase is the speaker, not the noun phrase the clause ends with.
    """
    k = 0
    while k < len(words) and words[k].start < mention.start:
        k += 1
    reach = _clause_reach(words, k, _RELATIVE_REACH)
    for r in range(k - 1, reach - 1, -1):
        word = words[r]
        if word.kind != WORD or word.lower not in _SUBJECT_RELATIVES | _BODY_RELATIVES:
            continue
        if r < 1 or words[r - 1].kind != WORD:
            return None
        noun = words[r - 1]
        if is_capitalised(noun) and r - 1 > 0:
            return None  # ``Tom Reyes, who ...`` has its comma; a capitalised noun inside is a name
        if word.lower in _BODY_RELATIVES:
            # ``the council that must rule on it``: ``that`` and ``which`` open a
            # relative clause on an institution or a body of people
            if noun.lower not in ORG_NOUNS and noun.lower not in COLLECTIVE_NOUNS:
                return None
        elif not (_person_like(noun.lower) or _agentive(noun.lower)):
            return None
        if _main_verb_between(words, r + 1, k):
            # ``A driver who claimed the prize is being sued by four co-workers who
            # say``: the relative clause ended at the main clause's verb, and the
            # noun phrase after that verb is no part of the subject
            return None
        first = _description_left(words, r - 1)
        if first is None:
            first = r - 1
        return Mention(words[first].start, mention.end, "description")
    reach = _clause_reach(words, k)
    for r in range(k - 1, max(reach - 1, 0), -1):
        word = words[r]
        if word.kind == WORD and (word.lower in SUBORDINATORS or word.lower in FREE_RELATIVES):
            # ``Prices jumped after Max Roy said``, ``Crews worked on what one of them
            # called``: the verb before it is finite
            return None
        if word.kind == WORD and word.lower.endswith("ed") and _reduced_relative(words, r):
            # ``people arrested at the camp``: a participle opens a reduced relative
            first = _description_left(words, r - 1)
            return Mention(
                words[r - 1 if first is None else first].start, mention.end, "description"
            )
    return None


def _main_verb_between(words: Sequence[Word], first: int, end: int) -> bool:
    """Whether an auxiliary or a form of *be* follows the verb of a relative clause.

    In ``who claimed the prize last month is being sued by``, the relative
    clause's verb (a past tense in ``-ed``, from ``words[first]`` on) comes
    before ``is``, which is then the main clause's verb; ``who were
    evacuated by the army`` and ``whose homes were flooded`` hold no verb
    before their auxiliary.
    """
    seen_verb = False
    for word in words[first:end]:
        if word.kind != WORD:
            continue
        if seen_verb and (word.lower in AUXILIARIES or word.lower in BE_FORMS):
            return True
        if len(word.lower) > 4 and word.lower.endswith("ed") and word.lower.isalpha():
            seen_verb = True
    return False


#: Tokens a restrictive relative clause on a subject may span before the last
#: noun phrase: ``A woman who waited 14 hours in a Red Deer emergency room with``.
_RELATIVE_REACH = 18


def _clause_reach(words: Sequence[Word], k: int, limit: int = 10) -> int:
    """Return the first index, at most *limit* - 2 words before ``words[k]``, inside its clause.

    Clause punctuation and quotations end the clause; a currency sign or a
    thousands comma between digits (``won £2 million``, ``$5,000``) does not.
    """
    r = k - 1
    while r >= 0 and r > k - limit:
        word = words[r]
        if word.kind == QUOTE:
            break
        if word.kind != WORD and word.text in _CLAUSE_PUNCTUATION:
            between_digits = (
                word.text == ","
                and 0 < r < len(words) - 1
                and words[r - 1].text[-1:].isdigit()
                and words[r + 1].text[:1].isdigit()
            )
            if not between_digits:
                break
        r -= 1
    return r + 1


def _person_like(noun: str) -> bool:
    """Whether a noun names people: a speaker noun, or the plural of a person noun."""
    return (
        noun in GROUP_NOUNS
        or noun in PERSON_NOUNS
        or (noun.endswith("s") and noun[:-1] in PERSON_NOUNS)
        or (noun.endswith("es") and noun[:-2] in PERSON_NOUNS)
    )


def _reduced_relative(words: Sequence[Word], r: int) -> bool:
    """Whether the participle ``words[r]`` follows a plural noun opening the clause.

    ``People arrested last week said``, ``residents displaced by the fire
    say``: the noun must be a group noun or a plural, first in the clause
    or after a determiner and modifiers, and the participle must take no
    object (``Police arrested the man`` is a clause of its own).
    """
    noun = words[r - 1]
    low = noun.lower
    plural = low.endswith("s") and not low.endswith("ss") and low.isalpha() and len(low) > 4
    if noun.kind != WORD or not (noun.lower in GROUP_NOUNS or plural):
        return False
    after = words[r + 1] if r + 1 < len(words) else None
    if after is not None and (after.lower in DETERMINERS or after.lower in PRONOUN_NUMBER):
        return False  # ``Police arrested the man``: an active verb and its object
    start = r - 1
    while (
        start > 0
        and words[start - 1].kind == WORD
        and (start == 1 or not is_capitalised(words[start - 1]))
    ):
        start -= 1  # lower-case modifiers and a determiner
    return start == 0 or words[start - 1].kind != WORD


#: Prepositions that open an adjective's complement only: ``close to``, ``involved in``.
_ADJECTIVE_PREPOSITIONS = frozenset({"to", "in", "about", "on"})


#: Suffixes of nouns that name who does something: ``trainer``, ``pianist``, ``custodian``.
_AGENT_SUFFIXES = ("er", "or", "ist", "ian")


def _agentive(word: str) -> bool:
    """Whether a lower-case word reads as an agent noun (``trainer``, ``organizer``)."""
    return len(word) > 4 and word.isalpha() and word.endswith(_AGENT_SUFFIXES)


def _description_left_agentive(words: Sequence[Word], j: int) -> int | None:
    """Return where a definite description ending with the agent noun ``words[j]`` starts.

    Only ``the`` opens it, within six words, over modifiers and ages
    (``The 58-year-old former Olympic rower``).
    """
    for k in range(j - 1, max(-1, j - 7), -1):
        word = words[k]
        if word.kind != WORD or word.lower in PRONOUN_NUMBER:
            return None
        if word.lower == "the":
            return k
    return None


def _person_left(words: Sequence[Word], j: int, entities: EntityIndex) -> Mention | None:
    """Return the nearest person entity ending before ``words[j]``, within twelve words."""
    for k in range(j - 1, max(-1, j - 12), -1):
        word = words[k]
        if word.kind == QUOTE:
            return None
        ent = entities.by_end.get(word.end)
        if ent is not None and ent.label in ("PERSON", "PER") and ent.start >= words[0].start:
            first = k
            while first > 0 and words[first].start > ent.start:
                first -= 1
            return Mention(_honorific_start(words, first, ent.start), ent.end, "entity", ent)
    return None


def _group_complement(words: Sequence[Word], j: int, mention: Mention) -> Mention | None:
    """Return ``Residents of the Glenmore area`` from the complement ``the Glenmore area``.

    The noun before ``of``/``at``/``from``/... names people in the plural
    (``residents``, ``neighbours``, ``nurses``) and opens the clause or is
    written in lower case: the whole phrase is the mention.
    """
    k = j
    while k > 0 and words[k].start > mention.start:
        k -= 1
    if mention.kind in ("entity", "name"):
        for _ in range(2):
            # ``Nurses in rural northern Manitoba``: lower-case modifiers of a place
            before = words[k - 1] if k > 2 else None
            if (
                before is None
                or not before.text.replace("-", "").isalpha()
                or not before.text.islower()
            ):
                break
            if before.lower in _NOT_IN_DESCRIPTION or before.lower in _OF_LIKE | {"in"}:
                break
            k -= 1
        if k > 2 and _possessive(words[k - 1]) and is_capitalised(words[k - 1]):
            # ``Organizers of Edmonton's Chinook Film Festival``: a possessor of the name
            k -= 1
    if k < 2 or words[k - 1].lower not in _OF_LIKE | {"in"} or words[k - 2].kind != WORD:
        return None  # ``Parents in Port Alberni``: where the people live
    head = k - 2
    outer = words[head]
    low = outer.lower
    plural = low in GROUP_NOUNS or (
        low.endswith("s") and not low.endswith("ss") and low[:-1] in PERSON_NOUNS
    )
    if not plural or low in _NOT_IN_DESCRIPTION:
        return None
    if is_capitalised(outer) and head > 0 and words[head - 1].kind == WORD:
        return None  # a name's last word (``Friends of the Earth``)
    first = _description_left(words, head)
    return Mention(words[head if first is None else first].start, mention.end, "description")


def _adjective_complement_head(words: Sequence[Word], k: int) -> int | None:
    """Return where a description opens whose postposed adjective's complement a name ends.

    ``A source close to Jade said``, ``a friend loyal to Ruiz``: ``words[k]``
    opens a name after ``to``, ``with``, ``about`` or ``on``, a lower-case
    adjective (no person noun) and a speaker noun that a determiner opens;
    the name belongs to the description, which is the mention.
    """
    if k < 3 or words[k - 1].lower not in _ADJECTIVE_PREPOSITIONS | {"with"}:
        return None
    adjective, noun = words[k - 2], words[k - 3]
    if (
        adjective.kind != WORD
        or not adjective.text.isalpha()
        or not adjective.text.islower()
        or adjective.lower in PERSON_NOUNS
        or noun.kind != WORD
        or is_capitalised(noun)
        or not is_speaker_noun(noun.lower)
    ):
        return None
    first = _description_left(words, k - 3)
    if first is None or words[first].lower not in DETERMINERS:
        return None
    return first


def _complement_of(words: Sequence[Word], j: int, mention: Mention) -> Mention | None:
    """Return ``A spokeswoman for the mayor`` from its last description ``the mayor``."""
    k = j
    while k > 0 and words[k].start > mention.start:
        k -= 1
    participial = _participial_head(words, k)
    if participial is not None:
        return Mention(words[participial].start, mention.end, "description")
    if (
        k >= 2
        and words[k - 1].lower in _OF_LIKE | _ADJECTIVE_PREPOSITIONS
        and words[k - 2].kind == WORD
    ):
        head = k - 2
        if (
            head >= 1
            and words[head].lower not in PERSON_NOUNS
            and words[head - 1].kind == WORD
            and words[head - 1].lower in PERSON_NOUNS
            and words[head].text.isalpha()
            and words[head].text.islower()
        ):
            head -= 1  # a post-modifying adjective: ``A person familiar with the talks``
        elif words[k - 1].lower in _ADJECTIVE_PREPOSITIONS:
            return None  # these open only an adjective's complement (``close to``)
        outer = words[head]
        if not is_capitalised(outer) and outer.lower in PERSON_NOUNS:
            first = _description_left(words, head)
            if first is not None and words[first].lower in DETERMINERS:
                return Mention(words[first].start, mention.end, "description")
    return None


def present_participle(word: Word) -> bool:
    """Whether a lower-case word may be a present participle (``representing``)."""
    return (
        word.kind == WORD
        and not is_capitalised(word)
        and len(word.lower) > 5
        and word.lower.isalpha()
        and word.lower.endswith("ing")
    )


#: Determiners that open a participle's object: ``representing the family``.
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})
#: Words that may follow the participle of a reduced relative clause: its
#: object's determiner, a preposition or a word of time (``interviewed Wednesday``).
_AFTER_PARTICIPLE = PREPOSITIONS | TIME_WORDS | _OBJECT_OPENERS


def opens_participle_phrase(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` opens a reduced relative clause on the noun before it.

    ``Fishers interviewed on the wharf``, ``Branch regulars interviewed
    Wednesday``, ``Commuters waiting at the stop``, ``Lawyers representing
    the family``: a lower-case past or present participle followed by a
    preposition, a word of time or its object's determiner postmodifies the
    noun before it; the phrase is part of the subject.
    """
    if k + 1 >= len(words) or words[k].kind != WORD or is_capitalised(words[k]):
        return False
    low = words[k].lower
    if not low.endswith(("ed", "ing")) or len(low) < 5:
        return False
    nxt = words[k + 1].lower
    if low.endswith("ing"):
        return nxt in PREPOSITIONS or nxt in _OBJECT_OPENERS
    return nxt in _AFTER_PARTICIPLE


def _participial_head(words: Sequence[Word], k: int) -> int | None:
    """Return where ``the union representing the teachers`` starts, from ``the teachers``.

    A present participle between a noun of speakers and a description is a
    reduced relative clause on that noun (``the group lobbying the council``,
    ``a company operating the line``, ``the families living near the
    plant``): the speaker is the noun's whole phrase.
    """
    if k >= 1 and words[k - 1].lower in PREPOSITIONS and words[k - 1].lower != "of":
        k -= 1  # the participle's preposition (``living near``, ``speaking for``)
    if k < 3:
        return None
    verb, head = words[k - 1], words[k - 2]
    if (
        not present_participle(verb)
        or head.kind != WORD
        or verb.lower in _SPEAKER_NOUNS
        or is_capitalised(head)
        or not is_speaker_noun(head.lower)
    ):
        return None
    first = _description_left(words, k - 2)
    if first is None or words[first].lower not in DETERMINERS:
        return None
    return first


def is_speaker_noun(word: str) -> bool:
    """Whether a lower-case word names a speaker: a person, institution, document or group.

    A hyphenated compound counts by its first part (``sergeant-at-arms``,
    ``editor-in-chief``).
    """
    return (
        word in _SPEAKER_NOUNS
        or word.rstrip(".") in ROLE_TITLES
        or ("-" in word and word.split("-", 1)[0] in _SPEAKER_NOUNS | ROLE_TITLES)
    )


def _honorific_start(words: Sequence[Word], k: int, start: int) -> int:
    """Return where a name starting at ``words[k]`` starts with its honorific (``Mr. Xi``)."""
    if k >= 2 and words[k - 1].text == "." and words[k - 2].lower in _HONORIFIC_ABBREVIATIONS:
        return words[k - 2].start
    if k >= 1 and words[k - 1].lower in _HONORIFIC_ABBREVIATIONS:
        return words[k - 1].start
    return start


def _is_place(mention: Mention) -> bool:
    """Whether a mention is an entity of a place: a country, a town, a region, a street."""
    return (
        mention.kind == "entity"
        and mention.entity is not None
        and mention.entity.label in _PLACE_LABELS | {"FAC"}
    )


def _preposition_between(words: Sequence[Word], i: int, j: int) -> bool:
    """Whether a preposition stands among ``words[i:j]`` (``residents of``, ``farmers near``)."""
    return any(words[k].lower in PREPOSITIONS for k in range(i, j))


def _is_person(mention: Mention, words: Sequence[Word] | None = None) -> bool:
    if mention.kind == "entity":
        return mention.entity is not None and mention.entity.label in ("PERSON", "PER")
    if mention.kind != "name" or words is None:
        return mention.kind == "name"
    last = [w for w in words if w.end == mention.end]
    return not last or last[0].lower not in ORG_NOUNS


def _mention_before(words: Sequence[Word], j: int, entities: EntityIndex) -> Mention | None:
    if j < 0 or j >= len(words):
        return None
    word = words[j]
    if word.kind != WORD:
        return None
    numbered = _numbered_name(words, j, entities)
    if numbered is not None:
        return numbered
    ent = entities.by_end.get(word.end)
    if ent is not None and ent.start >= words[0].start:
        k = j
        while k > 0 and words[k].start > ent.start:
            k -= 1
        return Mention(_honorific_start(words, k, ent.start), ent.end, "entity", ent)
    if word.lower in PRONOUN_NUMBER:
        return Mention(word.start, word.end, "pronoun")
    if word.lower in RELATIVES and j >= 2 and words[j - 1].text == ",":
        before = j - 2
        if (
            before >= 2
            and words[before].text.isdigit()
            and len(words[before].text) <= 3
            and words[before - 1].text == ","
        ):
            before -= 2  # ``Ana Roy, 79, who said``: the age set off after the name
        found = _mention_before(words, before, entities)
        if word.lower == "who" and found is not None and not _is_person(found, words):
            # ``Yoni Freedhoff, medical director of the Bariatric Medical Institute,
            # who writes``: ``who`` is the person the appositive describes
            return _person_left(words, j - 2, entities) or found
        return found
    if word.text in POST_NOMINALS and j >= 2 and words[j - 1].text == ",":
        # ``Tom Rake, SC, said``: the letters set off after a name are the person's
        named = _mention_before(words, j - 2, entities)
        if named is not None and named.kind in ("entity", "name"):
            return named
    if is_capitalised(word) and not _possessive(word):
        first = _name_left(words, j)
        if j == first and word.lower in _SPEAKER_NOUNS:
            return Mention(word.start, word.end, "description")
        if all(_role(words[k]) for k in range(first, j + 1)):
            det = first - 1 if first > 0 and words[first - 1].lower in DETERMINERS else first
            return Mention(words[det].start, word.end, "description")
        article = first if words[first].lower in _INDEFINITE_ARTICLES else first - 1
        if (
            0 <= article < j - 1
            and words[article].lower in _INDEFINITE_ARTICLES
            and (_role(word) or word.text in POST_NOMINALS)
        ):
            # ``A Liberal MP said``, ``A Government TD said``: no name takes an
            # indefinite article; a capitalised modifier and a role are a description
            return Mention(words[article].start, word.end, "description")
        trimmed = _trim_name(words, first, j)
        if trimmed is None:
            return None
        return Mention(words[trimmed[0]].start, word.end, "name")
    first_desc = _description_left(words, j)
    if first_desc is None:
        return None
    return Mention(words[first_desc].start, word.end, "description")


#: Months, their abbreviations and weekdays: a number after one is a date.
_CALENDAR_WORDS = frozenset(
    word.lower()
    for table in ("months", "weekdays")
    for row in default_lexicon().table(table)
    for cell in row
    for word in cell.split(";")
    if word and not word.isdigit()
)


def _numbered_name(words: Sequence[Word], j: int, entities: EntityIndex) -> Mention | None:
    """Return a name that ends with its number at ``words[j]``: ``Unifor Local 1840``.

    A union local, a branch or a lodge is named by capitalised words and a
    number written in digits; a month before the number makes a date
    (``June 3``), no name.
    """
    word = words[j]
    if not word.text.isdigit() or j < 1:
        return None
    before = words[j - 1]
    if (
        before.kind != WORD
        or not is_capitalised(before)
        or before.lower.rstrip(".") in _CALENDAR_WORDS
    ):
        return None
    name = _mention_before(words, j - 1, entities)
    if name is None or name.kind not in ("entity", "name"):
        return None
    return Mention(name.start, word.end, "name")


def _with_number(words: Sequence[Word], mention: Mention, entities: EntityIndex) -> Mention:
    """Extend a name over the number written after it, when it names with it (``Local 1840``)."""
    k = next((n for n, w in enumerate(words) if w.start >= mention.end), None)
    if k is None or not words[k].text.isdigit():
        return mention
    numbered = _numbered_name(words, k, entities)
    if numbered is None or numbered.start != mention.start:
        return mention
    return numbered


def _coordinated_fields(words: Sequence[Word], mention: Mention, entities: EntityIndex) -> Mention:
    """Extend an institution's name the recogniser cut at ``and`` over its fields and place.

    ``Public Works and Procurement Norland``: an institution entity, ``and``,
    and capitalised words of which the first is an institution entity and the
    last ends a place entity, with nothing else between, are one name, a
    department named by its fields and its country.
    """
    ent = mention.entity
    if ent is None or ent.label != "ORG":
        return mention
    k = next((n for n, w in enumerate(words) if w.start >= mention.end), None)
    if k is None or k + 2 >= len(words) or words[k].lower != "and":
        return mention
    field = entities.by_start.get(words[k + 1].start)
    if field is None or field.label != "ORG":
        return mention
    for n in range(k + 1, min(len(words), k + 6)):
        word = words[n]
        if word.kind != WORD or not is_capitalised(word):
            return mention
        place = entities.by_end.get(word.end)
        if place is not None and place.label in _PLACE_LABELS and place.start > field.start:
            return Mention(mention.start, place.end, "name")
    return mention


def _fields_before(words: Sequence[Word], mention: Mention, entities: EntityIndex) -> Mention:
    """Extend a name ending with a place back over ``and`` and an institution entity.

    ``Coastal Shipping and Ports Norland said``: read leftwards, a place
    (``Norland``) after capitalised words that open with an institution
    entity (``Ports``), ``and`` and another institution entity is the end of
    one name, as :func:`_coordinated_fields` reads it rightwards.
    """
    place = entities.by_end.get(mention.end)
    if place is None or place.label not in _PLACE_LABELS:
        return mention
    k = next((n for n, w in enumerate(words) if w.start >= mention.start), None)
    if k is None:
        return mention
    for n in range(k - 1, max(0, k - 4), -1):
        word = words[n]
        if word.kind != WORD:
            return mention
        if word.lower == "and":
            org = entities.by_end.get(words[n - 1].end)
            field = entities.by_start.get(words[n + 1].start)
            if n + 1 == k or org is None or field is None:
                return mention
            if org.label != "ORG" or field.label != "ORG":
                return mention
            return Mention(org.start, mention.end, "name")
        if not is_capitalised(word):
            return mention
    return mention


def abbreviated_before(words: Sequence[Word], j: int, entities: EntityIndex) -> Mention | None:
    """Return the mention that ends with the period of an abbreviation at ``words[j]``.

    Inside a clause a period written against a word ends an abbreviation
    (``Acme Widgets Inc. said``, ``The U.S. alleges``), not a sentence: the
    mention is read from the word before the period, as by
    :func:`mention_before`, and ends with the period.  One abbreviated word
    after a comma is a place or a party (``of Springfield, Ill.``), no
    speaker; a name of several words is (``..., Acme Widgets Inc. said``).

    :param words: the clause's tokens.
    :param j: index of the period.
    :param entities: the document's speaker entities.
    """
    word = words[j]
    if word.text != "." or j == 0 or words[j - 1].kind != WORD or words[j - 1].end != word.start:
        return None
    ent = entities.by_end.get(word.end)
    k = j - 1
    # the letters of an initialism: ``U.S.``, ``B.C.``
    while (
        k >= 2
        and len(words[k].text) == 1
        and words[k - 1].text == "."
        and (words[k - 1].end == words[k].start and words[k - 2].end == words[k - 1].start)
    ):
        k -= 2
    if k < j - 1:
        # an initialism names the speaker after ``the`` or opening the clause
        if k > 0 and words[k - 1].lower != "the":
            return None
        first = k - 1 if k > 0 else k
        if ent is not None and ent.start >= words[first].start:
            return Mention(words[first].start, word.end, "entity", ent)
        return Mention(words[first].start, word.end, "name")
    if not is_capitalised(words[j - 1]):
        return None
    inner = mention_before(words, j - 1, entities)
    if inner is None or inner.kind == "pronoun" or inner.end != words[j - 1].end:
        return None
    k = j - 1
    while k > 0 and words[k].start > inner.start:
        k -= 1
    if k > 0 and words[k - 1].text == "," and k == j - 1:
        # one abbreviated word after a comma is a place or a party; a name of
        # several words ends with a company's form (``..., Acme Widgets Inc. said``)
        return None
    if ent is not None and inner.kind in ("entity", "name") and ent.start >= inner.start:
        return Mention(inner.start, word.end, "entity", ent)
    return inner._replace(end=word.end)


def mention_after(
    words: Sequence[Word],
    i: int,
    entities: EntityIndex,
    *,
    through_titles: bool = False,
    bare: bool = False,
) -> Mention | None:
    """Return the mention whose first token is ``words[i]``, read rightwards.

    :param words: the clause's tokens.
    :param i: index of the mention's first token.
    :param entities: the document's speaker entities.
    :param through_titles: look past a title or description to the name it
        introduces (``said dairy farmer Tom Brandt``,
        ``according to former city treasurer Lena Hartley``).
    :param bare: accept a description without determiner
        (``according to government data``).
    """
    mention = _mention_after(words, i, entities)
    if mention is not None and mention.kind in ("entity", "name"):
        mention = _with_number(words, mention, entities)
    if mention is not None and mention.kind == "entity":
        mention = _coordinated_fields(words, mention, entities)
    if mention is None and bare:
        end = _description_right(words, i)
        if end is not None and words[i].lower not in _NOT_IN_DESCRIPTION:
            mention = Mention(words[i].start, words[end].end, "description")
    if mention is not None and mention.kind == "description":
        mention = _with_author(words, mention, entities)
        mention = _with_adjective_complement(words, mention)
    if not through_titles or (mention is not None and mention.kind == "pronoun"):
        return mention
    if mention is not None and mention.kind == "description":
        apposed = _apposed_name(words, mention, i, entities)
        if apposed is not None:
            return apposed
        if words[i].lower in ("a", "an"):
            return mention
    best = mention if mention is not None and mention.kind in ("entity", "name") else None
    m = i
    while m < len(words) and m < i + 10:
        word = words[m]
        if word.kind != WORD or word.lower in _NOT_THROUGH_TITLES:
            break
        if is_capitalised(word) or word.start in entities.by_start:
            found = _mention_after(words, m, entities)
            if found is not None and found.kind in ("entity", "name"):
                if not (
                    _is_place(found)
                    and not is_capitalised(words[i])
                    and _preposition_between(words, i, m)
                ):
                    # ``according to the weary tenants of one Regina tower``: a place
                    # after a preposition in a description is its complement, no name
                    # the description introduces
                    best = found
                while m + 1 < len(words) and words[m + 1].end <= found.end:
                    m += 1
                if m + 1 < len(words) and words[m + 1].lower in _OF_LIKE and _is_person(found):
                    break  # ``economist Priya Raman of TD Bank``: her affiliation follows
        m += 1
    return best if best is not None else mention


#: Prepositions that open the complement of an adjective after a noun: ``familiar
#: with the deal``, ``close to the talks``, ``briefed on the plan``.
_ADJECTIVE_COMPLEMENTS = words_of("with to on about of in")
#: Words of an adjective's complement at most, after its preposition.
_ADJECTIVE_COMPLEMENT_WORDS = 4


def _with_adjective_complement(words: Sequence[Word], mention: Mention) -> Mention:
    """Extend a description that ends with an adjective after its noun over its complement.

    ``a person familiar with the deal who was not authorized``: the head noun
    (``person``) comes before the last word, which is a postposed adjective
    whose complement (``with the deal``) belongs to the phrase; a relative
    clause, a comma or a verb ends it.
    """
    k = 0
    while k < len(words) and words[k].end < mention.end:
        k += 1
    if k + 2 >= len(words) or words[k].end != mention.end:
        return mention
    last = words[k].lower
    if (
        words[k + 1].lower not in _ADJECTIVE_COMPLEMENTS
        or is_speaker_noun(last)
        or last in DOCUMENT_NOUNS
        or last.endswith("s")
    ):
        return mention
    inside = [w.lower for w in words if mention.start <= w.start and w.end < mention.end]
    if any(w in DOCUMENT_NOUNS for w in inside):
        return mention  # ``a release sent to media``: a document, not people
    if not any(_person_like(w) or w in ROLE_NOUNS or _agentive(w) for w in inside):
        return mention  # no head noun before the adjective
    end = k + 2
    if words[end].lower in DETERMINERS:
        end += 1
    stop = min(len(words), end + _ADJECTIVE_COMPLEMENT_WORDS)
    m = end
    capitalised = is_capitalised(words[end])
    while m < stop and words[m].kind == WORD and words[m].lower not in _NOT_IN_DESCRIPTION:
        if capitalised and not is_capitalised(words[m]):
            break  # ``A source close to Jade hit back``: a name ends the complement
        m += 1
    if m == end:
        return mention
    return Mention(mention.start, words[m - 1].end, "description")


def _with_author(words: Sequence[Word], mention: Mention, entities: EntityIndex) -> Mention:
    """Extend a document description over its author: ``a statement from the company``."""
    k = 0
    while k < len(words) and words[k].end < mention.end:
        k += 1
    document = k
    while document > 0 and words[document].start > mention.start:
        if words[document].lower in DOCUMENT_NOUNS:
            break
        document -= 1
    if k + 1 >= len(words) or words[document].lower not in DOCUMENT_NOUNS:
        return mention
    by = k + 1
    if document < k or words[by].lower not in ("from", "by"):
        found = _agent_by(words, document + 1)
        if found is None:
            return mention
        by = found
    author = _mention_after(words, by + 1, entities)
    if author is None or author.kind == "pronoun":
        return mention
    return Mention(mention.start, author.end, "description")


#: Auxiliaries and relatives between a document and its passive participle:
#: ``a study which is being released Monday by Civic Action``.
_PASSIVE_GLUE = words_of("which that is was are were be being been has have had to")


def _agent_by(words: Sequence[Word], i: int) -> int | None:
    """Return the index of ``by`` that names the author of a document ending at ``words[i - 1]``.

    A past participle (``released``, ``issued``, ``written``) must come first,
    after relatives and auxiliaries only; time words may follow it
    (``a statement released Friday by the ministry``).
    """
    k = i
    while k < len(words) and k < i + 4 and words[k].lower in _PASSIVE_GLUE:
        k += 1
    if k >= len(words) or words[k].kind != WORD or not words[k].lower.endswith(("ed", "en")):
        return None
    k += 1
    stop = min(len(words), k + 4)
    while k < stop and words[k].kind == WORD:
        low = words[k].lower
        if low == "by":
            return k if k + 1 < len(words) else None
        if not (low in TIME_WORDS or low in _MONTHS or low.isdigit() or low in ("on", "last")):
            return None
        k += 1
    return None


def _apposed_name(
    words: Sequence[Word], description: Mention, i: int, entities: EntityIndex
) -> Mention | None:
    """Return the name in apposition to a description (``her partner, Tom Reyes``).

    The name must follow the description's comma and end the clause or meet
    a comma, so that ``the engineer, Hal Boyd`` gives ``Hal Boyd`` but a
    list (``the mayor, the police and ...``) gives nothing.
    """
    k = i
    while k < len(words) and words[k].end <= description.end:
        k += 1
    if k < len(words) and words[k].lower in _OF_LIKE:
        # the description's complement: ``a spokesperson for the union, Dana Whitfield``
        stop = min(len(words), k + 6)
        k += 1
        while k < stop and words[k].kind == WORD and words[k].lower not in _NOT_THROUGH_TITLES:
            k += 1
    if k + 1 >= len(words) or words[k].text != ",":
        return None
    name = _mention_after(words, k + 1, entities)
    if name is None or name.kind not in ("entity", "name"):
        return None
    last = k + 1
    while last + 1 < len(words) and words[last + 1].end <= name.end:
        last += 1
    if last + 1 < len(words) and words[last + 1].kind == WORD:
        return None
    return name


def _mention_after(words: Sequence[Word], i: int, entities: EntityIndex) -> Mention | None:
    if i < 0 or i >= len(words):
        return None
    word = words[i]
    if word.kind != WORD:
        return None
    ent = entities.by_start.get(word.start)
    if ent is not None and ent.end <= words[-1].end:
        last = i
        while last + 1 < len(words) and words[last + 1].end <= ent.end:
            last += 1
        if not _possessive(words[last]):
            return Mention(ent.start, ent.end, "entity", ent)
    if word.lower in PRONOUN_NUMBER:
        return Mention(word.start, word.end, "pronoun")
    if is_capitalised(word) and word.lower not in DETERMINERS:
        if word.lower in NOT_NAME_OPENERS and (i + 1 == len(words) or words[i + 1].kind != WORD):
            return None  # ``Oh, ...``, ``Thanks!``: no name
        if word.lower in NOT_NAME_OPENERS and _possessive(word):
            return None  # ``That's Ana's``: a contracted verb, no possessor
        last = _name_right(words, i)
        if _possessive(words[last]):
            end = _description_right(words, last)
            if end is None or end == last:
                return None
            return Mention(word.start, words[end].end, "description")
        if last + 1 < len(words):
            ent = entities.by_start.get(words[last].start)
            if ent is not None and ent.start > word.start:
                person = _person_before_affiliation(words, i, last, entities)
                if person is not None:
                    return person  # ``Mayor Dana Reid of Sarnia``: the place is hers
                return Mention(ent.start, ent.end, "entity", ent)
        if all(_role(words[k]) for k in range(i, last + 1)):
            return Mention(word.start, words[last].end, "description")
        trimmed = _trim_name(words, i, last)
        if trimmed is None:
            return None
        first = trimmed[0]
        for k in range(first, last + 1):
            ent = entities.by_start.get(words[k].start)
            if ent is not None and ent.end <= words[last].end:
                return Mention(words[first].start, ent.end, "entity", ent)
        return Mention(words[first].start, words[last].end, "name")
    if word.lower in DETERMINERS or word.lower in GROUP_NOUNS or word.lower in PERSON_NOUNS:
        end = _description_right(words, i)
        if end is None:
            return None
        ent = entities.by_end.get(words[end].end)
        if ent is not None and ent.start >= word.start and word.lower not in DETERMINERS:
            found = Mention(ent.start, ent.end, "entity", ent)
            first = next(k for k in range(i, end + 1) if words[k].start >= ent.start)
            if not (_is_place(found) and _preposition_between(words, i, first)):
                # (``residents of Elm Street``: a place ending the description is its
                # complement)
                return found
        return Mention(word.start, words[end].end, "description")
    return None


def _person_before_affiliation(
    words: Sequence[Word], i: int, last: int, entities: EntityIndex
) -> Mention | None:
    """Return a person entity in ``words[i:last]`` followed by ``of``/``at``/``from``.

    ``Mayor Dana Reid of Sarnia``: a run of capitalised words holding a
    person's name and an affiliation names the person.
    """
    for k in range(i, last):
        ent = entities.by_start.get(words[k].start)
        if ent is None or ent.label not in ("PERSON", "PER"):
            continue
        after = k
        while after + 1 <= last and words[after + 1].end <= ent.end:
            after += 1
        if after + 1 < last and words[after + 1].lower in _OF_LIKE:
            return Mention(ent.start, ent.end, "entity", ent)
    return None


_VERBISH_SUFFIXES = ("ed",)
#: Words that open a time phrase before a subject: ``On Thursday``, ``Late last week``.
_TIME_OPENERS = words_of("on in at during by early late earlier last this next past")


def _after_time_phrase(words: Sequence[Word], i: int, end: int) -> int:
    """Return where the subject starts after a time phrase without a comma.

    ``On Thursday the authority confirmed ...``, ``Last week the company said
    ...``: a preposition or time adverb, then time words, months or numbers.
    Anything else leaves *i* where it was.
    """
    k = i
    while k < end and words[k].kind == WORD and words[k].lower in _TIME_OPENERS:
        k += 1
    first = k
    while (
        k < end
        and words[k].kind == WORD
        and (words[k].lower in TIME_WORDS or words[k].lower in _MONTHS or words[k].lower.isdigit())
    ):
        k += 1
    return k if k > first and k < end else i


#: Tokens a time stamp closed by a colon may hold (``9:05 p.m. MT:``).
_STAMP_REACH = 8
#: Words of a time stamp besides numbers: the half of the day and a time zone.
_STAMP_WORDS = words_of("a.m p.m am pm")


def _time_stamp_end(words: Sequence[Word], end: int) -> int:
    """Return where a clause starts after a live report's time stamp (``10:48 p.m.:``), or 0.

    Numbers, ``a.m.`` or ``p.m.`` and a time zone in capitals, closed by a
    colon before a capitalised word.
    """
    for k in range(1, min(end - 1, _STAMP_REACH)):
        if words[k].text != ":" or not is_capitalised(words[k + 1]):
            continue
        if (
            words[0].kind == WORD
            and words[0].text.isdigit()
            and all(
                w.kind != WORD
                or w.text.isdigit()
                or w.lower in _STAMP_WORDS
                or (w.text.isupper() and len(w.text) <= 3)
                for w in words[:k]
            )
        ):
            return k + 1
        return 0
    return 0


def subject_start(words: Sequence[Word], end: int) -> int:
    """Return the index where a clause's subject starts.

    Leading conjunctions (``But``, ``And``), an introductory phrase closed by
    a comma (``On Friday, ...``) and a time phrase without one (``Last week
    the company ...``) are skipped.

    :param words: the clause's tokens.
    :param end: index the subject must start before.
    """
    i = _time_stamp_end(words, end)
    while (
        i < end and words[i].kind == WORD and words[i].lower in ("but", "and", "so", "yet", "still")
    ):
        i += 1
    if i < end and words[i].kind == WORD and words[i].lower in PREPOSITIONS | CLAUSE_OPENERS:
        for k in range(i, min(end, i + 12)):
            if words[k].text == ",":
                return k + 1
            if words[k].kind == QUOTE:
                break
        else:
            return _after_time_phrase(words, i, end)
    return i


def subject_of(
    words: Sequence[Word], entities: EntityIndex, limit: int | None = None
) -> Mention | None:
    """Return the subject a clause opens with, if it is a plausible speaker.

    Leading conjunctions and an introductory phrase closed by a comma
    (``On Friday, ...``) are skipped.

    :param words: the clause's tokens.
    :param entities: the document's speaker entities.
    :param limit: index the subject must end before.
    """
    end = len(words) if limit is None else limit
    i = subject_start(words, end)
    if i >= end or words[i].kind != WORD:
        return None
    mention = mention_after(words, i, entities)
    if mention is None:
        return None
    if (
        mention.kind == "name"
        and mention.end == words[i].end
        and i + 1 < end
        and words[i + 1].kind == WORD
        and not is_capitalised(words[i + 1])
        and words[i + 1].lower.endswith("s")
        and is_speaker_noun(words[i + 1].lower.removesuffix("s"))
    ):
        # ``Tenant groups welcomed the bill but said``: a noun written with the
        # capital of the clause's first word modifies the plural speaker noun after it
        mention = Mention(words[i].start, words[i + 1].end, "description")
    if (
        (mention.kind == "entity" and not _is_person(mention))
        or mention.kind == "name"
        or (mention.kind == "description" and _title_only(words, mention))
    ):
        # ``Chief executive Louise Brandt-Moreau said``: a capitalised title and the
        # role words after it introduce the person named next, who is the subject
        mention = _titled_person_after(words, mention, entities) or mention
    if mention.kind == "description":
        head = _last_word_before(words, mention.end)
        if head is None or head.lower.endswith(_VERBISH_SUFFIXES):
            return None
    if mention.end > words[end - 1].end:
        return None
    return mention


def _title_only(words: Sequence[Word], mention: Mention) -> bool:
    """Whether a description is made of capitalised role titles only (``Chief``, ``Deputy``)."""
    inside = [w for w in words if mention.start <= w.start and w.end <= mention.end]
    return bool(inside) and all(w.kind == WORD and is_capitalised(w) and _role(w) for w in inside)


def _titled_person_after(
    words: Sequence[Word], mention: Mention, entities: EntityIndex
) -> Mention | None:
    """Return the person an institution and a role introduce: ``City councillor Paul Quigley``.

    An institution's name, one to three lower-case role words (``councillor``,
    ``union leader``), perhaps the role's field after ``of`` (``vice-president
    of operations``), and a person's name: the person is the subject.
    """
    k = 0
    while k < len(words) and words[k].start < mention.end:
        k += 1
    first = k
    while (
        k < len(words)
        and k - first < 3
        and words[k].kind == WORD
        and (not is_capitalised(words[k]) or _role_word(words[k]))
        and words[k].lower not in _AFFILIATION_LINKS
    ):
        k += 1  # ``Conservative MP``: a role title may be capitalised
    while k > first and not _role_word(words[k - 1]):
        # ``Opposition housing spokesman Cian Halligan``: the role's field, in
        # lower case, may stand before the role word that ends the title
        k -= 1
    if k == first:
        return None
    person = _mention_after(words, k, entities)
    if person is not None and person.kind == "entity" and _is_person(person):
        return person
    if k + 2 < len(words) and words[k].lower == "of":
        # ``Harlow Mining vice-president of operations Anil Chaudhry``: the role's
        # field, one or two lower-case words after ``of``, comes before the name
        for field_end in (k + 2, k + 3):
            if field_end >= len(words) or not all(
                w.kind == WORD and not is_capitalised(w) for w in words[k + 1 : field_end]
            ):
                break
            person = _mention_after(words, field_end, entities)
            if person is not None and person.kind == "entity" and _is_person(person):
                return person
    return None


def _role_word(word: Word) -> bool:
    """Whether a word is a role or person noun or a role title (``critic``, ``sen.``)."""
    return (
        word.lower in ROLE_NOUNS
        or word.lower in PERSON_NOUNS
        or word.lower.rstrip(".") in ROLE_TITLES
    )


def modifies_person_noun(text: str, end: int) -> bool:
    """Whether the name ending at *end* modifies a person noun written right after it.

    ``The former Love Shack contestant``, ``Obama adviser David Axelrod``:
    the noun after the name heads the phrase, so the phrase names the
    contestant or the adviser, not the name's bearer.  The noun is singular
    and no plural's singular (``Tom Hill heads the agency`` is a verb).
    """
    found = _NEXT_WORD.match(text, end)
    return found is not None and _premodified_noun(found.group(1))


def _premodified_noun(word: str) -> bool:
    """Whether a word written right after a name is a person noun the name modifies.

    The word is in lower case, no past participle (``Tom Hill accused the
    mayor``) and no plural whose singular is a person noun: ``heads`` or
    ``coaches`` after a name is a verb.
    """
    if not word.islower() or not _person_noun(word) or word.endswith(_VERBISH_SUFFIXES):
        return False
    return not (word.endswith("s") and (_person_noun(word[:-1]) or _person_noun(word[:-2])))


def first_person(words: Sequence[Word], entities: EntityIndex) -> Mention | None:
    """Return the first person a clause names: a ``PERSON`` entity, else a full name.

    An entity that is a possessor (``Kerr's lawyer``) or modifies a person
    noun after it (``Sandy Point curator Mark Dunne``) is passed over.

    Without an ``entities`` layer a person is a run of two or more
    capitalised words, or one after an honorific (``Mr. Hemming``), that
    does not open the clause with a function word.

    :param words: the clause's tokens.
    :param entities: the document's speaker entities.
    """
    if entities:
        for index, word in enumerate(words):
            ent = entities.by_start.get(word.start)
            if ent is not None and ent.label in ("PERSON", "PER"):
                last = index
                while last + 1 < len(words) and words[last + 1].end <= ent.end:
                    last += 1
                if _possessive(words[last]) or (
                    last + 1 < len(words)
                    and words[last + 1].kind == WORD
                    and _premodified_noun(words[last + 1].text)
                ):
                    continue  # ``Kerr's lawyer``, ``the former Kerr adviser``
                return Mention(ent.start, ent.end, "entity", ent)
        return None
    k = 0
    while k < len(words):
        word = words[k]
        if not is_capitalised(word) or word.lower in STOP_BEFORE_NAME:
            k += 1
            continue
        last = _name_right(words, k)
        trimmed = _trim_name(words, k, last)
        if trimmed is not None:
            count = sum(1 for m in range(trimmed[0], trimmed[1] + 1) if words[m].kind == WORD)
            honorific = k < trimmed[0] or words[k].lower in HONORIFICS
            if count >= 2 or honorific:
                return Mention(words[k].start, words[trimmed[1]].end, "name")
        k = last + 1
    return None


def _last_word_before(words: Sequence[Word], end: int) -> Word | None:
    found: Word | None = None
    for word in words:
        if word.end > end:
            break
        found = word
    return found
