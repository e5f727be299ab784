"""The subject of a main clause, which speaks for a participle of saying or a colon after it.

``The county board gave Ms. Okafor a reprieve, saying ...``, ``Dozens of
nurses marched past the office of Dan Roe, chanting ...``, ``Mayor Tom Hale
is rolling out a message: “...”``: the speaker is the main clause's subject,
never a person named after its verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.descriptive import descriptive_subject
from newsparse.attribution.mentions import (
    EntityIndex,
    Mention,
    first_person,
    is_speaker_noun,
    subject_of,
)
from newsparse.attribution.wordlists import PREPOSITIONS, ROLE_NOUNS, SUBORDINATORS
from newsparse.attribution.words import WORD, Word, is_capitalised

__all__ = ["main_clause_subject"]

#: Words an opening phrase may hold before its comma.
_OPENING_REACH = 20


def _opening_phrase_end(words: Sequence[Word], i: int) -> int:
    """Return where the main clause starts after an opening phrase, else 0.

    ``Seeking to help Ann Roy, ...``, ``Asked about the plan, ...``, ``With
    party leaders worried about Ann Roy, ...``, ``When Ann Roy left, ...``: a
    participle in ``-ing`` or ``-ed`` before a lower-case word (``Ted
    Cruz, ...`` opens with a name), a preposition or a subordinator opens
    the clause and a comma closes the phrase before *i*.
    """
    if not words or not is_capitalised(words[0]):
        return 0
    first = words[0].lower
    if first in PREPOSITIONS or first in SUBORDINATORS:
        pass
    elif not first.endswith(("ing", "ed")):
        return 0
    elif len(words) < 2 or words[1].kind != WORD or is_capitalised(words[1]):
        return 0  # ``Ted Cruz, ...``, ``Sterling Bank, ...``: a name, no participle
    for k in range(1, min(i, _OPENING_REACH)):
        if words[k].text == ",":
            return k + 1 if k + 1 < i else 0
    return 0


def main_clause_subject(words: Sequence[Word], i: int, entities: EntityIndex) -> Mention | None:
    """Return the subject of the main clause that ends before ``words[i]``.

    The speaker of a participle of saying at ``words[i]`` (``, saying``) or
    of a quotation a colon there announces.

    ``The board granted Mr. Clarke an extension, saying ...``, ``Nurses marched
    past the office of Dan Roe, chanting ...``: the participle's speaker is the
    main clause's subject, never a person named after its verb (an object or a
    name inside a prepositional phrase).  Otherwise the first person named
    speaks (``Gov. Ann Roy vetoed the bill, saying ...``, ``Ministry spokeswoman
    Ann Roy shot back, saying ...``, ``quoted Ann Roy as saying ...``), and
    so does one who opens a subordinate clause (``... was on display when
    Musk took to Twitter with this: “...”``).  An opening participial phrase
    closed by a comma (``Seeking to help Ann Roy among young voters, Mayor
    Tom Hale ...``) is passed over.

    :param words: the clause's tokens.
    :param i: index the subject and the main clause end before.
    :param entities: the document's speaker entities.
    """
    opening = _opening_phrase_end(words, i)
    if opening:
        words, i = words[opening:], i - opening
    person = first_person(words[:i], entities)
    if person is not None and i > 0 and words[i - 1].lower == "as":
        return person
    described = descriptive_subject(words[:i], entities)
    subject = described.mention if described is not None else subject_of(words, entities, limit=i)
    if (
        person is not None
        and subject is not None
        and described is None
        and subject.kind == "description"
        and not _speaker_head(words[:i], subject)
    ):
        subject = None  # ``A lesson from Loretta Lynch:``: a head that cannot speak
    if person is not None and subject is not None and _group_word(subject, words):
        subject = None  # ``American physicist John Wheeler``: a modifier of the person
    if (
        described is not None
        and person is not None
        and subject is not None
        and subject.start <= person.start
        and person.end <= subject.end
    ):
        return subject  # ``Farmers in the valley south of Grey Rock``: a name in its complement
    if person is None or subject is None or subject.end > person.start:
        return person or subject
    if _object_person(words[:i], subject, person, described is not None):
        return subject
    return person


def _group_word(mention: Mention, words: Sequence[Word]) -> bool:
    """Whether a subject before a person may be no subject but a word that modifies or dates.

    A nationality or group adjective (``American``, ``Democratic``) or one
    capitalised word no recogniser called an entity (``Late on Sunday Marta
    Kowalczyk``).
    """
    if mention.entity is not None:
        return mention.entity.label == "NORP"
    inside = [w for w in words if mention.start <= w.start and w.end <= mention.end]
    return mention.kind == "name" and len(inside) == 1


def _speaker_head(words: Sequence[Word], subject: Mention) -> bool:
    """Whether a description's last word names a speaker (``the board``, not ``A lesson``)."""
    inside = [w for w in words if subject.start <= w.start and w.end <= subject.end]
    return bool(inside) and (is_speaker_noun(inside[-1].lower) or inside[-1].lower in ROLE_NOUNS)


def _object_person(
    words: Sequence[Word], subject: Mention, person: Mention, described: bool
) -> bool:
    """Whether *person* follows the verb after *subject*: an object or a prepositional object.

    The subject must be followed by a lower-case word (its verb, not ``'s`` or
    an apposition's comma), and the word before the person and its titles must
    be a lower-case word: a verb or a preposition, not a subordinator
    (``when Musk took``: the person is that clause's subject).  Unless the subject is a
    whole descriptive noun phrase (:func:`descriptive_subject`, which stops
    at its verb), that word must name no speaker either (``Foreign ministry
    spokeswoman Ana Reyes``: the person heads the subject).
    """
    after = next((w for w in words if w.start >= subject.end), None)
    if after is None or after.kind != WORD or is_capitalised(after) or after.text[:1] in "'’":
        return False
    before = [w for w in words if subject.end <= w.start and w.end <= person.start]
    while before and (is_capitalised(before[-1]) or before[-1].text == "."):
        before.pop()  # the person's titles: ``Health Minister``, ``Ms.``
    if not before:
        return False
    last = before[-1]
    return (
        last.kind == WORD
        and not is_capitalised(last)
        and last.lower not in SUBORDINATORS
        and (described or not (is_speaker_noun(last.lower) or last.lower in ROLE_NOUNS))
    )
