"""Properties of rules.statement_clauses on arbitrary text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import Document, Pipeline
from newsparse.builtin.clauses.processor import StatementClauseExtractor
from newsparse.model import StatementClause

FAST = Pipeline("fast")
EXTRACT = StatementClauseExtractor()

_PIECES = [
    "Joint Statement of",
    "joint statement",
    "communiqué",
    "a declaration",
    "No joint statement",
    "the statement said",
    "In the statement,",
    "Both sides",
    "the two sides",
    "The Parties",
    "We, the Leaders of",
    "the Chinese side",
    "Russia",
    "China",
    "Beijing",
    "Kenya and Ghana",
    "Mr. Putin said",
    "will",
    "would also",
    "call for",
    "calls on",
    "pledged to",
    "oppose",
    "condemned",
    "agreed that",
    "agreed to",
    "expressed deep concern over",
    "as well as",
    "expand trade",
    "and",
    "to",
    ",",
    ",”",
    "“",
    "”",
    ".",
    ";",
    "—",
    "(",
    ")",
    "\n",
    " ",
]

texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=5)), max_size=60).map(
    " ".join
)


def _check(doc: Document) -> None:
    sentences = [(s.start, s.end) for s in doc.sentences]
    found = [span.annotation for span in doc.statement_clauses]
    statement_ids = {span.id for span in doc.statements}
    previous_end = 0
    for clause in found:
        assert isinstance(clause, StatementClause)
        assert clause.start < clause.end
        assert clause.start >= previous_end, "clauses overlap or are out of order"
        previous_end = clause.end
        assert any(lo <= clause.start and clause.end <= hi for lo, hi in sentences)
        assert clause.parties and all(clause.parties)
        assert clause.statement in statement_ids
        assert clause.cue is not None and clause.cue.end <= clause.start


@given(texts)
def test_any_statement_like_text(text: str) -> None:
    doc = FAST(text)
    _check(doc)
    assert FAST(text) == doc
    assert Document.from_json(doc.to_json()) == doc


@given(st.text(max_size=300))
def test_any_string(text: str) -> None:
    doc = FAST(text)
    _check(doc)
    assert Document.from_json(doc.to_json()) == doc


@given(texts)
def test_a_document_with_only_its_text(text: str) -> None:
    _statements, found = EXTRACT.extract(Document(text))
    assert found == EXTRACT.extract(Document(text))[1]
    for clause in found:
        assert 0 <= clause.start < clause.end <= len(text)
        assert clause.parties


def test_long_input() -> None:
    paragraph = (
        "In the joint statement, Kenya and Ghana pledged to expand trade, build roads and "
        "train nurses, as well as oppose piracy.\n"
    )
    doc = FAST(paragraph * 400)
    assert len(doc.statement_clauses) == 4 * 400
    _check(doc)
