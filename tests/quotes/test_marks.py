"""Quotation-mark pairing: curly and straight, nesting, paragraphs, apostrophes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.attribution.marks import QuoteBlock, find_quote_blocks


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _blocks(text: str) -> list[str]:
    marks = find_quote_blocks(text, _paragraphs(text))
    return [text[b.start : b.end] for b in marks.blocks]


def test_curly_double_quotes_pair() -> None:
    text = "“We are grateful,” Mr. Putin said. “It is hard-earned.”"
    assert _blocks(text) == ["“We are grateful,”", "“It is hard-earned.”"]


def test_straight_double_quotes_pair_by_position() -> None:
    text = 'She said "yes" and then "no, never."'
    assert _blocks(text) == ['"yes"', '"no, never."']


def test_curly_mark_typed_the_wrong_way_round_still_opens() -> None:
    text = "He wrote ”This team is building bridges” on his blog."
    assert _blocks(text) == ["”This team is building bridges”"]


def test_inner_single_quotes_are_content_of_the_double_quotation() -> None:
    text = "“People tell me, ‘Well, the shelves are empty again.’ So I worry,” he said."
    assert _blocks(text) == ["“People tell me, ‘Well, the shelves are empty again.’ So I worry,”"]


def test_single_quotes_pair_outside_double_quotations() -> None:
    text = "Okafor says the board is 'moving too fast' with the plan."
    assert _blocks(text) == ["'moving too fast'"]


def test_double_quotation_nested_in_single_one_is_dropped() -> None:
    text = "‘He said “no” to me,’ she recalled."
    assert _blocks(text) == ["‘He said “no” to me,’"]


def test_guillemets_pair() -> None:
    text = "Le président a dit « nous gagnerons » hier."
    assert _blocks(text) == ["« nous gagnerons »"]


def test_low_opening_mark_pairs_with_closing_mark() -> None:
    text = "Er sagte „wir schaffen das“ gestern."
    assert _blocks(text) == ["„wir schaffen das“"]


def test_apostrophes_are_not_marks() -> None:
    text = "Putin’s visit and the voters’ choice don’t matter in the ’90s, rock ’n’ roll."
    assert _blocks(text) == []


def test_possessive_plural_closes_an_open_single_quotation() -> None:
    text = "He called it ‘a fight for the players’ and left."
    assert _blocks(text) == ["‘a fight for the players’"]


def test_multi_paragraph_quotation_runs_until_the_closing_mark() -> None:
    text = "“The first part of it.\n“The second part of it.\n“The last part,” she said.\nAfter."
    marks = find_quote_blocks(text, _paragraphs(text))
    assert len(marks.blocks) == 1
    block = marks.blocks[0]
    assert text[block.start : block.end].endswith("“The last part,”")
    assert block.paragraphs == 3
    assert block.closed


def test_unclosed_quotation_ends_with_its_paragraph() -> None:
    text = "“We have nothing to lose, he said\nThe next paragraph is narrative.\nAnd so is this."
    marks = find_quote_blocks(text, _paragraphs(text))
    assert marks.blocks == (QuoteBlock(0, text.index("\n"), "double", False),)


def test_unclosed_quotation_stops_at_the_next_opening_mark() -> None:
    text = "He said “one thing. Then “another thing.”"
    assert _blocks(text) == ["“one thing.", "“another thing.”"]


def test_stray_closing_mark_is_reported() -> None:
    text = "It was never about the opponent,” he said."
    marks = find_quote_blocks(text, _paragraphs(text))
    assert marks.blocks == ()
    assert marks.stray_closers == (text.index("”"),)


_ALPHABET = st.sampled_from([*"ab c.,\n\"'“”‘’«»„", "word ", "don't ", "\n\n"])


@settings(deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_blocks_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    paragraphs = _paragraphs(text)
    first = find_quote_blocks(text, paragraphs)
    assert first == find_quote_blocks(text, paragraphs)
    previous_end = 0
    for block in first.blocks:
        assert previous_end <= block.start < block.end <= len(text)
        previous_end = block.end
        if block.paragraphs == 1:
            assert any(lo <= block.start and block.end <= hi for lo, hi in paragraphs)
