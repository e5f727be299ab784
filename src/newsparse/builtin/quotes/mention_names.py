"""Names and entities as speakers: the name and category a mention resolves to.

* an **entity** takes the recogniser's canonical name, made fuller when the
  article introduced the same person with a longer name, and its label's
  category (a person, a group under the words that name it, a place, an
  institution under its fullest name);
* a **name** without an entity (``Mr. Hemming``, ``IRCC``) takes the fullest
  name the article gives (:class:`~newsparse.attribution.names.NameIndex`),
  a person, an institution or unknown by what the article tells of it;
* a **description** is resolved by
  :class:`~newsparse.builtin.quotes.descriptions.Descriptions`.
"""

from __future__ import annotations

import re

from newsparse.attribution.descriptive import plural_of_people
from newsparse.attribution.mentions import Mention
from newsparse.attribution.names import strip_titles
from newsparse.attribution.wordlists import (
    FEMALE_NOUNS,
    HONORIFICS,
    MALE_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    POST_NOMINALS,
    SUBUNIT_WORDS,
    TITLE_ACRONYMS,
)
from newsparse.builtin.quotes.context import SpeakerContext
from newsparse.builtin.quotes.descriptions import Descriptions
from newsparse.builtin.quotes.institutions import GOVERNING_NOUNS
from newsparse.builtin.quotes.speaker_words import (
    DESCRIPTION_LOOKBACK,
    description_words,
    mention_text,
    noun_sex,
    without_possessive,
)
from newsparse.lexicon import alternation, default_lexicon

__all__ = ["MentionNames"]

_PERSON_LABELS = frozenset({"PERSON", "PER"})
_GROUP_LABELS = frozenset({"NORP"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: An initial opening a name: ``C.`` Olmec.
_INITIAL = re.compile(r"[A-Z]\.")
#: ``the`` and one capitalised word: ``The Shona``.
_THE_NAME = re.compile(r"[Tt]he\s+([A-Z][^\W\d_]+)")
#: ``the`` right before a name: ``the`` Maya.
_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he\s+\Z")
#: A capitalised word right after a name: `` Heads``.
_CAPITAL_AFTER = re.compile(r"(?:[’']s)?\s+[A-Z]")
#: A lower-case noun and a comma right before a name: ``His wife, `` Harjit.
_NOUN_AND_COMMA = re.compile(r"\b([a-z][\w-]*),\s+\Z")
#: ``the`` and up to two lower-case modifiers, a possessor among them, right
#: before a role written in capitals: ``The former`` MP, ``The company's`` CEO.
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he\s+((?:[a-z][\w\-]*(?:[’']s)?\s+){0,2})\Z")
#: A definite description in lower case: ``The minister``, ``the Chinese leader``.
#: A number right after a name: ``Unifor Local`` 444.
_NUMBER_AFTER = re.compile(r"[ \t]+(\d{1,5})\b(?![.,]\d)")
#: A numbered part at the end of an organisation's name: ``Local 444``.
_NUMBERED_PART = re.compile(r"\s+([A-Z][a-z]+)\s+\d{1,5}\Z")
#: An ``of`` complement between a subject and a name inside it: ``the veteran of the
#: Office`` ``of the`` Fire Commissioner, name particles inside the name (``of the
#: Université de`` Moncton), lower-case modifiers before the name (``of the nearby``
#: Kelso Lake First Nation).
_PARTICLES = alternation(default_lexicon().words("name_particles"))
_OF_COMPLEMENT = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){{0,2}}(?:(?:[A-Z][\w’'-]*|{_PARTICLES})\s+){{0,4}}\Z"
)
#: An ``of`` complement of capitalised words, initials among them, right after an
#: institution noun: ``Union`` ``of B.C. Municipalities``.
#: A phrase ending in a possessive and a noun: ``Dana Whitlock’s (press) office``.
_POSSESSED_NOUN = re.compile(r".*\b([A-Z][\w\-]*)[’']s\s+(?:[a-z][a-z\-]*\s+)?([a-z][a-z\-]*)")
_OF_NAME = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'\-]*|(?:[A-Z]\.){2,})\s+){0,4}[A-Z][\w’'\-]*[a-z]"
)
#: ``the`` right before a mention: ``the`` GM.
_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he\s+\Z")
_DESCRIBED = re.compile(r"[Tt]he\s+(?:[\w\-]+\s+)*[a-z][\w\-]*\Z")


def _without_numbered_part(name: str) -> str:
    """Return an organisation's name without a numbered part (``Local 7``) at its end."""
    found = _NUMBERED_PART.search(name)
    if found is None or found.group(1).lower() not in SUBUNIT_WORDS:
        return name
    return name[: found.start()]


def without_post_nominal(name: str) -> str:
    """Return a person's name without letters for a seat or an honour at its end.

    ``Declan Furlong TD`` -> ``Declan Furlong``: the lexicon's
    ``post_nominals``, written in capitals after two words of a name or more.
    """
    words = name.split()
    while len(words) > 2 and words[-1] in POST_NOMINALS:
        words.pop()
    return " ".join(words) if len(words) < len(name.split()) else name


def _possessed_institution(mention: Mention, text: str) -> str | None:
    """Return the words of an institution written with its head's possessive name.

    ``Premier Dana Whitlock’s office``, ``Senator Ruth Ambler's campaign``:
    a mention that ends in a capitalised possessor and an institution noun
    (the lexicon's organisation nouns), perhaps with one modifier (``press
    office``), names the institution, not the possessor; GGT resolves even
    ``his office`` to ``the Prime Minister's Office``, not to the person.
    """
    if mention.kind not in ("description", "entity"):
        return None
    match = _POSSESSED_NOUN.fullmatch(text)
    if match is None or match.group(2).lower() not in ORG_NOUNS:
        return None
    return text


class MentionNames:
    """Resolves name, entity and description mentions to a name and a category.

    :param context: the document that speaker resolution reads.
    :param descriptions: the resolver of descriptions.
    :param has_entities: whether the document has an ``entities`` layer.
    """

    def __init__(
        self, context: SpeakerContext, descriptions: Descriptions, *, has_entities: bool
    ) -> None:
        self._context = context
        self._descriptions = descriptions
        self._has_entities = has_entities

    def resolve(self, mention: Mention) -> tuple[str, str] | None:
        """Return the name and category of what a mention other than a pronoun names.

        ``None`` for a mention with no words; a name that resolves to nothing
        but white space keeps the words written.
        """
        text = mention_text(self._context.text, mention)
        if not text:
            return None
        resolved = self._name_and_category(mention, text)
        if not resolved[0].strip():
            return text, resolved[1]
        if resolved[1] in ("person", "unknown", "org") and mention.kind != "description":
            resolved = without_post_nominal(resolved[0]), resolved[1]
        if resolved[1] != "person" or resolved[0] == text:
            holder = self._acronym_holder(mention, text)
            if holder is not None:
                return holder, "person"
        return resolved

    def _namesake_of_reported_sex(self, name: str, text: str, start: int) -> str:
        """Return the namesake a surname written alone names when its report tells the sex.

        ``Glen Lohnes`` and ``Edna Lohnes`` ... ``Lohnes said she had no
        secret recipe``: the surname's own report opens with ``she``, so it
        names the woman of that surname, whichever one a recogniser linked.
        """
        names = self._context.names
        if " " in text or " " not in name:
            return name
        sex = names.reported_sex(start)
        if sex is None or names.sex(name) in (None, sex):
            return name
        return names.surname_owner_of_sex(text, sex) or name

    def _namesake_named_alone(self, name: str, text: str, start: int) -> str:
        """Return the namesake a surname written alone named before, when it names another now.

        ``Ana Kowal`` ... ``Kowal said`` ... ``her son, Ben Kowal,`` ...
        ``Kowal said``: once a surname alone has named one person, a
        namesake introduced in full after that is written by more than the
        surname; the surname alone keeps naming the first, unless the
        namesake's full name was written in the surname's own paragraph.
        """
        if " " in text or not name.endswith(" " + text):
            return name
        body = self._context.text
        for item in self._context.antecedents.history:
            if item.start >= start or item.pos != item.start or item.category != "person":
                continue
            if item.name == name or body[item.start : item.end] != text:
                continue
            if not item.name.endswith(" " + text):
                continue
            # the first namesake the surname alone named
            introduced = body.find(name)
            written = body.rfind(name, 0, start)
            if introduced < item.start or "\n" not in body[written:start]:
                return name
            return item.name
        return name

    def _enclosing_subject(self, mention: Mention) -> tuple[str, str] | None:
        """Return the subject whose ``of`` complement a mention lies in, if one does.

        ``the 31-year veteran of the Office of the Fire Commissioner agreed``:
        a name or title after ``of`` at the end of a subject already noted is
        part of that subject's noun phrase, and the subject (the veteran) is
        the speaker, not the office's title.
        """
        for item in reversed(self._context.antecedents.history):
            if item.end > mention.start or item.pos != item.start:
                continue  # after the mention, or a pronoun's referent
            if item.category not in ("person", "described") or mention.start - item.end > 40:
                return None
            if _OF_COMPLEMENT.fullmatch(self._context.text, item.end, mention.start) is None:
                return None
            return item.name, item.category
        return None

    def _numbered(self, name: str, end: int) -> str:
        """Return an organisation's name with the number written after it, if it is a part's.

        ``Pacific Transit Workers Union Local 7``: a recogniser may end the
        name before the number of a numbered part (the lexicon's
        ``subunit_words``), which belongs to it.
        """
        number = _NUMBER_AFTER.match(self._context.text, end)
        words = name.split()
        if number is None or not words or words[-1].lower() not in SUBUNIT_WORDS:
            return name
        return f"{name} {number.group(1)}"

    def _acronym_holder(self, mention: Mention, text: str) -> str | None:
        """Return the holder of the title a definite acronym stands for (``the GM``).

        ``The team's general manager, Stéphane Gravel,`` ... ``the GM said``:
        a title's acronym in capitals after ``the`` (the lexicon's
        ``title_acronyms``) names the person the article gave the title,
        though a recogniser took it for a company (``GM``); so does one
        after ``the`` and modifiers (``the former CTO``), with them.
        """
        words = text.split()
        mods = ""
        if words and words[0].lower() == "the":
            words = words[1:]
        else:
            # ``the former CTO``: modifiers between the article and the acronym
            lead = _ARTICLE_BEFORE.search(
                self._context.text, max(0, mention.start - 40), mention.start
            )
            if lead is None or any(w.endswith(("’s", "'s")) for w in lead.group(1).split()):
                return None
            mods = lead.group(1)
        if len(words) != 1 or not words[0].isupper():
            return None
        expansion = TITLE_ACRONYMS.get(words[0].lower())
        if expansion is None:
            return None
        described = f"the {mods}{expansion}"
        name, category = self._descriptions.describe(described, mention.start)
        return name if category == "person" and name != described else None

    def _written_order(self, name: str, text: str, start: int) -> str:
        """Return the words written before a mention and the mention, if they are *name* reordered.

        A short name linked to a longer one whose other words stand right
        before the mention in another order (``Calgary Transit``, its
        ``Transit`` linked to a ``Transit Calgary`` named elsewhere) is the
        name as written there.
        """
        words = name.split()
        own = text.split()
        extra = [w for w in words if w not in own]
        if not extra or len(extra) + len(own) != len(words):
            return name
        before = self._context.text[max(0, start - 200) : start].split()[-len(extra) :]
        written = " ".join([*before, *own])
        return written if sorted(before) == sorted(extra) and written != name else name

    def _name_and_category(self, mention: Mention, text: str) -> tuple[str, str]:
        enclosing = self._enclosing_subject(mention)
        if enclosing is not None:
            return enclosing
        owner = self._governing_owner(mention, text)
        if owner is not None:
            # ``Redhaven’s board said`` after ``Redhaven Athletic``: the body that
            # governs an institution the article named speaks for it
            return owner, "org"
        possessed = _possessed_institution(mention, text)
        if possessed is not None:
            # ``Premier Dana Whitlock’s office said``: the office a person heads
            # speaks, not the person; it is named by the words written
            return possessed, "org"
        if (
            mention.kind in ("name", "description", "entity")
            and text[:1].isupper()
            and text.split()[-1].lower() in PERSON_NOUNS
            and (mention.entity is None or " " not in text)
        ):
            # ``The MP said``, ``The CEO said``, ``The Liberal MP said``, ``The former
            # MP said``: a role written in capitals is a description, also when a
            # recogniser took it alone for an institution (``the two-term MLA said``)
            lead = _ARTICLE_BEFORE.search(
                self._context.text, max(0, mention.start - 40), mention.start
            )
            if lead is not None:
                return self._descriptions.describe(f"the {lead.group(1)}{text}", mention.start)
        if mention.entity is not None and mention.entity.name.strip():
            ent = mention.entity
            if ent.label in _PERSON_LABELS and _DESCRIBED.match(text) is not None:
                # ``The minister`` a recogniser took for a person: the holder of its
                # role the article spoke of last, when the article linked the role
                words = description_words(text)
                holders = self._context.names.role_holders(
                    words[-1], frozenset(words[1:-1]), mention.start
                )
                if len(holders) > 1 and ent.name in holders:
                    # of several holders, the recogniser's is one: the one spoken of last
                    holder = self._context.roles.salient(
                        words[-1], frozenset(words[1:-1]), mention.start
                    )
                    if holder is not None:
                        return holder, "person"
            if ent.label in _PERSON_LABELS and self._people_with_article(mention, text):
                # ``The Olmec built aqueducts``: a name after ``the`` is a people's or a
                # family's, not one person's; under the fuller name the article gives it
                # (``the Waimaro Kingfishers``), not one with an initial (``C. Olmec``)
                written = without_possessive(text)
                fuller = self._context.names.full_name(written, mention.start)
                if _INITIAL.match(fuller) is not None or not fuller.endswith(written):
                    fuller = written
                return fuller, "group"
            if ent.label in _PERSON_LABELS:
                name = self._context.names.full_name(ent.name, mention.start)
                name = self._written_order(name, text, mention.start)
                name = self._namesake_of_reported_sex(name, text, mention.start)
                name = self._namesake_named_alone(name, text, mention.start)
                if self._context.names.sex(name) is None:
                    # ``Vantor`` after ``Vantor Electronics Co.``, ``Golden Crust`` after
                    # ``Golden Crust Bakeries``: the institution's short name
                    longer = self._context.names.organisation(name, mention.start)
                    if longer != name:
                        return longer, "org"
                return name, "unknown" if self._context.names.looks_institutional(
                    name
                ) else "person"
            if ent.label in _GROUP_LABELS and self._singular_demonym(ent.start, ent.end):
                # ``the Spaniard said``: a person described by nationality
                recent = self._context.antecedents.latest(
                    "person", mention.start, DESCRIPTION_LOOKBACK
                )
                if recent is not None:
                    return recent.name, "person"
            if ent.label in _GROUP_LABELS:
                # ``Mexicans say``: a group speaks under the words that name it, not
                # under its demonym's singular reference form
                written = " ".join(self._context.text[ent.start : ent.end].split())
                return without_possessive(written) or ent.name, "group"
            category = "place" if ent.label in _PLACE_LABELS else "org"
            if ent.label == "FAC":
                longer = self._context.names.organisation(ent.name, mention.start)
                if longer != ent.name:
                    # ``Quiet Harbour`` after ``Quiet Harbour Software``: a facility
                    # speaks for no one, the company whose short name it is does
                    return longer, "org"
            if category == "place":
                person = self._context.names.full_name(ent.name, mention.start)
                if person != ent.name and self._person_roles(person):
                    # ``Banking analyst Ngozi Everett`` ... ``Everett`` a recogniser took
                    # for a place: the person the article gave a person's role
                    return person, "person"
            name = ent.name
            written = " ".join(self._context.text[ent.start : ent.end].split())
            written = without_possessive(written)
            if not self._context.names.written(name) or (
                ent.label == "ORG" and name in written and len(written) > len(name)
            ):
                # a reference name the article never writes (``RCMP`` for the
                # Royal Canadian Mounted Police), or one shorter than the name
                # written (``CBC News``): the speaker keeps the article's words
                name = written or name
            name = self._context.names.full_name(name, mention.start)
            parts = name.lower().split()
            if (
                ent.label == "ORG"
                and " " not in written
                and len(parts) > 1
                and written.lower() in (parts[0], parts[-1])
                and self._context.names.is_person(name)
            ):
                # ``Chief executive Ines Marlow`` ... ``Marlow wrote`` a recogniser took
                # for an institution: the surname of the person the article named, also
                # in capitals and written first (``Lee Su-jin`` ... ``LEE:``)
                return name, "person"
            if ent.label == "ORG":
                name = self._context.names.organisation(name, mention.start)
                name = self._numbered(name, ent.end)
            return name, category
        if mention.kind == "names":
            return text, "group"
        if mention.kind == "name" and " " not in text and text.lower() in ORG_NOUNS:
            named_of = _OF_NAME.match(self._context.text, mention.end)
            if named_of is not None:
                # ``The Union of B.C. Municipalities said``: a name cut at its initials
                return without_possessive(text + named_of.group()), "org"
        if mention.kind == "name" and " " not in text and text.lower() in ORG_NOUNS:
            # ``Police have not released his name but said``: as a description
            named = self._context.names.institution_naming(text, mention.start)
            if named is not None:
                return named, "org"
        if mention.kind == "name" and " " not in text and plural_of_people(text.lower()):
            # ``Nurses say``: a sentence opens with a plural of people
            return self._descriptions.group_written_fuller(text, mention.start) or text, "group"
        if (
            mention.kind == "name"
            and not text.isupper()
            and self._context.names.full_name(text, mention.start) == text
            and not self._context.names.looks_institutional(text)
            and self._people_with_article(mention, text)
        ):
            # ``The Navajo voted``, ``the Kellys moved``: a people or a family, not an
            # initialism or a short name of a fuller one (``the Hawks``)
            return without_possessive(text), "group"
        if mention.kind == "name":
            apposed = self._apposed_noun(mention.start)
            if apposed is not None and " " not in text:
                # ``His wife, Harjit,``: a given name in apposition to a person noun
                if apposed in ("male", "female"):
                    self._context.names.learn_sex(text, apposed)
                return text, "person"
            name = self._context.names.full_name(text, mention.start)
            bare = strip_titles(text)
            if bare.isupper() and self._transcript_label(mention):
                # ``WALLACE: Let's start ...``: a surname in capitals labels a speaker,
                # under the fullest name the article gives a person, else as written
                if name != bare and name.lower().endswith(" " + bare.lower()):
                    return name, "person"
                first = bare.lower() + " "
                written_first = self._context.names.entity_before(
                    mention.start,
                    person=True,
                    lookback=mention.start,
                    accept=lambda _start, person: person.lower().startswith(first),
                )
                if written_first is not None:
                    # ``SEO:`` after ``Seo Jun-ho``: a family name written first
                    return written_first[1], "person"
                return bare.title(), "person"
            last = _without_numbered_part(name).split()[-1].lower()
            if last in ORG_NOUNS or bare.isupper() or self._context.names.looks_institutional(name):
                category = "org"
            elif (
                self._context.names.sex(name) is not None
                or (name != bare and self._context.names.is_person(name))
                or bare != text
                or (" " in name and not self._has_entities)
            ):
                category = "person"
            else:
                category = "unknown"
            return name, category
        name, category = self._descriptions.describe(text, mention.start)
        alone = _THE_NAME.fullmatch(text)
        if (
            category == "person"
            and alone is not None
            and name == alone.group(1)
            and self._people_with_article(
                Mention(mention.start + alone.start(1), mention.start + alone.end(1), "name"),
                name,
            )
        ):
            # ``The Shona have farmed here``: a given name after ``the`` names no person
            return name, "group"
        return name, category

    def _governing_owner(self, mention: Mention, text: str) -> str | None:
        """Return the institution whose governing body a possessive names, if the article named it.

        ``Redhaven’s board`` after ``Redhaven Athletic``: a board, trustees or
        governors (:data:`~newsparse.builtin.quotes.institutions.GOVERNING_NOUNS`)
        owned by a name that a fuller institution's name the article gave
        opens; a person's office (``Dana Whitlock’s office``) is none.
        """
        if mention.kind not in ("description", "entity"):
            return None
        match = _POSSESSED_NOUN.fullmatch(text)
        if match is None or match.group(2).lower() not in GOVERNING_NOUNS:
            return None
        pos = mention.start
        owner = text[: match.end(1)].split()
        if len(owner) > 3 or any(not word[:1].isupper() for word in owner):
            return None
        name = " ".join(owner)
        longer = self._context.names.organisation(name, pos)
        if longer != name:
            return longer
        named = self._context.names.institutions_between(0, pos)
        return next(
            (other for other in reversed(named) if other == name or other.startswith(name + " ")),
            None,
        )

    def _people_with_article(self, mention: Mention, text: str) -> bool:
        """Whether a name is one capitalised word right after ``the``: a people, a family.

        ``the Maya perfected the calendar``, ``The Olmec built``: a person's
        name takes no article, so a name written right after ``the`` names a
        people or a family, unless it is a title (``the Pope``), a capitalised
        word goes on with it (``the Olmec Heads``), or the
        article writes it in a fuller name of a person of known sex (``Justin
        Trudeau`` ... ``the Trudeau government``); a given name alone after
        ``the`` (``the Maya``) is no person's.
        """
        written = without_possessive(text)
        context = self._context
        if (
            " " in written
            or not written[:1].isupper()
            or written.lower() in PERSON_NOUNS
            or written.lower() in ORG_NOUNS
            or written.lower().rstrip(".") in HONORIFICS
            or _THE_BEFORE.search(context.text, max(0, mention.start - 5), mention.start) is None
            or _CAPITAL_AFTER.match(context.text, mention.end) is not None
        ):
            return False
        name = context.names.full_name(written, mention.start)
        return name == written or context.names.sex(name) is None

    def _transcript_label(self, mention: Mention) -> bool:
        """Whether a mention opens a line, perhaps after a quotation mark, before a colon."""
        text = self._context.text
        if not text.startswith(":", mention.end):
            return False
        before = text[max(0, mention.start - 2) : mention.start].lstrip('"“')
        return mention.start == 0 or before.endswith("\n") or not before.strip()

    def _person_roles(self, name: str) -> frozenset[str]:
        """Return the person nouns among the roles the article gave *name* (``analyst``)."""
        return frozenset(
            role for role in self._context.names.roles_of(name) if role in PERSON_NOUNS
        )

    def _apposed_noun(self, start: int) -> str | None:
        """Return what the person noun a name is in apposition to tells (``His wife, Harjit``).

        ``male``, ``female`` or ``person``; ``None`` when no person noun and
        comma stand right before the name.
        """
        found = _NOUN_AND_COMMA.search(self._context.text, max(0, start - 30), start)
        if found is None:
            return None
        noun = found.group(1)
        if noun in MALE_NOUNS or noun in FEMALE_NOUNS or noun in PERSON_NOUNS:
            return noun_sex(noun)
        return None

    def _singular_demonym(self, start: int, end: int) -> bool:
        """Whether a group entity is one person's nationality after ``the`` (``the Spaniard``)."""
        written = self._context.text[start:end]
        if " " in written.strip() or written.endswith(("s", "sh", "ch")):
            return False  # ``the Canadians``, ``the French``, ``the Swiss``: a people
        return self._context.text[max(0, start - 4) : start].lower() == "the "
