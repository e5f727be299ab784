"""Page furniture: link lines, captions, labels and subheadings.

Scraped articles keep lines that are no prose: ``Story continues below
advertisement``, ``READ MORE: ...``, ``WATCH: ...``, photo credits, headlines
and links to other stories (a short line without a final stop), and
subheadings set in single quotation marks.  They do not count as
paragraphs when a floating quote looks for the paragraph before it, and
their words are no antecedents for pronouns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse.attribution.marks import QuoteBlock
from newsparse.attribution.words import Word
from newsparse.lexicon import default_lexicon
from newsparse.lexicon.dispatch import LazyPattern

__all__ = [
    "BOILERPLATE_OPENINGS",
    "furniture_flags",
    "is_boilerplate",
    "is_subheading",
    "paragraph_ranks",
]

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
#: Quotation marks: a paragraph that quotes someone is no caption.
#: Double quotation marks, two apostrophes typed for one among them.
_QUOTE_MARKS = ("“", "”", '"', "''")
_FINAL_STOPS = (".", "”", '"', "?", "!", "’", "''")
#: A photo credit closing a caption: ``(Ana Lima/Daily Courier)``,
#: ``Jon Ekberg / THE CITY POST``, ``( Mia Holt / Herald File Photo )``.
_CREDIT = LazyPattern(
    r"(?:\(\s*)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}\s*/\s*"
    r"[A-Z][\w.&’'\-]*(?:\s+[\w.&’'\-]+){0,5}\s*\)?\s*\Z"
)

#: A credit set as the caption's last sentence or in closing parentheses, without
#: a slash: ``... on Sunday. The Daily Courier.``, ``... on Sunday. (Herald File Photo)``.
#: The sentence before must end on a lower-case word, a digit or a parenthesis,
#: so that ``... in the U.S. Congress.`` is no caption.  (The look-behind follows the
#: first white space, so that the search skips ahead to white space quickly.)
_BARE_CREDIT = re.compile(
    r"\s(?:(?<=[a-z0-9)][.!?]\s)|(?<=[a-z0-9)][.!?][”’\"]\s))\s*"
    r"(?:\(\s*)?(?:The\s+)?[A-Z][\w.&’'\-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w.&’'\-]*){0,4}"
    r"(?:\.|\s*\))\s*\Z"
)


#: A dotted abbreviation ending the words before a bare credit (``at 7 a.m.
#: Friday.``): the stop is the abbreviation's, and the sentence goes on.
_DOTTED_ABBREVIATION = re.compile(r"(?<![\w.])[A-Za-z]\.[A-Za-z]\.\Z")
_CLAUSE_COMMA = re.compile(r",\s+[a-z]")
#: Abbreviations written before a name (``St.``, ``Dr.``, ``Mt.``), lower-cased: their
#: stop ends no sentence, so the name after them (``... at St. Paul.``) is no credit.
_TITLE_ABBREVIATIONS = frozenset(
    word.lower() for word, kind in default_lexicon().table("abbreviations") if kind == "title"
)
#: The word before a stop: ``St`` in ``at St.``.
_WORD_BEFORE_STOP = re.compile(r"(\w+)[.!?][”’\"]?\Z")
#: Words a headline or a link line may hold.
_HEADLINE_WORDS = 14
#: Words a line of the document's head (a headline with its deck) may hold.
_DECK_WORDS = 30


def is_subheading(text: str, block: QuoteBlock, words: Sequence[Word]) -> bool:
    """Whether a standalone quotation is a subheading: single marks, alone, no final stop.

    A quotation in single marks set alone in capitals is one too, whatever
    its stop (``‘WE WILL BE BACK!’``): display type, not a sentence.
    """
    if block.family != "single" or len(words) != 1:
        return False
    inner = text[block.start + 1 : block.end - 1].rstrip()
    return not inner.endswith((".", "!", "?", ",")) or _in_capitals(inner)


#: Letters a line in capitals must hold, so that an initialism (``‘OK!’``) is none.
_CAPITALS_LETTERS = 8


def _in_capitals(line: str) -> bool:
    """Whether a line is set in capitals: all its letters upper-case, and enough of them."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= _CAPITALS_LETTERS and all(c.isupper() for c in letters)


def _display_line(line: str) -> bool:
    """Whether a line of the document's head reads as a headline, not prose.

    It ends on a word (``Mill to close, union says``) or on a closing single
    mark right after a word (``union says workers ‘blindsided’``: headlines
    quote in single marks, without a stop).
    """
    if line[-1:].isalnum():
        return True
    return line[-1:] in ("’", "'") and line[-2:-1].isalnum()


def is_boilerplate(paragraph: str) -> bool:
    """Whether a paragraph is page furniture: a link line, a caption, a short label.

    A caption is told by the photo credit that closes it (``... on Sunday.
    (Ana Lima/Daily Courier)``, ``... on Sunday. The Daily Courier.``): what
    it says is no quote and its names are no antecedents.
    """
    if paragraph.startswith(BOILERPLATE_OPENINGS):
        return True
    tail = paragraph[-120:]
    if "/" in tail and _CREDIT.search(tail) is not None:
        return True
    credit = _BARE_CREDIT.search(tail)
    while credit is not None and _after_title_abbreviation(tail, credit.start()):
        # ``... at St. Paul.``: the name after a title's abbreviation goes on the
        # sentence; a credit may still close it (``near Mt. Baker. Lena Park.``)
        credit = _BARE_CREDIT.search(tail, credit.start() + 1)
    if (
        credit is not None
        and _DOTTED_ABBREVIATION.search(tail, 0, credit.start()) is None
        and not any(m in paragraph for m in _QUOTE_MARKS)
    ):
        return True
    # a comma before a lower-case word joins two parts of a clause (``It is
    # late, he says``): prose that lost its stop, no label
    if paragraph.rstrip().endswith(_FINAL_STOPS) or _CLAUSE_COMMA.search(paragraph) is not None:
        return False
    # Seven pieces at most: enough to tell "six words or fewer".
    if len(paragraph.split(maxsplit=6)) <= 6:
        return True
    # a headline or a link to another story (``Mayor says fares will rise in
    # January``, ``Related: Council says no to bike lanes``): one short line
    # that ends on a word, with no quotation mark (a line ending on a colon
    # announces what follows)
    return (
        len(paragraph.split(maxsplit=_HEADLINE_WORDS)) <= _HEADLINE_WORDS
        and not any(m in paragraph for m in _QUOTE_MARKS)
        and paragraph.rstrip()[-1:].isalnum()
    )


def furniture_flags(paragraphs: Sequence[str]) -> list[bool]:
    """Return, for each paragraph of a document, whether it is page furniture.

    A paragraph is furniture by :func:`is_boilerplate`, or as a line of the
    document's head: the lines before its first paragraph of prose (one that
    ends with a stop) that end on a word and hold no double quotation mark
    are its headline and deck, commas or not (``Field yields rare stone,
    experts say``, ``Union says no strike yet, but talks have stalled``), and
    so is one that ends with a word in single marks (``Union says workers
    ‘blindsided’``).  A line with no prose paragraph after it is no head.

    :param paragraphs: the document's paragraphs, in order.
    """
    flags = [is_boilerplate(paragraph) for paragraph in paragraphs]
    lead = next(
        (
            n
            for n, paragraph in enumerate(paragraphs)
            if paragraph.rstrip().endswith(_FINAL_STOPS) and not _display_line(paragraph.rstrip())
        ),
        0,
    )
    for n in range(lead):
        line = paragraphs[n].rstrip()
        if (
            _display_line(line)
            and len(line.split(maxsplit=_DECK_WORDS)) <= _DECK_WORDS
            and not any(m in line for m in _QUOTE_MARKS)
        ):
            flags[n] = True
    return flags


def _after_title_abbreviation(text: str, end: int) -> bool:
    """Whether the stop ending at *end* is that of an abbreviation written before a name."""
    before = _WORD_BEFORE_STOP.search(text, 0, end)
    return before is not None and before.group(1).lower() in _TITLE_ABBREVIATIONS


def paragraph_ranks(boilerplate: Sequence[bool]) -> list[int]:
    """Return each paragraph's rank, not counting boilerplate lines (``Story continues below``).

    :param boilerplate: for each paragraph, whether it is page furniture
        (:func:`is_boilerplate`).
    """
    ranks: list[int] = []
    rank = -1
    for furniture in boilerplate:
        if not furniture:
            rank += 1
        ranks.append(max(rank, 0))
    return ranks
