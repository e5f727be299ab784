"""Quotes set off by page layout rather than by a cue: embeds, pull quotes, transcripts.

Articles scraped from the web keep two layouts that attribute words without
a verb of saying:

* a **social-media embed** ends with a dash, the author's name and handle
  and a date: ``Trains are delayed ... pic.twitter.com/x — Millbrook
  Transit (@millbrooktransit) March 3, 2021``; the text before the dash is the quote;
* a **pull quote** is a paragraph whose last line is a bare name, with an
  optional title and no final stop: ``We'll be running again by
  noon. Dana Whitlow, Millbrook mayor``; the sentences before the
  name are the quote.
* a **transcript line** opens with a person's name, an optional title and
  a colon: ``Dana Whitlow, Millbrook mayor: We'll be running again by
  noon.``; the words after the colon are the quote.  The name must be a
  person the ``entities`` layer found (two capitalised words without
  one) that a known given name or an honorific opens or that the article
  names elsewhere, so labels (``READ MORE:``, ``Further Reading:``) make
  no quote.
* a **transcript label** is a surname in capitals and a colon opening a
  paragraph, perhaps after an opening quotation mark (``WALLACE: Let's
  start ...``, ``"PENCE: Well, look, ...``); the label is the speaker when
  the article names a person with that surname (``Chris Wallace``), or when
  it opens two paragraphs of an article where such a label speaks
  (:func:`transcript_labels`), so labels (``UPDATE:``, ``WATCH:``) make no
  quote.  In an interview whose paragraphs open with ``Q:`` and ``A:``, the
  questions are the interviewer's the introduction names (``host Daniel
  Kerr``) and the answers the guest's it names first; without a named
  interviewer the answers are the person's it says was interviewed
  (``CBC News spoke with Harrow``), and an interview that names neither
  (``We spoke to her``) makes no quotes.

Each gives a content span and a speaker mention; the kind follows from the
quotation marks inside (:mod:`~newsparse.builtin.quotes.mixed`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

from newsparse.attribution.mentions import EntityIndex, Mention
from newsparse.attribution.wordlists import FEMALE_NAMES, HONORIFICS, MALE_NAMES
from newsparse.lexicon import alternation, default_lexicon
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["LayoutQuote", "TranscriptLabels", "layout_quote", "transcript_labels"]

#: The dash, author and handle that end an embed.  It starts at the dash
#: (the link before it is found by :func:`_first_link_mark`), so that the
#: search spends constant time at each position.
_EMBED = LazyPattern(
    r"[—–-]{1,2}\s*"
    r"(?P<name>[^\s()—–\-][^()—–\n]{0,60}?)\s*\(@\w+\)"
    r"\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*)?\Z"
)
_LINK_MARKS = ("pic.twitter.com", "http://", "https://")
_NAME_TAIL = LazyPattern(
    r"(?<=[.!?”\"’])\s+(?P<name>(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)"
    r"(?:,\s+(?P<title>[^.,;:!?]{2,60}))?\s*\Z"
)
_MAX_TITLE_WORDS = 7
#: A name (and an optional title after a comma) and a colon opening a paragraph.
_NAME_COLON = re.compile(
    r"(?P<name>[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){0,3})"
    r"(?:,\s(?P<title>[^:.!?\n]{2,60}))?:[ \t]+(?=\S)"
)
#: A surname in capitals (one to three words) and a colon opening a paragraph,
#: perhaps after an opening quotation mark: ``WALLACE: ``, ``"PENCE: ``.
_CAPS_LABEL = re.compile(
    r"(?P<mark>[\"“])?(?P<name>[A-Z][A-Z’'\-]+(?:\s[A-Z][A-Z’'.\-]+){0,2}):[ \t]+(?=\S)"
)
#: ``Q:`` and ``A:`` opening the lines of an interview, perhaps after a quotation mark.
_QA_LABEL = re.compile(r"(?P<mark>[\"“])?(?P<name>[QA]):[ \t]+(?=\S)")
#: Words before a name, read back for an interviewer noun.
_WORDS_BEFORE = re.compile(r"[\w’'.-]+")
_INTERVIEWER_NOUNS = default_lexicon().words("interviewer_nouns")
#: Characters before a transcript's first line read for who was interviewed.
_INTRODUCTION_REACH = 400
#: A verb of interviewing and the name of the person interviewed after it:
#: ``spoke with Ana Ruiz``, ``interviewed d’Entremont`` (a pronoun is no name).
_INTERVIEWED = LazyPattern(
    r"\b(?:"
    + alternation(default_lexicon().words("interview_phrases"))
    + r")\s+(?P<name>(?:[a-z]{1,3}[’'])?[A-Z][\w’'\-]*"
    r"(?:\s(?:[a-z]{1,3}[’']?)?[A-Z][\w’'\-]*){0,3})"
)
_PERSON_LABELS = ("PERSON", "PER")
#: Words that make the word after them a person's surname: given names and honorifics.
_GIVEN = MALE_NAMES | FEMALE_NAMES | frozenset(h.rstrip(".") for h in HONORIFICS)
#: A clock time whose period closes its abbreviation, not a sentence: ``11:42 a.m.``
_CLOCK_TIME_END = re.compile(
    r"\d\s*(?:"
    + alternation(
        word.rstrip(".")
        for word, klass in default_lexicon().table("abbreviations")
        if klass == "time"
    )
    + r")\.\Z"
)


class LayoutQuote(NamedTuple):
    """A quote found from layout.

    :param start: first code point of the content.
    :param end: one past its last code point.
    :param speaker: the author's or speaker's name.
    """

    start: int
    end: int
    speaker: Mention


def _mention(entities: EntityIndex, start: int, end: int) -> Mention:
    ent = entities.by_start.get(start)
    if ent is not None and ent.end <= end:
        return Mention(ent.start, ent.end, "entity", ent)
    return Mention(start, end, "name")


def _last_word(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the characters other than spaces that end ``text[start:end]``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    word = end
    while word > start and not text[word - 1].isspace():
        word -= 1
    return word, end


def _first_link_mark(text: str, start: int, end: int) -> int | None:
    """Return where the first link mark of the last word of ``text[start:end]`` is, if any."""
    word, end = _last_word(text, start, end)
    found = [at for mark in _LINK_MARKS if (at := text.find(mark, word, end)) >= 0]
    return min(found) if found else None


def _link_start(text: str, start: int, end: int) -> int | None:
    """Return where the last word of ``text[start:end]`` starts when it is a link."""
    word, end = _last_word(text, start, end)
    if word == end or not any(text.find(mark, word, end) >= 0 for mark in _LINK_MARKS):
        return None
    return word


def _content_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end


def _known_person(text: str, name: str, start: int) -> bool:
    """Whether a name before a colon is a person's.

    A known given name or an honorific opens it, or the article names it
    elsewhere than before a colon.
    """
    first = name.split()[0].lower()
    if first in MALE_NAMES or first in FEMALE_NAMES or first in HONORIFICS:
        return True
    at = text.find(name)
    while at >= 0:
        if at != start and not text.startswith(":", at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _name_colon(text: str, lo: int, hi: int, entities: EntityIndex) -> LayoutQuote | None:
    """Return the quote of a paragraph that opens with a person's name and a colon."""
    found = _NAME_COLON.match(text, lo, hi)
    if found is None:
        return None
    name = found.group("name")
    title = found.group("title")
    if name.isupper() or (title is not None and len(title.split()) > _MAX_TITLE_WORDS):
        return None
    name_start, name_end = found.span("name")
    ent = entities.by_start.get(name_start)
    words = name.split()
    if ent is None and len(words) > 1 and words[0].lower() in HONORIFICS:
        # ``Dr. Ines Varga``: the entity starts after the honorific
        ent = entities.by_start.get(name_start + name.index(words[1], len(words[0])))
    if entities:
        if ent is None or ent.label not in _PERSON_LABELS or ent.end != name_end:
            return None
    elif " " not in name:
        return None
    if not _known_person(text, name, name_start):
        return None
    end = _content_end(text, found.end(), hi)
    if end - found.end() < 10:
        return None
    return LayoutQuote(found.end(), end, _mention(entities, name_start, name_end))


def _surname_named(text: str, label: str, lo: int, hi: int, entities: EntityIndex) -> bool:
    """Whether the article names a person with a label's last word outside ``text[lo:hi]``.

    The surname, written with an initial capital after another capitalised
    word (``Chris Wallace``, ``Gov. Pence``), ends a person entity, or a
    known given name or an honorific opens it; or, written first before
    another capitalised word, it opens a person entity (``Seo Jun-ho``).
    """
    surname = label.split()[-1].title()
    person = re.compile(r"\b[A-Z][\w’'.\-]*\s+" + re.escape(surname) + r"\b(?![’'\w-])")
    named = [m for m in person.finditer(text) if m.end() <= lo or m.start() >= hi]
    people = {ent.end for ent in entities.by_start.values() if ent.label in _PERSON_LABELS}
    if any(m.end() in people or m.group().split()[0].lower().rstrip(".") in _GIVEN for m in named):
        return True
    # a family name written first (``Seo Jun-ho`` ... ``SEO:``) opens a person entity
    first = re.compile(r"\b" + re.escape(surname) + r"\s+[A-Z][\w’'.\-]*")
    starts = {
        ent.start
        for ent in entities.by_start.values()
        if ent.label in _PERSON_LABELS and ent.end - ent.start > len(surname)
    }
    return any(
        m.start() in starts for m in first.finditer(text) if m.end() <= lo or m.start() >= hi
    )


class TranscriptLabels(NamedTuple):
    """The labels that open a document's transcript lines and whom they name.

    :param capitals: surnames in capitals that label speakers (``WALLACE``).
    :param interview: the interviewer's and the guest's mentions in the
        introduction, under the labels ``Q`` and ``A``.
    """

    capitals: frozenset[str] = frozenset()
    interview: Mapping[str, Mention] = MappingProxyType({})


def transcript_labels(
    text: str, paragraphs: Sequence[tuple[int, int]], entities: EntityIndex
) -> TranscriptLabels:
    """Return the labels that open transcript lines of a document.

    A label in capitals whose surname the article gives a person is a
    speaker's (``WALLACE:`` after ``Chris Wallace``); in a document with such
    a label, so is any other label that opens two paragraphs or more
    (``PENCE:`` when the article never writes his name).  A label that
    names nobody in a document without one (``UPDATE:``, ``WATCH:``) is
    none.  ``Q:`` and ``A:`` in a document with both are the interviewer's
    and the guest's (:func:`_interview`).

    :param text: the document text.
    :param paragraphs: the paragraphs' spans.
    :param entities: the document's speaker entities.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for lo, hi in paragraphs:
        label = _CAPS_LABEL.match(text, lo, hi) or _QA_LABEL.match(text, lo, hi)
        if label is not None:
            found.setdefault(label.group("name"), []).append((lo, hi))
    interview = _interview(text, found, entities)
    named = {
        label
        for label, spans in found.items()
        if label not in ("Q", "A")
        and any(_surname_named(text, label, lo, hi, entities) for lo, hi in spans[:1])
    }
    capitals: set[str] = set()
    if named:
        capitals = named | {
            label for label, spans in found.items() if len(spans) > 1 and label not in ("Q", "A")
        }
    return TranscriptLabels(frozenset(capitals), MappingProxyType(interview))


def _interview(
    text: str, found: Mapping[str, Sequence[tuple[int, int]]], entities: EntityIndex
) -> dict[str, Mention]:
    """Return who asks (``Q``) and who answers (``A``) in a transcript of questions and answers.

    Both labels must open paragraphs.  In the introduction before the first
    of them, a person named right after an interviewer noun (``host Daniel
    Kerr``; the lexicon's ``interviewer_nouns``) asks, and the first other
    person named answers.  Without an interviewer, the person named after a
    verb of interviewing answers (:func:`_interviewed`) and the questions are
    no one's; without either (``We spoke to her``) the lines are no quotes.
    """
    if not found.get("Q") or not found.get("A"):
        return {}
    first = min(found["Q"][0][0], found["A"][0][0])
    people = sorted(
        (ent for ent in entities.by_start.values() if ent.label in _PERSON_LABELS),
        key=lambda ent: ent.start,
    )
    people = [ent for ent in people if ent.end <= first]
    asker = next(
        (ent for ent in people if _after_interviewer_noun(text, ent.start)),
        None,
    )
    guest = next((ent for ent in people if asker is None or ent.name != asker.name), None)
    if asker is None:
        # ``CBC News spoke with Ana Ruiz``: the questions are the publication's,
        # the answers are the person's the introduction says it interviewed
        interviewed = _interviewed(text, first, entities)
        return {} if interviewed is None else {"A": interviewed}
    if guest is None:
        # ``We spoke to her``: the publication's own questions, an edited
        # interview whose lines are no one's quotes
        return {}
    return {
        "Q": Mention(asker.start, asker.end, "entity", asker),
        "A": Mention(guest.start, guest.end, "entity", guest),
    }


def _interviewed(text: str, first: int, entities: EntityIndex) -> Mention | None:
    """Return the person the introduction before *first* says was interviewed, by name.

    The last verb of interviewing before the transcript (the lexicon's
    ``interview_phrases``) with a name after it: the person entity there, or
    the name as written; a name the entities give to no person (``spoke to
    CBC News``) is none.
    """
    found = max(
        _INTERVIEWED.finditer(text, max(0, first - _INTRODUCTION_REACH), first),
        key=lambda match: match.start(),
        default=None,
    )
    if found is None:
        return None
    start, end = found.span("name")
    there = entities.by_start.get(start)
    if there is not None and there.label not in _PERSON_LABELS:
        return None  # ``Ruiz spoke to CBC News``: the interviewer, not the guest
    if there is None:
        # ``spoke with Harrow``: the name as written, which the article's names
        # resolve to the person's full name
        return Mention(start, end, "name")
    return Mention(start, end, "entity", there)


def _after_interviewer_noun(text: str, start: int) -> bool:
    """Whether an interviewer noun stands right before a name (``host Daniel Kerr``)."""
    before = _WORDS_BEFORE.findall(text, max(0, start - 30), start)[-2:]
    return any(word.lower() in _INTERVIEWER_NOUNS for word in before)


def _caps_label(text: str, lo: int, hi: int, labels: TranscriptLabels) -> LayoutQuote | None:
    """Return the quote of a transcript paragraph that opens with a speaker's label."""
    found = _CAPS_LABEL.match(text, lo, hi)
    if found is not None and found.group("name") in labels.capitals:
        name_start, name_end = found.span("name")
        speaker = Mention(name_start, name_end, "name")
    else:
        found = _QA_LABEL.match(text, lo, hi)
        if found is None or found.group("name") not in labels.interview:
            return None
        speaker = labels.interview[found.group("name")]
    end = _content_end(text, found.end(), hi)
    if end - found.end() < 10:
        return None
    return LayoutQuote(found.end(), end, speaker)


def layout_quote(
    text: str, lo: int, hi: int, entities: EntityIndex, labels: TranscriptLabels | None = None
) -> LayoutQuote | None:
    """Return the embed, pull quote or transcript line a paragraph makes, if it makes one.

    :param text: the document text.
    :param lo: start of the paragraph.
    :param hi: end of the paragraph.
    :param entities: the document's speaker entities.
    :param labels: the document's transcript labels (:func:`transcript_labels`).
    """
    spoken = _name_colon(text, lo, hi, entities) or (
        _caps_label(text, lo, hi, labels) if labels is not None else None
    )
    if spoken is not None:
        return spoken
    if hi - lo < 20 or text[hi - 1] in '.!?"”’':
        return None
    embed = _EMBED.search(text, lo, hi)
    if embed is not None and embed.start() > lo:
        end = embed.start()
        mark = _first_link_mark(text, lo, end)
        if mark is not None:
            end = mark
        link = _link_start(text, lo, end)
        if link is not None:
            end = link
        end = _content_end(text, lo, end)
        if end - lo >= 10:
            name_start, name_end = embed.span("name")
            return LayoutQuote(lo, end, _mention(entities, name_start, name_end))
    tail = _NAME_TAIL.search(text, lo, hi)
    if tail is None or tail.start() <= lo:
        return None
    if _CLOCK_TIME_END.search(text, lo, tail.start()) is not None:
        # ``Updated 11:42 a.m. ET``: a time stamp and its zone, no quotation and its author
        return None
    title = tail.group("title")
    if title is not None and len(title.split()) > _MAX_TITLE_WORDS:
        return None
    name_start, name_end = tail.span("name")
    if " " not in tail.group("name") and entities.by_start.get(name_start) is None:
        return None
    ent = entities.by_start.get(name_start)
    if entities and (ent is None or ent.label not in ("PERSON", "PER", "ORG")):
        return None
    end = _content_end(text, lo, tail.start())
    if end - lo < 10:
        return None
    return LayoutQuote(lo, end, _mention(entities, name_start, name_end))
