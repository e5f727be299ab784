"""``Ministry of Arts, Culture and Status of Women``: a body named by its portfolios.

A government body's name may list the portfolios it holds, joined by commas
and a final ``and``; the runs of capitalised words end at each comma, so the
name arrives cut into pieces (``Ministry of Arts``, ``Culture``, ``Status of
Women``).  A mention headed by a noun of a government body and ``of``, then
a comma and a list of capitalised words that ends with ``and`` and one more
capitalised phrase, is one name: the pieces after it are dropped.  A list
holding a given name, a title or a listed name (``Ministry of Health, Premier
Ada Lind and ...``) is no list of portfolios.
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
