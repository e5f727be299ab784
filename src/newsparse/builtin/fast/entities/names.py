"""Canonical names inside one document.

Rules, applied to the mentions in text order:

* **People.** A mention whose words are the first or last words of a longer
  person name in the document takes that name (``Putin`` and ``Mr. Putin`` ->
  ``Vladimir Putin``; ``Xi`` -> ``Xi Jinping``, family name first).  The
  nearest earlier full name wins; a short form that comes first takes the
  first full name after it.  Titles are never part of a name.
* **Listed names** take the gazetteer's canonical form (``U.S.`` -> ``United
  States``, ``Russians`` -> ``Russian``); places and nationalities expose
  their country in ``attributes["country"]``, and national capitals, which
  news uses for their governments (``Beijing`` for China), also carry
  ``attributes["capital"] = True``.
* **Acronyms** defined in the document (``Council on American-Islamic
  Relations (CAIR)``) or matching the initials of an organisation named in
  it resolve to the full name.
* Everything else keeps its own words, without a leading ``the`` and a
  final possessive.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsparse.builtin.fast.entities.mention import Mention
from newsparse.builtin.fast.entities.shapes import NAME_PARTICLES, is_acronym

__all__ = ["assign_names", "initials"]

_INITIALS_SKIP: frozenset[str] = frozenset({"of", "the", "and", "for", "on", "&", "in", "at", "to"})
_OPEN_BRACKETS: frozenset[str] = frozenset({"(", "["})
_CLOSE_BRACKETS: frozenset[str] = frozenset({")", "]"})

#: The most distinct longer names sharing a word that a person mention is compared with.
_MAX_CANDIDATE_NAMES = 256


def initials(words: Sequence[str]) -> str:
    """Return the acronym of a name: ``North Atlantic Treaty Organization`` -> ``NATO``.

    :param words: the words of a name.
    """
    letters = []
    for word in words:
        if word.lower() in _INITIALS_SKIP:
            continue
        for part in word.split("-"):
            if part[:1].isalpha():
                letters.append(part[0].upper())
    return "".join(letters)


def _plain_name(mention: Mention) -> str:
    surface = mention.surface
    if surface.startswith(("the ", "The ")) and len(surface) > 4:
        surface = surface[4:]
    return surface


def _person_key_words(mention: Mention) -> tuple[str, ...]:
    return tuple(w for w in mention.words if w[:1].isupper() and w not in NAME_PARTICLES)


def _longer_names(
    words: tuple[str, ...], by_edge_word: dict[str, list[tuple[str, ...]]]
) -> list[tuple[str, ...]]:
    """Return the longer person names that *words* may be short for.

    Only the first :data:`_MAX_CANDIDATE_NAMES` names sharing each edge word
    are compared, which bounds the work on texts that repeat one word in
    thousands of different names.
    """
    found: list[tuple[str, ...]] = []
    seen: set[tuple[str, ...]] = set()
    own = set(words)
    for edge in dict.fromkeys((words[0], words[-1])):
        for other in by_edge_word.get(edge, ())[:_MAX_CANDIDATE_NAMES]:
            if other in seen:
                continue
            seen.add(other)
            if len(other) <= len(words) or not own <= set(other):
                continue
            if other[-1] != words[-1] and other[0] != words[0]:
                continue
            found.append(other)
    return found


def _resolve_people(people: list[Mention]) -> None:
    keys = [_person_key_words(m) for m in people]
    # Where each name of more than one word occurs, and those names by edge word.
    positions: dict[tuple[str, ...], list[int]] = {}
    by_edge_word: dict[str, list[tuple[str, ...]]] = {}
    for j, words in enumerate(keys):
        if len(words) > 1:
            occurrences = positions.get(words)
            if occurrences is None:
                positions[words] = occurrences = []
                for edge in dict.fromkeys((words[0], words[-1])):
                    by_edge_word.setdefault(edge, []).append(words)
            occurrences.append(j)
    longer: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for i, mention in enumerate(people):
        words = keys[i]
        earlier: int | None = None
        later: int | None = None
        if words:
            names = longer.get(words)
            if names is None:
                names = longer[words] = _longer_names(words, by_edge_word)
            for other in names:
                occurrences = positions[other]
                k = bisect.bisect_left(occurrences, i)
                if k > 0 and (earlier is None or occurrences[k - 1] > earlier):
                    earlier = occurrences[k - 1]
                if k < len(occurrences) and (later is None or occurrences[k] < later):
                    later = occurrences[k]
        if earlier is not None:
            mention.name = people[earlier].name
        else:
            mention.name = people[later].surface if later is not None else mention.surface


def _acronym_definitions(orgs: list[Mention], words: Sequence[str]) -> dict[str, str]:
    defined: dict[str, str] = {}
    for mention in orgs:
        e = mention.end_token
        if (
            e + 2 < len(words)
            and words[e] in _OPEN_BRACKETS
            and words[e + 2] in _CLOSE_BRACKETS
            and is_acronym(words[e + 1])
        ):
            defined[words[e + 1].replace(".", "")] = mention.name
    return defined


def _resolve_organisations(orgs: list[Mention], words: Sequence[str]) -> None:
    for mention in orgs:
        mention.name = mention.known.name if mention.known else _plain_name(mention)
    defined = _acronym_definitions(orgs, words)
    by_initials: dict[str, str] = {}
    for mention in orgs:
        if len(mention.words) > 1:
            by_initials.setdefault(initials(mention.words), mention.name)
    for mention in orgs:
        if mention.known is None and len(mention.words) == 1 and is_acronym(mention.words[0]):
            acronym = mention.words[0].replace(".", "")
            mention.name = defined.get(acronym) or by_initials.get(acronym) or mention.name


def assign_names(mentions: Sequence[Mention], words: Sequence[str]) -> None:
    """Set :attr:`Mention.name` and the place attributes of every mention.

    :param mentions: the document's mentions, in text order.
    :param words: the document's token words (for acronyms defined in brackets).
    """
    people = [m for m in mentions if m.label == "PERSON"]
    orgs = [m for m in mentions if m.label == "ORG"]
    _resolve_people(people)
    _resolve_organisations(orgs, words)
    for mention in mentions:
        if mention.label in ("PERSON", "ORG"):
            pass
        elif mention.known is not None:
            mention.name = mention.known.name
        else:
            mention.name = _plain_name(mention)
        known = mention.known
        if known is not None and known.country is not None and mention.label != "PERSON":
            mention.attributes["country"] = known.country
            if known.capital:
                mention.attributes["capital"] = True
        if mention.title is not None:
            mention.attributes["title"] = mention.title
