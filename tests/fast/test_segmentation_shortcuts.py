"""The sentence splitter's scans find what the plain expressions find, only faster."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.builtin.fast.sentences import _FINAL, _MARKS, _marks
from newsparse.text.charclasses import CLOSING_PUNCTUATION, SPACE, TERMINAL_PUNCTUATION

#: The candidate boundaries as first written: the lookbehind before the first mark.
_PLAIN_FINAL = re.compile(
    rf"(?<![{TERMINAL_PUNCTUATION}])"
    rf"[{TERMINAL_PUNCTUATION}]+(?:[ \u00a0][{TERMINAL_PUNCTUATION}]+)*"
    rf"(?P<close>[{CLOSING_PUNCTUATION}]*)(?=[{SPACE}]|\Z)"
)

PIECES = [
    "a", "I", "P", "Image", "Photo", "Credit", "Video", " ", "\u00a0", ".", "!", "?", "\u2026",
    ":", ";", "=", ")", "(", "D", "-", '"', "\u201d", "\u2022", "\u25aa", " The", ":)", ";-)",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
#: Where marks crowd: a candidate that fails right before one that matches.
MARK_PIECES = ["I", "P", "Photo", "Image", ":", ":)", ";", " ", " The", "\u2022", "x"]
crowded = st.lists(st.sampled_from(MARK_PIECES), max_size=12).map("".join)


#: Runs of final punctuation, spaced and closed.
runs = st.lists(st.sampled_from([".", "!", "\u2026", " ", "a", ")"]), max_size=12).map("".join)


@settings(deadline=None)
@given(texts | runs, st.data())
def test_final_punctuation_is_found_as_by_the_plain_lookbehind(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = [(m.span(), m.group("close")) for m in _FINAL.finditer(text, start, end)]
    assert found == [(m.span(), m.group("close")) for m in _PLAIN_FINAL.finditer(text, start, end)]


@settings(deadline=None)
@given(texts | crowded, st.data())
def test_marks_are_found_as_by_a_scan_of_every_position(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = [(m.span(), m.lastgroup) for m in _marks(text, start, end)]
    assert found == [(m.span(), m.lastgroup) for m in _MARKS.finditer(text, start, end)]


def test_a_credit_label_a_bullet_and_a_smiley_are_marks() -> None:
    text = "Nice view :) The end \u2022 Item Photo: Ada Lind"
    assert [m.group() for m in _marks(text, 0, len(text))] == [":)", "\u2022", "Photo:"]
    # A failed candidate (the "I" of no label) right before a smiley.
    assert [m.group() for m in _marks("I:) The", 0, 7)] == [":)"]


def test_a_run_of_final_punctuation_is_tried_only_from_its_start() -> None:
    # A scan starting inside the run ".." finds no boundary there.
    assert [m.span() for m in _FINAL.finditer("a.. b", 2)] == []
    assert [m.span() for m in _FINAL.finditer("a.. b")] == [(1, 3)]
