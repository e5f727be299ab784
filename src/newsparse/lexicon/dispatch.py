r"""Regular expressions compiled when first used: whole, or in parts.

:class:`LazyPattern` compiles its expression the first time it is used, so
that a module can hold many expressions, most of which a short text never
needs, at no cost to its import.

Long alternations are compiled in parts, by the characters a match may start with.

A regular expression holding an alternation of hundreds of surfaces (every
unit, every currency name) costs tens of milliseconds to compile, most of
which buys nothing: at a given position only the surfaces that start with
the character found there can match.  :class:`DispatchedPattern` keeps the
expression as a template with :class:`Slot` placeholders and, when asked to
match at a position, compiles (once, then keeps) the template with each slot
narrowed to the surfaces whose first character the text there may match.

The narrowed expression finds what the whole one would, span and groups:
each slot is a prefix tree (``alternation(..., factored=True)``) whose
branches start with distinct characters and are tried in the order of those
characters, so a branch whose first character cannot match the text is
tried and fails at once; leaving it out changes nothing.  The pattern's
*head* (what may stand before the surfaces, such as spaces) tells how far
the surfaces may start from the position: every character from the
position up to the head's end, and the one at its end, may start one.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence

from attrs import frozen

from newsparse.lexicon.core import alternation

__all__ = ["DispatchedPattern", "LazyPattern", "Slot"]

#: Keys (the text from the position to the head's end) up to this length are
#: remembered; a longer one, a long run of spaces, is looked up by its characters.
_KEPT_KEY_LENGTH = 8


class LazyPattern:
    r"""A regular expression compiled the first time it is used, then kept.

    It matches, searches, splits and substitutes as ``re.compile(pattern,
    flags)`` does, with the same results; :attr:`compiled` is that compiled
    expression.  The first use compiles it and makes the methods of the
    compiled expression this object's own, so that later calls cost what
    calls of the compiled expression cost.

    :param pattern: the expression.
    :param flags: its flags.

    >>> word = LazyPattern(r"[a-z]+", re.IGNORECASE)
    >>> word.match("Rail lines").group()
    'Rail'
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"

    @functools.cached_property
    def compiled(self) -> re.Pattern[str]:
        """The compiled expression (compiled on the first use)."""
        compiled = re.compile(self.pattern, self.flags)
        vars(self).update({name: getattr(compiled, name) for name in _PATTERN_METHODS})
        return compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As :meth:`re.Pattern.match`."""
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """As :meth:`re.Pattern.fullmatch`."""
        return self.compiled.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        return self.compiled.search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer`."""
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[object]:
        """As :meth:`re.Pattern.findall`."""
        return self.compiled.findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | object]:
        """As :meth:`re.Pattern.split`."""
        return self.compiled.split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """As :meth:`re.Pattern.sub`."""
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        """As :meth:`re.Pattern.subn`."""
        return self.compiled.subn(repl, string, count)


#: The methods of :class:`LazyPattern` that become the compiled expression's.
_PATTERN_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "split", "sub", "subn")


@frozen
class Slot:
    """An alternation of *surfaces* inside a :class:`DispatchedPattern`.

    :param surfaces: the surfaces (escaped and factored into a prefix tree).
    :param ignore_case: the slot stands inside ``(?i:...)`` in the template,
        so a surface's first character may match the text in any case.
    :param space: the pattern written for a space inside a surface.
    """

    surfaces: tuple[str, ...]
    ignore_case: bool = False
    space: str = r"\s+"


def _may_match(first: str, char: str, ignore_case: bool) -> bool:
    """Tell whether a surface starting with *first* may match where the text has *char*.

    Without ``ignore_case`` only the same character matches.  In any case,
    two ASCII letters match when they differ at most in case, and an ASCII
    letter matches no other ASCII character; a non-ASCII character on either
    side is kept (the regular expression engine's case folding, which also
    pairs ``k`` with the Kelvin sign, decides).
    """
    if first == char:
        return True
    if not ignore_case:
        return False
    if not first.isascii() or not char.isascii():
        return True
    return first.lower() == char.lower()


class DispatchedPattern:
    r"""A regular expression with long alternations, compiled per starting character.

    :meth:`match` behaves as ``re.compile(pattern, flags).match`` for the
    pattern the template spells with each slot replaced by its whole
    alternation: same result, same span and groups.  It compiles one
    narrowed expression per set of starting characters it meets and keeps
    it (a cache, like the :mod:`re` module's).

    :param head: what may stand before the surfaces (the template's part
        before its first slot, or a looser pattern): no surface may start
        after the end of its match at the position.
    :param template: the expression, as strings and :class:`Slot` items.
    :param flags: flags of the compiled expressions.

    >>> pattern = DispatchedPattern(r" *", [r" *(?P<u>", Slot(("km", "kg", "m")), ")"])
    >>> pattern.match("12 kg", 2).group("u")
    'kg'
    >>> pattern.match("12 g", 2) is None
    True
    """

    def __init__(
        self,
        head: str,
        template: Sequence[str | Slot],
        *,
        flags: int = 0,
    ) -> None:
        self._head = re.compile(head, flags)
        self._template = tuple(template)
        self._flags = flags
        self._slots = [part for part in self._template if isinstance(part, Slot)]
        self._firsts = [sorted({s[:1] for s in slot.surfaces}) for slot in self._slots]
        self._by_key: dict[str, re.Pattern[str]] = {}
        self._by_firsts: dict[tuple[tuple[str, ...], ...], re.Pattern[str]] = {}

    @property
    def pattern(self) -> str:
        """The whole expression, every slot with all its surfaces."""
        return self._render([slot.surfaces for slot in self._slots])

    def compile_all(self) -> re.Pattern[str]:
        """Return the whole expression, compiled (slow: for tests and comparisons)."""
        return re.compile(self.pattern, self._flags)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Match the expression at *pos*, as :meth:`re.Pattern.match` would.

        :param text: the text.
        :param pos: where the match must start.
        :param endpos: where the text is taken to end.
        """
        end = len(text) if endpos is None else min(endpos, len(text))
        head = self._head.match(text, pos, end)
        stop = end if head is None else min(end, head.end() + 1)
        key = text[pos:stop]
        compiled = self._by_key.get(key)
        if compiled is None:
            compiled = self._narrowed(key)
        return compiled.match(text, pos, end)

    def _narrowed(self, key: str) -> re.Pattern[str]:
        chars = set(key)
        firsts = tuple(
            tuple(
                f
                for f in slot_firsts
                if f == "" or any(_may_match(f, c, slot.ignore_case) for c in chars)
            )
            for slot, slot_firsts in zip(self._slots, self._firsts, strict=True)
        )
        compiled = self._by_firsts.get(firsts)
        if compiled is None:
            kept = [
                [s for s in slot.surfaces if s[:1] in set(slot_firsts)]
                for slot, slot_firsts in zip(self._slots, firsts, strict=True)
            ]
            compiled = re.compile(self._render(kept), self._flags)
            self._by_firsts[firsts] = compiled
        if len(key) <= _KEPT_KEY_LENGTH:
            self._by_key[key] = compiled
        return compiled

    def _render(self, surfaces: Sequence[Iterable[str]]) -> str:
        parts: list[str] = []
        slots = iter(surfaces)
        for part in self._template:
            if isinstance(part, Slot):
                parts.append(alternation(next(slots), space=part.space, factored=True))
            else:
                parts.append(part)
        return "".join(parts)
