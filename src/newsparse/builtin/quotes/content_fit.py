"""Whether a reported span fits its cue.

After ``say`` and ``write`` almost anything goes; after other verbs the span
must open like a clause.  A verb of evidence with evidence as its subject, an
indirect question and a verb of judgement before a bare noun phrase report
nothing; a verb that means speech only beside a quotation reports an
unquoted clause only when commas set it inside that clause, when it closes
the clause (``..., one aide joked.``) or when ``that`` follows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.descriptive import plural_of_people
from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    OBJECT_PRONOUNS,
    PARTICIPANT_POSSESSIVES,
    PREPOSITIONS,
    TIME_WORDS,
    words_of,
)
from newsparse.attribution.words import QUOTE, WORD, Word, is_capitalised
from newsparse.builtin.quotes.adjuncts import APPROXIMATORS, approximated
from newsparse.builtin.quotes.clause_tokens import has_quote, words_in
from newsparse.builtin.quotes.evidence import evidence_subject
from newsparse.builtin.quotes.finite_clause import clause_before_comma, finite_verb, subject_clause
from newsparse.builtin.quotes.hearer import bare_verb
from newsparse.builtin.quotes.nested_cues import ends_clause
from newsparse.builtin.quotes.partial_frames import PartialFrame
from newsparse.builtin.quotes.word_classes import CLAUSE_STARTS, REQUEST_VERBS, opens_quantity
from newsparse.lexicon import default_lexicon

__all__ = ["acceptable"]

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

#: Words that open an indirect question rather than a reported statement.
_QUESTION_WORDS = words_of("how why whether")
#: Words that open a question of manner or reason, not a yes-no question.
_OPEN_QUESTION_WORDS = words_of("how why")


def _question_opener(words: Sequence[Word], after: int, start: int) -> bool:
    """Whether a question word stands between a cue and its content, or opens the content."""
    return any(words[k].lower in _QUESTION_WORDS for k in range(after, min(start + 1, len(words))))


#: Verbs of inquiring (Levin 37.1.2): their indirect question is what was asked.
_INQUIRY = frozenset(
    verb for verb, group in default_lexicon().table("cue_verb_classes") if group == "inquiry"
)


def _reported_question(words: Sequence[Word], region: tuple[int, int], part: PartialFrame) -> bool:
    """Whether a verb of inquiring reports the question that opens a span.

    ``One parent asked how the children would get home``: a question of
    manner or reason opens the span and a clause with a subject and a finite
    verb follows it; ``asked how to apply`` names a topic.  A yes-no question
    (``asked whether ...``) states nothing that was put forward after a verb
    that also requests; after one that only inquires it is the doubt the
    speaker raised (``The critic questioned whether the clinic could be
    staffed``).
    """
    entry = part.hit.entry
    if entry is None or entry.base not in _INQUIRY or part.kind != "before":
        return False
    opener = words[region[0]].lower
    yes_no = opener == "whether" and entry.base not in REQUEST_VERBS
    return (
        (opener in _OPEN_QUESTION_WORDS or yes_no)
        and region[0] + 1 < region[1]
        and subject_clause(words, (region[0] + 1, region[1]))
    )


def _only_inquires(part: PartialFrame) -> bool:
    """Whether a cue is a verb of inquiring that does not also request (``question``)."""
    entry = part.hit.entry
    return entry is not None and entry.base in _INQUIRY and entry.base not in REQUEST_VERBS


def _mandative_clause(words: Sequence[Word], region: tuple[int, int]) -> bool:
    """Whether a span opens with a plural of people and a bare verb (``residents use ...``).

    The clause a verb of requesting reports without ``that`` is in the
    subjunctive: its verb has no ending (``urged drivers avoid the
    bridge``, ``recommended owners keep their dogs leashed``), or a negation
    opens it (``warned people not to drive``, ``recommended owners not
    leave dogs in cars``).
    """
    start, end = region
    if end - start < 3:
        return False
    subject, verb = words[start], words[start + 1]
    return (
        subject.kind == WORD
        and not is_capitalised(subject)
        and plural_of_people(subject.lower)
        and bare_verb(verb)
        and not verb.lower.endswith(("ed", "ly"))
        and verb.lower not in AUXILIARIES
        and verb.lower not in BE_FORMS
        and verb.lower not in CLAUSE_STARTS
    )


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


#: Nouns of texts on display (``sign``, ``caption``, ``banner``): nobody says their words.
_INSCRIPTIONS = default_lexicon().words("inscription_nouns")

#: Relative pronouns between an inscription and its verb (``a sign that reads``).
_RELATIVE_SUBJECTS = words_of("that which")


def _inscription_subject(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a cue's subject is an inscription (``a sign that reads “Closed”``).

    A sign, a caption or a banner displays words that nobody is reported as
    saying: ``The plaque reads: “Founded in 1911.”``, ``under a banner that
    read “No more cuts”``.  The subject's head is the word before the cue,
    or before the relative pronoun that stands for it.
    """
    if part.kind not in ("before", "bare", "participle"):
        return False
    k = part.hit.first - 1
    if k > 0 and words[k].lower in _RELATIVE_SUBJECTS:
        k -= 1
    if k < 0 or words[k].kind != WORD:
        return False
    low = words[k].lower
    return low in _INSCRIPTIONS or (low.endswith("s") and low[:-1] in _INSCRIPTIONS)


def _object_of_quotation_verb(
    words: Sequence[Word], region: tuple[int, int], part: PartialFrame, free: set[tuple[int, int]]
) -> bool:
    """Whether a verb of speech beside a quotation has a noun phrase object after it.

    ``posted a photo of the dish with the words: “...”``, ``posted a video
    in which ... “snow laps” ...``: what was posted, sung or shouted is the
    object, not a report; the quotation after a colon is one of its own.  A
    naming complement (``called the plan “a disaster”``, ``called her
    conduct “indefensible”``), a quotation right after a short noun phrase,
    is reported.
    """
    return (
        part.quotation_verb_before
        and region not in free
        and region[0] >= part.after
        and words[region[0]].lower in DETERMINERS
        and words[region[0]].lower != "that"
        and not _naming_complement(words, region)
    )


#: How many words a noun phrase named by a complement in quotation marks may have.
_NAMED_PHRASE_WORDS = 4


def _naming_complement(words: Sequence[Word], region: tuple[int, int]) -> bool:
    """Whether a region is a short noun phrase followed at once by a quotation.

    ``her conduct “indefensible”``, ``the new tax “a cash grab”``: the
    quotation names what the phrase before it refers to.
    """
    start, end = region
    for n in range(start + 1, min(end, start + 1 + _NAMED_PHRASE_WORDS)):
        if words[n].kind == QUOTE:
            return True
        if words[n].kind != WORD or words[n].lower in PREPOSITIONS:
            return False  # ``a new arrangement of “Silent Night”`` is a title's object
    return False


def _verb_like(word: Word) -> bool:
    return (
        word.kind == WORD
        and not is_capitalised(word)
        and word.lower not in DETERMINERS
        and not word.text[:1].isdigit()
    )


def _judged_participle(words: Sequence[Word], part: PartialFrame) -> bool:
    """Whether a verb of judgement is a passive participle, with no object before its preposition.

    ``A contractor accused of billing the city ...``, ``a coach praised for
    his patience``: the active verb judges an object (``accused the board
    of ...``), so a preposition right after it marks a reduced relative
    clause on the noun before it, which reports nothing.
    """
    entry = part.hit.entry
    after = part.hit.last + 1
    return (
        entry is not None
        and entry.base in _JUDGEMENT
        and part.kind == "before"
        and after < len(words)
        and words[after].kind == WORD
        and words[after].lower in PREPOSITIONS
        and words[after].lower != "as"
    )


def _short_request(words: Sequence[Word], region: tuple[int, int], part: PartialFrame) -> bool:
    """Whether a two-word span is the infinitive of a request after its hearer.

    ``urged the premier to resign``, ``called on residents to volunteer``: a
    request's content may be ``to`` and one verb, when a hearer described by a
    common noun stands between the cue and the infinitive; a hearer named or
    written as a pronoun (``urged him to settle``) makes it an exchange
    between people, whose own words the report does not give.
    """
    entry = part.hit.entry
    return (
        entry is not None
        and (entry.cue_class == "object" or entry.base in REQUEST_VERBS)
        and not entry.base.endswith(" for")
        and region[0] > part.after
        and words_in(words, region) == 2
        and words[region[0]].lower == "to"
        and not any(
            is_capitalised(w) or w.lower in OBJECT_PRONOUNS or w.lower in PARTICIPANT_POSSESSIVES
            for w in words[part.after : region[0]]
        )
    )


def acceptable(
    words: Sequence[Word], region: tuple[int, int], part: PartialFrame, free: set[tuple[int, int]]
) -> bool:
    """Whether a reported span fits its cue: clause-like after most cues, three words at least.

    After ``say`` and ``write`` anything goes; after other verbs of saying the
    span must open like a clause (``that``, a subject pronoun, a determiner
    or a name; verbs such as ``add`` and ``reply``, which also report goals
    and replies in sport, need ``that`` or a pronoun); ``tell`` and object
    verbs also take ``to`` (``urged residents to conserve water``).
    """
    if _object_of_quotation_verb(words, region, part, free):
        return False
    if _judged_participle(words, part):
        return False
    if has_quote(words, region):
        # a sign's or a caption's words in quotation marks are displayed, not said
        return not _inscription_subject(words, part)
    if words_in(words, region) < 3 and not _short_request(words, region, part):
        return False
    entry = part.hit.entry
    if entry is not None and evidence_subject(words, entry, part):
        return False
    if _noun_after_preposition(words, part):
        return False
    if part.after <= region[0] and _question_opener(words, part.after, region[0]):
        # an indirect question (``told how``, ``explained why``) names a
        # topic, not a statement that was made; a verb of inquiring reports
        # the question itself (``asked how the bus would reach them``)
        return _reported_question(words, region, part)
    if _only_inquires(part):
        # ``open questions that will ...``, ``inquired about``: a verb that
        # only inquires reports nothing but a question
        return False
    if entry is None or part.kind == "inverted" or region in free:
        return True
    if entry.base.endswith(" for") and region[0] >= part.after:
        # ``called for a separated lane``, ``called for the board to resign``:
        # a request names what is wanted, not what was said
        return False
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
            return ends_clause(words, part)
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
            # ``says little about ...`` names what is shown; a finite verb after
            # the pronoun makes it the subject of a reported clause (``said
            # nothing would change``, ``says something has to give``)
            return region[0] + 1 < region[1] and finite_verb(words, region[0] + 1, region[1])
        if entry.base == "write" and opening != "that":
            # ``wrote a letter``, ``wrote the first draft while ...``: a noun phrase
            # is the text written, not what it says; a reported clause has a
            # subject and a finite verb
            bare, bare_region = _without_source(words, region)
            return subject_clause(bare, bare_region)
        return True
    first = words[region[0]]
    if first.lower in CLAUSE_STARTS or (
        entry.form.endswith(" that") and region[0] == part.hit.last + 1
    ):
        # (a cue that ends with ``that``, ``ruling that``, opens a clause too)
        return True
    if (entry.cue_class in ("tell", "object") or entry.base in REQUEST_VERBS) and (
        first.lower == "to"
        or (
            first.lower in ("not", "never")
            and region[0] + 1 < region[1]
            and words[region[0] + 1].lower == "to"
        )
    ):
        # ``urged residents to conserve water``, ``advised people never to ...``
        return True
    if entry.cue_class == "tell" and (
        opens_quantity(first)
        or (
            first.lower == "at"
            and region[0] + 2 < region[1]
            and words[region[0] + 1].lower in ("least", "most")
        )
    ):
        # the hearer took the object: a quantity opens the reported clause's
        # subject (``told reporters more than 90 per cent of requests succeed``,
        # ``told the paper at least 40 homes had flooded``)
        return True
    if entry.cue_class == "object":
        # a verb of judgement or description (``praised``, ``labelled``,
        # ``characterised``) reports a clause or an infinitive after its object;
        # a bare noun phrase is what it judges or describes, not what was said
        return entry.base not in _JUDGING or _infinitive(words, region)
    bare, bare_region = _without_source(words, region)
    hearer = entry.cue_class == "tell" and region[0] > part.after
    if subject_clause(bare, bare_region, after_hearer=hearer):
        # ``denied the walkout was illegal``, ``insisted producers had known``,
        # ``told jurors the case rested on ...``: a subject and its finite
        # verb open a reported clause without ``that``
        return True
    if entry.base in REQUEST_VERBS and _mandative_clause(words, region):
        # ``recommended residents use locking lids``: a request's clause in
        # the subjunctive, a plural of people and a bare verb
        return True
    if entry.base in _STRICT_BASES or entry.cue_class == "report":
        return False
    if first.lower not in DETERMINERS and not is_capitalised(first):
        return False
    # verbs of saying other than ``say`` also take a noun phrase as object
    # (``announced a series of measures``, ``confirmed the move``): a
    # reported clause has a finite verb before its first comma
    return clause_before_comma(bare, bare_region, object_first=not hearer)


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


#: Verbs of judgement (Levin 33: praise and blame).
_JUDGEMENT = frozenset(
    verb for verb, group in default_lexicon().table("cue_verb_classes") if group == "judgement"
)

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
