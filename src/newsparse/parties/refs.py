"""Countries named in a text, and the phrases that stand for a statement's parties.

A *party reference* is a country name (``China``, ``the People's Republic of
China``), a capital (``Beijing`` for China) or a demonym (``Chinese``,
``Russians``, ``the Russian side``), looked up in the lexicon's
``countries`` table, so that a party's name is the canonical name the
``entities`` layer uses.  International organisations of the
``organisations`` table (``European Union``) are parties under their own name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from newsparse.lexicon import Lexicon, default_lexicon
from newsparse.lexicon.dispatch import LazyPattern

__all__ = [
    "GROUP_PHRASE",
    "STATEMENT_NOUN",
    "PartyNames",
    "PartyRef",
    "PartyRefs",
    "party_names",
]

_INVARIANT_PLURALS = ("ese", "sh", "ss", "ch", "i")

#: A capitalised word (or an all-capitals dateline word) that may start a name.
_WORD = LazyPattern(r"[A-Za-zÀ-ÿ][\w'’.\-]*")
_STYLE_OF_STATE = LazyPattern(
    r"(?:the\s+)?(?:(?:Federal|Islamic|Democratic|Socialist|United|Arab|Bolivarian|Plurinational)"
    r"\s+)*(?:Republic|Kingdom|Federation|Sultanate|Commonwealth|State|Principality|Emirates?)"
    r"\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)

#: Phrases that stand for all the parties of a statement (``both sides``, ``the two leaders``).
GROUP_PHRASE = re.compile(
    r"\b(?:(?:both|all(?:\s+the)?|the(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?)"
    r"\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:sides|parties|leaders|ministers|countries|nations|governments|presidents|premiers"
    r"|heads\s+of\s+state(?:\s+and\s+government)?|delegations|signatories|states)"
    r"|we|we,)\b",
    re.IGNORECASE,
)

#: Nouns that name a statement (``joint statement``, ``communiqué``, ``declaration``).
STATEMENT_NOUN = re.compile(
    r"\b(?P<kind>(?:(?:joint|final|common|bilateral|trilateral)\s+)?"
    r"(?:statement|declaration|communiqu[eé]))(?!\w)",
    re.IGNORECASE,
)


#: Characters that match an ASCII letter of :data:`STATEMENT_NOUN` in any case and that
#: :meth:`str.lower` does not lower to it (dotted and dotless ``i``, long ``s``).
_CASE_TWINS = ("\u0130", "\u0131", "\u017f")
_NOUN_STEMS = ("statement", "declaration", "communiqu")
#: The longest word that may come before a noun of :data:`STATEMENT_NOUN` (``trilateral``).
_LONGEST_ADJECTIVE = len("trilateral")


def statement_nouns(text: str) -> Iterator[re.Match[str]]:
    """Return what ``STATEMENT_NOUN.finditer(text)`` returns, found faster.

    A match starts at a noun or at the word before it (``joint``), so the
    expression is tried only there: at each noun the lower-cased text holds
    and at the start of the word before it.  A text without the nouns'
    letters is passed over in a few substring tests.
    """
    lowered = text.lower()
    if len(lowered) != len(text) or any(twin in text for twin in _CASE_TWINS):
        yield from STATEMENT_NOUN.finditer(text)
        return
    starts: set[int] = set()
    for stem in _NOUN_STEMS:
        at = lowered.find(stem)
        while at >= 0:
            starts.add(at)
            starts.add(_word_before(text, at))
            at = lowered.find(stem, at + 1)
    done = 0
    for start in sorted(starts):
        if start < done:
            continue
        match = STATEMENT_NOUN.match(text, start)
        if match is not None:
            done = match.end()
            yield match


def _word_before(text: str, pos: int) -> int:
    """Return where the word before the white space before *pos* starts (*pos* when none)."""
    space = pos
    while space > 0 and text[space - 1].isspace():
        space -= 1
    if space == pos:
        return pos
    start = space
    while start > 0 and space - start <= _LONGEST_ADJECTIVE and _is_word(text[start - 1]):
        start -= 1
    return start if start < space else pos


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


class PartyRef(NamedTuple):
    """A party reference: where it is and the canonical name of the party.

    :param start: first code point.
    :param end: one past the last code point.
    :param name: canonical name of the country or organisation.
    :param state: whether it names a state (a country, capital or demonym).
    """

    start: int
    end: int
    name: str
    state: bool


def _key(surface: str) -> str:
    """Return the lookup key of *surface*: curly single quotes made straight, no white space.

    The key of a concatenation is the concatenation of the keys.
    """
    return "".join(surface.replace("’", "'").replace("‘", "'").split())


def _first_key(key: str) -> str:
    return key[:3]


def _values(column: str) -> list[str]:
    return [v.strip() for v in column.split(";") if v.strip()]


class PartyNames:
    """Names that stand for a party, by lookup key, with the party's canonical name.

    :param names: canonical name and whether it is a state, by key.
    :param max_words: the longest name, in words.
    """

    def __init__(self, names: Mapping[str, tuple[str, bool]], max_words: int) -> None:
        self.names = MappingProxyType(dict(names))
        self.max_words = max_words
        #: The key of the first word of every name, to skip words that start none.
        self.first_words = frozenset(_first_key(key) for key in self.names)

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> PartyNames:
        """Read the ``countries`` and ``organisations`` tables of *lexicon*."""
        names: dict[str, tuple[str, bool]] = {}
        longest = 1

        def add(surface: str, party: tuple[str, bool]) -> None:
            nonlocal longest
            for form in (surface, surface.removeprefix("the ").removeprefix("The ")):
                names.setdefault(_key(form), party)
                longest = max(longest, len(form.split()))

        for name, aliases, demonyms, capitals in lexicon.table("countries"):
            state = (name, True)
            for surface in (name, *_values(aliases), *_values(capitals)):
                add(surface, state)
            for demonym in _values(demonyms):
                add(demonym, state)
                if not demonym.endswith(_INVARIANT_PLURALS):
                    add(demonym + "s", state)
        for name, aliases in lexicon.table("organisations"):
            for surface in (name, *_values(aliases)):
                add(surface, (name, False))
        return cls(names, longest)

    def lookup(self, surface: str) -> tuple[str, bool] | None:
        """Return the canonical name of the party *surface* names, and whether it is a state."""
        return self.names.get(_key(surface))


@lru_cache(maxsize=8)
def party_names(lexicon: Lexicon | None = None) -> PartyNames:
    """Return the party names of *lexicon* (:func:`~newsparse.lexicon.default_lexicon`)."""
    return PartyNames.from_lexicon(lexicon if lexicon is not None else default_lexicon())


class PartyRefs:
    """Finds party references in spans of one text.

    :param text: the document text.
    :param names: the names to look up (:func:`party_names` when omitted).
    """

    def __init__(self, text: str, names: PartyNames | None = None) -> None:
        self._text = text
        self._names = names if names is not None else party_names()
        self._cache: dict[tuple[int, int], list[PartyRef]] = {}

    def find(self, lo: int, hi: int) -> list[PartyRef]:
        """Return the party references inside ``[lo, hi)``, in order, longest names first."""
        key = (lo, hi)
        found = self._cache.get(key)
        if found is None:
            found = self._scan(lo, hi)
            self._cache[key] = found
        return found

    def _scan(self, lo: int, hi: int) -> list[PartyRef]:
        text = self._text
        words = [m.span() for m in _WORD.finditer(text, lo, hi)]
        limit = self._names.max_words
        refs: list[PartyRef] = []
        i = 0
        while i < len(words):
            start = words[i][0]
            if not text[start].isupper():
                i += 1
                continue
            style = _STYLE_OF_STATE.match(text, start, hi)
            if style is not None and style.end() > start:
                # "the Republic of Finland": look the country up without its style.
                j = i
                while j < len(words) and words[j][0] < style.end():
                    j += 1
                hit = self._longest(words, j, limit)
                if hit is not None:
                    name, state, last = hit
                    refs.append(PartyRef(start, words[last][1], name, state))
                    i = last + 1
                    continue
            hit = self._longest(words, i, limit)
            if hit is None:
                i += 1
                continue
            name, state, last = hit
            refs.append(PartyRef(start, words[last][1], name, state))
            i = last + 1
        return refs

    def _longest(
        self, words: Sequence[tuple[int, int]], i: int, limit: int
    ) -> tuple[str, bool, int] | None:
        text = self._text
        if i >= len(words) or not text[words[i][0]].isupper():
            return None
        start = words[i][0]
        head = text[start : start + 3]
        if _first_key(_key(head)) not in self._names.first_words and not head.isupper():
            return None
        stop = min(len(words), i + limit)
        # The keys of the surfaces from word i to each word, built word by word.
        keys: list[str] = []
        key = ""
        cursor = start
        for last in range(i, stop):
            key += _key(text[cursor : words[last][1]])
            cursor = words[last][1]
            keys.append(key)
        names = self._names.names
        for last in range(stop - 1, i - 1, -1):
            end = words[last][1]
            key = keys[last - i]
            if end - start >= 2 and text[end - 2 : end] in ("’s", "'s"):
                end -= 2
                key = key[:-2]
            known = names.get(key)
            if known is None and text[end - 1] == ".":
                known = names.get(key.rstrip("."))
            if known is None and end - start > 3:
                surface = text[start:end]
                if surface.isupper():
                    known = self._names.lookup(surface.title())
            if known is not None:
                return known[0], known[1], last
        return None
