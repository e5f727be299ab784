r"""Text helpers every stage shares, whatever tokenizer or segmenter it uses.

* :mod:`~newsparse.text.charclasses`: the character classes of spaces, line
  breaks, quotes, dashes and final punctuation (bodies of regular-expression
  classes).
* :func:`paragraph_spans`: paragraphs of raw text, one per line.
* :func:`document_paragraphs`, :func:`document_sentences`,
  :class:`SentenceIndex` and :func:`trim`: paragraph and sentence spans
  from any segmenter's layers, and which sentence a span is in.
* :func:`canonical_name`, :func:`canonical_names`,
  :func:`link_short_names`, :func:`strip_name_titles`, :func:`name_key`:
  one canonical name per person, place and organisation.

Example::

    >>> from newsparse.text import canonical_names, paragraph_spans
    >>> paragraph_spans("First line.\n\nSecond line.")
    [(0, 11), (13, 25)]
    >>> canonical_names([("PERSON", "Dr. Ada Lovelace"), ("PERSON", "Lovelace's")])
    ['Ada Lovelace', 'Ada Lovelace']
"""

from __future__ import annotations

from newsparse.text.names import (
    PERSON_LABELS,
    canonical_name,
    canonical_names,
    link_short_names,
    name_key,
    strip_name_titles,
)
from newsparse.text.paragraphs import paragraph_spans
from newsparse.text.spans import (
    SentenceIndex,
    Span,
    document_paragraphs,
    document_sentences,
    minimal_sentences,
    trim,
)

__all__ = [
    "PERSON_LABELS",
    "SentenceIndex",
    "Span",
    "canonical_name",
    "canonical_names",
    "document_paragraphs",
    "document_sentences",
    "link_short_names",
    "minimal_sentences",
    "name_key",
    "paragraph_spans",
    "strip_name_titles",
    "trim",
]
