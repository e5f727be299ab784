"""Whether a span reads as a clause, told without part-of-speech tags.

A reported clause need not open with ``that``: a short noun phrase followed by
a finite verb is one (``the walkout was illegal``).  The finite verb is told
by an auxiliary, a form of *be*, a negated verb or a past tense (an ``-ed``
word no preposition follows); a noun phrase object (``denied the
allegations``) has none.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUN_NUMBER,
    SUBORDINATORS,
    TIME_WORDS,
    is_ly_adverb,
    words_of,
)
from newsparse.attribution.words import WORD, Word, is_capitalised
from newsparse.builtin.quotes.word_classes import COORDINATORS, opens_quantity

__all__ = ["age_apposition", "clause_before_comma", "finite_verb", "subject_clause"]

#: Prepositions after which an ``-ed`` word is a participle (``measures aimed at``).
_PARTICIPLE_PREPOSITIONS = words_of("at by to for in on with from as into over under")

#: Words that open a verb's object or complement, not a noun an adjective modifies.
_VERB_FOLLOWERS = words_of("to that the a an his her their its this these those him them it")

#: Words a reported clause's subject may hold before its verb (``the town’s new
#: engineer``, ``most of the money``).
_SUBJECT_REACH = 8

#: Words that open no subject: a question or relative word, a conjunction, an infinitive.
_NO_SUBJECT = words_of(
    "that what which who whom whose where when how why whether if to and or but as"
)


def subject_clause(
    words: Sequence[Word], region: tuple[int, int], *, after_hearer: bool = False
) -> bool:
    """Whether a span opens with a subject and its finite verb (``the walkout was illegal``).

    A reported clause need not open with ``that``: a short noun phrase (a
    determiner, a possessive, a quantifier, a name or a bare noun, with an
    ``of`` complement) followed by an auxiliary, a form of *be*, a negated
    verb or a past tense (an ``-ed`` word no preposition follows) is one.  A
    noun phrase object (``denied the allegations``, ``promised voters a
    refund``) has no such verb; a preposition, a relative word or a comma
    ends the search.  *after_hearer* (the span follows the hearer of a verb of
    telling, where a noun phrase is what was told: ``told jurors the
    story``) reads an ``-ed`` word before a preposition as a past tense
    (``told jurors the case rested on ...``), since a participle
    postmodifier (``measures aimed at``) hardly follows that object.
    """
    start, end = region
    postmodified = False
    skip = -1
    for k in range(start, min(end, start + _SUBJECT_REACH + 4)):
        if k <= skip:
            continue
        if k > start + _SUBJECT_REACH + (3 if skip >= 0 else 0):
            return False
        word = words[k]
        if k > start and age_apposition(words, k, end):
            # ``confirmed veteran Tevita Lolo, 33, would start``: a name's age
            # in commas belongs to the subject
            skip = k + 2
            continue
        if word.kind != WORD:
            return False
        low = word.lower
        if low in SUBORDINATORS:
            # the verb after a subordinator is an adverbial clause's
            # (``announced the tour while the festival was on``)
            return False
        if postmodified:
            if _auxiliary_verb(word):
                return True
        elif k > start and finite_verb(words, k, end, after_hearer=after_hearer):
            return True
        if low in PREPOSITIONS and low != "of" and low not in _NO_SUBJECT and k > start:
            # a prepositional postmodifier of the subject (``class sizes in
            # some courses could exceed``): after it only an auxiliary or a
            # form of *be* tells the finite verb (``residents in flooded
            # areas`` holds none)
            postmodified = True
            continue
        if low in _NO_SUBJECT or low in ("not", "never") or (low in PREPOSITIONS and low != "of"):
            return False
        if low in AUXILIARIES or low in BE_FORMS:
            return False
        if (
            k == start
            and low.endswith("ing")
            and not (
                k + 1 < end
                and (words[k + 1].lower in AUXILIARIES or words[k + 1].lower in BE_FORMS)
            )
        ):
            return False  # a gerund with its object (``denied having ...``) is no subject
    return False


def age_apposition(words: Sequence[Word], k: int, end: int) -> bool:
    """Whether ``words[k]`` opens a person's age set off by commas after a name (``Lolo, 33,``)."""
    return (
        k > 0
        and k + 3 < end
        and words[k].text == ","
        and is_capitalised(words[k - 1])
        and words[k + 1].text.isdigit()
        and len(words[k + 1].text) <= 3
        and words[k + 2].text == ","
    )


def _auxiliary_verb(word: Word) -> bool:
    """Whether a word is an auxiliary, a form of *be* or a negated verb (``could``, ``isn’t``)."""
    low = word.lower
    return not is_capitalised(word) and (
        low in AUXILIARIES or low in BE_FORMS or low.endswith(("n’t", "n't"))
    )


def finite_verb(words: Sequence[Word], k: int, end: int, *, after_hearer: bool = False) -> bool:
    """Whether ``words[k]`` is a finite verb after a subject (``would``, ``was``, ``failed``).

    *after_hearer*: see :func:`subject_clause`.
    """
    word = words[k]
    low = word.lower
    if is_capitalised(word):
        return False  # (``May`` is a month, ``Will`` a name)
    if low in AUXILIARIES or low in BE_FORMS or low.endswith(("n’t", "n't")):
        return True
    if low.endswith("ed") and "-" not in low:
        nxt = words[k + 1].lower if k + 1 < end else ""
        before = words[k - 1]
        if before.lower in DETERMINERS or opens_quantity(before) or "-" in before.lower:
            # after a determiner, a quantity or a compound modifier an ``-ed``
            # word is an adjective (``three more unanswered goals``, ``low-fat
            # unsweetened milk``) unless an object or complement follows it
            # (``the 24-year-old wanted to leave``)
            return nxt in _VERB_FOLLOWERS
        return after_hearer or nxt not in _PARTICIPLE_PREPOSITIONS
    return False


#: Words that open a verb's object: determiners and object pronouns.
_OBJECT_OPENERS = DETERMINERS | words_of("him them it us me")


#: Words between a determiner and the head noun before a present tense.
_MODIFIER_REACH = 3


def _modifier(word: Word) -> bool:
    """Whether a word may modify a noun after a determiner (lower case, no function word)."""
    low = word.lower
    return (
        word.kind == WORD
        and not is_capitalised(word)
        and low not in DETERMINERS
        and low not in PREPOSITIONS
        and low not in AUXILIARIES
        and low not in BE_FORMS
        and low not in _NO_SUBJECT
    )


def _present_before_object(words: Sequence[Word], k: int, region: tuple[int, int]) -> bool:
    """Whether ``words[k]`` is a present tense between a singular subject and its object.

    ``her son rides the bus``, ``the old town needs time``: an ``-s`` word
    after a determiner, its modifiers and a singular noun, and before a
    determiner, an object pronoun or a bare noun, is a verb; a plural noun
    after a noun modifier (``the job cuts``) is followed by no object but
    by an adjunct (``last week``), a participle (``affecting``) or nothing.
    """
    if k < region[0] + 2 or k + 1 >= region[1]:
        return False
    low = words[k].lower
    noun, nxt = words[k - 1], words[k + 1]
    d = k - 2
    while d > region[0] and k - d <= _MODIFIER_REACH and _modifier(words[d]):
        d -= 1  # ``the old building``
    det = words[d]
    return (
        low.isalpha()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and not is_capitalised(words[k])
        and noun.kind == WORD
        and not is_capitalised(noun)
        and not noun.lower.endswith("s")
        and noun.lower not in DETERMINERS
        and noun.lower not in PREPOSITIONS
        and (det.lower in DETERMINERS or opens_quantity(det) or "-" in det.lower)
        and nxt.kind == WORD
        and (nxt.lower in _OBJECT_OPENERS or _bare_object(nxt))
    )


def _bare_object(word: Word) -> bool:
    """Whether a word may open a bare noun object (``needs time``), not an adjunct or a verb."""
    low = word.lower
    return (
        low.isalpha()
        and not is_capitalised(word)
        and low not in PREPOSITIONS
        and low not in TIME_WORDS
        and low not in _TIME_MODIFIERS
        and low not in AUXILIARIES
        and low not in BE_FORMS
        and low not in _NO_SUBJECT
        and not low.endswith(("ing", "ed", "ly"))
    )


#: Words that modify a time word (``last week``, ``next month``).
_TIME_MODIFIERS = words_of("last next this past")


def _verb_form(word: Word) -> bool:
    """Whether a lower-case word reads as a finite verb: an auxiliary, *be* or an ``-ed`` form."""
    if word.kind != WORD or is_capitalised(word):
        return False
    low = word.lower
    return low in AUXILIARIES or low in BE_FORMS or (low.endswith("ed") and "-" not in low)


def _object_of_preposition(words: Sequence[Word], k: int, start: int) -> bool:
    """Whether the word in ``’s`` at ``k`` ends a possessor after a preposition.

    ``at a school in the riding’s north end``: a noun phrase after a
    preposition is its object, so its ``’s`` is a possessive, not *is*.
    """
    n = k - 1
    while n > start and k - n < 4 and words[n].kind == WORD:
        low = words[n].lower
        if low in DETERMINERS:
            n -= 1
            break
        if low in PREPOSITIONS:
            break
        n -= 1
    if n < start or words[n].lower not in PREPOSITIONS:
        return False
    # ``belonged to the team’s``: an ``-ed`` word before the preposition is the
    # span's verb, read as a participle only for want of tags
    return not (n > start and words[n - 1].lower.endswith("ed"))


def clause_before_comma(
    words: Sequence[Word], region: tuple[int, int], *, object_first: bool = True
) -> bool:
    """Whether a span opens with a clause: an auxiliary, a pronoun or a past tense before a comma.

    Without part-of-speech tags, a finite verb is told by an auxiliary or a
    form of *be*, by a subject pronoun, or by an ``-ed`` word that no
    preposition follows (a reduced relative such as ``measures aimed at``
    is none) and that is no hyphenated adjective (``deficit-funded``).  When
    the span may be the cue's object (*object_first*), a verb right after
    ``and`` before any other is the cue's second predicate (``declared an
    emergency and opened shelters``); after a hearer the span is a clause
    whose first verb may be irregular (``told the court the scheme ran for
    years and involved ...``).
    """
    for k in range(region[0], region[1]):
        word = words[k]
        if word.kind != WORD:
            if word.text in (",", "—", "–", ";", "(", ":"):
                return False
            continue
        low = word.lower
        if low in SUBORDINATORS and k > region[0]:
            # the verb of an adverbial clause (``announced the layoffs before
            # markets opened``) is not the reported clause's
            return False
        if (
            object_first
            and k > region[0]
            and words[k - 1].lower in COORDINATORS
            and _verb_form(word)
        ):
            # ``declared a local emergency and opened the rink``: a verb right
            # after ``and`` before any verb of the span is a second predicate of
            # the cue's subject, and the noun phrase before it is an object
            return False
        if _present_before_object(words, k, region):
            return True  # ``her son rides the bus``
        if (low in AUXILIARIES and not is_capitalised(word)) or low in BE_FORMS:
            return True  # (``May`` is a month)
        if low in PRONOUN_NUMBER:
            return True
        if low.endswith(("n’t", "n't")) or (
            low.endswith(("’s", "'s"))
            and k > region[0] + 1
            and not _object_of_preposition(words, k, region[0])
        ):
            return True
        if (
            k > region[0]
            and is_ly_adverb(words[k - 1].lower)
            and low.endswith("s")
            and not low.endswith("ss")
        ):
            # an adverb before a present tense: ``frequently lobbies``
            return True
        if low.endswith("ed") and k > region[0] and not is_capitalised(word) and "-" not in low:
            nxt = words[k + 1].lower if k + 1 < region[1] else ""
            if nxt not in _PARTICIPLE_PREPOSITIONS:
                return True
    return False
