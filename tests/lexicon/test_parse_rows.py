"""A table's rows are read in one pass, as the row-by-row rules make them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.lexicon import LexiconError
from newsparse.lexicon.core import _parse, _row

cells = st.text(alphabet="ab ;\u00a0", max_size=3)
lines = st.lists(cells, min_size=1, max_size=4).map("\t".join).filter(lambda s: s.strip())


@given(st.integers(1, 3), st.lists(lines, max_size=6))
def test_rows_are_those_of_the_row_rules(width: int, entries: list[str]) -> None:
    columns = tuple("abc"[:width])
    text = "# columns: " + ", ".join(columns) + "\n" + "\n".join(entries) + "\n"
    kept = [e for e in text.splitlines()[1:] if e and e[0] != "#" and not e.isspace()]
    try:
        expected = [_row(e, "t", columns, "File t.tsv") for e in kept]
    except LexiconError as exc:
        with pytest.raises(LexiconError, match="columns"):
            _parse("t", text, True)
        assert "File t.tsv" in str(exc)
        return
    assert list(_parse("t", text, True).rows) == expected
