r"""The English lexicon every built-in stage and plugin shares.

One home per word list: titles, honorifics, given names, months and
weekdays, name particles, abbreviations, cue verbs, units, currencies and
the gazetteers are plain UTF-8 files in ``newsparse/lexicon/data`` (see
:doc:`/lexicon`), read by one loader into an immutable :class:`Lexicon`.

* :func:`default_lexicon` returns the built-in lists (read on first use,
  then cached).
* :meth:`Lexicon.extended` returns a new lexicon with lists extended,
  trimmed or replaced by :class:`WordList` changes; plugins declare such
  changes with the ``newsparse_word_lists`` hook and the
  :class:`~newsparse.pipeline.Pipeline` builds one lexicon per pipeline.
* Processor factories read it with :func:`lexicon_from_config`.
* :func:`alternation` turns any list into the body of a regular expression
  (escaped, longest first).

Example::

    >>> from newsparse.lexicon import WordList, default_lexicon
    >>> "Mrs." in default_lexicon().words("honorifics")
    True
    >>> lexicon = default_lexicon().extended({"cue_verbs": WordList(add=["opine\tspeech"])})
    >>> ("opine", "speech") in lexicon.table("cue_verbs")
    True
"""

from __future__ import annotations

from newsparse.lexicon.core import (
    LEXICON_KEY,
    Lexicon,
    LexiconError,
    WordList,
    alternation,
    default_lexicon,
    lexicon_from_config,
)

__all__ = [
    "LEXICON_KEY",
    "Lexicon",
    "LexiconError",
    "WordList",
    "alternation",
    "default_lexicon",
    "lexicon_from_config",
]
