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
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.cue_lexicon import CueEntry, CueLexicon
from newsparse.attribution.cues import CueHit, find_cues, skip_left
from newsparse.attribution.mentions import EntityIndex, subject_start
from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    PREPOSITIONS,
    SUBORDINATORS,
    TIME_WORDS,
    words_of,
)
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word, is_capitalised
from newsparse.builtin.quotes.adjuncts import APPROXIMATORS, approximated
from newsparse.builtin.quotes.clause_tokens import (
    char_span,
    has_quote,
    mention_first,
    trim,
    words_in,
)
from newsparse.builtin.quotes.content_start import find_content_start
from newsparse.builtin.quotes.finite_clause import clause_before_comma, finite_verb, subject_clause
from newsparse.builtin.quotes.frames import Frame
from newsparse.builtin.quotes.nominal import nominal_frames, opens_clause
from newsparse.builtin.quotes.partial_frames import PartialFrame, partial_frames
from newsparse.builtin.quotes.subject_extent import speaker_like
from newsparse.builtin.quotes.word_classes import (
    CLAUSE_STARTS,
    CONTRASTIVES,
    COORDINATORS,
    NOT_CONTENT_AFTER_COMMA,
    opens_quantity,
)
from newsparse.lexicon import default_lexicon

__all__ = ["rule_frames"]

#: Conjunctions that open a fronted subordinate clause (``While he admitted ..., he``).
_FRONTED = SUBORDINATORS | words_of("as though")

#: Objects that make ``say`` mean "show" (``the report says little about ...``).
_QUANTITY_OBJECTS = words_of("little much nothing something anything everything lots plenty")

#: Formulas that ``say`` takes as the name of a speech act (``said goodbye to``).
_FORMULAS = words_of("goodbye good-bye hello farewell grace amen cheese")

#: Apologies that ``say`` takes before ``to`` or ``for`` (``said sorry to``); an answer
#: (``said yes to the offer``) is a vote or a decision, reported as the Gender Gap
#: Tracker annotates it.
_APOLOGIES = words_of("sorry")


def _formula_object(words: Sequence[Word], region: tuple[int, int]) -> bool:
    """Whether ``say`` names a speech act rather than reporting one (``said goodbye``).

    ``She said goodbye to her students``, ``He said sorry for the delay``: a
    greeting or an apology as the object of ``say`` is what was done, with no
    reported statement; ``said sorry times were hard`` still reports.
    """
    start, end = region
    opening = words[start].lower
    if opening in _FORMULAS:
        return True
    if opening not in _APOLOGIES:
        return False
    follower = words[start + 1] if start + 1 < end else None
    return follower is None or follower.kind != WORD or follower.lower in ("to", "for")


#: Cues that also report goals, replies and requests: their content must open with
#: ``that`` or a subject pronoun.
_STRICT_BASES = frozenset({"add", "reply", "respond", "ask", "answer", "agree", "continue"})


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


def _relative_end(words: Sequence[Word], part: PartialFrame, end: int) -> int:
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


def _drop_conjunction(words: Sequence[Word], region: tuple[int, int]) -> tuple[int, int] | None:
    start, end = region
    if words[start].lower in ("and", "but") and start + 1 < end:
        return trim(words, start + 1, end)
    return region


def _contents(
    words: Sequence[Word],
    part: PartialFrame,
    consumed: int,
    end: int,
    entities: EntityIndex,
    free: set[tuple[int, int]],
) -> tuple[list[tuple[int, int]], int]:
    """Return the content regions of one frame and how far it reaches.

    Regions that continue a clause the cue interrupts are added to *free*:
    they need not look like a clause of their own.
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
        if tail is not None and words_in(words, tail) >= 3:
            regions.append(tail)
            reach = end
        return regions, reach
    if part.kind == "bare":
        a = part.after
        if words[a].kind != QUOTE:
            a += 1
        return [(a, a + 1)], a + 1
    if part.kind == "inverted":
        region = _before_region(words, consumed, part.left)
        if region is not None:
            regions.append(region)
        a = part.after
        if a + 1 < end and words[a].text in (":", ",") and words[a + 1].kind == QUOTE:
            regions.append((a + 1, a + 2))
            reach = a + 2
        return regions, reach
    after_start, after_comma = find_content_start(words, part.after, end, part.hit.entry, entities)
    after = trim(words, after_start, end) if after_start is not None else None
    before = _before_region(words, consumed, part.left) if part.kind == "before" else None
    if after is not None and after_comma and before is not None:
        if has_quote(words, after) or words_in(words, before) >= 3:
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
    else:
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


def _reports_again(words: Sequence[Word], region: tuple[int, int]) -> bool:
    """Whether words after a cue that follows a quotation report more: ``that``, a quotation."""
    first = words[region[0]]
    return first.kind == QUOTE or first.lower in CLAUSE_STARTS or has_quote(words, region)


def _only_quotes(words: Sequence[Word], region: tuple[int, int]) -> bool:
    return all(words[k].kind != WORD for k in range(region[0], region[1]))


_EVIDENTIAL = default_lexicon().table("evidential_cues")

#: Cue verbs that are also verbs of evidence (VerbNet ``indicate-78``).
_EVIDENCE_VERBS = frozenset(word for word, role in _EVIDENTIAL if role == "verb")

#: Nouns that name evidence, not a text with words of its own.
_EVIDENCE_NOUNS = frozenset(word for word, role in _EVIDENTIAL if role == "noun")

#: Words that open an indirect question rather than a reported statement.
_QUESTION_WORDS = words_of("how why whether")


def _question_opener(words: Sequence[Word], after: int, start: int) -> bool:
    """Whether a question word stands between a cue and its content, or opens the content."""
    return any(words[k].lower in _QUESTION_WORDS for k in range(after, min(start + 1, len(words))))


def _evidence_subject(words: Sequence[Word], entry: CueEntry, part: PartialFrame) -> bool:
    """Whether a verb of evidence has evidence as its subject (``The poll suggests ...``).

    ``suggest``, ``indicate``, ``reveal`` and ``confirm`` report speech when a
    speaker is their subject; with a noun that names evidence (``the data``,
    ``the findings``), or any description whose head names no person,
    institution or document (``His record suggests``), the evidence shows
    something and nobody says it.
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

    return (
        part.speaker.kind == "description"
        and head >= 0
        and not words[head].lower.removesuffix("s").endswith(_PERSON_SUFFIXES)
        and words[head].lower not in DOCUMENT_NOUNS
        and not speaker_like(words, part.speaker)
    )


_RELATIVE_WORDS = words_of("who which that whose")


def _noun_after_preposition(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a cue in ``-s`` ends an introductory phrase (``Under the new rules, ...``).

    In a prepositional phrase that opens the clause and closes with a comma,
    the ``-s`` form after a description (``the new``, ``Hydro Quebec’s new``)
    is a plural noun (``rules``, ``reports``, ``promises``), not a verb with a
    subject.
    """
    if part.kind != "before" or part.speaker is None or part.speaker.kind != "description":
        return False
    cue = words[part.hit.first]
    if not cue.lower.endswith("s") or cue.lower.endswith("ss"):
        return False
    k = part.hit.first - 1
    while k >= 0 and words[k].start > part.speaker.start:
        k -= 1
    after = part.hit.first + 1
    return (
        k > 0
        and words[k - 1].kind == WORD
        and words[k - 1].lower in PREPOSITIONS
        and (k == 1 or words[k - 2].kind != WORD)
        and after < len(words)
        and words[after].text == ","
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

_TIME_PREPOSITIONS = words_of("on in at this last next early late")


def _infinitive_after(words: Sequence[Word], k: int) -> bool:
    """Whether an infinitive follows a cue, past a time phrase (``agreed on Friday to share``)."""
    end = min(len(words), k + 5)
    while k < end and words[k].kind == WORD:
        low = words[k].lower
        if low == "to":
            return k + 1 < len(words) and _verb_like(words[k + 1])
        if low not in TIME_WORDS and low not in _TIME_PREPOSITIONS:
            return False
        k += 1
    return False


def _verb_like(word: Word) -> bool:
    return (
        word.kind == WORD
        and not is_capitalised(word)
        and word.lower not in DETERMINERS
        and not word.text[:1].isdigit()
    )


def _acceptable(
    words: Sequence[Word], region: tuple[int, int], part: PartialFrame, free: set[tuple[int, int]]
) -> bool:
    """Whether a reported span fits its cue: clause-like after most cues, three words at least.

    After ``say`` and ``write`` anything goes; after other verbs of saying the
    span must open like a clause (``that``, a subject pronoun, a determiner
    or a name; verbs such as ``add`` and ``reply``, which also report goals
    and replies in sport, need ``that`` or a pronoun); ``tell`` and object
    verbs also take ``to`` (``urged residents to conserve water``).
    """
    if has_quote(words, region):
        return True
    if words_in(words, region) < 3:
        return False
    entry = part.hit.entry
    if entry is not None and _evidence_subject(words, entry, part):
        return False
    if _noun_after_preposition(words, part):
        return False
    if part.after <= region[0] and _question_opener(words, part.after, region[0]):
        # an indirect question (``told how``, ``explained why``) names a
        # topic, not a statement that was made
        return False
    if entry is None or part.kind == "inverted" or region in free:
        return True
    if entry.cue_class == "quotation":
        # verbs that mean speech only beside a quotation (``began``, ``called``),
        # or set off by commas inside the clause they report (``The plan, she
        # went on, is sound.``), or before ``that`` and a clause (``joked that
        # ...``, ``shouted that ...``)
        if _that_clause_after(words, region, part):
            return True
        if region[1] <= part.left and part.kind == "before" and entry.base in _TELLING_QUOTATION:
            # ``The bill is dead, one aide joked.``: a verb of joking, reply or
            # complaint closing the clause reports the words before it
            return _ends_clause(words, part)
        return (
            region[1] <= part.left
            and part.after < len(words)
            and words[part.after].text == ","
            and words[region[1]].text == ","
        )
    if region[1] <= part.left:
        # the words before ``X said`` are its content unless the cue takes a
        # complement of its own (``X, Y, agreed on Friday to share data``)
        return not _infinitive_after(words, part.after)
    if entry.base in ("say", "write"):
        # a prepositional phrase is an adjunct or a topic (``wrote about
        # housing``, ``said inside the plant``), not what was said; a
        # preposition before a number approximates it (``about 500 people``)
        opening = words[region[0]].lower
        if opening in PREPOSITIONS:
            if opening == "at" and region[0] + 2 < region[1]:
                # ``said at least 140 people paid``: a bound on a number
                return words[region[0] + 1].lower in ("least", "most")
            return opening in APPROXIMATORS and approximated(words, region[0] + 1, region[1])
        if _formula_object(words, region):
            return False
        if opening in _QUANTITY_OBJECTS:
            return False
        if entry.base == "write" and opening != "that":
            # ``wrote a letter``, ``wrote the first draft while ...``: a noun phrase
            # is the text written, not what it says; a reported clause has a
            # subject and a finite verb
            bare, bare_region = _without_source(words, region)
            return subject_clause(bare, bare_region)
        return True
    first = words[region[0]]
    if first.lower in CLAUSE_STARTS:
        return True
    if entry.cue_class in ("tell", "object") and (
        first.lower == "to"
        or (
            first.lower in ("not", "never")
            and region[0] + 1 < region[1]
            and words[region[0] + 1].lower == "to"
        )
    ):
        # ``urged residents to conserve water``, ``advised people never to ...``
        return True
    if entry.cue_class == "tell" and opens_quantity(first):
        # the hearer took the object: a quantity opens the reported clause's
        # subject (``told reporters more than 90 per cent of requests succeed``)
        return True
    if entry.cue_class == "object":
        # a verb of judgement or description (``praised``, ``labelled``,
        # ``characterised``) reports a clause or an infinitive after its object;
        # a bare noun phrase is what it judges or describes, not what was said
        return entry.base not in _JUDGING or _infinitive(words, region)
    bare, bare_region = _without_source(words, region)
    if subject_clause(bare, bare_region):
        # ``denied the walkout was illegal``, ``insisted producers had known``:
        # a subject and its finite verb open a reported clause without ``that``
        return True
    if entry.base in _STRICT_BASES or entry.cue_class == "report":
        return False
    if first.lower not in DETERMINERS and not is_capitalised(first):
        return False
    # verbs of saying other than ``say`` also take a noun phrase as object
    # (``announced a series of measures``, ``confirmed the move``): a
    # reported clause has a finite verb before its first comma
    return clause_before_comma(bare, bare_region)


#: Verbs that introduce speech only as aspect (Levin's *begin* verbs): never before ``that``.
_CONTINUATION = frozenset(
    verb for verb, group in default_lexicon().table("cue_verb_classes") if group == "continuation"
)

#: Verbs of speech only beside a quotation that also close a clause they report
#: (``..., one aide joked.``): replies, complaints and remarks, not the manner of a
#: sound (``..., the choir sang.``) nor continuing.
_TELLING_QUOTATION = frozenset(
    verb
    for verb, group in default_lexicon().table("cue_verb_classes")
    if group in ("reply", "complaint", "speech")
)


def _that_clause_after(words: Sequence[Word], region: tuple[int, int], part: PartialFrame) -> bool:
    """Whether a verb of manner, complaint or reply reports a ``that`` clause after it.

    Verbs of manner of speaking (Levin 37.3: ``shouted``, ``whispered``),
    complaint (37.8: ``boasted``, ``grumbled``) and reply (``retorted``,
    ``countered``) mean speech beside a quotation, and also before ``that``
    and a clause (``Protesters shouted that the mayor had lied``); verbs of
    continuing (``continued``, ``went on``) never do.
    """
    entry = part.hit.entry
    if entry is None or part.kind != "before" or entry.base in _CONTINUATION:
        return False
    start = region[0]
    if start < part.after or start - part.after > 4 or words[start].lower != "that":
        return False
    rest = (start + 1, region[1])
    if rest[0] >= rest[1]:
        return False
    return words[rest[0]].lower in CLAUSE_STARTS or subject_clause(words, rest)


#: Verbs of judgement (Levin 33) and of characterisation (Levin 29.2).
_JUDGING = frozenset(
    verb
    for verb, group in default_lexicon().table("cue_verb_classes")
    if group in ("judgement", "description")
)


def _infinitive(words: Sequence[Word], region: tuple[int, int]) -> bool:
    """Whether an infinitive (``to`` and a lower-case verb) opens before the span's first comma."""
    for k in range(region[0], region[1] - 1):
        word = words[k]
        if word.kind != WORD:
            if word.text in (",", "—", "–", ";", "(", ":"):
                return False
            continue
        if word.lower == "to":
            verb = words[k + 1]
            if (
                verb.kind == WORD
                and not is_capitalised(verb)
                and verb.lower not in DETERMINERS
                and not verb.text[:1].isdigit()
            ):
                return True
    return False


def _nested_dropped(words: Sequence[Word], partials: list[PartialFrame]) -> list[PartialFrame]:
    """Drop cues inside the clause another cue reports (``said even though Canada believes``).

    A later frame starts a new attribution only after punctuation, a
    quotation or a coordinating ``and`` with a subject that can speak;
    otherwise it sits inside the content of the frame before it.
    """
    kept: list[PartialFrame] = []
    for part in partials:
        if kept and _inner_source(words, kept[-1], part):
            continue
        if kept and part.kind in ("before", "according") and kept[-1].kind != "inverted":
            prev = kept[-1]
            left = part.left
            opener = words[left - 1] if left > 0 else None
            coordinated = (
                words[left].lower in COORDINATORS
                or (opener is not None and opener.lower in COORDINATORS)
                or _contrasted(words, left, part)
            )
            if (
                left >= prev.after
                and opener is not None
                and opener.kind == WORD
                and not coordinated
            ):
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
                continue
        kept.append(part)
    return kept


def _without_source(
    words: Sequence[Word], region: tuple[int, int]
) -> tuple[Sequence[Word], tuple[int, int]]:
    """Return the words and region of a content without its ``, according to X ,`` parenthesis.

    ``told reporters the pool, according to engineers, would need a new roof``
    opens with a subject and its verb once the source set off by commas is
    set aside.
    """
    start, end = region
    for k in range(start + 1, end - 2):
        if words[k].text != "," or words[k + 1].lower != "according" or words[k + 2].lower != "to":
            continue
        close = next((n for n in range(k + 3, end) if words[n].text == ","), None)
        if close is None:
            break
        bare = [*words[:k], *words[close + 1 :]]
        return bare, (start, end - (close + 1 - k))
    return words, region


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


def _contrasted(words: Sequence[Word], left: int, part: PartialFrame) -> bool:
    """Whether a cue's clause opens with ``, while`` and a subject of its own.

    ``The union argued the contract was void, while the employer maintained it
    was valid``: the clause of contrast holds a second attribution, not more of
    the first one's content.
    """
    return (
        left >= 2
        and words[left - 1].lower in CONTRASTIVES
        and words[left - 2].text == ","
        and part.speaker is not None
    )


def rule_frames(words: Sequence[Word], lexicon: CueLexicon, entities: EntityIndex) -> list[Frame]:
    """Return the attribution frames of one clause.

    :param words: the clause's tokens (:func:`~newsparse.attribution.words.clause_words`).
    :param lexicon: the cue lexicon.
    :param entities: the document's speaker entities.
    :return: frames in the order of their cues.
    """
    hits = find_cues(words, lexicon)
    if not hits:
        return _besides_verbs(words, lexicon, entities, [])
    partials = _nested_dropped(words, partial_frames(words, hits, entities))
    frames = _frames_of(words, partials, entities)
    # a cue that reports nothing inside the content of the frame before it
    # (``said China expresses concern and is cautioning its citizens``,
    # ``According to X, the party has demanded a new minister``) does not cut
    # that content short
    kept = [
        part
        for n, part in enumerate(partials)
        if frames[n].contents
        or n == 0
        or (not frames[n - 1].contents and not _opening_source(partials[n - 1]))
        or (part.kind != "before" and not _adverbial_participle(words, part))
        or partials[n - 1].kind not in ("before", "participle", "according")
        or _ends_clause(words, part)
        or _coordinated(words, part)
    ]
    if len(kept) < len(partials):
        frames = _frames_of(words, kept, entities)
    return _besides_verbs(words, lexicon, entities, frames)


def _besides_verbs(
    words: Sequence[Word], lexicon: CueLexicon, entities: EntityIndex, frames: list[Frame]
) -> list[Frame]:
    """Add the reports no verb of saying frames: ``described as`` and cue nouns."""
    described = frames + _described_as(words, lexicon, frames)
    taken = [span for frame in described for span in frame.contents]
    return described + nominal_frames(words, entities, taken, subject_clause)


def _opening_source(part: PartialFrame) -> bool:
    """Whether a frame is ``According to X ,`` opening its clause: the rest is its content."""
    return part.kind == "according" and part.initial


def _ends_clause(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a frame closes its clause (``..., she said.``): it may attach to what precedes."""
    return all(words[k].kind == PUNCT for k in range(part.after, len(words)))


#: Subordinators that open an adverbial participle clause (``after complaining``).
_ADVERBIAL_OPENERS = words_of("after before while when since by")


def _adverbial_participle(words: Sequence[Word], part: PartialFrame) -> bool:
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


def _coordinated(words: Sequence[Word], part: PartialFrame) -> bool:
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


#: Conjunctions of concession that open the writer's aside after a comma.
_CONCESSIVES = words_of("though although")

#: Dashes that set off an aside.
_DASHES = frozenset({"—", "–"})

#: Words that open a comment on the whole clause after a closing dash: a sentential
#: relative.  (An indefinite noun phrase there, ``— a contentious issue``, is as often
#: the speaker's as the writer's, and stays in the content.)
_ASIDE_OPENERS = words_of("which")


def _concession_cut(words: Sequence[Word], region: tuple[int, int]) -> tuple[int, int]:
    """Cut a reported span before ``, though ...`` (``..., though it was unclear whether``).

    A concessive clause set off by a comma after the reported clause is the
    writer's comment on the report, as the Gender Gap Tracker annotates it.
    """
    start, end = region
    for k in range(start + 1, end - 1):
        if words[k].text == "," and words[k + 1].lower in _CONCESSIVES:
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


def _gap_cut(words: Sequence[Word], region: tuple[int, int], part: PartialFrame) -> tuple[int, int]:
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
    while k < end and (words[k].lower in AUXILIARIES or words[k].lower in BE_FORMS):
        k += 1
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


def _frames_of(
    words: Sequence[Word], partials: Sequence[PartialFrame], entities: EntityIndex
) -> list[Frame]:
    """Return one frame per partial frame, each reporting up to the next one's words."""
    frames: list[Frame] = []
    consumed = 0
    for n, part in enumerate(partials):
        end = partials[n + 1].left if n + 1 < len(partials) else len(words)
        end = max(_relative_end(words, part, end), part.after)
        free: set[tuple[int, int]] = set()
        regions, reach = _contents(words, part, consumed, end, entities, free)
        named = _naming_complement(words, part, end)
        if named is not None:
            # ``called the plan a costly mistake``: the complement is the content
            regions, reach = [named], named[1]
            free.add(named)
        regions = [
            _gap_cut(words, _concession_cut(words, r), part)
            for r in regions
            if _acceptable(words, r, part, free)
        ]
        if not regions:
            # a cue that reports nothing here leaves its words to the cue after
            # it (``Ottawa has asked Rome for help, she said.``)
            reach = consumed
        cue = (words[part.hit.first].start, words[part.hit.last].end)
        frames.append(Frame(cue, part.speaker, tuple(char_span(words, r) for r in regions)))
        consumed = max(consumed, reach, part.after if regions else consumed)
    return frames


#: Words a description verb's object may not hold: it ends at punctuation or a clause.
_AS_REACH = 6


def _as_quotation(words: Sequence[Word], hit: CueHit) -> int | None:
    """Return the index of the quotation a characterising cue introduces with ``as``."""
    entry = hit.entry
    if entry is None or entry.cue_class != "object" or " " in entry.base:
        return None
    k = hit.last + 1
    while k < len(words) and k - hit.last <= _AS_REACH and words[k].kind == WORD:
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

_OBJECT_PRONOUNS = words_of("it him her them this that")

_WH_WORDS = words_of("who whom what which that")

_COMPLEMENT_OPENERS = words_of("a an the one")


def _naming_complement(
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


def _described_as(
    words: Sequence[Word], lexicon: CueLexicon, frames: Sequence[Frame]
) -> list[Frame]:
    """Return quotations a verb of characterising introduces with ``as``.

    ``which was described as “basically kidnapping”``, ``describing the
    scene as “chaos”``: the quotation after ``as`` is someone's words, in
    any voice or form of the verb (Levin's characterize verbs, the
    ``object`` cues).  Quotations another frame reports are left alone.
    """
    taken = [span for frame in frames for span in frame.contents]
    found: list[Frame] = []
    for i, word in enumerate(words):
        if word.kind != WORD:
            continue
        entry = lexicon.get(word.lower)
        if entry is None:
            continue
        k = _as_quotation(words, CueHit(i, i, entry))
        if k is None:
            continue
        quote = words[k]
        if any(lo <= quote.start and quote.end <= hi for lo, hi in taken):
            continue
        found.append(Frame((word.start, word.end), None, ((quote.start, quote.end),)))
    return found
