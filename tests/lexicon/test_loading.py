"""Loading the lexicon: each list is read on first use, and the fast reader keeps the format."""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.lexicon import Lexicon, LexiconError, WordList, default_lexicon
from newsparse.lexicon.core import _parse, _row

FILES = {
    "honorifics.txt": "# Honorifics.\nMrs.\nDr.\n",
    "months.tsv": "# columns: name, number\nJanuary\t1\nFebruary\t2\n",
}


def counted(texts: Mapping[str, str]) -> tuple[dict[str, Callable[[], str]], list[str]]:
    """Readers of *texts* by file name, and the list of files they read (in order)."""
    read: list[str] = []

    def reader(name: str) -> Callable[[], str]:
        def read_one() -> str:
            read.append(name)
            return texts[name]

        return read_one

    return {name: reader(name) for name in texts}, read


def test_each_list_is_read_on_first_use_and_once() -> None:
    readers, read = counted(FILES)
    lexicon = Lexicon._read_on_use(readers)
    assert lexicon.names() == ("honorifics", "months")
    assert read == []
    assert lexicon.words("honorifics") == {"Mrs.", "Dr."}
    assert lexicon.table("honorifics") == (("Mrs.",), ("Dr.",))
    assert read == ["honorifics.txt"]
    assert lexicon.columns("months") == ("name", "number")
    assert lexicon.table("months") == (("January", "1"), ("February", "2"))
    assert read == ["honorifics.txt", "months.tsv"]


def test_extended_reads_only_the_changed_lists_and_shares_the_others() -> None:
    readers, read = counted(FILES)
    lexicon = Lexicon._read_on_use(readers)
    changed = lexicon.extended({"honorifics": WordList(add=["Ms."])})
    assert read == ["honorifics.txt"]
    assert changed.words("honorifics") == {"Mrs.", "Dr.", "Ms."}
    assert lexicon.words("honorifics") == {"Mrs.", "Dr."}
    assert changed.table("months") is lexicon.table("months")
    assert read == ["honorifics.txt", "months.tsv"]


def test_a_malformed_file_is_reported_when_its_list_is_first_used() -> None:
    lexicon = Lexicon._read_on_use({"months.tsv": lambda: "January\t1\n"})
    with pytest.raises(LexiconError, match=r"months\.tsv has no '# columns"):
        lexicon.table("months")
    too_wide = Lexicon._read_on_use({"months.tsv": lambda: "# columns: name\nJanuary\t1\n"})
    with pytest.raises(LexiconError, match=r"File months\.tsv gives 'January\\t1'"):
        too_wide.words("months")


def test_a_file_that_is_not_a_list_is_rejected_at_once() -> None:
    with pytest.raises(LexiconError, match=r"'notes\.md' is neither \.txt nor \.tsv"):
        Lexicon._read_on_use({"notes.md": lambda: ""})


def test_every_built_in_list_reads() -> None:
    lexicon = default_lexicon()
    for name in lexicon.names():
        rows = lexicon.table(name)
        assert rows, name
        assert all(len(row) == len(lexicon.columns(name)) for row in rows), name
        assert lexicon.words(name) == {row[0] for row in rows}


def reference(text: str, table: bool) -> tuple[tuple[str, ...], ...]:
    """The format as docs/lexicon.rst states it, one row at a time."""
    columns: tuple[str, ...] | None = None
    entries: list[str] = []
    for line in text.splitlines():
        if line.startswith("# columns:"):
            columns = tuple(c.strip() for c in line[len("# columns:") :].split(","))
        elif line.strip() and not line.startswith("#"):
            entries.append(line)
    if table and columns is None:
        raise LexiconError("no columns")
    return tuple(_row(entry, "t", columns, "File t") for entry in entries)


LINE = st.text(alphabet="ab \t\u00a0\u2003#,", max_size=12)
HEADER = st.sampled_from(["", "# columns: a\n", "# columns: a, b\n", "# columns: a, b, c\n"])


@given(HEADER, st.lists(LINE, max_size=12), st.booleans())
def test_the_reader_gives_the_rows_of_the_format(
    header: str, lines: list[str], table: bool
) -> None:
    text = header + "\n".join(lines)
    try:
        expected = reference(text, table)
    except LexiconError:
        with pytest.raises(LexiconError):
            _parse("t", text, table)
        return
    assert _parse("t", text, table).rows == expected


def test_reading_a_list_leaves_the_garbage_collector_as_it_was() -> None:
    seen: list[bool] = []

    def read() -> str:
        seen.append(gc.isenabled())
        return FILES["months.tsv"]

    assert gc.isenabled()
    Lexicon._read_on_use({"months.tsv": read}).table("months")
    assert gc.isenabled()
    gc.disable()
    try:
        Lexicon._read_on_use({"months.tsv": read}).table("months")
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [True, False]
