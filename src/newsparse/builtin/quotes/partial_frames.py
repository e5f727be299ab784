"""Each cue's partial frame: its speaker and the words the frame occupies.

A cue takes one of five shapes (:attr:`PartialFrame.kind`): a speaker before
it, a speaker inverted after it (``said Ms. Lee``), a participle whose
speaker is the main clause's (``, saying``), a source after ``according to``,
or a verb right before a quotation with no speaker the patterns know.  A cue
in a condition (``If the coach says ...``) has no frame.  The content is
found later (:mod:`~newsparse.builtin.quotes.content_regions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from newsparse.attribution.cue_lexicon import CueEntry, inflect
from newsparse.attribution.cues import (
    PARTICIPLE_OPENERS,
    CueHit,
    absolute_with,
    implicative_start,
    passive_agent,
    skip_left,
)
from newsparse.attribution.descriptive import plural_of_people
from newsparse.attribution.mentions import (
    EntityIndex,
    Mention,
    abbreviated_before,
    mention_after,
    mention_before,
    opens_participle_phrase,
    present_participle,
    subject_of,
)
from newsparse.attribution.wordlists import (
    BE_FORMS,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUN_NUMBER,
    words_of,
)
from newsparse.attribution.words import QUOTE, WORD, Word, is_capitalised
from newsparse.builtin.quotes.adjuncts import skip_time
from newsparse.builtin.quotes.appositives import (
    apposed_to_reported_subject,
    appositive,
    interrupted_subject,
    relative_closed_by_quotation,
)
from newsparse.builtin.quotes.clause_tokens import clause_initial, mention_first, mention_last
from newsparse.builtin.quotes.main_subject import main_clause_subject
from newsparse.builtin.quotes.subject_extent import (
    before_parenthesis,
    closing_appositive,
    closing_subject,
    coordinated_subject,
    inversion_ok,
    lead_start,
    postmodified_subject,
    quoted_as,
    relative_antecedent,
    source_phrase,
)
from newsparse.builtin.quotes.word_classes import COORDINATORS, QUANTIFIERS, opens_quantity
from newsparse.lexicon import default_lexicon

__all__ = ["PartialFrame", "partial_frames"]

#: Conjunctions of condition: a cue in the clause they open reports nothing yet.
_CONDITIONALS = words_of("if unless")


#: Entity labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _located_place(words: Sequence[Word], mention: Mention, j: int) -> bool:
    """Whether a place entity before a cue follows a preposition (``in northern Manitoba``).

    Lower-case modifiers may stand between the preposition and the place.
    """
    if mention.kind != "entity" or mention.entity is None:
        return False
    if mention.entity.label not in _PLACE_LABELS:
        return False
    k = mention_first(words, mention, j) - 1
    while k > 0 and words[k].kind == WORD and not is_capitalised(words[k]):
        if words[k].lower in PREPOSITIONS:
            return True
        k -= 1
    return False


class PartialFrame(NamedTuple):
    """A cue with its speaker and the words its frame occupies, before its content is found."""

    hit: CueHit
    speaker: Mention | None
    kind: str  # "before", "inverted", "participle", "according", "bare"
    left: int  # first token index the frame occupies
    after: int  # first token index after the frame's cue (and inverted speaker)
    initial: bool

    @property
    def quotation_verb_before(self) -> bool:
        """Whether the cue is a verb of speech beside a quotation, before its content.

        Such a verb (``posted``, ``sang``) reports speech only beside a
        quotation or before ``that``.
        """
        entry = self.hit.entry
        return entry is not None and entry.cue_class == "quotation" and self.kind == "before"


#: Prepositions and conjunctions of time before a participle (``after reading``).
_TIME_SUBORDINATORS = words_of("after before while since upon when until")


def _new_clause(words: Sequence[Word], i: int) -> bool:
    """Whether ``words[i]`` opens a clause joined after a comma (``..., and some say``)."""
    return (
        i >= 2
        and words[i - 1].lower in ("but", "and", "yet", "while")
        and words[i - 2].text in (",", ";")
    )


def _quotation_after(words: Sequence[Word], last: int) -> bool:
    """Whether a quotation follows a cue, after a colon or comma at most (``said: “...”``).

    A verb of saying right before a quotation reports it even when its
    subject is no speaker the patterns know (``A statement sent by the board
    said “...”``): the quotation is a direct quote whose speaker is found
    later.
    """
    k = last + 1
    if k < len(words) and words[k].text in (":", ","):
        k += 1
    return k < len(words) and words[k].kind == QUOTE


#: Words the object of a verb of naming may hold before its quoted complement.
_COMPLEMENT_REACH = 6


def _quoted_complement(words: Sequence[Word], last: int) -> bool:
    """Whether a quotation follows a cue's short object (``calling the stew ‘pig swill’``).

    A verb of speech beside a quotation in a clause of time still reports
    when the quotation is the complement of its object (``apologised after
    calling a rival’s menu “a crime scene”``): a few words, with no
    punctuation, then the quotation.
    """
    k = last + 1
    while k < len(words) and k - last <= _COMPLEMENT_REACH and words[k].kind == WORD:
        k += 1
    return last + 1 < k < len(words) and words[k].kind == QUOTE


#: A surname after an elided particle (``d’Entremont``, ``l’Heureux``): capitalised
#: after the apostrophe, so a part of the name a recogniser may leave out.
_ELIDED_PARTICLE = re.compile(r"[dl][’'][A-Z][\w\-]*")


def _name_cut_short(words: Sequence[Word], speaker: Mention, k: int) -> Mention | None:
    """Return a person entity after an inverted cue extended over the capitalised words after it.

    ``said Charlie King, a Democrat``: a recogniser that read ``King`` as a
    title left the name's end out; one or two capitalised words after the
    entity, up to the clause's end or a comma, finish the name.
    """
    if speaker.kind != "entity" or speaker.entity is None:
        return None
    if speaker.entity.label not in ("PERSON", "PER"):
        return None
    last = mention_last(words, speaker, k)
    n = last + 1
    while (
        n < len(words)
        and n - last <= 2
        and (is_capitalised(words[n]) or _ELIDED_PARTICLE.fullmatch(words[n].text) is not None)
    ):
        n += 1
    if n == last + 1 or n - last > 2:
        return None
    if n < len(words) and words[n].kind == WORD:
        return None
    return Mention(speaker.start, words[n - 1].end, "name")


#: Number words (``dozen``, ``hundred``): a quantity after ``a``.
_NUMBER_WORDS = default_lexicon().words("number_words")
#: The indefinite article: it agrees with a singular noun only.
_INDEFINITE = words_of("a an")


def _relative_clause_subject(words: Sequence[Word], speaker: Mention, j: int) -> Mention | None:
    """Return the subject of a relative clause the description before a cue runs into.

    ``in a move critics called “too little”``, ``a plan riders dubbed ...``:
    ``a`` with a singular noun, then a plural of people, is no one noun
    phrase (the article agrees with a singular only); the plural is the
    subject of a relative clause on the noun, and the speaker, however far
    back the description was read (``The board passed a rule residents``).
    A quantity (``a dozen nurses``, ``a few critics``) makes one phrase.
    """
    if speaker.end != words[j].end:
        return None
    first = mention_first(words, speaker, j)
    if j - first < 2 or words[j - 2].lower not in _INDEFINITE:
        return None
    middle, head = words[j - 1], words[j]
    if (
        middle.kind != WORD
        or is_capitalised(middle)
        or opens_quantity(middle)
        or middle.lower in _NUMBER_WORDS
        or middle.lower.endswith("s")
        or not plural_of_people(head.lower)
    ):
        return None
    return Mention(head.start, head.end, "description")


def _pronoun_and_verb(words: Sequence[Word], j: int) -> Mention | None:
    """Return the personal pronoun and verb right before the coordinator ``words[j]``.

    ``When my mother said that, I laughed and said ...``: the pronoun is the
    subject the verb after ``and`` shares, not the speaker of an earlier cue.
    """
    if j < 2 or words[j - 1].kind != WORD or is_capitalised(words[j - 1]):
        return None
    pronoun = words[j - 2]
    if pronoun.kind != WORD or pronoun.lower not in PRONOUN_NUMBER:
        return None
    if pronoun.lower != "i" and j > 2 and words[j - 3].kind == WORD:
        return None  # ``told him`` ... : an object pronoun's verb, not a subject
    return Mention(pronoun.start, pronoun.end, "pronoun")


def _tense(entry: CueEntry | None) -> str | None:
    """Return ``"present"`` for a cue's ``-s`` form, ``"past"`` for a past form, else ``None``."""
    if entry is None or entry.participle:
        return None
    first = entry.form.split(" ", 1)[0]
    forms = inflect(entry.base.split(" ", 1)[0])
    if first == forms[0]:
        return None
    if first == forms[1]:
        return "present"
    return "past"


def _tense_clash(before: CueHit, hit: CueHit) -> bool:
    """Whether two tensed cues differ in tense (``said`` ... ``and brands``).

    Verbs coordinated under one subject share its tense (``said ... and
    warned``, ``says ... and warns``); a verb of the other tense after
    ``and`` belongs to a subject of its own.
    """
    one, other = _tense(before.entry), _tense(hit.entry)
    return one is not None and other is not None and one != other


def _same_tense_subject(partials: Sequence[PartialFrame], hit: CueHit) -> Mention | None:
    """Return the speaker of the latest earlier cue of the same tense as ``hit``.

    ``acknowledged the consumer brands business was weak and said ...``: the
    verb after ``and`` shares the subject of the cue whose tense it shares,
    not that of a word of the other tense between them.
    """
    for part in reversed(partials):
        if not _tense_clash(part.hit, hit) and _tense(part.hit.entry) is not None:
            return part.speaker
    return None


def partial_frames(
    words: Sequence[Word], hits: Sequence[CueHit], entities: EntityIndex
) -> list[PartialFrame]:
    """Return the partial frame of each cue that can report, in the order of the cues."""
    partials: list[PartialFrame] = []
    previous: Mention | None = None
    cue_words = frozenset(k for hit in hits for k in range(hit.first, hit.last + 1))
    for hit in hits:
        i, last = hit.first, hit.last
        entry = hit.entry
        if entry is None and words[i].lower == "in":
            # "in her words": the possessive names the speaker
            owner = words[i + 1]
            possessive = Mention(owner.start, owner.end, "pronoun")
            partials.append(
                PartialFrame(hit, possessive, "according", i, last + 1, clause_initial(words, i))
            )
            continue
        if entry is None:
            speaker = mention_after(words, last + 1, entities, through_titles=True, bare=True)
            source = source_phrase(words, last + 1)
            if source is not None and (
                speaker is None or (speaker.kind == "description" and source.end > speaker.end)
            ):
                # the whole noun phrase up to the comma or the clause's end
                # (``according to two officials familiar with the talks``)
                speaker = source
            if speaker is None:
                continue
            after = mention_last(words, speaker, last + 1) + 1
            partials.append(
                PartialFrame(hit, speaker, "according", i, after, clause_initial(words, i))
            )
            continue
        prev_low = words[i - 1].lower if i > 0 else ""
        if (
            entry.participle
            and entry.cue_class == "quotation"
            and prev_low in _TIME_SUBORDINATORS
            and not _quotation_after(words, last)
            and not _quoted_complement(words, last)
            and not (last + 1 < len(words) and words[last + 1].lower == "that")
        ):
            # ``knew after reading 20 pages that ...``: a verb that means speech
            # only beside a quotation, in a clause of time with an object, is
            # no report and leaves the clause around it whole
            continue
        if entry.participle and prev_low not in BE_FORMS:
            opening = absolute_with(words, i)
            absolute = mention_before(words, i - 1, entities) if opening is not None else None
            if opening is not None and absolute is not None:
                absolute = _absolute_subject(words, opening, i, absolute, entities)
                # ``..., with officials saying the toll could rise``
                partials.append(PartialFrame(hit, absolute, "before", opening, last + 1, False))
                continue
            quoted = quoted_as(words, i, entities)
            if quoted is not None:
                previous = quoted[0]
                partials.append(
                    PartialFrame(
                        hit, quoted[0], "before", lead_start(words, quoted[1]), last + 1, False
                    )
                )
                continue
            speaker = previous or main_clause_subject(words, i, entities)
            left = i
            while left > 0 and (
                words[left - 1].kind != WORD or words[left - 1].lower in PARTICIPLE_OPENERS
            ):
                if words[left - 1].kind == QUOTE:
                    break
                left -= 1
            partials.append(PartialFrame(hit, speaker, "participle", left, last + 1, False))
            continue
        j = skip_left(words, i - 1)
        if j >= 0 and words[j].lower in BE_FORMS | {"been"} and passive_agent(words, last, entry):
            agent = mention_after(words, last + 2, entities, through_titles=True)
            if agent is not None:
                # ``Parents were told by the board that ...``: the agent spoke
                previous = agent
                after = mention_last(words, agent, last + 2) + 1
                partials.append(PartialFrame(hit, agent, "before", i, after, False))
                continue
        while entry.participle and j >= 0 and words[j].lower in BE_FORMS:
            j = skip_left(words, j - 1)
        if j > 0 and words[j].lower == "to":
            start = implicative_start(words, j)
            if start is not None and words[start].lower.endswith("ing"):
                # ``..., going on to say that``: a participial clause, whose
                # speaker is the main clause's subject
                speaker = previous or subject_of(words, entities, limit=start)
                partials.append(PartialFrame(hit, speaker, "participle", start, last + 1, False))
                continue
            if start is not None:
                # ``The mayor went on to say``: the predicate's subject speaks
                j = skip_left(words, start - 1)
        j = before_parenthesis(words, j)
        antecedent = relative_antecedent(words, j, entities)
        if antecedent is not None:
            # ``economists who argue that``, ``families, many of whom say``
            previous = antecedent
            first = mention_first(words, antecedent, j)
            partials.append(PartialFrame(hit, antecedent, "before", first, last + 1, False))
            continue
        relative = relative_closed_by_quotation(words, j, entities)
        if relative is not None:
            # ``Dr. Mensah, who called the findings “alarming,” said ...``,
            # ``The mayor, who campaigned on getting it “done,” said ...``: the
            # comma inside the quotation closes the relative clause
            previous = relative[0]
            partials.append(PartialFrame(hit, relative[0], "before", i, last + 1, False))
            continue
        if j < 0 or words[j].kind == QUOTE or words[j].text in (",", ":", "—", "–"):
            if j >= 0 and words[j].text == ",":
                found = appositive(words, j, entities)
                if found is None:
                    found = interrupted_subject(words, j, entities)
                    if found is not None and any(found[1] < p.hit.first < j for p in partials):
                        # the phrase between the commas holds a cue of its own
                        # (``The union, which warned that ..., called a strike``)
                        found = None
                if found is not None and apposed_to_reported_subject(words, found[1], cue_words):
                    # ``said the company, Acme Ltd., had insisted on ...``: the name in
                    # commas stands in apposition to the subject of the clause an
                    # earlier cue reports; the later verb belongs to that clause
                    continue
                if found is not None:
                    previous = found[0]
                    lead = lead_start(words, closing_appositive(words, found[1], last))
                    if any(lead < p.hit.first < j for p in partials):
                        # ``Ms. Park, who said she had waited for hours, told ...``:
                        # the relative clause is the content of its own cue
                        lead = i
                    partials.append(PartialFrame(hit, found[0], "before", lead, last + 1, False))
                    continue
            if entry.cue_class in ("speech", "quotation"):
                k = skip_time(words, last + 1, len(words))
                speaker = mention_after(words, k, entities, through_titles=True)
                if speaker is not None and not inversion_ok(words, speaker, k):
                    speaker = _name_cut_short(words, speaker, k)
                if speaker is not None and inversion_ok(words, speaker, k):
                    previous = speaker
                    after = mention_last(words, speaker, k) + 1
                    partials.append(PartialFrame(hit, speaker, "inverted", i, after, False))
                    continue
            if _quotation_after(words, last):
                partials.append(PartialFrame(hit, None, "bare", i, last + 1, False))
            continue
        speaker = mention_before(words, j, entities) or abbreviated_before(words, j, entities)
        if speaker is not None and words[j].lower in COORDINATORS and speaker.end == words[j].end:
            # ``pointed to grants approved last spring and said``: no noun phrase
            # ends on a coordinator; the verb after it shares the clause's subject
            speaker = None
        if speaker is not None and speaker.kind == "description":
            first = mention_first(words, speaker, j)
            if first > 0 and (
                words[first - 1].lower in PREPOSITIONS
                or words[first - 1].lower in POSTMODIFIER_PREPOSITIONS
                or present_participle(words[first - 1])
                or (first - 1 not in cue_words and opens_participle_phrase(words, first - 1))
            ):
                # ``An engineer familiar with the design said``, ``Lawyers
                # representing the family said``: the object of a postmodifier
                # is no subject; the whole phrase is
                speaker = postmodified_subject(words, j, entities, cue_words) or speaker
        elif speaker is not None and _located_place(words, speaker, j):
            # ``A food bank in northern Manitoba says``: the place ends the subject's
            # postmodifier; the whole phrase is the subject
            speaker = postmodified_subject(words, j, entities, cue_words) or speaker
        if speaker is not None and speaker.kind == "description":
            # ``in a move critics called “...”``: the relative clause's own subject
            speaker = _relative_clause_subject(words, speaker, j) or speaker
        if (
            speaker is None
            and words[j].lower.endswith("ed")
            and j > 0
            and words[j - 1].lower not in BE_FORMS
        ):
            # (``A resident who asked not to be identified said``: a passive
            # participle ends a relative clause on the subject, read below)
            reduced = mention_before(words, j - 1, entities)
            if reduced is not None and plural_of_people(words[j - 1].lower):
                # ``People arrested last week said``: a reduced relative clause on
                # a plural of people, with its words of time, is part of the speaker
                speaker = Mention(reduced.start, words[i - 1].end, "description")
            elif reduced is not None and reduced.kind in ("entity", "description"):
                speaker, j = reduced, j - 1
        if speaker is None:
            speaker = postmodified_subject(words, j, entities, cue_words)
        if (
            speaker is None
            and words[j].lower in QUANTIFIERS
            and (clause_initial(words, j) or _new_clause(words, j))
        ):
            # "Some argued that ...", "..., and some say ...": a quantifier is the subject
            speaker = Mention(words[j].start, words[j].end, "description")
        if speaker is None:
            if words[j].lower in COORDINATORS:
                speaker = _pronoun_and_verb(words, j)
                if speaker is None and partials and _tense_clash(partials[-1].hit, hit):
                    # ``said ... competitors and brands selling ...``: a verb of
                    # the other tense after a cue shares no subject with it, but
                    # may share that of an earlier cue of its own tense
                    speaker = _same_tense_subject(partials, hit)
                elif speaker is None:
                    speaker = previous or coordinated_subject(
                        words, subject_of(words, entities, limit=j), entities, j
                    )
                if speaker is not None:
                    partials.append(PartialFrame(hit, speaker, "before", j, last + 1, False))
                    continue
            if _quotation_after(words, last):
                partials.append(PartialFrame(hit, None, "bare", i, last + 1, False))
            continue
        first = mention_first(words, speaker, j)
        closing = closing_subject(words, first, j, last)
        if closing is not None:
            # ``..., people familiar with the talks said.``
            speaker, first = closing, mention_first(words, closing, j)
        first = closing_appositive(words, first, last)
        left = lead_start(words, first)
        if any(words[k].lower in _CONDITIONALS for k in range(max(0, left - 1), first)):
            # ``If the coach says the team is tired, ...``: a condition, not a report
            continue
        previous = speaker
        partials.append(PartialFrame(hit, speaker, "before", left, last + 1, False))
    return partials


def _absolute_subject(
    words: Sequence[Word], opening: int, i: int, last: Mention, entities: EntityIndex
) -> Mention:
    """Return the subject of an absolute ``with`` clause whose participle is at *i*.

    The subject is the noun phrase after ``with``, its postmodifier included
    (``with fans from as far away as Peru and Chile calling ...``): a name
    at its end belongs to the postmodifier.  A name opening it is its own
    head (``with Ana Ruiz of the union saying``).
    """
    first = opening + 1
    inner = [w for w in words[first:i] if w.end <= last.start]
    if not any(w.lower in POSTMODIFIER_PREPOSITIONS for w in inner):
        return last  # (``with general manager Eva Lind saying``: a title and a name)
    head = mention_after(words, first, entities)
    if head is not None and head.kind in ("entity", "name"):
        return head
    if is_capitalised(words[first]):
        return last
    return Mention(words[first].start, words[i - 1].end, "description")
