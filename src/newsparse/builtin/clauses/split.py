"""Where a cue's complement ends, and how it splits into one clause per commitment.

A complement runs from its cue to the next cue's subject or the end of the
sentence, and stops before trailing attribution (``, according to a joint
statement``, ``, the statement said``), a participial or contrastive tail
(``, saying ...``, ``, while ...``) or a dash.  It then splits:

* at ``as well as`` (``oppose X, as well as Y``);
* in a verb phrase, at a comma or ``and`` followed (after an optional
  ``to``) by a verb that heads a new conjunct: ``expand co-operation, raise
  trade and settle more of it in national currencies`` gives three clauses.
  In a noun phrase such a verb list may follow ``X to``: ``calls for both
  sides to A, B and C``;
* in a ``that`` clause, at ``and that``;
* at ``and`` followed by a preposition the conjunct has already used
  (``assistance for the railway and for flood prevention``).

Coordination inside a noun phrase (``peace and stability``, ``trade,
investment and energy``) or a title never splits: its words are not verbs.
Nothing splits inside curly quotation marks or parentheses.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

from newsparse.lexicon import Lexicon, default_lexicon
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["VerbList", "complement_end", "conjuncts", "load_verbs", "trim"]

Span = tuple[int, int]

_TOKEN = LazyPattern(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_AS_WELL_AS = LazyPattern(r",?\s+as\s+well\s+as\s+", re.IGNORECASE)
_AND_THAT = LazyPattern(r",?\s+and\s+that\s+", re.IGNORECASE)
_AND_PREPOSITION = LazyPattern(
    r",?\s+and\s+(?P<p>for|in|on|with|against|towards|toward|at|from|through)\s+", re.IGNORECASE
)
_CUT = LazyPattern(
    r"(?:[,;][”\"’']?\s+(?:according\s+to|saying|adding|noting|while|whereas|as\s+well\s+as\s+saying"
    r"|an?\s+apparent|in\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|declaration|communiqu\w*)"
    r"|after\s+(?:talks|a\s+meeting|meeting|the|their|his|her)|following\b"
    r"|(?:the|both)\s+(?:[\w-]+\s+){0,2}?(?:statement|declaration|communiqu\w*|document|countries"
    r"|sides|leaders|ministers|governments)\s+(?:said|says|reads|added|stated|noted)"
    r"|(?:he|she|they|it)\s+(?:said|added)"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+(?:said|says|told|added))"
    r"|\s+according\s+to\b"
    r"|\s+in\s+a\s+(?:separate\s+|new\s+)?joint\s+(?:statement|declaration|communiqu\w*)"
    r"|\s+[–—]\s+|\s+--\s+)",
)
_LEADING = LazyPattern(
    r"(?:[\s,;:“”\"‘’'(]|\b(?:and|or|to|that)\s|\bin\s+the\s+strongest\s+(?:possible\s+)?terms\b)+",
    re.IGNORECASE,
)
_TRAILING = " \t\n,;:.!?“”\"‘’'"
_PREPOSITIONS = frozenset(
    str.split(
        """
    about above across after against along among around as at before behind below beneath
    beside between beyond by despite during for from in inside into like near of off on onto
    out outside over per since than through throughout till to toward towards under until
    upon via with within without
    """
    )
)
_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})
#: How far back a repeated preposition is looked for (keeps long inputs linear).
_REACH = 300
_NOT_VERB_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "PRON", "ADP", "ADV"})


class VerbList(NamedTuple):
    """Verbs that head a commitment's conjunct (the lexicon's ``commitment_verbs``).

    :param verbs: base forms.
    :param noun_like: those that are often nouns (``share``, ``increase``).
    :param take_preposition: those that take a preposition directly (``work on``).
    """

    verbs: frozenset[str]
    noun_like: frozenset[str]
    take_preposition: frozenset[str]


@lru_cache(maxsize=8)
def load_verbs(lexicon: Lexicon | None = None) -> VerbList:
    """Read the ``commitment_verbs`` table of *lexicon* (the default one when omitted)."""
    rows = (lexicon if lexicon is not None else default_lexicon()).table("commitment_verbs")
    marks = {row[0]: set(row[1].replace(" ", "").split(";")) for row in rows}
    return VerbList(
        frozenset(marks),
        frozenset(verb for verb, m in marks.items() if "noun" in m),
        frozenset(verb for verb, m in marks.items() if "preposition" in m),
    )


#: Part-of-speech tags of the document's tokens by start offset (empty without syntax).
Tags = Mapping[int, str]


def complement_end(text: str, lo: int, hi: int) -> int:
    """Return where the complement starting at *lo* ends, at most *hi*."""
    cut = _CUT.search(text, lo + 1, hi)
    return cut.start() if cut is not None else hi


def trim(text: str, lo: int, hi: int) -> Span | None:
    """Strip conjunctions, ``to``/``that``, quotation marks and punctuation from both ends."""
    while True:
        lead = _LEADING.match(text, lo, hi)
        if lead is None or lead.end() == lo:
            break
        lo = lead.end()
    while hi > lo and text[hi - 1] in _TRAILING:
        hi -= 1
    if hi <= lo or not any(ch.isalnum() for ch in text[lo:hi]):
        return None
    return lo, hi


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text, lo, hi)]


def _is_verb(word: tuple[int, int, str], nxt: str | None, verbs: VerbList, tags: Tags) -> bool:
    tag = tags.get(word[0])
    if tag is not None:
        if tag == "VERB":
            return True
        if tag in _NOT_VERB_TAGS:
            return False
    lower = word[2]
    if lower not in verbs.verbs:
        return False
    if nxt is None or not (nxt[0].isalnum() or nxt in "“\"‘'"):
        return False
    if nxt in _CONJUNCTIONS:
        return False
    return not (
        nxt in _PREPOSITIONS and lower in verbs.noun_like and lower not in verbs.take_preposition
    )


def _verb_splits(text: str, lo: int, hi: int, after: int, verbs: VerbList, tags: Tags) -> list[int]:
    """Return the offsets where a new verb-phrase conjunct starts (its conjunction)."""
    tokens = _tokens(text, lo, hi)
    depths: list[int] = []
    depth = 0
    for _, _, word in tokens:
        if word in ("”", ")"):
            depth = max(0, depth - 1)
        depths.append(depth)
        if word in ("“", "("):
            depth += 1
    splits: list[int] = []
    k = 0
    while k < len(tokens):
        start, _, word = tokens[k]
        closing = word == "," and k + 1 < len(tokens) and tokens[k + 1][2] == "”"
        if (depths[k] and not closing) or start < after or word not in (",", "and", "or"):
            k += 1
            continue
        j = k + 1
        while j < len(tokens) and tokens[j][2] in ("”", "’", "and", "or"):
            j += 1
        if j < len(tokens) and tokens[j][2] == "to":
            j += 1
        if j < len(tokens) and tokens[j][2].endswith("ly") and tokens[j][2] not in verbs.verbs:
            j += 1
        if j < len(tokens):
            nxt = tokens[j + 1][2] if j + 1 < len(tokens) else None
            if _is_verb(tokens[j], nxt, verbs, tags):
                splits.append(start)
                k = j
        k += 1
    return splits


def _first_to_verb(text: str, lo: int, hi: int, verbs: VerbList, tags: Tags) -> int | None:
    tokens = _tokens(text, lo, hi)
    for k, (_, end, word) in enumerate(tokens):
        if word != "to":
            continue
        j = k + 1
        while j < len(tokens) and tokens[j][2] in ("“", "‘", '"'):
            j += 1
        if j < len(tokens):
            nxt = tokens[j + 1][2] if j + 1 < len(tokens) else None
            if _is_verb(tokens[j], nxt, verbs, tags):
                return end
    return None


def conjuncts(text: str, lo: int, hi: int, frame: str, verbs: VerbList, tags: Tags) -> list[Span]:
    """Split the complement ``text[lo:hi]`` of a cue with *frame* into clause spans.

    :param text: the document text.
    :param lo: start of the complement.
    :param hi: end of the complement.
    :param frame: ``np``, ``vp`` or ``that``.
    :param verbs: the verbs that head conjuncts.
    :param tags: part-of-speech tags by token start, when the tokens have them.
    :return: trimmed clause spans, in order.
    """
    pieces: list[Span] = []
    pos = lo
    for match in _AS_WELL_AS.finditer(text, lo, hi):
        if _outside_quotes(text, lo, match.start()):
            pieces.append((pos, match.start()))
            pos = match.end()
    pieces.append((pos, hi))
    out: list[Span] = []
    for p_lo, p_hi in pieces:
        if frame == "that":
            cuts = [m.start() for m in _AND_THAT.finditer(text, p_lo, p_hi)]
        else:
            after: int | None = p_lo
            if frame == "np":
                after = _first_to_verb(text, p_lo, p_hi, verbs, tags)
            cuts = [] if after is None else _verb_splits(text, p_lo, p_hi, after, verbs, tags)
        bounds = [p_lo, *cuts, p_hi]
        for a, b in itertools.pairwise(bounds):
            out.extend(_preposition_splits(text, a, b))
    spans: list[Span] = []
    for a, b in out:
        trimmed = trim(text, a, b)
        if trimmed is not None:
            spans.append(trimmed)
    return spans


def _outside_quotes(text: str, lo: int, pos: int) -> bool:
    segment = text[max(lo, pos - _REACH) : pos]
    return segment.count("“") <= segment.count("”") and segment.count("(") <= segment.count(")")


def _preposition_splits(text: str, lo: int, hi: int) -> list[Span]:
    spans: list[Span] = []
    pos = lo
    for match in _AND_PREPOSITION.finditer(text, lo, hi):
        word = match.group("p").lower()
        earlier = re.search(
            rf"\b{word}\b", text[max(pos, match.start() - _REACH) : match.start()], re.IGNORECASE
        )
        if earlier is not None and _outside_quotes(text, pos, match.start()):
            spans.append((pos, match.start()))
            pos = match.start()
    spans.append((pos, hi))
    return spans
