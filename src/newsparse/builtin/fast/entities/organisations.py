"""Companies and clubs: names whose context shows an organisation, decided once per document.

A name's label is decided from all its mentions in the document:

* **Company cues** around any mention make the name an ``ORG``, which
  takes in a legal form written in lower case after it (``Norvane plc``):
  ``Norvane shares``, ``shares in Norvane``, ``Norvane said in a
  statement``, ``chief executive of Norvane``, ``Norvane's profit``, a legal
  form after it (``Norvane AB``), its officers named after it
  (``Norvane chief executive``, ``Norvane chairman``).
* **Short forms**: a one-word name that the document also writes as the
  first word of a company or body named by its head word or legal form
  (``Talvane`` after ``Talvane Corp``), or as the last word of a team in a
  sports report (``Celtics`` after ``the Boston Celtics``),
  is that organisation, unless it is part of a person's name.
* **Business copy**: in a document about companies (at least
  :data:`MIN_BUSINESS_WORDS` words such as ``shares``, ``profit``,
  ``revenue``), a one-word name with no sign of a person (no title, role or
  given name before it, not part of a person's full name, not a listed
  family name) that a verb of saying follows or that stands inside a
  sentence is a company, not a person who ``said`` something.
* **Clubs**: in a sports report, a town that plays (``Valencia beat Porto
  2-1``, ``lost to Porto``, a row of a results table ``BOSTON 112 Denver
  104``) is its club, an ``ORG``; so is an unknown one-word name in the same
  position that is not part of a person's name, and any name that opens a
  row of a results table or standings (``Real Kelvora 1 Osmundo 1``).
  A document is a sports report when its words say so, when it names a
  team (``the Boston Celtics``), reports a result (``drew 1-1``,
  ``beat Porto 2-1``), or when two of its lines are rows of a
  results table or standings (``BOSTON 41 12 .774``).
  Countries stay places (their national teams keep the place label).

:func:`organisation_context` tells, for one mention, whether it stands
where an organisation does (a company cue, ``at Ford``, ``Ford, the
carmaker``, ``Ford said it``): the document-wide pass keeps a listed
organisation's name so where a person's family name would otherwise take it.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from itertools import compress

from newsparse.attribution.wordlists import INSTITUTION_KINDS, PERSON_NOUNS, ROLE_NOUNS
from newsparse.builtin.fast.entities.gazetteer import Gazetteer
from newsparse.builtin.fast.entities.segments import Evidence, Segment
from newsparse.builtin.fast.entities.shapes import POSSESSIVES, SPEECH_VERBS
from newsparse.builtin.fast.entities.sports import (
    MIN_SPORTS_WORDS,
    SPORTS_WORDS,
    is_sports_report,
)
from newsparse.builtin.fast.entities.view import TokenView
from newsparse.lexicon.dispatch import LazyPattern

__all__ = [
    "MIN_BUSINESS_WORDS",
    "is_sports_document",
    "organisation_context",
    "read_organisations",
]

# fmt: off
#: Words that, several together, show that a document reports on companies.
BUSINESS_WORDS: frozenset[str] = frozenset([
    "shares", "shareholders", "stock", "profit", "profits", "revenue", "revenues", "earnings",
    "quarter", "quarterly", "investors", "analysts", "dividend", "merger", "acquisition",
    "takeover", "sales", "forecast", "outlook", "customers", "output", "company", "companies",
    "firm", "group's", "company's", "listed", "traded", "bid", "valuation",
])
#: Words right after a name that show a company ("Norvane shares", "Norvane Inc").
_AFTER: frozenset[str] = frozenset([
    "shares", "stock", "stocks", "shareholders", "shareholder", "subsidiary", "subsidiaries",
])
#: Nouns after a name's possessive that show a company ("Norvane's profit").
_POSSESSED: frozenset[str] = frozenset([
    "shares", "stock", "profit", "profits", "revenue", "revenues", "earnings", "board",
    "chief", "ceo", "chairman", "chairwoman", "shareholders", "sales", "plant", "plants",
    "factory", "factories", "subsidiary", "headquarters", "output", "products", "brand",
    "stake", "market", "results", "workforce", "employees", "bid", "offer",
])
#: Officers named right after a company's name ("Norvane chief executive", "Norvane chairman").
_OFFICERS_AFTER: frozenset[str] = frozenset([
    "chairman", "chairwoman", "ceo", "cfo",
])
#: Word pairs right before a name that show a company ("shares in", "executive of").
_BEFORE: frozenset[tuple[str, str]] = frozenset([
    ("shares", "in"), ("shares", "of"), ("stake", "in"), ("executive", "of"),
    ("officer", "of"), ("chairman", "of"), ("chairwoman", "of"), ("subsidiary", "of"),
    ("unit", "of"), ("rival", "to"), ("bid", "for"), ("offer", "for"), ("takeover", "of"),
    ("shareholders", "in"), ("investors", "in"),
])
#: The second words of :data:`_BEFORE`.
_BEFORE_LINKS: frozenset[str] = frozenset(link for _, link in _BEFORE)
#: Verbs and words of a match right after a team ("Valencia beat", "Valencia 2").
_PLAYS_AFTER: frozenset[str] = frozenset([
    "beat", "beats", "drew", "draw", "lost", "lose", "loses", "won", "win", "wins", "defeated",
    "thrashed", "edged", "routed", "hold", "held", "v", "vs", "vs.", "overcame", "crushed",
    "hammered", "stunned", "host", "hosts",
])
#: Words right before a team ("beat Porto", "against Porto", "lost to Porto").
_PLAYS_BEFORE: frozenset[str] = frozenset([
    "beat", "beating", "against", "v", "vs", "vs.", "defeated", "thrashed", "edged", "routed",
    "hosted", "host", "hosts", "visit", "visiting", "held", "hold", "over", "to", "with",
])
#: Words before the word before a team that make ``to``/``with``/``over`` a match
#: ("lost to", "drew with", "victory over").
_PLAYS_BEFORE_LINKED: frozenset[str] = frozenset([
    "lost", "lose", "loses", "losing", "defeat", "drew", "draw", "victory", "win", "won",
])
# fmt: on

#: Words after which a name is a place, not a company's short form.
_PLACE_PREPOSITIONS: frozenset[str] = frozenset([
    "in", "at", "near", "from", "of", "to", "into", "outside", "across", "around",
])  # fmt: skip

#: Articles, which open an apposition (``Ford, the carmaker``) and no person's name.
_ARTICLES: frozenset[str] = frozenset({"the", "The", "a", "A", "an", "An"})
#: How many words of an apposition are read for the noun it names (``, the US carmaker``).
_APPOSITION_REACH = 4
#: Pronouns of a thing, which a company's verb of saying takes (``Ford said it``).
_IT_PRONOUNS: frozenset[str] = frozenset({"it", "its"})

#: How many rows of a results table or standings make a document a sports report.
MIN_TABLE_ROWS = 2

#: How many different business words make a business report.
MIN_BUSINESS_WORDS = 3

_SCORE = LazyPattern(r"\d{1,3}(?:-\d{1,3})?\Z")
#: Sources of a person label that a company reading may not override.
_PERSON_SOURCES = frozenset({"title", "role", "given name", "person"})
#: Kinds of listed places that may be read as a club.
_TOWN_KINDS = frozenset({"city", "capital", "subdivision"})


def _company_cue(view: TokenView, gazetteer: Gazetteer, segment: Segment) -> bool:
    words = view.words
    first, end = segment.first, segment.end
    after = words[end] if end < len(words) else ""
    if after in _AFTER or after in gazetteer.company_forms:
        return True
    if after.lower() in _OFFICERS_AFTER or (
        after == "chief" and end + 1 < len(words) and words[end + 1] in ("executive", "financial")
    ):
        return True
    if (
        first >= 2
        and words[first - 1] in _BEFORE_LINKS
        and (words[first - 2].lower(), words[first - 1]) in _BEFORE
    ):
        return True
    if after in POSSESSIVES or view.text[view.ends[end - 1] - 2 : view.ends[end - 1]] in (
        "'s",
        "\u2019s",
    ):
        k = end + 1 if after in POSSESSIVES else end
        if k < len(words) and words[k].lower() in _POSSESSED:
            return True
    return (
        after == "said"
        and end + 3 < len(words)
        and words[end + 1 : end + 4]
        == [
            "in",
            "a",
            "statement",
        ]
    )


def _institution_apposition(words: list[str], end: int) -> bool:
    """Whether an apposition naming an institution follows: ``, the carmaker,``.

    A comma, an article, and within a few words a noun of the lexicon's
    ``institution_kinds`` (``carmaker``, ``charity``) before any noun of a
    person or a role (``, the company's founder`` is a person).
    """
    if end + 2 >= len(words) or words[end] != "," or words[end + 1] not in _ARTICLES:
        return False
    for word in words[end + 2 : end + 2 + _APPOSITION_REACH]:
        lower = word.lower()
        if lower in ROLE_NOUNS or lower in PERSON_NOUNS or not word.isalpha():
            return False
        if lower in INSTITUTION_KINDS:
            return True
    return False


def organisation_context(view: TokenView, gazetteer: Gazetteer, segment: Segment) -> bool:
    """Whether a mention stands where an organisation does, not a person.

    A company cue (``Ford shares``, ``Ford's board``, ``chairman of Ford``,
    ``Ford chairman``), ``at`` or an article before it (``workers at
    Ford``), an apposition naming an institution (``Ford, the carmaker``) or
    ``it`` right after its verb of saying (``Ford said it``).

    :param view: the document's tokens.
    :param gazetteer: the word lists.
    :param segment: the mention.
    """
    words = view.words
    first, end = segment.first, segment.end
    if first > 0 and (words[first - 1] == "at" or words[first - 1] in _ARTICLES):
        return True
    if _company_cue(view, gazetteer, segment) or _institution_apposition(words, end):
        return True
    return end + 1 < len(words) and words[end] in SPEECH_VERBS and words[end + 1] in _IT_PRONOUNS


def _plays(view: TokenView, segment: Segment) -> bool:
    """Whether the name stands where a team does in a sports report."""
    words = view.words
    first, end = segment.first, segment.end
    after = words[end] if end < len(words) else ""
    before = words[first - 1] if first > 0 else ""
    if after in _PLAYS_AFTER:
        return True
    if before in _PLAYS_BEFORE and before not in ("to", "with", "over"):
        return True
    if before in ("to", "with", "over") and first >= 2:
        verb = words[first - 2]
        if first >= 3 and _SCORE.match(verb) is not None:
            verb = words[first - 3]  # "drew 1-1 with Porto"
        if verb in _PLAYS_BEFORE_LINKED:
            return True
    # a row of a results table: the name, then a score
    line_start = first == segment.sentence[0]
    return _SCORE.match(after) is not None and (line_start or before[:1].isdigit() or before == ":")


def _numeral(word: str) -> bool:
    """Whether *word* is a number of a table (``41``, ``.774``, ``1:58.34``).

    A point alone before digits (``.774`` written as two tokens) counts too.
    """
    return word[:1].isdigit() or (word[:1] == "." and word[1:2].isdigit())


def _table_rows(view: TokenView, segments: list[Segment]) -> int:
    """Return how many sentences are rows of a results table or standings."""
    return sum(
        1
        for s in segments
        if s.first == s.sentence[0] and s.label != "PERSON" and _table_row(view, s)
    )


def _table_row(view: TokenView, segment: Segment) -> bool:
    """Whether the name opens a row of a results table or standings.

    ``Sevilla 2 Getafe 0`` (a name, a score, a name, a score) or ``Sevilla 30
    19 6 5`` (a name and three or more numbers).
    """
    words = view.words
    first, end = segment.sentence
    if segment.first != first:
        return False
    rest = words[segment.end : end]
    numbers = 0
    for k, word in enumerate(rest):
        if not _numeral(word) and not (
            word == "." and rest[k + 1 : k + 2] and _numeral(rest[k + 1])
        ):
            break
        numbers += 1
    if numbers >= 3:
        return True
    if numbers != 1 or len(rest) < 3:
        return False
    tail = rest[1:]
    return tail[-1][:1].isdigit() and all(w[:1].isupper() for w in tail[:-1])


def _short_form(
    group: list[Segment], view: TokenView, gazetteer: Gazetteer, heads: set[str],
    person_words: set[str],
) -> bool:  # fmt: skip
    """Whether an unknown one-word name is the first word of an organisation elsewhere.

    A word the document also writes in lower case, or that is a common word
    or a head noun itself (``Office`` of ``Office Depot``), is no short form;
    nor is a word that follows a preposition of place (``residents of
    Millbrook`` beside ``Millbrook Town Council``).
    """
    segment = group[0]
    if segment.end - segment.first != 1 or any(s.known is not None for s in group):
        return False
    words = view.words
    word = words[segment.first]
    lower = word.lower()
    return (
        word in heads
        and not any(s.first > 0 and words[s.first - 1] in _PLACE_PREPOSITIONS for s in group)
        and word not in person_words
        and word not in gazetteer.heads
        and lower not in gazetteer.common_words
        and lower not in (view.vocabulary or view.words)
    )


_RESULT = LazyPattern(r"\d{1,3}-\d{1,3}\Z")
#: Verbs of a match that a score follows ("beat Porto 2-1", "drew 1-1").
_RESULT_VERBS: frozenset[str] = frozenset([
    "beat", "beats", "drew", "defeated", "thrashed", "edged", "routed", "crushed", "hammered",
    "stunned", "overcame", "lost",
])  # fmt: skip
#: How many tokens after a verb of a match its score may stand ("beat Porto 2-1").
_SCORE_REACH = 5


def _result_reported(words: list[str], vocabulary: frozenset[str]) -> bool:
    """Whether a verb of a match is followed closely by a score (``drew 1-1 with``)."""
    if vocabulary and _RESULT_VERBS.isdisjoint(vocabulary):
        return False
    for k in compress(range(len(words)), map(_RESULT_VERBS.__contains__, words)):
        for after in words[k + 1 : k + 1 + _SCORE_REACH]:
            if after[:1].isdigit() and _RESULT.match(after) is not None:
                return True
    return False


def _sports_words(view: TokenView) -> int:
    """Return how many sports words the document writes, in lower case or capitalised.

    Capitalised forms count for a word heading a line (``Goalkeepers:``).
    """
    found = SPORTS_WORDS & view.lower_vocabulary
    vocabulary = view.vocabulary or frozenset(view.words)
    found |= {w.lower() for w in vocabulary & _capitalised_sports_words()}
    return len(found)


@cache
def _capitalised_sports_words() -> frozenset[str]:
    return frozenset(w.capitalize() for w in SPORTS_WORDS)


def is_sports_document(view: TokenView, segments: list[Segment]) -> bool:
    """Whether the document reports on sport: its words, a team, a result or a table.

    :param view: the document's tokens.
    :param segments: every candidate of the document, in text order.
    """
    return (
        is_sports_report(view)
        or _sports_words(view) >= MIN_SPORTS_WORDS
        or any(s.source == "team" for s in segments)
        or _result_reported(view.words, view.vocabulary)
        or _table_rows(view, segments) >= MIN_TABLE_ROWS
    )


def read_organisations(segments: list[Segment], view: TokenView, gazetteer: Gazetteer) -> bool:
    """Label companies and clubs from their context in the whole document, in place.

    :param segments: every candidate of the document, in text order.
    :param view: the document's tokens.
    :param gazetteer: the word lists.
    :return: whether the document reports on sport (:func:`is_sports_document`).
    """
    words = view.words
    business = len(BUSINESS_WORDS & view.lower_vocabulary) >= MIN_BUSINESS_WORDS
    sports = is_sports_document(view, segments)
    person_words: set[str] = set()
    # the names of people each word is part of
    person_keys: defaultdict[str, set[str]] = defaultdict(set)
    cued: set[str] = set()
    playing: set[str] = set()
    in_table: set[str] = set()
    personal: set[str] = set()
    by_key: defaultdict[str, list[Segment]] = defaultdict(list)
    heads: set[str] = set()
    for segment in segments:
        key = segment.key
        if (
            segment.label == "ORG"
            and segment.end - segment.first > 1
            and (segment.source == "head" or words[segment.end - 1] in gazetteer.company_forms)
        ):
            heads.add(words[segment.first])
        elif (
            sports
            and segment.label == "ORG"
            and segment.source == "team"
            and segment.end - segment.first > 1
        ):
            heads.add(words[segment.end - 1])  # "Celtics" after "the Boston Celtics"
        by_key[key].append(segment)
        if segment.label == "PERSON" and segment.end - segment.first > 1:
            person_words.update(words[segment.first : segment.end])
            for word in words[segment.first : segment.end]:
                person_keys[word].add(key)
        if segment.label == "PERSON" and segment.source in _PERSON_SOURCES:
            personal.add(key)
        known = segment.known
        if (known is None or known.kind in _TOWN_KINDS) and _company_cue(view, gazetteer, segment):
            cued.add(key)
        elif sports and (known is None or known.kind in _TOWN_KINDS) and _plays(view, segment):
            playing.add(key)
            if _table_row(view, segment) and (
                segment.end - segment.first == 1 or segment.source not in _PERSON_SOURCES
            ):
                in_table.add(key)
    for key, group in by_key.items():
        if key in personal and key not in in_table:
            continue
        company = (
            key in cued
            or key in in_table
            or _short_form(group, view, gazetteer, heads, person_words)
        )
        if not company and (business or key in playing):
            word = words[group[0].first]
            unknown = all(s.known is None for s in group)
            plays = (
                key in playing
                and not person_keys.get(word, set()) - {key}
                and (not unknown or word not in gazetteer.family_names)
            )
            company = plays or (
                business
                and unknown
                and all(s.end - s.first == 1 for s in group)
                and word not in person_words
                and word not in gazetteer.family_names
                and word not in gazetteer.given_names
                and all(s.label in (None, "PERSON") for s in group)
                and any(s.label == "PERSON" or not s.initial for s in group)
            )
        if not company:
            continue
        for segment in group:
            if segment.label == "ORG" and segment.evidence >= Evidence.CUE:
                continue
            segment.label, segment.evidence, segment.source = "ORG", Evidence.CUE, "organisation"
            segment.known = None
    _take_legal_forms(segments, view, gazetteer)
    return sports


def _take_legal_forms(segments: list[Segment], view: TokenView, gazetteer: Gazetteer) -> None:
    """Extend each organisation over a legal form written in lower case after it (``plc``)."""
    words = view.words
    if view.vocabulary and gazetteer.company_forms.isdisjoint(view.vocabulary):
        return
    for segment in segments:
        end = segment.end
        if (
            segment.label == "ORG"
            and end < segment.sentence[1]
            and words[end][:1].islower()
            and words[end] in gazetteer.company_forms
        ):
            segment.end = end + 1
