"""span_annotations builds the same annotations as the constructors, faster."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.model import (
    Entity,
    Paragraph,
    Sentence,
    Token,
    column_annotations,
    span_annotations,
)

spans_strategy = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)), max_size=30)


@given(spans_strategy, st.integers(0, 50))
def test_equal_to_constructor(spans: list[tuple[int, int]], first: int) -> None:
    for cls, prefix in ((Paragraph, "p"), (Sentence, "s"), (Token, "t")):
        built = span_annotations(cls, spans, prefix, first)
        expected = [
            cls(id=f"{prefix}{first + i}", start=s, end=e) for i, (s, e) in enumerate(spans)
        ]
        assert built == expected
        assert [hash(a) for a in built] == [hash(a) for a in expected]
        assert [repr(a) for a in built] == [repr(a) for a in expected]


def test_first_id_defaults_to_one() -> None:
    assert [t.id for t in span_annotations(Token, [(0, 1), (2, 3)], "t")] == ["t1", "t2"]


def test_offsets_must_be_ints() -> None:
    with pytest.raises(TypeError, match="must be ints"):
        span_annotations(Token, [(0, 1.5)], "t")  # type: ignore[list-item]
    with pytest.raises(TypeError, match="must be ints"):
        span_annotations(Token, [(True, 2)], "t")


def test_fields_without_default_are_refused() -> None:
    with pytest.raises(TypeError, match="Entity.label has no default"):
        span_annotations(Entity, [(0, 1)], "e")


def test_built_annotations_stay_frozen() -> None:
    (token,) = span_annotations(Token, [(0, 1)], "t")
    with pytest.raises(AttributeError):
        token.start = 3  # type: ignore[misc]


@given(spans_strategy, st.integers(0, 50))
def test_columns_equal_spans(spans: list[tuple[int, int]], first: int) -> None:
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    for cls, prefix in ((Paragraph, "p"), (Sentence, "s"), (Token, "t")):
        assert column_annotations(cls, starts, ends, prefix, first) == span_annotations(
            cls, spans, prefix, first
        )


def test_columns_must_have_one_end_per_start() -> None:
    with pytest.raises(TypeError, match="2 starts but 1 ends"):
        column_annotations(Token, [0, 2], [1], "t")
    with pytest.raises(TypeError, match="must be ints"):
        column_annotations(Token, [0], [1.0], "t")  # type: ignore[list-item]


def test_field_annotations_equal_the_constructor() -> None:
    from newsparse.model.annotations import field_annotations

    built = field_annotations(
        Entity,
        ["e1", "e2"],
        [0, 4],
        [3, 9],
        {"label": ["ORG", "PERSON"], "name": ["Acme", "Ann Lee"], "attributes": [{}, {"t": [1]}]},
    )
    expected = [
        Entity(id="e1", start=0, end=3, label="ORG", name="Acme"),
        Entity(id="e2", start=4, end=9, label="PERSON", name="Ann Lee", attributes={"t": [1]}),
    ]
    assert built == expected
    assert built[1].attributes["t"] == (1,)  # converted as the constructor does
    assert [hash(a) for a in built] == [hash(a) for a in expected]
    tokens = field_annotations(Token, ["t1"], [0], [2], {"lemma": ["be"]})
    assert tokens == [Token(id="t1", start=0, end=2, lemma="be")]


def test_field_annotations_refuse_what_the_constructor_refuses() -> None:
    from newsparse.model.annotations import field_annotations

    with pytest.raises(TypeError, match="must be ints"):
        field_annotations(Token, ["t1"], [True], [2], {})
    with pytest.raises(TypeError, match="Entity.label has no default"):
        field_annotations(Entity, ["e1"], [0], [1], {"name": ["x"]})
    with pytest.raises(TypeError, match="has no field 'colour'"):
        field_annotations(Token, ["t1"], [0], [1], {"colour": ["red"]})
    with pytest.raises(TypeError, match="one per id"):
        field_annotations(Token, ["t1", "t2"], [0, 2], [1, 3], {"lemma": ["a"]})
    with pytest.raises(TypeError, match="one start per id"):
        field_annotations(Token, ["t1", "t2"], [0], [1], {})
