"""The extent of the speaker mention next to a cue.

Where the subject of a verb of saying starts and ends when more than a name
stands there: a title before the name (``Rogers spokesperson``), a
postmodifier after the head (``Parents at the meeting said``), a parenthesis
(``Ann Ruiz (D-Ohio) said``), the antecedent of a relative pronoun
(``economists who argue``), a source after ``according to`` and a noun phrase
that closes the sentence (``..., people familiar with the plans said.``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.cues import skip_left
from newsparse.attribution.mentions import (
    EntityIndex,
    Mention,
    is_speaker_noun,
    mention_after,
    mention_before,
    opens_participle_phrase,
    present_participle,
    subject_of,
    subject_start,
)
from newsparse.attribution.wordlists import (
    ADVERBS_BEFORE_CUE,
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    NEGATIONS,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUN_NUMBER,
    SUBORDINATORS,
    TIME_WORDS,
    words_of,
)
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word, is_capitalised
from newsparse.builtin.quotes.clause_tokens import (
    clause_initial,
    digit_group,
    mention_first,
    mention_last,
)
from newsparse.builtin.quotes.word_classes import COORDINATORS, QUANTIFIERS, is_agent_plural

__all__ = [
    "PARTITIVES",
    "RELATIVE_OPENERS",
    "before_parenthesis",
    "closing_appositive",
    "closing_subject",
    "coordinated_subject",
    "inversion_ok",
    "lead_start",
    "postmodified_subject",
    "quoted_as",
    "relative_antecedent",
    "source_phrase",
    "speaker_like",
]

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


def lead_start(words: Sequence[Word], first: int) -> int:
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


def quoted_as(words: Sequence[Word], i: int, entities: EntityIndex) -> tuple[Mention, int] | None:
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


def inversion_ok(words: Sequence[Word], speaker: Mention, k: int) -> bool:
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


#: Words a source after ``according to`` may hold before its comma.
_SOURCE_REACH = 10


def _plural_possessive_mark(words: Sequence[Word], n: int) -> bool:
    """Whether ``words[n]`` is a plural possessor's apostrophe (``the tenants’ association``)."""
    return (
        words[n].text in ("'", "’")
        and 0 < n < len(words) - 1
        and words[n - 1].kind == WORD
        and words[n - 1].lower.endswith("s")
        and words[n - 1].end == words[n].start
        and words[n + 1].kind == WORD
    )


def source_phrase(words: Sequence[Word], k: int) -> Mention | None:
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
    while (
        n < len(words)
        and n - k < _SOURCE_REACH
        and (words[n].kind == WORD or _plural_possessive_mark(words, n))
    ):
        n += 1
    if n - k < 2:
        return None
    if n < len(words) and words[n].text == ",":
        return Mention(words[k].start, words[n - 1].end, "description")
    if all(words[m].kind == PUNCT and words[m].text != "," for m in range(n, len(words))):
        return Mention(words[k].start, words[n - 1].end, "description")  # the clause's end
    return None


#: Words that open a noun's postmodifier: a locative or source phrase, a relative clause.
_POSTMODIFIER_OPENERS = POSTMODIFIER_PREPOSITIONS | words_of("who that whose")

#: Relative words that open a clause postmodifying a noun (``A couple who lost``).
RELATIVE_OPENERS = words_of("who that whose")

_POSTMODIFIER_REACH = 12

#: Kinds of mention that name their speaker: a postmodifier after them is no part of it.
_NAMED_KINDS = frozenset({"entity", "name", "names"})


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


def _capital_of_position(words: Sequence[Word], subject: Mention, last: int) -> bool:
    """Whether a name is one word capitalised only because it opens the clause.

    ``Parents at the meeting said``: a noun that opens a sentence is written
    with a capital without being a name; after another word (``Now,
    Defense on appeal says``) the capital marks a name.
    """
    return (
        subject.kind == "name"
        and mention_first(words, subject, last) == last
        and (clause_initial(words, last))
    )


def postmodified_subject(
    words: Sequence[Word], j: int, entities: EntityIndex, cues: frozenset[int] = frozenset()
) -> Mention | None:
    """Return the clause's subject when a postmodifier stands between it and the cue.

    ``Parents at the meeting said ...``, ``Residents of the Fairview area say
    ...``, ``A couple who lost their home say ...``, ``A report tabled at the
    meeting said ...`` (a past participle and its preposition): the noun phrase just
    before the cue is the object of the postmodifier, and the speaker is the
    whole phrase, from the head the clause opens with; a name the clause
    opens with is the speaker by itself (``Daniel Ortiz on appeal says``).  A prepositional
    postmodifier holds no verb; a relative clause may.  No verb means no cue
    either (the indices *cues* of the clause's cue words): in ``A food bank in
    Sudbury says demand has tripled`` the word after the cue is a noun, not a
    second cue whose subject runs over the first.
    """
    # ``..., and parents at one of the schools say ...``: the subject opens the
    # second of two coordinated clauses; ``The minister spoke Tuesday after a
    # third clinic in as many weeks announced ...``: the subject opens the
    # adverbial clause the cue is in
    for opening in (_second_clause, _adverbial_clause):
        start = opening(words, j)
        if start is None:
            continue
        inner = frozenset(c - start for c in cues if c >= start)
        found = postmodified_subject(words[start:], j - start, entities, inner)
        if found is not None:
            return found
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
    if (
        subject.kind == "description"
        and 0 < k <= j
        and words[k - 1].start > subject.start
        and present_participle(words[k - 1])
    ):
        k -= 1  # ``The union representing``: the participle opens the postmodifier
    if j - k >= _POSTMODIFIER_REACH:
        return None
    opener = words[k]
    participle = (
        k < j
        and (subject.kind == "description" or opener.lower.endswith("ing"))
        and words[j].lower not in COORDINATORS
        and (
            opens_participle_phrase(words, k)
            # ``The union representing the plant's workers said``: a present
            # participle and its object
            or present_participle(opener)
        )
    )
    if opener.lower not in _POSTMODIFIER_OPENERS and not participle:
        return None
    relative = opener.lower in RELATIVE_OPENERS
    for n in range(k, j + 1):
        word = words[n]
        if word.kind != WORD and not digit_group(words, n):
            return None
        if not relative and (word.lower in AUXILIARIES or word.lower in BE_FORMS or n in cues):
            return None
    if subject.kind in _NAMED_KINDS and not _capital_of_position(words, subject, k - 1):
        # ``Daniel Ortiz on appeal says``: a name is its own head; the
        # postmodifier adds nothing to whom it names
        return subject
    return Mention(subject.start, words[j].end, "description")


def coordinated_subject(
    words: Sequence[Word], subject: Mention | None, entities: EntityIndex, limit: int
) -> Mention | None:
    """Extend a named subject over a second name joined by ``and`` (``Owen and Carys Pryce``).

    The subject a clause opens with is read as its first name; two names
    joined by ``and`` before the verb are one plural subject, which a second
    verb of the clause shares (``... have run the garage, and say ...``).
    """
    if subject is None or subject.kind not in ("entity", "name"):
        return subject
    k = 0
    while k < limit and words[k].end <= subject.end:
        k += 1
    if k + 1 >= limit or words[k].lower != "and" or not is_capitalised(words[k + 1]):
        return subject
    second = mention_after(words, k + 1, entities)
    if second is None or second.kind not in ("entity", "name") or second.end > words[limit - 1].end:
        return subject
    return Mention(subject.start, second.end, "name")


#: Conjunctions that join a second clause after a comma (``..., and parents say``).
_CLAUSE_JOINERS = words_of("and but yet while")


def _second_clause(words: Sequence[Word], j: int) -> int | None:
    """Return where the last clause joined by a comma and a conjunction before ``j`` opens."""
    for c in range(j - 1, 1, -1):
        if words[c].lower in _CLAUSE_JOINERS and words[c - 1].text in (",", ";"):
            return c + 1 if c + 1 < j else None
    return None


def _adverbial_clause(words: Sequence[Word], j: int) -> int | None:
    """Return where the adverbial clause whose verb is ``words[j]`` opens, after its subordinator.

    The subordinator (``after``, ``when``, ``because`` ...) stands inside the
    sentence, within a subject's reach of the cue, with no punctuation
    between.
    """
    for c in range(j - 1, max(0, j - _POSTMODIFIER_REACH - 4), -1):
        if words[c].kind != WORD:
            return None
        if words[c].lower in SUBORDINATORS:
            return c + 1 if c + 1 < j else None
    return None


#: Words a parenthesis between a subject and its cue may hold (``(D-Ohio)``, ``(pictured)``).
_PARENTHESIS_REACH = 8


def before_parenthesis(words: Sequence[Word], j: int) -> int:
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


#: Quantifiers of a relative clause's antecedent (``many of whom``) and of a
#: partitive subject (``One of them, a retired nurse, said``).
PARTITIVES = words_of("many some most all several few none each both one two three")


def relative_antecedent(words: Sequence[Word], j: int, entities: EntityIndex) -> Mention | None:
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
        and words[j - 2].lower in PARTITIVES
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


def closing_subject(words: Sequence[Word], first: int, j: int, last: int) -> Mention | None:
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
        if low in AUXILIARIES or low in BE_FORMS or low in RELATIVE_OPENERS:
            return None
        c -= 1
    if words[c].text != "," or c + 1 >= first - 1 or c < 2:
        return None
    return Mention(words[c + 1].start, words[j].end, "description")


def closing_appositive(words: Sequence[Word], first: int, last: int) -> int:
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
        if low in AUXILIARIES or low in BE_FORMS or low in RELATIVE_OPENERS:
            return first
        c -= 1
    if words[c].text != "," or c + 1 > first - 2 or words[c + 1].lower not in DETERMINERS:
        return first
    return c + 1


def speaker_like(words: Sequence[Word], mention: Mention | None) -> bool:
    """Whether a mention can speak: a name, a pronoun or a noun of speakers or agents."""
    if mention is None or mention.kind != "description":
        return True
    head = next((w.lower for w in reversed(words) if w.end <= mention.end), "")
    return is_speaker_noun(head) or is_speaker_noun(head.removesuffix("s")) or is_agent_plural(head)
