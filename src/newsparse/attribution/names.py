"""Canonical names of speakers within one document.

:class:`NameIndex` collects the full names an article introduces, from the
``entities`` layer (their canonical ``name``) and, for entities a
recogniser missed or when there is no such layer, from runs of capitalised
words.  It answers four questions:

* the full name of a short mention (``Mr. Putin`` -> ``Vladimir Putin``,
  ``Telford`` -> ``Hamish Telford``, ``IRCC`` -> ``Immigration, Refugees
  and Citizenship Canada``);
* who a role description points back to (``the Chinese leader`` ->
  ``Xi Jinping`` after ``Chinese leader Xi Jinping``; ``the railway`` ->
  ``Canadian Pacific Railway``);
* the most recent institution a generic description names (``the agency``);
* the sex a person's name or the article shows (``Ms. Tulane``, given
  names, ``Tulane said she``, ``actress Ana Ruiz``), for pronoun resolution.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable, Sequence

from newsparse.attribution.cue_lexicon import cues_by_class, inflect
from newsparse.attribution.descriptive import plural_of_people
from newsparse.attribution.roles import role_appointed, roles_after, roles_before
from newsparse.attribution.wordlists import (
    CIVIC_NOUNS,
    CLAUSE_OPENERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    EITHER_NAMES,
    FEMALE_NAMES,
    FEMALE_NOUNS,
    FEMALE_WORDS,
    GROUP_NOUNS,
    HONORIFICS,
    INSTITUTION_KINDS,
    JUNIOR_RANKS,
    MALE_NAMES,
    MALE_NOUNS,
    MALE_WORDS,
    NEW_OFFICE_WORDS,
    NON_SPEAKER_LABELS,
    NOT_NAME_OPENERS,
    OFFICE_MODIFIERS,
    ORG_NOUNS,
    PAST_TENSES,
    PERSON_NOUNS,
    PUBLIC_CORPORATION_HEADS,
    ROLE_NOUNS,
    ROLE_TITLES,
    TIME_WORDS,
    TITLE_ACRONYMS,
    TITLE_ROLES,
    given_name_sex,
    words_of,
)
from newsparse.lexicon import alternation, default_lexicon
from newsparse.lexicon.dispatch import LazyPattern
from newsparse.model import Entity
from newsparse.text import canonical_name

__all__ = ["NameIndex", "name_head", "strip_titles"]

_LEXICON = default_lexicon()
#: Title abbreviations and name particles of the lexicon, as alternations.
_TITLE_ABBREVIATIONS = alternation(
    word for word, klass in _LEXICON.table("abbreviations") if klass == "title"
)
_PARTICLES = alternation(_LEXICON.words("name_particles"))
#: Title abbreviations of the lexicon in lower case (``dr``, ``det``).
_TITLE_ABBREVIATION_WORDS = frozenset(
    word.lower() for word, klass in _LEXICON.table("abbreviations") if klass == "title"
)
#: Common family names (lower case): a given name that is also one is no first-name reference.
_FAMILY_NAMES = frozenset(word.lower() for word in _LEXICON.words("reference_family_names"))
#: Letters a title abbreviation can start with beside ``A-Z``: a cheap test
#: before the run pattern tries its alternatives at every position.
_RUN_FIRST = re.escape(
    "".join(
        sorted({word[0] for word, klass in _LEXICON.table("abbreviations") if klass == "title"})
    )
)
#: White space inside a name: a line may wrap inside it, a paragraph never
#: (``By Ada Lee`` over ``OTTAWA —`` is no name).
_NAME_SPACE = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
#: A run of capitalised words, with an abbreviated title before it and
#: initials or particles inside: ``Mr. John F. Kennedy``, ``Ursula von der Leyen``.
_RUN = re.compile(
    rf"(?=[A-Z{_RUN_FIRST}])(?<![\w’'.-])(?:(?:{_TITLE_ABBREVIATIONS})\.\s+)?"
    rf"[A-Z][\w’'\-]*(?:{_NAME_SPACE}(?:[A-Z]\.|(?:{_PARTICLES}){_NAME_SPACE})?[A-Z][\w’'\-]*)+"
)
#: The end of the last word before a name (the word must be followed by white space).
_LAST_WORD = re.compile(r"[A-Za-z][\w\-]*\Z")
#: What closes a name set in apposition after a noun and a comma: ``Her son, Kenji Tanaka,``.
_APPOSITION_CLOSED = re.compile(r"\s*(?:[,.;:!?)—–]|\n|\Z)")
_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+((?:[\w\-]+\s+){0,3}?[\w\-]+)(?=\s+(?:of|at|in|for|with|from|on)\b|,)"
)
#: An institution's kind in apposition after its name: ``Brightwall, the security firm,``;
#: a participle phrase may follow the kind (``the chain founded in 1979``).
_APPOSED_KIND = re.compile(
    r",\s+(?:a|an|the)\s+(?P<mods>(?:[A-Za-z][\w\-]*\s+){0,3}?)(?P<head>[a-z]+(?:-[a-z]+)?)"
    r"(?=\s+(?:of|at|in|for|with|from|on|based|that|which|who|[a-z]{2,}ed\s+(?:in|by|on|at))\b|[,.;])"
)
#: The capitalised name that ends right before an apposition.
_NAME_BEFORE = LazyPattern(r"(?<![\w’'\-])[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}\Z")
_WORD = LazyPattern(r"[\w’'\-]+")
#: An institution introduced by its kind: ``the security firm Brightwall``,
#: ``the mining company Ostrava Metals``; ``the firm`` later names it.
_INTRODUCED = re.compile(
    # ``\b`` before the article, written as a look-behind after its first
    # letter so that the search skips ahead to candidate letters quickly.
    r"[TtAa](?<!\w[TtAa])(?:(?<=[Tt])he|(?<=[Aa])n?)\s+"
    r"(?P<mods>(?:[a-z][\w\-]*\s+){0,3}?)(?P<head>[a-z]+)\s+"
    r"(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})"
)

#: A capitalised name opening a sentence, its lower-case verb, and ``its`` later
#: in the sentence: ``Shopify cut 10 per cent of its staff``.
_SUBJECT_WITH_ITS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})"
    r"\s+[a-z]+\b[^.!?\n“”\"]*?\bits\b",
    re.MULTILINE,
)
#: Capitalised words that are no names (the lexicon's ``common_words``).
_COMMON_WORDS = frozenset(word.lower() for word in _LEXICON.words("common_words"))
#: A document introduced with its author: ``A study by the University of Calgary's
#: School of Public Policy``, ``a report from the Fraser Institute``.
_DOCUMENT_BY = re.compile(
    # ``\b`` before the determiner, written as a look-behind after its first
    # letter so that the search skips ahead to candidate letters quickly (as
    # in the other patterns searched through the whole text below).
    r"[AaTtIi](?<!\w[AaTtIi])(?:(?<=[Aa])n?|(?<=[Tt])he|(?<=[Ii])ts|(?<=[Aa])nother)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?P<noun>[a-z]+)\s+"
    r"(?:(?:released|published|commissioned|prepared|written)\s+)?(?:by|from)\s+(?:the\s+)?"
    r"(?P<author>[A-Z][\w\-.]*(?:[’']s)?(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w\-.]*(?:[’']s)?){0,7}"
    r"|(?:[a-z][\w\-]*\s+){0,2}[a-z]+)"
)
#: Abbreviations whose period may stand inside a name (``Apple Inc. of``, ``St. Mary's``).
_ABBREVIATIONS = frozenset(word.lower() for word, _klass in _LEXICON.table("abbreviations"))
#: A possessive ending inside a run of capitalised words: ``Vancouver``'s ``Ji-ho Park``.
_POSSESSIVE_IN_RUN = re.compile(r"[’']s\s+(?=[A-Z])")
#: The office modifiers of a description of a past holder: ``the former coach``.
_FORMER = frozenset({"former"})
#: Entity labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Capitalised names joined by an ampersand: a firm's name (``Pemberton & Lowe``).
_AMPERSAND_NAME = re.compile(
    r"(?<![\w’'\-])[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}\s+&\s+[A-Z][\w’'\-]*"
    r"(?:\s+[A-Z][\w’'\-]*){0,2}"
)
#: A union's branch named by its number: ``Cardwell Workers Local 217``, and
#: after a comma, its words joined by ``and`` or ``of`` (``United Food and
#: Bakery Workers, Local 318``).
_UNION_LOCAL = re.compile(
    r"\b[A-Z][\w\-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w\-]*){0,5},?\s+Local\s+\d+\b"
)
#: The rest of a sentence after a name, up to its end or a quotation mark.
_SENTENCE_REST = re.compile(r"[^.!?\n“”\"]*")
#: The end of a sentence: a full stop, question or exclamation mark before a space.
_SENTENCE_END = re.compile(r"[.!?][”\"’]?\s")
#: ``its`` and the gendered pronouns, each a whole word (``\b`` before it written as a
#: look-behind after its first letter, so that the search skips ahead to that letter).
_ITS = re.compile(r"[Ii](?<!\w[Ii])ts\b")
_GENDERED = re.compile(
    r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])e|(?<=[Hh])is|(?<=[Hh])im|(?<=[Hh])imself|(?<=[Ss])he"
    r"|(?<=[Hh])er|(?<=[Hh])erself)\b"
)
_MALE_PRONOUNS = frozenset({"he", "his", "him", "himself"})
#: An apposition after a name, up to the mark that closes it: ``, a pharmacist and a
#: mother of three,``.
_APPOSITION_OPENING = re.compile(r",\s+(?P<body>(?:a|an|the)\s[^,.;:()“”\"\n]*)")
#: The head of each noun phrase an article opens: ``a mother``, ``the widow``.
_NOUN_PHRASE_HEAD = re.compile(r"\b(?:a|an|the)\s+([a-z]+(?:-[a-z]+)*)")
#: An honorific that tells a sex before a surname written alone: ``Mr. Bovari``,
#: ``Ms. Tulane`` (inside a quotation too).
_SEXED_HONORIFIC = re.compile(
    r"(?P<title>M(?<![\w’']M)(?:r|rs|s|iss))\.?\s+"
    r"(?P<name>[A-Z][\w’'\-]*[a-z])(?![\w’'\-]|\s+[A-Z])"
)
#: A name, a verb and ``he``, ``she``, ``his`` or ``her`` opening what follows it:
#: ``Bovari said he is confident``, ``Tulane says her team``.
_NAME_VERB_PRONOUN = re.compile(
    r"(?P<name>[A-Z](?<![\w’'\-][A-Z])[\w’'\-]*[a-z])\s+(?P<verb>[a-z]+)\s+(?:that\s+)?"
    r"(?P<pronoun>[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b"
)
#: Verbs of speech and report in the forms that follow their subject (``says``,
#: ``said``, ``insists``): a pronoun opening their content is the subject's own.
_REPORTING_FORMS = frozenset(
    form
    for klass in ("speech", "report")
    for base in cues_by_class(_LEXICON)[klass]
    if " " not in base
    for form in inflect(base)[1:3]
)
#: How much one piece of evidence of the article weighs in the vote on a sex.
_HONORIFIC_WEIGHT = 3
_CLAUSE_PRONOUN_WEIGHT = 2
#: The most holders of one role compared for a description (the nearest ones).
_MAX_ROLE_HOLDERS = 256
_INITIAL_WORDS = frozenset({"and", "of", "for", "the", "de", "du", "des", "la", "le", "et"})
_ORG_LAST_WORDS = words_of(
    """
    agency department ministry government company railway council commission committee
    board union league association organization organisation party university college
    hospital police service office bank court authority institute foundation network
    corp inc ltd group press news times post guild brotherhood federation alliance
    """
)
_GENERIC_INSTITUTION_NOUNS = (
    words_of(
        "agency department ministry company firm utility organization organisation corporation"
    )
    | CIVIC_NOUNS
)
_MAX_GENERIC_DISTANCE = 3000
#: A preposition of place and ``the`` right before a name: ``in the Pilbara``.
_REGION_BEFORE = re.compile(r"\b(?:in|across|near|throughout|around)\s+the\s+\Z")
#: The two words right before a name: ``Residents of`` Flin Flon.
_WORDS_BEFORE = re.compile(r"(?<![\w’'\-])([\w’'\-]+)\s+([a-z]+)\s+\Z")
#: Prepositions that put a name in a place: ``a smelter in Flin Flon``.
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "around", "throughout"})
#: Kinds of institution whose names tell their kind (``Ministry of Health``,
#: ``Ontario Court of Justice``, ``Halden Police``): a description of such a
#: kind never refers to a name that tells none.
_NAMED_KINDS = frozenset({"government", "court", "police", "military"})
_LOOKBACK_ORG = 6000
#: A first name or full name and ``and`` written just before a person's name.
_PAIR_BEFORE = re.compile(r"(?<![\w’'\-])([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\s+and\s+\Z")
#: Nouns that refer back to a sports side or other team: ``the club said``.
_TEAM_NOUNS = words_of("team club franchise squad")
#: A team named with its article and a plural last word: ``the Toronto Blue Herons``,
#: ``The Raptors’``.
_TEAM_NAME = re.compile(
    r"[Tt](?<!\w[Tt])he\s+((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][a-z][\w\-]*[a-z]s)(?![\w\-])"
)


def strip_titles(name: str) -> str:
    """Return the canonical name of a person mentioned in running text.

    Honorifics, title words (``former``, ``minister``) and leading
    determiners or clause openers (``But``) are dropped, then
    :func:`newsparse.text.canonical_name` applies (possessives, titles of
    the lexicon).  ``"Mr. Putin"`` -> ``"Putin"``; ``"Prime Minister Justin
    Trudeau"`` -> ``"Justin Trudeau"``.  A name made only of titles is
    returned unchanged.

    :param name: the name as written.
    """
    words = name.split()
    start = 0
    for k, word in enumerate(words[:-1]):
        low = word.lower().rstrip(",")
        if (
            low in HONORIFICS
            or low.rstrip(".") in ROLE_TITLES
            or (
                k == start
                and (low in DETERMINERS or low in CLAUSE_OPENERS or low in NOT_NAME_OPENERS)
            )
        ):
            start = k + 1
    return canonical_name(" ".join(words[start:]), person=True)


#: Capitalised words that open a sentence or tell a time but never start a name
#: (``On Friday Acme disclosed``, ``In March Velanta said``, ``Or Ana``, ``There's
#: Jeff``); months that are also
#: given names (``May``, ``June``) are kept.
_NOT_NAME_START = (
    CLAUSE_OPENERS
    | NOT_NAME_OPENERS
    | TIME_WORDS
    | (frozenset(row[0].lower() for row in _LEXICON.table("months")) - MALE_NAMES - FEMALE_NAMES)
)


def _without_openers(run: str) -> str:
    """Drop sentence openers and time words from the front of a capitalised run."""
    words = run.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in _NOT_NAME_START:
        k += 1
    return " ".join(words[k:]) if k else run


def _after_place_possessor(run: str, start: int, place_ends: frozenset[int]) -> str:
    """Return a run of capitalised words without a place that owns it (``Vancouver's``).

    ``Vancouver's Ji-ho Park``: a place in the possessive before a name tells
    where the person comes from and is no part of the name.
    """
    found = _POSSESSIVE_IN_RUN.search(run)
    if found is None or place_ends.isdisjoint((start + found.start(), start + found.start() + 2)):
        return run
    rest = run[found.end() :]
    return rest if " " in rest else run


def _given_name_among(words: Sequence[str]) -> bool:
    """Whether one of *words* is a listed given name."""
    return any(word.lower() in MALE_NAMES or word.lower() in FEMALE_NAMES for word in words)


def _within_sentence(name: str) -> str:
    """Return a run of capitalised words up to the sentence that holds its first word ending.

    ``the Ministry of Long-Term Care. The report``: a period after a word that is
    no abbreviation nor an initial ends the sentence, and the name with it.
    """
    words = name.split()
    for index, word in enumerate(words[:-1]):
        bare = word[:-1]
        if (
            word.endswith(".")
            and len(bare) > 1
            and "." not in bare
            and bare.lower() not in _ABBREVIATIONS
        ):
            return " ".join([*words[:index], bare])
    return name


class NameIndex:
    """Full names, roles and sexes of the people and institutions of one document.

    :param text: the document text.
    :param entities: the ``entities`` layer (possibly empty).
    :param furniture: spans of page furniture (captions, credits), in order:
        the institutions and roles they name are not pointed back to.
    """

    def __init__(
        self,
        text: str,
        entities: Sequence[Entity],
        furniture: Sequence[tuple[int, int]] = (),
    ) -> None:
        self._text = text
        #: Whether the article writes each word asked about in lower case.
        self._lower_words: dict[str, bool] = {}
        self._by_last: dict[str, list[tuple[int, str]]] = {}
        self._by_first: dict[str, list[tuple[int, str]]] = {}
        #: start, role noun, its modifiers, holder's name, whether the holder is a person.
        self._roles: list[tuple[int, str, frozenset[str], str, bool]] = []
        self._orgs: list[tuple[int, str]] = []
        self._sex: dict[str, str] = {}
        #: Whether each name asked about is written in the text, once per name.
        self._in_text: dict[str, bool] = {}
        #: Names of people by the recogniser that the article calls ``it`` (``its website``).
        self._neuter: set[str] = set()
        #: Names introduced by an institution noun (``the security firm Brightwall``).
        self._institution_kinds: frozenset[str] | None = None
        #: Names a recogniser labelled as people, or that open with a given name.
        self._people: set[str] = set()
        self._searched: dict[str, str | None] = {}
        #: :func:`strip_titles` of the names asked about, once each.
        self._stripped: dict[str, str] = {}
        #: Mentions whose surroundings tell roles and sexes: start, end, name, is a person.
        self._contexts: list[tuple[int, int, str, bool]] = []
        self._read_contexts = False
        #: Role starts and holders by (role, is a person), built on first use.
        self._role_index: (
            dict[tuple[str, bool], tuple[list[int], list[tuple[frozenset[str], str, bool]]]] | None
        ) = None
        #: Where institutions named as a person's affiliation start (``analyst Priya
        #: Venkat of Hallam Capital``): no generic description refers back to them.
        self._affiliations = _affiliations(text, entities)
        #: Role nouns linked to each person by apposition or copula, listed or not
        #: (``Tom Reid, a Halifax commuter,``), read with the roles.
        self._apposed: dict[str, set[str]] = {}
        #: Documents introduced with their authors (start, author), read on first use.
        self._documents: list[tuple[int, str, str]] | None = None
        #: Where the recogniser's entities start (a name it labelled is no unrecognised one).
        self._recognised = frozenset(ent.start for ent in entities)
        #: Kinds of institutions (``political``) by the name the article writes.
        self._kinds: dict[str, str] = {}
        entity_names: set[str] = set()
        for ent in sorted(entities, key=lambda e: e.start):
            if ent.label in NON_SPEAKER_LABELS:
                continue
            entity_names.add(ent.name)
            person = ent.label in ("PERSON", "PER")
            self._add_name(ent.start, ent.name, person=person)
            if person or ent.label == "ORG":
                self._contexts.append((ent.start, ent.end, ent.name, person))
            if ent.label == "ORG":
                # a reference name the article never writes (``Royal Canadian Mounted
                # Police`` for ``RCMP``) gives way to the article's words
                written = ent.name
                if not self.written(written):
                    written = _written(text[ent.start : ent.end]) or ent.name
                self._orgs.append((ent.start, written))
                kind = INSTITUTION_KINDS.get(name_head(ent.name))
                if kind is not None:
                    # ``NDP`` for the New Democratic Party: a party, whatever it is called
                    self._kinds[_written(text[ent.start : ent.end])] = kind
            elif ent.label in _PLACE_LABELS and _governing_body(ent.name):
                # ``the City of Regina said``: a place named by the body that governs
                # it is that body, what a later ``the city`` refers back to
                self._orgs.append((ent.start, ent.name))
        # A run's name and the role written before it, read once per distinct run.
        runs: dict[str, tuple[str, tuple[str, frozenset[str]] | None]] = {}
        place_ends = frozenset(ent.end for ent in entities if ent.label in _PLACE_LABELS)
        # Titles read in a run that ends in an abbreviated title (``Superintendent Dr``,
        # ``Police Service Det``), for the name after its period: where it starts, and
        # the titles.
        carried: tuple[int, list[tuple[str, frozenset[str]]]] | None = None
        org_spans = sorted((ent.start, ent.end) for ent in entities if ent.label == "ORG")
        for match in _RUN.finditer(text):
            found = _after_place_possessor(match.group(), match.start(), place_ends)
            known = runs.get(found)
            if known is None:
                raw = _without_openers(self._name_words(found))
                name = self._strip_titles(raw)
                prefix = raw[: len(raw) - len(name)].split()
                title = None
                if prefix and prefix[-1].lower().rstrip(".") in ROLE_TITLES:
                    mods = frozenset(word.lower() for word in prefix[:-1])
                    title = (prefix[-1].lower().rstrip("."), mods)
                known = runs[found] = (name, title)
            name, title = known
            titles = [title] if title is not None else []
            if carried is not None and carried[0] == match.start():
                titles.extend(carried[1])
            carried = None
            last = name.split()[-1]
            if last.lower() in _TITLE_ABBREVIATION_WORDS and text.startswith(". ", match.end()):
                # ``Superintendent Dr. Ana Ruiz``, ``Police Service Det. Const. Ana Ruiz``:
                # the run ends at a title's period; its titles are the next name's
                if last.lower() in ROLE_TITLES:
                    titles.append((last.lower(), frozenset()))
                carried = (match.end() + 2, titles)
                if " " not in name:
                    continue
                titles = []
            for role, mods in titles:
                self._roles.append((match.start(), role, mods, name, True))
            if " " not in name or name in entity_names:
                continue
            self._add_name(match.start(), name, person=True, from_text=True)
            self._contexts.append((match.start(), match.end(), name, True))
            if name.split()[-1].lower() in _ORG_LAST_WORDS and not _inside_longer(
                org_spans, match.start(), match.end()
            ):
                # a run inside a longer institution's name (``Housing Corp`` in
                # ``Canada Mortgage and Housing Corp.``) is that institution
                self._orgs.append((match.start(), name))
        for match in _UNION_LOCAL.finditer(text) if " Local " in text else ():
            # ``Cardwell Workers Local 217``: a union's branch, named by its number; the
            # pieces a recogniser cut it into (``Bakery``, ``Local``) name nothing else
            name = _without_openers(match.group())
            if name.startswith("The "):
                name = name[4:]
            start = match.end() - len(name)
            self._orgs = [org for org in self._orgs if not start < org[0] < match.end()]
            self._orgs.append((start, name))
        for match in _AMPERSAND_NAME.finditer(text) if "&" in text else ():
            # ``Pemberton & Lowe``, ``Harlow & Finch Ltd``: names joined by ``&`` are
            # a firm's
            name = _without_openers(match.group())
            start = match.end() - len(name)
            self._orgs.append((start, name))
            self._add_name(start, name, person=False)
        for match in _INTRODUCED.finditer(text):
            head = match.group("head").lower()
            if head not in ORG_NOUNS:
                continue
            name = match.group("name")
            mods = frozenset(match.group("mods").lower().split())
            self._roles.append((match.start("name"), head, mods, name, False))
            self._orgs.append((match.start("name"), name))
            self._add_name(match.start("name"), name, person=False)
        for match in _APPOSED_KIND.finditer(text):
            head = match.group("head")
            if head not in ORG_NOUNS:
                continue
            before = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
            if before is None:
                continue
            name = _without_openers(before.group())
            if name.split()[0].lower() in _NOT_NAME_START:
                continue
            start = before.end() - len(name)
            mods = frozenset(match.group("mods").split())
            self._roles.append((start, head, mods, name, False))
            self._orgs.append((start, name))
            self._add_name(start, name, person=False)
        if furniture:
            # a caption's credit names no institution a description can point back to
            ends = [hi for _, hi in furniture]

            def outside(pos: int) -> bool:
                k = bisect.bisect_right(ends, pos)
                return k >= len(furniture) or pos < furniture[k][0]

            self._orgs = [org for org in self._orgs if outside(org[0])]
            self._roles = [role for role in self._roles if outside(role[0])]
            self._contexts = [item for item in self._contexts if outside(item[0])]
        self._orgs.sort()
        self._org_starts = [pos for pos, _ in self._orgs]
        #: Speaker entities by start: (start, name, is a person), for pronouns with no subject.
        self._entities = sorted(
            (
                ent.start,
                ent.name
                if self.written(ent.name)
                else _written(text[ent.start : ent.end]).strip() or ent.name,
                ent.label in ("PERSON", "PER"),
            )
            for ent in entities
            if ent.label not in NON_SPEAKER_LABELS
            and ent.label in ("PERSON", "PER", "ORG")
            and ent.name.strip()
        )
        if furniture:
            # a caption or a credit names no antecedent of a pronoun (``Photo: Jane Doyle``)
            self._entities = [item for item in self._entities if outside(item[0])]
        self._entity_starts = [start for start, _, _ in self._entities]
        #: Peoples named in the plural (``Kenyans``, ``the Saudis’``), by start: what
        #: ``they`` may refer back to.
        self._peoples = sorted(
            (ent.start, written)
            for ent in entities
            if ent.label == "NORP"
            and _plural_written(written := _written(text[ent.start : ent.end]).strip())
        )
        if furniture:
            self._peoples = [item for item in self._peoples if outside(item[0])]
        self._people_starts = [start for start, _ in self._peoples]
        #: Two people named together (``Kim and Clark Moran``), by start: what
        #: ``the couple`` or ``the pair`` refers back to.
        self._pairs: list[tuple[int, str]] = []
        for ent in entities:
            if ent.label not in ("PERSON", "PER") or not text.endswith(
                " and ", max(0, ent.start - 5), ent.start
            ):
                continue
            before = _PAIR_BEFORE.search(text, max(0, ent.start - 60), ent.start)
            if before is None:
                continue
            first_names = before.group(1).split()
            if first_names[0].lower() in _NOT_NAME_START:
                first_names = first_names[1:]  # ``When Amira and Karim Haddad arrived``
            if first_names:
                first = " ".join(first_names)
                written = " ".join(text[ent.start : ent.end].split())
                start = before.end(1) - len(first)
                self._pairs.append((start, f"{first} and {written}"))
        self._pairs.sort()
        self._pair_starts = [pos for pos, _ in self._pairs]
        #: Teams named with their article (``the Calgary Wranglers``), and the
        #: institution entities: what ``the team`` or ``the club`` refers back to.
        self._teams: list[tuple[int, str]] | None = None  # read on first use
        self._team_starts: list[int] = []
        self._org_entities = sorted(
            (ent.start, ent.name)
            for ent in entities
            if ent.label == "ORG"
            and ent.name.strip()
            and not _bare_noun(ent.name)
            and _TOLD_BEFORE.search(text, max(0, ent.start - 20), ent.start) is None
        )
        self._org_entity_starts = [pos for pos, _ in self._org_entities]

    # -- building -------------------------------------------------------------
    def _name_words(self, run: str) -> str:
        """Return a run of capitalised words up to the first that is no name word.

        A word broken off in transcribed speech (``Nick Ro- Roberts``) and a
        capitalised past tense of four letters or more that is no listed given
        or family name, and that the article also writes in lower case or the
        lexicon lists as a past tense after a given name (a slide titled
        ``Debbie Died Because``), end the name before them.
        """
        words = run.split()
        for k in range(1, len(words)):
            word = words[k]
            lower = word.lower()
            if word.endswith("-") or (
                len(word) > 3
                and lower.endswith("ed")
                and word[1:].islower()
                and lower not in MALE_NAMES
                and lower not in FEMALE_NAMES
                and lower not in _FAMILY_NAMES
                and (
                    (lower in PAST_TENSES and _given_name_among(words[:k]))
                    or self._written_lower(lower)
                )
            ):
                return " ".join(words[:k])
        return run

    def _written_lower(self, word: str) -> bool:
        """Whether the article writes *word* (in lower case) so."""
        found = self._lower_words.get(word)
        if found is None:
            pattern = rf"(?<![\w’'\-]){re.escape(word)}(?![\w’'\-])"
            found = self._lower_words[word] = re.search(pattern, self._text) is not None
        return found

    def _strip_titles(self, name: str) -> str:
        """Return :func:`strip_titles` of *name*, remembered: names recur within a document."""
        found = self._stripped.get(name)
        if found is None:
            found = self._stripped[name] = strip_titles(name)
        return found

    def _add_name(self, pos: int, name: str, *, person: bool, from_text: bool = False) -> None:
        words = name.split()
        if not words:
            return
        if len(words) > 1:
            self._by_last.setdefault(_norm(words[-1]), []).append((pos, name))
            first = words[0].lower()
            if person and (first in MALE_NAMES or first in FEMALE_NAMES or not from_text):
                self._by_first.setdefault(_norm(words[0]), []).append((pos, name))
        given = words[0].lower()
        if person and (not from_text or given in MALE_NAMES or given in FEMALE_NAMES):
            self._people.add(name)
        if person:
            first = words[0].lower()
            if first in EITHER_NAMES:
                pass  # ``Jean Chretien``, ``Jean Smith``: only the article tells
            elif first in MALE_NAMES:
                self._sex.setdefault(name, "male")
            elif first in FEMALE_NAMES:
                self._sex.setdefault(name, "female")

    def _read(self) -> None:
        """Read roles and sexes off the words around each name, once, when first asked."""
        if self._read_contexts:
            return
        self._read_contexts = True
        for start, end, name, person in self._contexts:
            self._note_context(start, end, name, person=person)
        self._roles.sort()
        self._vote_sexes()

    def _vote_sexes(self) -> None:
        """Let the pronouns that follow a name in its sentence tell its sex.

        ``McNeely was afraid to let her guard down``: a gendered pronoun
        after the only person named in the sentence so far, before the next
        name or quotation, is a vote.  Two votes or more, three to one at
        least, decide over the given-name statistics, not over what an
        honorific or a gendered noun written with the name told (``His wife,
        Manpreet, ... said she did not believe him until he came home``).
        What else the article tells votes with them (:meth:`_article_votes`).
        """
        people = sorted((s, e, n) for s, e, n, person in self._contexts if person)
        told = frozenset(self._sex)  # what an honorific or a gendered noun before told
        votes = self._article_votes()
        for k, (_, end, name) in enumerate(people):
            limit = people[k + 1][0] if k + 1 < len(people) else len(self._text)
            window = _SENTENCE_REST.match(self._text, end, min(limit, end + 240))
            if window is None:
                continue
            counts = votes.setdefault(name, [0, 0])
            gendered = _GENDERED.findall(window.group())
            for pronoun in gendered:
                counts[0 if pronoun.lower() in _MALE_PRONOUNS else 1] += 1
            if not gendered and _ITS.search(window.group()) and not self.roles_of(name):
                # ``Global Affairs says on its website``: a name taken for a person's
                # that the article calls ``it`` (not one that holds a person's role:
                # ``police chief Ana Ruiz said the service had hired 18 of its``)
                self._neuter.add(name)
        for name, (male, female) in votes.items():
            given = name.split()[0].lower() if name.strip() else ""
            if given in MALE_NAMES or given in FEMALE_NAMES:
                continue  # ``Heidi Cruz ... he``: the pronouns are another's
            if name in told:
                continue  # ``His wife, Manpreet, ... said she ... until he``: the noun tells
            if male >= 2 and male >= 3 * female:
                self._sex[name] = "male"
            elif female >= 2 and female >= 3 * male:
                self._sex[name] = "female"

    def _article_votes(self) -> dict[str, list[int]]:
        """Return votes (male, female) on the sex of people that the article shows.

        An honorific before a surname written alone, anywhere in the text
        (``Mr. Bovari``, inside someone's quotation too), weighs three votes
        for the one person of that surname it can be; a ``he``, ``she``,
        ``his`` or ``her`` opening what a surname's own verb of speech
        reports (``Bovari said he is confident``, ``Tulane says her team``)
        weighs two for the nearest person of that surname before it.  An
        honorific outvotes the sex only the baby-name table gives the given
        name (``Lou Doyle ... Mr Doyle``).
        """
        votes: dict[str, list[int]] = {}
        if "M" in self._text:
            for match in _SEXED_HONORIFIC.finditer(self._text):
                sex = "male" if match.group("title") == "Mr" else "female"
                named = self._surname_owners(match.group("name"))
                owners = [name for name in named if self._told_sex(name) in (None, sex)]
                if not owners:
                    # ``Lou Doyle ... Mr Doyle``: the sex the larger table of baby names
                    # gives a given name yields to the honorific when nothing the
                    # article says disagrees
                    owners = [name for name in named if self._sex.get(name) in (None, sex)]
                if len(owners) == 1:
                    self._add_vote(votes, owners[0], sex == "male", _HONORIFIC_WEIGHT)
        for match in _NAME_VERB_PRONOUN.finditer(self._text):
            if match.group("verb") not in _REPORTING_FORMS:
                continue
            owner = self._surname_owner_before(match.group("name"), match.start())
            if owner is not None:
                male = match.group("pronoun").lower() in _MALE_PRONOUNS
                self._add_vote(votes, owner, male, _CLAUSE_PRONOUN_WEIGHT)
        return votes

    def _add_vote(self, votes: dict[str, list[int]], name: str, male: bool, weight: int) -> None:
        """Add *weight* votes on a sex to *name* and to its name without titles (``Leader``)."""
        for key in {name, self._strip_titles(name)}:
            votes.setdefault(key, [0, 0])[0 if male else 1] += weight

    def reported_sex(self, start: int) -> str | None:
        """Return the sex a pronoun opening what a name's own verb reports tells, if one does.

        ``Lohnes said she had no secret recipe``: ``female`` for the name at
        *start*; ``None`` when no ``he``, ``she``, ``his`` or ``her`` opens
        the report of a verb of speech right after the name.
        """
        match = _NAME_VERB_PRONOUN.match(self._text, start)
        if match is None or match.group("verb") not in _REPORTING_FORMS:
            return None
        return "male" if match.group("pronoun").lower() in _MALE_PRONOUNS else "female"

    def surname_owner_of_sex(self, surname: str, sex: str) -> str | None:
        """Return the one person of *sex* the article names with *surname*, if exactly one.

        ``Glen Lohnes`` and ``Edna Lohnes``: ``Lohnes`` of sex ``female`` is Edna.
        """
        owners = [name for name in self._surname_owners(surname) if self.sex(name) == sex]
        return owners[0] if len(owners) == 1 else None

    def _surname_owners(self, surname: str) -> list[str]:
        """Return the distinct full names with *surname*, in order.

        A recogniser may have taken a person's name for an institution's: what
        asks (an honorific, a gendered pronoun) tells it is a person's.
        """
        found: dict[str, str] = {}
        for _, name in self._by_last.get(_norm(surname), ()):
            # ``Leader Ritivu Bovari`` and ``Ritivu Bovari``: one person
            found.setdefault(self._strip_titles(name), name)
        return list(found.values())

    def _surname_owner_before(self, surname: str, pos: int) -> str | None:
        """Return the latest full name of a person with *surname* before *pos* (else the first)."""
        before: tuple[int, str] | None = None
        first: tuple[int, str] | None = None
        for start, name in self._by_last.get(_norm(surname), ()):
            if start < pos and (before is None or start > before[0]):
                before = (start, name)
            if first is None or start < first[0]:
                first = (start, name)
        found = before or first
        return found[1] if found is not None else None

    def _told_sex(self, name: str) -> str | None:
        """Return the sex the words before a name or its given name tell, else ``None``."""
        found = self._sex.get(name)
        if found is None and name in self._people:
            found = given_name_sex(name.split()[0])
        return found

    def _note_context(self, start: int, end: int, name: str, *, person: bool = True) -> None:
        before = self._text[max(0, start - 60) : start]
        words = before.split()
        full = self._text[start:end]
        # ``Ms. Bovari`` a recogniser gave a full name: of several people of that
        # surname its guess may be the wrong one (:meth:`_article_votes` decides)
        surname_only = len(name.split()) > 1 and len(full.split()) < 2
        if words and person:
            low = words[-1].lower()
            if surname_only and low in HONORIFICS:
                pass
            elif low in MALE_WORDS:
                self._sex[name] = "male"
            elif low in FEMALE_WORDS:
                self._sex[name] = "female"
            else:
                # a gendered noun in apposition before the name (``Her son, Kenji
                # Tanaka,``) or as its title (``actress Ana Ruiz``); not one ending an
                # introductory phrase (``To reach his mother, Montalvo called``)
                sex = _noun_sex(low.rstrip(","))
                if sex is not None and (
                    not low.endswith(",") or _APPOSITION_CLOSED.match(self._text, end) is not None
                ):
                    self._sex[name] = sex
        # The word right before the name, white space between (only the last
        # whitespace-separated word can hold it).
        # (an abbreviated title keeps its period: ``Coun. Rita Vance``)
        last_word = words[-1].removesuffix(".") if words else ""
        if words and words[-1].endswith(".") and not _abbreviated_title(last_word.lower()):
            last_word = ""  # ``abused a paramedic. Dale Kirby``: a sentence ends before the name
        head_match = _LAST_WORD.search(last_word) if words and before[-1:].isspace() else None
        if head_match is not None:
            mods = [w.lower() for w in words[-3:-1] if w[:1].isalpha()]
            if len(words) > 3 and words[-4].lower() in OFFICE_MODIFIERS:
                mods.append(words[-4].lower())  # ``former chief financial officer``
            head = head_match.group().lower()
            if head.rstrip(".") in ROLE_TITLES or (head.isalpha() and head not in DETERMINERS):
                self._roles.append((start, head.rstrip("."), frozenset(mods), name, person))
        appositive = _APPOSITIVE.match(self._text, end, min(len(self._text), end + 160))
        if appositive is not None:
            phrase = appositive.group(1).lower().split()
            self._roles.append((start, phrase[-1], frozenset(phrase[:-1]), name, person))
            sex = _noun_sex(phrase[-1]) if person else None
            if sex is not None:
                # a gendered noun in apposition after the name: ``Ana Ruiz, a mother of two,``
                self._sex[name] = sex
        for role in roles_after(self._text, end):
            if (role.head in ORG_NOUNS) != person:
                # ``Lumiq, a Quebec software firm,``; ``Ana Ruiz, the union's president,``
                self._roles.append((start, role.head, role.modifiers, name, person))
                if person:
                    self._apposed.setdefault(name, set()).add(role.head)
                    self._note_noun_sex(name, role.head)
        appointed = role_appointed(self._text, start, end)
        if appointed is not None:
            # ``appointed Harlow Advisory Inc. as monitor``: a person's role or an
            # institution's, which ``the monitor`` names as it names a person
            self._roles.append(
                (start, appointed.head, appointed.modifiers, name, appointed.head not in ORG_NOUNS)
            )
        if person:
            for role in roles_before(self._text, start, end):
                self._roles.append((start, role.head, role.modifiers, name, True))
                self._apposed.setdefault(name, set()).add(role.head)
                self._note_noun_sex(name, role.head)
            sex = _coordinated_apposition_sex(self._text, end)
            if sex is not None:
                self._sex.setdefault(name, sex)
        if not person or (len(name.split()) > 1 and len(full.split()) < 3):
            return
        if full.lower().startswith(("mr.", "mr ")):
            self._sex[name] = "male"
        elif full.lower().startswith(("ms.", "mrs.", "ms ", "mrs ", "miss ")):
            self._sex[name] = "female"

    def _note_noun_sex(self, name: str, noun: str) -> None:
        """Record the sex a role noun set beside *name* tells (``the union's spokeswoman``)."""
        sex = _noun_sex(noun)
        if sex is not None:
            self._sex[name] = sex

    # -- questions ------------------------------------------------------------
    def full_name(self, name: str, pos: int) -> str:
        """Return the fullest name the document gives for *name* near *pos*.

        :param name: the mention's text or a recogniser's canonical name.
        :param pos: where the mention is.
        """
        bare = self._strip_titles(name)
        words = bare.split()
        if not words:
            return name
        if len(words) == 1:
            word = words[0]
            if word.isupper() and 2 <= len(word) <= 6 and word.isalpha():
                expansion = self.expand_acronym(word)
                if expansion is not None:
                    return expansion
            found = _nearest(self._by_last.get(_norm(word), ()), pos)
            if found is None:
                found = _nearest(self._by_first.get(_norm(word), ()), pos)
            if found is not None:
                return found
        elif bare.lower().startswith(("the ", "a ")):
            return bare
        return bare

    def expand_acronym(self, acronym: str) -> str | None:
        """Return the capitalised words of the document whose initials spell *acronym*.

        ``IRCC`` -> ``Immigration, Refugees and Citizenship Canada``; function
        words (``and``, ``of``) and commas may stand between the words.
        """
        if acronym in self._searched:
            return self._searched[acronym]
        glue = r"[\w’'\-]*(?:,?\s+(?:(?:and|of|for|the|on|in|&)\s+)*)"
        pattern = glue.join(re.escape(letter) for letter in acronym) + r"[\w’'\-]*"
        found = None
        for match in re.finditer(r"(?<![\w])" + pattern, self._text):
            words = match.group().split()
            if len(words) >= len(acronym) and all(
                (w[:1].isupper() and not _is_initialism(w)) or w in _INITIAL_WORDS for w in words
            ):
                found = match.group().rstrip(",")
                break
        self._searched[acronym] = found
        return found

    def sex(self, name: str) -> str | None:
        """Return ``"male"``, ``"female"`` or ``None`` for a canonical name.

        What the article tells (an honorific, a gendered noun, the pronouns
        that follow the name or open what its own verb of speech reports)
        decides first; then the given name of a full
        name of a person (:func:`~newsparse.attribution.wordlists.given_name_sex`),
        or a common given name written alone.
        """
        self._read()
        found = self._sex.get(name)
        if found is None:
            words = name.split()
            if len(words) > 1 and name in self._people and words[0][:1].isupper():
                found = given_name_sex(words[0])
            elif len(words) == 1:
                found = self._given_name_alone(words[0])
        return found

    def _given_name_alone(self, word: str) -> str | None:
        """Return the sex of a person called by a given name alone (``Melanie said``).

        Only a given name (:func:`~newsparse.attribution.wordlists.given_name_sex`)
        that is no common family name and no surname of anyone in the article
        tells it: ``Clinton`` or ``Lewis`` alone is someone's surname.
        """
        low = word.lower()
        if low in _FAMILY_NAMES or _norm(word) in self._by_last:
            return None
        return given_name_sex(word)

    def is_person(self, name: str) -> bool:
        """Whether the article introduced *name* as a person (an entity, or a given name first)."""
        return name in self._people

    def looks_institutional(self, name: str) -> bool:
        """Whether a name a recogniser called a person reads as an institution's.

        ``BC Hydro`` (an initialism first), ``Acme Corp`` (an institution
        word last) and ``Brightwall`` after ``security firm`` (an institution
        noun before it) do; a name whose sex is known never does, and a
        full name opening with a listed given name (``Dominique Perret``) does
        only by its own words, not by a role or an ``its`` the article gives it.
        """
        if self.sex(name) is not None:
            return False
        if self._institution_kinds is None:
            self._institution_kinds = frozenset(
                holder for _, role, _, holder, _ in self._roles if role in ORG_NOUNS
            )
        words = name.split()
        first = words[0] if words else ""
        given_first = len(words) > 1 and (
            first.lower() in MALE_NAMES or first.lower() in FEMALE_NAMES
        )
        if (name in self._institution_kinds or name in self._neuter) and not given_first:
            # ``security firm Brightwall``; ``Global Affairs says on its website``; not
            # a full name opening with a given name (``Dominique Perret``)
            return True
        return (len(words) > 1 and len(first) > 1 and first.isupper()) or (
            words[-1].lower() in _ORG_LAST_WORDS if words else False
        )

    def learn_sex(self, name: str, sex: str) -> None:
        """Record the sex a pronoun showed for *name*, unless already known."""
        if self.sex(name) is None:
            self._sex[name] = sex

    def role_holder(
        self, head: str, modifiers: frozenset[str], pos: int, *, person: bool = True
    ) -> str | None:
        """Return who was introduced with the role *head* before *pos*.

        The latest holder with the most modifiers in common; a holder of the
        role itself before one of a title that stands for it (``the lawyer``:
        ``lawyer Sam Ivey`` before ``prosecutor Ana Ruiz``).

        :param head: the description's head noun (``"leader"``).
        :param modifiers: its other words (``{"chinese"}``), to choose among holders.
        :param pos: where the description is.
        :param person: look for a person (``the mayor``) or an institution
            (``the company`` after ``media buying company GroupM``).
        """
        found = self.role_holders(head, modifiers, pos, person=person)
        return found[0] if found else None

    def role_holders(
        self, head: str, modifiers: frozenset[str], pos: int, *, person: bool = True
    ) -> list[str]:
        """Return the holders of the role *head* before *pos* that fit a description best.

        Those with the most modifiers in common and, among them, holders of
        the role itself over holders of a title that stands for it, latest
        introduced first, each once: a caller may pick the one the article
        spoke of last.  Only the nearest ``_MAX_ROLE_HOLDERS`` are compared.
        Holders agree with the description in office modifiers (the lexicon's
        ``office_modifiers``), except that a past holder (``the former coach``)
        with none called former may be one the article gave the role alone in
        apposition (``Her first coach, Ida Berg,``; no title, ``Premier Dana Holt``),
        and a holder come lately (``the new coach``, the lexicon's
        ``new_office_words``) may be one of a junior rank (``assistant
        coach``, ``junior_ranks``).
        """
        self._read()
        if self._role_index is None:
            self._role_index = {}
            for start, role, mods, name, is_person in self._roles:
                # a title's holder is also what its role nouns describe: ``Justice
                # Haddad`` is ``the judge``
                keys = (role, *TITLE_ROLES.get(role, ())) if is_person else (role,)
                for key in keys:
                    starts, holders = self._role_index.setdefault((key, is_person), ([], []))
                    starts.append(start)
                    # an acronym holds the role it spells (``CEO``: ``chief executive officer``)
                    itself = key == role or key in TITLE_ACRONYMS.get(role, "").split()
                    holders.append((mods, name, itself))
        index = self._role_index.get((head, person))
        if index is None:
            return []
        starts, holders = index
        last = bisect.bisect_left(starts, pos) - 1
        office = modifiers & OFFICE_MODIFIERS
        nearest = [
            i
            for i in range(last, max(-1, last - _MAX_ROLE_HOLDERS), -1)
            # ``Prime Minister Justin Trudeau`` holds no office ``the minister`` names
            if not person or holders[i][0] & OFFICE_MODIFIERS == office
        ]
        if person and not office and modifiers & NEW_OFFICE_WORDS:
            # ``the new coach`` after ``Assistant coach Tamara Lind will take over``: one
            # of a junior rank may have stepped up; the caller picks the one spoken of last
            nearest = [
                i
                for i in range(last, max(-1, last - _MAX_ROLE_HOLDERS), -1)
                if holders[i][0] & OFFICE_MODIFIERS <= JUNIOR_RANKS
            ]
        if not nearest and person and office == _FORMER:
            # ``The former coach`` after ``Her first coach, Ida Berg,``: the article need
            # not call a past holder former; one it linked to the role by apposition, not
            # by a title that tells a holder in office (``Premier Dana Holt``), may be
            nearest = [
                i
                for i in range(last, max(-1, last - _MAX_ROLE_HOLDERS), -1)
                if not holders[i][0] & OFFICE_MODIFIERS
                and head in self._apposed.get(holders[i][1], ())
            ]
        scores = [(len(holders[i][0] & modifiers), holders[i][2]) for i in nearest]
        if not scores:
            return []
        top = max(scores)
        found: list[str] = []
        for i, score in zip(nearest, scores, strict=True):
            name = holders[i][1]
            if score == top and name not in found:
                found.append(name)
        return found

    def role_modifiers(self, name: str, head: str) -> list[frozenset[str]]:
        """Return the modifiers of each link of the person *name* to the role *head*.

        ``Kerr's lawyer, Dan Moss,`` -> ``[{"kerr"}]``: possessors without
        ``'s``, in lower case.
        """
        self._read()
        return [
            mods
            for _, role, mods, holder, person in self._roles
            if person and holder == name and role == head
        ]

    def office_differs(self, name: str, head: str, modifiers: frozenset[str]) -> bool:
        """Whether the person *name* holds the role *head* only as another office.

        ``Prime Minister Justin Trudeau`` and ``the minister``, ``former
        premier Brad Wall`` and ``the premier``: every link of the person to
        the role (or to a title standing for it) has office modifiers (the
        lexicon's ``office_modifiers``) other than the description's.
        """
        self._read()
        office = modifiers & OFFICE_MODIFIERS
        links = [
            mods & OFFICE_MODIFIERS
            for _, role, mods, holder, person in self._roles
            if person and holder == name and (role == head or head in TITLE_ROLES.get(role, ()))
        ]
        return bool(links) and all(link != office for link in links)

    def apposed_roles(self, name: str) -> frozenset[str]:
        """Return the role nouns apposition or a copula links to the person *name*.

        Unlike :meth:`roles_of`, nouns the lexicon does not list count
        (``Tom Reid, a Halifax commuter,`` -> ``commuter``): the construction
        tells they name a role.
        """
        self._read()
        return frozenset(self._apposed.get(name, ()))

    def roles_of(self, name: str) -> frozenset[str]:
        """Return the roles (titles, role and person nouns) the article linked to the person *name*.

        Words before a name that are no role (``run by``) are left out.
        """
        self._read()
        return frozenset(
            role
            for _, role, _, holder, person in self._roles
            if person
            and holder == name
            and (
                role in ROLE_TITLES
                or role in TITLE_ROLES
                or role in ROLE_NOUNS
                or role in PERSON_NOUNS
                or role.endswith("-year-old")
            )
        )

    @staticmethod
    def bare_noun(name: str) -> bool:
        """Whether an institution's name is one common word (``City``, ``Local``): no name."""
        return _bare_noun(name)

    def kind_of(self, name: str) -> str | None:
        """Return the kind of institution *name* is (``business``, ``political``), if told.

        By the noun heading the name (:func:`name_head`), else by the
        recogniser's reference name for it (``NDP`` -> ``New Democratic Party``).
        """
        return INSTITUTION_KINDS.get(name_head(name)) or self._kinds.get(name)

    def kinds_agree(self, head: str, name: str) -> bool:
        """Whether the institution noun *head* may describe the institution *name*.

        They agree unless both tell a kind and the kinds differ: ``the
        company`` is no ``Department of Environment`` and no ``NDP``.
        """
        kind = INSTITUTION_KINDS.get(head)
        other = self.kind_of(name)
        return kind is None or other is None or kind == other

    def institution_named(self, head: str, pos: int) -> str | None:
        """Return the latest institution before *pos* whose name the noun *head* heads.

        ``the railway`` -> ``Canadian Pacific Railway``; ``the bank`` ->
        ``Royal Bank of Canada``; ``the airline`` -> ``Skyward Airlines``.
        """
        index = bisect.bisect_left(self._org_starts, pos)
        orgs = self._orgs
        for k in range(index - 1, -1, -1):
            name = orgs[k][1]
            if name_head(name) in (head, head + "s"):
                return name
        return None

    def institution(self, head: str, pos: int) -> str | None:
        """Return the institution a definite description (``the railway``) names.

        An institution whose name the head noun heads wins
        (:meth:`institution_named`); for a generic institution noun, the most
        recent institution of the same kind within a few paragraphs
        (``the charity`` -> ``the Kestrel Valley Heritage Foundation``), else
        the most recent one whose name tells no kind (``the company`` ->
        ``Tillman Aggregates``, not ``the Department of Environment``).  A
        name made of one institution noun (``City``) is no name.
        """
        named = self.institution_named(head, pos)
        if named is not None:
            return named
        index = bisect.bisect_left(self._org_starts, pos)
        orgs = self._orgs
        generic = head in _GENERIC_INSTITUTION_NOUNS
        kind = INSTITUTION_KINDS.get(head)
        if kind == "government" and head == kind:
            # ``the federal government`` names a government, not one of its bodies
            # (``the Northern Water Authority``): only a name ``government`` heads
            return None
        if generic or kind is not None:
            # a noun of a kind that is no generic one (``the regulator``) takes only
            # an institution of its kind; one of a business (``the automaker``) also
            # a name that tells no kind
            fallback = None
            public = None
            for k in range(index - 1, -1, -1):
                start, name = orgs[k]
                if pos - start > _MAX_GENERIC_DISTANCE:
                    break
                if _bare_noun(name) or start in self._affiliations:
                    continue
                other = self.kind_of(name)
                if (generic and kind is None) or (kind is not None and other == kind):
                    return name
                if (
                    public is None
                    and generic
                    and kind == "government"
                    and name_head(name) in PUBLIC_CORPORATION_HEADS
                ):
                    # ``Canada Mortgage and Housing Corp. said ... the agency said``: a
                    # public corporation is an agency when no body of the government is
                    public = name
                if (
                    (generic or kind == "business")
                    and kind not in _NAMED_KINDS
                    and other is None
                    and fallback is None
                    and not self._region_written(start, name)
                ):
                    # most names of businesses and unions tell no kind (``Shopify``,
                    # ``UFCW Local 832``); a ministry's or a court's name does (``the
                    # ministry`` is no ``Forestry Council``)
                    fallback = name
            if fallback is None and generic and kind in _NAMED_KINDS:
                # ``paid for by Indigenous Services Canada. The department said``: a
                # name that tells no kind, named in the sentence before, is the one
                fallback = self._untold_kind_just_before(index, pos)
            if fallback is None and (generic or kind == "business") and kind not in _NAMED_KINDS:
                # ``Brodie Air will drop its route, the airline said``: a business
                # noun also takes a name a recogniser took for a person's
                fallback = self._unlabelled_institution(head, pos)
            if fallback is None:
                fallback = public
            if fallback is not None:
                return fallback
        if head in _TEAM_NOUNS:
            return self.team(pos)
        return None

    def _region_written(self, start: int, name: str) -> bool:
        """Whether a one-word name is written as a region: ``operations in the Pilbara``.

        A single capitalised word after a preposition of place and ``the``
        names where something is, whatever a recogniser took it for, and is
        no institution a description of a business points back to.
        """
        return (
            " " not in name
            and _REGION_BEFORE.search(self._text, max(0, start - 20), start) is not None
        )

    def _untold_kind_just_before(self, index: int, pos: int) -> str | None:
        """Return the latest institution before *pos* whose name tells no kind, if near.

        Only a name of two words or more (one word may be a region the
        recogniser took for an institution, ``growers in the Montvale``) named
        in the same sentence or the one just before it, in the same paragraph,
        and not as a person's affiliation.

        :param index: how many institutions start before *pos*.
        """
        for k in range(index - 1, -1, -1):
            start, name = self._orgs[k]
            if _bare_noun(name) or start in self._affiliations:
                continue
            between = self._text[start:pos]
            if "\n" in between or len(_SENTENCE_END.findall(between)) > 1:
                return None
            return name if " " in name and self.kind_of(name) is None else None
        return None

    def institutions_between(self, start: int, end: int) -> list[str]:
        """Return the names of the institutions the article names from *start* to *end*, in order.

        Entities the recogniser labelled an institution's, and names an
        institution's shape tells (``Millworkers Local 12``, ``Pemberton &
        Lowe``, a name introduced by its kind).
        """
        self._read()
        lo = bisect.bisect_left(self._org_starts, start)
        hi = bisect.bisect_left(self._org_starts, end)
        return [name for _, name in self._orgs[lo:hi]]

    def institution_naming(self, noun: str, pos: int) -> str | None:
        """Return the latest institution before *pos* whose name has the word *noun*.

        ``Surrey Police Service`` ... ``Police said``: a capitalised
        institution noun standing alone refers to the institution named with
        it within a few paragraphs; a name of one word is none.

        :param noun: the noun as written (``Police``).
        """
        index = bisect.bisect_left(self._org_starts, pos)
        for k in range(index - 1, -1, -1):
            start, name = self._orgs[k]
            if pos - start > _MAX_GENERIC_DISTANCE:
                break
            words = name.split()
            if len(words) > 1 and noun in words and start not in self._affiliations:
                return name
        return None

    def institution_of_field(self, field: str, pos: int, head: str = "") -> str | None:
        """Return the one institution named before *pos* with its field as its last word.

        ``Harrow County Public Health`` ... ``The health unit said``: a
        description whose noun before the institution noun is a field
        (``health``, ``transit``) refers to the institution whose name ends
        with that word, when the article named exactly one such institution
        within a few paragraphs.  A person's name (a given name first, a known
        sex) is none; one a recogniser took for a person's may be
        (``Brennock Transit``).  The name may end with the description's head
        after the field (``Harrow County Health Unit`` ... ``the health unit``)
        or with another field coordinated with it (``Coast Ridge Search and
        Rescue`` ... ``the search group``).

        :param head: the description's head noun (``unit``), if any.
        """
        if not field.isalpha():
            return None
        lo = max(0, pos - _MAX_GENERIC_DISTANCE)
        last = rf"(?:\s+{re.escape(head.capitalize())})?" if head.isalpha() else ""
        pattern = re.compile(
            rf"(?<![\w’'])(?:[A-Z][\w’'&.-]*\s+){{1,5}}{re.escape(field.capitalize())}"
            rf"(?:\s+(?:and|&)\s+[A-Z][\w’'\-]*)?{last}(?![\w’'])"
        )
        found = {
            name
            for match in pattern.finditer(self._text, lo, pos)
            if " " in (name := _without_openers(match.group()))
            and name.split()[0].lower() not in MALE_NAMES | FEMALE_NAMES
            and self.sex(name) is None
        }
        return found.pop() if len(found) == 1 else None

    def _unlabelled_institution(self, head: str, pos: int) -> str | None:
        """Return the latest name taken for a person's that may be an institution's.

        ``Shopify cut 10 per cent of its staff`` (:meth:`_subject_called_it`)
        or ``a gravel pit run by Tillman Aggregates`` ... ``The company
        said``: when no institution is named near, an unrecognised name the
        article calls ``its``, else a name of two words or more that opens
        with no known given name and has no known sex or role, is the one a
        generic description refers back to.
        """
        called_it = self._subject_called_it(pos)
        if called_it is not None:
            return called_it
        self._read()
        business = INSTITUTION_KINDS.get(head) == "business"
        index = bisect.bisect_left(self._entity_starts, pos)
        for k in range(index - 1, -1, -1):
            start, name, is_person = self._entities[k]
            if pos - start > _MAX_GENERIC_DISTANCE:
                break
            words = name.split()
            if not is_person or len(words) < 2:
                continue
            first = words[0].lower()
            # for a noun of a business, only a sex the article tells: the long tail
            # of baby names (``Kimball Aggregates``, ``Summit Ridge Power``) is no
            # evidence that a company's name is a person's
            sex = self._sex.get(name) if business else self.sex(name)
            if (
                first in MALE_NAMES
                or first in FEMALE_NAMES
                or sex is not None
                or self.roles_of(name)
                or self._where(start)
            ):
                continue
            return name if self.kinds_agree(head, name) else None
        return None

    def _where(self, start: int) -> bool:
        """Whether the name at *start* tells where: after ``in``, ``near``, or people ``of``.

        ``Residents of Flin Flon``, ``a smelter in Flin Flon``: a place a
        recogniser took for a person's name is no institution.
        """
        before = _WORDS_BEFORE.search(self._text, max(0, start - 40), start)
        if before is None:
            return False
        word, preposition = before.group(1).lower(), before.group(2).lower()
        if preposition in _PLACE_PREPOSITIONS or word in _PLACE_PREPOSITIONS:
            # ``in Hamilton``, and ``in east Hamilton``, ``in rural Hamilton``: a
            # lower-case modifier of the place between
            return True
        return preposition == "of" and plural_of_people(word)

    def tells_where(self, start: int) -> bool:
        """Whether the name at *start* tells where (``a building in east Hamilton``).

        After ``in``, ``near`` and the like, perhaps with a lower-case
        modifier between, or after people ``of`` (``Residents of Flin Flon``).
        """
        return self._where(start)

    def _subject_called_it(self, pos: int) -> str | None:
        """Return the latest unrecognised name opening a sentence that goes on with ``its``.

        ``Shopify cut 10 per cent of its staff.`` ... ``The company said``: a
        capitalised name (one to three words, none a common word or given
        name) that is a sentence's subject, followed in the sentence by
        ``its``, is an institution a generic description may refer back to.
        """
        lo = max(0, pos - _MAX_GENERIC_DISTANCE)
        found = None
        for match in _SUBJECT_WITH_ITS.finditer(self._text, lo, pos):
            name = match.group("name")
            first = name.split()[0].lower()
            if (
                first in _COMMON_WORDS
                or first in _NOT_NAME_START
                or first in MALE_NAMES
                or first in FEMALE_NAMES
                or match.start("name") in self._recognised
            ):
                continue
            found = name
        return found

    def document_author(self, pos: int, noun: str | None = None) -> tuple[int, str] | None:
        """Return where and by whom the last document introduced with its author was written.

        ``A study by the University of Calgary's School of Public Policy``,
        ``a report from the Fraser Institute``: a document noun, ``by`` or
        ``from`` and a capitalised name, within a few paragraphs before
        *pos*.  ``the report said`` later speaks for that author.

        :param noun: the description's document noun: the last document
            introduced with that noun goes first (``the report`` after ``A
            report by the Fraser Institute`` and ``a study by the Broadbent
            Institute``).
        """
        if self._documents is None:
            self._documents = []
            for match in _DOCUMENT_BY.finditer(self._text):
                if match.group("noun").lower() not in DOCUMENT_NOUNS:
                    continue
                author = _within_sentence(match.group("author"))
                if not author[:1].isupper():
                    # ``a report prepared by city staff``: people or an institution
                    words = author.split()
                    last = max(
                        (k for k, w in enumerate(words) if w in GROUP_NOUNS or w in ORG_NOUNS),
                        default=None,
                    )
                    if last is None:
                        continue
                    author = " ".join(words[: last + 1])
                self._documents.append((match.start(), author, match.group("noun").lower()))
        found = same = None
        for start, author, written in self._documents:
            if start >= pos:
                break
            if pos - start <= _LOOKBACK_ORG:
                found = (start, author)
                if written == noun:
                    same = found
        return same or found

    def namesake(self, name: str, pos: int) -> str | None:
        """Return the other person named before *pos* with the surname of *name*.

        ``Keisha Brooks ... Her husband said``: a family member named in the
        article shares her surname (``Darnell Brooks``, or ``Darnell and Keisha
        Brooks`` written together); ``None`` when no one else has it.

        :param name: the possessor's full name, or a given name written
            alone (``Amira`` of ``Amira and Karim Haddad``).
        :param pos: where the family noun is.
        """
        words = name.split()
        if len(words) == 1:
            return self._partner_of(name, pos)
        if len(words) < 2:
            return None
        given, surname = words[0], words[-1]
        best: tuple[int, str] | None = None
        for start, other in self._by_last.get(_norm(surname), ()):
            others = other.split()
            if start >= pos or others[0] == given or len(others) < 2:
                continue
            if best is None or start > best[0]:
                best = (start, other)
        if best is not None and best[1] in self._people:
            return best[1]
        index = bisect.bisect_left(self._pair_starts, pos)
        for start, pair in reversed(self._pairs[:index]):
            if pos - start > _MAX_GENERIC_DISTANCE:
                break
            first, _, second = pair.partition(" and ")
            if second == f"{given} {surname}" and " " not in first:
                return f"{first} {surname}"  # ``Darnell and Keisha Brooks``
        return None

    def _partner_of(self, given: str, pos: int) -> str | None:
        """Return the other of two people named together, for one called by a given name.

        ``Amira and Karim Haddad arrived ... Amira says ... Her husband ...``:
        ``Karim Haddad``.
        """
        index = bisect.bisect_left(self._pair_starts, pos)
        for start, pair in reversed(self._pairs[:index]):
            if pos - start > _MAX_GENERIC_DISTANCE:
                break
            first, _, second = pair.partition(" and ")
            if first == given and " " in second:
                return second
        return None

    def written(self, name: str) -> bool:
        """Whether the text writes *name* (a recogniser's reference name may be nowhere in it)."""
        found = self._in_text.get(name)
        if found is None:
            found = self._in_text[name] = name in self._text
        return found

    def entity_before(
        self,
        pos: int,
        *,
        person: bool,
        lookback: int,
        quoted: Callable[[int], bool] | None = None,
        accept: Callable[[int, str], bool] | None = None,
    ) -> tuple[int, str] | None:
        """Return the start and name of the nearest earlier person (or institution) entity.

        :param pos: where the pronoun is.
        :param person: a person entity, else an institution's.
        :param lookback: how far back, in characters.
        :param quoted: tells whether an offset lies inside a quotation: an
            entity named only inside someone's words is skipped.
        :param accept: tells whether an entity, given by its start and name,
            may be taken (the nearest one it accepts is returned).
        """
        index = bisect.bisect_left(self._entity_starts, pos)
        for k in range(index - 1, -1, -1):
            start, name, is_person = self._entities[k]
            if pos - start > lookback:
                break
            if (
                is_person == person
                and (quoted is None or not quoted(start))
                and (accept is None or accept(start, name))
            ):
                return start, name
        return None

    def people_before(
        self, pos: int, *, lookback: int, quoted: Callable[[int], bool] | None = None
    ) -> tuple[int, str] | None:
        """Return the start and words of the nearest earlier people named in the plural.

        ``Kenyans``, ``the Saudis’``: a nationality, religion or other group of
        people the recogniser found, written as a plural noun (without its
        possessive ending), not an adjective (``Kenyan farmers``).

        :param pos: where the pronoun is.
        :param lookback: how far back, in characters.
        :param quoted: tells whether an offset lies inside a quotation: a people
            named only inside someone's words is skipped.
        """
        index = bisect.bisect_left(self._people_starts, pos)
        for k in range(index - 1, -1, -1):
            start, name = self._peoples[k]
            if pos - start > lookback:
                break
            if quoted is None or not quoted(start):
                return start, name
        return None

    def pair(self, pos: int) -> str | None:
        """Return the two people named together last before *pos* (``the couple``).

        Within a few paragraphs; ``Kim and Clark Moran``.
        """
        index = bisect.bisect_left(self._pair_starts, pos)
        if index == 0:
            return None
        start, name = self._pairs[index - 1]
        if pos - start > _MAX_GENERIC_DISTANCE or self._two_others_since(start, name, pos):
            return None
        return name

    def _two_others_since(self, start: int, pair: str, pos: int) -> bool:
        """Whether the paragraph of *pos*, after the pair's, names two other people before it.

        ``Dana and Omar Reyes founded the trust. ...`` then a paragraph
        ``Leo Hart's engagement to Mia Roux was announced in May. In June the
        couple said``: the two people the description's own paragraph speaks
        of are the couple, not a pair named in an earlier paragraph.
        """
        paragraph = self._text.rfind("\n", 0, pos) + 1
        if paragraph <= start:
            return False
        words = {word.lower() for word in pair.split()}
        others: set[str] = set()
        lo = bisect.bisect_left(self._entity_starts, paragraph)
        hi = bisect.bisect_left(self._entity_starts, pos)
        for _, name, is_person in self._entities[lo:hi]:
            last = name.split()[-1].lower() if name.split() else ""
            if is_person and last not in words:
                others.add(last)
        return len(others) >= 2

    def team(self, pos: int) -> str | None:
        """Return the team ``the team`` or ``the club`` at *pos* refers back to.

        The nearest earlier name written with its article and a plural last
        word (``the Calgary Wranglers``), else the nearest institution entity,
        under the fuller name the article gave it (``Montreal Harbour FC`` for
        ``Harbour``), within a few paragraphs: a sports report names its side
        before calling it ``the club``.
        """
        if self._teams is None:
            self._teams = [(m.start(1), m.group(1)) for m in _TEAM_NAME.finditer(self._text)]
            self._team_starts = [start for start, _ in self._teams]
        teams = self._teams
        index = bisect.bisect_left(self._team_starts, pos)
        if index > 0 and pos - teams[index - 1][0] <= _MAX_GENERIC_DISTANCE:
            while index > 1 and self._same_sentence(teams[index - 2][0], teams[index - 1][0]):
                # ``the Edmonton Oilers beat the Vancouver Canucks``: of the sides a
                # sentence names, the first, its subject, is the one spoken of
                index -= 1
            start, name = teams[index - 1]
            # a longer name of the same team written earlier (``the Toronto Blue Herons``)
            for k in range(index - 2, max(-1, index - 8), -1):
                other = teams[k][1]
                if other.endswith(" " + name) and start - teams[k][0] <= _MAX_GENERIC_DISTANCE:
                    return other
            return name
        index = bisect.bisect_left(self._org_entity_starts, pos)
        if index > 0 and pos - self._org_entities[index - 1][0] <= _MAX_GENERIC_DISTANCE:
            name = self._org_entities[index - 1][1]
            for k in range(index - 2, -1, -1):
                start, other = self._org_entities[k]
                if pos - start > _MAX_GENERIC_DISTANCE:
                    break
                if len(other) > len(name) and f" {name} " in f" {other} ":
                    return other  # ``Harbour head coach`` after ``Montreal Harbour FC``
            return name
        return None

    def _same_sentence(self, start: int, end: int) -> bool:
        """Whether no sentence or paragraph ends between *start* and *end*."""
        return _SENTENCE_REST.fullmatch(self._text, start, end) is not None

    def organisation(self, name: str, pos: int) -> str:
        """Return the fuller name an institution was given earlier (``Samsung Electronics Co.``).

        A longer name that adds a plural noun of people names another body,
        the one of those people (``Boreal Air Pilots Association`` is no
        fuller name of ``Boreal Air``).

        :param name: an institution's name as written (``Samsung``).
        :param pos: where it is written.
        """
        words = name.split()
        if not words:
            return name
        index = bisect.bisect_left(self._org_starts, pos)
        for k in range(index - 1, -1, -1):
            start, other = self._orgs[k]
            if pos - start > _LOOKBACK_ORG:
                break
            longer = other.split()
            if (
                len(longer) > len(words)
                and longer[: len(words)] == words
                and not any(plural_of_people(w.lower()) for w in longer[len(words) :])
            ):
                return other
        return name


def _inside_longer(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a longer one of the sorted, disjoint *spans*."""
    k = bisect.bisect_right(spans, (start, sys.maxsize)) - 1
    if k < 0:
        return False
    first, last = spans[k]
    return last >= end and (first, last) != (start, end)


def _affiliations(text: str, entities: Sequence[Entity]) -> frozenset[int]:
    """Return where institution entities start that follow a person's name and ``of``/``at``.

    ``analyst Priya Venkat of Hallam Capital``: the institution is the
    person's affiliation, not a subject of the article.
    """
    person_ends = {ent.end for ent in entities if ent.label in ("PERSON", "PER")}
    found = set()
    for ent in entities:
        if ent.label != "ORG":
            continue
        before = text[max(0, ent.start - 8) : ent.start]
        for word in (" of ", " at ", " of the ", " at the "):
            if before.endswith(word) and ent.start - len(word) in person_ends:
                found.add(ent.start)
    return frozenset(found)


#: A form of ``tell`` right before a name: ``told the BBC``, the hearer, who is no
#: side a later ``the club`` refers back to.
_TOLD_BEFORE = re.compile(r"\b(?:told|tells?|telling)\s+(?:the\s+)?\Z")
#: One capitalised word joined by a hyphen to a lower-case one: a compound modifier
#: (``First-team``, ``Long-time``), no name (``Rolls-Royce`` capitalises both).
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]*-[a-z][\w\-]*")


def _bare_noun(name: str) -> bool:
    """Whether an institution's name is one common word (``City``, ``Local``): no name.

    A compound modifier opening a sentence (``First-team coach ...``) is none
    either.
    """
    return " " not in name and (
        name.lower() in ORG_NOUNS
        or name.lower() in _COMMON_WORDS
        or _LOWER_COMPOUND.fullmatch(name) is not None
    )


def _governing_body(name: str) -> bool:
    """Whether a place's name opens with the institution noun that governs it.

    ``City of Regina``, ``District of Port Alder``, ``Regional Municipality of
    Halton``: an institution noun heads the name before ``of`` and a
    capitalised place follows; ``Regina`` and ``Port of Halifax`` are places
    (a port is no institution noun).
    """
    words = name.split()
    if "of" not in words[1:-1] or not all(w[:1].isupper() for w in words if w != "of"):
        return False
    return name_head(name) in ORG_NOUNS


def name_head(name: str) -> str:
    """Return the lower-case noun that heads an institution's name.

    The word before the first ``of`` (``Bank of Halifax`` -> ``bank``,
    ``Nova Scotia Department of Environment`` -> ``department``), else the
    last word (``Skyward Airlines`` -> ``airlines``), without a full stop.
    """
    words = name.lower().replace(",", " ").split()
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1].rstrip(".")
    return words[-1].rstrip(".") if words else ""


def _noun_sex(noun: str) -> str | None:
    """Return the sex a person noun tells (``son``, ``mother-of-two``, ``actress``), else ``None``.

    Pronouns and honorifics are not nouns: only nouns of
    :data:`~newsparse.attribution.wordlists.MALE_NOUNS` and ``FEMALE_NOUNS`` count.
    """
    head = noun.split("-", 1)[0]
    if head in MALE_NOUNS:
        return "male"
    if head in FEMALE_NOUNS:
        return "female"
    return None


def _coordinated_apposition_sex(text: str, end: int) -> str | None:
    """Return the sex a gendered noun tells anywhere in the apposition after a name.

    ``Ana Ruiz, a pharmacist and a mother of three,``: every noun phrase of
    the apposition, up to its closing comma, describes the person; the one
    sex its gendered nouns (``mother``, ``widower``) agree on.
    """
    opening = _APPOSITION_OPENING.match(text, end, min(len(text), end + 200))
    if opening is None:
        return None
    found = {
        sex
        for head in _NOUN_PHRASE_HEAD.findall(opening.group("body"))
        if (sex := _noun_sex(head.lower())) is not None
    }
    return found.pop() if len(found) == 1 else None


def _written(span: str) -> str:
    """Return an entity's words as the article writes them, without a possessive ending."""
    return " ".join(span.split()).removesuffix("’s").removesuffix("'s").rstrip("’'")


def _plural_written(written: str) -> bool:
    """Whether a group's words end in a plural noun: ``Kenyans``, ``Thais``, not ``Swiss``.

    A nationality or religion as an adjective (``Kenyan``) takes no ``-s``.
    """
    return written.endswith("s") and not written.endswith("ss")


def _is_initialism(word: str) -> bool:
    """Whether a word is itself an initialism (``EU``, ``U.S.``): no word of an expansion."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


def _norm(word: str) -> str:
    return word.lower().removesuffix("’s").removesuffix("'s")


def _nearest(found: Sequence[tuple[int, str]], pos: int) -> str | None:
    if not found:
        return None
    before = [name for start, name in found if start <= pos]
    if before:
        return max(before[-3:], key=len)
    return found[0][1]


def _abbreviated_title(word: str) -> bool:
    """Whether a lower-case word written with a period is an abbreviated title (``coun``, ``sgt``).

    A full noun before a period (``paramedic.``, ``judge.``) ends a sentence.
    """
    if word in PERSON_NOUNS or word in ROLE_NOUNS:
        return False
    return word in ROLE_TITLES or word in TITLE_ROLES or (len(word) <= 4 and word.isalpha())
