"""The word lists of the model-free recogniser, loaded from the package's data files.

Every list is a plain UTF-8 text file in ``newsparse/builtin/fast/entities/data``
(see :doc:`/entities` for the format of each).  :func:`load_gazetteer` reads
them once; a :class:`Gazetteer` is immutable and is shared by everything one
recogniser does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from types import MappingProxyType

import attrs

__all__ = ["Gazetteer", "Known", "first_word", "load_gazetteer", "surface_key", "tokens_key"]

_DATA_PACKAGE = "newsparse.builtin.fast.entities"
_DATA_FOLDER = "data"

#: Characters removed or unified when a surface form becomes a lookup key.
_KEY_SPACE = re.compile(r"\s+")
_KEY_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2011": "-"})

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
    :param given_names: common given names.
    :param surnames_first: family names of languages that write them first.
    :param common_words: lower-case words that never start a name on their own.
    :param heads: head nouns and their label (``"University"`` -> ``ORG``).
    :param prefixes: name-initial words and their label (``"Mount"`` -> ``LOC``).
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
    surnames_first: frozenset[str]
    common_words: frozenset[str]
    heads: Mapping[str, str]
    prefixes: Mapping[str, str]

    def lookup(self, surface: str) -> Known | None:
        """Return what is known about *surface*, or ``None``.

        :param surface: the text of a candidate name, as written.
        """
        return self.names.get(surface_key(surface))


def _lines(filename: str) -> Iterator[str]:
    text = (
        resources.files(_DATA_PACKAGE)
        .joinpath(_DATA_FOLDER)
        .joinpath(filename)
        .read_text(encoding="utf-8")
    )
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line


def _columns(filename: str, count: int) -> Iterator[list[str]]:
    for line in _lines(filename):
        cols = line.split("\t")
        if len(cols) > count:
            raise ValueError(
                f"{filename}: line {line!r} has {len(cols)} columns, expected at most {count}: "
                "separate columns with one tab and values inside a column with ';'."
            )
        yield [c.strip() for c in cols] + [""] * (count - len(cols))


def _values(column: str) -> list[str]:
    return [v.strip() for v in column.split(";") if v.strip()]


def _words(filename: str) -> frozenset[str]:
    return frozenset(word for line in _lines(filename) for word in line.split())


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
        self.names: dict[str, Known] = {}
        self.starts: set[str] = set()
        self.max_tokens = 1

    def add(self, surfaces: Iterable[str], known: Known) -> None:
        for surface in surfaces:
            for form in {surface, _without_the(surface)}:
                self.names.setdefault(surface_key(form), known)
                self.starts.add(first_word(form))
                self.max_tokens = max(self.max_tokens, len(form.split()))

    def add_demonyms(self, forms: list[str], known: Known) -> None:
        plurals = [p for p in (_plural(f) for f in forms) if p is not None]
        self.add([*forms, *plurals], known)


def _build_names() -> _Builder:
    builder = _Builder()
    countries = list(_columns("countries.tsv", 4))
    for name, aliases, _demonyms, _capital in countries:
        builder.add([name, *_values(aliases)], Known(name, "GPE", name, "country"))
    for name, _aliases, _demonyms, capital in countries:
        capitals = _values(capital)
        if capitals:
            known = Known(_without_the(capitals[0]), "GPE", name, "capital")
            builder.add(capitals, known)
    for name, country, aliases in _columns("subdivisions.tsv", 3):
        builder.add([name, *_values(aliases)], Known(name, "GPE", country or None, "subdivision"))
    for name, country, aliases in _columns("cities.tsv", 3):
        known = Known(_without_the(name), "GPE", country or None, "city")
        builder.add([name, *_values(aliases)], known)
    for name, label, aliases in _columns("regions.tsv", 3):
        builder.add([name, *_values(aliases)], Known(_without_the(name), label, None, "region"))
    for name, aliases in _columns("organisations.tsv", 2):
        known = Known(_without_the(name), "ORG", None, "organisation")
        builder.add([name, *_values(aliases)], known)
    for name, label, aliases in _columns("events.tsv", 3):
        builder.add([name, *_values(aliases)], Known(_without_the(name), label, None, "event"))
    for name, _aliases, demonyms, _capital in countries:
        forms = _values(demonyms)
        if forms:
            builder.add_demonyms(forms, Known(forms[0], "NORP", name, "nationality"))
    for name, aliases in _columns("groups.tsv", 2):
        builder.add_demonyms([name, *_values(aliases)], Known(name, "NORP", None, "group"))
    return builder


def _keywords() -> tuple[dict[str, str], dict[str, str]]:
    heads: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    for word, label, kind in _columns("keywords.tsv", 3):
        if kind not in ("head", "prefix"):
            raise ValueError(f"keywords.tsv: kind of {word!r} is {kind!r}; use 'head' or 'prefix'.")
        (heads if kind == "head" else prefixes).setdefault(word, label)
    return heads, prefixes


def load_gazetteer() -> Gazetteer:
    """Read every list from the package data.

    :return: the gazetteer.
    :raises ValueError: when a data file is malformed.
    """
    names = _build_names()
    titles = [line.strip() for line in _lines("titles.txt")]
    heads, prefixes = _keywords()
    return Gazetteer(
        names=MappingProxyType(names.names),
        name_starts=frozenset(names.starts),
        max_name_tokens=names.max_tokens,
        titles=frozenset(surface_key(t) for t in titles),
        title_starts=frozenset(first_word(t) for t in titles),
        max_title_tokens=max(len(t.split()) for t in titles),
        roles=frozenset(line.strip() for line in _lines("roles.txt")),
        affiliation_cues=frozenset(tuple(line.split()) for line in _lines("affiliation_cues.txt")),
        given_names=_words("given_names.txt"),
        surnames_first=_words("surnames_first.txt"),
        common_words=_words("common_words.txt"),
        heads=MappingProxyType(heads),
        prefixes=MappingProxyType(prefixes),
    )
