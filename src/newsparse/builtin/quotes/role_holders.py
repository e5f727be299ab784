"""Role holders: the person a role, family or descriptive noun names.

A definite description (``the minister``, ``his lawyer``, ``her husband``)
names the person the article linked to that role: the holder spoken of last
among several, the person an indefinite description introduced, the person
whose possessive opens the paragraph (``Roy's father, Gilles, drove nine
hours.``), or the last subject or speaker the noun fits; a new noun for a
person the article only described is an epithet of the person it named
(``One follower wrote ...`` then ``the bubbly blonde said``).  A person known by
another title is no candidate for a role (``Const. Maya Singh`` is no
``suspect``), and the converse of a family link names a relative (``His
daughter, Ingrid`` then ``her father``; ``Marta Lund, whose father, Arne,``
is someone's daughter).
"""

from __future__ import annotations

import re

from newsparse.attribution.names import NameIndex
from newsparse.attribution.roles import roles_before
from newsparse.attribution.wordlists import (
    FEMALE_NOUNS,
    GENERIC_ROLES,
    KIN_CONVERSES,
    KIN_NOUNS,
    MALE_NOUNS,
    NEWS_PERSON_NOUNS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    ROLE_TITLES,
    TITLE_ROLES,
)
from newsparse.builtin.quotes.antecedents import Antecedent, Antecedents
from newsparse.builtin.quotes.speaker_words import (
    AGE,
    COMPLEMENT_WORDS,
    DESCRIPTION_LOOKBACK,
    INDEFINITE,
    LOOKBACK,
    POSSESSIVE_PRONOUNS,
    RELATIVES,
    noun_sex,
    same_role,
)

__all__ = ["RoleHolders"]


#: The role of speaking for an institution, which any of its members may take on
#: (``spokesman``, ``spokeswoman`` and ``spokesperson`` are one role).
_SPOKESPERSON = "spokesperson"
#: Determiners that open a description of a person rather than a name.
_DESCRIPTION_OPENERS = INDEFINITE | {"the", "this", "that"}
#: A possessor and the noun it owns before a name set off in apposition:
#: ``Roy's father, `` (Gilles).
_POSSESSED_APPOSITION = re.compile(
    r"[A-Z][^,\n]{0,60}?(?:[’']s|s[’'])\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*,\s+"
)


class RoleHolders:
    """Finds who holds a role a description names, from what the article linked.

    :param text: the document text.
    :param names: the document's name index.
    :param antecedents: the document's speakers and subjects so far.
    """

    def __init__(self, text: str, names: NameIndex, antecedents: Antecedents) -> None:
        self._text = text
        self._names = names
        self._antecedents = antecedents

    def holds(self, name: str, head: str) -> bool:
        """Whether the article linked the person *name* to the role *head* or one it stands for."""
        role = head.split("-")[-1]
        found = self._names.roles_of(name) | self._names.apposed_roles(name)
        return any(same_role(other, role) for other in found)

    def may_be_kin(self, name: str, head: str) -> bool:
        """Whether the person *name* may be the relative a family noun names.

        ``Her husband`` is no woman and no one the article called her
        daughter (``Her daughter, Tanya Brooks,``): the relative agrees with
        the noun's sex and holds no other family role.
        """
        if not self._sex_fits(name, head):
            return False
        kin = {role for role in self._names.roles_of(name) if role in KIN_NOUNS}
        return not kin or head in kin

    def _sex_fits(self, name: str, head: str) -> bool:
        """Whether the person *name* may be of the sex a person noun tells (``her husband``)."""
        sex = noun_sex(head)
        return sex == "person" or self._names.sex(name) in (None, sex)

    def owned_by_another(self, holder: str, head: str, pronoun: str, pos: int) -> bool:
        """Whether every link of *holder* to the role names an owner ``his``/``her`` is not.

        ``Kerr's lawyer, Dan Moss,`` is not ``His lawyer`` when ``his`` is
        someone other than Kerr: a named possessor of the role must be the
        one the possessive pronoun refers to.
        """
        links = self._names.role_modifiers(holder, head)
        if not links:
            return False
        owner = self._antecedents.latest(POSSESSIVE_PRONOUNS[pronoun], pos)
        owner_words = {w.lower() for w in owner.name.split()} if owner is not None else set()
        for mods in links:
            owners = {
                m
                for m in mods
                if re.search(rf"(?<![\w’']){re.escape(m.capitalize())}[’']s\b", self._text)
            }
            if not owners or owners & owner_words:
                return False
        return True

    def kin_converse(self, name: str, head: str) -> str | None:
        """Return the relative a family noun names through the converse link.

        ``His daughter, Ingrid, ...`` then ``Her father says`` (her = Ingrid):
        the article made Ingrid the daughter of the man ``his`` referred to,
        so he is her father.  The relative must agree with the noun's sex.
        """
        converses = KIN_CONVERSES.get(head, frozenset())
        if not converses:
            return None
        for found_at in re.finditer(rf"(?<![\w’'\-]){re.escape(name)}(?![\w’'\-])", self._text):
            start = found_at.start()
            roles = roles_before(self._text, start, found_at.end())
            role = next((r for r in roles if r.head in converses), None)
            if role is None:
                continue
            owner = next(
                (POSSESSIVE_PRONOUNS[m] for m in role.modifiers if m in ("his", "her")), None
            )
            if owner is None:
                continue
            found = self._antecedents.latest(owner, start)
            if found is None or found.category != "person" or found.name == name:
                continue
            if not self._sex_fits(found.name, head):
                continue
            return found.name
        return None

    def has_relative(self, name: str, kin: frozenset[str], pos: int) -> bool:
        """Whether the article names a relative of the person *name* of a kind in *kin*.

        ``Dana Klassen, whose father, Ed, ...`` or ``Klassen's mother``
        before *pos*: the person has a father or a mother, so is someone's
        daughter or son.
        """
        last = name.split()[-1] if name.split() else ""
        if not last[:1].isupper():
            return False
        pattern = re.compile(
            rf"(?<![\w’'\-]){re.escape(last)}(?:[’']s|,\s+whose)\s+(?:late\s+)?(?P<kin>[a-z]+)\b"
        )
        return any(found.group("kin") in kin for found in pattern.finditer(self._text, 0, pos))

    def described_person(
        self, head: str, pos: int, mods: frozenset[str] = frozenset()
    ) -> Antecedent | None:
        """Return the person a definite description with no role holder refers back to.

        The person last a subject or speaker, of the noun's sex (a person the
        article named, when that one was only described with another noun),
        unless the noun is a role that is no title (``the suspect``, ``the witness``) and
        that person is known by a title of another role (``Const. Maya
        Singh``): then the person before.
        """
        want = noun_sex(head)
        first = self._antecedents.latest(want, pos, DESCRIPTION_LOOKBACK)
        topic = self._paragraph_topic(head, mods, pos, first)
        if topic is not None:
            return topic
        if first is not None and self._described_by_another_noun(first, head):
            # ``one follower wrote ...`` then ``the bubbly blonde said``: a person the
            # article only described is written again with the noun it was given
            # (``the follower``) or a general one (``the woman``); a new noun is an
            # epithet of a person the article named
            named = self._named_before(head, mods, pos)
            if named is not None:
                return named
        if first is None or not (
            self.titled_otherwise(first.name, head, mods) or _described_otherwise(first, head)
        ):
            return first
        for item in self._antecedents.before(pos, DESCRIPTION_LOOKBACK):
            if item.category != "person" or item.name == first.name:
                continue
            if not self._sex_fits(item.name, head):
                continue
            if not self.titled_otherwise(item.name, head, mods):
                return item
        return None

    def _described_by_another_noun(self, antecedent: Antecedent, head: str) -> bool:
        """Whether *antecedent* is a person described, not named, by a noun other than *head*.

        A general noun (``person``, ``official``), a noun of sex (``the
        woman``) or of kin may name anyone so described; so may a noun the
        sentence that described the person wrote (``One shopper, a retired
        teacher,`` is ``the teacher``).
        """
        words = antecedent.name.lower().split()
        if (
            len(words) < 2
            or words[0] not in _DESCRIPTION_OPENERS
            or head in GENERIC_ROLES
            or head in KIN_NOUNS
            or noun_sex(head) != "person"
        ):
            return False
        start, end = self._antecedents.sentence_around(antecedent.start)
        sentence = self._text[start:end].lower()
        return re.search(rf"(?<![\w’'\-]){re.escape(head)}(?![\w’'\-])", sentence) is None

    def _named_before(self, head: str, mods: frozenset[str], pos: int) -> Antecedent | None:
        """Return the person last a subject or speaker whom the article named, if the noun fits."""
        for item in self._antecedents.before(pos, DESCRIPTION_LOOKBACK):
            words = item.name.split()
            if (
                item.category != "person"
                or not words
                or words[0].lower() in _DESCRIPTION_OPENERS
                or not all(word[:1].isupper() for word in words)
            ):
                continue
            if self._sex_fits(item.name, head) and not self.titled_otherwise(item.name, head, mods):
                return item
        return None

    def _paragraph_topic(
        self, head: str, mods: frozenset[str], pos: int, first: Antecedent | None
    ) -> Antecedent | None:
        """Return the person whose possessive opens the description's paragraph, if it fits.

        ``Gilles Roy's daughter drove nine hours. The forward said``: a
        paragraph that opens on a person's possessive is about that person,
        unless a subject or speaker of the paragraph came since, other than
        the name set in apposition to the possessed noun (``Roy's father,
        Gilles,``).  The person must be known as one (an entity, a subject,
        a sex) and fit the noun.
        """
        owner = self._antecedents.paragraph_owner(pos)
        if owner is None:
            return None
        if first is not None and first.pos >= owner.pos:
            between = self._text[owner.pos : first.start]
            if first.start < owner.pos or _POSSESSED_APPOSITION.fullmatch(between) is None:
                return None
        known = (
            self._names.is_person(owner.name)
            or self._names.sex(owner.name) is not None
            or self._antecedents.known_category(owner.name, "unknown") == "person"
        )
        if not known or not self._sex_fits(owner.name, head):
            return None
        return None if self.titled_otherwise(owner.name, head, mods) else owner

    def other_role(self, name: str, head: str) -> bool:
        """Whether the article gave the person *name* a role and never the role *head*.

        Roles are titles, role nouns and the person nouns of news usage
        (``Premier``, ``witness``); an age or a family noun is none, nor is
        a noun only WordNet lists (``bookkeeper``: ``Donna Kwan, a retired
        bookkeeper,`` is still ``A Vancouver woman``).  ``spokesman``, ``spokeswoman`` and
        ``spokesperson`` are one role, as are a title and the nouns it stands
        for (``Sgt.``, ``officer``).
        """
        roles = {
            role
            for role in self._names.roles_of(name)
            if (
                role in ROLE_NOUNS
                or role in ROLE_TITLES
                or role in TITLE_ROLES
                or role in NEWS_PERSON_NOUNS
            )
            and role not in KIN_NOUNS
        }
        if not roles or head in GENERIC_ROLES:
            return False
        return not any(same_role(role, head) for role in roles)

    def titled_otherwise(self, name: str, head: str, mods: frozenset[str] = frozenset()) -> bool:
        """Whether a role noun (``suspect``, ``skipper``) cannot describe *name*.

        True when the article gave *name* a title (``Const.``, ``Coach``)
        and never this role or one it stands for (``skipper`` and
        ``captain``): a person known by one role is no candidate for another.
        An office (``the mayor``, ``the spokesperson``) is also barred to a
        person the article gave another role noun (``Jen Lowe, a nurse,``);
        descriptive roles (``the actress`` after ``Film star Maya Ortiz``)
        are not, nor is a spokesperson whose modifiers name the institution
        of the person's title (``the police spokesperson`` after ``Toronto
        Police Const. Alana Whitford``).
        """
        if (
            (head not in ROLE_NOUNS and head not in ROLE_TITLES and head not in TITLE_ROLES)
            or head in KIN_NOUNS
            or head in GENERIC_ROLES
        ):
            return False
        if self._names.office_differs(name, head, mods):
            return True  # ``Prime Minister Justin Trudeau`` is no ``minister``
        roles = self._names.roles_of(name)
        if any(same_role(role, head) for role in roles):
            return False
        if (
            mods
            and same_role(head, _SPOKESPERSON)
            and any(
                mods & link for role in roles for link in self._names.role_modifiers(name, role)
            )
        ):
            # ``Toronto Police Const. Alana Whitford`` ... ``the police spokesperson``: a
            # member of the institution the description names may speak for it
            return False
        office = head in ROLE_TITLES or head in TITLE_ROLES
        if office and any(
            AGE.fullmatch(role) is None
            and role not in KIN_NOUNS
            and role not in GENERIC_ROLES
            and (role in ROLE_NOUNS or (role not in MALE_NOUNS and role not in FEMALE_NOUNS))
            and not same_role(role, head)
            for role in self._names.apposed_roles(name)
        ):
            return True  # ``Tom Reid, a Halifax commuter,`` is no ``mayor``
        return any(
            (role in ROLE_TITLES or role in TITLE_ROLES or (office and role in ROLE_NOUNS))
            and role not in KIN_NOUNS
            and role not in GENERIC_ROLES
            for role in roles
        )

    def salient(self, head: str, mods: frozenset[str], pos: int) -> str | None:
        """Return the holder of a role a definite description names, the one spoken of last.

        ``Foreign Minister Anna Berg and Finance Minister Olaf Strand`` ...
        ``Berg said`` ... ``The minister said``: of the holders the
        description fits equally well, the one last a subject or speaker.
        """
        holders = [self._names.full_name(h, pos) for h in self._names.role_holders(head, mods, pos)]
        if len(holders) > 1:
            for item in self._antecedents.before(pos, LOOKBACK):
                if item.name in holders:
                    return item.name
        return holders[0] if holders else None

    def introduced(self, head: str, pos: int) -> Antecedent | None:
        """Return the speaker an indefinite description with this head introduced.

        ``A justice official said ...`` then ``The justice official told
        reporters ...``: the definite description refers back to the unnamed
        speaker, not to the last person named.
        """
        for item in self._antecedents.before(pos, LOOKBACK):
            words = item.name.lower().split()
            if len(words) < 2 or words[0] not in INDEFINITE or not item.spoke:
                continue
            openers = COMPLEMENT_WORDS | RELATIVES
            cut = next((k for k, w in enumerate(words) if k and w in openers), len(words))
            if head in words[1:cut]:  # ``A person familiar with the talks``
                return item
        return None


def _described_otherwise(antecedent: Antecedent, head: str) -> bool:
    """Whether a person described, not named, holds a role other than the noun *head*.

    ``A Winnipeg contractor who took deposits ... with the judge saying``:
    the judge is not the contractor.  Both nouns must be roles: a person
    noun of no sex, kin or generic kind (``contractor``, ``beekeeper``)
    heads the description, and *head* is a role noun or title; ``A man
    who ... the driver said`` may be one person.
    """
    if antecedent.category != "described" or not (
        head in ROLE_NOUNS or head in ROLE_TITLES or head in TITLE_ROLES
    ):
        return False
    words = [word.strip(",.;:") for word in antecedent.name.lower().split()]
    # the head, or the singular of a plural one (``The Liberals held ...``)
    nouns = (noun for word in words for noun in (word, word.removesuffix("s")))
    described = next((noun for noun in nouns if noun in PERSON_NOUNS or noun in ROLE_NOUNS), None)
    if (
        described is None
        or noun_sex(described) != "person"
        or described in KIN_NOUNS
        or described in GENERIC_ROLES
    ):
        return False
    return not same_role(described, head)
