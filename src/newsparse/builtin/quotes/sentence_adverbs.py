"""Sentence adverbs the ``entities`` layer took for names: ``Allegedly, ...``.

A capitalised word that opens a sentence and is set off by a comma is
often a sentence adverb (``Allegedly, his sister pleaded ...``,
``Reportedly, the board ...``), and an adverb is never a person's or an
institution's name: it is neither a speaker nor the antecedent of a later
pronoun.  The quote stage drops such entities before it reads speakers.

A word is taken for a sentence adverb when it is one of the lexicon's
``common_words`` or an adverb in ``-ly`` built on an adjective (its stem
ends in an adjective's suffix: ``alleged-ly``, ``apparent-ly``,
``surprising-ly``, ``ironical-ly``, ``fortunate-ly``), and the lexicon knows
no given name or family name spelt so (``Kelly``, ``Emily``, ``Connolly``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsparse.attribution.wordlists import given_name_sex
from newsparse.lexicon import default_lexicon
from newsparse.model import Entity

__all__ = ["is_sentence_adverb", "without_sentence_adverbs"]

_LEXICON = default_lexicon()
#: Capitalised words that are no names (the lexicon's ``common_words``).
_COMMON_WORDS = frozenset(word.lower() for word in _LEXICON.words("common_words"))
#: Given and family names the lexicon knows (lower case).
_KNOWN_NAMES = frozenset(
    word.lower()
    for name in ("reference_family_names", "reference_given_names")
    for word in _LEXICON.words(name)
) | frozenset(name.lower() for name, _sex in _LEXICON.table("given_names"))
#: Endings of the adjectives (and participles) an adverb in ``-ly`` is built on:
#: ``alleged``, ``apparent``, ``significant``, ``final``, ``previous``,
#: ``effective``, ``hopeful``, ``regardless``, ``surprising``, ``presumab(le)``,
#: ``possib(le)``, ``similar``, ``temporari(y)``, ``public``, ``foolish``, and
#: adjectives in ``-e`` (``fortunate``, ``precise``).
_ADJECTIVE_ENDINGS = (
    "ed",
    "ent",
    "ant",
    "al",
    "ous",
    "ive",
    "ful",
    "less",
    "ing",
    "ab",
    "ib",
    "ar",
    "ari",
    "ic",
    "ish",
    "e",
)
#: Letters an adjective's stem holds at least before ``-ly`` (``Ely`` is a name), and
#: a stem whose ``y`` became ``i`` (``lucki-ly``; ``Sicily`` is a place).
_MIN_STEM = 4
_MIN_I_STEM = 5


def is_sentence_adverb(word: str) -> bool:
    """Whether a word, in any case, is a sentence adverb and no name.

    >>> is_sentence_adverb("Allegedly"), is_sentence_adverb("Meanwhile")
    (True, True)
    >>> is_sentence_adverb("Kelly"), is_sentence_adverb("Donnelly")
    (False, False)
    """
    low = word.lower()
    if not low.isalpha() or low in _KNOWN_NAMES or given_name_sex(low) is not None:
        return False
    if low in _COMMON_WORDS:
        return True
    stem = low[:-2]
    if not low.endswith("ly") or len(stem) < _MIN_STEM:
        return False
    return stem.endswith(_ADJECTIVE_ENDINGS) or (stem.endswith("i") and len(stem) >= _MIN_I_STEM)


def _opens_sentence(text: str, starts: Sequence[int], pos: int) -> bool:
    """Whether only punctuation and spaces stand between a sentence start and *pos*."""
    k = bisect.bisect_right(starts, pos) - 1
    start = starts[k] if k >= 0 else 0
    return not any(ch.isalnum() for ch in text[start:pos])


def without_sentence_adverbs(
    text: str, entities: Sequence[Entity], sentence_starts: Sequence[int]
) -> list[Entity]:
    """Return the entities but those that are a sentence adverb set off by a comma.

    :param text: the document text.
    :param entities: the ``entities`` layer.
    :param sentence_starts: where each sentence starts, in order.
    """
    return [
        ent
        for ent in entities
        if not (
            text.startswith(",", ent.end)
            and is_sentence_adverb(text[ent.start : ent.end])
            and _opens_sentence(text, sentence_starts, ent.start)
        )
    ]
