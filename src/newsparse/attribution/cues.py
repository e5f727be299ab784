"""Cue words used as verbs: which occurrences of a cue report speech.

A cue must be used as a verb: not after a determiner or a possessive
(``the report``, ``the city’s proposed budget``), not passive (``is said
to``) unless ``by`` names the speaker (``were told by the board that``), not
negated (``did not say``), not an infinitive (``refused to comment``), not
capitalised (``United States``, ``READ MORE``); a bare base
form needs a plural subject (``officials say``); an ``-ing`` form must open
a participial clause (``, saying``) or follow a form of *be*.  ``according
to`` and ``in his (own) words`` are found here too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from newsparse.attribution.cue_lexicon import CueEntry, CueLexicon
from newsparse.attribution.mentions import is_speaker_noun, present_participle
from newsparse.attribution.wordlists import (
    ADVERBS_BEFORE_CUE,
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    HEARERS,
    NEGATIONS,
    PARTICIPLES_IN_N,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUN_NUMBER,
    TIME_WORDS,
    is_ly_adverb,
    words_of,
)
from newsparse.attribution.words import QUOTE, WORD, Word, is_capitalised
from newsparse.lexicon import default_lexicon

__all__ = [
    "IRREALIS",
    "NAME_TITLES",
    "PARTICIPLE_OPENERS",
    "CueHit",
    "absolute_with",
    "find_cues",
    "implicative_start",
    "passive_agent",
    "skip_left",
]

_NOUN_DETERMINERS = words_of(
    "a an the his her its their our my your this these those whose every each"
)
#: Possessives of ``in his words``, ``in their own words``.
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our"})
#: Cues that are also verbs of combining (Levin 22.1, ``add X to Y``): before
#: ``to`` and anything but a hearer they mean "increase", not "say".
_MIX_VERBS = frozenset({"add"})
#: Subjects a bare base form agrees with (``whom`` of ``many of whom say``).
#: Quantifiers standing alone as a plural subject are among them (``some say``,
#: ``many say``).
_PLURAL_SUBJECTS = (
    frozenset({"they", "we", "i", "you", "who", "whom", "people", "police"})
    | frozenset({"some", "many", "most", "several", "few", "all"})
    | GROUP_NOUNS
)
#: Words after which an ``-ing`` cue opens a participial clause.
PARTICIPLE_OPENERS = frozenset(
    {",", "—", "–", "-", "and", "while", "before", "after", "by", "when", ";", "(", "as"}
)


#: Words that stand before a time word as part of a time phrase
#: (``on Friday``, ``this week``, ``late Friday``, ``for years``).
_TIME_MODIFIERS = frozenset(
    {"on", "this", "last", "next", "past", "late", "early", "for", "over", "in", "recent", "the"}
)


#: Modals that put a cue in the future or the possible (``will argue``, ``could
#: say``): speech not yet made reports nothing.  ``would`` also marks a past
#: habit or reported future (``would later tell``) and stays a cue.
IRREALIS = frozenset(
    {"will", "’ll", "'ll", "could", "might", "may", "should", "can", "must", "shall"}
)


#: A year (``2010``) and the months, which a preposition makes a time phrase.
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_MONTHS = frozenset(row[0].lower() for row in default_lexicon().table("months"))
_DATE_PREPOSITIONS = frozenset({"in", "on", "since", "during", "by", "until"})


class CueHit(NamedTuple):
    """A cue found in a clause.

    :param first: index of its first token.
    :param last: index of its last token (``called for``, ``according to``).
    :param entry: its lexicon entry, or ``None`` for ``according to`` and
        ``in her words``.
    """

    first: int
    last: int
    entry: CueEntry | None


#: Quantifiers that float after a plural subject (``The two leaders both said``).
_FLOATING_QUANTIFIERS = frozenset({"both", "all"})


def _name_word(words: Sequence[Word], j: int) -> bool:
    """Whether a capitalised word after another capitalised word ends a name (``Theresa May``)."""
    return (
        j > 0
        and is_capitalised(words[j])
        and words[j - 1].kind == WORD
        and is_capitalised(words[j - 1])
    )


def skip_left(words: Sequence[Word], j: int) -> int:
    """Step left from ``words[j]`` over adverbs, auxiliaries and time words.

    A word that only modifies a time word (``this``, ``last``, ``late``,
    ``early``) is stepped over before one: ``Ms. Lee earlier this week
    said``, ``The union late Friday said``.

    :return: the index of the first token that is none of them (-1 at the start).
    """
    start = j
    while j >= 0:
        word = words[j]
        if word.kind != WORD:
            return j
        low = word.lower
        if (
            low in ADVERBS_BEFORE_CUE
            or low in _FLOATING_QUANTIFIERS
            or (low in AUXILIARIES and not _name_word(words, j))
            or low in NEGATIONS
            or (is_ly_adverb(low) and not is_capitalised(word))
            or (
                low in TIME_WORDS
                and low not in ("this", "last", "next", "past")
                and not (j > 0 and words[j - 1].text[:1].isdigit())
            )
        ):
            # (a time word a number counts ends a noun phrase: ``for 46 years says``)
            j -= 1
            continue
        if (
            low in _TIME_MODIFIERS
            and j < start
            and (words[j + 1].lower in TIME_WORDS or words[j + 1].lower in _TIME_MODIFIERS)
        ):
            j -= 1
            continue
        if (
            (_YEAR.fullmatch(low) is not None or low in _MONTHS)
            and j > 0
            and words[j - 1].lower in _DATE_PREPOSITIONS
        ):
            # ``who in 2010 said``, ``The board in March said``
            j -= 2
            continue
        return j
    return j


#: Words that count a plural noun (``50 member states``, ``several reports``),
#: quantifying adjectives among them (``numerous decrees``, ``various claims``).
_COUNTING = words_of(
    """
    many several few some both all more fewer two three four five six seven eight nine ten
    dozens hundreds thousands numerous various countless multiple myriad innumerable
    """
)
#: The suffix of adjectives that are never nouns (``serious claims``, ``previous warnings``).
_ADJECTIVE_ONLY_SUFFIX = "ous"


def _counted_noun(words: Sequence[Word], i: int, entry: CueEntry) -> bool:
    """Whether an ``-s`` form is a counted plural noun (``more than 50 member states``).

    A number or a counting word right before it, or before the one noun
    that modifies it, makes the form a noun, not a verb; so does an
    adjective in ``-ous`` right before it (``issued numerous decrees``,
    ``made serious claims``), since such an adjective is never a subject.  A modifying noun
    is singular (``member states``): a number before a plural counts that
    plural (``for 46 years says``), and the form after it is a verb; so is
    the form after a noun that a hyphenated number modifies (``a
    $7-million jackpot says``).
    """
    form = words[i].lower
    if entry.participle or not form.endswith("s") or form == entry.base.split(" ", 1)[0]:
        return False
    for k in (i - 1, i - 2):
        if k < 0 or words[k].kind != WORD:
            return False
        low = words[k].lower
        if low[:1].isdigit() and "-" in low and k == i - 2:
            # a compound modifier (``a $7-million jackpot says``, ``the 10-year
            # plan states``) counts nothing: the noun after it is the subject
            return False
        if low[:1].isdigit() or low in _COUNTING:
            return k == i - 1 or not _plural_noun(words[i - 1].lower)
        if k == i - 1 and low.endswith(_ADJECTIVE_ONLY_SUFFIX) and not is_capitalised(words[k]):
            return True  # an adjective in ``-ous`` modifies a noun: ``previous warnings``
        if k == i - 1 and (is_capitalised(words[k]) or low in AUXILIARIES or low in BE_FORMS):
            return False
    return False


def _plural_noun(word: str) -> bool:
    """Whether a word reads as a plural in ``-s`` (``years``), not as ``-ss`` or ``-us``."""
    return word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is", "ws"))


def _after_document(words: Sequence[Word], i: int) -> bool:
    """Whether an ``-ing`` cue follows a document noun (``a notice Tuesday saying``).

    A text that speaks takes a participle of saying as a reduced relative
    clause (``a statement saying``, ``a letter on Friday warning``).
    """
    k = i - 1
    while k >= 0 and words[k].kind == WORD and words[k].lower in TIME_WORDS and i - k <= 2:
        k -= 1
    if k >= 0 and words[k].lower in _TIME_MODIFIERS and k < i - 1:
        k -= 1
    return k >= 0 and words[k].kind == WORD and words[k].lower in DOCUMENT_NOUNS


#: Words a ``*`` of an implicative phrase may stand for (``took to social media``).
_WILDCARD_REACH = 4


@functools.cache
def _implicatives() -> tuple[tuple[str, ...], ...]:
    """Return the lexicon's implicative phrases, word by word (read when first needed)."""
    return tuple(tuple(phrase.split()) for phrase in default_lexicon().words("implicative_cues"))


def implicative_start(words: Sequence[Word], to: int) -> int | None:
    """Return where an implicative predicate before ``to`` starts (``went on to say``).

    ``X went on to say``, ``X was quick to point out``, ``X took to social
    media to say``: the saying took place, so the cue after ``to`` reports
    and the predicate's subject speaks.  Predicates that leave it undone
    (``wanted to say``, ``declined to say``) are not implicative.

    :param words: the clause's tokens.
    :param to: the index of ``to``.
    :return: the index of the predicate's first word, or ``None``.
    """
    for phrase in _implicatives():
        start = _match_before(words, phrase, to)
        if start is not None:
            return start
    return None


def _match_before(words: Sequence[Word], phrase: tuple[str, ...], end: int) -> int | None:
    """Return where *phrase* starts if it ends right before ``words[end]``."""
    k = end
    for n in range(len(phrase) - 1, -1, -1):
        part = phrase[n]
        if part == "*":
            # one to four words, then the rest of the phrase must match before them
            for width in range(1, _WILDCARD_REACH + 1):
                if k - width < 0 or any(words[m].kind != WORD for m in range(k - width, k)):
                    break
                found = _match_before(words, phrase[:n], k - width)
                if found is not None:
                    return found
            return None
        k -= 1
        if k < 0 or words[k].kind != WORD or words[k].lower != part:
            return None
    return k


#: Words the subject of an absolute ``with`` clause may hold, its postmodifier included
#: (``with two officials``, ``with fans from as far away as Peru and Chile``).
_ABSOLUTE_REACH = 12


def absolute_with(words: Sequence[Word], i: int) -> int | None:
    """Return the index of ``with`` when a participle ends an absolute clause's subject.

    ``The toll rose to 40, with officials saying it could climb``: after a
    comma (or at the clause's start) ``with`` and a noun phrase make the
    subject of the participle after them.  A second absolute clause joined by
    ``and`` shares the ``with`` (``..., with the mayor accusing the province
    of “stalling” and the minister firing back that ...``): ``and`` opens its
    subject.

    :param words: the clause's tokens.
    :param i: the index of the participle.
    """
    for k in range(i - 2, max(-1, i - _ABSOLUTE_REACH - 2), -1):
        word = words[k]
        if word.kind != WORD:
            if word.text == "." and k > 0 and words[k - 1].end == word.start:
                continue  # the period of an abbreviation (``with Ms. Ruiz saying``)
            return None
        if word.lower == "with":
            return k if _opens_absolute(words, k) else None
        if (
            word.lower == "and"
            and k < i - 1
            and (words[k + 1].lower in DETERMINERS or is_capitalised(words[k + 1]))
        ):
            opening = next((w for w in range(k - 1, -1, -1) if words[w].lower == "with"), None)
            if (
                opening is not None
                and _opens_absolute(words, opening)
                and any(words[w].lower.endswith("ing") for w in range(opening + 2, k))
            ):
                # (the first absolute clause has its own participle: ``with fans
                # from Peru and Chile calling`` is one subject)
                return k
    return None


def _opens_absolute(words: Sequence[Word], k: int) -> bool:
    """Whether ``with`` at *k* opens an absolute clause: at the start or after a comma or dash."""
    return k == 0 or words[k - 1].text in (",", "—", "–", ";")


def _hearer_before_that(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is a bare noun of persons before ``that`` (``admitted to police that``).

    A noun of persons after ``to`` and before ``that`` and a clause is the
    hearer, not the verb of an infinitive (``promised to police the border``).
    """
    if k + 2 >= len(words) or words[k + 1].lower != "that":
        return False
    noun = words[k].lower
    return (is_speaker_noun(noun) or is_speaker_noun(noun.removesuffix("s"))) and words[
        k + 2
    ].lower in _THAT_CLAUSE_OPENERS


#: Words that open the clause after ``that``: a subject pronoun or a determiner.
_THAT_CLAUSE_OPENERS = words_of(
    "he she they it we i you there the a an his her their its this these those"
)


def _attributive_participle(words: Sequence[Word], i: int, last: int) -> bool:
    """Whether a participle in ``-n`` modifies the noun after it (``give written notice``).

    A participle that is never a past tense (the lexicon's ``participles``),
    with no auxiliary nor adverb before it and a lower-case noun right after
    it, is an adjective, no verb of saying.
    """
    if i == 0 or i != last or last + 1 >= len(words):
        return False
    form, prev, nxt = words[i].lower, words[i - 1], words[last + 1]
    if form not in PARTICIPLES_IN_N or prev.kind != WORD or nxt.kind != WORD:
        return False
    if (
        is_capitalised(prev)
        or prev.lower in AUXILIARIES
        or prev.lower in BE_FORMS
        or prev.lower in ADVERBS_BEFORE_CUE
        or prev.lower.endswith("ly")
    ):
        return False
    noun = nxt.lower
    return (
        noun.isalpha()
        and not is_capitalised(nxt)
        and noun not in DETERMINERS
        and noun not in PREPOSITIONS
        and noun not in HEARERS
        and noun not in _THAT_CLAUSE_OPENERS
        and noun != "that"
    )


def passive_agent(words: Sequence[Word], last: int, entry: CueEntry) -> bool:
    """Whether a passive cue names its speaker with ``by`` (``were told by the board that``).

    A verb of telling, saying or reporting in the passive reports speech when
    ``by`` names who spoke and ``that`` or a quotation follows; without an
    agent (``is said to``, ``were told to leave``) it names no speaker.
    """
    if not (
        entry.cue_class in ("tell", "speech", "report")
        and not entry.participle
        and last + 2 < len(words)
        and words[last + 1].lower == "by"
        and words[last + 2].kind == WORD
    ):
        return False
    # the agent is followed by what was said: ``that`` or a quotation (``His
    # views were echoed by experts I spoke to`` reports nothing)
    for k in range(last + 3, min(len(words), last + 2 + _AGENT_REACH)):
        if words[k].kind == QUOTE or words[k].lower == "that":
            return True
        if words[k].kind != WORD:
            return False
    return False


#: Words the agent of a passive cue may hold before ``that``.
_AGENT_REACH = 8


#: Words an amount added to something may hold (``close to 45 minutes``).
_AMOUNT_REACH = 6

#: Signs of currency that open an amount.
_CURRENCY_SIGNS = frozenset("$£€¥")

#: Words that open an amount: an indefinite article or a number.
_AMOUNT_OPENERS = words_of("a an another one two three four five six seven eight nine ten")


def _added_amount(words: Sequence[Word], after: int) -> bool:
    """Whether a verb of combining takes an amount, not a report: ``adds an hour``.

    ``add`` with an amount and ``to`` before a noun phrase (``adds close to 45
    minutes to a round trip``, ``added 200 jobs to its payroll``), or an
    amount ending the clause (``the detour adds an hour.``), means increase
    (Levin 22.1); a reported clause has a finite verb before them.
    """
    amount = False
    for k in range(after, min(len(words), after + _AMOUNT_REACH + 1)):
        word = words[k]
        if word.kind != WORD and word.text in _CURRENCY_SIGNS:
            amount = True  # ``adds $40 to each bill``
            continue
        if word.kind != WORD:
            return amount and word.text in (".", ";", "—")
        low = word.lower
        if low in BE_FORMS or low in AUXILIARIES or low == "that":
            return False
        if low == "to" and k > after:
            # ``to`` the amount is added to, not ``close to`` within the amount
            nxt = words[k + 1] if k + 1 < len(words) else None
            if amount and nxt is not None and (nxt.lower in DETERMINERS or is_capitalised(nxt)):
                return True
            continue
        if low in _AMOUNT_OPENERS or low[:1].isdigit():
            amount = True
        elif not amount and k - after > 2:
            return False
    return False


#: Words that open a reported clause or an adjunct right after a verb of saying.
_CLAUSE_AFTER_CUE = frozenset(PRONOUN_NUMBER) | words_of("that")


def _after_name_in_s(words: Sequence[Word], i: int, last: int, entry: CueEntry) -> bool:
    """Whether a cue after a capitalised word in ``’s`` is the verb of a name spelled so.

    ``The City of St. John’s said in a statement that``, ``Residents near
    Land’s End say they``: a name may end in ``’s`` (a place, a shop).  A past
    tense after it that ``that``, a subject pronoun, a determiner, a
    preposition or a comma follows is its verb; a base form is one only after
    a plural head with a postmodifier and before ``that`` or a pronoun.  A
    possessive's noun (``Trump’s claim that``, ``Musk’s tweet the previous
    month``, ``Ontario’s proposed budget``) is none.
    """
    if not is_capitalised(words[i - 1]) or last + 1 >= len(words) or last != i:
        return False
    form = words[i].lower
    nxt = words[last + 1]
    low = nxt.lower if nxt.kind == WORD else nxt.text
    if form == entry.base:
        return low in _CLAUSE_AFTER_CUE and _plural_head(words, i - 1)
    if form.endswith(("s", "ing")):
        return False
    return (
        low in _CLAUSE_AFTER_CUE
        or low == ","
        or (nxt.kind == WORD and (low in DETERMINERS or low in PREPOSITIONS))
    )


#: Coordinators after which a cue's ``-s`` form inside a possessed noun phrase is a plural noun.
_PHRASE_COORDINATORS = words_of("and but or")


def _possessed_plural(words: Sequence[Word], i: int, last: int) -> bool:
    """Whether a cue's ``-s`` form ends a possessed noun phrase before a coordinator.

    ``welcomed Olafson’s earlier remarks but said``, ``dismissed the paper’s
    recent reports and said``: a possessive and a modifier before the word and
    a coordinator right after it make it a plural noun, the object of the verb
    before; ``Smith’s lawyer says the deal is dead`` keeps its verb.
    """
    if i < 2 or i != last or not words[i].lower.endswith("s"):
        return False
    owner, modifier = words[i - 2], words[i - 1]
    after = words[last + 1] if last + 1 < len(words) else None
    return (
        owner.kind == WORD
        and owner.lower.endswith(("’s", "'s", "s’", "s'"))
        and modifier.kind == WORD
        and modifier.text.islower()
        and after is not None
        and after.lower in _PHRASE_COORDINATORS
    )


def _is_verb_use(words: Sequence[Word], i: int, last: int, entry: CueEntry) -> bool:
    prev = words[i - 1] if i > 0 else None
    prev_low = prev.lower if prev is not None and prev.kind == WORD else ""
    if prev_low in _NOUN_DETERMINERS:
        return False
    if prev_low.endswith(("’s", "'s", "s’", "s'")) and not _after_name_in_s(words, i, last, entry):
        return False
    if _possessed_plural(words, i, last):
        return False
    to = last + 1
    if to + 1 < len(words) and words[to].lower == "not" and words[to + 1].lower == "to":
        # ``asked not to be named``: a negated infinitive is an infinitive
        to += 1
    nxt = words[to] if to < len(words) else None
    form = words[i].lower
    if (
        nxt is not None
        and nxt.lower == "to"
        and entry.cue_class not in ("tell", "object")
        and to + 1 < len(words)
    ):
        after_to = words[to + 1]
        if (
            after_to.kind == WORD
            and not is_capitalised(after_to)
            and after_to.lower not in HEARERS
            and after_to.lower not in DETERMINERS
            and not _hearer_before_that(words, to + 1)
        ):
            return False
        if entry.base in _MIX_VERBS and after_to.kind == WORD and after_to.lower not in HEARERS:
            # ``add to the misery``, ``adds to the pressure``: a verb of
            # combining, not of saying
            return False
    if entry.base in _MIX_VERBS and _added_amount(words, to):
        return False
    if _attributive_participle(words, i, last):
        return False
    if _counted_noun(words, i, entry):
        return False
    if entry.participle:
        if prev is None:
            return True
        return (
            prev.kind == QUOTE
            or prev.text in PARTICIPLE_OPENERS
            or prev_low in BE_FORMS
            or _after_document(words, i)
            or absolute_with(words, i) is not None
        )
    j = skip_left(words, i - 1)
    between = {words[k].lower for k in range(j + 1, i)}
    if between & NEGATIONS or between & IRREALIS:
        return False
    anchor = words[j].lower if j >= 0 and words[j].kind == WORD else ""
    if (anchor in BE_FORMS or ("been" in between or "being" in between)) and not passive_agent(
        words, last, entry
    ):
        return False
    first_word = form.split(" ", 1)[0]
    if first_word == entry.base.split(" ", 1)[0]:
        if (prev is None or prev.kind != WORD) and _before_title(words, last):
            return False
        if prev_low == "to":
            return implicative_start(words, i - 1) is not None
        if (
            anchor
            and not _plural(anchor)
            and not _plural_head(words, j)
            and not _coordinated_names(words, j)
            and not _plural_conjunct(words, j)
        ):
            return bool(between & AUXILIARIES) and anchor not in PREPOSITIONS
    return True


#: Plurals without ``-s``: compounds of ``men``/``women`` and the few others news uses.
_IRREGULAR_PLURALS = frozenset({"children", "folk", "clergy", "youth", "cattle"})

#: Titles written before a name (``Sen.``, ``Governor``), without a final period.
NAME_TITLES = frozenset(
    title.rstrip(".") for title in default_lexicon().words("titles") if " " not in title
)


def _before_title(words: Sequence[Word], last: int) -> bool:
    """Whether a title and a capitalised name follow ``words[last]`` (``state Sen. Ann Ruiz``).

    An uninflected word that opens a phrase before a title is part of the
    name phrase (``, state Sen. Ann Ruiz,``), not a verb: an inverted cue
    before a title is tensed (``said Sen. Ruiz``), and an uninflected verb
    follows its subject (``Officials say Mr. Ruiz ...``).
    """
    k = last + 1
    if k >= len(words) or words[k].text.rstrip(".") not in NAME_TITLES:
        return False
    k += 1
    if k < len(words) and words[k].text == ".":
        k += 1
    return k < len(words) and is_capitalised(words[k])


def _plural(word: str) -> bool:
    return word in _PLURAL_SUBJECTS or word.endswith(("s", "men")) or word in _IRREGULAR_PLURALS


#: Words that open a noun's postmodifier: a place or source phrase.
_POSTMODIFIER_OPENERS = POSTMODIFIER_PREPOSITIONS
_RELATIVE_OPENERS = frozenset({"who", "that", "whose"})
_POSTMODIFIER_REACH = 12


#: Capitalised words of one name at most, in a coordinated subject.
_NAME_REACH = 4


def _coordinated_names(words: Sequence[Word], j: int) -> bool:
    """Whether the subject ending at ``words[j]`` joins two names with ``and``.

    ``Chloe and Aiden Marchetti say``, ``Ruiz and Dr. Lee say``: names
    joined by ``and`` are a plural subject, whatever the last name's number.
    """
    k = j
    while k >= 0 and j - k < _NAME_REACH and words[k].kind == WORD and is_capitalised(words[k]):
        k -= 1
        if k >= 1 and words[k].text == "." and words[k - 1].end == words[k].start:
            k -= 1  # ``Dr.``
    if k == j or k < 1 or words[k].lower != "and":
        return False
    before = words[k - 1]
    return before.kind == WORD and is_capitalised(before)


#: Auxiliaries and forms of *be* that agree with a plural subject only.
_PLURAL_AUXILIARIES = frozenset({"have", "are", "were", "do"})


def _plural_conjunct(words: Sequence[Word], j: int) -> bool:
    """Whether a base form after ``and`` at ``words[j]`` shares a plural subject.

    ``Officials have confirmed 17 cases, and say the number will rise``: a
    second verb takes the subject of the first, whose auxiliary tells its
    number (``have``, ``are``; not ``has`` or ``is``).
    """
    if words[j].lower not in ("and", "but"):
        return False
    for k in range(j - 1, -1, -1):
        word = words[k]
        if word.kind != WORD:
            if word.text in (";", ":", "—", "–") or word.kind == QUOTE:
                return False
            continue
        low = word.lower
        if low in AUXILIARIES or low in BE_FORMS:
            return low in _PLURAL_AUXILIARIES and not is_capitalised(word)
    return False


def _plural_head(words: Sequence[Word], j: int) -> bool:
    """Whether the noun phrase ending at ``words[j]`` has a plural head before a postmodifier.

    A bare base form agrees with the head of its subject, not with the last
    noun of a postmodifier: ``Parents at the meeting say``, ``Residents of the
    area say``, ``A couple who lost their home say``.  A prepositional
    postmodifier holds no verb; a relative clause may.
    """
    k = j
    while k > 0 and j - k < _POSTMODIFIER_REACH:
        word = words[k]
        if word.kind != WORD:
            if word.text == "." and words[k - 1].end == word.start and is_capitalised(words[k - 1]):
                k -= 1  # ``Residents of St. Albert say``: an abbreviation inside a name
                continue
            return False
        low = word.lower
        participle = present_participle(word) and k < j
        if low in _RELATIVE_OPENERS or low in _POSTMODIFIER_OPENERS or participle:
            # (a present participle opens a reduced relative clause: ``families
            # living near the plant say``)
            head = words[k - 1]
            if head.kind == WORD and _plural(head.lower) and head.lower not in _RELATIVE_OPENERS:
                if low in _RELATIVE_OPENERS or participle:
                    return True
                return not any(
                    words[n].lower in AUXILIARIES or words[n].lower in BE_FORMS
                    for n in range(k, j + 1)
                )
        k -= 1
    return False


def find_cues(words: Sequence[Word], lexicon: CueLexicon) -> list[CueHit]:
    """Return the cues of a clause that are used as verbs, and ``according to``.

    :param words: the clause's tokens.
    :param lexicon: the cue lexicon.
    """
    hits: list[CueHit] = []
    count = len(words)
    get = lexicon.get
    phrase_starts = lexicon.phrase_starts
    i = 0
    while i < count:
        word = words[i]
        if word.kind != WORD:
            i += 1
            continue
        low = word.lower
        nxt = words[i + 1] if i + 1 < count else None
        if low == "according" and nxt is not None and nxt.lower == "to":
            hits.append(CueHit(i, i + 1, None))
            i += 2
            continue
        if low == "in" and nxt is not None and nxt.lower in _POSSESSIVE_PRONOUNS:
            k = i + 2
            if k < count and words[k].lower == "own":
                k += 1
            if k < count and words[k].lower == "words":
                hits.append(CueHit(i, k, None))
                i = k + 1
                continue
        entry = None
        last = i
        if nxt is not None and nxt.kind == WORD and low in phrase_starts:
            entry = get(f"{low} {nxt.lower}")
            if entry is not None:
                last = i + 1
        if entry is None:
            entry = get(low)
        if entry is not None and word.text != low:
            entry = None
        if entry is not None and _is_verb_use(words, i, last, entry):
            hits.append(CueHit(i, last, entry))
        i = last + 1
    return hits
