"""Attribution frames: what the rule and syntax paths find, before quotes are built.

A frame ties a cue (``said``) to a speaker mention and to the spans of
what was said.  The rule path (:mod:`~newsparse.builtin.quotes.indirect`)
reads frames off a clause's words; the syntax path
(:mod:`~newsparse.builtin.quotes.syntax_path`) reads them off dependency
trees.  :mod:`~newsparse.builtin.quotes.mixed` then decides, from the
quotations inside each content span, whether it is a direct, mixed or
indirect quote.
"""

from __future__ import annotations

from typing import NamedTuple

from newsparse.attribution.mentions import Mention

__all__ = ["Frame"]


class Frame(NamedTuple):
    """A cue with its speaker and reported content.

    :param cue: ``(start, end)`` of the cue, or ``None`` (a colon, a
        quotation standing alone).
    :param speaker: the speaker mention, or ``None`` when none was found.
    :param contents: ``(start, end)`` of each reported span (``“A,” she
        said, “B.”`` has two).
    """

    cue: tuple[int, int] | None
    speaker: Mention | None
    contents: tuple[tuple[int, int], ...]
