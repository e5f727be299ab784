"""Countries named in a text, and the phrases that stand for a statement's parties.

A *party reference* is a country name (``China``, ``the People's Republic of
China``), a capital (``Beijing`` for China) or a demonym (``Chinese``,
``the Russian side``), looked up in the gazetteer of the model-free entity
recogniser so that a party's name is the canonical name the ``entities``
layer uses.  International organisations of the gazetteer (``European
Union``) are parties under their own name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from newsparse.builtin.fast.entities.gazetteer import Gazetteer, load_gazetteer

__all__ = ["GROUP_PHRASE", "STATEMENT_NOUN", "PartyRef", "PartyRefs", "country_gazetteer"]

_PARTY_KINDS = frozenset({"country", "capital", "nationality", "organisation"})
_STATE_KINDS = frozenset({"country", "capital", "nationality"})

#: A capitalised word (or an all-capitals dateline word) that may start a name.
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’.\-]*")
_STYLE_OF_STATE = re.compile(
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


@lru_cache(maxsize=1)
def country_gazetteer() -> Gazetteer:
    """Return the gazetteer of the model-free recogniser (read once)."""
    return load_gazetteer()


class PartyRefs:
    """Finds party references in spans of one text.

    :param text: the document text.
    :param gazetteer: the names to look up (:func:`country_gazetteer` when omitted).
    """

    def __init__(self, text: str, gazetteer: Gazetteer | None = None) -> None:
        self._text = text
        self._gazetteer = gazetteer if gazetteer is not None else country_gazetteer()
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
        limit = self._gazetteer.max_name_tokens
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
        for last in range(min(len(words), i + limit) - 1, i - 1, -1):
            surface = text[words[i][0] : words[last][1]]
            if surface.endswith(("’s", "'s")):
                surface = surface[:-2]
            known = self._gazetteer.lookup(surface)
            if known is None and surface.endswith("."):
                surface = surface.rstrip(".")
                known = self._gazetteer.lookup(surface)
            if known is None and surface.isupper() and len(surface) > 3:
                known = self._gazetteer.lookup(surface.title())
            if known is None or known.kind not in _PARTY_KINDS:
                continue
            if known.kind in _STATE_KINDS:
                if known.country is None:
                    continue
                return known.country, True, last
            return known.name, False, last
        return None
