"""Subjects set off from their cue by commas: appositives and interrupting phrases.

``Korolev, a lecturer, said``, ``One of them, retired teacher Evelyn
Nakamura, said``, ``The railway, in a statement, said``, ``Party officials,
who asked not to be named, said``: the speaker is the name between the
commas, or the subject before the phrase that the commas set off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse.attribution.cues import NAME_TITLES
from newsparse.attribution.mentions import (
    EntityIndex,
    Mention,
    abbreviated_before,
    is_speaker_noun,
    mention_after,
    mention_before,
    subject_of,
    subject_start,
)
from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    POST_NOMINALS,
    PREPOSITIONS,
    PRONOUN_NUMBER,
    ROLE_TITLES,
    SUBORDINATORS,
    TIME_WORDS,
    is_ly_adverb,
    words_of,
)
from newsparse.attribution.words import QUOTE, WORD, Word, is_capitalised
from newsparse.builtin.quotes.clause_tokens import (
    clause_initial,
    digit_group,
    mention_first,
    mention_last,
)
from newsparse.builtin.quotes.subject_extent import (
    PARTITIVES,
    RELATIVE_OPENERS,
    before_parenthesis,
    lead_start,
)
from newsparse.builtin.quotes.word_classes import (
    AGENT_PLURALS,
    AGENT_SINGULARS,
    COORDINATORS,
    NOT_CONTENT_AFTER_COMMA,
    PARENTHETICAL_ADVERBS,
)

__all__ = [
    "apposed_to_reported_subject",
    "appositive",
    "interrupted_subject",
    "relative_closed_by_quotation",
]


def appositive(
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
        before = appositive(words, last, entities)
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
    if inner is not None and _post_nominals(words, opening, comma):
        # ``Tom Rake, SC, said``: letters for a seat or an honour set off after
        # the name are the named person's, no name in apposition
        inner = None
    if inner is not None and _party_label(words, opening, comma):
        # ``Rep. Ann Holt, R-Texas, said``: a party and home state or district
        # labels the name before it; it is no name in apposition
        inner = None
    region = inner is not None and (
        _region_of_place(words, inner, last) or _after_located_name(words, opening, comma, last)
    )
    if region:
        # ``Paul Grant, a curator in Bath, England, said``: the place's region
        # or town, not a name in apposition
        inner = None
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
        return inner, lead_start(words, last + 1)
    if not modifier:
        person = _person_after_role(words, opening, comma, entities)
        if person is not None:
            # ``Their employer, Prairie Steelworks owner Bill Hnatyshyn, said``:
            # an employer and a role before the name
            return person, lead_start(words, last + 1)
    if (
        not modifier
        and _definite_name(words, opening, comma)
        and subject_of(words, entities, limit=last)
    ):
        # ``The fleet’s association, the North Coast Gillnetters, warned``
        name = Mention(words[opening + 1].start, words[comma - 1].end, "name")
        return name, lead_start(words, last + 1)
    for k in reversed(commas):
        # ``Acme Foods Ltd., the country's largest grocer,``, ``The Prairie
        # Growers Association (PGA), a farm lobby,``: the name may end with an
        # abbreviation's period or stand before a parenthesis
        close = before_parenthesis(words, k - 1)
        mention = mention_before(words, close, entities) or abbreviated_before(
            words, close, entities
        )
        if (
            mention is None
            or mention.kind not in ("entity", "name")
            or _after_preposition(words, mention_first(words, mention, close))
        ):
            # ``Chief Ana Roy of the Dene community of Tulit, ...``: the place
            # ends the affiliation of the name that opens the clause
            mention = _name_with_affiliation(words, close + 1, entities) or mention
        if mention is None or mention.kind not in ("entity", "name"):
            continue
        first = mention_first(words, mention, close)
        lead = lead_start(words, first)
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
    if region:
        # ``The mayor of Dayton, Ohio, said``: the description the place pair ends
        return _description_to(words, last, entities)
    return None


def _description_to(
    words: Sequence[Word], comma: int, entities: EntityIndex
) -> tuple[Mention, int] | None:
    """Return the subject that opens the clause and ends at *comma*, with its complement.

    ``The mayor of Dayton``, ``Residents of Leeds``: the head the clause
    opens with and its prepositional complement (a place named in the
    complement is no subject of its own).
    """
    subject = subject_of(words, entities, limit=comma)
    if subject is not None:
        first = mention_first(words, subject, comma - 1)
        if first > 0 and words[first - 1].lower in DETERMINERS:
            first -= 1  # ``The University of Arkansas``
        if not clause_initial(words, first):
            subject = None
    if subject is None:
        opening = next((k for k in range(comma) if words[k].kind == WORD), comma)
        head = next((k for k in range(opening + 1, comma) if words[k].lower in PREPOSITIONS), None)
        if head is None or not clause_initial(words, opening):
            return None
        subject = Mention(words[opening].start, words[head - 1].end, "description")
    if subject.end != words[comma - 1].end:
        subject = _with_complement(words, subject, comma)
    if subject is None or subject.end != words[comma - 1].end:
        return None
    first = mention_first(words, subject, comma - 1)
    return subject, lead_start(words, first)


#: Entity labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _region_of_place(words: Sequence[Word], inner: Mention, comma: int) -> bool:
    """Whether a place between commas is the second of a ``Place, Region`` pair.

    ``in Dayton, Ohio,``, ``at the University of Arkansas, Fayetteville,``:
    a place right after a comma that ends a capitalised name locates that
    name; it is no name in apposition to the subject.
    """
    return (
        inner.kind == "entity"
        and inner.entity is not None
        and inner.entity.label in _PLACE_LABELS
        and comma > 0
        and words[comma - 1].kind == WORD
        and is_capitalised(words[comma - 1])
    )


#: A party label's first token: one to three capitals, a hyphen, a capitalised
#: place (``R-Texas``, ``D-Calif``, ``DFL-Duluth``).
_PARTY_LABEL = re.compile(r"[A-Z]{1,3}-[A-Z][a-z]")

#: Words a party label's place may hold (``D-New York``, ``R-St. Louis``).
_PARTY_PLACE_REACH = 4


def _post_nominals(words: Sequence[Word], opening: int, comma: int) -> bool:
    """Whether the words from *opening* to *comma* are post-nominal letters (``SC``, ``MP``)."""
    return opening < comma and all(words[k].text in POST_NOMINALS for k in range(opening, comma))


def _party_label(words: Sequence[Word], opening: int, comma: int) -> bool:
    """Whether ``words[opening:comma]`` is a US party-and-place label: ``R-Texas``.

    The label after a legislator's name gives the party and the state or
    district (``D-Calif.``, ``DFL-Duluth``, ``R-New York``).
    """
    if not 0 < comma - opening <= _PARTY_PLACE_REACH or not _PARTY_LABEL.match(words[opening].text):
        return False
    return all(
        words[k].text == "." or (words[k].kind == WORD and is_capitalised(words[k]))
        for k in range(opening + 1, comma)
    )


#: Prepositions that locate a named place (``in Ashby Fell``, ``near Kirkby``).
_LOCATIVES = words_of("in at near outside from of")


def _after_located_name(words: Sequence[Word], opening: int, comma: int, last: int) -> bool:
    """Whether one capitalised word between commas follows a place a preposition names.

    ``who runs a pub in Ashby Fell, Cumbria,``: the word after the comma is
    the county or region of the place before it, even when the entities do
    not know it as a place.
    """
    if comma - opening != 1 or not is_capitalised(words[opening]):
        return False
    k = last - 1
    while k >= 0 and k > last - 1 - _NAME_REACH and is_capitalised(words[k]):
        k -= 1
    return k < last - 1 and k >= 0 and words[k].lower in _LOCATIVES


#: Words a name between commas may hold.
_NAME_REACH = 6

#: Lower-case words before a name in an appositive: modifiers and a role noun.
_ROLE_WORDS_REACH = 3

#: Prepositions that join a person's affiliation or home town to the name.
_AFFILIATION_OPENERS = words_of("of from at with")


def _after_role_words(words: Sequence[Word], opening: int, comma: int) -> int | None:
    """Return where the name starts after lower-case modifiers and a role noun.

    ``retired teacher Evelyn Nakamura``, ``longtime union steward Ana Roy``:
    one to three lower-case words, the last a noun of a person or a role,
    an agent noun (``fire investigator Luc Roy``, ``senior animator Ana
    Diaz``) or an age (``78-year-old``), then a capitalised word.
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
    agent = len(before) > 5 and before.isalpha() and before.endswith(AGENT_SINGULARS)
    return k if is_speaker_noun(before) or agent or before.endswith("-year-old") else None


#: Words an employer, a place and a role before a name in an appositive may hold.
_ROLE_PHRASE_REACH = 7


def _person_after_role(
    words: Sequence[Word], opening: int, comma: int, entities: EntityIndex
) -> Mention | None:
    """Return the person named last between the commas after an employer or a place and a role.

    ``Prairie Steelworks owner Bill Hnatyshyn``, ``Winnipeg police Det. Sgt.
    Ana Roy``, ``Toronto criminal lawyer Ana Roy``: capitalised words of an
    employer or a place, lower-case modifiers and a noun of persons or an
    agent noun, titles, then a person the entities found, which ends at the
    comma.
    """
    person = mention_before(words, comma - 1, entities)
    if person is None or person.kind != "entity" or person.entity is None:
        return None
    if person.entity.label not in ("PERSON", "PER"):
        return None
    first = mention_first(words, person, comma - 1)
    if not 1 < first - opening <= _ROLE_PHRASE_REACH:
        return None
    role: str | None = None
    for k in range(opening, first):
        word = words[k]
        if word.text == ".":
            continue
        if word.kind != WORD or word.lower in DETERMINERS or word.lower in PREPOSITIONS:
            return None
        if word.lower in AUXILIARIES or word.lower in BE_FORMS:
            return None
        if not is_capitalised(word):
            role = word.lower  # the last lower-case word heads the role
    if role is None or not is_capitalised(words[opening]):
        return None
    agent = len(role) > 5 and role.isalpha() and role.endswith(AGENT_SINGULARS)
    return person if is_speaker_noun(role) or agent else None


def _affiliation_to(words: Sequence[Word], k: int, comma: int) -> bool:
    """Whether ``words[k:comma]`` is an affiliation or a home town: ``of Burlington``.

    A preposition of affiliation, then capitalised words of one name
    (``of the Fraser Institute``, ``from Red Deer``), perhaps after a
    modifier or two in lower case (``of the governing Social Labour Party``).
    """
    if k >= comma or words[k].lower not in _AFFILIATION_OPENERS:
        return False
    rest = list(words[k + 1 : comma])
    if rest and rest[0].lower == "the":
        rest = rest[1:]
        # ``of the governing Social Labour Party``: a modifier or two in lower case
        # before the name
        lowered = 0
        while (
            lowered < min(2, len(rest) - 1)
            and rest[lowered].kind == WORD
            and (rest[lowered].text.isalpha() and rest[lowered].text.islower())
        ):
            lowered += 1
        if lowered and is_capitalised(rest[lowered]):
            rest = rest[lowered:]
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


def _after_preposition(words: Sequence[Word], first: int) -> bool:
    """Whether a preposition stands right before ``words[first]`` (``of Tulit``)."""
    return first > 0 and words[first - 1].lower in PREPOSITIONS


#: Words an affiliation between a name and a comma may hold
#: (``of the Cree community of Wapanikw``).
_AFFILIATION_REACH = 8


def _name_with_affiliation(
    words: Sequence[Word], comma: int, entities: EntityIndex
) -> Mention | None:
    """Return the name that opens the clause when an affiliation runs from it to *comma*.

    ``Chief Ana Roy of the Dene community of Tulit, a hamlet on the river,
    said``: the words between the name and the comma open with a preposition
    of affiliation and hold no verb; the name is the subject.
    """
    subject = subject_of(words, entities, limit=comma)
    if subject is None or subject.kind not in ("entity", "name"):
        return None
    first = mention_first(words, subject, comma - 1)
    if not clause_initial(words, lead_start(words, first)):
        return None
    k = first
    while k < comma and words[k].end <= subject.end:
        k += 1
    if k >= comma or comma - k > _AFFILIATION_REACH or words[k].lower not in _AFFILIATION_OPENERS:
        return None
    for n in range(k + 1, comma):
        word = words[n]
        low = word.lower
        if word.text in ("'", "’") and words[n - 1].lower.endswith("s"):
            continue  # a plural possessive: ``of the Miners' Federation``
        if word.kind != WORD or low in AUXILIARIES or low in BE_FORMS or low in PRONOUN_NUMBER:
            return None
        if low.endswith("ed") and not is_capitalised(word):
            return None
    if subject.kind == "entity" and subject.entity is not None and subject.entity.label in _PEOPLE:
        return subject
    # ``Local 412 of the Dockworkers' Federation``: an institution's ``of``
    # phrase is part of its name
    return Mention(subject.start, words[comma - 1].end, "name")


#: Entity labels of people, whose affiliation is no part of their name.
_PEOPLE = frozenset({"PERSON", "PER"})


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


def interrupted_subject(
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
    if (
        first.lower in ("and", "but")
        and opening + 2 < comma
        and words[opening + 2].lower in _RELATIVE_INTERRUPTERS
    ):
        # ``A nurse who was laid off, and who asked not to be named, said``: a
        # second relative clause joined to the first one on the subject
        first = words[opening + 2]
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
        or _classifying_phrase(words, opening + 1, comma)
        or _defined_by_relative(words, opening + 1, comma)
        or _partitive_aside(words, opening + 1, comma)
    ):
        return None
    # ``The Prairie Growers Association (PGA), which ...,``: the subject ends
    # before a parenthesis
    close = before_parenthesis(words, opening - 1)
    if first.lower in _INDEFINITES and _partitive(words, close + 1):
        # ``One of them, a retired nurse, said``: the indefinite noun phrase
        # says who the partitive is
        return Mention(first.start, words[comma - 1].end, "description"), opening + 1
    subject = subject_of(words, entities, limit=close + 1)
    if subject is not None and subject.end != words[close].end:
        subject = (
            _with_complement(words, subject, close + 1)
            or _with_relative(words, subject, close + 1)
            or _with_participle(words, subject, close + 1)
        )
    if subject is None:
        # a capitalised adjective opening the clause is no name
        # (``Environmental groups, including ..., say``)
        subject = mention_before(words, close, entities)
        if subject is not None and not clause_initial(words, mention_first(words, subject, close)):
            subject = None
    if subject is None or subject.end != words[close].end:
        subject = _bare_group(words, close + 1) or _opening_name(words, close + 1)
    if subject is None:
        if depth < 2 and words[opening - 1].kind == WORD:
            # ``Mr Cole, 54, of Leeds, told``: phrases set off one after another
            return interrupted_subject(words, opening, entities, depth + 1)
        return None
    return subject, mention_first(words, subject, opening - 1)


#: Pronouns a partitive set off after a plural subject counts among
#: (``many of them``, ``some of whom``).
_PARTITIVE_PRONOUNS = words_of("them whom us")


def _partitive_aside(words: Sequence[Word], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` counts some of the subject: ``many of them business owners``.

    ``Opponents, many of them shop owners, said``, ``Residents, some of whom
    have lived there for decades, told``: a quantifier, ``of`` and a pronoun
    open a phrase about the plural subject before it, not a content.
    """
    return (
        end - start >= 3
        and words[start].lower in PARTITIVES
        and words[start + 1].lower == "of"
        and words[start + 2].lower in _PARTITIVE_PRONOUNS
    )


#: Words a definite noun phrase that classifies a subject may hold
#: (``the country’s second-largest grocery chain``).
_CLASSIFYING_REACH = 8


def _classifying_phrase(words: Sequence[Word], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` is a definite noun phrase that classifies the subject.

    ``The carrier, Canada’s third-largest airline, said``, ``The agency, the
    province’s health regulator, said``: ``the`` or a possessive opens it, a
    common noun ends it, and no verb, pronoun or relative word stands in it.
    """
    if not 2 <= end - start <= _CLASSIFYING_REACH:
        return False
    opener = words[start]
    if not (opener.lower == "the" or opener.lower.endswith(("'s", "’s"))):
        return False
    last = words[end - 1]
    if last.kind != WORD or is_capitalised(last) or not last.lower.isalpha():
        return False
    for k in range(start + 1, end):
        low = words[k].lower
        if words[k].kind != WORD or low in AUXILIARIES or low in BE_FORMS:
            return False
        if low in PRONOUN_NUMBER or low in _RELATIVE_INTERRUPTERS or low in RELATIVE_OPENERS:
            return False
        if low in PREPOSITIONS or low in COORDINATORS or low.endswith(("ed", "ing")):
            return False
    return True


#: Words a definite noun phrase may hold before the relative clause that defines it.
_DEFINED_HEAD_REACH = 4


def _defined_by_relative(words: Sequence[Word], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` is a definite noun phrase a relative clause defines.

    ``A spokesman for Acme, the firm that employed her until 2024, said``,
    ``The owner, the woman who built the mill, said``: ``the`` or a
    possessive, up to four lower-case words ending with a common noun, a
    relative word and its clause classify the subject as an indefinite noun
    phrase does.
    """
    opener = words[start]
    if not (opener.lower == "the" or opener.lower.endswith(("'s", "’s"))):
        return False
    for k in range(start + 1, min(end, start + _DEFINED_HEAD_REACH + 2)):
        word = words[k]
        low = word.lower
        if low in RELATIVE_OPENERS or low in _RELATIVE_INTERRUPTERS:
            head = words[k - 1]
            return (
                k > start + 1
                and k + 1 < end
                and head.kind == WORD
                and head.lower.isalpha()
                and not is_capitalised(head)
            )
        if (
            word.kind != WORD
            or is_capitalised(word)
            or low in AUXILIARIES
            or low in BE_FORMS
            or low in PRONOUN_NUMBER
            or low in PREPOSITIONS
            or low in COORDINATORS
        ):
            return False
    return False


#: Words a name of capitalised words joined by ``and`` or ``of`` may hold.
_OPENING_NAME_REACH = 8

#: Lower-case words a name of several capitalised words may hold.
_NAME_JOINERS = words_of("and of for &")


def _opening_name(words: Sequence[Word], opening: int) -> Mention | None:
    """Return a run of capitalised words that opens the clause and ends at the comma.

    ``Public Services and Procurement Canada, which manages ..., said``: a
    name the entities cut in parts at ``and`` or ``of`` is the whole run, its
    first and last words capitalised.
    """
    first = subject_start(words, opening)
    if not 1 < opening - first <= _OPENING_NAME_REACH or not clause_initial(words, first):
        return None
    if not is_capitalised(words[first]) or not is_capitalised(words[opening - 1]):
        return None
    for k in range(first, opening):
        word = words[k]
        if word.kind != WORD or word.lower in TIME_WORDS or word.lower in DETERMINERS:
            return None
        if not is_capitalised(word) and word.lower not in _NAME_JOINERS:
            return None
    return Mention(words[first].start, words[opening - 1].end, "name")


#: Words a partitive subject may hold (``One of those who stayed``).
_PARTITIVE_REACH = 6


def _partitive(words: Sequence[Word], opening: int) -> bool:
    """Whether the clause opens with a partitive that ends at *opening*: ``One``, ``One of them``.

    A quantifier or number alone, or with an ``of`` phrase (``Two of the
    drivers``, ``One of those who stayed``), names no one by itself.
    """
    first = subject_start(words, opening)
    if not 0 < opening - first <= _PARTITIVE_REACH or not clause_initial(words, first):
        return False
    if words[first].kind != WORD or words[first].lower not in PARTITIVES:
        return False
    if opening - first > 1 and words[first + 1].lower != "of":
        return False
    return all(words[k].kind == WORD for k in range(first, opening))


#: Words a restrictive relative clause on a subject may hold before a comma.
_RELATIVE_CLAUSE_REACH = 10


def _with_relative(words: Sequence[Word], subject: Mention, opening: int) -> Mention | None:
    """Extend a description over a restrictive relative clause up to a comma.

    ``The farmer who lives in that yard, a widow in her 70s, said``: ``who``
    or ``that`` right after the description opens a clause on it, and the
    subject runs to the comma.
    """
    if subject.kind != "description":
        return None
    k = 0
    while k < opening and words[k].end <= subject.end:
        k += 1
    if k >= opening or words[k].lower not in RELATIVE_OPENERS:
        return None
    if opening - k > _RELATIVE_CLAUSE_REACH:
        return None
    if any(words[n].kind != WORD for n in range(k, opening)):
        return None
    return Mention(subject.start, words[opening - 1].end, "description")


def _with_participle(words: Sequence[Word], subject: Mention, opening: int) -> Mention | None:
    """Extend a description over the participle phrase it opens, up to a comma.

    ``A young mother holding a baby on her hip, who gave her name only as
    Precious, said``: a present participle in lower case that the
    description ends on, or that follows it, opens a phrase on it (its
    object and a complement), and the subject runs to the comma, when no
    auxiliary, form of ``be`` or subordinator stands before it.
    """
    if subject.kind != "description":
        return None
    k = 0
    while k < opening and words[k].end <= subject.end:
        k += 1
    last = k - 1
    participle = last if words[last].end == subject.end else k
    if participle >= opening or participle < 1:
        return None
    word = words[participle]
    if not (word.lower.endswith("ing") and word.text.isalpha() and word.text.islower()):
        return None
    if opening - participle > _RELATIVE_CLAUSE_REACH:
        return None
    for n in range(participle + 1, opening):
        low = words[n].lower
        if words[n].kind != WORD or low in AUXILIARIES or low in BE_FORMS or low in SUBORDINATORS:
            return None
    return Mention(subject.start, words[opening - 1].end, "description")


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


def relative_closed_by_quotation(
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
        if low in _RELATIVE_INTERRUPTERS or low in RELATIVE_OPENERS:
            return None
    return Mention(subject.start, words[opening - 1].end, "description")


#: Words a definite description may hold between a cue and a name apposed to it.
_APPOSED_REACH = 4


def apposed_to_reported_subject(words: Sequence[Word], first: int, cues: frozenset[int]) -> bool:
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
