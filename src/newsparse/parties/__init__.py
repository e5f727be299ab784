"""Who takes part in a statement: its signatories, and the parties a phrase names.

One place resolves parties for every stage that needs them: the
``rules.statement_clauses`` processor gives each clause its parties, and
``rules.quotes`` names the signatories as the speaker of a quote whose
source is a statement (``the joint statement said``, ``both sides said``).

* :class:`~newsparse.parties.refs.PartyRefs` finds the countries a text
  names: country names, capitals (``Beijing`` stands for China) and
  demonyms (``the Russian side``), with the canonical names of the
  lexicon's ``countries`` table (:class:`~newsparse.parties.refs.PartyNames`).
* :class:`~newsparse.parties.statements.StatementIndex` finds the
  statements a document gives or reports (``a joint statement``, ``Joint
  Communiqué of ...``) and their signatories.
* :class:`~newsparse.parties.resolver.PartyResolver` answers, for a phrase
  at a position, which parties it names (``both sides``, ``the two
  leaders``, ``Moscow and Beijing``, ``the Kazakh side``, ``it``).
"""

from newsparse.parties.refs import (
    GROUP_PHRASE,
    STATEMENT_NOUN,
    PartyNames,
    PartyRef,
    PartyRefs,
    party_names,
)
from newsparse.parties.resolver import PartyResolver, Subject, SubjectKind, join_names
from newsparse.parties.statements import StatementIndex, StatementInfo

__all__ = [
    "GROUP_PHRASE",
    "STATEMENT_NOUN",
    "PartyNames",
    "PartyRef",
    "PartyRefs",
    "PartyResolver",
    "StatementIndex",
    "StatementInfo",
    "Subject",
    "SubjectKind",
    "join_names",
    "party_names",
]
