"""A lazily compiled expression gives what the expression compiled at once gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.lexicon.dispatch import LazyPattern

PATTERN = r"(?P<word>[a-z]+)(?:-(?P<tail>[a-z]+))?|\d+(?:[.,]\d+)*"
WHOLE = re.compile(PATTERN, re.IGNORECASE)

texts = st.text(alphabet="ab-Z1,. \u212a\u017f", max_size=14)


def _fresh() -> LazyPattern:
    return LazyPattern(PATTERN, re.IGNORECASE)


def _span(match: re.Match[str] | None) -> tuple[object, ...] | None:
    return None if match is None else (match.span(), match.groupdict())


def test_nothing_is_compiled_before_the_first_use() -> None:
    pattern = LazyPattern(r"(unbalanced")
    assert pattern.pattern == "(unbalanced"
    assert pattern.flags == 0


def test_the_compiled_expression_is_made_once() -> None:
    pattern = _fresh()
    assert pattern.compiled is pattern.compiled
    assert pattern.compiled.pattern == PATTERN
    assert pattern.compiled.flags == WHOLE.flags


@given(texts, st.integers(0, 5), st.integers(0, 20))
def test_match_search_and_fullmatch_are_those_of_the_compiled_expression(
    text: str, pos: int, end: int
) -> None:
    for pattern in (_fresh(), _fresh()):  # one compiled by its first call, one already
        pattern.compiled  # noqa: B018
        assert _span(pattern.match(text, pos, end)) == _span(WHOLE.match(text, pos, end))
        assert _span(pattern.search(text, pos)) == _span(WHOLE.search(text, pos))
        assert _span(pattern.fullmatch(text)) == _span(WHOLE.fullmatch(text))
    assert _span(_fresh().match(text)) == _span(WHOLE.match(text))


@given(texts)
def test_the_other_methods_are_those_of_the_compiled_expression(text: str) -> None:
    assert [_span(m) for m in _fresh().finditer(text)] == [_span(m) for m in WHOLE.finditer(text)]
    assert _fresh().findall(text) == WHOLE.findall(text)
    assert _fresh().split(text, 2) == WHOLE.split(text, 2)
    assert _fresh().sub("<>", text) == WHOLE.sub("<>", text)
    assert _fresh().subn(lambda m: m.group().upper(), text, 1) == WHOLE.subn(
        lambda m: m.group().upper(), text, 1
    )


def test_an_invalid_expression_fails_when_first_used() -> None:
    pattern = LazyPattern(r"(unbalanced")
    with pytest.raises(re.error):
        pattern.search("text")


def test_after_the_first_use_the_methods_are_the_compiled_expressions() -> None:
    pattern = _fresh()
    assert pattern.search("x1") is not None
    assert pattern.match == pattern.compiled.match
    assert pattern.finditer == pattern.compiled.finditer
