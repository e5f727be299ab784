"""The attribution toolkit shared by the quote rules and every stage that reads speech.

* :mod:`~newsparse.attribution.marks`: quotation marks paired into
  quotation blocks (``QuoteBlock``, ``find_quote_blocks``).
* :mod:`~newsparse.attribution.words`: the word runs of a clause, with
  quotations as single tokens (``Word``, ``clause_words``).
* :mod:`~newsparse.attribution.cue_lexicon`: the cue verbs of the shared
  lexicon, inflected, classed and compiled (``CueLexicon``).
* :mod:`~newsparse.attribution.cues`: cue verbs found in a clause and used
  as verbs (``find_cues``).
* :mod:`~newsparse.attribution.mentions`: who a clause names as its
  subject or speaker (``Mention``, ``EntityIndex``, ``mention_before``,
  ``mention_after``, ``subject_of``, ``subject_start``).
* :mod:`~newsparse.attribution.descriptive`: the unnamed subject a narrative
  clause opens with (``DescriptiveSubject``, ``descriptive_subject``,
  ``plural_of_people``).
* :mod:`~newsparse.attribution.names`: the full names, roles and sexes of
  one document's people (``NameIndex``, ``strip_titles``).
* :mod:`~newsparse.attribution.roles`: the roles the words around a name
  give it (``Role``, ``roles_after``, ``roles_before``, ``agent_noun``).
* :mod:`~newsparse.attribution.wordlists`: closed word classes (pronouns,
  determiners, speaker and institution nouns).

Every name above is importable from ``newsparse.attribution`` itself.

Example::

    >>> from newsparse.attribution import CueLexicon, clause_words, find_cues
    >>> text = "The minister said the plan would work."
    >>> words = clause_words(text, 0, len(text), [])
    >>> [words[hit.first].text for hit in find_cues(words, CueLexicon.default())]
    ['said']
"""

from __future__ import annotations

from newsparse.attribution.cue_lexicon import (
    CUE_CLASSES,
    CueClass,
    CueEntry,
    CueLexicon,
    cues_by_class,
    inflect,
    parse_cue_spec,
)
from newsparse.attribution.cues import CueHit, find_cues
from newsparse.attribution.descriptive import (
    DescriptiveSubject,
    descriptive_subject,
    plural_of_people,
)
from newsparse.attribution.marks import QuoteBlock, QuoteMarks, find_quote_blocks
from newsparse.attribution.mentions import (
    EntityIndex,
    Mention,
    MentionKind,
    first_person,
    mention_after,
    mention_before,
    subject_of,
    subject_start,
)
from newsparse.attribution.names import NameIndex, strip_titles
from newsparse.attribution.roles import Role, agent_noun, roles_after, roles_before
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word, clause_words, is_capitalised

__all__ = [
    "CUE_CLASSES",
    "PUNCT",
    "QUOTE",
    "WORD",
    "CueClass",
    "CueEntry",
    "CueHit",
    "CueLexicon",
    "DescriptiveSubject",
    "EntityIndex",
    "Mention",
    "MentionKind",
    "NameIndex",
    "QuoteBlock",
    "QuoteMarks",
    "Role",
    "Word",
    "agent_noun",
    "clause_words",
    "cues_by_class",
    "descriptive_subject",
    "find_cues",
    "find_quote_blocks",
    "first_person",
    "inflect",
    "is_capitalised",
    "mention_after",
    "mention_before",
    "parse_cue_spec",
    "plural_of_people",
    "roles_after",
    "roles_before",
    "strip_titles",
    "subject_of",
    "subject_start",
]
