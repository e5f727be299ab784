"""Labels for names the gazetteer does not know, from their shape and their neighbours.

The cues, strongest first:

* a title or honorific before the name, or a role noun (``leader Xi Jinping``,
  ``spokesman Jeff Rathke``): ``PERSON``;
* a kin, role or person noun and a comma before it (``his daughter,
  Gianna,``, ``The neighbour, Kalani, saw``): ``PERSON``;
* an age before one or two words that no lower-case word follows
  (``15-year-old Kenzie``, not ``a 34-year-old Kettle River man``): ``PERSON``;
* a single word that is a plural noun of people (``Organizers said``): no label;
* a first word that is a common given name, or a family name of a language
  that writes it first (``Alexander Korolev``, ``Wang Yi``): ``PERSON``;
* a single word in capitals (``KCNA``): ``ORG``;
* a comma and a state or country after it (``Evansville, Indiana``): ``GPE``;
* a noun of people and ``at`` before it, their workplace (``Pilots at
  Boreal Air``): ``ORG``;
* an affiliation phrase before it (``senior fellow at the``): ``ORG``;
* a speech verb or an apposition after it (``Korolev, a senior lecturer``,
  ``Webster said``), or a speech verb before it (``said Joseph Webster``): ``PERSON``;
* a role noun after it (``Foreign Affairs minister``, ``Acme spokesman``): ``ORG``;
* ``the`` before it: ``ORG``;
* two or more name-shaped words none of which the document also writes in
  lower case (``Baggio Leung``, but not ``Space Shuttle`` next to
  ``shuttle``): ``PERSON``.
"""

from __future__ import annotations

from newsparse.attribution.descriptive import AGE
from newsparse.attribution.wordlists import GROUP_NOUNS, PERSON_NOUNS, ROLE_NOUNS
from newsparse.builtin.fast.entities.gazetteer import Gazetteer, tokens_key
from newsparse.builtin.fast.entities.index import GazetteerIndex
from newsparse.builtin.fast.entities.segments import Evidence, Segment
from newsparse.builtin.fast.entities.shapes import (
    POSSESSIVES,
    SPEECH_VERBS,
    is_acronym,
    is_name_shaped,
)
from newsparse.builtin.fast.entities.view import TokenView

__all__ = ["SPEECH_VERBS", "classify"]


#: Words between a comma and a role noun in an apposition ("Korolev, a senior lecturer").
_APPOSITION_OPENERS: frozenset[str] = frozenset({"a", "an", "the", "its", "his", "her", "their"})
_APPOSITION_REACH = 5

_DETERMINERS: frozenset[str] = frozenset({"the", "a", "an"})

#: Prepositions after which an unknown name is a place ("in Marlow", "near Kelby").
_PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "near", "outside"})


def _affiliation(
    view: TokenView, gazetteer: Gazetteer, first: int, ends: frozenset[str] | None
) -> bool:
    words = view.words
    i = first - 1
    if i >= 0 and words[i] in _DETERMINERS:
        i -= 1
    if i < 0 or (ends is not None and words[i].lower() not in ends):
        return False  # no cue ends with the word before
    for size in (1, 2, 3):
        if i - size + 1 < 0:
            break
        cue = tuple(w.lower() for w in words[i - size + 1 : i + 1])
        if cue in gazetteer.affiliation_cues:
            return True
    return False


def _apposition(view: TokenView, gazetteer: Gazetteer, end: int) -> bool:
    """Whether ``, a senior lecturer`` / ``, 19,`` / ``, who`` follows the name."""
    words = view.words
    if end + 1 >= len(words) or words[end] != ",":
        return False
    after = words[end + 1]
    if after == "who" or (after.isdigit() and len(after) <= 2):
        return True
    if after not in _APPOSITION_OPENERS:
        return False
    reach = min(len(words), end + 2 + _APPOSITION_REACH)
    for word in words[end + 2 : reach]:
        if word in gazetteer.roles:
            return True
        if word in (",", ".", ";") or word[:1].isupper():
            return False
    return False


#: Words that open the noun phrase a name is set in apposition to (``his daughter,``).
_APPOSED_OPENERS: frozenset[str] = frozenset(
    {"a", "an", "the", "his", "her", "their", "my", "our", "your", "its", "one"}
)
#: Words that may end a name set off in apposition: ``, Gianna, said``, ``, Oksana.``
_APPOSED_ENDS: frozenset[str] = frozenset({",", ".", ";", ")", "and"})


def _apposed_to_person(view: TokenView, gazetteer: Gazetteer, first: int, end: int) -> bool:
    """Whether the name follows a kin or person noun and a comma: ``his daughter, Gianna,``.

    A noun phrase opened by an article or a possessive (``his``, ``the
    couple's``) and headed by a kin noun (``daughter``), a role noun
    (``lawyer``) or a person noun (``neighbour``), then a comma: a name set
    off after it, up to a comma or the sentence's end, names that person.
    """
    words = view.words
    if first < 3 or words[first - 1] != "," or end >= len(words) or words[end] not in _APPOSED_ENDS:
        return False
    noun = words[first - 2]
    low = noun.lower()
    if not noun.islower() or not (
        low in gazetteer.kin_nouns or low in gazetteer.roles or low in PERSON_NOUNS
    ):
        return False
    for i in range(first - 3, max(-1, first - 7), -1):
        word = words[i]
        if word.lower() in _APPOSED_OPENERS or word in POSSESSIVES:
            return True
        if not word.isalpha() or not word.islower():
            return False
    return False


def _place_follows(view: TokenView, gazetteer: Gazetteer, end: int) -> bool:
    """Whether ``, <state or country>`` follows the name (``Evansville, Indiana``)."""
    words = view.words
    if end + 1 >= len(words) or words[end] != ",":
        return False
    for size in (1, 2, 3):
        known = gazetteer.names.get(tokens_key(words[end + 1 : end + 1 + size]))
        if known is not None and known.kind in ("country", "subdivision"):
            return True
    return False


def _workplace(view: TokenView, first: int, end: int) -> bool:
    """Whether a name follows a noun of people and ``at``: their workplace.

    ``Pilots at Boreal Air``, ``nurses at the Royal Columbian``, ``a worker
    at Fenwick Foods`` (a person or role noun of the lexicon, or its
    plural): where people of an occupation work is an
    organisation, whatever the shape of its name; a possessive is not
    (``officers at Ann Roy's home``).
    """
    words = view.words
    i = first - 1
    if i >= 0 and words[i] in _DETERMINERS:
        i -= 1
    if i < 1 or words[i] != "at":
        return False
    last_end = view.ends[end - 1]
    if view.text[last_end - 2 : last_end] in ("'s", "’s"):
        return False
    if end - first == 1 and words[first].lower() in view.lower_vocabulary:
        return False  # ``Attorney at Law``: a common word written with a capital
    noun = words[i - 1].lower()
    return any(
        form in ROLE_NOUNS or form in PERSON_NOUNS
        for form in (noun, noun.removesuffix("s"), noun.removesuffix("es"))
    )


def classify(
    segment: Segment, view: TokenView, gazetteer: Gazetteer, index: GazetteerIndex | None = None
) -> None:
    """Give *segment* a label from its shape and context, when it has none yet.

    Sets :attr:`Segment.label`, :attr:`Segment.evidence` and
    :attr:`Segment.source` in place; leaves them unchanged when no cue applies.

    :param segment: a candidate whose label is ``None``.
    :param view: the document's tokens.
    :param gazetteer: the word lists.
    :param index: the lookups derived from *gazetteer*, when the caller has them.
    """
    words = view.words
    first, end = segment.first, segment.end
    size = end - first
    head = words[first]
    before = words[first - 1] if first > 0 else ""
    after = words[end] if end < len(words) else ""
    person_like = size > 1 or head not in gazetteer.heads
    if size == 1 and segment.title is None and head.lower() in GROUP_NOUNS:
        return  # ``Organizers said``: a plural of people opening a sentence is no name
    label, evidence, source = None, Evidence.CUE, ""
    if segment.title is not None and person_like:
        label, source = "PERSON", "title"
    elif (before in gazetteer.roles or before.lower() in gazetteer.roles) and person_like:
        # ``spokesman Jeff Rathke``, ``Liberal MP Gord Tremblett``: a role noun, in
        # lower case or written as a title, before the name
        label, source = "PERSON", "role"
    elif size <= 2 and person_like and _apposed_to_person(view, gazetteer, first, end):
        # ``his daughter, Gianna, said``: a name set off after a kin or person noun
        label, source = "PERSON", "apposed to a person noun"
    elif AGE.fullmatch(before) and size <= 2 and not after[:1].islower():
        # ``15-year-old Kenzie``: an age before a name that no noun follows (not
        # ``a 34-year-old Kettle River man``)
        label, source = "PERSON", "age"
    elif head in gazetteer.given_names or (size >= 2 and head in gazetteer.surnames_first):
        label, source = "PERSON", "given name"
    elif first in view.datelines:
        label, source = "GPE", "dateline"
    elif size == 1 and is_acronym(head):
        label, source = "ORG", "acronym"
    elif _place_follows(view, gazetteer, end):
        label, source = "GPE", "place, region"
    elif _workplace(view, first, end):
        label, source = "ORG", "workplace"
    else:
        evidence = Evidence.CONTEXT
        ends = None if index is None else index.affiliation_ends
        if _affiliation(view, gazetteer, first, ends):
            label, source = "ORG", "affiliation"
        elif before in _PLACE_PREPOSITIONS and all(is_name_shaped(w) for w in words[first:end]):
            label, source = "GPE", "place preposition"  # "Police in Marlow said"
        elif person_like and (
            after in SPEECH_VERBS or before in SPEECH_VERBS or _apposition(view, gazetteer, end)
        ):
            label, source = "PERSON", "speech or apposition"
        elif after in gazetteer.roles and not after.endswith("ed") and not is_acronym(head):
            # (a role noun that is also a verb's past tense, ``accused``, is the verb)
            label, source = "ORG", "role after"
        elif before == "the":
            label, source = "ORG", "the"
        elif size >= 2 and all(
            is_name_shaped(w) and w.lower() not in view.lower_vocabulary for w in words[first:end]
        ):
            if gazetteer.names.get(words[end - 1]) is not None:
                label, source = "ORG", "place in name"  # "Atletico Lisboa"
            else:
                label, source = "PERSON", "name shape"
    if label is not None:
        segment.label, segment.evidence, segment.source = label, evidence, source
