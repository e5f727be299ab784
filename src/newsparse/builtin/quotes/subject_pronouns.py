"""Subject pronouns of the narration: the ``he`` and ``she`` that continue a chain.

``he`` and ``she`` are nominative: each is the subject of its clause, main or
embedded.  The speaker resolver records whom each one outside quotations
refers to, so that a chain of pronouns goes on naming its referent
(:meth:`~newsparse.builtin.quotes.antecedents.Antecedents.continue_subject`).
"""

from __future__ import annotations

import re

from newsparse.attribution.mentions import Mention

__all__ = ["subject_pronouns"]

#: A nominative pronoun of the third person singular, not part of a compound (``she-wolf``).
_NOMINATIVE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b(?![-/])")


def subject_pronouns(text: str, start: int, end: int) -> list[Mention]:
    """Return the ``he`` and ``she`` in ``[start, end)`` of *text*, in order."""
    return [
        Mention(found.start(), found.end(), "pronoun")
        for found in _NOMINATIVE.finditer(text, start, end)
    ]
