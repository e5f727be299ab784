"""Descriptive subjects of narrative clauses: people, groups and institutions not named.

``Nurses at the hospital walked out on Monday.``, ``Residents of Elm Street
complained.``, ``Environmental groups sued the province.``, ``The two
lawyers filed a motion.``: the subject is a noun phrase headed by a person
noun, a group noun, a plural noun of people or an institution noun.  Such a
subject is what a later ``they`` (or ``it``) refers to, and what a
quotation standing alone after the clause is said by.  The phrase keeps its
complement (``at the hospital``, ``of Elm Street``) and stops before the verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from newsparse.attribution.mentions import EntityIndex, Mention, is_speaker_noun, subject_start
from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_NOUNS,
    PAST_TENSES,
    PERSON_NOUNS,
    PRONOUN_NUMBER,
    RELATIVES,
    ROLE_NOUNS,
    TIME_WORDS,
    is_ly_adverb,
    words_of,
)
from newsparse.attribution.words import WORD, Word, is_capitalised

__all__ = ["AGE", "DescriptiveSubject", "descriptive_subject", "plural_of_people"]

#: An age used as a noun: ``the 32-year-old``, ``the 19-year-old's``.
AGE = re.compile(r"\d+-(?:year|month)-old")


class DescriptiveSubject(NamedTuple):
    """A clause's descriptive subject and whether its head names several people."""

    mention: Mention
    #: ``Nurses``, ``Residents``, ``The two lawyers``: people in the plural or a group
    #: (not an institution, not one person).
    plural: bool


#: Words that open a noun phrase before its modifiers: articles, possessives,
#: demonstratives and quantifiers.
_OPENERS = words_of(
    """
    the a an this that these those their its his her our many some several most
    all both few other other more hundreds thousands dozens scores two three four
    five six seven eight nine ten twelve twenty fifty hundred
    """
)
#: The apostrophe of a plural possessor, a token of its own: ``protesters`` ``’``.
_APOSTROPHES = frozenset({"’", "'"})
#: Quantifiers followed by ``of`` before the head: ``dozens of nurses``.
_OF_QUANTIFIERS = words_of("dozens hundreds thousands scores many some most all several both")
#: Prepositions that open a subject's complement: ``nurses at the hospital``.
_COMPLEMENT_PREPOSITIONS = words_of("of at from in for with")
#: Words that end a noun phrase: the verb, a clause word or a time word follows.
_STOPS = AUXILIARIES | BE_FORMS | RELATIVES | TIME_WORDS | words_of("and or but who that said says")
#: Prepositions that may follow the complement's first one: ``from across the region``.
_SECOND_PREPOSITIONS = words_of("across around throughout inside outside")
#: Irregular plurals of person nouns.
_IRREGULAR_PLURALS = words_of("men women people children")
#: Words in ``-men`` that are no plural of ``-man``.
_NOT_MEN = words_of("specimen regimen abdomen acumen")
_AGENT_SUFFIXES = ("ers", "ors", "ists", "ians")
#: Modifiers in front of the head at most (``striking emergency-room nurses``).
_MODIFIERS = 3
#: Words of a capitalised complement at most (``of the Vancouver Minor Hockey Association``).
_COMPLEMENT_WORDS = 8


def plural_of_people(word: str) -> bool:
    """Whether a lower-case word is a plural noun of people (``nurses``, ``lawyers``).

    A plural is one of a person or role noun (``nurse`` + ``s``), an irregular plural
    (``women``, ``fishermen``), or an agent noun in ``-ers``/``-ors``/``-ists``/``-ians``.
    """
    if word in _IRREGULAR_PLURALS or word in GROUP_NOUNS:
        return True
    if word.endswith("men") and len(word) > 5 and word not in _NOT_MEN:
        return True  # ``fishermen``, ``firemen``
    if not word.endswith("s") or word.endswith("ss") or len(word) < 4:
        return False
    for singular in (word[:-1], word[:-2] if word.endswith("es") else ""):
        if singular in PERSON_NOUNS or singular in ROLE_NOUNS or singular in COLLECTIVE_NOUNS:
            return True  # ``crews``: a plural of a collective of people too
    return word.isalpha() and len(word) > 5 and word.endswith(_AGENT_SUFFIXES)


def _head(word: str) -> bool:
    """Whether a lower-case word can head a descriptive subject that may speak."""
    if word in DOCUMENT_NOUNS:
        return False  # ``The report found``: documents speak only through a cue
    return (
        plural_of_people(word)
        or AGE.fullmatch(word) is not None
        or word in PERSON_NOUNS
        or word in ROLE_NOUNS
        or word in ORG_NOUNS
        or (word.endswith("s") and word[:-1] in ORG_NOUNS)
        or is_speaker_noun(word)
    )


#: Heads that are a group only when they open the subject: ``Both said``, not
#: ``It's possible both``.
_OPENING_HEADS = words_of("both others")


def _modifier(word: Word) -> bool:
    low = word.lower
    return (
        word.kind == WORD
        and low not in _STOPS
        and low not in PRONOUN_NUMBER
        and low.replace("’", "'").split("'", 1)[0] not in PRONOUN_NUMBER  # ``It's``
        and not is_ly_adverb(low)
    )


def _possessive(word: Word) -> bool:
    return word.lower.endswith(("'s", "’s", "s'", "s’"))


def _postposed_adjective(words: Sequence[Word], head: int, end: int) -> bool:
    """Whether an adjective with a complement follows a singular head (``source close to``).

    The word after the head is in lower case with no verb ending (``-ed``,
    ``-s``) and no auxiliary or past tense, and ``to`` or ``with`` follows it
    and then a name or a determiner: ``A source close to Jade``, ``a friend
    loyal to the minister``.
    """
    if head + 3 >= end or words[head].lower.endswith("s"):
        return False
    adjective, preposition, after = words[head + 1], words[head + 2], words[head + 3]
    return (
        adjective.kind == WORD
        and adjective.text.isalpha()
        and adjective.text.islower()
        and not adjective.lower.endswith(("ed", "s"))
        and adjective.lower not in AUXILIARIES
        and adjective.lower not in PAST_TENSES
        and preposition.lower in ("to", "with")
        and after.kind == WORD
        and (is_capitalised(after) or after.lower in _OPENERS)
    )


def _complement_end(words: Sequence[Word], k: int) -> int:
    """Return the last index of a complement opening at ``words[k]`` (a preposition), or ``k - 1``.

    ``at the hospital``, ``of Elm Street``, ``at St. Anne's Hospital``, ``of
    the Harbour Association's youth team``: a determiner, then a run of
    capitalised words (an abbreviation's period may sit inside it, a
    possessive goes on to the speaker noun it owns), or one lower-case noun.
    """
    m = k + 1
    if m < len(words) and words[m].kind == WORD and words[m].lower in _SECOND_PREPOSITIONS:
        m += 1  # ``from across Halden County``
    if m < len(words) and words[m].kind == WORD and words[m].lower in _OPENERS:
        m += 1
    if m >= len(words) or not _modifier(words[m]):
        return k - 1
    last = m
    while is_capitalised(words[last]) and last - k < _COMPLEMENT_WORDS:
        nxt = last + 1
        if nxt < len(words) and words[nxt].text == "." and len(words[last].text) <= 3:
            nxt += 1  # ``St. Anne's``
        if nxt >= len(words) or not is_capitalised(words[nxt]) or words[nxt].lower in _STOPS:
            break
        if _possessive(words[last]):
            break
        last = nxt
    if _possessive(words[last]):
        for n in range(last + 1, min(len(words), last + 2 + _MODIFIERS)):
            if not _modifier(words[n]):
                break
            if is_capitalised(words[n]):
                last = n  # part of the owner's name: ``St. Anne's Hospital``
                continue
            if _head(words[n].lower):
                return n
        if is_capitalised(words[last]) and not _possessive(words[last]):
            return last
        return k - 1
    return _to_verb(words, last)


def _to_verb(words: Sequence[Word], last: int) -> int:
    """Extend a complement over lower-case nouns up to a verb, or an ``of`` phrase.

    ``at the Lakeshore ambulance base refused``, ``at the port of Saint-Aubin
    voted``, ``of the Kettle Creek trailer park were told``: the words before a
    lower-case ``-ed`` word or an auxiliary (two at most) belong to the
    complement; a name after ``of`` does too.  Without such a verb the
    complement ends where it was.
    """
    for n in range(last + 1, min(len(words), last + 4)):
        word = words[n]
        if n > last + 1 and (word.lower in AUXILIARIES or word.lower in BE_FORMS):
            return n - 1  # ``of the Kettle Creek trailer park were told``
        if not _modifier(word) or is_capitalised(word):
            break
        if word.lower.endswith("ed") and n > last + 1:
            return n - 1
    placed = _placed_by_name(words, last)
    if placed is not None:
        return placed
    nxt = last + 1
    if (
        nxt + 1 < len(words)
        and words[nxt].lower == "of"
        and is_capitalised(words[nxt + 1])
        and not is_capitalised(words[last])
    ):
        end = nxt + 1
        while end + 1 < len(words) and is_capitalised(words[end + 1]) and end - nxt < _MODIFIERS:
            end += 1
        return end
    return last


def _placed_by_name(words: Sequence[Word], last: int) -> int | None:
    """Return the end of a complement placed by an ``of`` name before its verb, if one is.

    ``in this rural community east of Halifax are``, ``in the hamlet just
    north of Pine Falls have``: lower-case words (a noun and the word that
    places it), ``of``, a name, then an auxiliary or a form of *be*: all
    before the verb belongs to the complement.
    """
    n = last + 1
    while n < len(words) and n - last <= _MODIFIERS and _modifier(words[n]):
        if is_capitalised(words[n]) or words[n].lower == "of":
            break
        n += 1
    if n == last + 1 or n + 1 >= len(words) or words[n].lower != "of":
        return None
    end = n + 1
    if not is_capitalised(words[end]):
        return None
    while end + 1 < len(words) and is_capitalised(words[end + 1]) and end - n < _MODIFIERS:
        end += 1
    after = words[end + 1].lower if end + 1 < len(words) else ""
    return end if after in AUXILIARIES or after in BE_FORMS else None


#: Verbs of saying that may follow a subject's relative clause and its comma.
_SAYING = words_of("said says told")
#: Relative pronouns that open a clause set off by commas after a subject.
_NON_RESTRICTIVE = words_of("who whose which")


def _past_relative(words: Sequence[Word], k: int) -> int:
    """Return the index after a relative clause set off by commas at ``words[k]``, else *k*.

    ``The 58-year-old, who wore a grey suit, nodded``, ``One nurse who was
    laid off, and who asked not to be named, said``: the clause between the
    commas stands between the subject and its verb.  A clause not
    closed within the words read leaves *k* past the end.
    """
    m = k + 1
    if m + 1 < len(words) and words[m].lower == "and":
        m += 1  # ``who was let go, and who asked ...``
    if m >= len(words) or words[k].text != "," or words[m].lower not in _NON_RESTRICTIVE:
        return k
    for n in range(m + 1, len(words)):
        if words[n].text == ",":
            return n + 1
    return len(words)


def _restrictive_relative_end(words: Sequence[Word], last: int) -> int:
    """Return the last index of a relative clause of a person right after ``words[last]``.

    ``One nurse who was laid off Friday, and who asked ...``, ``One nurse
    who was laid off Friday, said``: the clause up to the comma belongs to
    the description when another relative clause or the verb of saying
    follows the comma (else the comma may close the main clause: ``A nurse
    who lied was fired on Friday, the board said``).  Without such a comma
    within the words read, the description ends where it did.
    """
    k = last + 1
    if k >= len(words) or words[k].lower != "who":
        return last
    for n in range(k + 1, len(words)):
        if words[n].text == ",":
            closed = _past_relative(words, n) > n or (
                n + 1 < len(words) and words[n + 1].lower in _SAYING
            )
            return n - 1 if closed and n - 1 > k else last
        if words[n].kind != WORD:
            return last
    return last


def descriptive_subject(words: Sequence[Word], entities: EntityIndex) -> DescriptiveSubject | None:
    """Return the descriptive subject a narrative clause opens with, if it may speak.

    The head is a person noun (``The nurse``), a plural of people
    (``Nurses``, ``The two lawyers``), a group noun (``Residents``) or an
    institution noun (``Environmental groups``, ``The company``), after at
    most three modifiers; a complement (``at the hospital``) is kept.  The
    phrase must be followed by a lower-case word (the verb).  A subject that
    opens with an entity or a name is no description: ``None``.

    :param words: the clause's first tokens.
    :param entities: the document's speaker entities.
    """
    end = len(words)
    i = subject_start(words, end)
    if i >= end or words[i].kind != WORD or words[i].start in entities.by_start:
        return None
    k = i
    if words[k].lower in _OPENERS:
        k += 1
        if (
            k + 1 < end
            and words[k - 1].lower in _OF_QUANTIFIERS
            and words[k].lower == "of"
            and words[k + 1].kind == WORD
        ):
            k += 1  # ``dozens of nurses``, ``many of the residents``
            if words[k].lower in _OPENERS:
                k += 1
    head = None
    for n in range(k, min(end, k + _MODIFIERS + 1)):
        word = words[n]
        if word.text in _APOSTROPHES and n > k and words[n - 1].lower.endswith("s"):
            continue  # ``The protesters’ leaders``: a plural possessor's apostrophe
        if not _modifier(word) or word.start in entities.by_start:
            return None
        if (
            n > i
            and is_capitalised(word)
            and words[n - 1].lower not in _OPENERS
            and not _head(word.lower)
        ):
            return None  # a name follows (``Nurses Ana Ruiz``)
        if word.lower in _OPENING_HEADS and n > i:
            return None
        if (
            _head(word.lower)
            and (n + 1 >= end or not _head(words[n + 1].lower))
            and (n + 1 >= end or words[n + 1].text not in _APOSTROPHES)
        ):
            head = n
            break
    if head is None:
        return None
    if (
        head + 2 < end
        and words[head + 1].lower in ("and", "or")
        and _head(words[head + 2].lower)
        and not is_capitalised(words[head + 2])
    ):
        head += 2  # ``the critics and skeptics``, ``Welders and electricians at the yard``
    last = head
    if head + 1 < end and words[head + 1].lower in _COMPLEMENT_PREPOSITIONS:
        last = max(head, _complement_end(words, head + 1))
    elif _postposed_adjective(words, head, end):
        # ``A source close to Jade``: an adjective and its complement after the head
        last = max(head, _complement_end(words, head + 2))
    last = _restrictive_relative_end(words, last)
    after = _past_relative(words, last + 1)
    # a relative clause that runs past the words read leaves a subject all the same
    unclosed = after >= end > last + 1 and words[last + 1].text == ","
    if not unclosed and (
        after >= end
        or words[after].kind != WORD
        or is_capitalised(words[after])
        or words[after].lower in PRONOUN_NUMBER
        or words[after].lower in ("'s", "’s")
    ):
        return None
    mention = Mention(words[i].start, words[last].end, "description")
    return DescriptiveSubject(mention, plural_of_people(words[head].lower))
