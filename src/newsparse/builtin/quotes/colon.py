"""Quotations a colon introduces without a verb of saying.

A clause may end with a colon and the words it announces, in quotation
marks, with no cue (``The club posted a photo with two words: “I’m
back.”``, ``Fans held up signs, including: “Bring him home” and “We
believe.”``; in a transcript, ``Dana Whitlow: “We will open on time.”``).
Each quotation after the colon is a direct quote.  Its speaker is the
subject of the clause before the colon
(:func:`~newsparse.builtin.quotes.main_subject.main_clause_subject`); a
bare name before the colon is the speaker itself.  Words under a modal
(``you might say:``) announce nothing.  No quote follows a label (``WATCH:``,
``Related:``: words in capitals, or three words or fewer that are no name),
words that name no speaker, or a title (``a new name: “Harbour Lights”``:
every word capitalised and no final stop).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsparse.attribution.cues import IRREALIS
from newsparse.attribution.mentions import EntityIndex, Mention
from newsparse.attribution.words import PUNCT, QUOTE, WORD, Word
from newsparse.builtin.quotes.main_subject import main_clause_subject

__all__ = ["colon_quotations"]

_COLONS = frozenset({":"})
_JOINERS = frozenset({"and", "or", "then"})
#: Words before a colon that may be a label rather than a clause.
_LABEL_WORDS = 3


def _colon_index(words: Sequence[Word]) -> int | None:
    """Return the index of the colon after which only quotations follow, if any."""
    colon = None
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word.text in _COLONS:
            colon = k
            break
        if word.kind == QUOTE or (word.kind == PUNCT and word.text not in _COLONS):
            continue
        if word.kind == WORD and word.lower in _JOINERS:
            continue
        return None
    if colon is None or colon == 0:
        return None
    if not any(words[k].kind == QUOTE for k in range(colon + 1, len(words))):
        return None
    return colon


def colon_quotations(
    words: Sequence[Word], entities: EntityIndex
) -> tuple[list[int], Mention | None]:
    """Return the quotations a clause-final colon introduces, and their speaker.

    :param words: the clause's tokens.
    :param entities: the document's speaker entities.
    :return: block indices (empty when the clause has no such colon) and the
        speaker mention, or ``None`` when the words before the colon name none.
    """
    colon = _colon_index(words)
    if colon is None:
        return [], None
    speaker = _announcer(words[:colon], entities)
    if speaker is None:
        return [], None
    blocks = [w.block for w in words[colon + 1 :] if w.kind == QUOTE and not _title(w.text)]
    return blocks, speaker


def paragraph_announcer(
    words: Sequence[Word], entities: EntityIndex, cue: Callable[[str], bool]
) -> Mention | None:
    """Return who a clause ending in a colon announces as the speaker of the next paragraph.

    ``The Ledger reports:``, ``Ms. Roy continued:``, ``He said:`` ending a
    paragraph, the next opening with a quotation: the quotation is the
    subject's, as when it follows the colon in the same clause.  ``None``
    when the clause does not end with a colon or names no speaker.

    :param words: the clause's tokens.
    :param entities: the document's speaker entities.
    :param cue: whether a lower-case word is a verb of saying.
    """
    if len(words) < 2 or words[-1].text not in _COLONS:
        return None
    before = words[:-1]
    said = before[-1].kind == WORD and cue(before[-1].lower)
    return _announcer(before, entities, said)


def _announcer(before: Sequence[Word], entities: EntityIndex, said: bool = False) -> Mention | None:
    """Return the speaker the words before a colon name, unless they are a label.

    :param said: whether the words end with a verb of saying (``He said``),
        after which three words or fewer are a subject and its verb.
    """
    lead = [w for w in before if w.kind == WORD]
    if not lead or all(w.text.isupper() for w in lead):
        return None
    if any(w.kind == QUOTE for w in before) and all(w.kind != WORD for w in before[-2:]):
        return None
    speaker = main_clause_subject(before, len(before), entities)
    if speaker is None:
        return None
    verb = next((w for w in before if w.start >= speaker.end), None)
    if verb is not None and verb.lower in IRREALIS:
        return None  # ``you might say:``: speech not made reports nothing
    if (
        len(lead) <= _LABEL_WORDS
        and not _names(speaker, lead)
        and not (said and _reports(speaker, lead))
    ):
        # a short label (``Related:``, ``Update:``) unless it is a name or
        # a subject and its verb of saying (``He said:``)
        return None
    return speaker


def _names(speaker: Mention, lead: Sequence[Word]) -> bool:
    """Whether the words before a colon are a name: an entity, or two capitalised words."""
    if speaker.start > lead[0].start:
        return False
    if speaker.kind == "entity":
        return True
    inside = [w for w in lead if speaker.start <= w.start < speaker.end]
    return speaker.kind == "name" and len(inside) >= 2


def _reports(speaker: Mention, lead: Sequence[Word]) -> bool:
    """Whether the words before a colon are a subject and a verb: ``He said``, ``Roy continued``.

    The speaker opens them and a lower-case word after it ends them.
    """
    return (
        len(lead) >= 2
        and speaker.start == lead[0].start
        and speaker.end <= lead[-2].end
        and not lead[-1].text[:1].isupper()
    )


def _title(quotation: str) -> bool:
    """Whether a quotation is a title: every word capitalised, no final stop."""
    inner = quotation[1:-1].strip()
    if inner.endswith((".", "!", "?", ",")):
        return False
    found = [w for w in inner.split() if w[:1].isalpha()]
    return all(w[:1].isupper() for w in found)
