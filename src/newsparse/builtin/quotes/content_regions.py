"""The spans a cue reports: before it, after it, or around it.

From a partial frame (:mod:`~newsparse.builtin.quotes.partial_frames`), the
regions of its content: the words before the speaker, the words after the
cue, or both as one when the cue interrupts the clause.  A content ends inside
a relative or an absolute clause, before a concession the writer adds, and
before the main clause's verb when it has no subject of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.cues import skip_left
from newsparse.attribution.mentions import EntityIndex
from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    KIN_NOUNS,
    NEGATIONS,
    PARTICIPLES_IN_N,
    PREPOSITIONS,
    SUBORDINATORS,
    is_ly_adverb,
    words_of,
)
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word, is_capitalised
from newsparse.builtin.quotes.clause_tokens import has_quote, mention_first, trim, words_in
from newsparse.builtin.quotes.content_start import find_content_start
from newsparse.builtin.quotes.finite_clause import clause_before_comma, finite_verb, subject_clause
from newsparse.builtin.quotes.nominal import opens_clause
from newsparse.builtin.quotes.partial_frames import PartialFrame
from newsparse.builtin.quotes.speaker_words import listed_person_noun
from newsparse.builtin.quotes.word_classes import CLAUSE_STARTS, CONCESSIVES
from newsparse.lexicon import default_lexicon

__all__ = ["concession_cut", "contents", "gap_cut", "relative_end"]

#: Conjunctions that open a fronted subordinate clause (``While he admitted ..., he``).
_FRONTED = SUBORDINATORS | words_of("as though")


def _announces(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a colon right after the cue ends the clause: ``Later, Ms. Hart added:``.

    What the cue reports follows the colon (the next paragraph); the words
    before its subject (``Later that evening,``) are no content.
    """
    return part.after == len(words) - 1 and words[part.after].text == ":"


def _before_region(words: Sequence[Word], consumed: int, left: int) -> tuple[int, int] | None:
    if left <= consumed or left <= 0 or words[left - 1].kind == WORD:
        return None
    for k in range(left - 2, consumed, -1):
        if words[k].text == ":" and words[k + 1].start > words[k].end:
            # ``Brill disagreed: the city had frozen fares, she noted``: the
            # words before a colon announce the content, they are not part of it
            consumed = k + 1
            break
    return trim(words, consumed, left)


def _fronted(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a cue stands in a fronted subordinate clause (``While he said ...,``)."""
    first = 0
    while first < part.hit.first and (
        words[first].kind == PUNCT or words[first].lower in ("but", "and", "so", "yet", "still")
    ):
        first += 1
    return words[first].lower in _FRONTED and all(
        words[k].text != "," for k in range(first, part.hit.first)
    )


def relative_end(words: Sequence[Word], part: PartialFrame, end: int) -> int:
    """Return where a cue's content ends inside a relative or an absolute clause.

    ``The mayor, who said the plan was sound, voted against it``: the content
    ends at the comma after which the main clause's verb resumes (an
    auxiliary, a form of *be* or an ``-ed`` past tense).  ``With officials
    saying the bridge was unsafe, the ferry ran all night``: an absolute
    clause opening the sentence ends at the comma before the main clause's
    subject.
    """
    if part.kind != "before":
        return end
    aside = _dash_aside_end(words, part, end)
    if aside is not None:
        return aside
    if (part.left == 0 and words[0].lower == "with") or _fronted(words, part):
        # ``With the union warning that a strike was likely, the talks
        # resumed``, ``While he acknowledged funding was short, he ...``: the
        # fronted clause ends where the main clause's subject opens
        for k in range(part.after, end - 1):
            opener = words[k + 1]
            if words[k].text == "," and (
                opener.lower in CLAUSE_STARTS
                or opener.lower in DETERMINERS
                or is_capitalised(opener)
                or subject_clause(words, (k + 1, end))
            ):
                return k
        return end
    j = skip_left(words, part.hit.first - 1)
    if part.speaker is not None and not (j >= 1 and words[j].lower in ("who", "which")):
        # ``The bill, which Liberals say will lower costs, passed``: the
        # relative pronoun is a word of the content, before the cue's subject
        first = mention_first(words, part.speaker, j)
        if first >= 2 and words[first - 1].lower in ("which", "who"):
            j = first - 1
    if j < 1 or words[j].lower not in ("who", "which") or words[j - 1].text != ",":
        return end
    for k in range(part.after, end - 1):
        if words[k].text != ",":
            continue
        verb = words[k + 1]
        if finite_verb(words, k + 1, end) or (
            verb.kind == WORD and verb.lower.endswith("ed") and not is_capitalised(verb)
        ):
            return k
    return end


def _dash_aside_end(words: Sequence[Word], part: PartialFrame, end: int) -> int | None:
    """Return the closing dash of an aside a cue stands in (``— though Roy denies it —``).

    A pair of dashes sets off a parenthesis; a cue after the opening dash
    reports only up to the closing one (``The plan — which the mayor says
    would cost $2 million — was dropped``), and the clause around the aside
    is no part of its content.
    """
    for k in range(part.hit.first - 1, -1, -1):
        if words[k].text in _DASHES:
            break
    else:
        return None
    for k in range(part.after, end):
        if words[k].text in _DASHES:
            return k
    return None


def _drop_conjunction(words: Sequence[Word], region: tuple[int, int]) -> tuple[int, int] | None:
    start, end = region
    if words[start].lower in ("and", "but") and start + 1 < end:
        return trim(words, start + 1, end)
    return region


def _source_apposition(words: Sequence[Word], tail: tuple[int, int]) -> bool:
    """Whether the words after ``according to X ,`` are a noun phrase naming the source.

    ``according to Westwood Analytics, a Halifax consulting firm``: a
    phrase that opens with a determiner and holds no finite verb nor comma
    describes the source; a clause after the source is reported.
    """
    start, end = tail
    if words[start].lower not in DETERMINERS:
        return False
    if any(words[k].kind == QUOTE or words[k].text in (",", ";") for k in range(start, end)):
        # a quotation, or a clause after a comma, may be reported
        return False
    return not subject_clause(words, tail) and not clause_before_comma(
        words, tail, object_first=False
    )


#: Relative pronouns that open a clause describing a source set off by a comma.
_SOURCE_RELATIVES = frozenset({"which", "who", "whose", "whom"})


def contents(
    words: Sequence[Word],
    part: PartialFrame,
    consumed: int,
    end: int,
    entities: EntityIndex,
    free: set[tuple[int, int]],
    *,
    request: bool = True,
) -> tuple[list[tuple[int, int]], int]:
    """Return the content regions of one frame and how far it reaches.

    Regions that continue a clause the cue interrupts are added to *free*:
    they need not look like a clause of their own.  *request* tells whether
    a verb of requesting may report an infinitive after its hearer.
    """
    regions: list[tuple[int, int]] = []
    reach = part.after
    if part.kind == "according":
        if part.initial:
            start = part.after
            for k in range(part.after, min(end, part.after + 15)):
                if words[k].text == ",":
                    start = k + 1
                    break
                if words[k].kind == QUOTE:
                    break
            region = trim(words, start, end)
            if region is not None:
                regions.append(region)
                reach = end
            return regions, reach
        region = _before_region(words, consumed, part.left)
        tail = None
        if part.after < end and words[part.after].text == ",":
            tail = trim(words, part.after + 1, end)
            if tail is not None and region is None:
                tail = _drop_conjunction(words, tail)
        if region is not None and tail is not None and words_in(words, region) < 3:
            # the source inside the content: "The dam, in his words, is a disgrace."
            whole = (region[0], tail[1])
            regions.append(whole)
            free.add(whole)
            return regions, end
        if region is not None:
            regions.append(region)
        if tail is not None and region is not None and _source_apposition(words, tail):
            # ``..., according to Acme Analytics, a Halifax research firm.``: a
            # noun phrase without a verb after the source is in apposition to it
            return regions, reach
        if tail is not None and region is not None and words[tail[0]].lower in _SOURCE_RELATIVES:
            # ``..., according to the tenants’ association, which formed in the
            # spring.``: a relative clause after the source describes it
            return regions, reach
        if tail is not None and words_in(words, tail) >= 3:
            regions.append(tail)
            reach = end
        return regions, reach
    if part.kind == "bare":
        a = part.after
        if words[a].kind != QUOTE:
            a += 1
        return [(a, a + 1)], a + 1
    if _announces(words, part):
        return regions, reach
    if part.kind == "inverted":
        region = _before_region(words, consumed, part.left)
        if region is not None:
            regions.append(region)
        a = part.after
        if a + 1 < end and words[a].text in (":", ",") and words[a + 1].kind == QUOTE:
            regions.append((a + 1, a + 2))
            reach = a + 2
        return regions, reach
    if (
        part.kind == "before"
        and words[part.left].lower in _RELATIVE_ADVERBS
        and part.after < end
        and words[part.after].text == ","
    ):
        # ``At Grand station, where service continued, platforms were packed``: a
        # relative clause set off by commas reports nothing around it
        return regions, reach
    after_start, after_comma = find_content_start(
        words, part.after, end, part.hit.entry, entities, request=request
    )
    after = trim(words, after_start, end) if after_start is not None else None
    before = _before_region(words, consumed, part.left) if part.kind == "before" else None
    if before is not None and _speaker_as_clause(words, before):
        # ``As his daughter, Gianna, said, the family would keep fighting``: the
        # clause ``as`` opens holds the cue and its speaker, and reports nothing;
        # the main clause after it is what was said
        before = None
        if after is not None and after_comma:
            regions.append(after)
            free.add(after)
            return regions, after[1]
    if after is not None and after_comma and before is not None:
        if _appositive_tail(words, before, after):
            # ``Sales rose 4% last year, she said, the best result since 2019``:
            # a noun phrase after the cue sums up the clause before it, which
            # is the whole report
            regions.append(before)
            after = None
        elif words[before[0]].lower in _FRONTED_ADVERBIAL and not has_quote(words, after):
            # ``When the lights went out, he said, he assumed it was a fuse``: a
            # fronted subordinate clause and the main clause after the cue are
            # one report
            whole = (before[0], after[1])
            regions.append(whole)
            free.add(whole)
            after = whole
        elif has_quote(words, after) or words_in(words, before) >= 3:
            regions.append(before)
            regions.append(after)
            free.add(after)
        elif _only_quotes(words, before) and not subject_clause(words, after):
            # ``“...,” she said, her voice breaking``: an absolute phrase
            # after the cue is no part of the quotation
            regions.append(before)
            after = None
        else:
            # a cue inside the content: "The ferry, he says, will be late again."
            whole = (before[0], after[1])
            regions.append(whole)
            free.add(whole)
            after = whole
    elif after is None and before is not None and _continued_by_subordinate(words, part, end):
        # ``She took the post in 2001, she said, because the hours suited
        # her``: a clause of reason or time after a cue set off by commas goes
        # on the clause the cue interrupts
        joined = trim(words, before[0], end)
        if joined is not None:
            regions.append(joined)
            free.add(joined)
            after = joined
    else:
        if (
            before is not None
            and after is not None
            and words[after[0]].lower in _FRONTED
            and words_in(words, before) >= 3
        ):
            # ``The plant will close, the company said as it reported a loss``: a
            # clause of time or reason after the cue is its adjunct; the clause
            # before it is what was said
            after = None
        if before is not None and (after is None or _only_quotes(words, before)):
            regions.append(before)
            if after is not None and not _reports_again(words, after):
                # ``“...,” Mr. Obama said at the gala dinner in Washington,
                # where ...``: the words after the cue are its adjuncts
                after = None
        if after is not None:
            regions.append(after)
    if after is not None and after in regions:
        reach = after[1]
    return regions, reach


#: Subordinators that open a fronted adverbial clause of time, reason or condition.
_FRONTED_ADVERBIAL = SUBORDINATORS | words_of("if unless as")


def _speaker_as_clause(words: Sequence[Word], before: tuple[int, int]) -> bool:
    """Whether the words before a cue are ``as`` and its speaker's noun phrase alone.

    ``As his daughter, Gianna, said, ...``, ``As the coach, Ivo Dahl, put it,
    ...``: ``as``, then only determiners, possessives, person or role nouns,
    names and commas up to the speaker; a clause of its own (``As prices
    rose``) holds another word.
    """
    first, last = before
    if words[first].lower != "as" or last - first < 2:
        return False
    for k in range(first + 1, last):
        word = words[k]
        if word.kind == PUNCT and word.text == ",":
            continue
        possessive = ("'s", "’s")
        if word.lower.endswith(possessive) or (k + 1 < last and words[k + 1].lower in possessive):
            continue  # a possessor in the speaker's noun phrase: ``the club's captain``
        if word.kind != WORD:
            return False
        if not (
            word.lower in DETERMINERS
            or word.lower in ("'s", "’s")
            or is_capitalised(word)
            or listed_person_noun(word.lower)
            or word.lower in KIN_NOUNS
        ):
            return False
    return True


#: Subordinators of reason and time that go on a clause a cue set off by commas
#: interrupts (concession and contrast open the writer's aside instead).
_CONTINUING = SUBORDINATORS - CONCESSIVES - words_of("while")


def _continued_by_subordinate(words: Sequence[Word], part: PartialFrame, end: int) -> bool:
    """Whether a clause of reason or time follows a cue in commas: ``, she said, because``."""
    a = part.after
    return (
        part.kind == "before"
        and part.left > 0
        and words[part.left - 1].text == ","
        and a + 2 < end
        and words[a].text == ","
        and words[a + 1].lower in _CONTINUING
        and subject_clause(words, (a + 2, end))
    )


def _appositive_tail(
    words: Sequence[Word], before: tuple[int, int], after: tuple[int, int]
) -> bool:
    """Whether the words after a cue that interrupts a whole clause are an appositive.

    ``The clinic sees 90 patients a day, he said, roughly the same number as
    before the flood``: after three words or more that do not end on a verb
    of *be* or an auxiliary (as ``The problem is, she said, ...`` does), a
    noun phrase (:func:`_noun_phrase`) with no comma and no quotation is in
    apposition to that clause, no more content of the cue.
    """
    start, end = after
    if any(words[k].kind == QUOTE or words[k].text in (",", ";") for k in range(start, end)):
        return False
    last = words[before[1] - 1]
    return (
        words_in(words, before) >= 3
        and last.kind == WORD
        and last.lower not in BE_FORMS
        and last.lower not in AUXILIARIES
        and _noun_phrase(words, start, end)
    )


#: Words that open a subordinate clause or a comparison inside a noun phrase
#: (``as before the flood``, ``the most since it opened``, ``more than ...``).
_SUBORDINATE_OPENERS = _FRONTED | _SOURCE_RELATIVES | words_of("that than")
#: Past tenses and participles of irregular verbs (``sold``, ``paid``, ``stolen``).
_IRREGULAR_FORMS = default_lexicon().words("plain_participles") | PARTICIPLES_IN_N
#: Words a noun phrase's head may stand after its determiner (``the highest monthly total``).
_HEAD_REACH = 3


def _noun_phrase(words: Sequence[Word], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` is a noun phrase: determiner, modifiers, head, complement.

    It opens with a determiner that opens no clause (after an adverb of
    degree: ``roughly the same number``), and within three words of it a
    preposition or a subordinator opens the head's complement (``a record
    for the group``, ``the latest start in a decade``).  No word before the
    complement may be a verb: a finite form, an irregular past, or an adverb
    in ``-ly`` right before it (``the owners sold it``, ``the members split
    evenly on ...``).
    """
    if is_ly_adverb(words[start].lower) and start + 1 < end:
        start += 1
    first = words[start].lower
    if first not in DETERMINERS or first in CLAUSE_STARTS:
        return False
    for j in range(start + 2, min(start + 2 + _HEAD_REACH, end)):
        low = words[j].lower
        if low in PREPOSITIONS or low in _SUBORDINATE_OPENERS:
            return not any(
                words[k].kind != WORD
                or finite_verb(words, k, end)
                or (k == j - 1 and is_ly_adverb(words[k].lower))
                or words[k].lower in _IRREGULAR_FORMS
                for k in range(start + 1, j)
            )
    return False


def _reports_again(words: Sequence[Word], region: tuple[int, int]) -> bool:
    """Whether words after a cue that follows a quotation report more: ``that``, a quotation."""
    first = words[region[0]]
    return first.kind == QUOTE or first.lower in CLAUSE_STARTS or has_quote(words, region)


def _only_quotes(words: Sequence[Word], region: tuple[int, int]) -> bool:
    return all(words[k].kind != WORD for k in range(region[0], region[1]))


#: Relative adverbs that open a relative clause: ``where``, ``when``.
_RELATIVE_ADVERBS = words_of("where when whereby")

#: Dashes that set off an aside.
_DASHES = frozenset({"—", "–"})

#: Words that open a comment on the whole clause after a closing dash: a sentential
#: relative.  (An indefinite noun phrase there, ``— a contentious issue``, is as often
#: the speaker's as the writer's, and stays in the content.)
_ASIDE_OPENERS = words_of("which")


def concession_cut(words: Sequence[Word], region: tuple[int, int]) -> tuple[int, int]:
    """Cut a reported span before ``, though ...`` (``..., though it was unclear whether``).

    A concessive clause set off by a comma after the reported clause is the
    writer's comment on the report, as the Gender Gap Tracker annotates it.
    """
    start, end = region
    for k in range(start + 1, end - 1):
        if words[k].text == "," and words[k + 1].lower in CONCESSIVES:
            cut = trim(words, start, k)
            return cut if cut is not None else region
    dashes = [k for k in range(start + 1, end - 1) if words[k].text in _DASHES]
    if len(dashes) == 1 and words[dashes[0] + 1].lower in _ASIDE_OPENERS:
        # ``... when visiting China — which is unchanged``: a sentential
        # relative after a single dash that closes the sentence is the
        # writer's comment
        cut = trim(words, start, dashes[0])
        return cut if cut is not None else region
    return region


def gap_cut(words: Sequence[Word], region: tuple[int, int], part: PartialFrame) -> tuple[int, int]:
    """End a content with no subject before the main clause's verb.

    ``The man police say was driving the car fled on foot``: a content that
    opens with an auxiliary right after its cue has its subject outside it
    (a relative clause without a pronoun), and ends where the verb of the
    main clause follows (an auxiliary, a form of *be* or an ``-ed`` past
    tense with no conjunction before it).
    """
    start, end = region
    if part.kind != "before" or start != part.after:
        return region
    if words[start].lower not in AUXILIARIES and words[start].lower not in BE_FORMS:
        return region
    k = start + 1
    while k < end and (
        words[k].lower in AUXILIARIES
        or words[k].lower in BE_FORMS
        or words[k].lower in NEGATIONS
        or is_ly_adverb(words[k].lower)
    ):
        k += 1  # (``had never missed``: the negation stays in the verb group)
    for n in range(k + 1, end):
        word = words[n]
        if word.kind != WORD or opens_clause(words, n, end):
            return region
        if (
            word.lower in AUXILIARIES
            or word.lower in BE_FORMS
            or (word.lower.endswith("ed") and not is_capitalised(word))
        ):
            cut = trim(words, start, n)
            return cut if cut is not None else region
    return region
