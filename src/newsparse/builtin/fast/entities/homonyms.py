"""A one-word town that is also a given name: the person or the place, as the document shows.

``Tyler``, ``Austin`` and ``Victoria`` are listed places and common given
names.  The gazetteer makes each a place; the document may show otherwise.
A mention is a person's name in a context that only a person takes:

* the subject of a verb whose most frequent sense is one of thinking,
  perceiving, feeling, speaking or a gesture (``Tyler thought``, ``Austin
  smiled``, ``Austin quietly said``: the lexicon's ``person_verbs``), or a
  name ending the clause after a verb of saying (``said Tyler.``, ``told
  Tyler,``), for a town only (a capital or a state speaks for its
  government: ``Victoria announced``);
* a possessive before a kin noun or a part of the body (``Tyler's
  parents``, ``Tyler's face``: the lexicon's ``body_nouns``);
* the object of a verb of feeling whose object is always a person (``grief
  overwhelmed Tyler``);
* ``, who`` after it (``Madison, who``);
* the subject opening a sentence when the next sentence opens with ``He``
  or ``She``, for a town only.

A person's full name that the word opens (``Isabel Ruiz``) counts as one
such context.  A rarer given name, one only the lexicon's tables of given
names by sex list (``Sydney``, ``Dallas``), is a candidate only in a
document that names a person with it (``Sydney Chester``).

A mention is a place after a preposition of place or an article (``in
Tyler``, ``the Sydney office``) or before a comma and a listed state or
country (``Tyler, Texas``).  When a document's person contexts for a word
outnumber its place contexts, each of its one-word mentions is that person,
except those in a place context.
"""

from __future__ import annotations

from newsparse.builtin.fast.entities.gazetteer import Gazetteer
from newsparse.builtin.fast.entities.segments import Evidence, Segment
from newsparse.builtin.fast.entities.shapes import POSSESSIVES, SPEECH_VERBS
from newsparse.builtin.fast.entities.view import TokenView

__all__ = ["person_homonyms"]

#: Kinds of listed places that may be a given name.
_KINDS = frozenset({"city", "capital", "subdivision"})
#: Kinds whose name a verb of speaking or thinking may stand for a government by.
_GOVERNMENT_KINDS = frozenset({"capital", "subdivision"})
#: Kinds of listed places that may follow a town and a comma (``Tyler, Texas``).
_REGION_KINDS = frozenset({"subdivision", "country"})
#: Words after which a name is a place, not a person.
_PLACE_WORDS = frozenset(
    {"in", "into", "near", "throughout", "across", "via", "the", "The", "a", "an"}
)
#: Punctuation that may end the name after a verb of saying (``said Tyler.``).
_CLAUSE_ENDS = frozenset({".", ",", "!", "?", ";", ":", '"', "\u201d"})
#: Pronouns that continue a person opening the sentence before.
_PERSON_PRONOUNS = frozenset({"He", "She"})


def _town(segment: Segment) -> bool:
    """Whether *segment* is a listed one-word town or state."""
    known = segment.known
    return (
        segment.end - segment.first == 1
        and segment.label == "GPE"
        and known is not None
        and known.kind in _KINDS
    )


def _place_context(i: int, words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the name at token *i* stands where only a place does."""
    if i > 0 and words[i - 1] in _PLACE_WORDS:
        return True
    if i + 2 < len(words) and words[i + 1] == ",":
        region = gazetteer.names.get(words[i + 2])
        return region is not None and region.kind in _REGION_KINDS
    return False


def _person_context(segment: Segment, words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the name of *segment* (one token) stands where only a person does."""
    i = segment.first
    after = words[i + 1] if i + 1 < len(words) else ""
    then = words[i + 2] if i + 2 < len(words) else ""
    if after in POSSESSIVES and (then in gazetteer.kin_nouns or then in gazetteer.body_nouns):
        return True
    if after == "," and then == "who":
        return True
    if i > 0 and words[i - 1] in gazetteer.experiencer_verbs:
        return True
    known = segment.known
    if known is None or known.kind in _GOVERNMENT_KINDS:
        return False
    verb = then if after.endswith("ly") and after.isalpha() and after.islower() else after
    if verb in gazetteer.person_verbs or (
        i > 0 and words[i - 1] in SPEECH_VERBS and after in _CLAUSE_ENDS
    ):
        return True
    sentence_end = segment.sentence[1]
    return (
        i == segment.sentence[0]
        and sentence_end < len(words)
        and words[sentence_end] in _PERSON_PRONOUNS
        and after[:1].islower()
    )


def person_homonyms(segments: list[Segment], view: TokenView, gazetteer: Gazetteer) -> None:
    """Make the one-word towns that the document shows to be a person's given name persons.

    :param segments: the document's labelled candidates, in text order.
    :param view: the document's tokens.
    :param gazetteer: the word lists.
    """
    words = view.words
    towns = [s for s in segments if _town(s)]
    if not towns:
        return
    # a person's full name opening with the word (``Isabel`` after ``Isabel Ruiz``)
    balance = dict.fromkeys(
        (
            words[s.first]
            for s in segments
            if s.label == "PERSON"
            and s.end - s.first > 1
            and s.evidence >= Evidence.CUE
            and not s.headline
        ),
        1,
    )
    # a rarer given name only where the document names a person with it (``Sydney Chester``)
    candidates = [
        s
        for s in towns
        if words[s.first] in gazetteer.given_names
        or (words[s.first] in balance and gazetteer.is_given_name(words[s.first]))
    ]
    if not candidates:
        return
    placed: set[int] = set()
    for segment in candidates:
        word = words[segment.first]
        if _place_context(segment.first, words, gazetteer):
            placed.add(segment.first)
            balance[word] = balance.get(word, 0) - 1
        elif _person_context(segment, words, gazetteer):
            balance[word] = balance.get(word, 0) + 1
    for segment in candidates:
        if balance.get(words[segment.first], 0) > 0 and segment.first not in placed:
            segment.label, segment.evidence, segment.source = "PERSON", Evidence.CUE, "person"
            segment.known = None
