"""The word lists of the model-free recogniser, built from the shared lexicon.

Every list lives in :mod:`newsparse.lexicon` (see :doc:`/lexicon` for the
format of each).  :func:`load_gazetteer` builds the lookups once per
lexicon; a :class:`Gazetteer` is immutable and is shared by everything one
recogniser does.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Iterator, KeysView, Mapping, Sequence
from itertools import compress, repeat
from types import MappingProxyType

import attrs

from newsparse.attribution.wordlists import given_name_sex
from newsparse.lexicon import Lexicon, LexiconError, default_lexicon

__all__ = [
    "Gazetteer",
    "Known",
    "KnownNames",
    "first_word",
    "load_gazetteer",
    "surface_key",
    "tokens_key",
]

#: Characters removed or unified when a surface form becomes a lookup key.
_KEY_SPACE = re.compile(r"\s+")
_KEY_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2011": "-"})

#: Characters that make a name's lookup key more than the name without spaces.
_UNPLAIN = frozenset("'\u2019\u2018,\u2013\u2011\t\n")


#: The beginnings of a name that are dropped from some of its keys.
_THE = frozenset({"the ", "The "})


def _plain(name: str) -> bool:
    """Whether the key of *name* is *name* without spaces (no apostrophe, comma, ``the``)."""
    return _UNPLAIN.isdisjoint(name) and not name.startswith(("the ", "The "))


#: Demonyms whose plural is the same word ("the Chinese", "the Swiss", "the Dutch").
_INVARIANT_PLURAL_ENDINGS = ("ese", "sh", "ss", "French", "Dutch")


#: The first word of a name as a tokenizer cuts it: before a space, a comma or a possessive.
_FIRST_WORD = re.compile(r"[^\s,]+?(?=['\u2019]s(?:\s|$)|[\s,]|$)")


def first_word(surface: str) -> str:
    """Return the first word of *surface*, apostrophes unified (``People`` of ``People's Daily``).

    :param surface: the text of a name.
    """
    match = _FIRST_WORD.match(surface.translate(_KEY_QUOTES))
    return match.group() if match else ""


def surface_key(surface: str) -> str:
    """Return the lookup key of a surface form: no whitespace, straight apostrophes.

    Keys do not depend on how a tokenizer split the name: ``"People's Republic"``
    and ``"People 's Republic"`` have the same key.

    :param surface: the text of a name.
    :return: the key.
    """
    return _KEY_SPACE.sub("", surface.translate(_KEY_QUOTES))


def tokens_key(words: Sequence[str]) -> str:
    """Return the lookup key of a name given as tokens (which hold no whitespace).

    :param words: the tokens of the name.
    :return: the same key as :func:`surface_key` of the name's text.
    """
    return "".join(words).translate(_KEY_QUOTES)


@attrs.frozen(slots=True)
class Known:
    """What the gazetteer knows about one name.

    :param name: canonical name (``"United States"`` for ``"U.S."``).
    :param label: OntoNotes label.
    :param country: the country a place or nationality belongs to.
    :param kind: which list the name comes from: ``country``, ``capital``,
        ``subdivision``, ``city``, ``region``, ``organisation``, ``event``,
        ``nationality`` or ``group``.
    """

    name: str
    label: str
    country: str | None = None
    kind: str = ""

    @property
    def capital(self) -> bool:
        """Whether the name is a national capital."""
        return self.kind == "capital"


#: The fields of a reference place's :class:`Known`, kept until it is first looked up.
_PlaceRow = tuple[str, str, str | None, str]


class KnownNames(Mapping[str, Known]):
    """Known names by lookup key; a reference place's record is made when first read.

    The thousands of reference places are kept as their fields; reading a
    key (:meth:`get`, ``[]``, :meth:`values`, ...) makes its :class:`Known`
    once and keeps it, so that a key always gives the same record.  Keys
    come in the order they were added, as in a :class:`dict`.

    :param entries: a record, or a reference place's fields, by key.
    """

    __slots__ = ("_entries",)

    def __init__(self, entries: dict[str, Known | _PlaceRow]) -> None:
        self._entries = entries

    def get(self, key: str, default: Known | None = None) -> Known | None:  # type: ignore[override]
        """Return the record of *key*, or *default*."""
        found = self._entries.get(key)
        if found is None:
            return default
        if type(found) is tuple:
            found = self._entries[key] = Known(*found)
        return found  # type: ignore[return-value]

    def __getitem__(self, key: str) -> Known:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def keys(self) -> KeysView[str]:
        """Return the keys, in the order they were added."""
        return self._entries.keys()


@attrs.frozen(slots=True)
class Gazetteer:
    """All the lists, as immutable lookups.

    :param names: known names by :func:`surface_key`.
    :param name_starts: the first word of every known name (``People`` of
        ``People's Daily``), to skip lookups that cannot succeed.
    :param max_name_tokens: the longest known name, in whitespace-separated words.
    :param titles: keys of titles and honorifics (``"PrimeMinister"``).
    :param title_starts: the first word of every title.
    :param max_title_tokens: the longest title, in whitespace-separated words.
    :param roles: lower-case role nouns (``"leader"``).
    :param affiliation_cues: lower-case word tuples that precede an organisation.
    :param given_names: common given names (the lexicon's and the census reference list).
    :param family_names: frequent family names (census reference list), evidence
        that a capitalised word is part of a person's name.
    :param surnames_first: family names of languages that write them first.
    :param common_words: lower-case words that never start a name on their own.
    :param adjectives: lower-case words that are only adjectives (``furious``): at a
        sentence's start before a given name, no part of the name.
    :param heads: head nouns and their label (``"University"`` -> ``ORG``).
    :param prefixes: name-initial words and their label (``"Mount"`` -> ``LOC``).
    :param company_forms: legal forms written after a company's name (``Inc``, ``AB``).
    :param company_heads: head words of companies (``Group``, ``Mining``), which end
        a name before ``of`` and a place.
    :param name_like_forms: legal forms written like a name, not in capitals and
        no head word of their own (``Teo``, ``Tov``): after a given name they are
        a family name.
    :param of_heads: nouns that head an organisation's name only before ``of``
        (``Chamber of Commerce``, ``Knights of Columbus``), and its label.
    :param openers: lower-case interjections and coordinators, which open a
        sentence or a line of speech but never a name (``Hey Ginny``, ``Or Ana``).
    :param past_tenses: regular past tenses of verbs (``died``, ``resigned``).
    :param person_verbs: finite forms of verbs only a person is the subject of
        (``thought``, ``smiled``).
    :param experiencer_verbs: finite forms of verbs of feeling whose object is a
        person (``overwhelmed``, ``frightened``).
    :param kin_nouns: family nouns, singular and plural (``parents``, ``sister``).
    :param body_nouns: nouns of the parts of the body, singular and plural (``face``, ``hands``).
    """

    names: Mapping[str, Known]
    name_starts: frozenset[str]
    max_name_tokens: int
    titles: frozenset[str]
    title_starts: frozenset[str]
    max_title_tokens: int
    roles: frozenset[str]
    affiliation_cues: frozenset[tuple[str, ...]]
    given_names: frozenset[str]
    family_names: frozenset[str]
    surnames_first: frozenset[str]
    common_words: frozenset[str]
    heads: Mapping[str, str]
    prefixes: Mapping[str, str]
    company_forms: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    company_heads: frozenset[str] = frozenset()
    name_like_forms: frozenset[str] = frozenset()
    of_heads: Mapping[str, str] = attrs.field(factory=dict)
    openers: frozenset[str] = frozenset()
    past_tenses: frozenset[str] = frozenset()
    person_verbs: frozenset[str] = frozenset()
    experiencer_verbs: frozenset[str] = frozenset()
    kin_nouns: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()

    def is_given_name(self, word: str) -> bool:
        """Return whether *word* is a given name, in the widest lists the lexicon has.

        A name of :attr:`given_names`, or one the lexicon's tables of given
        names by sex know (``given_name_sexes``, and ``given_names_ssa``, read
        on first use): ``Sydney``, ``Dallas``.  The wider tables hold names
        too rare or too often words to start a person's name by themselves;
        they serve where a family name follows.

        :param word: a capitalised word.
        """
        return word in self.given_names or given_name_sex(word) is not None

    def lookup(self, surface: str) -> Known | None:
        """Return what is known about *surface*, or ``None``.

        :param surface: the text of a candidate name, as written.
        """
        return self.names.get(surface_key(surface))


def _values(column: str) -> list[str]:
    return [v.strip() for v in column.split(";") if v.strip()]


def _plural(word: str) -> str | None:
    if word.endswith(_INVARIANT_PLURAL_ENDINGS):
        return None
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y"):
        return word[:-1] + "ies"
    return word + "s"


def _without_the(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) else name


class _Builder:
    """Collects names; the first list that names a key wins."""

    def __init__(self) -> None:
        self.names: dict[str, Known | _PlaceRow] = {}
        self.starts: set[str] = set()
        self.max_tokens = 1

    def add(self, surfaces: Iterable[str], known: Known) -> None:
        """Add each surface, and the surface without a leading ``the``.

        A form whose only spaces are single spaces between words and that
        has no apostrophe, comma or dash has the key and first word
        :func:`surface_key` and :func:`first_word` give, made without them.
        """
        names, starts = self.names, self.starts
        for surface in surfaces:
            for form in {surface, _without_the(surface)}:
                words = form.split()
                if _UNPLAIN.isdisjoint(form) and " ".join(words) == form:
                    names.setdefault(form.replace(" ", ""), known)
                    starts.add(form.partition(" ")[0])
                else:
                    names.setdefault(surface_key(form), known)
                    starts.add(first_word(form))
                if len(words) > self.max_tokens:
                    self.max_tokens = len(words)

    def add_plain(self, surfaces: Iterable[str], known: Known | _PlaceRow) -> None:
        """Add names without apostrophes, commas, dashes or a leading ``the``.

        The reference lists hold such names: their key is the name without
        spaces, which is cheap to make for thousands of them.

        :param surfaces: the names.
        :param known: their record, or a reference place's fields.
        """
        names, starts = self.names, self.starts
        for surface in surfaces:
            names.setdefault(surface.replace(" ", ""), known)
            first, _, rest = surface.partition(" ")
            starts.add(first)
            if rest:
                self.max_tokens = max(self.max_tokens, surface.count(" ") + 1)

    def add_places(self, rows: Iterable[tuple[str, ...]]) -> None:
        """Add the rows of ``reference_places``: ``name, kind, country, aliases``.

        Each row is added, in order, as :meth:`add_plain` adds it when all
        its forms are plain, else as :meth:`add` does.  A row of plain forms
        keeps its fields for :class:`KnownNames` to make its :class:`Known`
        when a key of it is first looked up.  Most of the thousands of rows
        are one name of letters and spaces: such a row is kept only when its
        key is new, and their first words and lengths are taken in bulk.
        """
        names = self.names
        simple: list[str] = []
        keep = simple.append
        for name, kind, country, aliases in rows:
            key = name.replace(" ", "")
            if not aliases and key.isalpha() and name[:4] not in _THE:
                keep(name)
                if key not in names:
                    names[key] = (name, "GPE", country or None, kind)
                continue
            forms = [name, *_values(aliases)] if aliases else [name]
            if all(map(_plain, forms)):
                self.add_plain(forms, (name, "GPE", country or None, kind))
            else:
                self.add(forms, Known(name, "GPE", country or None, kind))
        parts = list(map(operator.methodcaller("partition", " "), simple))
        self.starts.update(map(operator.itemgetter(0), parts))
        spaced = compress(simple, map(operator.itemgetter(2), parts))
        spaces = max(map(str.count, spaced, repeat(" ")), default=0)
        if spaces:
            self.max_tokens = max(self.max_tokens, spaces + 1)

    def add_demonyms(self, forms: list[str], known: Known) -> None:
        plurals = [p for p in (_plural(f) for f in forms) if p is not None]
        self.add([*forms, *plurals], known)


def _build_names(lexicon: Lexicon) -> _Builder:
    builder = _Builder()
    countries = lexicon.table("countries")
    for name, aliases, _demonyms, _capital in countries:
        builder.add([name, *_values(aliases)], Known(name, "GPE", name, "country"))
    for name, _aliases, _demonyms, capital in countries:
        capitals = _values(capital)
        if capitals:
            known = Known(_without_the(capitals[0]), "GPE", name, "capital")
            builder.add(capitals, known)
    for name, country, aliases in lexicon.table("subdivisions"):
        builder.add([name, *_values(aliases)], Known(name, "GPE", country or None, "subdivision"))
    for name, country, aliases in lexicon.table("cities"):
        known = Known(_without_the(name), "GPE", country or None, "city")
        builder.add([name, *_values(aliases)], known)
    for name, label, aliases in lexicon.table("regions"):
        builder.add([name, *_values(aliases)], Known(_without_the(name), label, None, "region"))
    for name, aliases in lexicon.table("organisations"):
        known = Known(_without_the(name), "ORG", None, "organisation")
        builder.add([name, *_values(aliases)], known)
    for name, label, aliases in lexicon.table("events"):
        builder.add([name, *_values(aliases)], Known(_without_the(name), label, None, "event"))
    for name, _aliases, demonyms, _capital in countries:
        forms = _values(demonyms)
        if forms:
            builder.add_demonyms(forms, Known(forms[0], "NORP", name, "nationality"))
    for name, aliases in lexicon.table("groups"):
        builder.add_demonyms([name, *_values(aliases)], Known(name, "NORP", None, "group"))
    builder.add_places(lexicon.table("reference_places"))
    return builder


def _keywords(
    lexicon: Lexicon,
) -> tuple[dict[str, str], dict[str, str], frozenset[str], dict[str, str]]:
    heads: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    of_heads: dict[str, str] = {}
    company: set[str] = set()
    for word, label, kind in lexicon.table("keywords"):
        if kind not in ("head", "prefix", "company", "of-head"):
            raise LexiconError(
                f"Word list keywords.tsv: kind of {word!r} is {kind!r}; "
                "use 'head', 'prefix', 'company' or 'of-head'."
            )
        if kind == "company":
            company.add(word)
        if kind == "of-head":
            of_heads.setdefault(word, label)
            continue
        (prefixes if kind == "prefix" else heads).setdefault(word, label)
    return heads, prefixes, frozenset(company), of_heads


def _kin_plural(noun: str) -> str:
    """Return the plural of a family noun (``parents``, ``children``, ``wives``)."""
    if noun.endswith("child"):
        return noun + "ren"
    if noun.endswith("fe"):
        return noun[:-2] + "ves"
    return noun + "s"


def _kin_nouns(lexicon: Lexicon) -> frozenset[str]:
    """Return the family nouns of ``kin_converses`` and their plurals."""
    nouns: set[str] = set()
    for noun, converses in lexicon.table("kin_converses"):
        nouns.add(noun)
        nouns.update(_values(converses))
    return frozenset(nouns | {_kin_plural(noun) for noun in nouns})


def load_gazetteer(lexicon: Lexicon | None = None) -> Gazetteer:
    """Build the lookups from the lexicon's lists.

    :param lexicon: the word lists; :func:`~newsparse.lexicon.default_lexicon`
        by default.
    :return: the gazetteer.
    :raises LexiconError: when a list is malformed.
    """
    lexicon = default_lexicon() if lexicon is None else lexicon
    names = _build_names(lexicon)
    titles = [row[0] for row in lexicon.table("titles")]
    heads, prefixes, company_heads, of_heads = _keywords(lexicon)
    company_forms = lexicon.words("company_forms")
    name_like_forms = frozenset(
        form
        for form in company_forms
        if form[1:].islower() and form not in heads and form not in company_heads
    )
    for form in company_forms:
        heads.setdefault(form, "ORG")
    person_verbs = lexicon.table("person_verbs")
    return Gazetteer(
        names=KnownNames(names.names),
        name_starts=frozenset(names.starts),
        max_name_tokens=names.max_tokens,
        titles=frozenset(surface_key(t) for t in titles),
        title_starts=frozenset(first_word(t) for t in titles),
        max_title_tokens=max(len(t.split()) for t in titles),
        roles=lexicon.words("roles"),
        affiliation_cues=frozenset(tuple(cue.split()) for cue in lexicon.words("affiliation_cues")),
        given_names=lexicon.words("given_names") | lexicon.words("reference_given_names"),
        family_names=lexicon.words("reference_family_names"),
        surnames_first=lexicon.words("surnames_first"),
        common_words=lexicon.words("common_words"),
        adjectives=lexicon.words("adjectives"),
        heads=MappingProxyType(heads),
        prefixes=MappingProxyType(prefixes),
        company_forms=company_forms,
        company_heads=company_heads | company_forms,
        name_like_forms=name_like_forms,
        of_heads=MappingProxyType(of_heads),
        openers=lexicon.words("interjections") | lexicon.words("coordinators"),
        past_tenses=lexicon.words("past_tenses"),
        person_verbs=frozenset(row[0] for row in person_verbs),
        experiencer_verbs=frozenset(
            form
            for form, verb_class, target in person_verbs
            if verb_class == "emotion" and target == "person"
        ),
        kin_nouns=_kin_nouns(lexicon),
        body_nouns=lexicon.words("body_nouns"),
    )
