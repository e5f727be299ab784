"""The :class:`Lexicon`, its one loader and its one regular-expression builder."""

from __future__ import annotations

import bisect
import functools
import gc
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs

from newsparse.errors import NewsparseError

__all__ = [
    "LEXICON_KEY",
    "Lexicon",
    "LexiconError",
    "WordList",
    "alternation",
    "default_lexicon",
    "lexicon_from_config",
]

#: The configuration key under which a :class:`~newsparse.pipeline.Pipeline`
#: hands its lexicon to processor factories (reserved: users cannot set it).
LEXICON_KEY = "newsparse.lexicon"

_DATA_PACKAGE = "newsparse.lexicon"
_DATA_FOLDER = "data"
_SUFFIXES = (".txt", ".tsv")
_COLUMNS_PREFIX = "# columns:"

Row = tuple[str, ...]


class LexiconError(NewsparseError, ValueError):
    """A word list is malformed, unknown, or changed in a way it cannot be."""


def _entries(value: Iterable[str | Sequence[str]] | None) -> tuple[str | Row, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        raise TypeError(f"Expected a list of entries, got the string {value!r}.")
    return tuple(entry if isinstance(entry, str) else tuple(entry) for entry in value)


def _entries_or_empty(value: Iterable[str | Sequence[str]]) -> tuple[str | Row, ...]:
    return _entries(value) or ()


@attrs.frozen(kw_only=True)
class WordList:
    r"""A change to one word list, as a plugin or application declares it.

    Entries are written like lines of the list's file: a word or phrase for a
    word list, a row for a table (columns separated by a tab, or given as a
    tuple).  ``replace`` drops the built-in entries first; ``remove`` then
    drops entries (for a table: rows whose first column is listed) and
    ``add`` appends new ones.

    :param add: entries to add.
    :param remove: entries (or, for tables, first-column keys) to remove.
    :param replace: entries that replace the whole list.

    Example::

        WordList(add=["opine\tspeech"])            # one more cue verb
        WordList(remove=["Sen."])                   # one honorific fewer
        WordList(replace=["Mr.", "Ms."])            # a list of your own
    """

    add: tuple[str | Row, ...] = attrs.field(default=(), converter=_entries_or_empty)
    remove: tuple[str | Row, ...] = attrs.field(default=(), converter=_entries_or_empty)
    replace: tuple[str | Row, ...] | None = attrs.field(default=None, converter=_entries)


class _List:
    """One loaded list: its rows in file order, and the columns of a table.

    :param columns: the columns of a table, ``None`` for a word list.
    :param rows: the rows.
    """

    def __init__(self, columns: tuple[str, ...] | None, rows: Iterable[Row]) -> None:
        self.columns = columns
        self.rows: tuple[Row, ...] = tuple(rows)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The first column, as a set (made when first asked for: tables seldom are)."""
        return frozenset(map(operator.itemgetter(0), self.rows))


def _row(entry: str | Row, name: str, columns: tuple[str, ...] | None, where: str) -> Row:
    """Turn one entry into a row of *name*, padded to its columns."""
    if columns is None:
        if not isinstance(entry, str):
            raise LexiconError(
                f"{where} gives the row {entry!r} to word list {name!r}, which has one "
                "word or phrase per entry: give strings."
            )
        return (" ".join(entry.split()),)
    cells = [c.strip() for c in (entry.split("\t") if isinstance(entry, str) else entry)]
    if len(cells) > len(columns):
        raise LexiconError(
            f"{where} gives {entry!r} to table {name!r} with {len(cells)} columns, but it has "
            f"{len(columns)} ({', '.join(columns)}): separate columns with one tab and values "
            "inside a column with ';'."
        )
    return tuple(cells) + ("",) * (len(columns) - len(cells))


def _parse(name: str, text: str, table: bool) -> _List:
    """Parse the text of one data file (see :doc:`/lexicon` for the format).

    The rows are those :func:`_row` makes of each entry; when no row of a
    table has more cells than columns they are made without a Python loop per
    row (the 12,000 rows of ``reference_places`` are read on many first parses).
    """
    lines = text.splitlines()
    columns: tuple[str, ...] | None = None
    for line in filter(operator.methodcaller("startswith", _COLUMNS_PREFIX), lines):
        columns = tuple(c.strip() for c in line[len(_COLUMNS_PREFIX) :].split(","))
    entries = [line for line in lines if line and line[0] != "#" and not line.isspace()]
    if table and columns is None:
        raise LexiconError(
            f"Word list file {name}.tsv has no '# columns: a, b, ...' line: name its columns."
        )
    if columns is None:
        return _List(None, zip(map(" ".join, map(str.split, entries)), strict=True))
    width = len(columns)
    tabs = list(map(str.count, entries, itertools.repeat("\t")))
    if max(tabs, default=0) < width:
        if min(tabs, default=width - 1) < width - 1:
            # Rows with cells left out get empty ones, as _row gives them.
            entries = [e + "\t" * (width - 1 - n) for e, n in zip(entries, tabs, strict=True)]
        # Every row has one cell per column: strip all cells in one pass and
        # group them into rows (no Python code runs per row).
        cells = map(str.strip, "\t".join(entries).split("\t")) if entries else iter(())
        return _List(columns, zip(*[cells] * width, strict=False))
    where = f"File {name}{'.tsv' if table else '.txt'}"
    rows = [_row(entry, name, columns, where) for entry in entries]
    return _List(columns, rows)


class _Entry:
    """One list of a lexicon: loaded, or read and parsed on first use, then kept.

    Two threads that ask at once may both parse the file; they get equal
    lists and either is kept, so no lock is needed.

    :param loaded: the list, when it is already loaded.
    :param load: reads and parses the list, for one loaded on first use.
    """

    __slots__ = ("_list", "_load")

    def __init__(
        self, loaded: _List | None = None, load: Callable[[], _List] | None = None
    ) -> None:
        self._list = loaded
        self._load = load

    def get(self) -> _List:
        """Return the list, reading and parsing it the first time."""
        found = self._list
        if found is None:
            assert self._load is not None
            found = self._list = self._load()
        return found


def _frozen_lists(lists: Mapping[str, _Entry]) -> Mapping[str, _Entry]:
    return MappingProxyType(dict(lists))


@attrs.frozen(eq=False)
class Lexicon:
    """Named word lists and tables, immutable.

    Lexicons compare and hash by identity, so derived lookups can be cached
    per lexicon (``functools.lru_cache``).

    A *word list* (``.txt`` file) holds one word or phrase per entry; a
    *table* (``.tsv`` file) holds rows of named columns.  Build one with
    :func:`default_lexicon` or :meth:`from_texts`, change it with
    :meth:`extended`.  The lists of :func:`default_lexicon` are read from
    their files one by one, each the first time it is used.

    :param lists: the lists by name (use the constructors instead).
    """

    _lists: Mapping[str, _Entry] = attrs.field(converter=_frozen_lists)

    @classmethod
    def from_texts(cls, texts: Mapping[str, str]) -> Lexicon:
        """Build a lexicon from file contents, by file name (``"months.tsv"``).

        :param texts: the text of each file; ``.tsv`` names are tables.
        :raises LexiconError: when a file is malformed.
        """
        lists: dict[str, _Entry] = {}
        for filename, text in sorted(texts.items()):
            stem, table = _list_name(filename)
            lists[stem] = _Entry(_parse(stem, text, table))
        return cls(lists)

    @classmethod
    def _read_on_use(cls, readers: Mapping[str, Callable[[], str]]) -> Lexicon:
        """Return a lexicon whose lists are read and parsed on first use.

        :param readers: a function returning the text of each file, by file name.
        :raises LexiconError: when a file name is neither ``.txt`` nor ``.tsv``.
        """
        lists: dict[str, _Entry] = {}
        for filename, read in sorted(readers.items()):
            stem, table = _list_name(filename)
            lists[stem] = _Entry(load=functools.partial(_read, read, stem, table))
        return cls(lists)

    def names(self) -> tuple[str, ...]:
        """Return the names of every list, sorted."""
        return tuple(sorted(self._lists))

    def _get(self, name: str) -> _List:
        try:
            entry = self._lists[name]
        except KeyError:
            raise LexiconError(
                f"The lexicon has no word list {name!r}: valid names are {', '.join(self.names())}."
            ) from None
        return entry.get()

    def words(self, name: str) -> frozenset[str]:
        """Return the entries of a word list (for a table: its first column).

        :param name: the list's name (``"honorifics"``).
        :raises LexiconError: when no list has that name, or its file is malformed.
        """
        return self._get(name).words

    def table(self, name: str) -> tuple[Row, ...]:
        """Return the rows of a list in file order, each padded to the table's columns.

        A word list's rows have one column.

        :param name: the list's name (``"countries"``).
        :raises LexiconError: when no list has that name, or its file is malformed.
        """
        return self._get(name).rows

    def columns(self, name: str) -> tuple[str, ...]:
        """Return the column names of a table (``("word",)`` for a word list).

        :param name: the list's name.
        :raises LexiconError: when no list has that name, or its file is malformed.
        """
        return self._get(name).columns or ("word",)

    def extended(
        self, changes: Mapping[str, WordList], *, source: str = "The application"
    ) -> Lexicon:
        """Return a new lexicon with lists changed; this one is unchanged.

        Only the changed lists are read; the others stay shared with this
        lexicon (and are read on first use, once for both).

        :param changes: :class:`WordList` changes by list name.
        :param source: who asks for the changes, for error messages
            (``"Plugin 'acme'"``).
        :raises LexiconError: when a name is unknown or an entry does not fit.
        """
        if not changes:
            return self
        lists = dict(self._lists)
        for name, change in changes.items():
            if name not in lists:
                raise LexiconError(
                    f"{source} changes the unknown word list {name!r}: valid names are "
                    f"{', '.join(self.names())}."
                )
            if not isinstance(change, WordList):
                raise LexiconError(
                    f"{source} gives {change!r} for word list {name!r}: give a "
                    "newsparse.lexicon.WordList."
                )
            old = lists[name].get()
            rows = old.rows if change.replace is None else ()
            if change.replace is not None:
                rows = tuple(_row(e, name, old.columns, source) for e in change.replace)
            removed = {_row(e, name, old.columns, source)[0] for e in change.remove}
            added = [_row(e, name, old.columns, source) for e in change.add]
            kept = [row for row in rows if row[0] not in removed]
            lists[name] = _Entry(_List(old.columns, [*kept, *added]))
        return Lexicon(lists)


def _list_name(filename: str) -> tuple[str, bool]:
    """Return the list name of a data file and whether it is a table (``.tsv``)."""
    stem, dot, suffix = filename.rpartition(".")
    if not dot or f".{suffix}" not in _SUFFIXES:
        raise LexiconError(f"Word list file {filename!r} is neither .txt nor .tsv: rename it.")
    return stem, suffix == "tsv"


def _read(read: Callable[[], str], name: str, table: bool) -> _List:
    """Read and parse one data file, with Python's cyclic garbage collector paused.

    A large table is tens of thousands of new tuples at once, which set off
    collections that walk every object of the process (on a first parse,
    every module just imported) and would cost more than the reading.  The
    rows hold strings only, so they make no reference cycles; the collector
    is resumed on the way out (unless it was off already).
    """
    text = read()
    if not gc.isenabled():
        return _parse(name, text, table)
    gc.disable()
    try:
        return _parse(name, text, table)
    finally:
        gc.enable()


@functools.cache
def default_lexicon() -> Lexicon:
    """Return the built-in lexicon: every file of ``newsparse/lexicon/data``.

    The lexicon is built on the first call and cached for the process (it is
    immutable, and so is the package data it is read from).  It lists the
    files at once but reads each one the first time its list is used, so a
    program that needs a few lists does not pay for the 12,000 rows of
    ``reference_places``.  A malformed data file is reported when its list is
    first used: :meth:`Lexicon.words`, :meth:`Lexicon.table` and
    :meth:`Lexicon.columns` raise a :class:`LexiconError` naming the file.
    """
    from importlib import resources

    folder = resources.files(_DATA_PACKAGE).joinpath(_DATA_FOLDER)
    return Lexicon._read_on_use(
        {
            entry.name: functools.partial(entry.read_text, encoding="utf-8")
            for entry in folder.iterdir()
            if entry.name.endswith(_SUFFIXES)
        }
    )


def lexicon_from_config(config: Mapping[str, Any]) -> Lexicon:
    """Return the lexicon a pipeline hands to processor factories.

    Factories call it with the configuration they receive; outside a
    pipeline (``factory({})``) it is the :func:`default_lexicon`.

    :param config: the configuration mapping.
    :raises LexiconError: when the reserved key holds something else.
    """
    value = config.get(LEXICON_KEY)
    if value is None:
        return default_lexicon()
    if not isinstance(value, Lexicon):
        raise LexiconError(
            f"Configuration key {LEXICON_KEY!r} holds {type(value).__name__}, not a "
            "newsparse.lexicon.Lexicon: leave the key to the pipeline."
        )
    return value


def _factored(entries: Iterable[str], space: str) -> str:
    """Render *entries* as a prefix tree: one branch per first character, in code-point order.

    A node that ends an entry makes the rest of its subtree optional
    (``sa(?:id|y(?:s)?)``).  The entries are sorted once; the entries of a
    subtree are then a run of the sorted list, and a chain of nodes with one
    child each (the run's common prefix) is written in one step.
    """
    escaped: dict[str, str] = {" ": space}

    def piece(chars: str) -> str:
        out = []
        for char in chars:
            text = escaped.get(char)
            if text is None:
                text = escaped[char] = re.escape(char)
            out.append(text)
        return "".join(out)

    def render(run: list[str], depth: int) -> str:
        optional = len(run[0]) == depth
        if optional:
            run = run[1:]
            if not run:
                return ""
        branches: list[str] = []
        start, size = 0, len(run)
        while start < size:
            first = run[start]
            following = ord(first[depth]) + 1
            if following < 0x110000:
                bound = first[:depth] + chr(following)
                stop = bisect.bisect_left(run, bound, start + 1)
            else:
                stop = size
            group = run[start:stop]
            if stop - start == 1:
                shared = len(first)
            else:
                last = run[stop - 1]
                shared, limit = depth + 1, min(len(first), len(last))
                while shared < limit and first[shared] == last[shared]:
                    shared += 1
            branches.append(piece(group[0][depth:shared]) + render(group, shared))
            start = stop
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return render(sorted(set(entries)), 0)


def alternation(entries: Iterable[str], *, space: str | None = None, factored: bool = False) -> str:
    r"""Return a regular-expression alternation matching exactly *entries*.

    Entries are escaped, duplicates dropped and longer entries tried first,
    so ``"km/h"`` wins over ``"km"``.  The result is a bare alternation:
    wrap it in a group (``rf"\b(?:{alternation(words)})\b"``).  No entries
    give a pattern that never matches.

    :param entries: the words or phrases.
    :param space: the pattern written for each space inside an entry
        (``r"\s+"`` to accept any spacing); by default a literal space.
    :param factored: factor common prefixes into a prefix tree, which is
        faster for long lists of related forms (``say``, ``says``, ``said``).
    :return: the pattern.

    >>> alternation(["km", "km/h", "m"])
    'km/h|km|m'
    >>> alternation(["per cent", "pct"], space=r"\s+")
    'per\\s+cent|pct'
    >>> alternation(["said", "say", "says"], factored=True)
    'sa(?:id|y(?:s)?)'
    """
    unique = sorted(set(entries), key=lambda e: (-len(e), e))
    if not unique:
        return "(?!)"
    spacing = re.escape(" ") if space is None else space
    if factored:
        return _factored(unique, spacing)
    return "|".join(re.escape(e).replace(re.escape(" "), spacing) for e in unique)
