"""Reports of verbs of naming and characterising.

A verb of naming reports its second object (``called the plan a costly
mistake``); a verb of characterising reports a quotation after ``as``, in
any voice or form (``was described as “chaos”``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.cue_lexicon import CueLexicon
from newsparse.attribution.cues import CueHit
from newsparse.attribution.mentions import EntityIndex, Mention, mention_before
from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUN_NUMBER,
    SUBORDINATORS,
    TIME_WORDS,
    is_ly_adverb,
    words_of,
)
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word, is_capitalised
from newsparse.builtin.quotes.clause_tokens import has_quote, trim, words_in
from newsparse.builtin.quotes.frames import Frame
from newsparse.builtin.quotes.partial_frames import PartialFrame
from newsparse.builtin.quotes.word_classes import COORDINATORS, NOT_CONTENT_AFTER_COMMA
from newsparse.lexicon import default_lexicon

__all__ = ["characterised_objects", "described_as", "names_a_title", "naming_complement"]

#: Tokens a description verb's object may hold: it ends at a clause's punctuation.
_AS_REACH = 8
#: Punctuation inside an object: ``32% of the claims``, ``the company’s statements``.
_IN_OBJECT = frozenset({"%", "’s", "'s", "’", "'", "-"})


#: Verbs of characterising the cue lexicon does not list, which report a quotation
#: only after ``as`` (``rated the claims as “false”``; lexicon ``characterise_as``).
_CHARACTERISING = default_lexicon().words("characterise_as")


def _characterising(word: str) -> bool:
    """Whether a lower-case word is a form of a verb of :data:`_CHARACTERISING`.

    ``rate``, ``rates``, ``rated``, ``rating``; ``classified``; ``dismisses``.
    """
    verbs = _CHARACTERISING
    if word in verbs:
        return True
    stems: tuple[str, ...] = (word[:-1], word[:-2]) if word.endswith(("s", "d")) else ()
    if word.endswith("ing"):
        stems = (word[:-3], word[:-3] + "e")
    elif word.endswith("ied"):
        stems = (word[:-3] + "y",)
    return any(stem in verbs for stem in stems)


def _as_quotation(words: Sequence[Word], hit: CueHit) -> int | None:
    """Return the index of the quotation a characterising cue introduces with ``as``."""
    entry = hit.entry
    if entry is None:
        verb = words[hit.first]
        if (
            is_capitalised(verb)
            or not _characterising(verb.lower)
            or (hit.first > 0 and words[hit.first - 1].lower in DETERMINERS)
        ):
            return None  # ``Bill Clinton``, ``the list``: a name or a noun
    elif entry.cue_class != "object" or " " in entry.base:
        return None
    k = hit.last + 1
    while (
        k < len(words)
        and k - hit.last <= _AS_REACH
        and (words[k].kind == WORD or words[k].text in _IN_OBJECT)
    ):
        if words[k].lower == "as":
            break
        k += 1
    if k >= len(words) or words[k].lower != "as":
        return None
    k += 1
    if k < len(words) and words[k].lower in ("a", "an", "the"):
        k += 1
    if k >= len(words) or words[k].kind != QUOTE:
        return None
    return k


#: Verbs of naming (Levin's *dub* verbs, 29.3) whose second object says what the
#: speaker calls the first (``called the plan a costly mistake``).
_NAMING_BASES = words_of("call dub label brand term nickname")

#: Auxiliaries of the perfect between a subject and its verb: ``have dismissed``.
_PERFECT = words_of("has have had")

_OBJECT_PRONOUNS = words_of("it him her them this that")

_WH_WORDS = words_of("who whom what which that")

_COMPLEMENT_OPENERS = words_of("a an the one")


#: Words a noun phrase named by a participle may hold before the participle.
_NAMED_REACH = 5
#: Words a quoted title may hold (``“Cowboys and Indians”``).
_TITLE_WORDS = 8
#: Words that open a relative clause whose subject a verb of naming follows
#: (``the plan, which critics called “...”``): a report, not a name.
_RELATIVE_WORDS = words_of("who whom which that whose")
_POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")


def _quoted_title(word: Word) -> bool:
    """Whether a quotation token reads as a title or a name: short, capitalised, no final stop."""
    inner = word.text.strip("\"“”‘’'«» ")
    return (
        0 < len(inner.split()) <= _TITLE_WORDS and inner[0].isupper() and inner[-1] not in ".,;:!?"
    )


def _noun_head(word: Word) -> bool:
    """Whether a word may be the lower-case head noun of a noun phrase (``print``, ``album``)."""
    low = word.lower
    return (
        word.kind == WORD
        and not is_capitalised(word)
        and low.isalpha()
        and low not in PRONOUN_NUMBER
        and low not in DETERMINERS
        and low not in AUXILIARIES
        and low not in BE_FORMS
        and low not in _RELATIVE_WORDS
        and not is_ly_adverb(low)
    )


def names_a_title(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a cue is a participle of naming that gives the noun before it a quoted title.

    ``released an album called “Night Roads”``, ``arrested a man dubbed
    “Big Tony”``, ``was the screen print called “Cowboys and Indians”``: a
    verb of naming in ``-ed`` right after a noun phrase with a determiner that
    is the object of a verb or a preposition (a word other than a
    conjunction or a relative word stands before it), then a short
    quotation that opens with a capital letter and ends with no stop, names
    the noun; it reports no one's words.  The noun phrase may end with a
    name after a preposition (``hosts a countdown on Hitline Radio called
    “Top 20”``).
    """
    hit = part.hit
    entry = hit.entry
    cue = hit.first
    if (
        entry is None
        or entry.base not in _NAMING_BASES
        or hit.last != cue
        or not words[cue].lower.endswith("ed")
        or cue + 1 >= len(words)
        or words[cue + 1].kind != QUOTE
        or not _quoted_title(words[cue + 1])
        or cue < 2
    ):
        return False
    head: int | None = cue - 1
    if not _noun_head(words[cue - 1]):
        head = _before_name_object(words, cue - 1)
    return head is not None and _object_noun_phrase(words, head)


def _before_name_object(words: Sequence[Word], last: int) -> int | None:
    """Return the noun before ``PREPOSITION NAME`` ending at ``words[last]``, if any.

    ``a countdown on Hitline Radio 20``: capitalised words and numbers, a
    preposition, then a lower-case noun.
    """
    k = last
    while (
        k > 0
        and last - k < _NAMED_REACH
        and words[k].kind == WORD
        and (is_capitalised(words[k]) or words[k].text[:1].isdigit())
    ):
        k -= 1
    if k == last or k < 1 or words[k].lower not in PREPOSITIONS or not _noun_head(words[k - 1]):
        return None
    return k - 1


def _object_noun_phrase(words: Sequence[Word], head: int) -> bool:
    """Whether the noun phrase ending with ``words[head]`` has a determiner and is an object.

    A word other than a conjunction or a relative word stands before its
    determiner (a verb or a preposition): the phrase opens no clause.
    """
    k = head
    while k > 0 and head - k < _NAMED_REACH:
        low = words[k].lower
        if words[k].kind != WORD or low in PREPOSITIONS or low in _RELATIVE_WORDS:
            return False
        if low in DETERMINERS or (k < head and low.endswith(_POSSESSIVE_ENDINGS)):
            break
        k -= 1
    if k <= 0 or not (
        words[k].lower in DETERMINERS or words[k].lower.endswith(_POSSESSIVE_ENDINGS)
    ):
        return False
    before = words[k - 1]
    return (
        before.kind == WORD
        and before.lower not in COORDINATORS
        and before.lower not in SUBORDINATORS
        and before.lower not in _RELATIVE_WORDS
    )


def naming_complement(
    words: Sequence[Word], part: PartialFrame, end: int
) -> tuple[int, int] | None:
    """Return the second object of a verb of naming, as the reported span.

    ``CUE OBJECT COMPLEMENT``: the object is a pronoun, a short noun phrase
    or a name, or it is missing after a relative word (``who he calls a
    great kid``); the complement opens with an article, ``one`` or a
    quotation and is no time phrase (``called him the next day``).  It ends
    at a comma before a conjunction or a relative word.
    """
    entry = part.hit.entry
    if entry is None or part.kind != "before" or entry.base not in _NAMING_BASES:
        return None
    k = part.after
    if k >= end or words[k].kind == PUNCT:
        return None
    low = words[k].lower
    if part.left > 0 and words[part.left - 1].lower in _WH_WORDS:
        pass  # the object is the relative word
    elif low in _OBJECT_PRONOUNS:
        k += 1
    elif (low in DETERMINERS and low not in _COMPLEMENT_OPENERS) or low == "the":
        k += 1
        while k < end and k - part.after <= 4 and words[k].kind == WORD:
            if words[k].lower in _COMPLEMENT_OPENERS or is_capitalised(words[k]):
                break
            if words[k].lower in PREPOSITIONS:
                return None
            k += 1
    elif is_capitalised(words[k]):
        while k < end and k - part.after <= 5 and is_capitalised(words[k]):
            k += 1
    else:
        return None
    if k >= end:
        return None
    first = words[k]
    if first.kind != QUOTE and first.lower not in _COMPLEMENT_OPENERS:
        return None
    if k + 1 < end and (words[k + 1].lower in TIME_WORDS or is_capitalised(words[k + 1])):
        return None
    stop = k
    while stop < end:
        word = words[stop]
        if (
            word.text in (",", ";", "—", "–", "(")
            and stop + 1 < end
            and words[stop + 1].lower in NOT_CONTENT_AFTER_COMMA
        ):
            break
        stop += 1
    region = trim(words, k, stop)
    if region is None or (not has_quote(words, region) and words_in(words, region) < 3):
        return None
    return region


def characterised_objects(
    words: Sequence[Word], lexicon: CueLexicon, entities: EntityIndex
) -> list[tuple[int, int]]:
    """Return each characterising verb and its ``as`` quotation, as token indices.

    ``rated 32% of Republican claims as “false”``: the words between are the
    verb's object, so a cue among them (``claims``) is a noun, no verb.  A
    verb of the lexicon's ``characterise_as`` counts in the active voice
    only, with its subject and an object before ``as`` (``The event, billed
    as “the party of the year”``, ``A man listed as “missing”``: a
    participle that names, no one is quoted).
    """
    found: list[tuple[int, int]] = []
    seen = -1
    for a, word in enumerate(words):
        if word.lower != "as" or not _quotation_after_as(words, a):
            continue
        # the verb stands at most :data:`_AS_REACH` tokens before ``as``
        for i in range(max(seen + 1, a - _AS_REACH - 1), a):
            if words[i].kind != WORD:
                continue
            entry = lexicon.get(words[i].lower)
            k = _as_quotation(words, CueHit(i, i, entry))
            if k is not None and (
                entry is not None or (a > i + 1 and _active_subject(words, i, entities))
            ):
                found.append((i, k))
        seen = a
    return found


def _quotation_after_as(words: Sequence[Word], a: int) -> bool:
    """Whether a quotation follows ``as`` at ``words[a]``, after an article at most."""
    k = a + 1
    if k < len(words) and words[k].lower in ("a", "an", "the"):
        k += 1
    return k < len(words) and words[k].kind == QUOTE


def described_as(
    words: Sequence[Word], lexicon: CueLexicon, frames: Sequence[Frame], entities: EntityIndex
) -> list[Frame]:
    """Return quotations a verb of characterising introduces with ``as``.

    ``which was described as “basically kidnapping”``, ``describing the
    scene as “chaos”``: the quotation after ``as`` is someone's words, in
    any voice or form of the verb (Levin's characterize verbs, the
    ``object`` cues and the lexicon's ``characterise_as``).  In the
    active voice the verb's subject says them (``PolitiFact rated 32% of
    the claims as “false”``).  Quotations another frame reports are left alone.
    """
    taken = [span for frame in frames for span in frame.contents]
    found: list[Frame] = []
    for i, k in characterised_objects(words, lexicon, entities):
        word, quote = words[i], words[k]
        if any(lo <= quote.start and quote.end <= hi for lo, hi in taken):
            continue
        speaker = _active_subject(words, i, entities)
        start = quote.start
        if speaker is not None and lexicon.get(word.lower) is None and i + 1 < k:
            # ``rated 32% of the claims as “false” or “pants on fire”``: the object,
            # ``as`` and the quotations, as a cue of the lexicon reports them
            start = words[i + 1].start
            while k + 2 < len(words) and words[k + 1].lower in COORDINATORS:
                if words[k + 2].kind != QUOTE:
                    break
                k += 2
        found.append(Frame((word.start, word.end), speaker, ((start, words[k].end),)))
    return found


def _active_subject(words: Sequence[Word], i: int, entities: EntityIndex) -> Mention | None:
    """Return the subject right before a finite verb ``words[i]`` in the active voice.

    ``PolitiFact rated``, ``Critics have dismissed``: the mention that ends
    before the verb, past adverbs and a perfect auxiliary.  A passive
    (``was rated``) or a participle (``rating``) has none here.
    """
    if words[i].lower.endswith("ing"):
        return None
    j = i - 1
    while j >= 0 and words[j].kind == WORD and is_ly_adverb(words[j].lower):
        j -= 1
    if j >= 0 and words[j].lower in BE_FORMS:
        return None
    if j >= 0 and words[j].lower in _PERFECT:
        j -= 1
    if j < 0 or words[j].kind != WORD:
        return None
    return mention_before(words, j, entities)
