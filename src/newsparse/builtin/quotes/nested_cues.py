"""Cues inside another cue's content, and cues that open an attribution of their own.

A later cue sits inside the content of the cue before it (``said even though
Canada believes ...``) unless punctuation, a quotation, ``and`` with a subject
that can speak, or ``, while`` separates them; a cue that reports nothing
still ends the content before it when it closes the clause or is coordinated
with the cue before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.wordlists import (
    PREPOSITIONS,
    PRONOUN_NUMBER,
    RELATIVES,
    SUBORDINATORS,
    is_ly_adverb,
    words_of,
)
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word
from newsparse.builtin.quotes.partial_frames import PartialFrame
from newsparse.builtin.quotes.subject_extent import speaker_like
from newsparse.builtin.quotes.word_classes import (
    CONCESSIVES,
    CONTRASTIVES,
    COORDINATORS,
    REQUEST_VERBS,
)
from newsparse.lexicon import default_lexicon

__all__ = [
    "adverbial_participle",
    "clause_relative_cue",
    "contrasted_cue",
    "coordinated_cue",
    "ends_clause",
    "nested_dropped",
    "opening_source",
    "relative_gap_cue",
    "time_clause_comma",
]


def nested_dropped(words: Sequence[Word], partials: list[PartialFrame]) -> list[PartialFrame]:
    """Drop cues inside the clause another cue reports (``said even though Canada believes``).

    A later frame starts a new attribution only after punctuation, a
    quotation or a coordinating ``and`` with a subject that can speak;
    otherwise it sits inside the content of the frame before it.
    """
    kept: list[PartialFrame] = []
    dropped: list[PartialFrame] = []
    for part in partials:
        if kept and (
            _inner_source(words, kept[-1], part)
            or _in_subordinate_clause(words, kept[-1], part)
            or _gerund_conjunct(words, kept[-1], part)
        ):
            continue
        if (
            kept
            and dropped
            and part.speaker is not None
            and part.speaker == dropped[-1].speaker
            and words[part.left].lower in COORDINATORS
            and dropped[-1].left > kept[-1].left
        ):
            # ``May said that the country would declare ... and suggested that``:
            # the coordinated cue shares the subject of the cue it is kept beside,
            # not that of a cue inside its content
            part = part._replace(speaker=kept[-1].speaker)
        if (
            kept
            and part.kind in ("before", "according")
            and kept[-1].kind != "inverted"
            and not _idle_before(words, kept[-1])
        ):
            prev = kept[-1]
            left = part.left
            opener = words[left - 1] if left > 0 else None
            coordinated = (
                words[left].lower in COORDINATORS
                or (opener is not None and opener.lower in COORDINATORS)
                or _contrasted(words, left, part)
                or time_clause_comma(words, part) is not None
                or relative_gap_cue(words, prev, part)
            )
            if (
                left >= prev.after
                and opener is not None
                and opener.kind == WORD
                and not coordinated
                and not _characterisation_after_close(words, prev, part)
            ):
                dropped.append(part)
                continue
            if (
                left >= prev.after
                and prev.kind == "before"
                and opener is not None
                and opener.lower == "and"
                and not speaker_like(words, part.speaker)
            ):
                # ``said the shootings and protests demand that ...``: a noun that
                # names no speaker is part of the content's coordinated subject
                dropped.append(part)
                continue
        kept.append(part)
    return kept


def _in_subordinate_clause(words: Sequence[Word], prev: PartialFrame, part: PartialFrame) -> bool:
    """Whether a cue after ``and`` goes on a subordinate clause inside the content before it.

    ``Ms. Ruiz said the leak began when she came home and asked why the
    floor was wet``: inside the content of a verb of saying, a clause of
    time or reason with a personal pronoun for its subject, up to ``and``
    without a comma, takes the verb after ``and`` as its own second verb;
    the question is part of the content, not a second report of the speaker.
    """
    if (
        prev.kind != "before"
        or part.left < prev.after
        or words[part.left].lower != "and"
        or part.hit.first != part.left + 1
    ):
        return False
    for k in range(part.left - 1, prev.after - 1, -1):
        if words[k].kind != WORD:
            return False
        if words[k].lower in SUBORDINATORS:
            subject = words[k + 1].lower
            return k + 2 < part.left and PRONOUN_NUMBER.get(subject, "thing") != "thing"
    return False


def _gerund_conjunct(words: Sequence[Word], prev: PartialFrame, part: PartialFrame) -> bool:
    """Whether an ``-ing`` cue after ``and`` is a gerund joined to the object of a preposition.

    ``said there was little the city could do beyond enforcing the bylaw and
    reminding residents to ...``: the ``-ing`` form before ``and`` is a
    gerund after a preposition, and the cue joined to it is one too, inside
    the content of the cue before; it opens no participial clause of its own.
    """
    if (
        part.kind != "participle"
        or prev.kind != "before"
        or part.left < prev.after
        or words[part.left].lower != "and"
    ):
        return False
    for k in range(part.left - 1, prev.after, -1):
        word = words[k]
        if word.kind != WORD:
            return False
        if word.lower.endswith("ing") and "-" not in word.lower and k > 0:
            # (``bin-locking rules``: a compound in ``-ing`` modifies a noun)
            return words[k - 1].lower in PREPOSITIONS
    return False


def _characterisation_after_close(
    words: Sequence[Word], prev: PartialFrame, part: PartialFrame
) -> bool:
    """Whether a cue with its own quotation follows a report that closed its content.

    ``Fees will rise, the dean said Monday, in a move students called “a
    scandal.”``: after ``CONTENT , SPEAKER CUE (adjuncts) ,`` the report is
    over, and a verb that characterises with a quotation of its own (a
    relative clause on the noun after the comma) opens an attribution of its
    own, whatever word comes before its subject.
    """
    entry = part.hit.entry
    after = part.hit.last + 1
    if after < len(words) and words[after].lower == "as":
        after += 1  # ``described as “a betrayal”``
    return (
        entry is not None
        and entry.cue_class in ("quotation", "object")
        and after < len(words)
        and words[after].kind == QUOTE
        and prev.left > 0
        and words[prev.left - 1].text == ","
        and _noun_phrase_after_comma(words, prev.after, part.left)
    )


def _noun_phrase_after_comma(words: Sequence[Word], start: int, end: int) -> bool:
    """Whether a comma in ``words[start:end]`` is followed by a noun phrase, not a clause.

    ``..., in a move ...``, ``..., a step ...``: a preposition or an article
    after the comma opens a phrase on the report; ``..., that ...`` or
    ``..., when ...`` would go on with its content.
    """
    commas = [k for k in range(start, end) if words[k].text == ","]
    if not commas or commas[-1] + 1 >= end:
        return False
    first = words[commas[-1] + 1].lower
    return first in _ARTICLES or (first in PREPOSITIONS and first not in SUBORDINATORS)


def _idle_before(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a verb of speech beside a quotation has neither a quotation nor ``that`` after it.

    ``The dispute began two weeks ago, when Olafson told a radio host that
    ...``: ``began`` reports nothing, so no clause after it is its content
    and the cue after it opens an attribution of its own.
    """
    if not part.quotation_verb_before:
        return False
    k = part.after
    if k < len(words) and words[k].text in (",", ":"):
        k += 1
    return not (k < len(words) and (words[k].kind == QUOTE or words[k].lower == "that"))


def _inner_source(words: Sequence[Word], prev: PartialFrame, part: PartialFrame) -> bool:
    """Whether ``according to X`` is set off by commas inside the content of the cue before it.

    ``Ms. Kaur said the plant, according to the union, would lay off 200
    workers``: the source is a parenthesis of the reported clause, which
    runs on through it, as ``in her words`` does.
    """
    return (
        part.kind == "according"
        and not part.initial
        and part.hit.entry is None
        and prev.kind in ("before", "participle")
        and part.left > prev.after
        and words[part.left - 1].text == ","
        and part.after + 1 < len(words)
        and words[part.after].text == ","
        and words[part.after + 1].lower not in COORDINATORS
    )


def relative_gap_cue(words: Sequence[Word], prev: PartialFrame, part: PartialFrame) -> bool:
    """Whether a cue and its subject follow a relative pronoun set off by a comma after a request.

    ``urged the province to expand the loan program, which she said had
    been oversubscribed``: the cue's content is the rest of the relative
    clause, whose subject the pronoun is; a statement about the noun before
    the comma is no part of what the request before it asks.  After a
    statement (``said the issue was overtime, which she said ...``) the
    relative clause goes on the content.
    """
    entry = prev.hit.entry
    left = part.left
    return (
        entry is not None
        and (entry.cue_class == "object" or entry.base in REQUEST_VERBS)
        and not entry.base.endswith(" for")
        and part.kind == "before"
        and part.speaker is not None
        and left >= 2
        and words[left - 1].lower in RELATIVES
        and words[left - 2].text == ","
        and part.speaker.start == words[left].start
    )


#: Words between a relative pronoun and the verb it is the subject of (``which had
#: earlier warned``).
_RELATIVE_VERB_WORDS = words_of("had has have also earlier already repeatedly again")


def clause_relative_cue(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a cue's subject is a relative pronoun set off by a comma (``, which had warned``).

    The relative clause describes the noun before the comma (``according to
    the weather office, which had warned residents to stay home``): it is no
    part of a content before it, and its verb reports for that noun.
    """
    k = part.hit.first - 1
    while k > 0 and (words[k].lower in _RELATIVE_VERB_WORDS or is_ly_adverb(words[k].lower)):
        k -= 1
    return k >= 1 and words[k].lower in RELATIVES and words[k - 1].text == ","


def contrasted_cue(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a cue's clause opens with ``, while`` or ``, though`` and a subject of its own."""
    left = part.left
    if words[left].lower in CONTRASTIVES or words[left].lower in CONCESSIVES:
        left += 1  # the frame's words open with the conjunction
    return _contrasted(words, left, part)


def _contrasted(words: Sequence[Word], left: int, part: PartialFrame) -> bool:
    """Whether a cue's clause opens with ``, while`` or ``, though`` and a subject of its own.

    ``The union argued the contract was void, while the employer maintained it
    was valid``: the clause of contrast holds a second attribution, not more of
    the first one's content; so does a concession (``..., though it warned
    riders to expect delays``), which ends the content before it.
    """
    return (
        left >= 2
        and (words[left - 1].lower in CONTRASTIVES or words[left - 1].lower in CONCESSIVES)
        and words[left - 2].text == ","
        and part.speaker is not None
    )


#: Subordinators of time that open a clause the writer adds after a comma.
_TIME_SUBORDINATORS = words_of("after before")
_ARTICLES = words_of("the a an")
#: The written forms of the lexicon's units of duration (``day``, ``hours``, ``weeks``).
_DURATIONS = frozenset(
    form.lower()
    for row in default_lexicon().table("units")
    if len(row) > 2 and row[1] == "duration"
    for form in row[2].split(";")
    if form
)
#: Words a measure of time before such a subordinator may hold (``a day``, ``just hours``).
_MEASURE_REACH = 3


def time_clause_comma(words: Sequence[Word], part: PartialFrame) -> int | None:
    """Return the comma before a cue's clause when it is a clause of time the writer adds.

    ``The premier promised the clinic would reopen, a day after the
    Opposition said ...``, ``..., hours before critics warned ...``: after a
    comma, an optional measure of time and ``after`` or ``before``, a subject
    with a cue of its own dates the report before it; it is no part of that
    report's content, which ends at the comma.
    """
    left = part.left
    if left >= 1 and words[left - 1].lower in _ARTICLES:
        left -= 1  # ``after the Opposition said``: the article before a name
    if part.speaker is None or left < 2 or words[left - 1].lower not in _TIME_SUBORDINATORS:
        return None
    k = left - 2
    if words[k].kind == WORD and words[k].lower not in _DURATIONS:
        return None  # a measure of time ends with its unit (``a day``, ``hours``)
    while k >= 0 and left - 2 - k < _MEASURE_REACH and words[k].kind == WORD:
        if words[k].lower in PREPOSITIONS:
            return None
        k -= 1
    return k if k >= 0 and words[k].text == "," else None


def opening_source(part: PartialFrame) -> bool:
    """Whether a frame is ``According to X ,`` opening its clause: the rest is its content."""
    return part.kind == "according" and part.initial


def ends_clause(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a frame closes its clause (``..., she said.``): it may attach to what precedes."""
    return all(words[k].kind == PUNCT for k in range(part.after, len(words)))


#: Subordinators that open an adverbial participle clause (``after complaining``).
_ADVERBIAL_OPENERS = words_of("after before while when since by")


def adverbial_participle(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a participle cue opens an adverbial clause (``fired after complaining about``).

    A participle after a subordinator, with a prepositional phrase and no
    content of its own, is part of the content before it, not a new frame
    that cuts it short.
    """
    first, after = part.hit.first, part.hit.last + 1
    return (
        part.kind == "participle"
        and first > 0
        and words[first - 1].lower in _ADVERBIAL_OPENERS
        and after < len(words)
        and words[after].lower in PREPOSITIONS
    )


def coordinated_cue(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a tensed cue is coordinated with the cue before it (``said ... and warned``).

    ``The agency said more rain was due and warned drivers to stay home``: a
    second tensed reporting verb after ``and`` shares the first one's
    subject and ends its content, even when it reports nothing itself.  A
    verb that reports speech only beside a quotation (``cried``, ``sang``)
    is as likely the content's own verb (``said the children laughed and
    cried``) and does not.
    """
    entry = part.hit.entry
    return (
        part.kind == "before"
        and entry is not None
        and not entry.participle
        and entry.cue_class != "quotation"
        and part.hit.first == part.left + 1
        and words[part.left].lower in COORDINATORS
        and words[part.hit.first].lower != entry.base.split(" ", 1)[0]
    )
