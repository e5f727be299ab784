"""Direct quotations that no cue claims: standalone quotes and their speakers.

A quotation that makes up a whole clause (``“It needn’t be so
adversarial.”``) is a direct quote even without a cue.  Its speaker is
inherited, in this order, from

1. the nearest attributed quote before it in the same paragraph
   (``“A,” he said. “B.”``);
2. the nearest attributed quote after it in the same paragraph
   (``“A.” “B,” she said.``);
3. the last quote of the previous paragraph (a *floating* quote: a
   paragraph of quotation right after an attributed one);

unless a sentence that reports nothing, between that quote and the
quotation, names a person (``Okafor was named captain last spring.``
before a paragraph of quotation): then that person is the speaker.  It is
``None`` otherwise.  A quotation inside a clause that no cue claims
(``a “no limits” partnership``, ``“dual-use” components``) is a scare
quote, a title or a term, and no quote at all.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsparse.attribution.mentions import EntityIndex, Mention, first_person
from newsparse.attribution.wordlists import DETERMINERS, PREPOSITIONS
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word

__all__ = [
    "attribution_after",
    "inheritance_source",
    "leading_blocks",
    "parenthesis_owner",
    "parenthesised_blocks",
    "standalone_blocks",
]


def standalone_blocks(words: Sequence[Word]) -> list[int]:
    """Return the quotations of a clause made only of quotations and punctuation.

    :param words: the clause's tokens.
    :return: block indices, or an empty list when the clause has words of its own.
    """
    found: list[int] = []
    for word in words:
        if word.kind == QUOTE:
            found.append(word.block)
        elif word.kind != PUNCT:
            return []
    return found


def leading_blocks(words: Sequence[Word]) -> list[int]:
    """Return the quotation that opens a clause and ends in a comma before words.

    ``“We will be back,” the team members chant.``: a quotation closed by a
    comma hands the sentence over to its attribution, whatever verb that
    uses.  A quotation that ends with a stop, or is followed by no words, is
    left to :func:`standalone_blocks`.

    :param words: the clause's tokens.
    :return: the opening quotation's block index, or an empty list.
    """
    k = 0
    while k < len(words) and words[k].kind == PUNCT:
        k += 1
    if k >= len(words) or words[k].kind != QUOTE:
        return []
    inner = words[k].text[:-1].rstrip()
    follows = words[k + 1] if k + 1 < len(words) else None
    if follows is not None and follows.text == ",":
        follows = words[k + 2] if k + 2 < len(words) else None
    elif not inner.endswith(","):
        return []
    if follows is None or follows.kind != WORD:
        return []
    return [words[k].block]


#: Pronouns that may open the attribution after a leading quotation: ``“...,” they sign off``.
_THIRD_PERSON = frozenset({"he", "she", "they", "we"})
#: Words a parenthesised quotation needs to be speech, not a defined term (``(“the Act”)``).
_PARENTHESISED_WORDS = 4


def attribution_after(words: Sequence[Word], block: int, entities: EntityIndex) -> Mention | None:
    """Return the speaker the words after a leading quotation name (``“...,” quipped Ms. Arden``).

    :param words: the clause's tokens.
    :param block: the leading quotation's block index (:func:`leading_blocks`).
    :param entities: the document's speaker entities.
    :return: the first person named after the quotation, or a personal
        pronoun that opens the words after it followed by a verb (``“...,”
        they sign off``), or ``None`` (the speaker is then inherited like a
        standalone quotation's).
    """
    quotation_end = min(x.end for x in words if x.block == block)
    rest = [w for w in words if (w.kind != QUOTE or w.block != block) and w.start > quotation_end]
    while rest and rest[0].kind == PUNCT:
        rest = rest[1:]
    if not rest:
        return None
    first = rest[0]
    if (
        first.lower in _THIRD_PERSON
        and len(rest) > 1
        and rest[1].kind == WORD
        and rest[1].text[:1].islower()
    ):
        return Mention(first.start, first.end, "pronoun")
    return first_person(rest, entities)


def parenthesised_blocks(words: Sequence[Word]) -> list[int]:
    """Return the quotations that fill a pair of parentheses inside a clause.

    ``his riffs (“Fear is a vector, not a scalar”) go on``: a quotation set
    in parentheses is an example of someone's words; one of fewer than four
    words is a defined term or a title (``the Act (“the Act”)``).

    :param words: the clause's tokens.
    :return: block indices, in order.
    """
    found: list[int] = []
    for k in range(1, len(words) - 1):
        word = words[k]
        if (
            word.kind == QUOTE
            and words[k - 1].text == "("
            and words[k + 1].text == ")"
            and len(word.text.split()) >= _PARENTHESISED_WORDS
        ):
            found.append(word.block)
    return found


#: Possessive pronouns that own the noun phrase before a parenthesised quotation.
_OWNERS = frozenset({"his", "her", "their", "its"})
#: Words of the noun phrase before a parenthesis read at most.
_OWNED_PHRASE = 8


def parenthesis_owner(words: Sequence[Word], block: int, entities: EntityIndex) -> Mention | None:
    """Return whose words a parenthesised quotation gives: the owner of the phrase before it.

    ``he gets to go on with his personal riffs (“Fear is a vector”)``: the
    possessive pronoun of the noun phrase the quotation illustrates;
    ``the Larry Ellison appraisal of Elon Musk (“This guy is landing
    rockets”)``, ``Dana Wu's verdict (“...”)``: the first person named in
    that phrase, before its complement.  The phrase is read back from the
    parenthesis to its determiner, or to the punctuation or preposition
    before it.  ``None`` when it names nobody (the speaker is then
    inherited).

    :param words: the clause's tokens.
    :param block: the parenthesised quotation's block index.
    :param entities: the document's speaker entities.
    """
    k = next((n for n, w in enumerate(words) if w.kind == QUOTE and w.block == block), None)
    if k is None or k < 2 or words[k - 1].text != "(":
        return None
    first = k - 1
    while first > 0 and k - 1 - first < _OWNED_PHRASE:
        word = words[first - 1]
        low = word.lower
        if word.kind != WORD or (low in PREPOSITIONS and low != "of"):
            break
        if low in _OWNERS:
            return Mention(word.start, word.end, "pronoun")
        first -= 1
        if low in DETERMINERS:
            break
    phrase = words[first : k - 1]
    for word in phrase:
        if word.lower in PREPOSITIONS:
            break  # the complement: ``of Elon Musk``
        ent = entities.by_start.get(word.start)
        if ent is not None and ent.label in ("PERSON", "PER"):
            return Mention(ent.start, ent.end, "entity", ent)
    if entities:
        return None
    cut = next((n for n, w in enumerate(phrase) if w.lower in PREPOSITIONS), len(phrase))
    return first_person(phrase[:cut], entities)


def inheritance_source(
    position: int,
    paragraph: int,
    attributed: Sequence[tuple[int, int, int]],
) -> int | None:
    """Choose the quote a standalone quotation takes its speaker from.

    :param position: start of the standalone quotation.
    :param paragraph: index of its paragraph.
    :param attributed: ``(start, paragraph, key)`` of the quotes that have
        a speaker, sorted.
    :return: the ``key`` of the chosen quote, or ``None``.
    """
    index = bisect.bisect_left(attributed, (position, -1, -1))
    before = attributed[index - 1] if index > 0 else None
    after = attributed[index] if index < len(attributed) else None
    if before is not None and before[1] == paragraph:
        return before[2]
    if after is not None and after[1] == paragraph:
        return after[2]
    if before is not None and before[1] == paragraph - 1:
        return before[2]
    return None
