"""Closed classes of words that several steps of the rule path test.

Coordinators, the words that open a clause, quantifiers, contrastive
subordinators, the verbs of requesting and the endings of plural agent
nouns, as the rule path
(:mod:`~newsparse.builtin.quotes.indirect`) reads them off a clause's words.
A list that one step alone uses lives with that step.
"""

from __future__ import annotations

from newsparse.attribution.wordlists import words_of
from newsparse.attribution.words import Word
from newsparse.lexicon import default_lexicon

__all__ = [
    "AGENT_PLURALS",
    "AGENT_SINGULARS",
    "CLAUSE_STARTS",
    "CONCESSIVES",
    "CONTRASTIVES",
    "COORDINATORS",
    "NOT_CONTENT_AFTER_COMMA",
    "PARENTHETICAL_ADVERBS",
    "QUANTIFIERS",
    "QUANTITY_OPENERS",
    "REQUEST_VERBS",
    "is_agent_plural",
    "opens_quantity",
]

#: Verbs of requesting (VerbNet urge-58.1, the lexicon's ``request_verbs``): a cue
#: among them reports an infinitive after its hearer (``asked cottagers to boil their water``).
REQUEST_VERBS = default_lexicon().words("request_verbs")

#: Coordinating conjunctions that join clauses or a second verb (``and warned``).
COORDINATORS = frozenset({"and", "but", "or", "then"})

#: Adverbs set off by commas inside a clause (``said, however, that``).
PARENTHETICAL_ADVERBS = frozenset(
    {"however", "though", "too", "also", "again", "instead", "moreover"}
)

#: Words after a comma that open no reported content: relative and
#: subordinating words, prepositions, conjunctions and participles of saying.
NOT_CONTENT_AFTER_COMMA = words_of(
    """
    who which as while before after when in at on according with and but or so because
    since though although whose where adding saying noting
    """
)

#: Quantifiers that stand for people as a subject: ``Some argued that ...``.
QUANTIFIERS = words_of("some many most several few others all both critics")

#: Words that open a clause: ``that``, subject pronouns and their contractions,
#: demonstratives.
CLAUSE_STARTS = words_of(
    """
    that he she it they we i you there this these those he's she's it's they're we're
    i'm there's he’s she’s it’s they’re we’re i’m there’s
    """
)

#: Words that open a quantified subject (``more than half of ...``, ``most voters``).
QUANTITY_OPENERS = QUANTIFIERS | words_of(
    "more fewer less half nearly almost roughly only every each no none neither either"
)


def opens_quantity(word: Word) -> bool:
    """Whether a word opens a quantified noun phrase (``half``, ``fewer``, ``40``)."""
    return word.lower in QUANTITY_OPENERS or word.text[:1].isdigit()


#: Endings of plural agent nouns (``farmers``, ``investors``, ``employees``).
AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ees")


def is_agent_plural(word: str) -> bool:
    """Whether a lower-case *word* reads as a plural agent noun (``investigators``, ``economists``).

    :param word: the word, lower-cased.
    """
    return len(word) > 5 and word.isalpha() and word.endswith(AGENT_PLURALS)


#: Endings of agent nouns in the singular (``investigator``, ``animator``, ``economist``).
AGENT_SINGULARS = ("er", "or", "ist", "ian", "ee")

#: Subordinators of contrast: after a comma they open a second statement, not a content.
CONTRASTIVES = words_of("while whereas")

#: Conjunctions of concession: after a comma they open the writer's aside, which
#: ends the reported clause before it and may hold a report of its own.
CONCESSIVES = words_of("though although")
