"""The hearer a cue names before its content: ``told reporters that``, ``urged residents to``.

Verbs of telling name their hearer right after the verb; verbs of promise,
warning and assurance may too, before ``that`` and a clause; object verbs
name the hearer of an infinitive.  The hearer is no part of what was said.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.mentions import EntityIndex, is_speaker_noun, mention_after
from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    HEARERS,
    NEGATIONS,
    PREPOSITIONS,
    PRONOUN_NUMBER,
    words_of,
)
from newsparse.attribution.words import PUNCT, WORD, Word, is_capitalised
from newsparse.builtin.quotes.adjuncts import skip_adjuncts
from newsparse.builtin.quotes.clause_tokens import mention_last
from newsparse.builtin.quotes.finite_clause import subject_clause
from newsparse.builtin.quotes.word_classes import (
    CLAUSE_STARTS,
    COORDINATORS,
    QUANTITY_OPENERS,
    is_agent_plural,
    opens_quantity,
)

__all__ = [
    "bare_verb",
    "hearer_before_infinitive",
    "hearer_before_that",
    "infinitive_after_object",
    "skip_hearer",
    "that_after_hearer",
]


#: Words a hearer and its adjuncts may hold before ``that``.
_HEARER_REACH = 14

#: Words that open a clause or a relative inside a hearer's postmodifier.
_NO_HEARER = words_of("which who whom whose where when how why whether if")


def skip_hearer(words: Sequence[Word], k: int, end: int, entities: EntityIndex) -> int:
    """Step over the hearer of a verb of telling (``told reporters``, ``told the board``).

    A hearer word, a mention or a short noun phrase; a quantity or a negation
    inside a description opens the content.
    """
    if k >= end or words[k].kind != WORD or words[k].lower == "that":
        return k
    if words[k].lower in HEARERS:
        return k + 1
    hearer = mention_after(words, k, entities)
    if hearer is not None:
        last = mention_last(words, hearer, k)
        if hearer.kind == "description":
            # a quantity word or a negation opens the content: ``told the
            # board half of ...``, ``told employees never to ...``
            # (a number may be the hearer's: ``told the top 10 players``)
            for n in range(k + 1, last + 1):
                if words[n].lower in QUANTITY_OPENERS or words[n].lower in NEGATIONS:
                    return n
                if _name_opens_clause(words, n, end):
                    # ``told the court Ruiz had forged ...``: a name after the
                    # hearer's noun is the reported clause's subject
                    return n
        return last + 1
    # any noun phrase as hearer: "told detectives that", "told the court he"
    m = k + 1 if words[k].lower in DETERMINERS else k
    n = m
    while (
        n < end
        and n - m < 4
        and words[n].kind == WORD
        and not is_capitalised(words[n])
        and words[n].lower not in CLAUSE_STARTS
        and words[n].lower not in DETERMINERS
        and words[n].lower not in PREPOSITIONS
        and not opens_quantity(words[n])
        and words[n].lower not in NEGATIONS
    ):
        n += 1
    if n > m and all(words[x].kind == PUNCT for x in range(n, end)):
        # ``..., the mayor told councillors.``: a noun phrase closing the
        # clause is the hearer
        return n
    if (
        n > m
        and n < end
        and words[n].kind == WORD
        and (
            words[n].lower in CLAUSE_STARTS
            or words[n].lower in PREPOSITIONS
            or words[n].lower in DETERMINERS
            or is_capitalised(words[n])
            or opens_quantity(words[n])
            or words[n].lower in NEGATIONS
        )
    ):
        return n
    return k


def that_after_hearer(words: Sequence[Word], k: int, end: int) -> int:
    """Step over the rest of a hearer up to ``that`` (``told Chinese-language media that``).

    A hearer's head noun may follow the words taken for it; ``that`` right
    after one or two more lower-case words opens the content.
    """
    if k < end and words[k].lower in PREPOSITIONS:
        return _past_hearer_postmodifier(words, k, end)
    n = k
    while n < end and n - k < 2 and words[n].kind == WORD:
        low = words[n].lower
        if low == "that":
            break
        if (
            is_capitalised(words[n])
            or low in DETERMINERS
            or low in PREPOSITIONS
            or low in PRONOUN_NUMBER
            or low in AUXILIARIES
            or low in BE_FORMS
        ):
            return k
        n += 1
    if n > k and n < end and words[n].lower == "that":
        return n
    return k


def _name_opens_clause(words: Sequence[Word], n: int, end: int) -> bool:
    """Whether a name right after a lower-case noun opens a clause with a finite verb."""
    before = words[n - 1]
    return (
        is_capitalised(words[n])
        and before.kind == WORD
        and not is_capitalised(before)
        and before.lower not in DETERMINERS
        and subject_clause(words, (n, end), after_hearer=True)
    )


def _past_hearer_postmodifier(words: Sequence[Word], k: int, end: int) -> int:
    """Step over a hearer's prepositional postmodifier up to ``that`` and a clause.

    ``told the inquest into the death of a miner that he had heard
    cracking``: words with no punctuation, second verb or ``that`` before it
    lead to a ``that`` that opens a clause with a subject of its own.
    """
    for n in range(k + 1, min(end - 1, k + _HEARER_REACH)):
        word = words[n]
        if word.kind != WORD:
            return k
        low = word.lower
        if low == "that":
            nxt = words[n + 1]
            if (nxt.lower in CLAUSE_STARTS and nxt.lower != "that") or subject_clause(
                words, (n + 1, end)
            ):
                return n
            return k
        if low in COORDINATORS or low in AUXILIARIES or low in BE_FORMS or low in _NO_HEARER:
            return k
    return k


def _person_hearer(words: Sequence[Word], k: int, h: int, entities: EntityIndex) -> bool:
    """Whether ``words[k:h]`` names people: a hearer word, a name or a noun of persons."""
    last = words[h - 1].lower
    if last in HEARERS or is_speaker_noun(last) or is_speaker_noun(last.removesuffix("s")):
        return True
    if is_agent_plural(last):
        return True
    mention = mention_after(words, k, entities)
    return mention is not None and mention.kind in ("entity", "name")


def hearer_before_that(words: Sequence[Word], k: int, end: int, entities: EntityIndex) -> int:
    """Step over a hearer and adjuncts up to ``that`` and a clause (``promised voters that``).

    Verbs of promise, warning and assurance name a hearer as verbs of telling
    do (``warned residents on Monday that the water was unsafe``).  ``that``
    must open a clause with a subject of its own, and the hearer must name
    people, so that a relative clause after a noun object (``announced plans
    that would cut costs``, ``announced measures that it said ...``) stays.
    """
    if not any(words[m].lower == "that" for m in range(k + 1, min(end, k + _HEARER_REACH))):
        return k
    # ``admitted to police that``: a hearer after ``to``
    start = k + 1 if k + 1 < end and words[k].lower == "to" else k
    h = skip_hearer(words, start, end, entities)
    if h == start or not _person_hearer(words, start, h, entities):
        return k
    n = skip_adjuncts(words, h, end)
    if n + 1 >= end or words[n].lower != "that":
        return k
    for m in range(k, n):
        low = words[m].lower
        if low in COORDINATORS or low in AUXILIARIES or low in BE_FORMS:
            return k  # a second verb (``reported little progress but are hopeful that``)
    nxt = words[n + 1]
    if (nxt.lower in CLAUSE_STARTS and nxt.lower != "that") or subject_clause(words, (n + 1, end)):
        return n
    return k


def hearer_before_infinitive(
    words: Sequence[Word], k: int, end: int, entities: EntityIndex
) -> int | None:
    """Return where ``to`` opens the content after a hearer (``warned hikers to stay``).

    The hearer is a name, a hearer word (``reporters``) or a short plural
    noun phrase (``the residents``); the word after ``to`` must be a bare
    verb (lower case, no determiner, no number), so that ``an end to the
    war`` is no hearer with an infinitive.
    """
    if k >= end or words[k].kind != WORD:
        return None
    mention = mention_after(words, k, entities)
    if words[k].lower in HEARERS:
        n = k + 1
    elif mention is not None and mention.kind in ("entity", "name"):
        n = mention_last(words, mention, k) + 1
    else:
        m = k + 1 if words[k].lower in DETERMINERS else k
        n = m
        while n < end and n - m < 3 and words[n].kind == WORD and words[n].lower != "to":
            if words[n].lower in PREPOSITIONS or words[n].lower in DETERMINERS:
                return None
            n += 1
        if n == m or not words[n - 1].lower.endswith("s") or is_capitalised(words[n - 1]):
            return None
    if n + 1 >= end or words[n].lower != "to":
        return None
    if not _verb_shaped(words[n + 1]):
        return None
    return n


#: Words a hearer before an infinitive may hold.
_OBJECT_REACH = 10

#: Negations that may open a requested infinitive (``not to stray``, ``never to return``).
_INFINITIVE_NEGATIONS = words_of("not never")


def _verb_shaped(word: Word) -> bool:
    """Whether a word after ``to`` may be a verb: no name, number, determiner or ``-ing``."""
    return not (
        word.kind != WORD
        or is_capitalised(word)
        or word.text[:1].isdigit()
        or word.lower in DETERMINERS
        or word.lower in PREPOSITIONS
        or word.lower in PRONOUN_NUMBER
        or word.lower.endswith("ing")
    )


def bare_verb(word: Word) -> bool:
    """Whether a word after ``to`` reads as a bare verb (``to stay``), not a noun phrase."""
    return _verb_shaped(word) and not (
        word.lower.endswith("s") and not word.lower.endswith(("ss", "us"))
    )


def infinitive_after_object(
    words: Sequence[Word], k: int, end: int, *, negated: bool = False
) -> int | None:
    """Return where ``to`` and a bare verb follow the object of a verb of telling or urging.

    ``urged Chinese citizens to consider ...``: the words between the cue and
    the infinitive are its hearer when they hold no verb (an auxiliary, a form
    of *be*, an ``-ed`` form), no clause opener and no punctuation; a ``to``
    before a name or a noun phrase (``travel to China``) belongs to the
    hearer.
    """
    if k >= end or words[k].kind != WORD or words[k].lower == "to":
        return None
    for n in range(k, min(end - 1, k + _OBJECT_REACH)):
        word = words[n]
        low = word.lower
        if (
            negated
            and n > k
            and low in _INFINITIVE_NEGATIONS
            and n + 2 < end
            and words[n + 1].lower == "to"
            and bare_verb(words[n + 2])
        ):
            return n  # ``warned hikers not to stray``: the negation is the request's
        if (
            word.kind != WORD
            or low in CLAUSE_STARTS
            or low in AUXILIARIES
            or low in BE_FORMS
            or low in NEGATIONS
            or low in ("who", "which", "whose", "and", "or", "but")
            or (
                low.endswith("ed")
                and not is_capitalised(word)
                and not (n > k and words[n - 1].lower in HEARERS)
            )
        ):
            return None
        if low == "to" and n > k and bare_verb(words[n + 1]):
            return n
    return None
