"""Paragraph splitting: one paragraph per line, blank lines ignored.

News copy puts one paragraph on a line (wire copy, scraped articles) or
separates paragraphs with blank lines.  Both come out the same way here:
every non-blank line is a paragraph, trimmed of surrounding spaces.  The
one exception is a line that was wrapped inside a sentence: a line that
does not end in sentence-final punctuation followed, after a single line
break, by a line that starts with a lowercase letter continues the same
paragraph.
"""

from __future__ import annotations

import re

from newsparse.lexicon.dispatch import LazyPattern
from newsparse.text.charclasses import (
    CLOSING_PUNCTUATION,
    LINE_BREAKS,
    SPACE,
    TERMINAL_PUNCTUATION,
)

__all__ = ["paragraph_spans"]

#: The trimmed content of one non-blank line.
_LINE = re.compile(rf"[^{SPACE}](?:[^{LINE_BREAKS}]*[^{SPACE}])?")

#: One line break (``\r\n`` counts once).
_LINE_BREAK = LazyPattern(rf"\r\n|[{LINE_BREAKS}]")

_LINE_END_CHARS = frozenset(TERMINAL_PUNCTUATION + CLOSING_PUNCTUATION + ":;")


def _continues(text: str, previous_end: int, start: int) -> bool:
    """Whether the line at *start* continues a sentence wrapped at *previous_end*."""
    if text[previous_end - 1] in _LINE_END_CHARS or not text[start].islower():
        return False
    return len(_LINE_BREAK.findall(text, previous_end, start)) == 1


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of the paragraphs of *text*.

    Spans are trimmed of surrounding whitespace, in order and never
    overlap; text that is all whitespace has no paragraph.

    :param text: the document text.
    :return: half-open code-point offsets into *text*.
    """
    spans: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        if spans and _continues(text, spans[-1][1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans
