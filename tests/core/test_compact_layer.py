"""CompactLayer reads as the tuple of annotations it stands for, in a document and in JSON."""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Pipeline
from newsparse.errors import ValidationError
from newsparse.model import (
    CompactLayer,
    Document,
    Entity,
    Sentence,
    Token,
    column_annotations,
)

TEXT = "Anna Berg met the mayor of Oslo. She said: \u201cWe agree.\u201d"


def _cuts(text: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for word in text.split():
        start = text.index(word, position)
        starts.append(start)
        ends.append(start + len(word))
        position = start + len(word)
    return starts, ends


def test_items_equal_eager_tokens() -> None:
    starts, ends = _cuts(TEXT)
    compact = CompactLayer(Token, starts, ends, "t")
    eager = tuple(column_annotations(Token, starts, ends, "t"))
    assert len(compact) == len(eager)
    assert list(compact) == list(eager)
    assert compact[0] == Token(id="t1", start=0, end=4)
    assert compact[-1] == eager[-1]
    assert type(compact[3]) is Token
    assert compact == eager
    assert eager == compact
    assert not compact != eager  # noqa: SIM202 - the operator is under test
    assert hash(compact) == hash(eager)
    assert repr(compact) == repr(eager)
    assert list(reversed(compact)) == list(reversed(eager))
    assert compact.ids() == [t.id for t in eager]
    assert compact.count(eager[2]) == 1
    assert compact.index(eager[2]) == 2
    assert eager[2] in compact


def test_slices_are_tuples() -> None:
    starts, ends = _cuts(TEXT)
    compact = CompactLayer(Token, starts, ends, "t")
    eager = tuple(column_annotations(Token, starts, ends, "t"))
    for part in (slice(2, 5), slice(None, 3), slice(-3, None), slice(5, 2), slice(None, None, 2)):
        assert compact[part] == eager[part]
        assert type(compact[part]) is tuple
    assert compact + (eager[0],) == eager + (eager[0],)  # noqa: RUF005
    assert (eager[0],) + compact == (eager[0],) + eager  # noqa: RUF005


def test_index_out_of_range() -> None:
    compact = CompactLayer(Token, [0], [1], "t")
    with pytest.raises(IndexError):
        compact[1]
    with pytest.raises(IndexError):
        compact[-2]


def test_differs_from_other_layers() -> None:
    compact = CompactLayer(Token, [0, 2], [1, 3], "t")
    assert compact != CompactLayer(Token, [0, 2], [1, 4], "t")
    assert compact != CompactLayer(Token, [0, 2], [1, 3], "w")
    assert compact != CompactLayer(Sentence, [0, 2], [1, 3], "t")
    assert compact != (Token(id="t1", start=0, end=1),)
    assert compact != [Token(id="t1", start=0, end=1), Token(id="t2", start=2, end=3)]
    assert CompactLayer(Token, [0, 2], [1, 3], "t", first=2)[0].id == "t2"


def test_bad_columns_are_refused() -> None:
    with pytest.raises(TypeError, match="must be ints"):
        CompactLayer(Token, [0, 1.5], [1, 2], "t")  # type: ignore[list-item]
    with pytest.raises(TypeError, match="below 2"):
        CompactLayer(Token, [0], [2**64], "t")
    with pytest.raises(TypeError, match="give one end per start"):
        CompactLayer(Token, [0, 1], [1], "t")
    with pytest.raises(TypeError, match="has no default"):
        CompactLayer(Entity, [0], [1], "e")


def test_columns_are_read_only() -> None:
    compact = CompactLayer(Token, [0, 2], [1, 3], "t")
    assert list(compact.starts) == [0, 2]
    assert list(compact.ends) == [1, 3]
    with pytest.raises(TypeError):
        compact.starts[0] = 5  # type: ignore[index]
    assert compact[0].start == 0


def test_pickle_and_copy() -> None:
    compact = CompactLayer(Token, [0, 2], [1, 3], "t")
    assert pickle.loads(pickle.dumps(compact)) == compact
    assert copy.deepcopy(compact) is compact


def test_document_keeps_it_and_reads_it() -> None:
    starts, ends = _cuts(TEXT)
    compact = CompactLayer(Token, starts, ends, "t")
    eager = column_annotations(Token, starts, ends, "t")
    sentences = [Sentence(id="s1", start=0, end=32), Sentence(id="s2", start=33, end=len(TEXT))]
    doc = Document(TEXT, {"sentences": sentences, "tokens": compact})
    plain = Document(TEXT, {"sentences": sentences, "tokens": eager})
    assert doc.layer("tokens") is compact
    assert doc == plain
    assert [t.text for t in doc.tokens] == TEXT.split()
    assert [t.text for t in doc.sentences[1].tokens] == [t.text for t in plain.sentences[1].tokens]
    assert doc.within("tokens", 5, 20) == plain.within("tokens", 5, 20)
    assert [list(column) for column in doc.offsets("tokens")] == [starts, ends]
    assert list(plain.offsets("tokens")[0]) == starts
    assert list(doc.offsets("absent")[0]) == []
    assert doc.to_json() == plain.to_json()
    assert doc.to_dict() == plain.to_dict()
    assert Document.from_json(doc.to_json()) == doc
    again = doc.with_layers({"tokens": compact[:3]})
    assert again.layer("tokens") == tuple(eager[:3])


def test_document_checks_the_columns() -> None:
    with pytest.raises(ValidationError, match="does not fit"):
        Document("abc", {"tokens": CompactLayer(Token, [0], [4], "t")})
    with pytest.raises(ValidationError, match="sort the layer"):
        Document("abcd", {"tokens": CompactLayer(Token, [2, 0], [3, 1], "t")})
    with pytest.raises(ValidationError, match="is a Token where the layer holds Sentence"):
        Document("abcd", {"sentences": CompactLayer(Token, [0], [1], "t")})
    with pytest.raises(ValidationError, match="has no annotation with that id"):
        Document(
            "abcd",
            {
                "tokens": CompactLayer(Token, [0], [1], "t"),
                "acme.deps": [Token(id="x1", start=0, end=1, head="t9")],
            },
        )


def test_fast_pipeline_writes_compact_tokens() -> None:
    doc = Pipeline("fast")(TEXT)
    tokens = doc.layer("tokens")
    assert isinstance(tokens, CompactLayer)
    rebuilt = Document.from_json(doc.to_json())
    assert not isinstance(rebuilt.layer("tokens"), CompactLayer)
    assert rebuilt == doc
    assert rebuilt.to_json() == doc.to_json()


@st.composite
def _layers(draw: st.DrawFn) -> tuple[str, list[int], list[int]]:
    size = draw(st.integers(0, 300))
    cuts = sorted(draw(st.lists(st.integers(0, size), max_size=60)))
    starts: list[int] = []
    ends: list[int] = []
    for a, b in zip(cuts[0::2], cuts[1::2], strict=False):
        starts.append(a)
        ends.append(b)
    return "x" * size, starts, ends


@given(_layers(), st.integers(0, 40), st.sampled_from(["t", "w", "tok"]))
def test_compact_equals_eager(
    layer: tuple[str, list[int], list[int]], first: int, pre: str
) -> None:
    text, starts, ends = layer
    compact = CompactLayer(Token, starts, ends, pre, first)
    eager = tuple(column_annotations(Token, starts, ends, pre, first))
    assert compact == eager
    assert hash(compact) == hash(eager)
    for lo in range(0, len(eager) + 1, 3):
        assert compact[lo : lo + 4] == eager[lo : lo + 4]
    doc = Document(text, {"tokens": compact})
    plain = Document(text, {"tokens": eager})
    assert doc.to_json() == plain.to_json()
    assert Document.from_json(doc.to_json()) == doc
    lo, hi = len(text) // 3, 2 * len(text) // 3
    assert doc.within("tokens", lo, hi) == plain.within("tokens", lo, hi)


def test_columns_may_be_arrays_of_ints_but_not_of_floats() -> None:
    from array import array

    layer = CompactLayer(Token, array("q", [0, 2]), array("i", [1, 3]), "t")
    assert layer == CompactLayer(Token, [0, 2], [1, 3], "t")
    with pytest.raises(TypeError, match="must be ints"):
        CompactLayer(Token, array("d", [0.0, 2.0]), [1, 3], "t")
