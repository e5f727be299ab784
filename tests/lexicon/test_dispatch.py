"""A pattern compiled in parts finds what the whole pattern finds, span and groups."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.builtin.numbers import scanner
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import DispatchedPattern, Slot

#: Characters the regular expression engine pairs in any case although
#: ``str.lower`` does not: Kelvin sign, long s, dotless and dotted i, micro
#: sign and Greek mu, and capital letters.
FOLDING = ["\u212a", "k", "K", "\u017f", "s", "S", "\u0131", "\u0130", "i", "I", "µ", "μ", "Μ"]

WORDS = ("km", "kg", "kelvin", "sq km", "square metre", "µg", "μs", "ſtone", "ion", "m", "%")
SYMBOLS = ("K", "M", "Mt", "µ", "$", "US$", "R", "Rs")


def _groups(match: re.Match[str] | None) -> tuple[object, ...] | None:
    if match is None:
        return None
    return match.span(), match.groupdict(), match.group(0)


def _sample() -> DispatchedPattern:
    return DispatchedPattern(
        r"[ \t]*-?[ \t]*(?:M(?=Rs))?",
        [
            r"(?P<gap>[ \t]*-?[ \t]*)(?P<mega>M(?=Rs))?(?:(?P<symbol>",
            Slot(SYMBOLS),
            r")(?![0-9])|(?P<word>(?i:",
            Slot(WORDS, ignore_case=True),
            r")))(?![A-Za-z0-9])",
        ],
    )


SAMPLE = _sample()
WHOLE = SAMPLE.compile_all()

pieces = st.sampled_from([*WORDS, *SYMBOLS, *FOLDING, " ", "\t", "-", "1", "x", "\n"])


@settings(max_examples=500)
@given(st.lists(pieces, max_size=6).map("".join), st.integers(0, 4), st.integers(0, 30))
@example("\u212aM", 0, 9)
@example(" ſtone", 0, 9)
@example("MRs", 0, 3)
def test_a_sample_pattern_matches_as_a_whole(text: str, pos: int, end: int) -> None:
    pos = min(pos, len(text))
    end = max(pos, min(end, len(text)))
    assert _groups(SAMPLE.match(text, pos)) == _groups(WHOLE.match(text, pos))
    assert _groups(SAMPLE.match(text, pos, end)) == _groups(WHOLE.match(text, pos, end))


@given(st.text(max_size=12), st.integers(0, 3))
def test_any_text_matches_as_a_whole(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert _groups(SAMPLE.match(text, pos)) == _groups(WHOLE.match(text, pos))


def test_the_whole_pattern_puts_every_surface_in_its_slot() -> None:
    assert SAMPLE.pattern.count("(?P<symbol>") == 1
    assert WHOLE.match(" kelvin").group("word") == "kelvin"  # type: ignore[union-attr]
    assert SAMPLE.match("\u212aELVIN").group("word") == "\u212aELVIN"  # type: ignore[union-attr]


def test_a_slot_without_surfaces_never_matches() -> None:
    pattern = DispatchedPattern("", ["(?P<x>", Slot(()), ")"])
    assert pattern.match("anything") is None


def _surfaces(pattern: DispatchedPattern) -> list[str]:
    return [s for slot in pattern._slots for s in slot.surfaces]


@pytest.mark.parametrize(
    "name", ["CURRENCY_SUFFIX_RE", "_UNIT_WORD_RE", "_UNIT_SYMBOL_RE"], ids=str.lower
)
def test_every_table_entry_matches_as_in_the_whole_pattern(name: str) -> None:
    """Each surface of the scanner's tables, in a few settings and cases."""
    pattern: DispatchedPattern = getattr(scanner, name)
    whole = pattern.compile_all()
    for surface in _surfaces(pattern):
        for form in {surface, surface.upper(), surface.title()}:
            for text in (f"{form}", f" {form} ", f"-{form}s", f"M{form}.", f" {form}1"):
                assert _groups(pattern.match(text, 0)) == _groups(whole.match(text, 0)), text


def _plain_tree(entries: list[str], space: str) -> str:
    """A prefix tree rendered node by node: the reference the fast renderer must equal."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for entry in entries:
        node = tree
        for char in entry:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            (space if char == " " else re.escape(char)) + render(node[char])
            for char in sorted(node)
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(tree)


@settings(max_examples=300)
@given(st.lists(st.text(alphabet="ab .\u212a\U0010ffff", max_size=6), min_size=1, max_size=12))
@example(["say", "says", "said", "sa"])
@example(["\U0010ffff", "\U0010ffffa", "a"])
def test_the_prefix_tree_is_rendered_node_by_node(entries: list[str]) -> None:
    assert alternation(entries, space=r"\s+", factored=True) == _plain_tree(entries, r"\s+")
