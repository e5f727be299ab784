"""Institutions, documents and their authors as speakers.

A description headed by an institution noun (``the railway``, ``the
agency``, ``Police``) names the institution the article linked to the noun
or that spoke last and fits it, other than one its own sentence names after
it.  A document speaks for its author: the
author written after ``by`` or ``from`` (``a statement released by the
office``), the institution its description names (``the Civic Action
study``), its owner (``the union's release``), the referent of a possessive
(``its report``), or the author the article last gave a document of that
kind (``A study by the Fraser Institute ...`` then ``the report said``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from newsparse.attribution.names import name_head, strip_titles
from newsparse.attribution.wordlists import (
    BUSINESS_NOUNS,
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    PARTICIPLES_IN_N,
    words_of,
)
from newsparse.builtin.quotes.context import SpeakerContext
from newsparse.builtin.quotes.speaker_words import (
    ARTICLES,
    DEFINITE,
    DESCRIPTION_LOOKBACK,
    LOOKBACK,
    POSSESSIVE_PRONOUNS,
    agent_phrase,
    listed_person_noun,
    people_possessor,
    without_possessive,
)

__all__ = ["GOVERNING_NOUNS", "Describe", "Institutions"]

#: Resolves a description at a position to a name and a category.
Describe = Callable[[str, int], tuple[str, str]]

#: Nouns of the body that governs an institution: ``the library board`` and
#: ``the theatre's board`` are no library and no theatre.
GOVERNING_NOUNS = words_of("board trustees governors")
#: A capitalised modifier and lower-case words before a noun, then the name it
#: introduces: ``Prairie software firm Fieldnote``, ``Toronto-based lender Vantor``.
_NAME_AFTER_NOUN = re.compile(r"[A-Z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?\s+([a-z]+)\s+(?=[A-Z])")
#: A lower-case institution noun, then the capitalised name it introduces, ending a
#: phrase: ``market intelligence firm DealScope``.
_NAME_AFTER_INSTITUTION_NOUN = re.compile(
    r"(?:^|\s)([a-z]+)\s+([A-Z][\w’'&.\-]*(?:\s+(?:&\s+)?[A-Z][\w’'&.\-]*)*)$"
)
#: A participle phrase set off after a document, its agent after ``by``:
#: ``, prepared for the board by Meagher & Boudreau Engineering,``.
_APPOSED_AGENT = re.compile(
    r",\s+([a-z]+)\b[^,.;:!?“”\"]{0,80}?\bby\s+((?:the\s+)?[A-Z][^,.;:!?“”\"]{0,80}?)\s*[,—–]"
)
#: What opens a sentence before its subject: spaces, a dateline (``MONTREAL — ``,
#: ``WATERLOO, Ont. — ``) and ``The``.
_SENTENCE_OPENING = re.compile(r"\s*(?:[A-Z]{2}[^\n—–]{0,38}?\s[—–]\s+)?(?:The\s+)?")
#: Capitalised words that open no institution's name in a document's description.
_MONTHS_AND_DAYS = words_of(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    """
)
#: Institution nouns that fit an institution whose name ends otherwise (``the agency``,
#: ``the newspaper`` after ``The Harbour Ledger``).
_GENERIC_INSTITUTIONS = (
    words_of(
        """
        agency department ministry company firm utility organization organisation corporation
        authority regulator watchdog newspaper
        """
    )
    | BUSINESS_NOUNS
)


class Institutions:
    """Resolves institution nouns and documents to the institution or author that speaks.

    Resolving a document's author may need a description resolved (``a
    statement from the union``): the methods that do take *describe*, the
    resolver of descriptions, which in turn asks this class about
    institutions and documents.

    :param context: the document that speaker resolution reads.
    """

    def __init__(self, context: SpeakerContext) -> None:
        self._context = context
        #: The author last given a document of each kind: position, name and category.
        self._authors: dict[str, tuple[int, str, str]] = {}

    def institution(
        self, text: str, words: Sequence[str], head: str, mods: frozenset[str], pos: int
    ) -> tuple[str, str]:
        """Return the institution a description with an institution noun for its head names.

        A definite one (``the railway``, ``the agency``) takes the institution
        the article linked to the noun or that spoke last and fits it, or, set
        off at the end of a sentence, the institution opening it, but never
        one its own sentence names after it (``The firm has called on
        Brightpath``): then the institution the sentence before introduced; a bare
        capitalised noun (``Police said``) the institution the article named
        with that word; otherwise the description is the name.
        """
        definite = words[0] in DEFINITE
        if definite:
            field = self._named_field(words, head, pos)
            # ``The firm has called on Brightpath``: no institution its own sentence
            # names after it is what the description names
            antecedents = self._context.antecedents
            others = (
                self._context.names.institutions_between(
                    pos + len(text), antecedents.sentence_around(pos)[1]
                )
                if antecedents.sentence_ends
                else []
            )
            found = next(
                (
                    name
                    for name in self._institutions_for(words, head, mods, pos)
                    if name is not None
                    and (field is None or self._serves(name, field, pos))
                    and not _among(name, others)
                ),
                None,
            )
            if found is None and others:
                found = self._introduced_before(head, pos, others)
            owners = people_possessor(text)
            if found is not None and owners is not None and owners not in found.lower():
                # ``The pilots' union`` after ``Kestrel Air``: the union of the
                # pilots, not an institution whose name does not name them
                found = None
            if found is not None:
                full = self._context.names.full_name(found, pos)
                if full.isupper() or " " in full:
                    # ``CWU`` after ``CWU Local 217``: an acronym's fuller name;
                    # ``Kestrel Ridge`` after ``Kestrel Ridge Holdings``: a company's
                    # name without its last word
                    full = self._context.names.organisation(full, pos)
                return full, "org"
            if len(words) == 2:
                written = self._written_with_name(head, pos)
                if written is not None:
                    return written, "org"
        elif len(words) == 1 and text[:1].isupper():
            # ``Police said`` after ``Surrey Police Service``: a bare capitalised
            # institution noun is the institution the article named with that word
            holder = self._context.names.institution_naming(text, pos)
            if holder is not None:
                return holder, "org"
        return text, "org"

    def _institutions_for(
        self, words: Sequence[str], head: str, mods: frozenset[str], pos: int
    ) -> Iterator[str | None]:
        """Yield the institutions a definite description may name, the likeliest first."""
        names = self._context.names
        yield names.role_holder(head, mods, pos, person=False)
        yield names.institution_named(head, pos)
        if len(words) == 2 and head not in GOVERNING_NOUNS:
            # ``the company`` set off after the content: the sentence's subject
            yield self._sentence_subject(head, pos)
        yield self._org_speaker(head, pos, mods)
        if mods and head not in GOVERNING_NOUNS:
            # ``the health unit`` after ``Harrow County Public Health``, before any
            # institution named since
            yield names.institution_of_field(words[-2], pos, head)
        yield names.institution(head, pos)

    def _introduced_before(self, head: str, pos: int, others: Sequence[str]) -> str | None:
        """Return the last institution of the head's kind named since the sentence before.

        ``The cuts follow pressure from activist investor Halverson Road
        Partners, which disclosed a 7% stake. The firm has called on
        Brightpath ...``: the description's own sentence names Brightpath, so
        the firm is the institution the sentence before introduced.
        """
        antecedents = self._context.antecedents
        start, _ = antecedents.sentence_around(pos)
        before, _ = antecedents.sentence_around(max(0, start - 1))
        for name in reversed(self._context.names.institutions_between(before, pos)):
            if not _among(name, others) and self._context.names.kinds_agree(head, name):
                return name
        return None

    def _named_field(self, words: Sequence[str], head: str, pos: int) -> str | None:
        """Return the modifier of a generic institution noun that the article wrote in a name.

        ``St. John's International Airport`` ... ``The airport authority said``:
        a noun before ``authority``, ``agency`` or another generic institution
        noun that the article wrote capitalised in a name tells what the
        institution governs or serves; only an institution whose name holds
        the word is it (not a utility that spoke last), and with none the
        description is its own name.  An adjective (``the federal agency``)
        is written in no name and restricts nothing.
        """
        if len(words) < 3 or head not in _GENERIC_INSTITUTIONS:
            return None
        field = words[-2]
        if not field.isalpha() or not field.islower() or field in ORG_NOUNS:
            return None
        word = re.escape(field.capitalize())
        written = re.compile(rf"\b[A-Z][\w’'.\-]*\s+{word}\b|\b{word}\s+(?:of\s+)?[A-Z]")
        lo = max(0, pos - DESCRIPTION_LOOKBACK)
        return field if written.search(self._context.text, lo, pos) is not None else None

    def _serves(self, name: str, field: str, pos: int) -> bool:
        """Whether an institution's name holds a description's field (:meth:`_named_field`).

        A name the field heads is the institution only when the recogniser
        gave it a speaker's label, an institution's or (mistaken) a person's
        (``Brennock Transit`` for ``the transit agency``), not a place's or
        facility's (``Harbourview International Airport`` for ``the airport
        authority``: the body that runs it, which the article does not name).
        """
        words = name.lower().split()
        if field not in words:
            return False
        names = self._context.names
        return (
            words[-1] != field
            or names.is_person(name)
            or name in names.institutions_between(0, pos)
        )

    def _written_with_name(self, head: str, pos: int) -> str | None:
        """Return the fuller description an institution noun was written with before, if any.

        ``a letter from the board of Elmwood Court Condominiums`` ... ``the
        board wrote``: nothing named the board itself, but the article wrote
        it with the name of what it governs, and that description is its name.
        """
        start = max(0, pos - DESCRIPTION_LOOKBACK)
        pattern = re.compile(
            rf"\b[Tt]he\s+{re.escape(head)}\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
        )
        found = None
        for match in pattern.finditer(self._context.text, start, pos):
            found = match.group()
        if found is None:
            return None
        return "the" + found[3:]

    def _sentence_subject(self, head: str, pos: int) -> str | None:
        """Return the institution opening the sentence a trailing description speaks.

        ``Ludique Nord, the studio behind the hit game Frostline, is laying off
        180 employees, the company confirmed``: a description set off after
        the content at the end of its sentence speaks for the sentence's
        subject, an institution of its kind, not for one named inside the
        subject's apposition.
        """
        if not self._context.text[:pos].rstrip().endswith(","):
            return None
        start, _ = self._context.antecedents.sentence_around(pos)
        opening = _SENTENCE_OPENING.match(self._context.text, start)
        first = opening.end() if opening is not None else start
        if first >= pos:
            return None
        introduced = _NAME_AFTER_NOUN.match(self._context.text, first)
        named = introduced is not None and introduced.group(1).lower() in ORG_NOUNS
        if introduced is not None and named:
            # ``Prairie software firm Fieldnote Analytics``: the words before the
            # institution noun modify it, and the name after it is the subject
            first = introduced.end()
        found = self._context.names.entity_before(
            pos, person=False, lookback=pos - first, accept=lambda at, _name: at == first
        )
        if found is None and named:
            # a name written after an institution noun is an institution's, whatever
            # a recogniser took it for
            found = self._context.names.entity_before(
                pos, person=True, lookback=pos - first, accept=lambda at, _name: at == first
            )
        if found is None or not self._context.names.kinds_agree(head, found[1]):
            return None
        return found[1]

    def note_author(self, noun: str, pos: int, name: str, category: str) -> None:
        """Record that the speaker *name* spoke through a document (``said in a statement``)."""
        self._authors[noun] = (pos, name, category)

    def passive_author(
        self, text: str, words: list[str], pos: int, describe: Describe
    ) -> tuple[str, str] | None:
        """Return the author of ``a statement released by the office`` (the agent of ``by``).

        Only for a document noun followed, after a participle, by ``by``: the
        author is who speaks through the document.
        """
        phrase = agent_phrase(text, words)
        if phrase is None:
            return None
        author = self.author(phrase, pos, describe)
        if author is not None:
            document = next(w for w in words if w in DOCUMENT_NOUNS)
            self._authors[document] = (pos, author[0], author[1])
        return author

    def document(
        self, text: str, words: list[str], pos: int, describe: Describe
    ) -> tuple[str, str]:
        """Name a document's author when the article tells it, else the document."""
        inner = self._name_inside(text, pos)
        if inner is not None:
            return inner, self._context.antecedents.known_category(inner, "org")
        owner = _owner(text)
        if owner is not None:
            name, category = describe(owner, pos)
            if name != owner:
                return name, category
        first = words[0]
        if first in POSSESSIVE_PRONOUNS:
            found = self._context.antecedents.latest(POSSESSIVE_PRONOUNS[first], pos)
            if found is not None:
                return found.name, found.category
        apposed = self._apposed_author(text, pos, describe)
        if apposed is not None:
            self._authors[words[-1]] = (pos, apposed[0], apposed[1])
            return apposed
        if first in DEFINITE:
            author = self._authors.get(words[-1])
            written = self._context.names.document_author(pos, words[-1])
            if written is not None and (author is None or written[0] > author[0]):
                # ``A study by the Fraser Institute found ...`` ... ``the report said``:
                # the document last introduced with its author
                name = self._context.names.full_name(strip_titles(written[1]), pos)
                return name, self._context.antecedents.known_category(name, "org")
            if author is not None and pos - author[0] <= LOOKBACK:
                return author[1], author[2]
        return text, "document"

    def _apposed_author(self, text: str, pos: int, describe: Describe) -> tuple[str, str] | None:
        """Return the author a participle phrase set off after a document names (``by``).

        ``The report, prepared for the board by Meagher & Boudreau Engineering,
        describes ...``: the agent of the participle that the commas set off
        after the document wrote it, and speaks through it.
        """
        if not self._context.text.startswith(text, pos):
            return None
        found = _APPOSED_AGENT.match(self._context.text, pos + len(text))
        if found is None or not _participle(found.group(1)):
            return None
        return self.author(found.group(2), pos, describe)

    def author(self, phrase: str, pos: int, describe: Describe) -> tuple[str, str] | None:
        """Return the name and category of a document's author, written after ``from``/``by``."""
        words = phrase.split()
        if not words:
            return None
        if words[0][:1].isupper() or (len(words) > 1 and words[0].lower() == "the"):
            bare = strip_titles(phrase)
            if words[-1].lower() in ORG_NOUNS and len(words) > 1:
                # ``the Prime Minister's Office``: a title inside an institution's name stays
                bare = " ".join(words[1:] if words[0].lower() == "the" else words)
            if bare[:1].isupper():
                name = self._context.names.full_name(bare, pos)
                return name, self._context.antecedents.known_category(name, "org")
        named = _NAME_AFTER_INSTITUTION_NOUN.search(phrase)
        if named is not None and named.group(1).lower() in ORG_NOUNS:
            # ``data from market intelligence firm DealScope``: the name set after an
            # institution noun, which with the words before it describes the author
            name = self._context.names.full_name(named.group(2), pos)
            return name, self._context.antecedents.known_category(name, "org")
        name, category = describe(phrase, pos)
        return (name, category) if category != "unknown" else None

    def _name_inside(self, text: str, pos: int) -> str | None:
        """Return the institution a document description names (``the Civic Action study``)."""
        words = text.split()
        run: list[str] = []
        for index, word in enumerate(words[:-1]):
            bare = without_possessive(word)
            capital = bare[:1].isupper() and bare.lower() not in _MONTHS_AND_DAYS
            if capital and not (index == 0 and bare.lower() in ARTICLES):
                run.append(bare)
                if bare != word:
                    break
            elif run:
                break
        if not run:
            return None
        return self._context.names.full_name(" ".join(run), pos)

    def _org_speaker(self, head: str, pos: int, mods: frozenset[str] = frozenset()) -> str | None:
        """Return the most recent institution that spoke and fits *head*.

        Its name must end with the head noun (``the railway``), unless the
        noun is generic (``the agency``, ``the utility``) or names a kind of
        business (``the lender`` after ``Vantor Bank``).  A generic noun with
        words before it (``the agriculture ministry``, ``the social welfare
        department``) takes only an institution whose name holds one of them
        (``Ministry of Agriculture``), not any other that spoke.  A name of no known
        kind that the article has shown to be a person's (a ``he`` or ``she``
        referred to it) is none.
        """
        generic = head in _GENERIC_INSTITUTIONS
        for item in reversed(self._context.antecedents.history):
            if item.pos >= pos:
                continue
            if pos - item.pos > LOOKBACK:
                if self._context.antecedents.in_order:
                    break  # every earlier item is further away still
                continue
            if (
                item.category not in ("org", "unknown")
                or item.name.lower().startswith(("the ", "a "))
                or self._context.names.bare_noun(item.name)
                or (" " not in item.name and listed_person_noun(item.name.lower()))
                or (item.category == "unknown" and self._context.names.tells_where(item.pos))
                or (item.category == "unknown" and self._context.names.sex(item.name) is not None)
            ):
                # ``Economist Priya Venkat ...``: a person noun opening a sentence
                # is no institution's name; nor is a name the article has called
                # ``he`` or ``she`` (``Dominique Perret ... he said``)
                continue
            if name_head(item.name) == head:
                return item.name
            if (
                generic
                and self._context.names.kinds_agree(head, item.name)
                and (not mods or any(mod in item.name.lower().split() for mod in mods))
            ):
                return item.name
        return None


def _participle(word: str) -> bool:
    """Whether a lower-case word may be a past participle (``prepared``, ``written``)."""
    return (len(word) > 4 and word.isalpha() and word.endswith("ed")) or word in PARTICIPLES_IN_N


def _among(name: str, others: Sequence[str]) -> bool:
    """Whether an institution's name is one of *others*, or their fuller name (``Brightpath``)."""
    return any(name == other or name.startswith(other + " ") for other in others)


def _owner(text: str) -> str | None:
    """Return the definite description owning a document (``the union's`` release).

    ``the union's Friday release`` -> ``the union``: the owner is who speaks.
    """
    words = text.split()
    if len(words) < 3 or words[0].lower() not in DEFINITE:
        return None
    for index, word in enumerate(words[1:-1], start=1):
        bare = without_possessive(word)
        if bare != word:
            return " ".join([*words[:index], bare]) if bare.islower() else None
    return None
