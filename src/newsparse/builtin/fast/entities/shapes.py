"""What a single token looks like: an acronym, a name word, a modifier, a connector."""

from __future__ import annotations

import re
import unicodedata

from newsparse.lexicon import default_lexicon
from newsparse.lexicon.dispatch import LazyPattern

__all__ = [
    "CONNECTORS",
    "NAME_PARTICLES",
    "POSSESSIVES",
    "SPEECH_VERBS",
    "is_acronym",
    "is_modifier_compound",
    "is_name_shaped",
    "strip_possessive",
]

#: Possessive clitics as tokenizers write them.
POSSESSIVES: frozenset[str] = frozenset({"'s", "\u2019s", "'", "\u2019", "s'", "s\u2019"})

#: Lower-case words inside a person's name ("Ursula von der Leyen", "Osama bin Laden"):
#: the lexicon's ``name_particles``.
NAME_PARTICLES: frozenset[str] = default_lexicon().words("name_particles")

# fmt: off
#: Verbs of saying; a name just before or after one is a person.
SPEECH_VERBS: frozenset[str] = frozenset(
    [
        "said", "says", "told", "added", "explained", "wrote", "argued", "noted", "asked",
        "stated", "claimed", "insisted", "warned", "tweeted", "posted", "replied", "recalled",
        "admitted", "acknowledged", "announced", "declared", "believes", "thinks", "suggested",
        "urged", "denied", "confirmed", "describes", "described",
    ]
)
# fmt: on

#: Words that may join capitalised words into one candidate name
#: ("University of New South Wales", "Johnson & Johnson", "People's Daily").
CONNECTORS: frozenset[str] = NAME_PARTICLES | frozenset(
    {"of", "the", "and", "&", "for", "on", "'s", "\u2019s"}
)

#: Lower-case second parts that make a hyphenated word a modifier ("U.S.-led"), and
#: the end of an age ("Eighty-one-year-old" opening a sentence).
_MODIFIER_TAIL = LazyPattern(
    r"-(?:[a-z]{2,}(?:ed|ing)|led|fed|born|run|made|wide|like|style|era|free|class|level|type"
    r"|bound|friendly|centric|area|region|city|state|member|based|backed|owned|old)\Z"
)
_ACRONYM = LazyPattern(r"(?:[A-Z][A-Z&]{1,6}|(?:[A-Z]\.){2,4})\Z")
_ROMAN_NUMERAL = LazyPattern(r"[IVXLC]+\Z")
_NAME = re.compile(
    r"(?:(?:Mc|Mac|De|Di|La|Le|O['\u2019])?[A-Z][a-z]+(?:[-'\u2019][A-Za-z][a-z]*)*|[A-Z]\.)\Z"
)


def is_acronym(word: str) -> bool:
    """Whether *word* is written in capital letters (``NATO``, ``U.N.``), not a Roman numeral.

    :param word: a token's text.
    """
    return _ACRONYM.match(word) is not None and _ROMAN_NUMERAL.match(word) is None


def is_name_shaped(word: str) -> bool:
    """Whether *word* looks like one word of a person's name (``Korolev``, ``Ki-moon``, ``L.``).

    Letters with diacritics count as their base letters (``Hélène``,
    ``Jean-François``, ``Wójcik``).

    :param word: a token's text.
    """
    if _NAME.match(word) is not None:
        return True
    return not word.isascii() and _NAME.match(fold_diacritics(word)) is not None


def fold_diacritics(word: str) -> str:
    """Return *word* with the diacritics of its letters taken off (``Hélène`` -> ``Helene``).

    :param word: a token's text.
    """
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_modifier_compound(word: str) -> bool:
    """Whether *word* is a hyphenated modifier such as ``U.S.-led`` or ``Beijing-based``.

    :param word: a token's text.
    """
    return "-" in word and _MODIFIER_TAIL.search(word) is not None


def strip_possessive(word: str) -> str:
    """Return *word* without a final ``'s`` or ``s'``.

    :param word: a token's text.
    """
    if len(word) > 2 and word[-2:] in ("'s", "\u2019s"):
        return word[:-2]
    if len(word) > 2 and word[-1] in "'\u2019" and word[-2] == "s":
        return word[:-1]
    return word
