r"""A quick test before searching a cue that must end right before a figure.

Expressions such as :data:`~newsparse.builtin.numbers.scanner.CHANGE_LEFT_RE`
end in ``\Z`` and are searched in a window left of a figure, which tries
every offset of the window.  Such a match ends with one of a few words (or
signs) and then white space, so the last word of the window tells, much
faster, when no match is possible.  :class:`LeftCue` asks that first and
searches only when the answer is maybe: the result is the expression's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["LeftCue", "last_letters"]

_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def last_letters(surface: str) -> str:
    """Return the run of ASCII letters that ends *surface*, in lower case (``""`` for none)."""
    return _letters_at_end(surface).lower()


class LeftCue:
    """An expression that must end at the end of a window, with a quick test before searching.

    :param pattern: the expression, searched as ``pattern.search(text, left, end)``.
    :param endings: every surface a match of *pattern* can end with, before
        the characters in *trailing*: the last word of each cue, and the
        words that may follow a cue.  A match can end with no other
        surface, and a surface's last run of letters is preceded, in any
        match, by something that is no ASCII letter, or the end of
        another ending.
    :param trailing: the characters a match may have after its last surface.
    """

    __slots__ = ("_pattern", "_signs", "_trailing", "_words")

    def __init__(
        self, pattern: re.Pattern[str], endings: Iterable[str], trailing: str = " \t"
    ) -> None:
        words: set[str] = set()
        signs: set[str] = set()
        for surface in endings:
            letters = last_letters(surface)
            if letters:
                words.add(letters)
            else:
                signs.add(surface[-1])
        self._pattern = pattern
        self._words = tuple(sorted(words))
        self._signs = frozenset(signs)
        self._trailing = trailing

    @property
    def pattern(self) -> re.Pattern[str]:
        """The expression searched."""
        return self._pattern

    def search(self, text: str, left: int, end: int) -> re.Match[str] | None:
        """Return ``pattern.search(text, left, end)``, quickly when it is ``None``."""
        if self.may_match(text, left, end):
            return self._pattern.search(text, left, end)
        return None

    def may_match(self, text: str, left: int, end: int) -> bool:
        """Whether the window ``text[left:end]`` ends in a way a match can end."""
        body = text[left:end].rstrip(self._trailing)
        if not body:
            return False
        last = body[-1]
        if last not in _LETTERS:
            return last in self._signs or not last.isascii()
        chunk = body.rsplit(None, 1)[-1]
        run = chunk if chunk.isascii() and chunk.isalpha() else _letters_at_end(chunk)
        before = len(body) - len(run) - 1
        if before >= 0 and body[before].isalpha() and not body[before].isascii():
            return True  # a letter that matches an ASCII one in any case (``K``, ``ſ``)
        return run.lower().endswith(self._words)


def _letters_at_end(surface: str) -> str:
    """Return the run of ASCII letters that ends *surface*, as written."""
    start = len(surface)
    while start > 0 and surface[start - 1] in _LETTERS:
        start -= 1
    return surface[start:]
