"""Canonical names: one spelling per person, place and organisation.

Every recogniser and the quote rules use these rules, so a name is the same
whatever backend found it:

* :func:`canonical_name` cleans one mention: spaces squeezed, quotes and
  brackets around it removed, a final possessive (``'s``, ``s'``) and a
  leading ``the`` dropped; for a person, leading honorifics and titles
  (``Mr.``, ``Prime Minister``, from the :mod:`lexicon <newsparse.lexicon>`)
  are dropped too.
* :func:`link_short_names` gives a person mentioned by part of their name
  (``Putin``, ``Xi``) the full name written nearby (``Vladimir Putin``,
  ``Xi Jinping``); name particles (``von``, ``bin``) are ignored.
* :func:`canonical_names` does both for the mentions of one document.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from newsparse.lexicon import Lexicon, default_lexicon

__all__ = [
    "PERSON_LABELS",
    "canonical_name",
    "canonical_names",
    "link_short_names",
    "name_key",
    "strip_name_titles",
]

#: The most distinct longer names sharing a word that a short name is compared with.
_MAX_CANDIDATE_NAMES = 256

#: Labels of people in the schemes recognisers use.
PERSON_LABELS: frozenset[str] = frozenset({"PERSON", "PER", "PERS"})

_POSSESSIVE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])\Z", re.IGNORECASE)
_LEADING_THE = re.compile(r"the\s+(?=\S)", re.IGNORECASE)
_EDGE_PUNCT = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb()[]{},;:"


@functools.lru_cache(maxsize=8)
def _title_words(lexicon: Lexicon) -> tuple[frozenset[tuple[str, ...]], int]:
    titles = frozenset(
        tuple(title.split()) for title in lexicon.words("titles") | lexicon.words("honorifics")
    )
    return titles, max((len(t) for t in titles), default=0)


def strip_name_titles(name: str, *, lexicon: Lexicon | None = None) -> str:
    """Drop the honorifics and titles that open a person's name.

    Titles are the lexicon's ``titles`` and ``honorifics``, matched in their
    written spelling, longest first; a name made only of titles is kept.

    :param name: a person's name, spaces squeezed.
    :param lexicon: the word lists (the default lexicon when omitted).

    >>> strip_name_titles("Prime Minister Justin Trudeau")
    'Justin Trudeau'
    >>> strip_name_titles("Dame Judi Dench")
    'Judi Dench'
    >>> strip_name_titles("President")
    'President'
    """
    titles, longest = _title_words(default_lexicon() if lexicon is None else lexicon)
    words = name.split()
    start = 0
    while start < len(words) - 1:
        for size in range(min(longest, len(words) - 1 - start), 0, -1):
            if tuple(words[start : start + size]) in titles:
                start += size
                break
        else:
            break
    return " ".join(words[start:])


def canonical_name(surface: str, *, person: bool = False, lexicon: Lexicon | None = None) -> str:
    """Return the canonical form of one mention's text.

    Spaces are squeezed, quotes, brackets and commas around the mention
    removed, a final possessive and a leading ``the`` dropped; for a person
    (*person*), leading honorifics and titles as well
    (:func:`strip_name_titles`).  Apostrophes keep the text's spelling.
    A mention that would become empty is returned as written.

    :param surface: the mention as written.
    :param person: whether the mention names a person.
    :param lexicon: the word lists (the default lexicon when omitted).

    >>> canonical_name("the Kremlin\u2019s")
    'Kremlin'
    >>> canonical_name("\u201cGazprom\u201d")
    'Gazprom'
    >>> canonical_name("Mr. Putin's", person=True)
    'Putin'
    >>> canonical_name("Reuters'")
    'Reuters'
    """
    name = " ".join(surface.split()).strip(_EDGE_PUNCT + " ")
    name = _POSSESSIVE.sub("", name).rstrip(_EDGE_PUNCT + " ")
    without_the = _LEADING_THE.sub("", name, count=1) if _LEADING_THE.match(name) else name
    name = without_the or name
    if person and name:
        name = strip_name_titles(name, lexicon=lexicon)
    return name or surface


def name_key(words: Sequence[str], *, lexicon: Lexicon | None = None) -> tuple[str, ...]:
    """Return the words that identify a person: capitalised words, particles left out.

    :param words: the words of the name.
    :param lexicon: the word lists (the default lexicon when omitted).

    >>> name_key(["Ursula", "von", "der", "Leyen"])
    ('Ursula', 'Leyen')
    """
    particles = (default_lexicon() if lexicon is None else lexicon).words("name_particles")
    return tuple(w for w in words if w[:1].isupper() and w not in particles)


def link_short_names(
    names: Sequence[str],
    *,
    words: Sequence[Sequence[str]] | None = None,
    lexicon: Lexicon | None = None,
) -> list[str]:
    """Give each person mentioned by part of their name the full name written nearby.

    A name whose key words (:func:`name_key`) are all among the key words of
    a longer name, sharing its first or last word, takes that name: the
    nearest earlier one (as it was itself linked), or else the first later
    one.  ``Putin`` and ``Vladimir Putin`` -> ``Vladimir Putin``; ``Xi``
    -> ``Xi Jinping`` (family name first).

    :param names: the canonical names of one document's people, in text order.
    :param words: the words of each name (by default, the name split at spaces).
    :param lexicon: the word lists (the default lexicon when omitted).
    :return: the linked name of each, in order.

    >>> link_short_names(["Putin", "Vladimir Putin", "Putin", "Xi Jinping", "Xi"])
    ['Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin', 'Xi Jinping', 'Xi Jinping']
    """
    lexicon = default_lexicon() if lexicon is None else lexicon
    split = words if words is not None else [name.split() for name in names]
    keys = [name_key(w, lexicon=lexicon) for w in split]
    # Where each key of more than one word occurs, and those keys by edge word.
    positions: dict[tuple[str, ...], list[int]] = {}
    by_edge_word: dict[str, list[tuple[str, ...]]] = {}
    for j, key in enumerate(keys):
        if len(key) > 1:
            occurrences = positions.get(key)
            if occurrences is None:
                positions[key] = occurrences = []
                for edge in dict.fromkeys((key[0], key[-1])):
                    by_edge_word.setdefault(edge, []).append(key)
            occurrences.append(j)
    longer: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    linked: list[str] = []
    for i, key in enumerate(keys):
        earlier: int | None = None
        later: int | None = None
        if key:
            found = longer.get(key)
            if found is None:
                found = longer[key] = _longer_keys(key, by_edge_word)
            for other in found:
                occurrences = positions[other]
                k = bisect.bisect_left(occurrences, i)
                if k > 0 and (earlier is None or occurrences[k - 1] > earlier):
                    earlier = occurrences[k - 1]
                if k < len(occurrences) and (later is None or occurrences[k] < later):
                    later = occurrences[k]
        if earlier is not None:
            linked.append(linked[earlier])
        else:
            linked.append(names[later] if later is not None else names[i])
    return linked


def _longer_keys(
    key: tuple[str, ...], by_edge_word: dict[str, list[tuple[str, ...]]]
) -> list[tuple[str, ...]]:
    """Return the longer keys that *key* may be short for.

    Only the first :data:`_MAX_CANDIDATE_NAMES` keys sharing each edge word
    are compared, which bounds the work on texts that repeat one word in
    thousands of different names.
    """
    found: list[tuple[str, ...]] = []
    seen: set[tuple[str, ...]] = set()
    own = set(key)
    for edge in dict.fromkeys((key[0], key[-1])):
        for other in by_edge_word.get(edge, ())[:_MAX_CANDIDATE_NAMES]:
            if other in seen:
                continue
            seen.add(other)
            if len(other) <= len(key) or not own <= set(other):
                continue
            if other[-1] != key[-1] and other[0] != key[0]:
                continue
            found.append(other)
    return found


def canonical_names(
    mentions: Sequence[tuple[str, str]], *, lexicon: Lexicon | None = None
) -> list[str]:
    """Return the canonical name of each ``(label, surface)`` mention of one document.

    Each mention gets :func:`canonical_name` (as a person when its label is
    in ``PERSON_LABELS``: ``PERSON``, ``PER``, ``PERS``), then people are linked by
    :func:`link_short_names`.

    :param mentions: ``(label, text)`` pairs in text order.
    :param lexicon: the word lists (the default lexicon when omitted).

    >>> canonical_names([("PERSON", "Mr. Vladimir Putin"), ("GPE", "the U.S."),
    ...                  ("PERSON", "Putin's")])
    ['Vladimir Putin', 'U.S.', 'Vladimir Putin']
    """
    lexicon = default_lexicon() if lexicon is None else lexicon
    names = [
        canonical_name(surface, person=label in PERSON_LABELS, lexicon=lexicon)
        for label, surface in mentions
    ]
    people = [i for i, (label, _) in enumerate(mentions) if label in PERSON_LABELS]
    linked = link_short_names([names[i] for i in people], lexicon=lexicon)
    for i, name in zip(people, linked, strict=True):
        names[i] = name
    return names
