"""Counted nouns: the noun phrase after a bare number is the unit of a count.

``3,000 troops`` counts ``troop``; ``seven European countries`` counts
``european country``.  The phrase runs from the number to its first plural
noun, over at most three modifiers (adverbs before them, ``newly``,
``critically``, are left out and not counted); ``one`` takes the singular
noun after it.  Superlatives are written as their base adjective (``the 20
most expensive restaurants`` counts ``expensive restaurant``); participles
are left out (``300 recorded songs`` counts ``song``) but hyphenated
adjectives in ``-ed`` stay (``five left-handed pitchers``).  When the
document has part-of-speech tags they decide instead of the spelling.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsparse.builtin.numbers.lexicon import (
    ATTRIBUTIVE_PLURALS,
    COUNT_STOPWORDS,
    IE_NOUNS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_SINGULARS,
    LY_ADJECTIVES,
    LY_NOUNS,
    MONTHS,
    PLAIN_PARTICIPLES,
    S_SINGULARS,
    SUPERLATIVE_ADVERBS,
    UN_VERBS,
    UNINFLECTED_ENDINGS,
    UNINFLECTED_NOUNS,
    US_SINGULARS,
)
from newsparse.builtin.numbers.scanner import UNIT_BY_SURFACE, WORD_RE
from newsparse.lexicon.dispatch import LazyPattern

__all__ = [
    "DEGREE_ADVERBS",
    "NUMBER_AGENT_NOUN",
    "QUANTITY_ADJECTIVES",
    "CountedNoun",
    "adjective_base",
    "counted_name",
    "read_counted_noun",
    "singular",
]

_MAX_MODIFIERS = 3
#: Adverbs left out before the modifiers (``four critically endangered ... cubs``).
_MAX_ADVERBS = 2
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
_MODIFIER_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
#: Degree adverbs without ``-ly`` before an adjective (a closed class), left out of the unit.
DEGREE_ADVERBS = frozenset({"very", "quite", "rather", "fairly", "somewhat", "pretty"})
#: Words between a number and its noun that quantify, not describe (left out of the unit):
#: the comparatives of quantity (``six more players``, ``three further arrests``, ``two
#: fewer seats``) and ``other``.  Plain adjectives of addition describe the noun and stay
#: in it as other adjectives do (``3,000 additional agents``, ``12 extra flights``).
QUANTITY_ADJECTIVES = frozenset({"more", "other", "further", "fewer"})
#: Irregular plurals that end compounds (``grandchildren``, ``stepchildren``, ``schoolchildren``).
_COMPOUND_PLURAL_HEADS = ("children",)
#: Shortest first part of such a compound.
_MIN_COMPOUND_STEM = 3
_IRREGULAR_GRADES = {"best": "good", "worst": "bad", "furthest": "far", "farthest": "far"}
#: Endings of the nouns, verbs and plain adjectives in ``-est`` that are no superlative
#: (forest, interest, protest, contest, request, harvest, suggest, digest, honest,
#: modest, earnest, manifest, arrest, behest, tempest, invest).
_NOT_SUPERLATIVE = (
    "forest",
    "erest",
    "otest",
    "ntest",
    "quest",
    "rvest",
    "uggest",
    "igest",
    "onest",
    "odest",
    "rnest",
    "ifest",
    "rrest",
    "ehest",
    "mpest",
    "ivest",
)
_SHORT_CVC = LazyPattern(r"[^aeiou]?[^aeiou][aeiou][bcdfgkmnpstvz]")
#: An acronym with a plural ``s`` (``RBIs``, ``SUVs``).
_ACRONYM_PLURAL = LazyPattern(r"[A-Z]{2,6}s")
#: An abbreviation written with dots before the counted noun (``U.S.``, ``U.N.-backed``).
_DOTTED = LazyPattern(r"[ \t]+(?P<word>(?:[A-Z]\.){2,3}(?:-[A-Za-z]+)*)(?=[ \t]+[A-Za-z])")
#: A word in ``-ly`` before the noun (``newly``, ``weekly``), left out of the unit.
_ADVERB = LazyPattern(r"[a-z]{3,}ly")
#: A model designation before the counted noun (``40 A321neo jets``, ``12 F-35 fighters``).
_MODEL_WORD = LazyPattern(r"[ \t]+(?P<word>[A-Z][A-Za-z]{0,2}-?[0-9][A-Za-z0-9-]*)(?=[ \t]+[a-z])")
#: The plural of a model designation after its maker's name (``two Boeing 737s``, ``40
#: Airbus A350s``): the name and the model are the counted noun; a decade is no model
#: (``the Sydney 2000s``).
_MODEL_PLURAL = LazyPattern(
    r"[ \t]+(?![12][0-9]{2}0s)"
    r"(?P<model>(?:[A-Z][A-Za-z]?-?)?[0-9][0-9A-Za-z-]*?)s(?![A-Za-z0-9'’-])"
)


#: A noun made of a number and a word in ``-er`` (``3-pointers``, ``18-wheelers``): it
#: names a thing, whose number is part of the name.
NUMBER_AGENT_NOUN = LazyPattern(
    r"[ \t]+(?P<word>[0-9]{1,3}-(?P<noun>[a-z]{3,}er)s)(?![A-Za-z0-9-])"
)


class CountedNoun:
    """The counted noun phrase found after a number.

    :param name: normalised unit name (lower case, head noun singular).
    :param end: offset one past the phrase.
    :param words: the words of the phrase as written.
    """

    __slots__ = ("end", "name", "words")

    def __init__(self, name: str, end: int, words: tuple[str, ...]) -> None:
        self.name = name
        self.end = end
        self.words = words


def singular(word: str) -> str:
    """Return the singular of an English plural noun (lower case).

    :param word: a noun, plural or not.
    :return: its singular; words that do not look plural come back lower-cased.
    """
    if _ACRONYM_PLURAL.fullmatch(word):
        return word[:-1].lower()  # ``RBIs``, ``NGOs``
    lower = word.lower()
    irregular = IRREGULAR_SINGULARS.get(lower)
    if irregular is not None:
        return irregular
    if lower in S_SINGULARS:
        return lower  # ``canvas``
    if lower.endswith("es") and lower[:-2] in S_SINGULARS:
        return lower[:-2]  # ``canvases``, ``lenses``
    head = _compound_plural_head(lower)
    if head is not None:
        return lower[: -len(head)] + IRREGULAR_SINGULARS[head]
    if lower.endswith("men") and len(lower) > 4:
        return lower[:-3] + "man"
    if lower.endswith(("oaves", "eaves", "ieves", "arves", "ooves")):
        return lower[:-3] + "f"  # loaves, leaves, thieves, scarves, hooves
    if lower.endswith(("knives", "wives")) or lower == "lives":
        return lower[:-3] + "fe"
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-1] if lower[:-1] in IE_NOUNS else lower[:-3] + "y"  # birdies, bodies
    if lower.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return lower[:-2]
    if lower.endswith("uses") and len(lower) > 5 and not lower.endswith("auses"):
        return lower[:-2]  # ``bonuses``, ``viruses``; ``causes``, ``clauses`` lose their ``s``
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s")):
        return lower[:-1]
    if _u_plural(lower):
        return lower[:-1]  # ``menus``, ``matatus``
    return lower


#: How many letters a compound keeps before a listed singular in ``-us``, and how long
#: that singular is (``coronavirus``; ``sus`` ends ``tiramisus`` by chance).
_MIN_US_STEM = 3
_MIN_US_TAIL = 5


def _u_plural(lower: str) -> bool:
    """Whether a word in ``-us`` is the plural of a word in ``-u`` (``menus``, ``matatus``).

    It is unless the lexicon's ``us_singulars`` lists it or the word it ends
    in, of five letters or more (``bonus``; ``coronavirus``).
    """
    if not lower.endswith("us") or lower.endswith("ous") or len(lower) < 4:
        return False
    if not lower.isalpha() or lower in US_SINGULARS:
        return False
    return not any(
        lower[cut:] in US_SINGULARS for cut in range(_MIN_US_STEM, len(lower) - _MIN_US_TAIL + 1)
    )


def _compound_plural_head(lower: str) -> str | None:
    """Return the irregular plural ending the compound *lower* (``grandchildren``), if any."""
    for head in _COMPOUND_PLURAL_HEADS:
        if lower.endswith(head) and len(lower) >= len(head) + _MIN_COMPOUND_STEM:
            return head
    return None


def is_plural(word: str) -> bool:
    """Whether *word* looks like a plural noun (a hyphenated one by its head: ``run-ins``)."""
    if _ACRONYM_PLURAL.fullmatch(word):
        return True
    lower = word.lower()
    if "-" in lower:
        parts = lower.split("-")
        if not all(part.isalpha() for part in parts) or len(parts[-1]) < 3:
            return False
        lower = parts[-1]
    if lower in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[lower] != lower or lower in ("people", "police", "staff")
    if lower in S_SINGULARS:
        return False
    if (lower.endswith("men") and len(lower) > 4) or _compound_plural_head(lower) is not None:
        return True
    return (
        len(lower) > 2
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is", "ous", "'s", "’s"))
        and lower.isalpha()
    ) or _u_plural(lower)


def read_counted_noun(
    text: str,
    pos: int,
    limit: int,
    *,
    one: bool,
    hyphenated_ok: bool = True,
    tags: Mapping[int, str] | None = None,
) -> CountedNoun | None:
    """Read the noun phrase counted by the number ending at *pos*.

    :param text: the document text.
    :param pos: offset right after the number.
    :param limit: offset the phrase may not cross (the end of the sentence).
    :param one: whether the number is one, which counts a singular noun.
    :param hyphenated_ok: whether ``21-gun`` may count the singular ``gun``.
    :param tags: universal POS tags by token start offset, when known.
    :return: the counted noun, or ``None``.
    """
    words: list[str] = []
    cursor = pos
    # ``plain-clothes officers``: a hyphenated plural is the noun only when no
    # plural noun follows it within the phrase.
    fallback: CountedNoun | None = None
    invariant = False  # the fallback is a noun whose plural is its singular (``aircraft``)
    agent = NUMBER_AGENT_NOUN.match(text, cursor, limit)
    if (
        agent is not None
        and not one
        and agent.group("noun") not in UNIT_BY_SURFACE
        and agent.group("noun") not in COUNT_STOPWORDS
    ):
        # ``seven 3-pointers``: a noun made of a number and an agent suffix.
        return CountedNoun(agent.group("word")[:-1].lower(), agent.end(), (agent.group("word"),))
    model = _MODEL_WORD.match(text, cursor, limit)
    if model is not None and not one:
        words.append(model.group("word"))
        cursor = model.end()
    skipped = 0
    after_adverb = False
    for step in range(_MAX_MODIFIERS + _MAX_ADVERBS + 1):
        index = step - skipped
        if index > _MAX_MODIFIERS:
            break
        dotted = _DOTTED.match(text, cursor, limit)
        if dotted is not None:
            words.append(dotted.group("word"))  # ``200 U.S. troops``: an abbreviation modifies
            cursor = dotted.end()
            continue
        if (
            words
            and text.startswith(",", cursor)
            and _coordinated_adjective(text, cursor, limit, words, tags)
        ):
            cursor += 1  # ``120 long, narrow plots``: a comma between coordinated adjectives
            skipped += 1
            continue
        match = WORD_RE.match(text, cursor)
        if match is None or match.end() > limit:
            return fallback
        word = match.group("word")
        lower = word.lower()
        attached = index == 0 and "-" in text[cursor : match.start("word")]
        if lower in ("and", "or") and words and not is_plural(words[-1]):
            if invariant:
                return fallback  # ``120 aircraft and 80 crews``: the noun has ended
            cursor = match.end()
            skipped += 1
            continue
        if lower in SUPERLATIVE_ADVERBS and (not words or _possessive(words[-1])):
            cursor = match.end()  # ``the 20 most expensive``, ``12 of Europe's most visited``
            skipped += 1
            continue
        if lower in QUANTITY_ADJECTIVES and not words and index == 0:
            cursor = match.end()  # ``six more players``, ``four other coaches``
            skipped += 1
            continue
        if (
            ((_ADVERB.fullmatch(lower) and not _ly_word(lower)) or lower in DEGREE_ADVERBS)
            and not words
            and skipped < _MAX_ADVERBS
        ):
            cursor = match.end()  # ``three newly built homes``, ``12 very close races``
            skipped += 1
            after_adverb = lower not in DEGREE_ADVERBS
            continue
        if after_adverb and not words and lower in PLAIN_PARTICIPLES:
            # ``48 newly built homes``: after an adverb in ``-ly`` a participle in neither
            # ``-ed`` nor ``-n`` is one too, left out as they are.
            cursor = match.end()
            skipped += 1
            after_adverb = False
            continue
        after_adverb = False
        if lower in COUNT_STOPWORDS or lower.rstrip(".") in MONTHS:
            return fallback
        if attached and "-" in lower:
            first, _, rest = lower.partition("-")
            if first in COUNT_STOPWORDS:
                return fallback  # ``seven-under-par``: a preposition, no noun, follows
            if first not in UNIT_BY_SURFACE and first.isalpha() and rest.isalpha():
                # ``two-party-preferred``, ``a 12-man-strong``: the noun of a compound
                # modifier of three parts is its second.
                end = match.start("word") + len(first)
                return CountedNoun(singular(word[: len(first)]), end, (word[: len(first)],))
        tag = tags.get(match.start("word")) if tags else None
        if tag is not None:
            if tag not in _MODIFIER_TAGS:
                return fallback
            words.append(word)
            cursor = match.end()
            if tag in _NOUN_TAGS and not _continues_phrase(text, cursor, limit, tags or {}):
                return _counted(words, cursor)
            continue
        if index == 0 and lower in UNIT_BY_SURFACE:
            return fallback
        model_plural = _MODEL_PLURAL.match(text, match.end(), limit) if word[0].isupper() else None
        if model_plural is not None and not one:
            # ``two additional Boeing 737s``: a maker's name before a model's plural.
            model_name = f"{word} {model_plural.group('model')}".lower()
            name = counted_name([*words, model_name]) if words else model_name
            written = (*words, word, model_plural.group("model") + "s")
            return CountedNoun(name, model_plural.end(), written)
        if lower.endswith("ly") and not (lower in LY_ADJECTIVES or (lower in LY_NOUNS and not one)):
            return fallback  # an adverb; a noun in ``-ly`` only as a modifier (``45 family homes``)
        words.append(word)
        cursor = match.end()
        if not one and _uninflected(lower) and not is_plural(word):
            # ``120 aircraft``, ``40 sheep``: the noun ends here unless it modifies
            # a plural that follows (``12 aircraft carriers``, ``two cable news hosts``).
            following = WORD_RE.match(text, cursor)
            if following is None or not is_plural(following.group("word")):
                fallback, invariant = _counted(words, cursor), True
            continue
        if is_plural(word):
            if "-" in word and index < _MAX_MODIFIERS:
                fallback = _counted(words, cursor)
                continue
            named = word[0].isupper()
            if (
                IRREGULAR_SINGULARS.get(lower) == lower or lower in ATTRIBUTIVE_PLURALS or named
            ) and index < _MAX_MODIFIERS:
                # ``20,000 police officers``, ``40 staff members``, ``12 sports cars``, ``25
                # Tim Hortons locations``: a plural that is its own singular, modifies as a
                # plural does or is a name, before a plural noun (a lower-case one after a name).
                following = WORD_RE.match(text, cursor)
                if (
                    following is not None
                    and following.end() <= limit
                    and following.group("word").lower() not in COUNT_STOPWORDS
                    and is_plural(following.group("word"))
                    and (not named or following.group("word").islower())
                ):
                    fallback = _counted(words, cursor)
                    continue
            return _counted(words, cursor)
        if index == 0 and (one or (attached and hyphenated_ok)):
            if lower.endswith(("ed", "ing")) and not attached:
                return fallback
            return _counted(words, cursor)
    return fallback


def _coordinated_adjective(
    text: str, comma: int, limit: int, words: Sequence[str], tags: Mapping[int, str] | None
) -> bool:
    """Whether the comma at *comma* joins two adjectives before one plural noun.

    ``thousands of small, friendly deals``: the word before the comma is a
    lower-case modifier and no participle, and the comma is followed by one
    lower-case modifier and a plural noun (by the tags, when known: an
    adjective and a noun).
    """
    before = words[-1]
    if (
        not before.isalpha()
        or not before.islower()
        or is_plural(before)
        or before in COUNT_STOPWORDS
    ):
        return False
    if before.endswith("ed") or before in IRREGULAR_PARTICIPLES:
        return False  # ``40 wounded, local residents said``: a participle used as a noun
    adjective = WORD_RE.match(text, comma + 1)
    if adjective is None or adjective.end() > limit:
        return False
    noun = WORD_RE.match(text, adjective.end())
    if noun is None or noun.end() > limit or "-" in text[adjective.end() : noun.start("word")]:
        return False
    modifier, head = adjective.group("word"), noun.group("word")
    if tags:
        return (
            tags.get(adjective.start("word")) == "ADJ"
            and tags.get(noun.start("word")) in _NOUN_TAGS
        )
    return (
        modifier.isalpha()
        and modifier.islower()
        and modifier not in COUNT_STOPWORDS
        and not is_plural(modifier)
        and (not modifier.endswith("ly") or _ly_word(modifier))
        and head.islower()
        and head not in COUNT_STOPWORDS
        and is_plural(head)
    )


def _uninflected(lower: str) -> bool:
    """Whether a noun's plural is written as its singular (``aircraft``, ``salmon``, ``sheep``).

    The lexicon's listed zero plurals and ``uninflected_nouns`` (words, and
    compounds on their endings: ``spacecraft``, ``swordfish``).
    """
    if IRREGULAR_SINGULARS.get(lower) == lower or lower in UNINFLECTED_NOUNS:
        return True
    return lower.isalpha() and lower.endswith(UNINFLECTED_ENDINGS)


def _possessive(word: str) -> bool:
    """Whether a word ends in a possessive ``'s`` (``Europe's``)."""
    return word.endswith(("'s", "’s"))


def _ly_word(lower: str) -> bool:
    """Whether a word in ``-ly`` is an adjective or a noun (``costly``, ``family``), no adverb."""
    return lower in LY_ADJECTIVES or lower in LY_NOUNS


def _continues_phrase(text: str, pos: int, limit: int, tags: Mapping[int, str]) -> bool:
    match = WORD_RE.match(text, pos)
    if match is None or match.end() > limit:
        return False
    return tags.get(match.start("word")) in _NOUN_TAGS


def _counted(words: list[str], end: int) -> CountedNoun:
    return CountedNoun(counted_name(words), end, tuple(words))


def counted_name(words: Sequence[str]) -> str:
    """Return the unit name of a counted noun phrase: its head singular, participles left out.

    A participle in ``-ed`` or an irregular one in ``-n`` is left out
    (``recorded songs``, ``stolen cars``), and one in
    ``-ing`` before another modifier (``struggling rural banks``); a hyphenated
    adjective in ``-ed`` stays (``left-handed``, ``medium-sized``), and so does an
    adjective of negation in ``un-`` (``unplanned closures``).

    :param words: the words of the phrase as written (``["last", "nine", "matches"]``
        gives ``last nine match``).
    """
    head = singular(words[-1])
    lowered = [_unpossessed(w.lower()) for w in words[:-1]]
    modifiers = [
        adjective_base(word)
        for index, word in enumerate(lowered)
        if (not word.endswith("ed") or _compound_adjective(word) or _negative_adjective(word))
        and word not in IRREGULAR_PARTICIPLES
        and not _present_participle(word, index, len(lowered))
    ]
    return " ".join([*modifiers, head])


def _present_participle(word: str, index: int, count: int) -> bool:
    """Whether a modifier in ``-ing`` is a participle: one before another modifier.

    A noun in ``-ing`` modifies the head right after it (``45 housing units``,
    ``12 training camps``); before another modifier it is a participle
    (``four struggling rural banks`` counts ``rural bank``).
    """
    return index < count - 1 and word.endswith("ing") and len(word) > 5 and word.isalpha()


def _negative_adjective(word: str) -> bool:
    """Whether a word of ``un-`` and ``-ed`` is an adjective of negation (``unplanned``).

    Such words are no participles, there being no verb ``unplan``: they stay
    in the noun.  The participles of the verbs in ``un-`` of the lexicon's
    ``un_verbs`` (``unveiled``, ``united``) and words in ``under-``
    (``underfunded``) are left out.
    """
    if not word.startswith("un") or word.startswith("under") or not word.isalpha():
        return False
    stem = word[:-2]
    return not any(verb in UN_VERBS for verb in (stem, stem + "e", stem[:-1], stem[:-1] + "y"))


def _compound_adjective(word: str) -> bool:
    """Whether a word in ``-ed`` is a compound adjective (``left-handed``, not ``newly-built``)."""
    first, dash, _ = word.partition("-")
    return bool(dash) and not (_ADVERB.fullmatch(first) and not _ly_word(first))


def adjective_base(word: str) -> str:
    """Return the base of a superlative adjective by its morphology (``biggest`` is ``big``).

    ``-iest`` is ``-y`` (``busiest``), a doubled consonant is single (``hottest``),
    a short stem ending consonant-vowel-consonant takes back its ``e``
    (``latest``, ``safest``), as does ``-rgest`` (``largest``); ``best`` and
    ``worst`` are ``good`` and ``bad``.  Words in ``-est`` that are not
    superlatives (``forest``, ``interest``, ``protest``, ``request``) keep
    their form, and so does any other word.

    :param word: a lower-case word.
    """
    irregular = _IRREGULAR_GRADES.get(word)
    if irregular is not None:
        return irregular
    if not word.endswith("est") or len(word) < 6 or word.endswith(_NOT_SUPERLATIVE):
        return word
    stem = word[:-3]
    if stem.endswith("i"):
        return stem[:-1] + "y"
    if stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        return stem[:-1]
    if stem.endswith(("rg", "dg")) or _SHORT_CVC.fullmatch(stem):
        return stem + "e"
    return stem


def _unpossessed(word: str) -> str:
    """Drop the possessive ending of a modifier (``coke's`` is ``coke``)."""
    return word[:-2] if word.endswith(("'s", "’s")) else word
