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
from typing import NamedTuple

from newsparse.attribution.cue_lexicon import CueEntry, CueLexicon
from newsparse.attribution.cues import (
    NAME_TITLES,
    PARTICIPLE_OPENERS,
    CueHit,
    absolute_with,
    find_cues,
    implicative_start,
    passive_agent,
    skip_left,
)
from newsparse.attribution.mentions import (
    EntityIndex,
    Mention,
    abbreviated_before,
    first_person,
    is_speaker_noun,
    mention_after,
    mention_before,
    subject_of,
    subject_start,
)
from newsparse.attribution.wordlists import (
    ADVERBS_BEFORE_CUE,
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    NEGATIONS,
    PREPOSITIONS,
    PRONOUN_NUMBER,
    ROLE_TITLES,
    SUBORDINATORS,
    TIME_WORDS,
    is_ly_adverb,
    words_of,
)
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word, is_capitalised
from newsparse.builtin.quotes.adjuncts import APPROXIMATORS, approximated, skip_time
from newsparse.builtin.quotes.clause_tokens import (
    char_span,
    clause_initial,
    digit_group,
    has_quote,
    mention_first,
    mention_last,
    trim,
    words_in,
)
from newsparse.builtin.quotes.content_start import find_content_start
from newsparse.builtin.quotes.finite_clause import clause_before_comma, finite_verb, subject_clause
from newsparse.builtin.quotes.frames import Frame
from newsparse.builtin.quotes.nominal import nominal_frames, opens_clause
from newsparse.builtin.quotes.word_classes import (
    AGENT_PLURALS,
    CLAUSE_STARTS,
    CONTRASTIVES,
    COORDINATORS,
    NOT_CONTENT_AFTER_COMMA,
    PARENTHETICAL_ADVERBS,
    QUANTIFIERS,
    opens_quantity,
)
from newsparse.lexicon import default_lexicon

__all__ = ["rule_frames"]

#: Conjunctions that open a fronted subordinate clause (``While he admitted ..., he``).
_FRONTED = SUBORDINATORS | words_of("as though")

#: Conjunctions of condition: a cue in the clause they open reports nothing yet.
_CONDITIONALS = words_of("if unless")

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

_NOT_LEAD = (
    PREPOSITIONS
    | AUXILIARIES
    | BE_FORMS
    | NEGATIONS
    | words_of(
        """
    and or but that who which whom as than if when while said says told
    """
    )
) - {"of"}


class _Partial(NamedTuple):
    """A cue with its speaker and the words its frame occupies, before its content is found."""

    hit: CueHit
    speaker: Mention | None
    kind: str  # "before", "inverted", "participle", "according", "bare"
    left: int  # first token index the frame occupies
    after: int  # first token index after the frame's cue (and inverted speaker)
    initial: bool


def _appositive(
    words: Sequence[Word], comma: int, entities: EntityIndex
) -> tuple[Mention, int] | None:
    """Find ``NAME , APPOSITIVE ,`` (or ``TITLE , NAME ,``) ending at the comma before a cue.

    The appositive may hold commas of its own (``Ana Costa, a nurse working
    in Dayton, Ohio, and a union steward, said``): the leftmost name that
    opens the clause wins, unless the last stretch between commas is itself
    a name.
    """
    commas: list[int] = []
    for k in range(comma - 1, max(-1, comma - 45), -1):
        if words[k].kind == QUOTE:
            break
        if words[k].text == ",":
            commas.append(k)
    if not commas:
        return None
    last = commas[0]
    opening = last + 1
    if len(commas) > 1 and opening + 1 == comma and words[opening].text.isdigit():
        # ``Back in Shaunavon, retired farmer Elmer Gustafson, 82, says``: an age
        # between commas leaves the appositive before it
        before = _appositive(words, last, entities)
        if before is not None:
            return before
    # ``Environmental groups, including Ecojustice, say``, ``The minister,
    # speaking at Acme Hall, said``: a name inside a prepositional or
    # participial phrase is that phrase's object, not an appositive
    modifier = _modifier_opening(words[opening])
    if (
        not modifier
        and opening + 2 < comma
        and words[opening].kind == WORD
        and not is_capitalised(words[opening])
        and words[opening + 1].text.rstrip(".") in NAME_TITLES
    ):
        # ``The bill's sponsor, state Sen. Ann Ruiz, said``: a modifier of the title
        opening += 1
    named = _after_role_words(words, opening, comma)
    if named is not None:
        modifier = False  # ``retired teacher Evelyn Nakamura``: an adjective, no phrase
        # ``One of them, retired teacher Evelyn Nakamura, said``: lower-case
        # modifiers and a role noun before the name
        opening = named
    inner = None if modifier else mention_after(words, opening, entities)
    if (
        inner is not None
        and mention_last(words, inner, opening) < comma - 1
        and words[opening].lower.rstrip(".") in ROLE_TITLES
    ):
        # ``Her colleague, MNA Ann Roy, said``: a title the entities took
        # for a name of its own opens the name
        title = opening + 2 if words[opening + 1].text == "." else opening + 1
        inner = mention_after(words, title, entities) if title < comma else None
        opening = title if inner is not None else opening
    if (
        inner is not None
        and mention_last(words, inner, opening) < comma - 1
        and _capitalised_run(words, opening, comma)
    ):
        # ``The store’s owner, Arctic Provisions Co-operative, said``: a name
        # the entities split in two is the whole run of capitalised words
        inner = Mention(words[opening].start, words[comma - 1].end, "name")
    if (
        inner is not None
        and inner.kind in ("entity", "name")
        and opening < comma
        and (
            mention_last(words, inner, opening) == comma - 1
            or _affiliation_to(words, mention_last(words, inner, opening) + 1, comma)
        )
    ):
        return inner, _lead(words, last + 1)
    if (
        not modifier
        and _definite_name(words, opening, comma)
        and subject_of(words, entities, limit=last)
    ):
        # ``The fleet’s association, the North Coast Gillnetters, warned``
        name = Mention(words[opening + 1].start, words[comma - 1].end, "name")
        return name, _lead(words, last + 1)
    for k in reversed(commas):
        mention = mention_before(words, k - 1, entities)
        if mention is None or mention.kind not in ("entity", "name"):
            continue
        first = mention_first(words, mention, k - 1)
        lead = _lead(words, first)
        if modifier and not clause_initial(words, lead):
            # after a name inside a phrase, only a name opening the clause is
            # its subject (``Republican nominee Donald Trump, in particular,``)
            continue
        if (
            lead == 0
            or words[lead - 1].kind != WORD
            or words[lead - 1].lower in COORDINATORS
            or words[lead - 1].lower in SUBORDINATORS
        ):
            return mention, lead
    return None


#: Words a name between commas may hold.
_NAME_REACH = 6

#: Lower-case words before a name in an appositive: modifiers and a role noun.
_ROLE_WORDS_REACH = 3

#: Prepositions that join a person's affiliation or home town to the name.
_AFFILIATION_OPENERS = words_of("of from at with")


def _after_role_words(words: Sequence[Word], opening: int, comma: int) -> int | None:
    """Return where the name starts after lower-case modifiers and a role noun.

    ``retired teacher Evelyn Nakamura``, ``longtime union steward Ana Roy``:
    one to three lower-case words, the last a noun of a person or a role or
    an age (``78-year-old``), then a capitalised word.
    """
    k = opening
    while k < comma and k - opening < _ROLE_WORDS_REACH and words[k].kind == WORD:
        if is_capitalised(words[k]) or words[k].lower in DETERMINERS:
            break
        k += 1
    if k == opening or k >= comma or not is_capitalised(words[k]):
        return None
    # ``78-year-old Edna Sawchuk``: an age is a role of its own
    before = words[k - 1].lower
    return k if is_speaker_noun(before) or before.endswith("-year-old") else None


def _affiliation_to(words: Sequence[Word], k: int, comma: int) -> bool:
    """Whether ``words[k:comma]`` is an affiliation or a home town: ``of Burlington``.

    A preposition of affiliation, then capitalised words of one name
    (``of the Fraser Institute``, ``from Red Deer``).
    """
    if k >= comma or words[k].lower not in _AFFILIATION_OPENERS:
        return False
    rest = list(words[k + 1 : comma])
    if rest and rest[0].lower == "the":
        rest = rest[1:]
    return (
        0 < len(rest) <= _NAME_REACH
        and is_capitalised(rest[0])
        and all(
            w.kind == WORD
            and (is_capitalised(w) or w.lower in ("of", "and", "&"))
            and w.lower not in TIME_WORDS
            for w in rest
        )
    )


def _capitalised_run(words: Sequence[Word], first: int, comma: int) -> bool:
    """Whether ``words[first:comma]`` are capitalised words of a name, no date among them."""
    return 1 < comma - first <= _NAME_REACH and all(
        words[k].kind == WORD
        and is_capitalised(words[k])
        and words[k].lower not in TIME_WORDS
        and words[k].lower not in DETERMINERS
        for k in range(first, comma)
    )


#: Words an interrupting phrase between a subject and its cue may hold.
_INTERRUPTER_REACH = 12

#: Words a phrase set off by commas between a subject and its cue may hold
#: (``speaking on condition of anonymity because they were not authorized to ...``).
_ASIDE_REACH = 20

#: Words a phrase between commas that a relative clause extends may hold
#: (``The president, a retired teacher who has lived there for 30 years, said``).
_RELATIVE_REACH = 20


def _modifier_opening(word: Word) -> bool:
    """Whether a word opens a prepositional or participial phrase (``including``, ``of``)."""
    return word.kind == WORD and (
        word.lower in PREPOSITIONS
        or (
            word.lower.endswith(("ing", "ed"))
            and not is_capitalised(word)
            and word.lower not in NOT_CONTENT_AFTER_COMMA
        )
    )


#: Articles that open an appositive classifying a subject (``The driver, a nurse, said``).
_INDEFINITES = words_of("a an")

#: Relative words that open a clause set off by commas after a subject.
_RELATIVE_INTERRUPTERS = words_of("which who whose")

#: Connectives set off by commas inside a clause (``The minister, however, said``).
_CONNECTIVES = PARENTHETICAL_ADVERBS | words_of(
    "meanwhile nonetheless nevertheless meantime though too"
)


def _definite_name(words: Sequence[Word], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` is ``the`` and a capitalised name (``the Shore Trawlermen``).

    After a subject (``The fleet’s association, the North Coast Gillnetters,
    warned``) such a name is an appositive that names the speaker.
    """
    return (
        end - start >= 2
        and words[start].lower == "the"
        and all(words[k].kind == WORD and is_capitalised(words[k]) for k in range(start + 1, end))
    )


def _interrupted(
    words: Sequence[Word], comma: int, entities: EntityIndex, depth: int = 0
) -> tuple[Mention, int] | None:
    """Find ``SUBJECT , ADJUNCT , CUE``: the subject before a phrase set off by commas.

    ``The railway, in a statement, said ...``, ``The town’s engineer,
    speaking after the meeting, said ...``, ``The winger, 23, revealed
    ...``, ``The coach, asked about it, said ...``, ``The company, which
    employs 400 people, said ...``, ``The minister, however, said ...``: a
    prepositional, participial or relative phrase, an age or a connective
    between commas is no appositive, and the clause's subject, which ends at
    the first comma, is the speaker.  An indefinite noun phrase between the
    commas (``The driver, a 61-year-old woman, told ...``) classifies the
    subject and is passed over the same way.
    """
    opening = -1
    for k in range(comma - 1, max(-1, comma - _ASIDE_REACH - 1), -1):
        if words[k].kind == QUOTE:
            return None
        if words[k].text == "," and not digit_group(words, k):
            opening = k
            break
    if opening < 1 or opening + 1 >= comma:
        return None
    first = words[opening + 1]
    if comma - opening - 1 > _INTERRUPTER_REACH and not (
        (
            first.lower in _INDEFINITES
            and any(words[k].lower in _RELATIVE_INTERRUPTERS for k in range(opening + 2, comma))
        )
        or first.lower in _RELATIVE_INTERRUPTERS
        or (first.kind == WORD and first.lower.endswith("ing") and not is_capitalised(first))
    ):
        # only a relative clause, a participle's phrase (``speaking on condition
        # of anonymity because ...``) or an indefinite noun phrase a relative
        # clause extends may be longer than a short adjunct
        return None
    single = opening + 2 == comma
    if not (
        first.lower in PREPOSITIONS
        or first.lower in _RELATIVE_INTERRUPTERS
        or (
            first.kind == WORD
            and first.lower.endswith(("ing", "ed"))
            and not is_capitalised(first)
            and first.lower not in NOT_CONTENT_AFTER_COMMA
        )
        or (first.text.isdigit() and single)
        or (single and (first.lower in _CONNECTIVES or is_ly_adverb(first.lower)))
        or (first.lower in _INDEFINITES and not single)
    ):
        return None
    subject = subject_of(words, entities, limit=opening)
    if subject is not None and subject.end != words[opening - 1].end:
        subject = _with_complement(words, subject, opening)
    if subject is None:
        # a capitalised adjective opening the clause is no name
        # (``Environmental groups, including ..., say``)
        subject = mention_before(words, opening - 1, entities)
        if subject is not None and not clause_initial(
            words, mention_first(words, subject, opening - 1)
        ):
            subject = None
    if subject is None or subject.end != words[opening - 1].end:
        subject = _bare_group(words, opening)
    if subject is None:
        if depth < 2 and words[opening - 1].kind == WORD:
            # ``Mr Cole, 54, of Leeds, told``: phrases set off one after another
            return _interrupted(words, opening, entities, depth + 1)
        return None
    return subject, mention_first(words, subject, opening - 1)


#: Words a bare noun phrase of speakers may hold (``NDP sources``, ``senior party officials``).
_BARE_GROUP_REACH = 4


def _bare_group(words: Sequence[Word], opening: int) -> Mention | None:
    """Return a bare plural noun phrase of speakers that opens the clause and ends at the comma.

    ``NDP sources, speaking on condition of anonymity, said``, ``Party
    officials, who asked not to be named, said``: no determiner opens the
    phrase, its modifiers are names or nouns, and its head names speakers.
    """
    first = subject_start(words, opening)
    if not 0 < opening - first <= _BARE_GROUP_REACH:
        return None
    head = words[opening - 1].lower
    if not (is_speaker_noun(head) or (len(head) > 5 and head.endswith(AGENT_PLURALS))):
        return None
    for k in range(first, opening):
        word = words[k]
        low = word.lower
        if word.kind != WORD or low in DETERMINERS or low in AUXILIARIES or low in BE_FORMS:
            return None
        if low in PRONOUN_NUMBER or low in PREPOSITIONS or low in SUBORDINATORS:
            return None
    return Mention(words[first].start, words[opening - 1].end, "description")


def _possessive_mark(words: Sequence[Word], n: int) -> bool:
    """Whether ``words[n]`` is the apostrophe of a plural possessive (``Tenants’ Association``)."""
    return (
        0 < n < len(words) - 1
        and words[n].text in ("’", "'")
        and words[n - 1].end == words[n].start
        and words[n - 1].lower.endswith("s")
        and words[n + 1].kind == WORD
    )


def _relative_closed_by_quotation(
    words: Sequence[Word], j: int, entities: EntityIndex
) -> tuple[Mention, int] | None:
    """Find ``SUBJECT , who ... “...,” CUE``: a relative clause whose comma a quotation holds.

    Returns the subject before the relative clause and the index of its first word.
    """
    if j < 2 or words[j].kind != QUOTE or not words[j].text[:-1].rstrip().endswith(","):
        return None
    for k in range(j - 1, max(0, j - _RELATIVE_REACH), -1):
        if words[k].kind == QUOTE:
            return None
        if words[k].text != ",":
            continue
        if k + 1 >= j or words[k + 1].lower not in _RELATIVE_INTERRUPTERS:
            return None
        subject = subject_of(words, entities, limit=k)
        if subject is None or subject.end != words[k - 1].end:
            return None
        return subject, mention_first(words, subject, k - 1)
    return None


def _with_complement(words: Sequence[Word], subject: Mention, opening: int) -> Mention | None:
    """Extend a description over its prepositional complement up to a comma.

    ``A spokesman for the firm, speaking on condition of anonymity, said``:
    the subject is the whole noun phrase before the first comma when a
    preposition follows its head and no verb stands before the comma.
    """
    if subject.kind != "description":
        return None
    k = 0
    while k < opening and words[k].end <= subject.end:
        k += 1
    if k >= opening or words[k].lower not in PREPOSITIONS or opening - k > _INTERRUPTER_REACH:
        return None
    for n in range(k, opening):
        low = words[n].lower
        if (words[n].kind != WORD and not _possessive_mark(words, n)) or (
            low in AUXILIARIES or low in BE_FORMS
        ):
            return None
        if low in _RELATIVE_INTERRUPTERS or low in _RELATIVE_OPENERS:
            return None
    return Mention(subject.start, words[opening - 1].end, "description")


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


#: Prepositions and conjunctions of time before a participle (``after reading``).
_TIME_SUBORDINATORS = words_of("after before while since upon when until")


def _new_clause(words: Sequence[Word], i: int) -> bool:
    """Whether ``words[i]`` opens a clause joined after a comma (``..., and some say``)."""
    return (
        i >= 2
        and words[i - 1].lower in ("but", "and", "yet", "while")
        and words[i - 2].text in (",", ";")
    )


def _lead(words: Sequence[Word], first: int) -> int:
    """Step left over a title or description written before a name (``Rogers spokesperson``)."""
    k = first
    while k > 0 and first - k < 6:
        prev = words[k - 1]
        if prev.kind != WORD or prev.lower in _NOT_LEAD:
            break
        k -= 1
    if k == 0 or words[k - 1].kind != WORD:
        return k
    return first


def _quoted_as(words: Sequence[Word], i: int, entities: EntityIndex) -> tuple[Mention, int] | None:
    """Find the speaker of ``X was quoted as saying``."""
    if i < 3 or words[i - 1].lower != "as" or words[i - 2].lower != "quoted":
        return None
    j = i - 3
    while (
        j >= 0
        and words[j].kind == WORD
        and (
            words[j].lower in BE_FORMS
            or words[j].lower in AUXILIARIES
            or words[j].lower in ADVERBS_BEFORE_CUE
        )
    ):
        j -= 1
    speaker = mention_before(words, j, entities)
    if speaker is None:
        return None
    return speaker, mention_first(words, speaker, j)


def _inversion_ok(words: Sequence[Word], speaker: Mention, k: int) -> bool:
    """Whether an inverted speaker (``said Ms. Lee``) ends where a clause can end."""
    last = mention_last(words, speaker, k)
    if last + 1 >= len(words):
        return True
    nxt = words[last + 1]
    return (
        nxt.kind != WORD
        or nxt.lower in PREPOSITIONS
        or nxt.lower in TIME_WORDS
        or nxt.lower in ("who", "whose", "adding", "saying", "noting")
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


#: Words a source after ``according to`` may hold before its comma.
_SOURCE_REACH = 10


def _source_phrase(words: Sequence[Word], k: int) -> Mention | None:
    """Return the noun phrase ``according to`` names up to a comma or the clause's end.

    Any source may follow ``according to``, not only a speaker the mention
    rules know: a determiner or a bare lower-case noun (``documents tabled at
    the committee``) opens it and a comma or the clause's end closes it; it
    wins over a shorter description the mention rules find.
    """
    if k >= len(words) or words[k].kind != WORD:
        return None
    opener = words[k]
    if opener.lower not in DETERMINERS and (
        is_capitalised(opener) or opener.lower in PRONOUN_NUMBER or not opener.text.isalpha()
    ):
        return None
    n = k
    while n < len(words) and n - k < _SOURCE_REACH and words[n].kind == WORD:
        n += 1
    if n - k < 2:
        return None
    if n < len(words) and words[n].text == ",":
        return Mention(words[k].start, words[n - 1].end, "description")
    if all(words[m].kind == PUNCT and words[m].text != "," for m in range(n, len(words))):
        return Mention(words[k].start, words[n - 1].end, "description")  # the clause's end
    return None


#: Words that open a noun's postmodifier: a locative or source phrase, a relative clause.
_POSTMODIFIER_OPENERS = words_of(
    "at in on from near across around outside inside of with who that whose"
)

_RELATIVE_OPENERS = words_of("who that whose")

_POSTMODIFIER_REACH = 12


def _participle_cut(words: Sequence[Word], j: int, entities: EntityIndex) -> Mention | None:
    """Return a description the clause opens with, cut before a past participle and its preposition.

    ``A council report tabled at the meeting said``: the description ends
    before ``tabled``, which opens a reduced relative clause.
    """
    i = subject_start(words, j + 1)
    if i > j or words[i].kind != WORD:
        return None
    mention = mention_after(words, i, entities)
    if mention is None or mention.kind != "description":
        return None
    k = mention_last(words, mention, i)
    if k <= i or k >= j:
        return None
    last = words[k]
    if not (
        last.lower.endswith("ed")
        and not is_capitalised(last)
        and words[k + 1].lower in PREPOSITIONS
    ):
        return None
    return Mention(mention.start, words[k - 1].end, "description")


#: Pronouns that head a subject a relative clause restricts (``Those who live here say``).
_RELATIVE_HEADS = QUANTIFIERS | words_of("those anyone everyone someone nobody")


def _pronoun_with_relative(words: Sequence[Word], j: int) -> Mention | None:
    """Return a quantifier or pronoun opening the clause before ``who`` (``Many who spoke``)."""
    first = 0
    while first < j and words[first].kind == PUNCT:
        first += 1
    if (
        first + 1 < j
        and words[first].lower in _RELATIVE_HEADS
        and words[first + 1].lower in ("who", "whose")
    ):
        return Mention(words[first].start, words[first].end, "description")
    return None


def _postmodified_subject(
    words: Sequence[Word], j: int, entities: EntityIndex, cues: frozenset[int] = frozenset()
) -> Mention | None:
    """Return the clause's subject when a postmodifier stands between it and the cue.

    ``Parents at the meeting said ...``, ``Residents of the Fairview area say
    ...``, ``A couple who lost their home say ...``, ``A report tabled at the
    meeting said ...`` (a past participle and its preposition): the noun phrase just
    before the cue is the object of the postmodifier, and the speaker is the
    whole phrase, from the head the clause opens with.  A prepositional
    postmodifier holds no verb; a relative clause may.  No verb means no cue
    either (the indices *cues* of the clause's cue words): in ``A food bank in
    Sudbury says demand has tripled`` the word after the cue is a noun, not a
    second cue whose subject runs over the first.
    """
    subject = (
        subject_of(words, entities, limit=j + 1)
        or _participle_cut(words, j, entities)
        or _pronoun_with_relative(words, j)
    )
    if subject is None:
        return None
    k = 0
    while k <= j and words[k].end <= subject.end:
        k += 1
    if k > j:
        # the subject already takes in its postmodifier (``An engineer familiar
        # with the bridge``)
        return subject if subject.end == words[j].end else None
    if j - k >= _POSTMODIFIER_REACH:
        return None
    opener = words[k]
    participle = (
        k < j
        and subject.kind == "description"
        and words[j].lower not in COORDINATORS
        and opener.kind == WORD
        and opener.lower.endswith("ed")
        and not is_capitalised(opener)
        and words[k + 1].lower in PREPOSITIONS
    )
    if opener.lower not in _POSTMODIFIER_OPENERS and not participle:
        return None
    relative = opener.lower in _RELATIVE_OPENERS
    for n in range(k, j + 1):
        word = words[n]
        if word.kind != WORD and not digit_group(words, n):
            return None
        if not relative and (word.lower in AUXILIARIES or word.lower in BE_FORMS or n in cues):
            return None
    return Mention(subject.start, words[j].end, "description")


#: Words a parenthesis between a subject and its cue may hold (``(D-Ohio)``, ``(pictured)``).
_PARENTHESIS_REACH = 8


def _before_parenthesis(words: Sequence[Word], j: int) -> int:
    """Step left over a parenthesis that closes right before a cue (``Ann Ruiz (D-Ohio) said``).

    A party and state, an age or a stage direction in parentheses stands
    between a name and its verb; the subject ends before it.
    """
    if j < 1 or words[j].text != ")":
        return j
    for k in range(j - 1, max(-1, j - _PARENTHESIS_REACH - 1), -1):
        if words[k].kind == QUOTE:
            return j
        if words[k].text == "(":
            return skip_left(words, k - 1) if k > 0 else j
    return j


#: Quantifiers of a relative clause's antecedent (``many of whom``).
_PARTITIVES = words_of("many some most all several few none each both one two three")


def _relative_antecedent(words: Sequence[Word], j: int, entities: EntityIndex) -> Mention | None:
    """Return the antecedent of a relative pronoun that is a cue's subject.

    ``economists who argue that ...``, ``the families of the victims, many of
    whom say ...``: the noun phrase before ``who`` (or before the partitive
    and its comma) is the speaker.  A relative clause set off by commas after a
    name (``Ms. Lee, who said``) is the mention rules' business.
    """
    if j < 1 or words[j].kind != WORD:
        return None
    if words[j].lower == "who" and words[j - 1].kind == WORD:
        antecedent = mention_before(words, j - 1, entities)
    elif (
        words[j].lower == "whom"
        and j >= 4
        and words[j - 1].lower == "of"
        and words[j - 2].lower in _PARTITIVES
        and words[j - 3].text == ","
    ):
        antecedent = subject_of(words, entities, limit=j - 3)
        if antecedent is None or antecedent.end != words[j - 4].end:
            antecedent = mention_before(words, j - 4, entities)
    else:
        return None
    if antecedent is None or antecedent.kind not in ("description", "entity", "name"):
        return None
    return antecedent


#: Words a closing subject's noun phrase may hold before its cue.
_CLOSING_REACH = 8


def _closing_subject(words: Sequence[Word], first: int, j: int, last: int) -> Mention | None:
    """Return the whole noun phrase between a comma and a cue that closes its sentence.

    ``The plant will close, people familiar with the plans said.``: the
    mention before the cue is the object of a postmodifier (``the plans``);
    the speaker is the phrase from the comma, which holds no verb.
    """
    if first < 2 or words[first - 1].lower not in PREPOSITIONS:
        return None
    if any(words[k].kind != PUNCT for k in range(last + 1, len(words))):
        return None
    c = first - 1
    while c > 0 and words[c].kind == WORD and j - c < _CLOSING_REACH:
        low = words[c].lower
        if low in AUXILIARIES or low in BE_FORMS or low in _RELATIVE_OPENERS:
            return None
        c -= 1
    if words[c].text != "," or c + 1 >= first - 1 or c < 2:
        return None
    return Mention(words[c + 1].start, words[j].end, "description")


#: Words a definite description may hold between a cue and a name apposed to it.
_APPOSED_REACH = 4


def _apposed_to_reported_subject(words: Sequence[Word], first: int, cues: frozenset[int]) -> bool:
    """Whether a name in commas follows a description that opens an earlier cue's content.

    ``said the company, Acme Ltd., had insisted``: a determiner right after
    a cue, up to three more words without a verb, a comma, then the name
    with a comma after it.
    """
    if first < 3 or words[first - 1].text != ",":
        return False
    c = first - 2
    while c > 0 and first - 1 - c <= _APPOSED_REACH and words[c].kind == WORD:
        if words[c].lower in DETERMINERS and c - 1 in cues:
            return True
        if words[c].lower in AUXILIARIES or words[c].lower in BE_FORMS or c in cues:
            return False
        c -= 1
    return False


def _closing_appositive(words: Sequence[Word], first: int, last: int) -> int:
    """Step left over a description that a closing speaker's name stands in apposition to.

    ``He died on Friday, his son, Rupert, said.``: the reporting clause at
    the sentence's end opens at ``his son``, not at the name after it.
    """
    if first < 3 or words[first - 1].text != ",":
        return first
    if any(words[k].kind != PUNCT for k in range(last + 1, len(words))):
        return first
    c = first - 2
    while c > 0 and words[c].kind == WORD and first - c <= _CLOSING_REACH:
        low = words[c].lower
        if low in AUXILIARIES or low in BE_FORMS or low in _RELATIVE_OPENERS:
            return first
        c -= 1
    if words[c].text != "," or c + 1 > first - 2 or words[c + 1].lower not in DETERMINERS:
        return first
    return c + 1


def _fronted(words: Sequence[Word], part: _Partial) -> bool:
    """Whether a cue stands in a fronted subordinate clause (``While he said ...,``)."""
    first = 0
    while first < part.hit.first and (
        words[first].kind == PUNCT or words[first].lower in ("but", "and", "so", "yet", "still")
    ):
        first += 1
    return words[first].lower in _FRONTED and all(
        words[k].text != "," for k in range(first, part.hit.first)
    )


def _relative_end(words: Sequence[Word], part: _Partial, end: int) -> int:
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


def _partials(
    words: Sequence[Word], hits: Sequence[CueHit], entities: EntityIndex
) -> list[_Partial]:
    """Return the partial frame of each cue that can report, in the order of the cues."""
    partials: list[_Partial] = []
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
                _Partial(hit, possessive, "according", i, last + 1, clause_initial(words, i))
            )
            continue
        if entry is None:
            speaker = mention_after(words, last + 1, entities, through_titles=True, bare=True)
            source = _source_phrase(words, last + 1)
            if source is not None and (
                speaker is None or (speaker.kind == "description" and source.end > speaker.end)
            ):
                # the whole noun phrase up to the comma or the clause's end
                # (``according to two officials familiar with the talks``)
                speaker = source
            if speaker is None:
                continue
            after = mention_last(words, speaker, last + 1) + 1
            partials.append(_Partial(hit, speaker, "according", i, after, clause_initial(words, i)))
            continue
        prev_low = words[i - 1].lower if i > 0 else ""
        if (
            entry.participle
            and entry.cue_class == "quotation"
            and prev_low in _TIME_SUBORDINATORS
            and not _quotation_after(words, last)
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
                # ``..., with officials saying the toll could rise``
                partials.append(_Partial(hit, absolute, "before", opening, last + 1, False))
                continue
            quoted = _quoted_as(words, i, entities)
            if quoted is not None:
                previous = quoted[0]
                partials.append(
                    _Partial(hit, quoted[0], "before", _lead(words, quoted[1]), last + 1, False)
                )
                continue
            speaker = (
                previous
                or first_person(words[:i], entities)
                or subject_of(words, entities, limit=i)
            )
            left = i
            while left > 0 and (
                words[left - 1].kind != WORD or words[left - 1].lower in PARTICIPLE_OPENERS
            ):
                if words[left - 1].kind == QUOTE:
                    break
                left -= 1
            partials.append(_Partial(hit, speaker, "participle", left, last + 1, False))
            continue
        j = skip_left(words, i - 1)
        if j >= 0 and words[j].lower in BE_FORMS | {"been"} and passive_agent(words, last, entry):
            agent = mention_after(words, last + 2, entities, through_titles=True)
            if agent is not None:
                # ``Parents were told by the board that ...``: the agent spoke
                previous = agent
                after = mention_last(words, agent, last + 2) + 1
                partials.append(_Partial(hit, agent, "before", i, after, False))
                continue
        while entry.participle and j >= 0 and words[j].lower in BE_FORMS:
            j = skip_left(words, j - 1)
        if j > 0 and words[j].lower == "to":
            start = implicative_start(words, j)
            if start is not None and words[start].lower.endswith("ing"):
                # ``..., going on to say that``: a participial clause, whose
                # speaker is the main clause's subject
                speaker = previous or subject_of(words, entities, limit=start)
                partials.append(_Partial(hit, speaker, "participle", start, last + 1, False))
                continue
            if start is not None:
                # ``The mayor went on to say``: the predicate's subject speaks
                j = skip_left(words, start - 1)
        j = _before_parenthesis(words, j)
        antecedent = _relative_antecedent(words, j, entities)
        if antecedent is not None:
            # ``economists who argue that``, ``families, many of whom say``
            previous = antecedent
            first = mention_first(words, antecedent, j)
            partials.append(_Partial(hit, antecedent, "before", first, last + 1, False))
            continue
        relative = _relative_closed_by_quotation(words, j, entities)
        if relative is not None and any(relative[1] < p.hit.first < j for p in partials):
            # ``Dr. Mensah, who called the findings “alarming,” said ...``: the
            # comma inside the quotation closes the relative clause
            previous = relative[0]
            partials.append(_Partial(hit, relative[0], "before", i, last + 1, False))
            continue
        if j < 0 or words[j].kind == QUOTE or words[j].text in (",", ":", "—", "–"):
            if j >= 0 and words[j].text == ",":
                found = _appositive(words, j, entities)
                if found is None:
                    found = _interrupted(words, j, entities)
                    if found is not None and any(found[1] < p.hit.first < j for p in partials):
                        # the phrase between the commas holds a cue of its own
                        # (``The union, which warned that ..., called a strike``)
                        found = None
                if found is not None and _apposed_to_reported_subject(words, found[1], cue_words):
                    # ``said the company, Acme Ltd., had insisted on ...``: the name in
                    # commas stands in apposition to the subject of the clause an
                    # earlier cue reports; the later verb belongs to that clause
                    continue
                if found is not None:
                    previous = found[0]
                    lead = _lead(words, _closing_appositive(words, found[1], last))
                    if any(lead < p.hit.first < j for p in partials):
                        # ``Ms. Park, who said she had waited for hours, told ...``:
                        # the relative clause is the content of its own cue
                        lead = i
                    partials.append(_Partial(hit, found[0], "before", lead, last + 1, False))
                    continue
            if entry.cue_class in ("speech", "quotation"):
                k = skip_time(words, last + 1, len(words))
                speaker = mention_after(words, k, entities, through_titles=True)
                if speaker is not None and _inversion_ok(words, speaker, k):
                    previous = speaker
                    after = mention_last(words, speaker, k) + 1
                    partials.append(_Partial(hit, speaker, "inverted", i, after, False))
                    continue
            if _quotation_after(words, last):
                partials.append(_Partial(hit, None, "bare", i, last + 1, False))
            continue
        speaker = mention_before(words, j, entities) or abbreviated_before(words, j, entities)
        if speaker is not None and speaker.kind == "description":
            first = mention_first(words, speaker, j)
            if first > 0 and words[first - 1].lower in PREPOSITIONS:
                # ``An engineer familiar with the design said``: the object
                # of a postmodifier is no subject; the whole phrase is
                speaker = _postmodified_subject(words, j, entities, cue_words) or speaker
        if speaker is None and words[j].lower.endswith("ed") and j > 0:
            reduced = mention_before(words, j - 1, entities)
            if reduced is not None and reduced.kind in ("entity", "description"):
                speaker, j = reduced, j - 1
        if speaker is None:
            speaker = _postmodified_subject(words, j, entities, cue_words)
        if (
            speaker is None
            and words[j].lower in QUANTIFIERS
            and (clause_initial(words, j) or _new_clause(words, j))
        ):
            # "Some argued that ...", "..., and some say ...": a quantifier is the subject
            speaker = Mention(words[j].start, words[j].end, "description")
        if speaker is None:
            if words[j].lower in COORDINATORS:
                speaker = previous or subject_of(words, entities, limit=j)
                if speaker is not None:
                    partials.append(_Partial(hit, speaker, "before", j, last + 1, False))
                    continue
            if _quotation_after(words, last):
                partials.append(_Partial(hit, None, "bare", i, last + 1, False))
            continue
        first = mention_first(words, speaker, j)
        closing = _closing_subject(words, first, j, last)
        if closing is not None:
            # ``..., people familiar with the talks said.``
            speaker, first = closing, mention_first(words, closing, j)
        first = _closing_appositive(words, first, last)
        left = _lead(words, first)
        if any(words[k].lower in _CONDITIONALS for k in range(max(0, left - 1), first)):
            # ``If the coach says the team is tired, ...``: a condition, not a report
            continue
        previous = speaker
        partials.append(_Partial(hit, speaker, "before", left, last + 1, False))
    return partials


def _drop_conjunction(words: Sequence[Word], region: tuple[int, int]) -> tuple[int, int] | None:
    start, end = region
    if words[start].lower in ("and", "but") and start + 1 < end:
        return trim(words, start + 1, end)
    return region


def _contents(
    words: Sequence[Word],
    part: _Partial,
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


def _evidence_subject(words: Sequence[Word], entry: CueEntry, part: _Partial) -> bool:
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
        and not _speaker_like(words, part.speaker)
    )


_RELATIVE_WORDS = words_of("who which that whose")


def _noun_after_preposition(words: Sequence[Word], part: _Partial) -> bool:
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
    words: Sequence[Word], region: tuple[int, int], part: _Partial, free: set[tuple[int, int]]
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


def _that_clause_after(words: Sequence[Word], region: tuple[int, int], part: _Partial) -> bool:
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


def _nested_dropped(words: Sequence[Word], partials: list[_Partial]) -> list[_Partial]:
    """Drop cues inside the clause another cue reports (``said even though Canada believes``).

    A later frame starts a new attribution only after punctuation, a
    quotation or a coordinating ``and`` with a subject that can speak;
    otherwise it sits inside the content of the frame before it.
    """
    kept: list[_Partial] = []
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
                and not _speaker_like(words, part.speaker)
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


def _inner_source(words: Sequence[Word], prev: _Partial, part: _Partial) -> bool:
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


def _contrasted(words: Sequence[Word], left: int, part: _Partial) -> bool:
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


def _speaker_like(words: Sequence[Word], mention: Mention | None) -> bool:
    """Whether a mention can speak: a name, a pronoun or a noun of speakers or agents."""
    if mention is None or mention.kind != "description":
        return True
    head = next((w.lower for w in reversed(words) if w.end <= mention.end), "")
    return (
        is_speaker_noun(head)
        or is_speaker_noun(head.removesuffix("s"))
        or (len(head) > 5 and head.isalpha() and head.endswith(AGENT_PLURALS))
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
    partials = _nested_dropped(words, _partials(words, hits, entities))
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


def _opening_source(part: _Partial) -> bool:
    """Whether a frame is ``According to X ,`` opening its clause: the rest is its content."""
    return part.kind == "according" and part.initial


def _ends_clause(words: Sequence[Word], part: _Partial) -> bool:
    """Whether a frame closes its clause (``..., she said.``): it may attach to what precedes."""
    return all(words[k].kind == PUNCT for k in range(part.after, len(words)))


#: Subordinators that open an adverbial participle clause (``after complaining``).
_ADVERBIAL_OPENERS = words_of("after before while when since by")


def _adverbial_participle(words: Sequence[Word], part: _Partial) -> bool:
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


def _coordinated(words: Sequence[Word], part: _Partial) -> bool:
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


def _gap_cut(words: Sequence[Word], region: tuple[int, int], part: _Partial) -> tuple[int, int]:
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
    words: Sequence[Word], partials: Sequence[_Partial], entities: EntityIndex
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


def _naming_complement(words: Sequence[Word], part: _Partial, end: int) -> tuple[int, int] | None:
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
