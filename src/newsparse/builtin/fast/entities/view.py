"""A document's tokens and sentences as plain lists, prepared once per document."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import compress
from operator import attrgetter, itemgetter

import attrs

from newsparse.model import Annotation, CompactLayer

__all__ = ["TokenView"]

_POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s"})
_NAME_PREFIXES = frozenset({"al-", "el-"})
_START = attrgetter("start")
_END = attrgetter("end")
#: A word's first character (nothing for an empty word).
_HEAD = itemgetter(slice(None, 1))


def _possessives(text: str, words: frozenset[str]) -> dict[str, str]:
    """Return each of *words* that ends in ``'s`` (and is longer) with the ending removed."""
    if "\x00" in text:  # cannot separate the words below
        return {w: w[:-2] for w in words if len(w) > 2 and w[-2:] in _POSSESSIVE_ENDINGS}
    # Most words end otherwise: find the few that do in one string, not word by word.
    joined = "\x00" + "\x00".join(words) + "\x00"
    found: dict[str, str] = {}
    for ending in _POSSESSIVE_ENDINGS:
        key = ending + "\x00"
        k = joined.find(key)
        while k != -1:
            word = joined[joined.rfind("\x00", 0, k) + 1 : k + 2]
            if len(word) > 2:
                found[word] = word[:-2]
            k = joined.find(key, k + 3)
    return found


@attrs.frozen(slots=True)
class TokenView:
    """The tokens of one document, with what every later step asks of them.

    :param text: the document text.
    :param starts: start offset of each token.
    :param ends: end offset of each token.
    :param words: each token's text, a final ``'s`` removed.
    :param sentences: ``(first, end)`` token index range of each sentence.
    :param capitals: indices of the tokens that start with a capital letter
        (after an ``al-`` or ``el-`` prefix), in order.
    :param lower_vocabulary: the words that occur in the document starting
        with a lower-case letter (evidence that a capitalised sentence-initial
        word is an ordinary word).
    :param datelines: the tokens of datelines' place names (``TROMSO`` of
        ``TROMSO, Norway -``), once :func:`~newsparse.builtin.fast.entities.capitals.read_capitals`
        found them.
    :param vocabulary: the distinct *words*; empty when not worked out.
    """

    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]
    sentences: list[tuple[int, int]]
    capitals: list[int]
    lower_vocabulary: frozenset[str]
    datelines: frozenset[int] = frozenset()
    vocabulary: frozenset[str] = frozenset()

    @classmethod
    def build(
        cls, text: str, tokens: Sequence[Annotation], sentences: Sequence[Annotation]
    ) -> TokenView:
        """Prepare the view of one document.

        :param text: the document text.
        :param tokens: the token layer, in text order.
        :param sentences: the sentence layer, in text order.
        """
        if isinstance(tokens, CompactLayer):  # the offsets, without building the tokens
            starts = tokens.starts.tolist()
            ends = tokens.ends.tolist()
        else:
            starts = list(map(_START, tokens))
            ends = list(map(_END, tokens))
        words = [text[start:end] for start, end in zip(starts, ends, strict=True)]
        # Each distinct word is looked at once; most are in the text many times.
        distinct = frozenset(words)
        possessives = _possessives(text, distinct)
        if possessives:
            get = possessives.get
            words = [get(w, w) for w in words]
            distinct = distinct.difference(possessives).union(possessives.values())
        ranges = []
        bisect_left = bisect.bisect_left
        for sentence in sentences:
            first = bisect_left(starts, sentence.start)
            end = bisect_left(starts, sentence.end, first)
            if end > first:
                ranges.append((first, end))
        # The distinct words' first characters, each test made over them all by ``map`` in C.
        listed = list(distinct)
        heads = list(map(_HEAD, listed))
        capitalised = set(compress(listed, map(str.isupper, heads)))
        if "al-" in text or "el-" in text:
            capitalised.update(w for w in distinct if w[:3] in _NAME_PREFIXES and w[3:4].isupper())
        capitals = list(compress(range(len(words)), map(capitalised.__contains__, words)))
        lower = frozenset(compress(listed, map(str.islower, heads)))
        return cls(text, starts, ends, words, ranges, capitals, lower, vocabulary=distinct)

    def surface(self, first: int, end: int) -> str:
        """Return the text from token *first* to the end of token ``end - 1``."""
        return self.text[self.starts[first] : self.ends[end - 1]]
