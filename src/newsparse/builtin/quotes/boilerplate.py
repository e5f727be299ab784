"""Page furniture: link lines, captions, labels and subheadings.

Scraped articles keep lines that are no prose: ``Story continues below
advertisement``, ``READ MORE: ...``, ``WATCH: ...``, photo credits, and
subheadings set in single quotation marks.  They do not count as
paragraphs when a floating quote looks for the paragraph before it, and
their words are no antecedents for pronouns.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.attribution.marks import QuoteBlock
from newsparse.attribution.words import Word

__all__ = ["BOILERPLATE_OPENINGS", "is_boilerplate", "is_subheading", "paragraph_ranks"]

#: How link lines and labels begin.
BOILERPLATE_OPENINGS = (
    "READ MORE",
    "WATCH",
    "Read more",
    "RELATED",
    "Watch:",
    "Photo",
    "PHOTO",
    "Article Continued",
    "Story continues",
)
_FINAL_STOPS = (".", "”", '"', "?", "!", "’")


def is_subheading(text: str, block: QuoteBlock, words: Sequence[Word]) -> bool:
    """Whether a standalone quotation is a subheading: single marks, alone, no final stop."""
    if block.family != "single" or len(words) != 1:
        return False
    inner = text[block.start + 1 : block.end - 1].rstrip()
    return not inner.endswith((".", "!", "?", ","))


def is_boilerplate(paragraph: str) -> bool:
    """Whether a paragraph is page furniture: a link line, a caption, a short label."""
    if paragraph.startswith(BOILERPLATE_OPENINGS):
        return True
    return len(paragraph.split()) <= 6 and not paragraph.rstrip().endswith(_FINAL_STOPS)


def paragraph_ranks(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[int]:
    """Return each paragraph's rank, not counting boilerplate lines (``Story continues below``)."""
    ranks: list[int] = []
    rank = -1
    for lo, hi in paragraphs:
        if not is_boilerplate(text[lo:hi]):
            rank += 1
        ranks.append(max(rank, 0))
    return ranks
