"""Closed word classes the quote rules look words up in (lower case unless noted).

These are the small function-word lists the extractors need without a
part-of-speech tagger: pronouns, determiners, prepositions, auxiliaries,
time words, and the nouns that name speakers (``spokesperson``),
institutions (``agency``) and documents (``statement``).  Honorifics, title
words and given names come from the shared lexicon (``honorifics``,
``title_words``, ``given_names``; see :doc:`/lexicon`).
"""

from __future__ import annotations

import functools
from types import MappingProxyType

from newsparse.lexicon import default_lexicon

_LEXICON = default_lexicon()


def words_of(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of *text* as a frozen set."""
    return frozenset(text.split())


__all__ = [
    "ADVERBS_BEFORE_CUE",
    "ANONYMITY_CUES",
    "AUXILIARIES",
    "BE_FORMS",
    "BUSINESS_NOUNS",
    "CIVIC_NOUNS",
    "CLAUSE_OPENERS",
    "COLLECTIVE_NOUNS",
    "DETERMINERS",
    "DOCUMENT_NOUNS",
    "EITHER_NAMES",
    "FEMALE_NAMES",
    "FEMALE_WORDS",
    "FREE_RELATIVES",
    "GENERIC_ROLES",
    "GROUP_NOUNS",
    "HEARERS",
    "HONORIFICS",
    "INSTITUTION_KINDS",
    "JUNIOR_RANKS",
    "KIN_CONVERSES",
    "KIN_NOUNS",
    "MALE_NAMES",
    "MALE_WORDS",
    "NEGATIONS",
    "NEWS_PERSON_NOUNS",
    "NEW_OFFICE_WORDS",
    "NON_SPEAKER_LABELS",
    "NOT_NAME_OPENERS",
    "OBJECT_PRONOUNS",
    "OFFICE_MODIFIERS",
    "OFFICE_VERBS",
    "ORG_NOUNS",
    "PARTICIPANT_POSSESSIVES",
    "PARTICIPLES_IN_N",
    "PAST_OFFICE_WORDS",
    "PAST_TENSES",
    "PERSON_NOUNS",
    "POSTMODIFIER_PREPOSITIONS",
    "POST_NOMINALS",
    "PREPOSITIONS",
    "PRONOUN_NUMBER",
    "PUBLIC_CORPORATION_HEADS",
    "RELATIVES",
    "ROLE_NOUNS",
    "ROLE_TITLES",
    "SPEAKER_NOUNS",
    "STOP_BEFORE_NAME",
    "SUBORDINATORS",
    "SUBUNIT_WORDS",
    "TIME_WORDS",
    "TITLE_ACRONYMS",
    "TITLE_ROLES",
    "given_name_sex",
    "is_ly_adverb",
    "words_of",
]

#: Personal pronouns that can be a speaker, with their kind.
PRONOUN_NUMBER: MappingProxyType[str, str] = MappingProxyType(
    {
        "he": "male",
        "she": "female",
        "it": "thing",
        "they": "plural",
        "we": "plural",
        "i": "person",
        "you": "person",
    }
)

#: Personal pronouns in the object case: ``asked her to wait``.
OBJECT_PRONOUNS = frozenset({"me", "you", "him", "her", "it", "us", "them"})

#: Possessives of the first and second person: ``ask my readers``, the writer's own hearers.
PARTICIPANT_POSSESSIVES = frozenset({"my", "our", "your"})

#: Relative pronouns: ``Ms. Lee, who said ...``.
RELATIVES = frozenset({"who", "which"})

DETERMINERS = words_of(
    """
    a an the this that these those his her its their our my your one some many several
    both all two three four five six seven eight nine ten dozens hundreds another other
    each every most few no any such whose
    """
)

PREPOSITIONS = words_of(
    """
    in on at during by via through after before from to with over under into onto
    across against among amid around behind beside between beyond despite for like near
    since toward towards upon within without about of outside inside following ahead
    """
)

BE_FORMS = words_of("is are was were be been being am 's ’s")

#: Prepositions that open a noun's postmodifier of place or source (``Parents at the
#: school``, ``Merchants along the route``, ``Residents of the area``): a bare base
#: form agrees with the noun before them, not with the last noun of the phrase.
POSTMODIFIER_PREPOSITIONS = words_of(
    """
    at in on from near across around outside inside of with along throughout beside
    behind within beyond between among
    """
)

AUXILIARIES = words_of(
    """
    has have had having would will could can may might must should shall did does do
    'd ’d 've ’ve 'll ’ll
    """
)

NEGATIONS = words_of("not n't n’t never neither nor no")

#: Words that may stand between a speaker and the cue (besides ``-ly`` adverbs).
ADVERBS_BEFORE_CUE = words_of(
    """
    also later then again once still further earlier previously recently first last
    often always already even just since yet too now since long initially subsequently
    separately reportedly allegedly late early ultimately immediately quickly
    """
)

#: Words that name a time and may sit beside a cue: ``said Tuesday``.
TIME_WORDS = words_of(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    tomorrow morning afternoon evening night week month year weekend earlier later
    recently previously last this next past weeks months years days
    """
)

#: Hearers of ``tell`` verbs that are no names: ``told reporters``.
HEARERS = words_of(
    """
    reporters journalists him her them us me you everyone anyone people lawmakers
    parliament congress supporters members media viewers listeners readers followers fans
    """
)

#: Conjunctions that open a subordinate clause with a subject of its own
#: (``after Ana Ruiz said``): a verb before one is finite, not a participle.
SUBORDINATORS = words_of("after before when while because since although though once until")

#: Pronouns that open a free relative clause (``what one of them called``): the verb
#: before one is the main clause's, and a subject inside one is the clause's own.
FREE_RELATIVES = words_of("what whatever")

#: Capitalised words that open a sentence without being part of a name.
CLAUSE_OPENERS = words_of(
    """
    but and so yet then still however meanwhile also when while if after before in on
    at as for because though although since with without instead now later earlier
    today yesterday asked speaking writing there here this that these those it its
    his her their our my your what why how where who which according rather once indeed
    even perhaps maybe finally first next last thus hence otherwise overall together
    despite during following under amid among like unlike until unless whether both
    either neither not no yes story read watch click
    """
)

#: Regular past tenses of verbs (the lexicon's ``past_tenses``: ``died``, ``resigned``).
PAST_TENSES = _LEXICON.words("past_tenses")

#: Capitalised words that never start a name run.
STOP_BEFORE_NAME = CLAUSE_OPENERS | DETERMINERS

#: Words that open a sentence or a line of speech but never a name: the lexicon's
#: ``interjections`` (``Hey Ginny``), ``coordinators`` (``Or Ana``) and
#: ``contractions`` (``There's Jeff``, ``I'm Ana``), the last with a straight or a
#: typographic apostrophe.
NOT_NAME_OPENERS = (
    _LEXICON.words("interjections")
    | _LEXICON.words("coordinators")
    | _LEXICON.words("contractions")
    | frozenset(word.replace("'", "\u2019") for word in _LEXICON.words("contractions"))
)

#: Relations a speaker cannot have: numeric and temporal entities.
NON_SPEAKER_LABELS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LAW", "LANGUAGE"}
)

#: Honorifics kept in the speaker mention but dropped from the canonical name.
HONORIFICS = frozenset(word.lower() for word in _LEXICON.words("honorifics"))

#: Titles and roles written before a name; not part of the speaker mention.
ROLE_TITLES = _LEXICON.words("title_words")

#: Role nouns of people (``nurse``, ``goalkeeper``, ``councillor``): their plurals
#: (``nurses``) describe people who speak together.
ROLE_NOUNS = _LEXICON.words("roles")

#: Nouns whose definite description names a person (``the mayor``, ``the
#: bride``): the hand-kept nouns of news usage (``person_nouns_news``) and the
#: nouns whose most frequent sense in WordNet names a person (``person_nouns``).
PERSON_NOUNS = _LEXICON.words("person_nouns_news") | _LEXICON.words("person_nouns")

#: The hand-kept person nouns of news usage alone (``mayor``, ``founder``,
#: ``owner``): the nouns :func:`~newsparse.attribution.roles.agent_noun` may
#: derive from a verb (``owns`` -> ``owner``), where WordNet's many agent nouns
#: (``needer``, ``wanter``) would give a person a role for every verb.
NEWS_PERSON_NOUNS = _LEXICON.words("person_nouns_news")

#: Nouns whose definite description names an institution: ``the agency``.
ORG_NOUNS = words_of(
    """
    agency department ministry government company firm utility railway railroad
    corporation board council commission committee union league association organization
    organisation group party team club school university college hospital police force
    service office bank court authority institute foundation network station newspaper
    broadcaster channel province state city country county municipality regime embassy
    military army navy prosecutor's administration campaign coalition alliance
    federation society charity airline manufacturer retailer insurer operator
    regulator watchdog district tribunal franchise squad non-profit nonprofit
    unit observatory laboratory lab museum library gallery zoo orchestra clinic guild
    brotherhood
    trust institution academy co-operative cooperative co-op
    """
)

#: Nouns naming a kind of business by its trade: ``the lender`` is the bank that
#: spoke last, ``the drugmaker`` the company named before.
BUSINESS_NOUNS = words_of(
    """
    lender carrier automaker carmaker miner producer maker supplier developer publisher
    startup chain exporter refiner brewer distributor retailer insurer airline
    manufacturer operator broadcaster drugmaker chipmaker planemaker steelmaker
    shipbuilder homebuilder bottler wholesaler shipper reinsurer brokerage conglomerate
    telecom telco consultancy
    """
)
ORG_NOUNS = ORG_NOUNS | BUSINESS_NOUNS

#: Nouns whose most frequent sense in WordNet names an institution, and the
#: kind of institution it is (``dealership``: ``business``, ``gendarmerie``:
#: ``police``, ``polytechnic``: ``education``; the lexicon's generated
#: ``institution_nouns``), less the institution nouns kept by hand above, whose
#: kind only the hand-kept ``institution_kinds`` tells (``the co-op`` names an
#: institution of any kind).
_WORDNET_INSTITUTION_KINDS: MappingProxyType[str, str] = MappingProxyType(
    {noun: kind for noun, kind in _LEXICON.table("institution_nouns") if noun not in ORG_NOUNS}
)
ORG_NOUNS = ORG_NOUNS | frozenset(_WORDNET_INSTITUTION_KINDS)

#: Institutions of civil society, whose names seldom end with the noun
#: (``Save the Marsh`` ... ``the group``, ``Teamsters Local 412`` ... ``the union``).
CIVIC_NOUNS = words_of(
    """
    group union association organization organisation coalition alliance federation
    society charity league campaign network guild brotherhood co-operative cooperative co-op
    """
)

#: Nouns of family members: ``her husband`` often shares the possessor's surname.
KIN_NOUNS = words_of(
    """
    husband wife son daughter father mother brother sister grandfather grandmother
    grandson granddaughter uncle aunt nephew niece stepfather stepmother stepson
    stepdaughter dad mom mum
    """
)

#: Family nouns and their converses (``father`` -> ``son``, ``daughter``):
#: ``Her father`` is the person whose daughter she is.
KIN_CONVERSES: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {
        noun: frozenset(other for other in converses.split(";") if other)
        for noun, converses in _LEXICON.table("kin_converses")
    }
)

#: Nouns of texts that speak: ``the joint statement``, ``the report``.
DOCUMENT_NOUNS = words_of(
    """
    statement report memo letter document paper study survey poll lawsuit filing
    complaint ruling decision judgment indictment release notice post tweet email e-mail
    message order bill law proposal plan agreement declaration communique communiqué
    announcement affidavit motion petition brief analysis review audit investigation
    assessment guidelines guidance policy transcript sign database website data figures
    estimate estimates projection projections forecast forecasts statistics records
    calculations backgrounder presentation
    """
)

#: Plural or collective nouns that speak as a group: ``observers say``.
GROUP_NOUNS = words_of(
    """
    police officials authorities critics experts observers analysts residents sources
    people protesters voters parents students researchers scientists lawmakers witnesses
    investigators prosecutors organizers organisers supporters opponents members leaders
    economists doctors advocates activists staff workers employees fans neighbours
    neighbors families both sides others family couple pair crew household allies
    """
)

#: Every noun that names a speaker: a person, an institution, a document or a group.
SPEAKER_NOUNS = PERSON_NOUNS | ORG_NOUNS | DOCUMENT_NOUNS | GROUP_NOUNS


def is_ly_adverb(word: str) -> bool:
    """Whether a lower-case word is an ``-ly`` adverb (``firmly``), not a noun (``family``)."""
    return len(word) > 3 and word.endswith("ly") and word not in SPEAKER_NOUNS


#: Words that mark a person as male or female when written next to the name.
MALE_WORDS = words_of(
    """
    mr mr. he his him himself man boy father son husband brother uncle grandfather
    king prince spokesman chairman sir lord
    """
)
#: Nouns that name a man: the sex a description in apposition gives a name.
MALE_NOUNS = words_of(
    """
    man boy father son husband brother uncle grandfather grandson nephew king prince
    spokesman chairman businessman congressman councilman sportsman widower boyfriend
    fiancé dad stepfather stepson godfather
    """
)
#: Nouns that name a woman.
FEMALE_NOUNS = words_of(
    """
    woman girl mother daughter wife sister aunt grandmother granddaughter niece queen
    princess spokeswoman chairwoman businesswoman congresswoman councilwoman
    sportswoman widow girlfriend fiancée mom mum stepmother stepdaughter godmother
    actress waitress
    """
)
FEMALE_WORDS = words_of(
    """
    ms ms. mrs mrs. miss she her hers herself woman girl mother daughter wife sister
    aunt grandmother queen princess spokeswoman chairwoman madam dame lady
    """
)


def _names_by_sex() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return the given names (lower case) given to men, to women, and to either by language.

    The hand-kept ``given_names`` decide first, then the census table
    ``given_name_sexes`` where the former is silent.  A name ``given_names``
    marks ``either`` (``Andrea``, ``Jean``: given to men in one major language
    and to women in another) is in the first two sets and in the third.
    """
    kept = {name.lower(): s for name, s in _LEXICON.table("given_names") if s}
    census = {name.lower(): s for name, s in _LEXICON.table("given_name_sexes") if s}
    sexes = census | kept
    return (
        frozenset(name for name, sex in sexes.items() if sex in ("male", "either")),
        frozenset(name for name, sex in sexes.items() if sex in ("female", "either")),
        frozenset(name for name, sex in sexes.items() if sex == "either"),
    )


#: Common given names by the sex they are given to (lower case); a name given to men
#: in one language and to women in another (:data:`EITHER_NAMES`) is in both.
MALE_NAMES, FEMALE_NAMES, EITHER_NAMES = _names_by_sex()


@functools.cache
def _more_name_sexes() -> MappingProxyType[str, str]:
    """Return the sexes of the lexicon's ``given_names_ssa`` table (lower case), read once."""
    return MappingProxyType(
        {name.lower(): sex for name, sex in _LEXICON.table("given_names_ssa") if sex}
    )


def given_name_sex(word: str) -> str | None:
    """Return ``"male"`` or ``"female"`` for a given name, or ``None`` when unknown or shared.

    A name given to men in one major language and to women in another
    (:data:`EITHER_NAMES`: ``Andrea``, ``Jean``, ``Nicola``) has no sex of its
    own.  :data:`MALE_NAMES` and :data:`FEMALE_NAMES` (the hand-kept ``given_names``
    and the census ``given_name_sexes``) decide next; the larger table of the
    Social Security Administration's baby names (``given_names_ssa``,
    read on first use) answers for names they do not know (``Niall``,
    ``Jacinda``).

    :param word: a given name, in any case.
    """
    low = word.lower()
    if low in EITHER_NAMES:
        return None  # ``Jean Chretien``, ``Jean Smith``: only the article tells
    if low in MALE_NAMES:
        return "male"
    if low in FEMALE_NAMES:
        return "female"
    return _more_name_sexes().get(low)


#: Role nouns a description may use for the holder of a title written before a
#: name (``Justice Haddad`` -> ``the judge``; ``Sgt. Munro`` -> ``the officer``).
TITLE_ROLES: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {
        title: frozenset(role for role in roles.split(";") if role)
        for title, roles in _LEXICON.table("title_roles")
    }
)

#: The kind of institution (``business``, ``government``, ``civic``, ...) a noun
#: heading an institution's name or description names: the hand-kept
#: ``institution_kinds`` decides, the nouns WordNet gives a kind
#: (``institution_nouns``: ``the dealership``, ``the constabulary``) answer for
#: the others.
INSTITUTION_KINDS: MappingProxyType[str, str] = MappingProxyType(
    {
        **_WORDNET_INSTITUTION_KINDS,
        **{noun: kind for noun, kind in _LEXICON.table("institution_kinds")},
    }
)

#: Nouns heading a corporation's name that a government may own (``Corp.``): a
#: description of a government body (``the agency``) may take such a name.
PUBLIC_CORPORATION_HEADS = _LEXICON.words("public_corp_heads")

#: Collective nouns of people (``the jury``, ``the panel``, ``the crowd``): a
#: description headed by one is a group, no person.
COLLECTIVE_NOUNS = _LEXICON.words("collective_nouns")

#: Nouns of people general enough to describe the holder of any role
#: (``official``, ``source``).
GENERIC_ROLES = _LEXICON.words("generic_roles")

#: Titles' acronyms written as nouns and the role phrase each stands for:
#: ``gm`` -> ``general manager``.
TITLE_ACRONYMS: MappingProxyType[str, str] = MappingProxyType(
    {acronym: expansion for acronym, expansion in _LEXICON.table("title_acronyms")}
)

#: Nouns that, capitalised and numbered, end an organisation's name: ``Local 7``.
SUBUNIT_WORDS = _LEXICON.words("subunit_words")

#: Letters written after a person's name for a seat or an honour (``TD``, ``MP``,
#: ``KC``), in capitals: no part of the name.
POST_NOMINALS = _LEXICON.words("post_nominals")

#: Phrases that tell a source speaks unnamed (``on condition of anonymity``).
ANONYMITY_CUES = _LEXICON.words("anonymity_cues")

#: Past participles of irregular verbs in ``-n`` (``shown``, ``written``): like those
#: in ``-ed``, one after a noun opens a reduced relative (``a memo written to staff``).
PARTICIPLES_IN_N = _LEXICON.words("participles")

#: Modifiers that make an office noun another office (``prime`` minister,
#: ``former`` premier, ``deputy`` premier, ``assistant`` coach).
OFFICE_MODIFIERS = _LEXICON.words("office_modifiers")

#: Modifiers of an office noun that tell its holder came lately or holds it for now
#: (``the new coach``, ``the interim chief``).
NEW_OFFICE_WORDS = _LEXICON.words("new_office_words")

#: Office modifiers of a rank below the office, whose holder may step up to it
#: (``Deputy Premier``, ``assistant coach``).
JUNIOR_RANKS = _LEXICON.words("junior_ranks")

#: Words of a role phrase that make its holder a past holder (``predecessor`` as
#: health minister, ``onetime`` coach): the role is a ``former`` one.
PAST_OFFICE_WORDS = _LEXICON.words("past_office_words")

#: Verbs that link a role to a name through ``as``, by the link they make
#: (``serve``: ``Ana Ruiz, who served as mayor,``; ``appoint``: ``appointed
#: Harlow Advisory as monitor``): each form and whether it is a past tense.
OFFICE_VERBS: MappingProxyType[str, tuple[str, bool]] = MappingProxyType(
    {form: (link, tense == "past") for form, link, tense in _LEXICON.table("office_verbs")}
)
