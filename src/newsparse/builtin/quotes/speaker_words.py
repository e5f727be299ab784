"""Word tests and noun helpers for speaker resolution.

Plain functions of words and short texts that the speaker resolver's parts
share: what a description's head, complement and possessor are, whether a
noun names a person and of which sex, whether two role nouns name one role,
and the determiners, word classes and distances they test against.  Nothing
here reads the state of a document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import MappingProxyType

from newsparse.attribution.descriptive import AGE, plural_of_people
from newsparse.attribution.mentions import Mention
from newsparse.attribution.wordlists import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NOUNS,
    MALE_NOUNS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    TITLE_ROLES,
)

__all__ = [
    "AGE",
    "ARTICLES",
    "COMPLEMENT_WORDS",
    "DEFINITE",
    "DESCRIPTION_LOOKBACK",
    "INDEFINITE",
    "LOOKBACK",
    "PAIR_NOUNS",
    "POSSESSIVE_PRONOUNS",
    "RELATIVES",
    "agent_phrase",
    "complement_index",
    "description_words",
    "listed_person_noun",
    "mention_text",
    "noun_sex",
    "participle_with_object",
    "people_possessor",
    "person_description_opens",
    "person_noun",
    "plural_name",
    "relational",
    "same_role",
    "without_possessive",
]

#: Determiners of a definite description: ``the minister``, ``that company``.
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Determiners of an indefinite description: ``a spokeswoman``, ``one official``.
INDEFINITE = frozenset({"a", "an", "one", "another"})
#: Articles, definite and indefinite, that open a description rather than a name.
ARTICLES = DEFINITE | {"a", "an"}
#: Possessive pronouns and what they refer to (``his`` a man, ``their`` a group).
POSSESSIVE_PRONOUNS: MappingProxyType[str, str] = MappingProxyType(
    {"his": "male", "her": "female", "its": "thing", "their": "plural"}
)
#: Nouns that refer back to two people named together: ``the couple said``.
PAIR_NOUNS = frozenset({"couple", "pair", "duo"})
#: Relative pronouns that open a description's relative clause (``the person who spoke``).
RELATIVES = frozenset({"who", "whose", "whom", "which", "that"})
#: Prepositions that open a description's complement (``a spokeswoman for the union``).
COMPLEMENT_WORDS = frozenset({"of", "for", "at", "from", "with", "by", "in"})
#: Characters before a position within which an antecedent is looked for.
LOOKBACK = 6000
#: Characters before a description within which the person it describes is looked for.
DESCRIPTION_LOOKBACK = 1500
#: Suffixes of nouns that name who does something: ``singer``, ``novelist``, ``actress``.
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ess")


def mention_text(text: str, mention: Mention) -> str:
    """Return the words of a mention, with runs of white space made one space."""
    return " ".join(text[mention.start : mention.end].split())


def complement_index(words: Sequence[str]) -> int | None:
    """Return the index of the preposition that opens a description's complement.

    A preposition between capitalised words belongs to a name (``A Superior
    Court of Ontario judge``), not to the description, unless the word before
    it is the description's first word and names people (``Residents of Elm
    Street``, ``Nurses at St. Anne's``).
    """
    for k in range(1, len(words)):
        if words[k].lower() not in COMPLEMENT_WORDS:
            continue
        if (
            words[k - 1][:1].isupper()
            and k + 1 < len(words)
            and words[k + 1][:1].isupper()
            and not (
                k == 1 and (plural_of_people(words[0].lower()) or person_noun(words[0].lower()))
            )
        ):
            continue
        return k
    return None


def person_noun(noun: str) -> bool:
    """Whether a description's head names a person: a person noun or an agent noun."""
    return (
        noun in PERSON_NOUNS
        or noun in MALE_NOUNS
        or noun in FEMALE_NOUNS
        or (len(noun) > 4 and noun.isalpha() and noun.endswith(_AGENT_SUFFIXES))
    )


def listed_person_noun(word: str) -> bool:
    """Whether the lexicon lists a lower-case word as a person or role noun (``economist``).

    Unlike :func:`person_noun`, no agent suffix counts: a name may end in
    ``-er`` (``Scheer``, ``Twitter``).
    """
    return word in PERSON_NOUNS or word in ROLE_NOUNS


def participle_with_object(word: str, after: str) -> bool:
    """Whether a lower-case word and the one after it open a present participle's phrase.

    ``representing the plant's workers``, ``advising Harlow council``: an
    ``-ing`` word before a determiner, a possessive or a name; not a noun
    modifying the next one (``chief marketing officer``).

    :param word: the ``-ing`` word, in lower case.
    :param after: the word after it, as written.
    """
    if len(word) <= 5 or not word.isalpha() or not word.endswith("ing"):
        return False
    return after.lower() in DETERMINERS or after[:1].isupper() or after.endswith(("’s", "'s"))


def same_role(role: str, head: str) -> bool:
    """Whether a role linked to a person and a description's head noun name one role.

    The same noun, a title and a noun it stands for (``sgt``, ``officer``),
    also through one more step (``sen``, ``senator``, ``lawmaker``), or the
    same stem before ``-man``, ``-woman`` or ``-person`` (``spokesman``,
    ``spokesperson``).
    """
    if role == head or head in TITLE_ROLES.get(role, ()) or role in TITLE_ROLES.get(head, ()):
        return True
    if any(head in TITLE_ROLES.get(noun, ()) for noun in TITLE_ROLES.get(role, ())):
        return True  # ``Sen.`` stands for ``senator``, a ``lawmaker``
    stems = [
        word.removesuffix(suffix)
        for word in (role, head)
        for suffix in ("woman", "man", "person")
        if word.endswith(suffix)
    ]
    return len(stems) == 2 and stems[0] == stems[1]


def plural_name(name: str) -> bool:
    """Whether a name ends in a plural noun (``Liberals``, ``Calgary Flames``)."""
    words = name.split()
    last = re.sub(r"[’']s?\Z", "", words[-1]) if words else ""  # ``Liberals’``, ``Acme's``
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def people_possessor(text: str) -> str | None:
    """Return the plural of people that possesses a description (``the pilots' union``).

    Lower case, without its apostrophe: ``pilots``; ``None`` when no such
    possessor opens the description.
    """
    for word in text.split()[:-1]:
        if word.endswith(("s’", "s'")):
            bare = word[:-1].lower()
            return bare if plural_of_people(bare) else None
    return None


def without_possessive(word: str) -> str:
    """Return a word or name without its possessive ending: ``union's`` -> ``union``."""
    return word.removesuffix("’s").removesuffix("'s")


def description_words(text: str) -> list[str]:
    """Return a description's words in lower case, without possessive endings.

    ``The company's CEO`` -> ``the``, ``company``, ``ceo``.
    """
    return text.lower().replace("’s", "").replace("'s", "").split()


def relational(text: str) -> bool:
    """Whether a definite description names someone only through another's role.

    A description with a possessor (``the city's housing director``, ``the
    company's CEO``) is the possessor's holder of a role, no new name for the
    person the article spoke of last.
    """
    return any(word.endswith(("’s", "'s")) for word in text.split()[:-1])


def noun_sex(noun: str) -> str:
    """Return what a person noun tells of its referent: ``male``, ``female`` or ``person``."""
    if noun in MALE_NOUNS:
        return "male"
    if noun in FEMALE_NOUNS:
        return "female"
    return "person"


def agent_phrase(text: str, words: list[str]) -> str | None:
    """Return the agent of ``a statement released by the office`` (after ``by``), if any."""
    if len(text.split()) != len(words):
        return None
    document = next((k for k, w in enumerate(words) if w in DOCUMENT_NOUNS), None)
    if document is None or document + 2 >= len(words) or words[document + 1] in ("by", "from"):
        return None
    by = next((k for k in range(document + 2, len(words)) if words[k] == "by"), None)
    if by is None or by + 1 >= len(words):
        return None
    return " ".join(text.split()[by + 1 :])


#: A clause's opening article after a conjunction: ``But the ``, ``A ``.
_ARTICLE_OPENING = re.compile(r"(?:(?:But|And|So|Yet|Still),?\s+)?(?:The|A|An)\s+")
#: A word or a comma of a clause's opening noun phrase.
_PHRASE_TOKEN = re.compile(r"[\w’'\-]+|,")
#: Words of a description opening a clause read at most, its head included.
_OPENING_WORDS = 6


def person_description_opens(text: str, start: int, end: int) -> bool:
    """Whether the clause in ``text[start:end]`` opens with a description of a person.

    ``The former Love Shack contestant, 27, posted ...``, ``But the bubbly
    star posted ...``: an article, then a head that is a person or role
    noun, right before a comma, an auxiliary or a verb in ``-ed`` (``The
    recall was prompted ...`` opens with a thing's description).
    """
    opening = _ARTICLE_OPENING.match(text, start, end)
    if opening is None:
        return False
    tokens = _PHRASE_TOKEN.findall(text, opening.end(), end)[: _OPENING_WORDS + 1]
    for k in range(1, len(tokens)):
        word = tokens[k]
        if (
            word == ","
            or word in AUXILIARIES
            or word in BE_FORMS
            or (word.islower() and word.endswith("ed"))
        ):
            head = tokens[k - 1]
            return head.islower() and (person_noun(head) or head in ROLE_NOUNS)
    return False
