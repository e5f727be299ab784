"""Verbs of evidence whose subject is evidence: ``The poll suggests ...`` reports no speech.

``suggest``, ``indicate``, ``reveal`` and ``confirm`` (VerbNet
``indicate-78``, the lexicon's ``evidential_cues`` table) report speech only
when a speaker is their subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.cue_lexicon import CueEntry
from newsparse.attribution.mentions import is_speaker_noun, subject_start
from newsparse.attribution.wordlists import DOCUMENT_NOUNS, PREPOSITIONS, words_of
from newsparse.attribution.words import WORD, Word
from newsparse.builtin.quotes.partial_frames import PartialFrame
from newsparse.builtin.quotes.subject_extent import speaker_like
from newsparse.lexicon import default_lexicon

__all__ = ["evidence_subject"]

_EVIDENTIAL = default_lexicon().table("evidential_cues")

#: Cue verbs that are also verbs of evidence (VerbNet ``indicate-78``).
_EVIDENCE_VERBS = frozenset(word for word, role in _EVIDENTIAL if role == "verb")

#: Nouns that name evidence, not a text with words of its own.
_EVIDENCE_NOUNS = frozenset(word for word, role in _EVIDENTIAL if role == "noun")


def evidence_subject(words: Sequence[Word], entry: CueEntry, part: PartialFrame) -> bool:
    """Whether a verb of evidence has evidence as its subject (``The poll suggests ...``).

    ``suggest``, ``indicate``, ``reveal`` and ``confirm`` report speech when a
    speaker is their subject; with a noun that names evidence (``the data``,
    ``the findings``), or any description whose head names no person,
    institution or document (``His record suggests``), the evidence shows
    something and nobody says it.  The head of a description postmodified by
    a place is the noun before the preposition (``Officials in Leeds``).
    """
    if entry.base not in _EVIDENCE_VERBS or part.kind != "before" or part.speaker is None:
        return False
    head = part.hit.first - 1
    while head >= 0 and words[head].end > part.speaker.end:
        head -= 1
    if head >= 0 and words[head].lower in _EVIDENCE_NOUNS:
        return True
    if _evidence_head(words, part.hit.first):
        return True
    first = head
    while first > 0 and words[first - 1].start >= part.speaker.start:
        first -= 1
    opening = next((n for n in range(first + 1, head) if words[n].lower in PREPOSITIONS), None)
    if (
        opening is not None
        and part.speaker.kind == "description"
        and _people_noun(words[opening - 1].lower)
    ):
        # ``Officials in Leeds confirmed``: a noun of people or an institution heads
        # the subject before its postmodifier, whatever the place that ends it
        return False
    return (
        part.speaker.kind == "description"
        and head >= 0
        and not words[head].lower.removesuffix("s").endswith(_PERSON_SUFFIXES)
        and words[head].lower not in DOCUMENT_NOUNS
        and not speaker_like(words, part.speaker)
    )


_RELATIVE_WORDS = words_of("who which that whose")


def _people_noun(noun: str) -> bool:
    """Whether a lower-case noun names people or an institution, no document nor evidence."""
    return (
        noun not in DOCUMENT_NOUNS
        and noun not in _EVIDENCE_NOUNS
        and noun.removesuffix("s") not in DOCUMENT_NOUNS
        and (is_speaker_noun(noun) or is_speaker_noun(noun.removesuffix("s")))
    )


def _evidence_head(words: Sequence[Word], cue: int) -> bool:
    """Whether the subject before ``words[cue]`` has an evidence noun as its head.

    The head is the last word before the subject's first postmodifier (a
    preposition, a past participle and its preposition or a relative
    pronoun, before any comma): ``A study led by researchers at the University of X suggests``,
    ``New data from the agency indicate``.  The people the postmodifier names
    are the evidence's authors, not the speaker.
    """
    first = subject_start(words, cue)
    for n in range(first + 1, cue):
        word = words[n]
        if word.kind != WORD:
            # a comma first: the speaker may interrupt the clause (``The data,
            # the analyst suggested, point to ...``)
            return False
        opens = (
            word.lower in PREPOSITIONS
            or word.lower in _RELATIVE_WORDS
            or (
                word.lower.endswith("ed")
                and n + 1 < cue
                and words[n + 1].kind == WORD
                and words[n + 1].lower in PREPOSITIONS
            )
        )
        if opens:
            return words[n - 1].lower in _EVIDENCE_NOUNS
    return False


#: Endings of nouns of agents and persons (``co-founder``, ``director``, ``analyst``,
#: ``resident``): a subject so headed can speak.
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")
