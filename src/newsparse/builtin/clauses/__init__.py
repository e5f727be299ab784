"""The ``rules.statement_clauses`` plugin: every commitment of a statement, with its parties.

See :doc:`/statement_clauses` for what a clause is;
:class:`~newsparse.builtin.clauses.processor.StatementClauseExtractor` is the
class to reuse with an extended
:class:`~newsparse.builtin.clauses.cues.CueLexicon`.
"""
