"""``Ministry of Arts, Culture and Status of Women``: a body named by its portfolios.

A government body's name may list the portfolios it holds, joined by commas
and a final ``and``; the runs of capitalised words end at each comma, so the
name arrives cut into pieces (``Ministry of Arts``, ``Culture``, ``Status of
Women``).  A mention headed by a noun of a government body and ``of``, then
a comma and a list of capitalised words that ends with ``and`` and one more
capitalised phrase, is one name: the pieces after it are dropped.  A list
holding a given name, a title or a listed name (``Ministry of Health, Premier
Ada Lind and ...``) is no list of portfolios.

A department named by its fields and its country (``Refugees and
Citizenship Norland``, read whole by the run splitter) takes in the fields
listed before it with commas (``Immigration, Refugees and Citizenship
Norland``), when none of them is a listed name, a given or family name, a
title or a person's mention.
"""

from __future__ import annotations

from newsparse.attribution.wordlists import INSTITUTION_KINDS
from newsparse.builtin.fast.entities.gazetteer import Gazetteer, surface_key
from newsparse.builtin.fast.entities.mention import Mention
from newsparse.builtin.fast.entities.view import TokenView

__all__ = ["join_portfolios"]

#: Lower-case words that may stand inside one portfolio (``Status of Women``).
_INSIDE = frozenset({"of", "for"})


def _portfolio_word(word: str, gazetteer: Gazetteer) -> bool:
    return (
        word[:1].isupper()
        and word.isalpha()
        and word not in gazetteer.given_names
        and surface_key(word) not in gazetteer.titles
        and gazetteer.lookup(word) is None
    )


def _list_end(view: TokenView, gazetteer: Gazetteer, comma: int, stop: int) -> int | None:
    """Return one past the last token of ``, A, B and C`` from *comma*, or ``None``."""
    words = view.words
    k = comma + 1
    joined = False
    while True:
        if k >= stop or not _portfolio_word(words[k], gazetteer):
            return None
        k += 1
        while k + 1 < stop and (
            _portfolio_word(words[k], gazetteer)
            or (words[k] in _INSIDE and _portfolio_word(words[k + 1], gazetteer))
        ):
            k += 1
        if k < stop and _portfolio_word(words[k], gazetteer):
            k += 1
        if joined:
            return k
        if k + 1 < stop and words[k] == "and":
            joined = True
            k += 1
        elif k + 2 < stop and words[k] == "," and words[k + 1] == "and":
            joined = True
            k += 2
        elif k < stop and words[k] == ",":
            k += 1
        else:
            return None


def _government_head(mention: Mention) -> bool:
    words = mention.words
    return (
        mention.label == "ORG"
        and len(words) >= 3
        and words[1] == "of"
        and INSTITUTION_KINDS.get(words[0].lower()) == "government"
    )


def _fields_of_country(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether *mention* is an organisation named by fields joined by ``and`` and a country."""
    words = mention.words
    if mention.label != "ORG" or len(words) < 4 or "and" not in words[1:-2]:
        return False
    for k in range(len(words) - 1, max(len(words) - 4, 1), -1):
        known = gazetteer.lookup(" ".join(words[k:]))
        if known is not None:
            return known.kind == "country" and "and" in words[1 : k - 1]
    return False


def _fields_before(
    mention: Mention, out: list[Mention], view: TokenView, gazetteer: Gazetteer
) -> int:
    """Return the first token of the fields listed before *mention* with commas, or its own."""
    words = view.words
    sentence = next((f for f, e in view.sentences if f <= mention.first_token < e), 0)
    first = mention.first_token
    k = first
    while k - 2 >= sentence and words[k - 1] == ",":
        p = k - 1
        while p - 1 >= sentence and _portfolio_word(words[p - 1], gazetteer):
            if words[p - 1] in gazetteer.family_names:
                return first
            p -= 1
        if p == k - 1:
            break
        k = p
    if k == first or (k > sentence and _portfolio_word(words[k - 1], gazetteer)):
        return first
    for other in reversed(out):
        if other.end_token <= k:
            break
        if other.label != "ORG" or other.title is not None:
            return first
    return k


def join_portfolios(
    mentions: list[Mention], view: TokenView, gazetteer: Gazetteer
) -> list[Mention]:
    """Return *mentions*, each body named by a list of portfolios made one mention.

    :param mentions: mentions in text order, without overlaps.
    :param view: the document's tokens.
    :param gazetteer: the word lists.
    """
    words = view.words
    out: list[Mention] = []
    skip_before = -1
    for mention in mentions:
        if mention.start < skip_before:
            continue
        if (
            mention.label == "ORG"
            and len(mention.words) >= 4
            and _fields_of_country(mention, gazetteer)
        ):
            first = _fields_before(mention, out, view, gazetteer)
            if first < mention.first_token:
                while out and out[-1].end_token > first:
                    out.pop()
                mention.start = view.starts[first]
                mention.first_token = first
                mention.words = tuple(w for w in words[first : mention.end_token] if w != ",")
                mention.surface = " ".join(view.text[mention.start : mention.end].split())
        out.append(mention)
        comma = mention.end_token
        if not _government_head(mention) or comma >= len(words) or words[comma] != ",":
            continue
        stop = next((e for f, e in view.sentences if f <= comma < e), len(words))
        end = _list_end(view, gazetteer, comma, stop)
        if end is None:
            continue
        text = view.text[mention.start : view.ends[end - 1]]
        mention.end = view.ends[end - 1]
        mention.end_token = end
        mention.words = tuple(w for w in words[mention.first_token : end] if w != ",")
        mention.surface = " ".join(text.split())
        skip_before = mention.end
    return out
