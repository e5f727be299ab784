"""Speech reported through a noun: ``Ms. Lee’s claim that the plan would fail``.

A noun that names a speech act (the lexicon's ``cue_nouns`` table: ``claim``,
``assurance``, ``warning``, ``denial`` ...) reports the ``that`` clause after
it, and its possessor is the speaker::

    POSSESSOR ’s NOUN that CONTENT        Health Minister Ana Reyes’s claim that ...
    the mayor’s NOUN that CONTENT         the mayor’s promise that taxes would fall
    his / her / their / its NOUN that     her assurance that the dividend was safe
    NOUN from / by AGENT that CONTENT     warnings from engineers that the dam ...

The agent of a nominalisation may also follow it in a ``from`` or ``by``
phrase right before ``that`` (NomBank's ARG0 of the noun): a name, a
description or a noun that names a speaker (``assurances from the minister
that``, ``complaints by tenants that``).  Without a possessor or an agent
the noun reports nothing (``the claim that``, ``a
promise that``): whose act it is cannot be told.  ``that`` must open a clause
with a subject and a finite verb (``that the dividend was safe``), which keeps
out a relative clause without a subject (``her promise that was broken``) but
not one with a subject of its own (``her promise that voters believed``).  The
content ends at the clause's first comma, semicolon, dash or parenthesis, and,
when the noun phrase is the clause's subject, before the clause's main verb
(``The city’s claim that the land was contaminated was rejected``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from newsparse.attribution.mentions import EntityIndex, Mention, is_speaker_noun, mention_after
from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    NEGATIONS,
    PREPOSITIONS,
    ROLE_TITLES,
    SUBORDINATORS,
    words_of,
)
from newsparse.attribution.words import QUOTE, WORD, Word, is_capitalised
from newsparse.builtin.quotes.frames import Frame
from newsparse.builtin.quotes.word_classes import is_agent_plural
from newsparse.lexicon import alternation, default_lexicon

__all__ = ["ClauseTest", "cue_noun_pattern", "nominal_frames", "opens_clause"]

#: Whether ``words[start:end]`` opens with a subject and its finite verb.
ClauseTest = Callable[[Sequence[Word], tuple[int, int]], bool]


@functools.cache
def _cue_nouns() -> frozenset[str]:
    """Return the nouns of speech acts, by form (read when first needed)."""
    return frozenset(noun for noun, _verb in default_lexicon().table("cue_nouns"))


@functools.cache
def cue_noun_pattern() -> re.Pattern[str]:
    """Return the expression that finds a cue noun followed by ``that`` (any case).

    An agent phrase (``from`` or ``by`` and a few words) may stand between them.
    """
    nouns = alternation(_cue_nouns(), factored=True)
    agent = rf"(?:(?:from|by)\s+[^,;:.!?\n]{{1,{_AGENT_CHARS}}}?\s+)?"
    return re.compile(rf"(?<![\w\-])(?:{nouns})\s+{agent}that(?![\w\-])", re.IGNORECASE)


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my"})
_POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")
_STOPS = frozenset({",", ";", "—", "–", "(", ":"})
#: Words a possessor's name or description may hold before the possessive.
_POSSESSOR_REACH = 5
#: Prepositions that introduce the agent after the noun (``warnings from staff that``).
_AGENT_PREPOSITIONS = frozenset({"from", "by"})
#: Words and characters an agent after the noun may hold.
_AGENT_REACH = 6
_AGENT_CHARS = 60


def nominal_frames(
    words: Sequence[Word],
    entities: EntityIndex,
    taken: Sequence[tuple[int, int]],
    clause: ClauseTest,
) -> list[Frame]:
    """Return the frames of cue nouns with a possessor and a ``that`` clause.

    :param words: the clause's tokens.
    :param entities: the document's speaker entities.
    :param taken: content spans other frames report; a cue noun inside one
        is part of that content.
    :param clause: whether a span of words opens with a subject and its verb.
    """
    found: list[Frame] = []
    nouns = _cue_nouns()
    for i in range(len(words) - 2):
        noun = words[i]
        if noun.kind != WORD or noun.lower not in nouns:
            continue
        if any(lo <= noun.start < hi for lo, hi in taken):
            continue
        if words[i + 1].lower == "that":
            that = i + 1
            speaker = _possessor(words, i - 1, entities) if i > 0 else None
        else:
            agent = _agent(words, i + 1, entities)
            if agent is None:
                continue
            speaker, that = agent
        if speaker is None:
            continue
        start = that + 1
        if not clause(words, (start, len(words))):
            continue
        stop = start
        while stop < len(words) and words[stop].text not in _STOPS:
            stop += 1
        if _opens_clause(words, speaker):
            stop = _before_main_verb(words, start, stop)
        while stop > start and words[stop - 1].kind != WORD and words[stop - 1].kind != QUOTE:
            stop -= 1
        if stop - start < 3:
            continue
        content = (words[start].start, words[stop - 1].end)
        found.append(Frame((noun.start, noun.end), speaker, (content,)))
    return found


def _agent(words: Sequence[Word], k: int, entities: EntityIndex) -> tuple[Mention, int] | None:
    """Return the agent phrase opening at ``words[k]`` and the index of ``that`` after it.

    ``from staff that``, ``by the minister that``, ``from Mayor Lee that``: the
    preposition, then a mention ending right before ``that``; a bare noun (no
    determiner, no name) must name a speaker (``staff``, ``residents``, ``engineers``).
    """
    if words[k].lower not in _AGENT_PREPOSITIONS:
        return None
    that = k + 1
    while that < len(words) and that - k <= _AGENT_REACH and words[that].kind == WORD:
        if words[that].lower == "that":
            break
        that += 1
    if that >= len(words) or words[that].lower != "that" or that == k + 1:
        return None
    first, last = words[k + 1], words[that - 1]
    mention = mention_after(words, k + 1, entities, through_titles=True)
    if mention is not None and mention.end == last.end and mention.kind != "pronoun":
        return mention, that
    if that - k > 3 or first.lower in DETERMINERS or is_capitalised(first):
        return None
    noun = last.lower
    if is_speaker_noun(noun) or is_agent_plural(noun):
        return Mention(first.start, last.end, "description"), that
    return None


def _opens_clause(words: Sequence[Word], speaker: Mention) -> bool:
    """Whether the possessor opens the clause, so that its noun phrase is the subject."""
    return all(w.kind != WORD for w in words if w.end <= speaker.start)


def _before_main_verb(words: Sequence[Word], start: int, stop: int) -> int:
    """Return where the clause's own verb follows a ``that`` clause in its subject.

    ``The city’s claim that the land was contaminated was rejected``: after the
    content's first verb group, a second one with no conjunction, relative or
    subordinator between them is the verb of the noun phrase the content
    belongs to.
    """
    k = start
    while k < stop and words[k].lower not in _VERB_GROUP:
        k += 1
    while k < stop and (words[k].lower in _VERB_GROUP or words[k].lower in NEGATIONS):
        k += 1
    for n in range(k, stop):
        if words[n].kind != WORD or opens_clause(words, n, stop):
            return stop
        if words[n].lower in _VERB_GROUP:
            return n
    return stop


def opens_clause(words: Sequence[Word], n: int, stop: int) -> bool:
    """Whether ``words[n]`` opens a clause of its own inside a content (``and``, ``if``, ``which``).

    A subordinator before a number or a capitalised word is a preposition
    (``since 2015``, ``after Friday``).
    """
    if words[n].lower not in _LINKS:
        return False
    following = words[n + 1] if n + 1 < stop else None
    return not (
        following is not None
        and words[n].lower in PREPOSITIONS
        and (following.text[:1].isdigit() or is_capitalised(following))
    )


#: Auxiliaries and forms of *be* that make a verb group.
_VERB_GROUP = AUXILIARIES | BE_FORMS
#: Words that open a clause of their own inside a content (its verbs are not the main verb).
_LINKS = SUBORDINATORS | words_of("and or but that which who whom whose if unless as than")


def _possessor(words: Sequence[Word], j: int, entities: EntityIndex) -> Mention | None:
    """Return the possessor ending at ``words[j]`` (``Ana Reyes’s``, ``the mayor’s``, ``her``)."""
    word = words[j]
    if word.kind != WORD:
        return None
    if word.lower in _POSSESSIVE_PRONOUNS:
        return Mention(word.start, word.end, "pronoun")
    if not word.lower.endswith(_POSSESSIVE_ENDINGS):
        return None
    cut = 1 if word.lower.endswith(("s’", "s'")) else 2
    end = word.end - cut
    entity = entities.by_end.get(end) or entities.by_end.get(word.end)
    if entity is not None:
        return Mention(entity.start, min(entity.end, end), "entity", entity)
    k = j
    if is_capitalised(word):
        while (
            k > 0
            and j - k < _POSSESSOR_REACH
            and words[k - 1].kind == WORD
            and is_capitalised(words[k - 1])
            and words[k - 1].lower.rstrip(".") not in ROLE_TITLES
        ):
            k -= 1
        return Mention(words[k].start, end, "name")
    while k > 0 and j - k < _POSSESSOR_REACH and words[k - 1].kind == WORD:
        k -= 1
        if words[k].lower in DETERMINERS:
            return Mention(words[k].start, end, "description")
    return None
