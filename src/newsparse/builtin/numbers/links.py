"""Which earlier figure a bare number leaves its unit to: the links of change and comparison.

A number written without a unit often states a term of the same quantity
as a figure before it in the sentence: the level a change reached (``fell
26.23 points to 2,662.91``), a figure set against another (``500 km,
versus 420 a year earlier``), a tally (``by 211 votes to 148``), a gapped
or contrasting clause (``23 people were killed and over 40 injured``).
Each function here tests one such link between the bare number and a
candidate figure and returns that figure when the words between them (and
after the number) make the link; :mod:`~newsparse.builtin.numbers.carryover`
decides which candidates to try.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from newsparse.attribution.wordlists import PREPOSITIONS
from newsparse.builtin.numbers.figures import Figure
from newsparse.builtin.numbers.lexicon import (
    ADDED_MODIFIERS,
    APPROXIMATORS,
    CHANGE_WORDS,
    CONTEST_WORDS,
    COUNT_NOUNS,
    COUNT_STOPWORDS,
    IRREGULAR_PARTICIPLES,
    LOWER_BOUNDS,
    NUMBER_WORDS,
    PARTICIPLE,
    PARTICIPLE_FORMS,
    PERSON_AGE_NOUNS,
    PLAIN_PARTICIPLES,
    REACHING_VERBS,
    RESULT_VERBS,
    TALLY_NOUNS,
    UPPER_BOUNDS,
)
from newsparse.builtin.numbers.nouns import singular
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern

__all__ = [
    "COMPARE_LEFT",
    "COMPARE_OF_LEFT",
    "COMPARE_POSSESSIVE_LEFT",
    "CONTRAST_RIGHT",
    "DIRECTION_LEFT",
    "absolute_part",
    "age_changed_from",
    "appositive",
    "bounded_reading",
    "change_to_level",
    "compared_with_expected",
    "compared_with_own_relative",
    "contest_margin",
    "contrasted",
    "count_of_change_aside",
    "gapped",
    "included",
    "index_level",
    "level_after",
    "level_after_percent",
    "object_of_repeated_verb",
    "object_of_second_verb",
    "object_of_verb_repeated_after",
    "parallel_change",
    "passive_for",
    "passive_level",
    "relative_after_compared",
    "restated",
    "scaled_level",
    "tally",
    "whole_out_of",
]

#: Between a change and the level it reached or ended at: ``to`` or ``at``, maybe after
#: an ``or`` aside (``350 points, or 1.1 per cent, to``; ``closed up 45 points at``) or
#: the direction (``ended 142.5 points lower at``), or ``to``, a bare verb and ``at``
#: (``added 612 points to close at``, ``gained 40 cents to trade at``).
_LEVEL_LINK = LazyPattern(
    r"(?:,?[ \t]+or[ \t]+[^,;()]{1,30},)?(?:[ \t]+(?:higher|lower))?"
    r"[ \t]+(?:to|at|to[ \t]+[a-z]{3,}[ \t]+at)[ \t]+"
)
#: :data:`_LEVEL_LINK` without a verb: after a change in per cent, ``to end at`` leaves
#: the level to an earlier figure after the same ``at`` (``ended down 1% at 1,463.78
#: points, while the TA-125 lost 1.1% to end at 1,334.20``).
_PERCENT_LEVEL_LINK = LazyPattern(
    r"(?:,?[ \t]+or[ \t]+[^,;()]{1,30},)?(?:[ \t]+(?:higher|lower))?[ \t]+(?:to|at)[ \t]+"
)
#: The approximation and bound cues of the lexicon written as words (``about``,
#: ``more than``), not signs (``~``, ``>``).
_CUE_WORDS = tuple(
    cue for cue in (*APPROXIMATORS, *LOWER_BOUNDS, *UPPER_BOUNDS) if cue[0].isalpha()
)
#: An approximation or bound cue written before a number, with the space after it.
_NUMBER_CUE = r"(?:(?i:" + alternation(_CUE_WORDS) + r")[ \t]+)?"
#: Between a change in a count and the level it reached: a time phrase may come between
#: (``fell by 1,300 students since 2019 to``), a verb of reaching after ``to`` (``to
#: reach``, :data:`~newsparse.builtin.numbers.lexicon.REACHING_VERBS`), up to two
#: approximation or bound cues after ``to`` (``to just under``, ``to just about``).
_COUNT_LEVEL_LINK = LazyPattern(
    r"(?:[ \t]+(?i:since|in|over|during|from|between|this|last)[ \t]+[^,;()]{1,30}?)?"
    r"[ \t]+to[ \t]+(?:(?i:"
    + alternation(REACHING_VERBS, space=r"[ \t]+")
    + r")[ \t]+)?(?:(?i:"
    + alternation([*_CUE_WORDS, "just"], space=r"[ \t]+")
    + r")[ \t]+){0,2}"
)
#: A word that sets a bare number against an earlier figure (``and 2.1``, ``versus 420``).
_CONTRAST_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:and|but|while|whereas|versus|vs\.?|against|compared(?:[ \t]+(?:with|to))?"
    r"|from|than))[ \t]+(?:(?:about|around|nearly|almost|roughly|some|just|only)[ \t]+)?\Z"
)
#: A word that compares a bare number with the count before it (``up from 3.9 million``).
COMPARE_LEFT = re.compile(
    r"(?i:(?<![A-Za-z])(?:versus|vs\.?|against|compared(?:[ \t]+(?:with|to))?|from|than))"
    r"[ \t]+(?:(?:about|around|nearly|almost|roughly|some|just|only)[ \t]+)?\Z"
)
#: A comma and a direction before a bare number: the change of the figure before it
#: (``318,000 patients in October, down 12,400 on September``).
DIRECTION_LEFT = LazyPattern(
    r",[ \t]*(?i:up|down)(?:[ \t]+(?i:by))?[ \t]+"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|only)[ \t]+)?\Z"
)
#: Between an age and the bare age it changed from: ``from``, maybe after a comma and
#: ``up`` or ``down`` (``65, up from 60``, ``to 16 from 18``).
_FROM_AFTER_AGE = LazyPattern(r"[ \t]*,?[ \t]*(?:(?i:up|down)[ \t]+)?(?i:from)[ \t]+")
#: What may stand between a count and the comma of its change set aside: an ``of``
#: phrase of words (``640 kilometres of drains, down 9%``).
_AFTER_COUNT = LazyPattern(r"(?:[ \t]+of(?:[ \t]+[A-Za-z][A-Za-z'’-]*){1,3})?")
#: ``out of`` before a bare number, maybe with ``a possible``, ``a maximum`` or ``a
#: total of``: the whole a part before it is scored or counted out of.
_OUT_OF_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])out[ \t]+of(?:[ \t]+(?:a|the)[ \t]+(?:possible|maximum|total(?:[ \t]+of)?)"
    r"(?:[ \t]+of)?)?)[ \t]+\Z"
)
#: A plural noun and a bound or ``of`` before a bare number: a reading of the measure
#: before it (``109F ..., and forecasters expect highs above 105``, ``gusts of 70``).
_READING_BOUND_LEFT = LazyPattern(
    r"(?<![A-Za-z'’-])(?P<noun>[a-z]{3,}s)[ \t]+(?i:above|below|over|under|near|around|of|topping"
    r"|exceeding|beyond|nearing|approaching)[ \t]+\Z"
)
#: How far after the measure such a reading may stand.
_READING_WINDOW = 120
#: A passive verb, maybe with a particle, and ``for`` before a bare number: what the
#: subject went for, in the unit of the figure before (``a target of 287 runs, ...
#: were bowled out for``, ``listed at £450,000 ... was sold for``; ``were all out for``).
_PASSIVE_FOR_LEFT = LazyPattern(
    r"(?<![A-Za-z])(?i:was|were|is|are|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:(?:[a-z]{3,}(?:ed|en)|(?:re)?(?:"
    + PARTICIPLE_FORMS
    + r"))(?:[ \t]+(?:out|off|up|down|away|back))?|all[ \t]+out)"
    r"[ \t]+for[ \t]+\Z"
)
#: How far after the part the whole may stand (``200 marks or above out of``).
_OUT_OF_WINDOW = 40
#: A comparing word, then the figure's own noun phrase and ``of`` (``against
#: analysts' estimates of 12.5 million``, ``compared with forecasts of 3.1 million``).
COMPARE_OF_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:versus|vs\.?|against|compared[ \t]+(?:with|to)|than))"
    r"(?:[ \t]+[A-Za-z]+['’]?s?['’]?){1,3}[ \t]+of[ \t]+"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|only)[ \t]+)?\Z"
)
#: A possessive noun phrase before a bare number, its possessor a name or a noun of up to
#: three words (``his nearest rival's``, ``Labour's``, ``the Conservatives'``): the number
#: counts what the possessor has of the parallel figure's noun.
_POSSESSOR = (
    r"(?:(?i:the|his|her|their|its|our|your)[ \t]+)?(?:[A-Za-z][A-Za-z-]*[ \t]+){0,2}"
    r"[A-Za-z][A-Za-z-]*(?:['’]s|s['’])[ \t]+"
)
#: A comparing word and a possessive before a bare number: the possessor's figure set
#: against the one before it (``52 seats, compared with Labour's 31``, ``up from the
#: party's 31``).
COMPARE_POSSESSIVE_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:versus|vs\.?|against|compared[ \t]+(?:with|to)|from|than))[ \t]+"
    + _POSSESSOR
    + r"(?:(?i:about|around|nearly|almost|roughly|some|just|only)[ \t]+)?\Z"
)
#: ``to`` right before a number, maybe with an approximation or bound cue (``to about``).
_TO_BEFORE = LazyPattern(r"(?<![A-Za-z])to[ \t]+" + _NUMBER_CUE + r"\Z")
#: ``taking the tally this season to``: a verb of bringing, a noun of a count with no
#: ``of`` phrase (a time phrase may follow it; up to two modifiers may come before it:
#: ``the death toll``, ``its global total``), then ``to`` before the level, maybe with an
#: approximation or bound cue (``taking its total to about``).
_TALLY_TO_BEFORE = LazyPattern(
    r"(?<![A-Za-z])(?i:taking|bringing|pushing|lifting|raising|putting)[ \t]+"
    r"(?i:the|its|their|his|her|our)[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}?"
    r"(?i:" + alternation(COUNT_NOUNS | TALLY_NOUNS) + r")(?![A-Za-z])"
    r"(?:[ \t]+(?!(?i:of|to)(?![A-Za-z]))[A-Za-z]+){0,3}[ \t]+to[ \t]+" + _NUMBER_CUE + r"\Z"
)
#: How far before the level such a phrase may start.
_TALLY_WINDOW = 60
#: ``to`` between a count and a bare number tallied against it (``211 votes to 148``),
#: maybe with the possessive of the other side (``412 votes to his nearest rival's 298``).
_TALLY_LINK = LazyPattern(r"[ \t]+to[ \t]+(?:" + _POSSESSOR + r")?")
#: ``to`` and a verb after a tally, stating its purpose (``five tries to two to beat``).
_INFINITIVE_RIGHT = LazyPattern(r"[ \t]+to[ \t]+[a-z]{2,}(?![A-Za-z0-9'’-])")
#: A preposition or conjunction of time opening an adjunct after a tally (``by 7 votes to
#: 2 after a debate``, ``until``, ``amid``, ``following``, ``when``).
_TIME_ADJUNCT_RIGHT = LazyPattern(
    r"[ \t]+(?i:after|following|amid|until|since|when|once|as)(?![A-Za-z0-9'’-])"
)
#: ``and`` and a verb before a bare number, whose object is the count before it
#: with its noun left unsaid (``infected 2,300 people and killed 41``, ``and
#: injured over 40``).
_VERB_AND_LEFT = LazyPattern(
    r"(?<![A-Za-z])(?:and|but)[ \t]+(?P<verb>[a-z]{3,})[ \t]+" + _NUMBER_CUE + r"\Z"
)
#: A verb right before a number, maybe with cues (``burns around``, ``can burn up to``,
#: ``employs just``).
_VERB_BEFORE_NUMBER = LazyPattern(
    r"(?<![A-Za-z'’-])(?P<verb>[a-z]{3,})[ \t]+(?:(?i:just|only)[ \t]+)?" + _NUMBER_CUE + r"\Z"
)
#: :data:`_VERB_BEFORE_NUMBER` with a preposition the verb may take before the number
#: (``grazed for nine hours``, ``slept at least seven hours``), or a noun and ``with``
#: (``classes with 30 pupils``).
_VERB_PREPOSITION_BEFORE_NUMBER = LazyPattern(
    r"(?<![A-Za-z'’-])(?P<verb>[A-Za-z][a-z]{2,})[ \t]+"
    r"(?:(?P<preposition>for|in|at|on|over|to|with)[ \t]+)?"
    r"(?:(?i:just|only)[ \t]+)?" + _NUMBER_CUE + r"\Z"
)
#: A clause break between two clauses that repeat a verb: a comma, a semicolon or a
#: conjunction of contrast or addition.
_CLAUSE_JOIN = LazyPattern(r"[,;]|(?<![A-Za-z])(?:and|but|while|whereas)(?![A-Za-z])")
#: A clause that compares with the one before, or a relative clause: ``than those
#: who``, ``compared with those that``, ``versus``.
_COMPARED_CLAUSE = LazyPattern(r"(?<![A-Za-z])(?:than|versus|compared|who|that|which)(?![A-Za-z])")
#: How far before a figure the verb of its parallel figure may be looked for.
_VERB_WINDOW = 32
#: A count, a verb in the passive, a participle or a verb in ``-ed``, then ``and``
#: before a bare number that has a verb of its own: the second clause leaves the
#: subject's noun unsaid (``23 people were killed and over 40 injured``, ``six were
#: shot and two hurt``, ``14 people died and 30 were injured``).
_GAPPED_LEFT = LazyPattern(
    r"[ \t]+(?:(?:were|was|are|is|have[ \t]+been|has[ \t]+been|had[ \t]+been)[ \t]+)?"
    r"(?:[a-z]+ly[ \t]+)?(?:[a-z]{3,}ed|[a-z]+ied|"
    + PARTICIPLE_FORMS
    + r")(?:[ \t]+[^,;:.!?0-9]{1,40}?)?,?[ \t]+(?:and|but|while)[ \t]+"
    + _NUMBER_CUE
    + r"\Z"
)
#: A contrasting clause in the passive that brings its subject to a bare number:
#: ``won 162 of the 288 seats, while the opposition was reduced to 49``.
_PASSIVE_TO_LEFT = LazyPattern(
    r",[ \t]+(?i:while|whereas|but)(?:[ \t]+[A-Za-z'’-]+){1,5}?[ \t]+"
    r"(?:was|were|is|are|(?:has|have|had)[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"[a-z]{3,}(?:ed|en)(?:[ \t]+(?:down|back))?[ \t]+to[ \t]+\Z"
)
#: ``, including`` or ``, among them`` and a cue right before a bare number.
_INCLUDING_LEFT = LazyPattern(
    r"[,;(—–][ \t]*(?i:including|among[ \t]+them|among[ \t]+whom)[ \t]+" + _NUMBER_CUE + r"\Z"
)
#: A participle right after a bare number (``the 25,000 expected``, ``40 injured``,
#: ``31 hurt``, ``12 stolen``).
_PARTICIPLE_RIGHT = LazyPattern(r"[ \t]+" + PARTICIPLE + r"(?![A-Za-z'’-])")
#: A verb of its own right after a bare number that opens a clause: a participle
#: (``and over 40 injured``) or an auxiliary of the passive or perfect and a participle
#: (``and 30 were injured``, ``and 12 have since recovered``).
_OWN_VERB_RIGHT = LazyPattern(
    r"[ \t]+(?:(?:were|was|are|is|have|has|had)(?:[ \t]+been)?[ \t]+)?"
    r"(?:[a-z]+ly[ \t]+|(?:also|since|later|still)[ \t]+)?" + PARTICIPLE + r"(?![A-Za-z'’-])"
)
#: A relative clause right after a bare number, the number its head: a relative pronoun
#: and a verb, maybe after an auxiliary (``against 1,420 that declined``, ``versus 60
#: who were hurt``); ``that year`` is a determiner and its noun.
_RELATIVE_HEAD_RIGHT = LazyPattern(
    r"[ \t]+(?:that|who|which)[ \t]+"
    r"(?:(?:were|was|are|is|have|has|had|did|do|would|will|could)(?:[ \t]+been)?[ \t]+)?"
    r"(?:[a-z]+ly[ \t]+)?(?:[a-z]{3,}ed|"
    + alternation([*PLAIN_PARTICIPLES, *IRREGULAR_PARTICIPLES, *CHANGE_WORDS])
    + r")(?![A-Za-z'’-])"
)
_DIGITS = LazyPattern(r"[0-9][0-9,.]*")
#: A reduced relative clause after a number, its subject a plural noun and its verb a
#: participle ending the clause: ``the 160,000 economists had forecast``.
_RELATIVE_RIGHT = LazyPattern(
    r"[ \t]+(?:[a-z]+[ \t]+){0,2}?[a-z]+s[ \t]+"
    r"(?:(?:had|have|has|were|was|are|is|would[ \t]+have|had[ \t]+been)[ \t]+)?"
    + PARTICIPLE
    + r"(?=[ \t]*(?:[,.;:)]|\Z))"
)
#: A comparing word and ``the`` before a bare number that a participle follows:
#: the figure compared with leaves its noun unsaid (``well short of the 25,000
#: expected``, ``compared with the 1,300 projected``, ``past the 272 needed``).
_COMPARE_THE_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:versus|vs\.?|against|compared[ \t]+(?:with|to)|than|from|short[ \t]+of"
    r"|shy[ \t]+of|past|beyond|above|below|over|under|ahead[ \t]+of|behind|exceeding"
    r"|surpassing|topping))[ \t]+the[ \t]+\Z"
)
#: A relative clause after a number whose subject is a personal pronoun and whose object
#: the number leaves unsaid: ``the 26 million it handled before``, ``the 4,000 they had
#: hoped for``.
_PRONOUN_RELATIVE_RIGHT = LazyPattern(
    r"[ \t]+(?:it|they|he|she|we|I|you)[ \t]+"
    r"(?:(?:had|has|have|was|were|would|could|did|will|is|are)[ \t]+)?(?:[a-z]+ly[ \t]+)?"
    r"(?P<verb>[a-z]{3,})(?:[ \t]+(?:for|on|in|out|up))?"
    r"(?=[ \t]*(?:[,.;:)]|\Z)|[ \t]+(?i:in|on|at|for|before|after|during|last|this|a|an|the"
    r"|over|since|until|when|from|by|earlier|previously)(?![A-Za-z]))"
)
#: The rival after a lead or majority (``a majority of 3,112 over the Conservatives``).
_RIVAL_RIGHT = LazyPattern(r"[ \t]+(?i:over|ahead[ \t]+of|against)[ \t]+")
#: A count, a comma and the head of an appositive noun phrase with ``of`` before a
#: bare number: ``18,406 votes, a majority of 3,112 over``, ``54 seats, a lead of 9 over``.
_APPOSITIVE_OF = LazyPattern(
    r"[ \t]*,[ \t]+(?i:an?)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+of[ \t]+"
    r"(?:(?i:about|around|nearly|almost|roughly|some|just|only)[ \t]+)?"
)
#: A count, maybe a prepositional phrase, and a comma right before a bare number, a
#: margin on a rival after it: ``9,412 votes, 2,300 ahead of her nearest rival``, ``54
#: seats, 9 more than``, ``58 seats in the 120-seat Parliament, three short of``.
_MARGIN_COMMA = LazyPattern(
    r"(?:[ \t]+(?i:in|of|at|on|for|from|after|with|across)[ \t]+[^,;:()]{1,40}?)?"
    r"[ \t]*,[ \t]+(?:(?i:about|around|nearly|almost|roughly|some|just|only)[ \t]+)?"
)
_MARGIN_RIGHT = LazyPattern(
    r"[ \t]+(?i:ahead[ \t]+of|behind|clear[ \t]+of|adrift[ \t]+of|short[ \t]+of|shy[ \t]+of"
    r"|(?:more|fewer|less)[ \t]+than)[ \t]+"
)
#: What may follow a bare number that ends its term: a time phrase, a preposition,
#: the end of the clause.
CONTRAST_RIGHT = LazyPattern(
    r"[ \t]*(?:[,.;:!?)]|\Z)"
    r"|[ \t]+(?i:(?:in|on|at|for|during|over|from|last|this|next|a|an|the|previously"
    r"|earlier|before|respectively|now|today|currently)(?![A-Za-z]))"
    # ``from 340 five years ago``: a span of time back from now, a time phrase like a date.
    r"|[ \t]+(?i:(?:[0-9]+|" + alternation(NUMBER_WORDS) + r")"
    r"[ \t]+(?:year|month|week|day|decade|quarter|season|hour)s?[ \t]+(?:ago|earlier|before)"
    r"(?![A-Za-z]))"
)


#: A verb of change right before a bare number, maybe with a cue (``rose 1.9``, ``fell
#: about 3``): the number is the amount of the change itself.
_CHANGE_VERB_LEFT = LazyPattern(
    r"(?<![A-Za-z])(?i:" + alternation(CHANGE_WORDS) + r")[ \t]+" + _NUMBER_CUE + r"\Z"
)
#: A conjunction that opens a clause set beside the one before (``, while``, ``and``).
_CLAUSE_CONTRAST = LazyPattern(r"(?:,[ \t]*|[ \t]+)(?i:while|whereas|but|and)[ \t]+")
#: What ends a bare change: the end of its clause, a time phrase or a conjunction.
_CHANGE_RIGHT = LazyPattern(r"[ \t]+(?i:and|but|while|whereas)(?![A-Za-z])")
#: The head noun of a subject: its last word before a preposition (``prices`` of ``house
#: prices in the northern suburbs``).
_HEAD_WORD = LazyPattern(
    r"(?:[A-Za-z'’-]+[ \t]+)*?(?P<head>[A-Za-z]+)(?=[ \t]+(?i:in|of|at|on|for|from|across|with"
    r"|around|near|outside|inside)(?![A-Za-z])|[^A-Za-z]*\Z)"
)


#: A copula and a word of nearness or approximation before a bare number that restates
#: the figure before it: ``it is closer to``, ``was nearer``, ``is more like``.
_RESTATED_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:is|was|are|were|be|been|being)|['’]s)[ \t]+"
    r"(?:(?i:now|still|even|probably|likely|actually|really|perhaps)[ \t]+)?"
    r"(?i:closer[ \t]+to|nearer(?:[ \t]+to)?|close[ \t]+to|more[ \t]+like"
    r"|as[ \t]+(?:high|much|low|little|many|few)[ \t]+as)[ \t]+\Z"
)
#: How far after the figure it restates a bare number may stand.
_RESTATED_WINDOW = 80


def restated(text: str, end: int, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the measured figure a bare number after a copula of nearness restates.

    ``We have lost nearly 40 per cent of our crop, and for some growers it
    is closer to 70``, ``inflation hit 5%; in the north it was nearer 8``:
    the number after a copula and ``closer to``, ``nearer``, ``more like``
    or ``as high as``, ending its clause, puts another value on the same
    measure.
    """
    if model is None or model.unit is None or figure.start - model.end > _RESTATED_WINDOW:
        return None
    return _cued_in_clause(text, end, figure, model, _RESTATED_LEFT, 40)


def _cued_in_clause(
    text: str, end: int, figure: Figure, model: Figure, left_cue: LazyPattern, window: int
) -> Figure | None:
    """Return *model* when a cue is right before the bare number and its clause ends after it.

    :param left_cue: the cue, searched from *window* characters before the number (never
        before *model*'s end) up to the number.
    """
    if left_cue.search(text, max(model.end, figure.start - window), figure.start) is None:
        return None
    return model if CONTRAST_RIGHT.match(text, figure.end, end) is not None else None


#: ``, with`` and a subject of up to four words, a verb in ``-ing`` and maybe a cue
#: before a bare number: an absolute clause whose object is counted like the count
#: before it (``won 163 of the 288 seats, with the People's Front alone bagging``).
_WITH_ING_LEFT = LazyPattern(
    r",[ \t]+(?i:with)[ \t]+(?:[A-Za-z][A-Za-z'’.-]*[ \t]+){1,4}?(?P<verb>[a-z]{2,}ing)[ \t]+"
    + _NUMBER_CUE
    + r"\Z"
)


def absolute_part(text: str, end: int, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the count whose noun the object of an absolute clause with ``with`` leaves unsaid.

    ``The alliance won 163 of the 288 seats, with the People's Front alone
    bagging 98``, ``sold 300 cars, with its Ford dealers selling 120``: the
    bare number after ``with``, a subject and a verb in ``-ing`` is a part of
    what the count before counts, when it ends its clause.
    """
    if model is None or model.unit is None or model.kind != "count":
        return None
    found = _WITH_ING_LEFT.search(text, max(model.end, figure.start - 60), figure.start)
    if found is None or found.group("verb") in COUNT_STOPWORDS:
        return None
    if CONTRAST_RIGHT.match(text, figure.end, end) is None:
        return None
    return model


#: A word of a contest, its object of up to four words, and ``by`` before a bare
#: number, its margin (``beating his own record by``, ``won the race by``), or the
#: word and ``on``, the number it stands on (``trailing on``, ``left stuck on``).
_CONTEST_MARGIN_LEFT = LazyPattern(
    r"(?<![A-Za-z])(?i:"
    + alternation(sorted(CONTEST_WORDS | RESULT_VERBS))
    + r")(?:(?:[ \t]+(?!(?i:by|and|or|but)(?![A-Za-z]))[A-Za-z'’-]+){0,4}[ \t]+by"
    r"|[ \t]+on)[ \t]+" + _NUMBER_CUE + r"\Z"
)


#: A preposition (``of`` too) right before a figure, maybe with a cue: the figure is an
#: adjunct's object (``in front of 20,000 fans``), no side's tally.
_PREPOSITION_BEFORE = LazyPattern(
    r"(?<![A-Za-z])(?i:" + alternation(sorted(PREPOSITIONS)) + r")[ \t]+" + _NUMBER_CUE + r"\Z"
)


def contest_margin(text: str, end: int, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the count a bare margin or standing in a contest counts.

    ``wolfed down 76 hot dogs ..., beating his own record by three and
    leaving the runner-up trailing on 59``: after a word of a contest and
    ``by`` (the margin) or ``on`` (the number a side stands on), a bare
    number ending its clause counts what the count before it counts, when
    that count, if it writes its own noun, is no preposition's object (``In
    front of 20,000 fans, Rovers beat City by three`` counts no fan).

    :param model: the last count of the sentence before the number.
    """
    if model is None or model.unit is None or model.kind != "count":
        return None
    if "unit_from" not in model.attributes and _PREPOSITION_BEFORE.search(
        text, max(0, model.start - 30), model.start
    ):
        return None  # ``In front of 20,000 fans, Rovers beat City by three``
    if _CONTEST_MARGIN_LEFT.search(text, max(model.end, figure.start - 50), figure.start) is None:
        return None
    if (
        CONTRAST_RIGHT.match(text, figure.end, end) is None
        and _CHANGE_RIGHT.match(text, figure.end, end) is None
    ):
        return None
    return model


def parallel_change(text: str, end: int, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the change in per cent that a bare change in a clause beside it restates.

    ``house prices climbed 2.4 per cent ..., while unit prices rose 1.9``:
    a bare number right after a verb of change, ending its clause, in a
    clause opened by ``while``, ``whereas``, ``but`` or ``and`` after an
    earlier change in per cent, is a change in per cent too when its own
    subject (between that conjunction and the verb) has the head noun of the
    earlier change's subject (``Shares rose 3%, while the index added 12``
    is not: an index moves by points).
    """
    if model is None or model.kind != "percent" or model.change is None:
        return None
    if figure.change is None or model.subject is None:
        return None
    verb = _CHANGE_VERB_LEFT.search(text, max(model.end, figure.start - 30), figure.start)
    if verb is None:
        return None
    # the last conjunction before the verb opens the bare change's clause
    openings = list(_CLAUSE_CONTRAST.finditer(text, model.end, verb.start()))
    if not openings:
        return None
    opening = openings[-1]
    # the clause's own subject, between its conjunction and its verb of change
    if _head(text, (opening.end(), verb.start())) != _head(text, model.subject):
        return None
    if (
        CONTRAST_RIGHT.match(text, figure.end, end) is None
        and _CHANGE_RIGHT.match(text, figure.end, end) is None
    ):
        return None
    return model


def _head(text: str, subject: tuple[int, int]) -> str:
    """Return the last word of a subject, lower-cased: its head noun."""
    word = _HEAD_WORD.match(text, *subject)
    return word.group("head").lower() if word is not None else ""


def level_after(text: str, figure: Figure, changed: Figure | None) -> Figure | None:
    """Return the change in points or another unit whose level a bare number states.

    ``fell 26.23 points to 2,662.91``, ``rose 350 points, or 1.1 per cent, to
    33,500``, ``closed up 45 points at 7,684``, ``added 612 points to close
    at 84,930``: the level reached takes the unit of the change.  A change
    in a count lends its noun over a time phrase and a bound (``fell by
    1,300 students since 2019 to just under 9,000``).
    """
    if changed is None or changed.unit is None:
        return None
    link = _COUNT_LEVEL_LINK if changed.kind == "count" else _LEVEL_LINK
    if link.fullmatch(text, changed.end, figure.start) is None:
        return None
    return changed


def change_to_level(text: str, figure: Figure, level: Figure) -> Figure | None:
    """Return the level whose noun or unit the bare amount of a change before it leaves unsaid.

    ``Her lead narrowed by 3 to 11 strokes``, ``enrolment fell by 1,300 to
    9,000 students``, ``the index rose 26.23 to 2,662.91 points``: the change
    and the level it reached measure one quantity, named once after the
    level.  Only a count or a measure lends its noun or unit: a change in
    per cent is in points of a percentage, a level in money may be a price.
    """
    if figure.change is None or not isinstance(figure.value, float):
        return None
    if level.unit is None or level.kind not in ("count", "measure"):
        return None
    if figure.kind != "number" and (
        # ``The number of people on the list rose by 0.2 to 6.4 million people``: the
        # subject named the change's noun, the level still lends its scale.
        figure.kind != level.kind or figure.unit != level.unit or "scale" in figure.attributes
    ):
        return None
    if _COUNT_LEVEL_LINK.fullmatch(text, figure.end, level.start) is None:
        return None
    return level


#: A verb of change and ``to`` or ``at`` right before a level (``fell to``, ``closed at``).
_LEVEL_VERB_LEFT = LazyPattern(
    r"(?<![A-Za-z])(?i:"
    + alternation(CHANGE_WORDS)
    + r")[ \t]+(?i:to|at)[ \t]+"
    + _NUMBER_CUE
    + r"\Z"
)


def index_level(text: str, figure: Figure, floor: int) -> bool:
    """Whether a bare number is the level an index reached in its own clause.

    ``sterling gained 0.5% to $1.2716, while the dollar index fell to
    104.12``: the subject of the clause, between its conjunction (or the
    start of the sentence) and its verb of change, has the head noun
    ``index``; an index level is in points or in no unit, never in the
    currency of an earlier level after the same preposition.

    :param floor: the start of the sentence.
    """
    verb = _LEVEL_VERB_LEFT.search(text, max(floor, figure.start - 40), figure.start)
    if verb is None:
        return False
    openings = list(_CLAUSE_CONTRAST.finditer(text, max(floor, verb.start() - 60), verb.start()))
    start = openings[-1].end() if openings else floor
    return singular(_head(text, (start, verb.start()))) == "index"


def level_after_percent(text: str, figure: Figure, before: Figure | None) -> bool:
    """Whether a bare number states the level reached after a change in per cent.

    ``the rand firmed to R18.42, while the index added 1.1% to 78,904``: the
    level is of whatever the percentage moved, not of the earlier figure
    that followed the same preposition.
    """
    return (
        figure.kind == "number"
        and before is not None
        and before.kind == "percent"
        and before.change is not None
        and _PERCENT_LEVEL_LINK.fullmatch(text, before.end, figure.start) is not None
    )


def contrasted(
    text: str,
    end: int,
    figure: Figure,
    model: Figure | None,
    left_cue: re.Pattern[str] | LazyPattern = _CONTRAST_LEFT,
    window: int = 24,
) -> Figure | None:
    """Return the figure a bare number is set against, whose unit it leaves unsaid.

    ``-1.4 degrees in 2018 and 2.1 last year``, ``500 km, versus 420 a year
    earlier``: a coordinating or comparing word before the bare number,
    and a time phrase, a preposition or the end of the clause after it,
    set it against the last measured figure of the sentence.  A count
    lends its noun only to a number it is compared with (*left_cue* is
    :data:`COMPARE_LEFT`): ``4.2 million passengers, up from 3.9
    million``; ``and`` alone does not (``31 goals at home and 18 away``);
    a comma and a direction make the number the change of the count
    (*left_cue* is :data:`DIRECTION_LEFT`: ``318,000 patients in October,
    down 12,400 on September``).  A relative clause after the number ends
    its term too, the number standing for the noun it leaves unsaid (``1,900
    stocks advanced against 1,420 that declined``).

    :param end: one past the sentence's last offset.
    :param window: how far before the bare number the cue may start: room for the
        longest cue and its approximation (``compared with roughly``).
    """
    if model is None or model.unit is None:
        return None
    left = max(model.end, figure.start - window)
    if left_cue.search(text, left, figure.start) is None:
        return None
    if (
        CONTRAST_RIGHT.match(text, figure.end, end) is None
        and _RELATIVE_HEAD_RIGHT.match(text, figure.end, end) is None
    ):
        return None
    return model


def age_changed_from(text: str, figure: Figure, before: Figure | None) -> Figure | None:
    """Return the age right before a bare number after ``from``: the age it changed from.

    ``raises the voting age to 16 from 18``, ``the retirement age is 65, up
    from 60``: a whole number of an age's size after ``from`` (maybe ``up``
    or ``down`` and a comma before) right after an age is the age before the
    change.
    """
    if before is None or before.kind != "age" or not isinstance(figure.value, float):
        return None
    if figure.value != int(figure.value) or not 1 <= figure.value <= 120:
        return None
    if _FROM_AFTER_AGE.fullmatch(text, before.end, figure.start) is None:
        return None
    return before


def count_of_change_aside(
    text: str, change: Figure | None, candidates: Sequence[Figure]
) -> Figure | None:
    """Return the count or measure whose change in per cent *change* is, set aside after it.

    ``40 messages a day, up 10% on last year``, ``12,000 cars, down 4%``,
    ``640 kilometres of drains, down 9%``: a comma and a direction between
    them (after the noun's ``of`` phrase, if any) make the percentage the
    change of the figure before, so that a bare number compared after both (``, compared
    with 25 in 2019``) is a term of that figure, not of its change.

    :param candidates: the earlier figures of the sentence with a unit, in order.
    """
    if change is None or change.kind != "percent" or change.change is None or not candidates:
        return None
    model = candidates[-1] if candidates[-1] is not change else None
    if model is None and len(candidates) > 1:
        model = candidates[-2]
    if model is None or model.kind not in ("count", "measure") or model.end > change.start:
        return None
    aside = DIRECTION_LEFT.search(text, model.end, change.start)
    if aside is None or _AFTER_COUNT.fullmatch(text, model.end, aside.start()) is None:
        return None
    return model


def whole_out_of(text: str, end: int, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the part whose noun or unit a bare whole after ``out of`` leaves unsaid.

    ``scored 200 marks or above out of a possible 400``, ``won 7 games out of
    10``: the whole is counted in the part's noun or unit.
    """
    if model is None or model.unit is None or figure.start - model.end > _OUT_OF_WINDOW:
        return None
    return _cued_in_clause(text, end, figure, model, _OUT_OF_LEFT, _OUT_OF_WINDOW)


def bounded_reading(text: str, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the measure a bare number after a plural noun and a bound is a reading of.

    ``Temperatures hit 109F ..., and forecasters expect highs above 105``,
    ``winds of 50 mph, with gusts of 70``: a plural noun and a bound (or
    ``of``) before the bare number name another reading of the measure
    before it in the sentence, whatever follows it (``readings above 45 are
    forecast``).
    """
    if model is None or model.unit is None or model.kind != "measure":
        return None
    if figure.start - model.end > _READING_WINDOW:
        return None
    reading = _READING_BOUND_LEFT.search(text, max(model.end, figure.start - 30), figure.start)
    if reading is None or reading.group("noun") in PERSON_AGE_NOUNS:
        return None  # ``adults over 65``: people by their age
    return model


def passive_for(text: str, end: int, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the figure whose noun or unit a bare number after a passive and ``for`` takes.

    ``Chasing a target of 287 runs, the Kings were bowled out for 241``, ``listed
    at £450,000, the flat was sold for 420,000``: what the subject was
    dismissed or sold for is stated in the unit of the figure before it.
    """
    if model is None or model.unit is None or model.kind not in ("count", "measure", "money"):
        return None
    return _cued_in_clause(text, end, figure, model, _PASSIVE_FOR_LEFT, 40)


def scaled_level(
    text: str, start: int, end: int, figure: Figure, model: Figure | None
) -> Figure | None:
    """Return the count whose level a bare scaled number after ``to`` states.

    ``planted 92.3 million acres ..., while acreage fell 4% to 83.5
    million``, ``added 12,400 employees, taking its headcount to 3.16
    lakh``: a level written with a scale word and no noun, ending its
    clause, counts the noun or unit of the last count or measure of the
    sentence, over the percentages and changes between them.  So does a
    level of a count noun without its ``of`` phrase after a verb of bringing
    (``2,418 dengue cases last week, taking the tally this season to
    19,730``, ``to about 4,100``).  The level counts the whole, not what was
    added to it: an adjective of addition
    (:data:`~newsparse.builtin.numbers.lexicon.ADDED_MODIFIERS`) opening the
    count's noun is left out (``350 new stores ..., taking its total to about
    4,100`` counts ``store``).
    """
    if model is None:
        return None
    if "scale" not in figure.attributes:
        # ``2,418 dengue cases ..., taking the tally this season to 19,730``
        left = max(start, model.end, figure.start - _TALLY_WINDOW)
        if _TALLY_TO_BEFORE.search(text, left, figure.start) is None:
            return None
    elif _TO_BEFORE.search(text, max(start, figure.start - 24), figure.start) is None:
        return None
    if CONTRAST_RIGHT.match(text, figure.end, end) is None:
        return None
    return _whole_of(model)


def _whole_of(model: Figure) -> Figure:
    """Return *model*, or a copy whose noun leaves out an opening adjective of addition."""
    if model.kind != "count" or model.unit is None:
        return model
    first, _, rest = model.unit.partition(" ")
    if not rest or first not in ADDED_MODIFIERS:
        return model
    return dataclasses.replace(model, unit=rest)


def tally(text: str, end: int, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the count a bare number right after ``to`` is tallied against.

    ``by 211 votes to 148``, ``won 5 seats to 2``: ``to`` right after a
    count and a number ending its clause (or before an infinitive of
    purpose: ``five tries to two to beat``, or an adjunct of time: ``after a
    debate``) set two counts of one noun
    side by side; the second leaves the noun unsaid, also after the
    possessive of the other side (``412,806 votes to his nearest rival's
    298,114``).
    """
    if model is None or model.unit is None:
        return None
    if _TALLY_LINK.fullmatch(text, model.end, figure.start) is None:
        return None
    if (
        CONTRAST_RIGHT.match(text, figure.end, end) is None
        and _INFINITIVE_RIGHT.match(text, figure.end, end) is None
        and _TIME_ADJUNCT_RIGHT.match(text, figure.end, end) is None
    ):
        return None
    return model


def object_of_second_verb(
    text: str, end: int, figure: Figure, model: Figure | None
) -> Figure | None:
    """Return the count whose noun a bare number after ``and`` and a verb leaves unsaid.

    ``infected 2,300 people and killed 41``, ``sold 300 cars and leased 40.``:
    the second verb's object counts what the first one's does, when the
    number ends its clause (or a time phrase or preposition follows, an
    adjunct of time too: ``killed 61 people and sickened 2,480 since
    August``).
    """
    if model is None:
        return None
    left = max(model.end, figure.start - 24)
    verb = _VERB_AND_LEFT.search(text, left, figure.start)
    if verb is None or verb.group("verb") in COUNT_STOPWORDS:
        return None
    if (
        CONTRAST_RIGHT.match(text, figure.end, end) is None
        and _TIME_ADJUNCT_RIGHT.match(text, figure.end, end) is None
    ):
        return None
    return model


def _verb_stem(word: str) -> str:
    """Return a rough stem of a verb form, one for its inflections (``burns``, ``burn``)."""
    if word.endswith(("ied", "ies")):
        return word[:-3] + "y"
    if word.endswith("ing"):
        word = word[:-3]
    elif word.endswith("ed") or (word.endswith("es") and word[-3:-2] in ("s", "x", "z", "h")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]  # ``planned``: a doubled consonant
    return word[:-1] if word.endswith("e") else word


def object_of_repeated_verb(
    text: str, end: int, figure: Figure, model: Figure | None
) -> Figure | None:
    """Return the figure whose noun the bare object of a verb repeated later leaves unsaid.

    ``burns around 100 calories ..., while an hour of swimming can burn up to
    500``, ``carried 40 passengers; the new one can carry up to 90``: the
    verb before the bare number is the one before the figure with a unit,
    in another clause, and the number ends its clause.  A verb of change or
    of a game's result repeated (``prices rose 3% and rents rose 12``) is
    read as changes and results are.
    """
    if model is None or model.unit is None:
        return None
    second = _VERB_BEFORE_NUMBER.search(
        text, max(model.end, figure.start - _VERB_WINDOW), figure.start
    )
    if second is None or second.group("verb") in COUNT_STOPWORDS:
        return None
    if second.group("verb") in CHANGE_WORDS or second.group("verb") in RESULT_VERBS:
        return None  # ``prices rose 3% and rents rose 12``: a change, read as changes are
    first = _VERB_BEFORE_NUMBER.search(text, max(0, model.start - _VERB_WINDOW), model.start)
    if first is None or _verb_stem(first.group("verb")) != _verb_stem(second.group("verb")):
        return None
    if _CLAUSE_JOIN.search(text, model.end, second.start()) is None:
        return None
    if CONTRAST_RIGHT.match(text, figure.end, end) is None:
        return None
    return model


def object_of_verb_repeated_after(
    text: str, end: int, figure: Figure, candidates: Sequence[Figure]
) -> Figure | None:
    """Return the earlier figure whose verb a bare number's clause repeats, the nearest first.

    ``adults who walked at least 7,000 steps a day had a 31% lower risk than
    those who walked fewer than 4,000``: the verb before the bare number (a
    bound or approximation cue between, or the same preposition: ``grazed for
    nine hours a day ... grazed for fewer than six``) is the one before an earlier figure
    with a unit, passing over the figures of other verbs between them; the
    clauses are joined as :func:`object_of_repeated_verb` says, or compared
    (``than``, ``compared with``) or relative (``those who``).

    :param candidates: the earlier figures of the sentence with a unit, in order.
    """
    if not candidates or CONTRAST_RIGHT.match(text, figure.end, end) is None:
        return None
    left = max(0, figure.start - _VERB_WINDOW)
    second = _VERB_PREPOSITION_BEFORE_NUMBER.search(text, left, figure.start)
    if second is None or second.group("verb").lower() in COUNT_STOPWORDS:
        return None
    verb = second.group("verb").lower()
    if verb in CHANGE_WORDS or verb in RESULT_VERBS:
        return None
    stem = _verb_stem(verb)
    for model in reversed(candidates):
        if model.unit is None or model.end > second.start():
            continue
        first = _VERB_PREPOSITION_BEFORE_NUMBER.search(
            text, max(0, model.start - _VERB_WINDOW), model.start
        )
        if (
            first is None
            or _verb_stem(first.group("verb").lower()) != stem
            or first.group("preposition") != second.group("preposition")
        ):
            continue
        between = (model.end, second.start())
        if (
            _CLAUSE_JOIN.search(text, *between) is None
            and _COMPARED_CLAUSE.search(text, *between) is None
        ):
            return None
        return model
    return None


def gapped(text: str, end: int, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the count whose noun and verb a coordinated bare number leaves unsaid.

    ``23 people were killed and over 40 injured``, ``300 flights were
    cancelled and 500 delayed``, ``14 people died and 30 were injured``: a
    count that is the subject of a verb in ``-ed`` or a participle, ``and``
    and a bare number followed by a verb of its own (a participle, maybe
    after an auxiliary) make two clauses of one subject noun.
    """
    if model is None or model.unit is None:
        return None
    if _GAPPED_LEFT.fullmatch(text, model.end, figure.start) is None:
        return None
    if _OWN_VERB_RIGHT.match(text, figure.end, end) is None:
        return None
    return model


def included(text: str, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the count a bare number after ``including`` is a part of.

    ``2.3 million Australians had their details exposed, including 460,000
    whose passports were taken``: the number after ``, including`` (or
    ``among them``) names part of the things the count before it counts.
    """
    if model is None or model.unit is None or model.kind != "count":
        return None
    left = max(model.end, figure.start - 40)
    if _INCLUDING_LEFT.search(text, left, figure.start) is None:
        return None
    return model


def passive_level(text: str, end: int, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the count a bare number in a contrasting passive clause leaves unsaid.

    ``The alliance won 162 of the 288 seats, while the opposition was
    reduced to 49``: the second clause brings its subject to a number of
    the same things; an active change (``while the index rose to 7,400``)
    states a level of its own.
    """
    if model is None or model.unit is None:
        return None
    return _cued_in_clause(text, end, figure, model, _PASSIVE_TO_LEFT, 80)


def appositive(text: str, end: int, figure: Figure, model: Figure | None) -> Figure | None:
    """Return the count a bare number in an appositive ``of`` phrase measures a lead on.

    ``took the seat with 18,406 votes, a majority of 3,112 over the
    Conservatives``: the noun phrase set beside the count names its
    difference from a rival's (``over``, ``ahead of``, ``against``), which
    counts the same noun, as does a bare margin set beside the count
    (``9,412 votes, 2,300 ahead of her nearest rival``).  Without the rival
    (``352 seats, a majority of 54,``) the number is left bare.
    """
    if model is None or model.unit is None:
        return None
    if _MARGIN_COMMA.fullmatch(text, model.end, figure.start) is not None:
        # ``9,412 votes, 2,300 ahead of her nearest rival``: the margin itself set beside.
        return model if _MARGIN_RIGHT.match(text, figure.end, end) is not None else None
    if _APPOSITIVE_OF.fullmatch(text, model.end, figure.start) is None:
        return None
    if _RIVAL_RIGHT.match(text, figure.end, end) is None:
        return None
    return model


def compared_with_expected(
    text: str, end: int, figure: Figure, model: Figure | None
) -> Figure | None:
    """Return the figure a bare number after a comparing word and ``the`` is set against.

    ``added 15,900 jobs, well short of the 25,000 expected``: the number
    compared with and the participle after it leave the noun of the figure
    before unsaid, as does a reduced relative after it (``the 160,000
    economists had forecast``).
    """
    if model is None or model.unit is None:
        return None
    left = max(model.end, figure.start - 24)
    if _COMPARE_THE_LEFT.search(text, left, figure.start) is None:
        return None
    participle = _PARTICIPLE_RIGHT.match(text, figure.end, end)
    if participle is None and _RELATIVE_RIGHT.match(text, figure.end, end) is None:
        return None
    return model


def compared_with_own_relative(
    text: str, end: int, figure: Figure, candidates: Sequence[Figure]
) -> Figure | None:
    """Return the count a bare number compared with leaves unsaid before a pronoun's relative.

    ``handled 23.4 million passengers last year, up 9%, but still below the
    26 million it handled before the pandemic``: after a comparing word and
    ``the``, a relative clause whose subject is a personal pronoun and whose
    object is the number left unsaid makes the number a term of the count
    whose verb it repeats, or else of the last count or measure before it,
    over the percentages between them.

    :param candidates: the earlier figures of the sentence with a unit, in order.
    """
    if not candidates:
        return None
    relative = _PRONOUN_RELATIVE_RIGHT.match(text, figure.end, end)
    if relative is None:
        return None
    if _COMPARE_THE_LEFT.search(text, max(0, figure.start - 24), figure.start) is None:
        return None
    stem = _verb_stem(relative.group("verb"))
    fallback: Figure | None = None
    for model in reversed(candidates):
        if model.unit is None or model.kind not in ("count", "measure"):
            continue
        first = _VERB_BEFORE_NUMBER.search(text, max(0, model.start - _VERB_WINDOW), model.start)
        if first is not None and _verb_stem(first.group("verb")) == stem:
            return model
        fallback = fallback or model
    return fallback


def relative_after_compared(text: str, start: int, end: int, figure: Figure) -> int | None:
    """Return where the number of a count ends when its noun opens a reduced relative.

    ``far above the 160,000 economists had forecast``: after a comparing word
    and ``the``, a plural noun, an auxiliary and a participle ending the clause
    are a relative clause whose subject is the noun; the number is bare and
    compared with the figure before (:func:`compared_with_expected`).

    :param start: first offset of the sentence.
    :param end: one past its last offset.
    """
    if _COMPARE_THE_LEFT.search(text, max(start, figure.start - 24), figure.start) is None:
        return None
    number = _DIGITS.match(text, figure.start, figure.end)
    if number is None or _RELATIVE_RIGHT.match(text, number.end(), end) is None:
        return None
    return number.end()
