"""The rule path: attribution frames read off a clause's words.

Quotations are single tokens here (see :mod:`~newsparse.attribution.words`),
so one set of patterns serves direct, mixed and indirect quotes::

    SPEAKER (adverbs) CUE (hearer) (adjuncts) (that) CONTENT   Mr. Xi said he would ...
    CONTENT , SPEAKER CUE (adjuncts) .                          ..., Howell said.
    CONTENT , CUE SPEAKER .                                     “...,” said Ms. Secord.
    SPEAKER , APPOSITIVE , CUE CONTENT                          Korolev, a lecturer, said ...
    According to SPEAKER , CONTENT                              According to Kim, ...
    CONTENT , according to SPEAKER .
    ... , saying (that) CONTENT                                 speaker of the main clause
    QUOTE , SPEAKER CUE , QUOTE .                               “A,” she said, “B.”

Which cue words are used as verbs is :mod:`~newsparse.attribution.cues`'
business.  Cues of the ``quotation`` class count only beside a quotation.

This module ties the steps together; each has a module of its own:

* :mod:`~newsparse.builtin.quotes.partial_frames` finds each cue's speaker
  and the words its frame occupies, with
  :mod:`~newsparse.builtin.quotes.subject_extent` and
  :mod:`~newsparse.builtin.quotes.appositives`;
* :mod:`~newsparse.builtin.quotes.nested_cues` drops the cues inside another
  cue's content;
* :mod:`~newsparse.builtin.quotes.content_regions` finds the spans each cue
  reports, from where :mod:`~newsparse.builtin.quotes.content_start` says
  they start (past the hearer and the adjuncts), and
  :mod:`~newsparse.builtin.quotes.content_fit` keeps those that fit the cue;
* :mod:`~newsparse.builtin.quotes.naming` adds the reports of verbs of
  naming and characterising, :mod:`~newsparse.builtin.quotes.nominal` those
  of nouns of speech.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.cue_lexicon import CueLexicon
from newsparse.attribution.cues import find_cues
from newsparse.attribution.mentions import EntityIndex
from newsparse.attribution.wordlists import words_of
from newsparse.attribution.words import Word
from newsparse.builtin.quotes.clause_tokens import char_span
from newsparse.builtin.quotes.content_fit import acceptable
from newsparse.builtin.quotes.content_regions import concession_cut, contents, gap_cut, relative_end
from newsparse.builtin.quotes.finite_clause import subject_clause
from newsparse.builtin.quotes.frames import Frame
from newsparse.builtin.quotes.naming import (
    characterised_objects,
    described_as,
    names_a_title,
    naming_complement,
)
from newsparse.builtin.quotes.nested_cues import (
    adverbial_participle,
    clause_relative_cue,
    contrasted_cue,
    coordinated_cue,
    ends_clause,
    nested_dropped,
    opening_source,
    relative_gap_cue,
    time_clause_comma,
)
from newsparse.builtin.quotes.nominal import nominal_frames
from newsparse.builtin.quotes.partial_frames import PartialFrame, partial_frames
from newsparse.builtin.quotes.word_classes import COORDINATORS

__all__ = ["rule_frames"]


def rule_frames(words: Sequence[Word], lexicon: CueLexicon, entities: EntityIndex) -> list[Frame]:
    """Return the attribution frames of one clause.

    :param words: the clause's tokens (:func:`~newsparse.attribution.words.clause_words`).
    :param lexicon: the cue lexicon.
    :param entities: the document's speaker entities.
    :return: frames in the order of their cues.
    """
    hits = find_cues(words, lexicon)
    objects = characterised_objects(words, lexicon, entities) if hits else []
    if objects:
        # ``rated 32% of Republican claims as “false”``: a cue inside the object of
        # a verb of characterising is a noun
        hits = [h for h in hits if not any(v < h.first < k for v, k in objects)]
    if not hits:
        return _besides_verbs(words, lexicon, entities, [])
    partials = nested_dropped(words, partial_frames(words, hits, entities))
    frames = _frames_of(words, partials, entities)
    # a cue that reports nothing inside the content of the frame before it
    # (``said China expresses concern and is cautioning its citizens``,
    # ``According to X, the party has demanded a new minister``) does not cut
    # that content short
    kept = [
        part
        for n, part in enumerate(partials)
        if frames[n].contents
        or (
            not (n > 0 and _idle_quotation_verb(words, part))
            and (
                n == 0
                or (not frames[n - 1].contents and not opening_source(partials[n - 1]))
                or (part.kind != "before" and not adverbial_participle(words, part))
                or partials[n - 1].kind not in ("before", "participle", "according")
                or ends_clause(words, part)
                or coordinated_cue(words, part)
            )
        )
    ]
    if len(kept) < len(partials):
        frames = _frames_of(words, kept, entities)
    if len(kept) > 1:
        kept, frames = _idle_inner_cues(words, kept, frames, entities)
    return _besides_verbs(words, lexicon, entities, frames)


def _idle_inner_cues(
    words: Sequence[Word],
    partials: list[PartialFrame],
    frames: list[Frame],
    entities: EntityIndex,
) -> tuple[list[PartialFrame], list[Frame]]:
    """Drop a cue that reports nothing and leaves the cue before it nothing either.

    ``Officials confirmed Ana Roy claimed the prize last week``: ``claimed``
    has only a noun phrase after it, so it reports nothing; cut at its
    subject, ``confirmed`` would report nothing too.  Without it the clause
    ``Ana Roy claimed the prize last week`` is what was confirmed.
    """
    n = 1
    while n < len(partials):
        if not frames[n].contents and not frames[n - 1].contents:
            trial = partials[:n] + partials[n + 1 :]
            tried = _frames_of(words, trial, entities)
            if tried[n - 1].contents:
                partials, frames = trial, tried
                continue
        n += 1
    return partials, frames


def _idle_quotation_verb(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a verb of speech beside a quotation reports nothing inside the clause.

    ``According to the new rules posted online, bikes are banned``: a verb
    that reports speech only beside a quotation or before ``that``, with
    neither, is no verb of saying here and leaves the clause to the cues
    around it.
    """
    return part.quotation_verb_before and not ends_clause(words, part)


def _besides_verbs(
    words: Sequence[Word], lexicon: CueLexicon, entities: EntityIndex, frames: list[Frame]
) -> list[Frame]:
    """Add the reports no verb of saying frames: ``described as`` and cue nouns."""
    described = frames + described_as(words, lexicon, frames, entities)
    taken = [span for frame in described for span in frame.contents]
    return described + nominal_frames(words, entities, taken, subject_clause)


def _request_after_report(words: Sequence[Word], prev: PartialFrame, part: PartialFrame) -> bool:
    """Whether a request is a second report of the subject of the cue before it.

    ``The principal said in a letter that a guard would be posted, and asked
    parents to remind their children ...``: after a comma and ``and``, a
    tensed verb of requesting shares the subject of the report before it and
    reports its infinitive as that report's speaker does.  Without the comma
    it does so when the reported clause's subject is a personal pronoun
    (``The club said it was short of coaches and encouraged parents to
    volunteer``), whose verbs are the speaker's own either way; a noun
    subject may be the request's (``said the school had hired a guard and
    asked pupils to ...``).  After ``, though`` or ``, while`` and a subject
    of its own (``..., though it warned riders to expect delays``), or in a
    relative clause on a noun set off by a comma (``according to the weather
    office, which had warned residents to stay home``), it is a second report
    too.
    """
    if contrasted_cue(words, part) or clause_relative_cue(words, part):
        return True
    if not coordinated_cue(words, part) or words[part.left].lower != "and":
        return False
    if part.left > 0 and words[part.left - 1].text == ",":
        return True
    start = prev.after + 1 if words[prev.after].lower == "that" else prev.after
    return prev.kind == "before" and words[start].lower in _PERSONAL_SUBJECTS


#: Personal pronouns as subjects of a reported clause.
_PERSONAL_SUBJECTS = words_of("he she it they we")


def _frames_of(
    words: Sequence[Word], partials: Sequence[PartialFrame], entities: EntityIndex
) -> list[Frame]:
    """Return one frame per partial frame, each reporting up to the next one's words."""
    frames: list[Frame] = []
    consumed = 0
    for n, part in enumerate(partials):
        end = partials[n + 1].left if n + 1 < len(partials) else len(words)
        if n + 1 < len(partials):
            # ``..., a day after the Opposition said ...``: a clause of time the
            # writer adds ends the report before it at its comma
            comma = time_clause_comma(words, partials[n + 1])
            if comma is None and relative_gap_cue(words, part, partials[n + 1]):
                # ``..., which she said had been ...``: the relative clause
                # describes the noun before its comma
                comma = partials[n + 1].left - 2
            end = comma if comma is not None and comma > part.after else end
        end = max(relative_end(words, part, end), part.after)
        if names_a_title(words, part):
            # ``an album called “Night Roads”``: a name, no report
            cue = (words[part.hit.first].start, words[part.hit.last].end)
            frames.append(Frame(cue, part.speaker, ()))
            continue
        free: set[tuple[int, int]] = set()
        # a request inside the report of another cue of the clause is part of
        # that report (``said she would ask staff to look at it``), and one
        # coordinated after another verb (``thanked them and asked ...``)
        # is left to that verb's clause; under ``would`` a request is a
        # consequence the content weighs (``because it would encourage buyers
        # to wait``), no report
        request = (
            (
                len(partials) == 1
                and not (part.hit.first > 0 and words[part.hit.first - 1].lower in COORDINATORS)
            )
            or (
                n > 0
                and bool(frames[n - 1].contents)
                and _request_after_report(words, partials[n - 1], part)
            )
        ) and not (part.hit.first > 0 and words[part.hit.first - 1].lower == "would")
        regions, reach = contents(words, part, consumed, end, entities, free, request=request)
        named = naming_complement(words, part, end)
        if named is not None:
            # ``called the plan a costly mistake``: the complement is the content
            regions, reach = [named], named[1]
            free.add(named)
        regions = [
            gap_cut(words, concession_cut(words, r), part)
            for r in regions
            if acceptable(words, r, part, free)
        ]
        if not regions:
            # a cue that reports nothing here leaves its words to the cue after
            # it (``Ottawa has asked Rome for help, she said.``)
            reach = consumed
        cue = (words[part.hit.first].start, words[part.hit.last].end)
        frames.append(Frame(cue, part.speaker, tuple(char_span(words, r) for r in regions)))
        consumed = max(consumed, reach, part.after if regions else consumed)
    return frames
