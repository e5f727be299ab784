"""Bare figures whose counted noun is left unsaid, and where to find it.

Three shapes of English leave the noun of a count out, to be read from
elsewhere in the sentence:

1. an elliptical quantifier (:data:`~newsparse.builtin.numbers.lexicon.ELLIPTICAL_QUANTIFIERS`)
   sets a bare number against a figure named before it: ``3 stolen cars and
   nine more``, ``another 2,500``, ``48 fewer``, ``20 others``, ``a further
   800``, ``all but 6``;
2. a partitive takes the noun of its whole: ``nine of them``, ``two of whom``
   (a pronoun standing for the figure before), ``Of the 40 patients
   admitted, 12 remain`` (a whole fronted in an ``of`` phrase);
3. a count named by its subject: ``the number of confirmed cases ... rose to
   312`` counts what ``312 confirmed cases`` counts (a noun of
   :data:`~newsparse.builtin.numbers.lexicon.COUNT_NOUNS` heading the subject,
   its ``of`` phrase naming what is counted).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsparse.attribution.wordlists import PREPOSITIONS
from newsparse.builtin.numbers.figures import Figure
from newsparse.builtin.numbers.lexicon import (
    APPROXIMATORS,
    CHANGE_WORDS,
    COUNT_NOUNS,
    COUNT_STOPWORDS,
    ELLIPTICAL_QUANTIFIERS,
    LOWER_BOUNDS,
    MEASURED_PLURALS,
    ONE_WORD_ORGANISATIONS,
    PERSON_AGE_NOUNS,
    REPORTING_VERB_FORMS,
    UPPER_BOUNDS,
)
from newsparse.builtin.numbers.nouns import counted_name, is_plural, read_counted_noun, singular
from newsparse.builtin.numbers.scanner import UNIT_BY_SURFACE
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern

__all__ = [
    "clause_role",
    "coordinated_part",
    "count_before_modal_copula",
    "count_named_by_subject",
    "elided_from",
    "parallel_antecedent",
    "partitive_noun",
    "whole_of_fronted_part",
]

#: An approximation or bound before a number (``about``, ``more than``), or ``only``/``just``.
_CUE = (
    r"(?:(?i:"
    + alternation(
        [
            cue
            for cue in {*APPROXIMATORS, *LOWER_BOUNDS, *UPPER_BOUNDS, "only", "just"}
            if cue[0].isalpha()
        ],
        space=r"[ \t]+",
    )
    + r")[ \t]+){0,2}"
)
#: An elliptical quantifier right after a bare number (``nine more``, ``20 others``).
_AFTER = LazyPattern(
    r"[ \t]+(?P<word>(?i:" + alternation(ELLIPTICAL_QUANTIFIERS["after"]) + r"))(?![A-Za-z'’-])"
)
#: An elliptical quantifier right before a bare number (``another 2,500``, ``all but 6``).
_BEFORE = LazyPattern(
    r"(?<![A-Za-z])(?P<word>(?i:"
    + alternation(ELLIPTICAL_QUANTIFIERS["before"], space=r"[ \t]+")
    + r"))[ \t]+"
    + _CUE
    + r"\Z"
)
#: ``of`` and a pronoun after a bare number (``nine of them``, ``two of whom``).
_PRONOUN = LazyPattern(
    r"[ \t]+of[ \t]+(?P<word>(?i:"
    + alternation(ELLIPTICAL_QUANTIFIERS["pronoun"])
    + r"))(?![A-Za-z'’-])"
)
#: ``of`` and a pronoun right before a bare number (``312, of whom 40``, ``of those 60,``).
_PRONOUN_BEFORE = LazyPattern(
    r"(?<![A-Za-z])(?i:of)[ \t]+(?P<word>(?i:"
    + alternation(ELLIPTICAL_QUANTIFIERS["pronoun"])
    + r"))[ \t]+"
    + _CUE
    + r"\Z"
)
#: A partitive ``of`` and a definite determiner opening a clause, right before its
#: whole (``Of the``, ``, and of those``).
_FRONTED_OF = LazyPattern(
    r"(?:\A|[,;:][ \t]*|(?<![A-Za-z])(?i:that|and|but|while|whereas)[ \t]+)[\"“‘']?"
    r"(?i:of)[ \t]+(?i:the|these|those|its|their|his|her|our|my|your)[ \t]+" + _CUE + r"\Z"
)
#: What may come between a fronted whole and its part: the rest of the ``of`` phrase, a
#: comma, maybe ``all but`` and a cue (``admitted, only``).
_PART_AFTER_COMMA = LazyPattern(
    r"[^,;:.!?()\[\]\"“”]{0,80},[ \t]+(?:(?i:all[ \t]+but)[ \t]+)?" + _CUE
)
#: A comma or a coordinating conjunction right before a number, maybe with a cue: the
#: number opens a clause coordinated with the one before (``12 remain in hospital and
#: 3``, ``22 left on time, 30``, ``180 will stay open while 60``).
_COORDINATED_LEFT = LazyPattern(
    r"(?:,[ \t]*(?:(?i:and|but|while|whereas|or)[ \t]+)?|(?<![A-Za-z])(?i:and|but|while|whereas|or)"
    r"[ \t]+)" + _CUE + r"\Z"
)
#: Up to three modifiers, then a noun of :data:`COUNT_NOUNS` and ``of``, opening a subject.
_COUNT_SUBJECT = LazyPattern(
    r"(?:[A-Za-z][A-Za-z'’-]*[ \t]+){0,3}?(?i:"
    + alternation(COUNT_NOUNS)
    + r")[ \t]+of(?=[ \t]+[A-Za-z])"
)
#: A verb of change right after a subject (``dropped``, ``rose``).
_CHANGE_VERB_AFTER = LazyPattern(
    r"[ \t]+(?:(?:have|has|had)[ \t]+)?(?i:"
    + alternation([word for word in CHANGE_WORDS if word not in ("up", "down")])
    + r")(?![A-Za-z])"
)
#: ``to``, ``from`` or ``at`` right before the figure: the level reached or left.
_LEVEL_PREPOSITION_LEFT = LazyPattern(r"(?<![A-Za-z])(?i:to|from|at)[ \t]+" + _CUE + r"\Z")
#: ``by`` between the verb and the figure: a change stated first.
_BY_WORD = LazyPattern(r"(?<![A-Za-z])(?i:by)(?![A-Za-z])")
#: ``by`` right before the figure, right after the verb: a bare change (``rose by 260``).
_BY_CHANGE_LEFT = LazyPattern(r"[ \t]+(?i:by)[ \t]+" + _CUE + r"\Z")
#: An auxiliary ending the subject span before its verb (``repairs had risen``).
_TRAILING_AUXILIARY = LazyPattern(r"[ \t]+(?i:have|has|had)\Z")
#: A word of a subject phrase, and ``that`` after it (``said that``).
_PHRASE_WORD = LazyPattern(r"(?P<word>[A-Za-z][A-Za-z'’-]*)(?:[ \t]+(?i:that)(?![A-Za-z]))?")
#: Quotation marks that may open a sentence before its subject.
_OPENING_MARKS = " \t\"“‘'"
#: ``by 412 to``: a bare change, then ``to`` before the level; both leave their noun unsaid.
_BARE_CHANGE_BEFORE = LazyPattern(
    r"[ \t]+(?i:by)[ \t]+[0-9][0-9,]*(?:\.[0-9]+)?[ \t]+(?i:to)[ \t]+" + _CUE + r"\Z"
)
#: A clause break between that verb and the figure (not the comma of ``by 1,020``).
_CLAUSE_BREAK_BETWEEN = LazyPattern(r"[;:()]|(?<![0-9]),|,(?![0-9])")
#: ``the`` opening a subject, read past to its noun, after a conjunction opening its
#: clause (``while murders fell``).
_LEADING_THE = LazyPattern(
    r"(?:(?i:while|whereas|and|but|although|though)[ \t]+)?(?:(?i:the)(?=[ \t]))?"
)
#: An adverb in ``-ly`` between the subject's noun and its verb (``murders nationally fell``).
_TRAILING_ADVERB = LazyPattern(r"(?:[ \t]+[a-z]+ly)+\Z")
#: An indefinite article right before a subject: ``a number of`` is a quantifier, no count.
_INDEFINITE_LEFT = LazyPattern(r"(?<![A-Za-z])(?i:an?)[ \t]+\Z")
_INDEFINITE_FIRST = LazyPattern(r"(?i:an?)[ \t]+")
#: Determiners, elliptical quantifiers before a number and approximation or bound cues:
#: the words between a figure and the verb or preposition that governs it (``killed
#: more than 40``, ``in another 3``, ``and the remaining 6``).
_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our", "these", "those")
_GOVERNED_LEFT = LazyPattern(
    r"(?:(?<![A-Za-z])(?i:"
    + alternation(
        [
            *_DETERMINERS,
            *ELLIPTICAL_QUANTIFIERS["before"],
            *(cue for cue in {*APPROXIMATORS, *LOWER_BOUNDS, *UPPER_BOUNDS} if cue[0].isalpha()),
            "only",
            "just",
        ],
        space=r"[ \t]+",
    )
    + r")[ \t]+)*\Z"
)
#: :data:`_GOVERNED_LEFT` without the cues, for a span of time or a date, which a
#: preposition of time governs (``over three days``, ``around 5 p.m.``).
_GOVERNED_LEFT_OF_TIME = LazyPattern(
    r"(?:(?<![A-Za-z])(?i:"
    + alternation([*_DETERMINERS, *ELLIPTICAL_QUANTIFIERS["before"]], space=r"[ \t]+")
    + r")[ \t]+)*\Z"
)
#: The word right before the words of :data:`_GOVERNED_LEFT`, and a comma before it.
_WORD_LEFT = LazyPattern(r"(?P<comma>,[ \t]*)?(?<![A-Za-z'’-])(?P<word>[A-Za-z]+)[ \t]+\Z")
#: ``worth`` or ``valued at`` right before an amount, maybe with a cue: the amount is the
#: value of the noun phrase before it (``60 jets worth $8.4bn``).
_VALUE_OF_LEFT = LazyPattern(r"(?<![A-Za-z])(?i:worth|valued[ \t]+at)[ \t]+" + _CUE + r"\Z")
#: Kinds of figure that may lend a noun or unit to an elliptical number.
_ANTECEDENT_KINDS = frozenset({"count", "measure", "money", "percent", "duration"})


def elided_from(text: str, figure: Figure, antecedent: Figure | None, limit: int) -> Figure | None:
    """Return the figure whose noun or unit an elliptical bare number leaves unsaid.

    ``3 stolen cars and nine more``, ``7,000 workers ..., and another 2,500``,
    ``14 hospitals, nine of them in rural areas``, ``312 deaths, of whom 40
    were children``: an elliptical quantifier after or before the number,
    or ``of`` and a pronoun after or before it, make it count what the
    figure before it counts.  ``others`` and ``whom`` stand
    for people or things, so only a count lends them its noun.

    :param figure: the bare number.
    :param antecedent: the last figure before it with a noun or unit (dates left out).
    :param limit: the end of the sentence.
    """
    if antecedent is None or antecedent.unit is None or antecedent.kind not in _ANTECEDENT_KINDS:
        return None
    needs = _needed_antecedent(text, figure, antecedent, limit)
    if needs is None or (needs == "count" and antecedent.kind != "count"):
        return None
    return antecedent


def partitive_noun(text: str, figure: Figure, limit: int) -> str | None:
    """Return the noun a partitive names after its pronoun: ``two of them unvaccinated children``.

    ``three deaths, two of them unvaccinated children``: the part is
    counted by the noun phrase after ``of them``, not by the whole's noun.
    ``nine of them in rural areas`` names none.

    :param figure: the bare number.
    :param limit: the end of the sentence.
    """
    pronoun = _PRONOUN.match(text, figure.end, limit)
    if pronoun is None:
        return None
    noun = read_counted_noun(text, pronoun.end(), limit, one=figure.value == 1)
    if noun is None or UNIT_BY_SURFACE.get(noun.words[-1].lower()) is not None:
        return None
    return noun.name


def _needed_antecedent(text: str, figure: Figure, antecedent: Figure, limit: int) -> str | None:
    """Return what an elliptical word around *figure* needs to stand for (``any``, ``count``)."""
    after = _AFTER.match(text, figure.end, limit)
    if after is not None:
        return ELLIPTICAL_QUANTIFIERS["after"][after.group("word").lower()]
    pronoun = _PRONOUN.match(text, figure.end, limit)
    if pronoun is not None:
        return ELLIPTICAL_QUANTIFIERS["pronoun"][pronoun.group("word").lower()]
    left = max(antecedent.end, figure.start - 40)
    before = _BEFORE.search(text, left, figure.start)
    if before is not None:
        word = " ".join(before.group("word").lower().split())
        return ELLIPTICAL_QUANTIFIERS["before"][word]
    fronted = _PRONOUN_BEFORE.search(text, left, figure.start)
    if fronted is not None:
        return ELLIPTICAL_QUANTIFIERS["pronoun"][fronted.group("word").lower()]
    return None


def clause_role(text: str, figure: Figure, floor: int) -> str:
    """Return the role of a figure in its clause: the preposition it is the object of, or ``""``.

    ``in 2 blasts`` is the object of ``in`` (``"in"``); ``40 people were
    killed`` (a subject before its verb), ``found 3 stolen cars`` (an object
    after its verb) and ``and 12 more were injured`` (a coordinated clause's
    subject) are arguments of a verb (``""``).  Determiners, elliptical
    quantifiers and cues between the figure and the word that governs it are
    passed over (``in another 3``, ``killed more than 40``); before a span of
    time, a cue that is also a preposition is the preposition (``over three
    days``).  ``of`` ties a figure to the noun before it, which the figure
    stands for in its clause (``paid a fine of $3 million`` is the verb's
    object).  A figure after a comma and ``or`` restates the one before it
    (``fell 30 points, or 1.2 per cent``) and has a role of its own
    (``", or"``).

    :param floor: the start of the sentence.
    """
    time = figure.kind in ("duration", "date")
    skipped = (_GOVERNED_LEFT_OF_TIME if time else _GOVERNED_LEFT).search(
        text, max(floor, figure.start - 40), figure.start
    )
    stop = skipped.start() if skipped is not None else figure.start
    word = _WORD_LEFT.search(text, max(floor, stop - 16), stop)
    if word is None:
        return ""
    lowered = word.group("word").lower()
    if lowered == "or" and word.group("comma") is not None:
        return ", or"
    return lowered if lowered in PREPOSITIONS and lowered != "of" else ""


def parallel_antecedent(
    text: str, figure: Figure, candidates: Sequence[Figure], floor: int
) -> Figure | None:
    """Return the earlier figure an elliptical number stands parallel to.

    ``40 people were killed in 2 blasts and 12 more were injured``: the
    elliptical figure takes the noun of the last earlier figure in the same
    role (:func:`clause_role`): a subject or object of a verb that of a
    subject or object (``people``), the object of a preposition that of the
    same preposition (``in 3 regions ... and in 2 more``), passing over the
    figures of other roles between them (``blast``).  With no figure of its
    role, the last figure before it is taken (``power in 3 villages, and 2
    more were evacuated``), passing over the worth of what a figure before it
    counts (``ordered 60 jets worth $8.4bn and took options on 40 more``):
    that amount is a modifier of the count's noun, no whole of its own.

    :param candidates: the earlier figures of the sentence with a noun or unit, in order.
    :param floor: the start of the sentence.
    """
    if not candidates:
        return None
    role = clause_role(text, figure, floor)
    for candidate in reversed(candidates):
        if clause_role(text, candidate, floor) == role:
            return candidate
    for candidate in reversed(candidates):
        if _VALUE_OF_LEFT.search(text, max(floor, candidate.start - 30), candidate.start) is None:
            return candidate
    return candidates[-1]


def whole_of_fronted_part(
    text: str, figure: Figure, whole: Figure | None, floor: int
) -> Figure | None:
    """Return the whole a bare number after a fronted partitive is a part of.

    ``Of the 40 patients admitted, 12 remain``, ``Of those 2,300 applicants,
    just 150 were offered a place``: a clause opening with ``of``, a definite
    determiner and a figure names the whole; the number right after its comma
    counts the same noun.  ``Of the 40 patients, the oldest was 91`` leaves
    91 alone: the part is not the number.

    :param whole: the last figure before the number with a noun or unit (dates left out).
    :param floor: the start of the sentence.
    """
    if whole is None or whole.unit is None or whole.kind not in _ANTECEDENT_KINDS:
        return None
    if _PART_AFTER_COMMA.fullmatch(text, whole.end, figure.start) is None:
        return None
    if _FRONTED_OF.search(text[floor : whole.start]) is None:
        return None
    return whole


def coordinated_part(text: str, figure: Figure, part: Figure, whole: Figure) -> Figure | None:
    """Return the fronted whole a bare number coordinated with one of its parts counts.

    ``Of the 40 patients admitted, 12 remain in hospital and 3 have died``,
    ``Of the 60 flights scheduled, 22 left on time, 30 were delayed and 8
    were cancelled``: each bare count that opens a clause coordinated with
    the first part's (after a comma or a coordinating conjunction) is a part
    of the same whole (:func:`whole_of_fronted_part`).

    :param part: the last part of the whole before the number.
    :param whole: the fronted whole.
    """
    if part.end > figure.start:
        return None
    left = max(part.end, figure.start - 40)
    if _COORDINATED_LEFT.search(text, left, figure.start) is None:
        return None
    return whole


def _plural_subject(
    text: str, subject: tuple[int, int], figure_start: int | None, floor: int = 0
) -> tuple[str, str] | None:
    """Return the count of a bare figure a plural subject reaches by a verb of change.

    ``Burglaries in the district dropped to 212 last year from 305``: the
    subject opens with a plural noun (no determiner, or ``the``), the verb
    right after the subject is one of change, and the figure counts the
    noun; so does the level after a bare change (``Burglaries fell by 40 to
    212``), the change taking it from the level, and a bare change after
    ``by`` with no level (``car thefts rose by 260``).  The sentence's
    capitalised first word is read lower-case (``Road deaths``) unless it
    names an organisation (``Airbus deliveries``), an
    auxiliary before the verb is passed over and a clause reported after a
    verb of speech begins its subject (``said pothole repairs had risen``).
    Nouns of measured amounts
    (:data:`~newsparse.builtin.numbers.lexicon.MEASURED_PLURALS`: ``prices
    fell to 212``), units, a plural in a name (``the Straits Times Index``)
    and a noun followed by anything but a prepositional phrase count
    nothing.
    """
    start, end = subject
    if figure_start is None or figure_start <= end:
        return None
    verb = _CHANGE_VERB_AFTER.match(text, end, figure_start)
    if verb is None or _CLAUSE_BREAK_BETWEEN.search(text, verb.end(), figure_start):
        return None
    level = _LEVEL_PREPOSITION_LEFT.search(text, verb.end(), figure_start)
    if level is None and _BY_CHANGE_LEFT.fullmatch(text, verb.end(), figure_start) is None:
        return None  # ``handed down a 7-2 ruling``: no level reached, no change
    if (
        level is not None
        and _BY_WORD.search(text, verb.end(), figure_start) is not None
        and _BARE_CHANGE_BEFORE.fullmatch(text, verb.end(), figure_start) is None
    ):
        return None  # ``fell by 14 banks ... to 260``: the change names the level's noun
    lead = _LEADING_THE.match(text, start, end)
    adverb = _TRAILING_ADVERB.search(text, start, end)
    first = lead.end() if lead else start
    last = adverb.start() if adverb else end
    auxiliary = _TRAILING_AUXILIARY.search(text, first, last)
    if auxiliary is not None:
        last = auxiliary.start()
    first = _after_reporting_verb(text, first, last)
    # The noun is read as after a number: from the space before it.
    phrase = " " + text[first:last].lstrip()
    opens = not text[floor:first].strip(_OPENING_MARKS)
    if opens and phrase[1:2].isupper() and phrase[2:3].islower():
        # ``Road deaths in the state fell to 267``: a sentence's first word is capitalised
        if phrase.split(maxsplit=1)[0].lower() in ONE_WORD_ORGANISATIONS:
            return None  # ``Tesla deliveries``: a name's
        phrase = " " + phrase[1].lower() + phrase[2:]
    noun = read_counted_noun(phrase, 0, len(phrase), one=False)
    if level is not None and text[level.start() : level.start() + 2].lower() == "to":
        # ``Staff numbers rose to 75 nurses from 52``: the level left may count the noun
        # of the level reached instead.
        counted = _counted_before_count_noun(noun.words if noun else (), start <= floor)
        if counted is not None:
            return "count", counted
    if noun is None or (len(noun.words) > 1 and not all(w.islower() for w in noun.words)):
        return None  # ``Tesla shares``: a name's
    rest = phrase[noun.end :].split(maxsplit=1)
    if rest and (rest[0][:1].isupper() or rest[0].lower() not in PREPOSITIONS):
        # ``the Straits Times Index``: a plural in a name; ``ages rose while
        # membership``: a clause of its own
        return None
    word = noun.words[-1]
    if word.isupper():
        return None  # ``NHS waiting lists``: an acronym names a body, no plural
    if word.lower() in MEASURED_PLURALS or word.lower() in COUNT_STOPWORDS:
        return None
    if UNIT_BY_SURFACE.get(word.lower()) is not None:
        return None
    return "count", noun.name


def _after_reporting_verb(text: str, start: int, end: int) -> int:
    """Return where a subject phrase begins after a verb of reported speech in it.

    ``The mayor said pothole repairs had risen``: the subject of the
    reported clause begins after the last verb of
    :data:`~newsparse.builtin.numbers.lexicon.REPORTING_VERB_FORMS` (and a
    ``that`` after it) that some word follows.
    """
    begin = start
    for word in _PHRASE_WORD.finditer(text, start, end):
        if word.end() < end and word.group("word").lower() in REPORTING_VERB_FORMS:
            begin = word.end()
    return begin


def _counted_before_count_noun(words: Sequence[str], opens_sentence: bool) -> str | None:
    """Return the counted noun of a subject ``passenger numbers``, or ``None``.

    ``Passenger numbers at the airport rose 14% to 3.9 million``: a plural of
    a noun of :data:`~newsparse.builtin.numbers.lexicon.COUNT_NOUNS` after
    lower-case nouns (the first capitalised only as the sentence's first
    word) counts what those nouns name (``passenger``), as ``the number of
    passengers`` does.  A name's (``Tesla numbers``) and an acronym's count
    nothing.
    """
    if len(words) < 2:
        return None
    head = words[-1].lower()
    if not is_plural(head) or singular(head) not in COUNT_NOUNS:
        return None
    modifiers = list(words[:-1])
    if opens_sentence and modifiers[0][:1].isupper() and modifiers[0][1:].islower():
        modifiers[0] = modifiers[0].lower()
    if not all(word.islower() for word in modifiers):
        return None
    last = modifiers[-1]
    if last in COUNT_STOPWORDS or last in MEASURED_PLURALS or UNIT_BY_SURFACE.get(last):
        return None
    return counted_name(modifiers)


#: A plural noun phrase opening its clause, a modal and ``be`` right before a figure:
#: ``that completions would be``, ``Arrivals will be about``.
_MODAL_COPULA_LEFT = LazyPattern(
    r"(?:(?:\A|[,;:][ \t]*|(?<![A-Za-z])(?i:that|while|whereas|and|but|the)[ \t]+)"
    r"(?P<phrase>(?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]*s)"
    # after another word (``said arrivals will be``) only the noun itself
    r"|(?<=[a-z][ \t])(?P<noun>[a-z][a-z-]*s))[ \t]+"
    r"(?i:would|will|could|should|might|may|must)[ \t]+(?:(?i:now|still|only)[ \t]+)?be[ \t]+"
    + _CUE
    + r"\Z"
)


#: Below this, a whole number after a copula may be an age (``the twins will be 12``).
_AGE_CEILING = 130


def count_before_modal_copula(
    text: str, figure_start: int, floor: int, value: object
) -> tuple[str, str] | None:
    """Return the count a bare figure after a plural subject, a modal and ``be`` names.

    ``it warned that completions would be 12,500 to 13,000``, ``Arrivals
    will be about 1.2 million``: the figure predicted of a plural subject
    counts its noun (after a word that is no determiner or conjunction, the
    noun alone: ``said arrivals will be``).  A whole number an age could be (``the twins will be
    12``), nouns of people by age
    (:data:`~newsparse.builtin.numbers.lexicon.PERSON_AGE_NOUNS`), of
    measured amounts (``prices will be``) and units count nothing.

    :param floor: the start of the sentence.
    :param value: the figure's value (a range by its upper end).
    """
    top = value[1] if isinstance(value, tuple) else value
    if not isinstance(top, float) or (top == int(top) and top < _AGE_CEILING):
        return None
    left = max(floor, figure_start - 80)
    if "be " not in text[max(left, figure_start - 30) : figure_start]:
        return None  # no ``be`` right before: the common case, decided without the pattern
    match = _MODAL_COPULA_LEFT.search(text, left, figure_start)
    if match is None:
        return None
    phrase = " " + (match.group("phrase") or match.group("noun"))
    noun = read_counted_noun(phrase, 0, len(phrase), one=False)
    if noun is None or noun.end != len(phrase):
        # ``The builder said completions``: the words before the noun are no modifiers.
        phrase = " " + phrase.split()[-1]
        noun = read_counted_noun(phrase, 0, len(phrase), one=False)
    if noun is None or noun.end != len(phrase):
        return None
    word = noun.words[-1].lower()
    if word in PERSON_AGE_NOUNS or word in MEASURED_PLURALS or word in COUNT_STOPWORDS:
        return None
    if any(w.lower() in COUNT_STOPWORDS for w in noun.words):
        return None
    if UNIT_BY_SURFACE.get(word) is not None:
        return None
    return "count", noun.name


def count_named_by_subject(
    text: str,
    subject: tuple[int, int],
    floor: int,
    tags: Mapping[int, str] | None,
    figure_start: int | None = None,
) -> tuple[str, str] | None:
    """Return the kind and unit of a bare figure whose subject names a count.

    ``The number of confirmed cases in the province rose to 312``: a subject
    headed by a noun of :data:`~newsparse.builtin.numbers.lexicon.COUNT_NOUNS`
    after up to three modifiers (``the total number``, ``the final tally``)
    counts the noun of its ``of`` phrase, read as the counted noun after a
    number is (``case``).  ``A number of teams`` is a quantifier, no count.
    ``Burglaries in the district dropped to 212``: a subject that opens with a
    plural noun, reaching the figure by a verb of change, counts that noun
    (:func:`_plural_subject`).

    :param subject: the figure's subject span.
    :param floor: the start of the sentence.
    :param tags: universal POS tags by token start offset, when known.
    :param figure_start: where the figure starts, when the verb between may be read.
    :return: ``(kind, unit)``, or ``None``.
    """
    start, end = subject
    head = _COUNT_SUBJECT.match(text, start, end)
    if head is None:
        return _plural_subject(text, subject, figure_start, floor)
    if _INDEFINITE_LEFT.search(text, max(floor, start - 4), start) is not None:
        return None
    if _INDEFINITE_FIRST.match(text, start, end) is not None:
        return None
    noun = read_counted_noun(text, head.end(), end, one=False, tags=tags)
    if noun is None:
        return None
    word = noun.words[-1]
    unit = UNIT_BY_SURFACE.get(word.lower()) or UNIT_BY_SURFACE.get(singular(word))
    if unit is not None and unit.name != "count" and word.islower() and len(noun.words) == 1:
        return unit.kind, unit.name
    return "count", noun.name
