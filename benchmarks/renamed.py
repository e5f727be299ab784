"""Articles whose people are renamed: a check that quote speakers do not hang on known names.

Every person a gold quote credits (a ``reference`` of two or three capitalised
words whose first word the lexicon knows as a given name) has the given name
and surname replaced, everywhere in the article, by invented words of the same
length, so that every offset stays valid.  The invented words are drawn from
a seeded generator, one seed per article, and are names no list holds: a
speaker resolved only because the lexicon knows a name is lost, and the
pronouns of a renamed person lose the sex its given name told.
"""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Sequence
from typing import Any

from newsparse.attribution.wordlists import given_name_sex

__all__ = ["renamed"]

_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"


def _invent(length: int, rng: random.Random) -> str:
    letters = [rng.choice(_CONSONANTS if k % 2 == 0 else _VOWELS) for k in range(length)]
    return "".join(letters).capitalize()


def _people(item: dict[str, Any]) -> list[str]:
    people: list[str] = []
    for quote in item["quotes"]:
        words = (quote.get("reference") or "").split()
        if (
            2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and given_name_sex(words[0]) is not None
        ):
            people += [words[0], words[-1]]
    return people


def _rename(item: dict[str, Any], names: dict[str, str]) -> None:
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")

    def swap(text: str) -> str:
        return pattern.sub(lambda m: names[m.group(1)], text)

    item["text"] = swap(item["text"])
    for quote in item["quotes"]:
        quote["text"] = swap(quote["text"])
        quote["reference"] = swap(quote.get("reference") or "")
        for key in ("speaker", "cue"):
            span = quote.get(key)
            if isinstance(span, dict) and "text" in span:
                span["text"] = swap(span["text"])


def renamed(items: Sequence[dict[str, Any]], seed: int = 0) -> list[dict[str, Any]]:
    """Return copies of GGT-shaped *items* with their quoted people renamed.

    :param items: articles with ``text`` and ``quotes`` (``reference`` per quote).
    :param seed: the seed of the first article; article *k* uses ``seed + k``.
    """
    out: list[dict[str, Any]] = []
    for k, item in enumerate(items):
        rng = random.Random(seed + k)
        names: dict[str, str] = {}
        for word in _people(item):
            names.setdefault(word, _invent(len(word), rng))
        copied = copy.deepcopy(item)
        if names:
            _rename(copied, names)
        out.append(copied)
    return out
