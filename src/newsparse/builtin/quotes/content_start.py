"""Where the content after a cue starts.

Past a colon or a dash, a parenthetical adverb in commas, the hearer
(:mod:`~newsparse.builtin.quotes.hearer`), the adjuncts
(:mod:`~newsparse.builtin.quotes.adjuncts`) and a short noun phrase that
announces the content before a colon (``said the opposite: that ...``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.cue_lexicon import CueEntry
from newsparse.attribution.mentions import EntityIndex
from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    OBJECT_PRONOUNS,
    PARTICIPANT_POSSESSIVES,
    PARTICIPLES_IN_N,
    PREPOSITIONS,
    TIME_WORDS,
    is_ly_adverb,
    words_of,
)
from newsparse.attribution.words import QUOTE, WORD, Word, is_capitalised
from newsparse.builtin.quotes.adjuncts import skip_adjuncts
from newsparse.builtin.quotes.finite_clause import finite_verb, subject_clause
from newsparse.builtin.quotes.hearer import (
    bare_verb,
    hearer_before_infinitive,
    hearer_before_that,
    infinitive_after_object,
    skip_hearer,
    that_after_hearer,
)
from newsparse.builtin.quotes.word_classes import (
    NOT_CONTENT_AFTER_COMMA,
    PARENTHETICAL_ADVERBS,
    REQUEST_VERBS,
)

__all__ = ["find_content_start"]


def find_content_start(
    words: Sequence[Word],
    a: int,
    end: int,
    entry: CueEntry | None,
    entities: EntityIndex,
    *,
    request: bool = True,
) -> tuple[int | None, bool]:
    """Return where the content after a cue starts and whether it follows a bare comma.

    :param request: whether a verb of requesting may report an infinitive after
        its hearer (not when another cue of the clause reports it).
    """
    k = a
    if k < end and words[k].text in (":", "—", "–"):
        return (k + 1 if k + 1 < end else None), False
    if k + 1 < end and words[k].text == "(" and words[k + 1].kind == QUOTE:
        # a quotation in parentheses names a noun (``the family rule (“No
        # phones”)``): a verb does not open its content with a parenthesis
        return None, False
    comma = False
    if k < end and words[k].text == ",":
        nxt = k + 1
        if nxt < end and words[nxt].kind == QUOTE:
            return nxt, False
        if (
            nxt + 1 < end
            and words[nxt + 1].text == ","
            and (words[nxt].lower in PARENTHETICAL_ADVERBS or words[nxt].lower.endswith("ly"))
        ):
            k = nxt + 2
        else:
            if nxt >= end or words[nxt].lower in NOT_CONTENT_AFTER_COMMA:
                return None, False
            if entry is not None and entry.participle:
                # an -ing form before a comma is a noun in a list
                # (``awareness, labelling, taxes``), not a participial cue
                return None, False
            if words[nxt].kind == WORD and words[nxt].lower.endswith("ing"):
                return None, False
            return nxt, True
    if k + 1 < end and is_ly_adverb(words[k].lower) and words[k + 1].lower == "that":
        k += 1  # ``complained bitterly that``
    if entry is not None and entry.cue_class == "tell":
        k = that_after_hearer(words, skip_hearer(words, k, end, entities), end)
    elif entry is not None and entry.cue_class in ("speech", "report"):
        k = hearer_before_that(words, k, end, entities)
        if request and entry.base in REQUEST_VERBS:
            to = _public_request(words, k, end)
            if to is not None:
                return to, comma
    if (
        entry is not None
        and entry.cue_class in ("tell", "object")
        and k < end
        and words[k].lower == "to"
    ):
        if k + 1 < end and not bare_verb(words[k + 1]):
            # ``advises travellers heading to Peru to consult ...``; with no
            # infinitive, ``to`` names a hearer (``told their story to a
            # packed hall``) and nothing was reported
            later = infinitive_after_object(words, k + 1, end)
            return later, comma
        # ``reminded customers to check ...``: the infinitive is the content
        return k, comma
    if entry is not None and entry.cue_class == "object" and not entry.base.endswith(" for"):
        to = hearer_before_infinitive(words, k, end, entities)
        if to is not None:
            # ``urged residents to ...``: the hearer is no content
            return to, comma
    if entry is not None and entry.cue_class == "object" and not entry.base.endswith(" for"):
        to = infinitive_after_object(words, k, end)
        if to is not None:
            # ``urged Chinese citizens to ...``, ``advises all travellers heading
            # to the coast to ...``: a longer hearer is no content either
            return to, comma
    skipped = k
    k = skip_adjuncts(words, k, end)
    if k > skipped and _relative_on_adjunct(words, k, end):
        # ``wrote in a memo to staff that was later posted``: ``that`` and a
        # verb without a subject open a relative clause on the adjunct's noun
        return None, False
    if k > skipped:
        # ``admitted under questioning by the Crown's lawyer, Ana Roy, that``:
        # a name in apposition to the adjunct's noun
        k = _past_apposed_name(words, k, end)
    if k < end and words[k].text in (":", ","):
        if k + 1 < end and words[k + 1].kind == QUOTE:
            return k + 1, False
        if (
            words[k].text == ","
            and k > skipped
            and not comma
            and k + 1 < end
            and finite_verb(words, k + 1, end)
        ):
            # ``The contract, trustees said Monday, will go to tender``: the
            # rest of the clause the cue and its adjuncts interrupt
            return k + 1, True
        return None, False
    announced = _announcing_object(words, k, end)
    if announced is not None:
        return announced, comma
    if entry is not None and entry.cue_class == "quotation":
        shown = _quotation_after_object(words, k, end)
        if shown is not None:
            return shown, False
    return (k if k < end else None), comma


def _quotation_after_object(words: Sequence[Word], k: int, end: int) -> int | None:
    """Return the quotation a colon sets after the object of a verb of speech beside one.

    ``posted a photo of the plate with the words: “Still cooking.”``, ``The
    crowd chanted a slogan: “No more cuts.”``: what was posted or chanted is
    the object, and the quotation after the colon is what it says.
    """
    if k >= end or words[k].lower not in DETERMINERS or words[k].lower == "that":
        return None
    for n in range(k + 1, end - 1):
        if words[n].kind != WORD and words[n].text != ":":
            return None
        if words[n].text == ":":
            return n + 1 if words[n + 1].kind == QUOTE else None
    return None


def _public_request(words: Sequence[Word], k: int, end: int) -> int | None:
    """Return where the infinitive of a request to a group or the public starts.

    ``asked cottagers to boil their water``, ``is asking anyone at the fair to
    call``: a verb of requesting names its hearer before the infinitive it
    reports, as object verbs do, negated or not (``warned hikers not to
    stray``).  A hearer named or written as a pronoun
    (``asked Ana to wait``, ``asked her to sit``) makes the request an event
    between people, no statement, and a hearer of the first or second
    person (``I ask all my patients to ...``) is the speaker's own, no report.
    """
    if k < end and words[k].lower in PREPOSITIONS:
        # ``get asked by the host to ...``, ``asked for more time to ...``: the
        # agent of a passive or the thing asked for, no hearer
        return None
    to = infinitive_after_object(words, k, end, negated=True)
    if to is None:
        return None
    if any(
        is_capitalised(w) or w.lower in OBJECT_PRONOUNS or w.lower in PARTICIPANT_POSSESSIVES
        for w in words[k:to]
    ):
        return None
    return to


#: Words a name in apposition to an adjunct's noun may hold.
_APPOSED_NAME_REACH = 4

#: Relative pronouns opening a clause set off by commas on an adjunct's noun.
_ADJUNCT_RELATIVES = words_of("which who")

#: Words a participial phrase on an adjunct's noun may hold (``obtained by the paper``).
_PARTICIPIAL_REACH = 8


def _past_apposed_name(words: Sequence[Word], k: int, end: int) -> int:
    """Step over a phrase set off by commas after an adjunct's noun, before ``that``.

    ``acknowledged under cross-examination by the insurer’s lawyer, Ana
    Roy, that ...``: one to four capitalised words between the commas name
    the adjunct's noun; ``said in a memo to staff, obtained by the Herald,
    that ...``, ``wrote in an email, later shared online, that ...``: a
    past participle's phrase modifies it, and so does a relative clause
    (``said in a letter to parents, which was posted online, that ...``).
    The content opens with ``that`` after the phrase.
    """
    if k >= end or words[k].text != ",":
        return k
    c = k + 1
    participle = c < end and (_participle_opening(words, c) or words[c].lower in _ADJUNCT_RELATIVES)
    reach = _PARTICIPIAL_REACH if participle else _APPOSED_NAME_REACH
    while c < end and c - k <= reach and words[c].kind == WORD:
        if not participle and not is_capitalised(words[c]):
            return k
        c += 1
    if c == k + 1 or c + 1 >= end or words[c].text != "," or words[c + 1].lower != "that":
        return k
    return c + 1


def _participle_opening(words: Sequence[Word], c: int) -> bool:
    """Whether a past participle, perhaps after an adverb of time, opens ``words[c:]``."""
    if words[c].lower in _RELATIVE_ADVERBS or is_ly_adverb(words[c].lower):
        c += 1
    if c >= len(words) or words[c].kind != WORD or is_capitalised(words[c]):
        return False
    low = words[c].lower
    return low.endswith("ed") or low in PARTICIPLES_IN_N


def _relative_on_adjunct(words: Sequence[Word], k: int, end: int) -> bool:
    """Whether ``that`` after an adjunct's noun opens a relative clause on that noun.

    A complementiser is followed by a subject; a relative pronoun that is the
    subject of its clause is followed by its verb (``in a memo that was
    posted``, ``in a letter that later circulated``), and an ``-ed`` word
    right after it is a past tense before a preposition too.  After a word of time
    ``that`` may be a demonstrative subject (``said Monday that was the
    plan``), so the adjunct must end with a common noun.
    """
    if k + 1 >= end or words[k].lower != "that":
        return False
    noun = words[k - 1]
    if noun.kind != WORD or is_capitalised(noun) or noun.lower in TIME_WORDS:
        return False
    n = k + 1
    if n + 1 < end and (is_ly_adverb(words[n].lower) or words[n].lower in _RELATIVE_ADVERBS):
        n += 1  # ``that later appeared``
    verb = words[n]
    if verb.kind != WORD or is_capitalised(verb):
        return False
    if finite_verb(words, n, end):
        return True
    # right after a relative pronoun an ``-ed`` word before a preposition is a
    # past tense (an adjective would be followed by its noun: ``that
    # unvaccinated students``)
    nxt = words[n + 1] if n + 1 < end else None
    return (
        verb.lower.endswith("ed")
        and "-" not in verb.lower
        and (nxt is None or nxt.kind != WORD or nxt.lower in PREPOSITIONS)
    )


#: Adverbs of time between a relative pronoun and its verb (``that was later posted``).
_RELATIVE_ADVERBS = words_of("later since then also first")


#: Words a noun phrase object that announces the content after a colon may hold.
_ANNOUNCING_REACH = 4


def _announcing_object(words: Sequence[Word], k: int, end: int) -> int | None:
    """Return where the content starts after an object that announces it before a colon.

    ``said the opposite: that the fines were too small``, ``told them one
    thing: the plant would stay open``: a short noun phrase without a verb
    ends at the colon, and a ``that`` clause or a clause with a subject and
    its verb follows it.
    """
    c = k
    while (
        c < end
        and c - k < _ANNOUNCING_REACH
        and words[c].kind == WORD
        and words[c].lower not in BE_FORMS
        and words[c].lower not in AUXILIARIES
        and words[c].lower not in NOT_CONTENT_AFTER_COMMA
        and words[c].lower != "that"
    ):
        c += 1
    if c == k or c + 1 >= end or words[c].text != ":":
        return None
    if words[c + 1].lower == "that" or subject_clause(words, (c + 1, end)):
        return c + 1
    return None
