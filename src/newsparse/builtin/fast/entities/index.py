"""Lookups derived from a gazetteer once, when a recogniser is created.

They answer in one set lookup questions that would otherwise take a scan
per token: whether any title's key starts with the text read so far, and
which words end an affiliation cue.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs

from newsparse.builtin.fast.entities.gazetteer import Gazetteer

__all__ = ["GazetteerIndex"]


@attrs.define(slots=True)
class GazetteerIndex:
    """What the recogniser derives from its gazetteer.

    :param title_prefixes: every prefix of every title key
        (``"P"``, ``"Pr"`` ... ``"PrimeMinister"``): a title starting at a
        token is looked for only while the key read so far is one of them.
    :param affiliation_ends: the last word of every affiliation cue.
    :param names: the gazetteer's name keys, from which :meth:`starts_name`
        sorts them the first time it is asked.
    """

    title_prefixes: frozenset[str]
    affiliation_ends: frozenset[str]
    names: Iterable[str] = ()
    _sorted_names: list[str] | None = attrs.field(default=None, init=False)

    def starts_name(self, key: str) -> bool:
        """Whether some name key starts with *key*.

        The keys are sorted once, when first needed: long runs of
        capitalised words ask, most documents never do.

        :param key: the key of the tokens read so far.
        """
        keys = self._sorted_names
        if keys is None:
            keys = self._sorted_names = sorted(self.names)
        k = bisect.bisect_left(keys, key)
        return k < len(keys) and keys[k].startswith(key)

    @classmethod
    def build(cls, gazetteer: Gazetteer) -> GazetteerIndex:
        """Derive the lookups of *gazetteer*.

        :param gazetteer: the word lists.
        """
        return cls(
            title_prefixes=frozenset(
                key[:size] for key in gazetteer.titles for size in range(1, len(key) + 1)
            ),
            affiliation_ends=frozenset(cue[-1] for cue in gazetteer.affiliation_cues if cue),
            names=gazetteer.names.keys(),
        )
