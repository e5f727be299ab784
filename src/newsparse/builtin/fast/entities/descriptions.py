"""Definite descriptions that refer back to a person: "the Chinese leader".

News introduces a person with a role: ``Chinese leader Xi Jinping``,
``Russian President Vladimir Putin``, ``spokesman Jeff Rathke``.  The role,
with the nationality or organisation written before it, is recorded as a
description of that person.  A later ``the Chinese leader`` (any case)
becomes a ``PERSON`` mention named after the person.  The role alone (``the
president``) is used only when one person in the document was introduced
with it.  A description followed by a name (``the Chinese leader Xi``) is a
new introduction, not a reference.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from operator import attrgetter

import attrs

from newsparse.builtin.fast.entities.gazetteer import Gazetteer
from newsparse.builtin.fast.entities.mention import Mention
from newsparse.builtin.fast.entities.view import TokenView
from newsparse.lexicon import alternation, default_lexicon

__all__ = ["add_descriptions"]

#: Honorifics are titles that describe nobody in particular (the lexicon's ``honorifics``).
_HONORIFICS: frozenset[str] = default_lexicon().words("honorifics")

#: Labels of the words that can make a role specific ("Chinese leader", "Acme chairman").
_MODIFIER_LABELS: frozenset[str] = frozenset({"NORP", "GPE", "ORG"})

_START = attrgetter("start")

#: Labels a description may swallow ("Chinese" inside "the Chinese leader").
_SWALLOWED_LABELS: frozenset[str] = _MODIFIER_LABELS


@attrs.frozen(slots=True)
class _Introduction:
    offset: int
    form: str
    name: str
    specific: bool


def _role(mention: Mention, view: TokenView, gazetteer: Gazetteer) -> tuple[str, int] | None:
    """Return the role written before a person's name and its first token."""
    if mention.title is not None and mention.title_token is not None:
        if mention.title in _HONORIFICS:
            return None
        return mention.title, mention.title_token
    before = mention.first_token - 1
    if before >= 0 and view.words[before] in gazetteer.roles:
        return view.words[before], before
    return None


def _introductions(
    mentions: Sequence[Mention], view: TokenView, gazetteer: Gazetteer
) -> list[_Introduction]:
    by_end = {m.end_token: m for m in mentions}
    found: list[_Introduction] = []
    for mention in mentions:
        if mention.label != "PERSON":
            continue
        role = _role(mention, view, gazetteer)
        if role is None:
            continue
        text, token = role
        form = " ".join(text.lower().split())
        found.append(_Introduction(mention.end, form, mention.name, False))
        modifier = by_end.get(token)
        if modifier is not None and modifier.label in _MODIFIER_LABELS:
            specific = f"{modifier.surface.lower()} {form}"
            found.append(_Introduction(mention.end, specific, mention.name, True))
    return found


def _referent(intros: list[_Introduction], form: str, offset: int) -> str | None:
    before = [i for i in intros if i.form == form and i.offset <= offset]
    if not before:
        return None
    if before[0].specific:
        return before[-1].name
    names = {i.name for i in intros if i.form == form}
    return before[-1].name if len(names) == 1 else None


def _pattern(forms: set[str]) -> re.Pattern[str]:
    alternatives = alternation({" ".join(form.split()) for form in forms}, space=r"\s+")
    # "[Tt]" first lets the search skip to the next T; the look-behind is the
    # word boundary before it ("\b[Tt]he"), checked once one is found.
    return re.compile(rf"[Tt](?<!\w[Tt])he\s+(?i:({alternatives}))\b(?!-)")


def add_descriptions(
    mentions: list[Mention], view: TokenView, gazetteer: Gazetteer
) -> list[Mention]:
    """Return *mentions* with the definite descriptions that refer to a person added.

    :param mentions: the document's mentions with canonical names, in text order.
    :param view: the document's tokens.
    :param gazetteer: the word lists.
    :return: the mentions, descriptions included, in text order; a
        nationality or place inside a description (``Chinese`` in ``the
        Chinese leader``) is replaced by it.
    """
    intros = _introductions(mentions, view, gazetteer)
    if not intros:
        return mentions
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    person_starts = {m.first_token for m in mentions if m.label == "PERSON"}
    occupied = [(m.start, m.end, m.label) for m in mentions]
    occupied_starts = [m.start for m in mentions]
    added: list[Mention] = []
    swallowed: set[int] = set()
    for match in _pattern({i.form for i in intros}).finditer(view.text):
        if not starts:  # built at the first match: most documents have none
            starts = dict(zip(view.starts, range(len(view.starts)), strict=True))
            ends = dict(zip(view.ends, range(len(view.ends)), strict=True))
        first, last = starts.get(match.start()), ends.get(match.end())
        if first is None or last is None:
            continue
        form = " ".join(match.group(1).lower().split())
        name = _referent(intros, form, match.start())
        if name is None or last + 1 in person_starts:
            continue
        lo = bisect.bisect_left(occupied_starts, match.start())
        inside = []
        clash = lo > 0 and occupied[lo - 1][1] > match.start()
        for k in range(lo, len(occupied)):
            start, end, label = occupied[k]
            if start >= match.end():
                break
            if end > match.end() or label not in _SWALLOWED_LABELS:
                clash = True
                break
            inside.append(k)
        if clash:
            continue
        swallowed.update(inside)
        words = tuple(view.words[first : last + 1])
        added.append(
            Mention(
                match.start(),
                match.end(),
                "PERSON",
                words,
                " ".join(match.group(0).split()),
                first_token=first,
                end_token=last + 1,
                name=name,
                attributes={"description": True},
            )
        )
    if not added:
        return mentions
    kept = [m for k, m in enumerate(mentions) if k not in swallowed]
    return sorted(kept + added, key=_START)
