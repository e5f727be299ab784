"""The roles an article gives a named person or institution in the words around the name.

A later description (``the minister``, ``the chief executive``, ``the
34-year-old``, ``the founder``) refers back to whoever the article linked to
that role.  Besides a title written right before a name (read by
:class:`~newsparse.attribution.names.NameIndex`), these constructions link a
role to a name:

* **apposition** after the name, with an article, a possessive or an ``of``
  complement: ``Adrian Kowalczyk, the province's health minister,``;
  ``Gareth Lin, president of the tenants' association,``;
  ``Mejía, the team's captain,``; ``Lumiq, a Quebec software firm,``;
* **apposition before** the name, closed by a comma: ``her health minister,
  Tom Ruelle.``; ``The company's vice-president of operations, Denise
  Arnott, said``;
* a **copula**: ``Dana Ferris is the chief executive of Larchmont Foods``,
  ``Gareth Lin, who is the president of the association,``;
* an **age** in apposition (``Kerry Hobbs, 34,``) or before the name
  (``34-year-old Kerry Hobbs``): the role ``34-year-old``;
* an **agent verb** right after the name whose agent noun is a person noun
  (``Grace Ndlovu founded ...`` -> ``founder``; ``Ray Dunleavy coached`` ->
  ``coach``): the verb's stem, alone or with ``-er``, ``-r`` or ``-or``.
* a verb of **serving or appointing** and ``as`` (the lexicon's
  ``office_verbs``): ``Ilse Marrow, who served two terms as mayor,`` (a past
  tense of serving: a ``former`` mayor), ``Hanne Grelsby, who works as a
  pharmacist,``; ``appointed Corvane Advisory Ltd. as receiver``, whose
  holder may be an institution.

Each role is a head noun and its modifiers (possessors included, without
``'s``), compared with a description's own words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsparse.attribution.wordlists import (
    KIN_NOUNS,
    NEWS_PERSON_NOUNS,
    OFFICE_VERBS,
    PAST_OFFICE_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    ROLE_NOUNS,
    ROLE_TITLES,
    words_of,
)
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["Role", "age_role", "agent_noun", "role_appointed", "roles_after", "roles_before"]


class Role(NamedTuple):
    """A role the words around a name give it: its head noun and modifiers."""

    head: str
    modifiers: frozenset[str]


#: A title between a comma and a name: ``, retired judge`` Ana Ruiz, ``, Liberal
#: MLA`` Tom Reyes.
_TITLE_AFTER_COMMA = re.compile(r",\s(?P<title>(?:[A-Za-z][A-Za-z\-]*\.?\s+){1,3})\Z")
#: A determiner or possessor opening a role phrase: ``the``, ``its``,
#: ``the province's``, ``Acme's``.
_OPENER = (
    r"(?:(?:a|an|the|its|his|her|their|our)\s+)?"
    r"(?:(?:the\s+)?(?:[\w\-.]+\s+)?[\w\-.]+[’']s\s+)?"
)
#: A verb of leaving an office and the office left, after a name: ``, stepped down
#: as chief executive in 2023``, ``, who retired as coach``: a role held before.
_LEFT_OFFICE = LazyPattern(
    r",?\s+(?:who\s+)?(?:stepped\s+down|resigned|retired)\s+as\s+(?P<opener>(?:the\s+)?)"
    r"(?P<mods>(?:[a-z][\w\-]*\s+){0,2}?)(?P<head>[a-z][a-z\-]*[a-z])"
    r"(?=\s+(?:of|at|in|for|with|on|after|last|this)\b|\s*[,.;:)])"
)
#: Up to three modifiers and a lower-case head noun.
_PHRASE = r"(?P<mods>(?:[\w\-.]+\s+){0,3}?)(?P<head>[a-z][a-z\-]*[a-z])"
#: What may follow a role phrase in apposition: a complement or the apposition's end.
_CLOSE = r"(?=\s+(?:of|at|in|for|with|from|on|based|who|which|that)\b|\s*[,.;:)])"
_APPOSITION_AFTER = LazyPattern(rf",\s+(?P<opener>{_OPENER}){_PHRASE}{_CLOSE}")
#: A role in apposition without an article, before its complement: ``, president
#: of the union,``, ``, spokesperson for the ministry,``.
_BARE_APPOSITION = LazyPattern(
    r",\s+(?P<opener>)(?P<mods>(?:[a-z][\w\-]*\s+){0,2}?)(?P<head>[a-z][a-z\-]*[a-z])"
    r"(?=\s+(?:of|for|at|with)\b)"
)
_COPULA_AFTER = LazyPattern(
    r"(?:,\s+who)?\s+(?:is|was|became|has\s+been|had\s+been|remains|serves\s+as|served\s+as)"
    rf"\s+(?:now\s+|also\s+)?(?P<opener>{_OPENER}){_PHRASE}{_CLOSE}"
)
#: A role phrase before a name, closed by a comma: ``her health minister, `` (the
#: name follows).  Read on the text right before the name.
_APPOSITION_BEFORE = LazyPattern(
    r"(?<![\w’'\-])(?P<opener>(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur"
    r"|[A-Z][\w\-.]*[’']s)\s+"
    r"(?:(?:[\w\-.]+\s+)?[\w\-.]+[’']s\s+)?)"
    r"(?P<mods>(?:[\w\-.]+\s+){0,3}?)(?P<head>[a-z][a-z\-]*[a-z])"
    r"(?:\s+(?:of|for|at|who|that)\s+[\w\s’'.\-]{1,40}?)?,\s+\Z"
)
#: What may follow a role phrase after ``as``: a complement, a clause of time or
#: the phrase's end (``as parliamentary secretary to the minister until``).
_AS_CLOSE = (
    r"(?=\s+(?:of|at|in|for|with|from|on|to|until|before|after|since|during|under"
    r"|between|while|when)\b|\s*[,.;:)])"
)
#: A role taken on through ``as`` after a name, the verb read from the lexicon's
#: ``office_verbs``: ``, who served two terms as mayor of``, `` was first elected in
#: 2019 and served as parliamentary secretary to``, ``, who works as a paramedic``,
#: `` was named as interim chief``.
_SERVED_AS = LazyPattern(
    r"(?:,\s+who\s+|\s+(?:(?!(?:said|says|told|and)\b)[a-z\d][\w\-]*\s+){1,6}?and\s+|\s+)"
    r"(?P<aux>(?:(?:has|have|had)\s+(?:been\s+)?|(?:is|was|were)\s+"
    r"|(?:will|would|shall|should|could|may|might)\s+(?:be\s+)?)?)"
    r"(?:(?:also|once|previously|briefly|long|first|later)\s+)?"
    r"(?P<verb>[a-z]+)\s+(?:(?:[\w\-]+\s+){1,2}?(?:terms?|years?|decades?|months?)\s+)?"
    rf"as\s+(?P<opener>(?:(?:a|an|the|its|his|her|their)\s+)?){_PHRASE}{_AS_CLOSE}"
)
#: Endings of agent nouns a role after ``as`` may have though no list holds it
#: (``pharmacist``, ``technician``, ``auditor``); not ``-er``, which ``served as a
#: reminder`` also has.
_AGENT_ENDINGS = ("ist", "ian", "or")
#: A role given through ``as`` after the name of the one who takes it on:
#: (appointed Harlow Advisory) `` as monitor.``.
_APPOINTED_AS = LazyPattern(
    rf"\s+as\s+(?P<opener>(?:(?:a|an|the|its|his|her|their)\s+)?){_PHRASE}{_AS_CLOSE}"
)
_AGE_AFTER = LazyPattern(r",\s+(?P<age>\d{1,3}),")
_AGE_BEFORE = LazyPattern(r"(?<![\w\-])(?P<age>\d{1,3})-year-old\s+(?:[a-z][\w\-]*\s+){0,2}\Z")
_VERB_AFTER = LazyPattern(r"\s+(?:(?:also|later|once|first)\s+)?(?P<verb>[a-z]{2,})\b")
#: The end of a sentence or paragraph: a stop and a space, or a line break.
_SENTENCE_END = LazyPattern(r"[.!?][”\"’']?\s+(?=[A-Z“\"])|\n")
#: The word right before a phrase: ``to`` the minister.
_WORD_BEFORE = LazyPattern(r"([A-Za-z]+)\s+\Z")
#: The first words of the copulas of :data:`_COPULA_AFTER`.
_COPULAS = words_of("is was became has had remains serves served")
#: Words that may come after a name in apposition but name no role.
_NOT_ROLES = words_of("same other first last only one two three said says")
#: How far before a name a role phrase may start, in characters.
_REACH = 90


def _role(match: re.Match[str]) -> Role | None:
    head = match.group("head")
    if head in _NOT_ROLES:
        return None
    words = (match.group("opener") + " " + match.group("mods")).split()
    mods = frozenset(
        word.lower().removesuffix("’s").removesuffix("'s")
        for word in words
        if word.lower() not in ("a", "an", "the")
    )
    if mods & PAST_OFFICE_WORDS:
        # ``Her predecessor as health minister, Tom Reyes,``: a former minister
        mods |= {"former"}
    return Role(head, mods)


def age_role(age: str) -> str:
    """Return the role an age gives: ``"34"`` -> ``"34-year-old"``."""
    return f"{age}-year-old"


def roles_after(text: str, end: int) -> list[Role]:
    """Return the roles the words right after a name (ending at *end*) give it.

    ``, the province's health minister,``, ``is the chief executive of``,
    ``, 34,`` (and an apposition after it), an agent verb (``founded``) and an
    office left (``stepped down as chief executive``: a ``former`` one).  An
    apposition or copula needs an article or a possessor (``, said`` is no role).

    :param text: the document text.
    :param end: where the name ends.
    """
    found: list[Role] = []
    limit = min(len(text), end + 160)
    after = text[end : end + 1]
    left = _LEFT_OFFICE.match(text, end, limit)
    if left is not None:
        role = _role(left)
        if role is not None and _person_noun(role.head):
            # ``Ana Ruiz, who stepped down as chief executive,``: a former one
            found.append(Role(role.head, role.modifiers | {"former"}))
    served = _SERVED_AS.match(text, end, limit)
    if served is not None:
        role = _served_role(served)
        if role is not None:
            found.append(role)
    if after == ",":
        bare = _BARE_APPOSITION.match(text, end, limit)
        if bare is not None:
            role = _role(bare)
            if role is not None and (
                role.head in PERSON_NOUNS or role.head in ROLE_NOUNS or role.head in ROLE_TITLES
            ):
                found.append(role)  # ``Gareth Lin, president of the tenants' association,``
        patterns: tuple[LazyPattern, ...] = (_APPOSITION_AFTER, _COPULA_AFTER)
    elif after == " ":
        verb = _VERB_AFTER.match(text, end, limit)
        if verb is None:
            return found
        if verb.group("verb") not in _COPULAS:
            noun = agent_noun(verb.group("verb"))
            if noun is not None:
                found.append(Role(noun, frozenset()))
            return found
        patterns = (_COPULA_AFTER,)
    else:
        return found
    for pattern in patterns:
        match = pattern.match(text, end, limit)
        if match is not None and match.group("opener").strip():
            role = _role(match)
            if role is not None:
                found.append(role)
    if after == ",":
        age = _AGE_AFTER.match(text, end, limit)
        if age is not None:
            found.append(Role(age_role(age.group("age")), frozenset()))
            # ``Ben Tam, 29, a marketing co-ordinator,``: the apposition after the age
            found.extend(role for role in roles_after(text, age.end() - 1) if role not in found)
    return found


def _served_role(match: re.Match[str]) -> Role | None:
    """Return the role a verb of serving and ``as`` give the name before them, if any.

    ``, who served two terms as mayor`` gives a ``former`` mayor (a past
    tense of serving, not after ``has``); ``, who works as a paramedic`` a
    paramedic; ``was named as interim chief`` an interim chief.  The head
    must be a person noun, a role noun or a title.
    """
    verb = OFFICE_VERBS.get(match.group("verb"))
    if verb is None:
        return None
    link, past = verb
    aux = match.group("aux").split()
    passive = bool(aux) and aux[-1] in ("is", "was", "were", "been", "be")
    if (link == "appoint") != passive:
        return None  # ``was served as``, ``named as``: no link of these shapes
    role = _role(match)
    if role is None or not (_person_noun(role.head) or role.head.endswith(_AGENT_ENDINGS)):
        return None
    if link == "serve" and past and (not aux or aux[0] == "had"):
        return Role(role.head, role.modifiers | {"former"})
    return role


def role_appointed(text: str, start: int, end: int) -> Role | None:
    """Return the role a verb of appointing gives the name between *start* and *end*.

    ``The court appointed Harlow Advisory Inc. as monitor``, ``the board
    named Tom Reyes as interim chief``: a verb of the lexicon's
    ``office_verbs`` right before the name and ``as`` and a role phrase right
    after it.  The holder may be an institution; the head is any lower-case
    noun.
    """
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or OFFICE_VERBS.get(before.group(1), ("", False))[0] != "appoint":
        return None
    match = _APPOINTED_AS.match(text, end, min(len(text), end + 120))
    return _role(match) if match is not None else None


def roles_before(text: str, start: int, end: int) -> list[Role]:
    """Return the roles the words right before a name (starting at *start*) give it.

    ``her health minister, `` and ``The company's vice-president of
    operations, ``: a role phrase closed by a comma; ``34-year-old``.  The
    apposition counts only when the name is set off after it too (a comma,
    a full stop or a clause's end follows the name), so that ``After meeting
    the minister, Paula Grant said`` gives Paula Grant no role; a family
    noun after a possessive pronoun is a relative's, even as the object of a
    preposition (``coached by her husband, Neil Ash,``).

    :param text: the document text.
    :param start: where the name starts.
    :param end: where the name ends.
    """
    found: list[Role] = []
    lo = max(0, start - _REACH)
    age = _AGE_BEFORE.search(text, lo, start) if text.find("-year-old", lo, start) >= 0 else None
    if age is not None:
        found.append(Role(age_role(age.group("age")), frozenset()))
    title = _TITLE_AFTER_COMMA.search(text, lo, start)
    if title is not None and _person_noun(title.group("title").split()[-1].lower().rstrip(".")):
        # ``The inquiry's chair, retired judge Ana Ruiz,``, ``Her predecessor, Liberal
        # MLA Tom Reyes,``: a title before the name stands inside the apposition
        start = title.start("title")
    if not text.endswith(", ", lo, start) or not _set_off_after(text, end):
        return found
    boundary = _SENTENCE_END.search(text, lo, start)
    while boundary is not None:
        # a role phrase opens after the sentence before ends (``the crash. Brandt's``)
        lo = boundary.end()
        boundary = _SENTENCE_END.search(text, lo, start)
    match = _APPOSITION_BEFORE.search(text, lo, start)
    if match is not None and (not _governed(text, match.start()) or _kin_of_another(match)):
        role = _role(match)
        if role is not None and (role.head in PERSON_NOUNS or role.head in ROLE_NOUNS):
            found.append(role)
    return found


def _kin_of_another(match: re.Match[str]) -> bool:
    """Whether a role phrase before a name is a family noun after a possessive pronoun.

    ``Kirk is coached by her husband, Neil Ash,``: the object of a
    preposition, but a relative of someone named before, whom the name
    set off after it names.
    """
    opener = match.group("opener").split()
    return (
        len(opener) == 1
        and opener[0].lower() in ("his", "her", "their")
        and match.group("head") in KIN_NOUNS
    )


def _person_noun(word: str) -> bool:
    """Whether a lower-case word is a person noun, a role noun or a title."""
    return word in PERSON_NOUNS or word in ROLE_NOUNS or word in ROLE_TITLES


def _governed(text: str, start: int) -> bool:
    """Whether a phrase starting at *start* is the object of a preposition or participle.

    ``In a letter to the minister, Paula Grant ...``, ``After meeting the
    premier, Paula Grant ...``: the phrase closes an introductory phrase and
    is in apposition to no name after it.
    """
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1).lower()
    return word in PREPOSITIONS or (word.endswith("ing") and len(word) > 4)


def _set_off_after(text: str, end: int) -> bool:
    """Whether a name ending at *end* is closed like an apposition (``,``, ``.``, ``;``)."""
    rest = text[end : end + 3]
    if rest.startswith(("’s", "'s")):
        return False
    return not rest or rest[0] in ",.;:)\n"


def agent_noun(verb: str) -> str | None:
    """Return the person noun that names the agent of a verb form, if any.

    ``founded`` -> ``founder``, ``owns`` -> ``owner``, ``coaches`` ->
    ``coach``, ``manages`` -> ``manager``, ``directed`` -> ``director``: the
    stem (without ``-ed``, ``-d``, ``-es`` or ``-s``), alone or with
    ``-er``, ``-r`` or ``-or``, must be a role noun or a person noun of news usage
    (``person_nouns_news``) of the lexicon: WordNet's person nouns hold an agent
    noun for most verbs (``needer``, ``user``), which names no role.
    """
    stems: tuple[str, ...]
    if verb.endswith(("ed", "es")):
        stems = (verb[:-2], verb[:-1])
    elif verb.endswith("s") and not verb.endswith("ss"):
        stems = (verb[:-1],)
    else:
        return None
    for stem in stems:
        if len(stem) < 3:
            continue
        for noun in (stem, stem + "er", stem + "r", stem + "or"):
            if noun in NEWS_PERSON_NOUNS or noun in ROLE_NOUNS:
                return noun
    return None
