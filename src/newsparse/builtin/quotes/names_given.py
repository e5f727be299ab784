"""Names a described person gives: ``a retired postal worker who gave her name only as Bev``.

News that keeps a source half anonymous still names them, by a first name or
a nickname, in a clause attached to their description: a relative clause of
giving or asking to be identified by a name (``who gave her name only as
Bev``, ``who gave only his first name, Arjun,``, ``who asked to be
identified only by her first name, Dana``), perhaps past a participle phrase
set off before it (``A young mother holding a baby, who gave her name only as
Precious,``), a passive relative of identifying (``the man, who was later
identified by neighbours as Sipho Dube,``) or a participle phrase of
identifying (``identified only as Marco``, ``known only as Lulu``), or an
apposition that names (``The food bank's director, a retired school
principal named Walter Huang,``).  That name is the person's name.
"""

from __future__ import annotations

import re

__all__ = ["name_given"]

#: A name as the article writes it: one or two capitalised words, perhaps in quotation marks.
_NAME = r"[“\"‘']?(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]*\.?)?)[”\"’']?"
#: A possessive pronoun and the kind of name: ``her name``, ``his first name``.
_WHOSE_NAME = r"(?:his|her|their)\s+(?:first\s+|last\s+|given\s+)?name"
#: The clauses of naming that may follow a description.
_NAME_GIVEN = re.compile(
    r",?\s+(?:"
    # ``who gave her name only as Bev``, ``who gave only his first name, Arjun``
    rf"(?:who|that)\s+(?:would\s+)?(?:gave|gives|give|offered|provided)\s+(?:only\s+)?"
    rf"{_WHOSE_NAME}\s*(?:only\s+)?(?:as\s+|,\s*)"
    # ``who asked to be identified only by her first name, Dana``, ``... only as Dana``
    rf"|(?:who|that)\s+(?:asked|wished|wanted|agreed)\s+to\s+be\s+(?:identified|named|called)"
    rf"\s+(?:only\s+)?(?:by\s+{_WHOSE_NAME},?\s*|as\s+)"
    # ``who was later identified by neighbours as Sipho Dube``: a passive of identifying
    r"|(?:who|that)\s+(?:was|were|is|(?:has|had)\s+(?:since\s+)?been)\s+(?:later\s+|since\s+|subsequently\s+)?"
    r"(?:identified|named)\s+(?:by\s+(?:[a-z][\w’'\-]*\s+){1,3}?)?as\s+"
    # ``identified only as Marco``, ``known only as Lulu``, ``named only as Sal``
    r"|(?:identified|known|named)\s+only\s+(?:by\s+" + _WHOSE_NAME + r",?\s*|as\s+)"
    # ``, a retired school principal named Walter Huang,``: an apposition that names
    r"|an?\s+(?:[a-z][\w’'\-]*\s+){1,4}?(?:named|called)\s+"
    rf"){_NAME}"
)
#: A participle phrase set off between a description and its clause of naming:
#: ``A young mother`` `` holding a baby on her hip`` ``, who gave her name ...``.
_PARTICIPLE_PHRASE = re.compile(r"\s+[a-z]+ing\s+[^,.;:!?\n“”\"]{1,80}?(?=,\s+(?:who|that)\b)")
#: A possessive pronoun of the third person singular in a clause of naming.
_POSSESSIVE = re.compile(r"\b(?:his|her)\b")
#: The sex each possessive tells.
_SEXES = {"his": "male", "her": "female"}
#: Where a clause of naming may open inside a description: `` who``, ``, identified``.
_CLAUSE_OPENING = re.compile(r",?\s+(?:who|that|identified|known|named)\b")


def name_given(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """Return the name a clause of naming gives the person a description describes, if any.

    The clause follows the description's head inside it or right after it.
    The name comes with the sex the clause's possessive tells (``her
    name``: ``female``), else ``None``.

    :param text: the document text.
    :param start: where the description starts.
    :param end: where the description ends (the clause may open with a comma).
    """
    found = _NAME_GIVEN.match(text, end)
    if found is None:
        # ``A young mother holding a baby, who gave her name only as Precious,``
        phrase = _PARTICIPLE_PHRASE.match(text, end)
        found = _NAME_GIVEN.match(text, phrase.end()) if phrase is not None else None
    if found is None:
        inner = _CLAUSE_OPENING.search(text, start, end)
        found = _NAME_GIVEN.match(text, inner.start()) if inner is not None else None
    if found is None:
        return None
    pronoun = _POSSESSIVE.search(found.group())
    sex = _SEXES.get(pronoun.group().lower()) if pronoun is not None else None
    return found.group("name").rstrip("."), sex
