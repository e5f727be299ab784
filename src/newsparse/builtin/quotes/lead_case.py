"""Tabloid leads in capitals: ``A GRANDMOTHER who scooped the Lotto says ...``.

Tabloids write the first words of a story's lead in capitals (``A PLUCKY
pensioner fought off a burglar``, ``A GRANDMOTHER who won the draw says``).
Read as written, the capitals look like a name, and the words after them
lose their subject.  A run of words in capitals right after the article
that opens a paragraph, ending on a noun of a person or followed by one in
lower case, is a description written for show: it is read in lower case,
of the same length, so that every offset stays the same.
"""

from __future__ import annotations

import re

from newsparse.builtin.quotes.speaker_words import person_noun

__all__ = ["lead_in_lower_case"]

#: The article that opens a paragraph, a run of words in capitals and the word after it.
_CAPITAL_LEAD = re.compile(
    r"(?:^|(?<=\n))(?:A|An|The)\s+(?P<run>[A-Z]{3,}(?:[\s\-][A-Z]{3,}){0,2})\s+(?P<next>[a-z]+)"
)


def lead_in_lower_case(text: str) -> str:
    """Return *text* with each paragraph's tabloid lead in capitals written in lower case.

    ``A PLUCKY pensioner`` -> ``A plucky pensioner``; ``The NHS said``
    keeps its capitals: an acronym is no noun of a person, and the word
    after it is none either.  The result has the length of *text*.
    """
    found = [
        match
        for match in _CAPITAL_LEAD.finditer(text)
        if person_noun(re.split(r"[\s\-]", match.group("run"))[-1].lower())
        or person_noun(match.group("next"))
    ]
    if not found:
        return text
    parts: list[str] = []
    at = 0
    for match in found:
        parts.append(text[at : match.start("run")])
        parts.append(match.group("run").lower())
        at = match.end("run")
    parts.append(text[at:])
    return "".join(parts)
