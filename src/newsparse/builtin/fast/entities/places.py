"""``Houston, Texas``: the state or country written after a town.

The two stay two mentions (as newswire annotation has them, and as a
dateline ``TROMSO, Norway`` needs them); the town records the state or
country in ``attributes["region"]`` and, when it is not listed itself, the
country in ``attributes["country"]``.
"""

from __future__ import annotations

from itertools import pairwise

from newsparse.builtin.fast.entities.mention import Mention
from newsparse.builtin.fast.entities.view import TokenView

__all__ = ["merge_town_and_region"]

#: Gazetteer kinds that may stand after a town and a comma.
_REGION_KINDS = frozenset({"country", "subdivision"})
#: Words after a second town that show a list of towns, not a town and its state.
_LIST_WORDS = frozenset({",", "and", "or", "&"})
#: Gazetteer kinds of the town itself; an unlisted town (no entry) is accepted too.
_TOWN_KINDS = frozenset({"city", "capital"})


def _town(mention: Mention) -> bool:
    return mention.label == "GPE" and (mention.known is None or mention.known.kind in _TOWN_KINDS)


def _region(town: Mention, region: Mention, after: str) -> bool:
    known = region.known
    if known is None:
        return False
    if known.kind in _REGION_KINDS:
        return True
    # A capital that is also a state ("Seattle, Washington"), not a list of towns.
    return (
        known.kind == "capital"
        and town.known is not None
        and town.known.country == known.country
        and after not in _LIST_WORDS
    )


def merge_town_and_region(mentions: list[Mention], view: TokenView) -> list[Mention]:
    """Return *mentions*, each town followed by ``, region`` recording that region.

    :param mentions: mentions in text order, without overlaps.
    :param view: the document's tokens.
    """
    words = view.words
    for town, region in pairwise(mentions):
        if (
            region.first_token == town.end_token + 1
            and words[town.end_token] == ","
            and region.known is not None
            and _town(town)
        ):
            after = words[region.end_token] if region.end_token < len(words) else ""
            if _region(town, region, after):
                town.attributes["region"] = region.known.name
                if town.known is None:
                    town.attributes["country"] = region.known.country
    return list(mentions)
