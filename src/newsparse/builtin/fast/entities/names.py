"""Canonical names inside one document.

Rules, applied to the mentions in text order:

* **People.** A mention whose words are the first or last words of a longer
  person name in the document takes that name (``Putin`` and ``Mr. Putin`` ->
  ``Vladimir Putin``; ``Xi`` -> ``Xi Jinping``, family name first).  The
  nearest earlier full name wins; a short form that comes first takes the
  first full name after it.  Titles are never part of a name.
* **Listed names** take the gazetteer's canonical form (``U.S.`` -> ``United
  States``, ``Russians`` -> ``Russian``); places and nationalities expose
  their country in ``attributes["country"]``, and national capitals, which
  news uses for their governments (``Beijing`` for China), also carry
  ``attributes["capital"] = True``.
* **Acronyms** defined in the document (``Council on American-Islamic
  Relations (CAIR)``) or matching the initials of an organisation named in
  it resolve to the full name.
* Everything else keeps its own words, without a leading ``the`` and a
  final possessive.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.builtin.fast.entities.mention import Mention
from newsparse.builtin.fast.entities.shapes import is_acronym
from newsparse.text import canonical_name, link_short_names

__all__ = ["assign_names", "initials"]

_INITIALS_SKIP: frozenset[str] = frozenset({"of", "the", "and", "for", "on", "&", "in", "at", "to"})
_OPEN_BRACKETS: frozenset[str] = frozenset({"(", "["})
_CLOSE_BRACKETS: frozenset[str] = frozenset({")", "]"})


def initials(words: Sequence[str]) -> str:
    """Return the acronym of a name: ``North Atlantic Treaty Organization`` -> ``NATO``.

    :param words: the words of a name.
    """
    letters = []
    for word in words:
        if word.lower() in _INITIALS_SKIP:
            continue
        for part in word.split("-"):
            if part[:1].isalpha():
                letters.append(part[0].upper())
    return "".join(letters)


class _PlainNames(dict[str, str]):
    """The canonical names of one document's surfaces, each worked out once."""

    def __missing__(self, surface: str) -> str:
        name = self[surface] = canonical_name(surface)
        return name


def _resolve_people(people: list[Mention]) -> None:
    linked = link_short_names([m.surface for m in people], words=[m.words for m in people])
    for mention, name in zip(people, linked, strict=True):
        mention.name = name


def _acronym_definitions(orgs: list[Mention], words: Sequence[str]) -> dict[str, str]:
    defined: dict[str, str] = {}
    for mention in orgs:
        e = mention.end_token
        if (
            e + 2 < len(words)
            and words[e] in _OPEN_BRACKETS
            and words[e + 2] in _CLOSE_BRACKETS
            and is_acronym(words[e + 1])
        ):
            defined[words[e + 1].replace(".", "")] = mention.name
    return defined


def _resolve_organisations(
    orgs: list[Mention], words: Sequence[str], plain_names: _PlainNames
) -> None:
    for mention in orgs:
        mention.name = mention.known.name if mention.known else plain_names[mention.surface]
    defined = _acronym_definitions(orgs, words)
    by_initials: dict[str, str] = {}
    for mention in orgs:
        if len(mention.words) > 1:
            by_initials.setdefault(initials(mention.words), mention.name)
    for mention in orgs:
        if mention.known is None and len(mention.words) == 1 and is_acronym(mention.words[0]):
            acronym = mention.words[0].replace(".", "")
            mention.name = defined.get(acronym) or by_initials.get(acronym) or mention.name


def assign_names(mentions: Sequence[Mention], words: Sequence[str]) -> None:
    """Set :attr:`Mention.name` and the place attributes of every mention.

    :param mentions: the document's mentions, in text order.
    :param words: the document's token words (for acronyms defined in brackets).
    """
    people = [m for m in mentions if m.label == "PERSON"]
    orgs = [m for m in mentions if m.label == "ORG"]
    _resolve_people(people)
    plain_names = _PlainNames()
    _resolve_organisations(orgs, words, plain_names)
    for mention in mentions:
        if mention.label in ("PERSON", "ORG"):
            pass
        elif mention.known is not None:
            mention.name = mention.known.name
        else:
            mention.name = plain_names[mention.surface]
        known = mention.known
        if known is not None and known.country is not None and mention.label != "PERSON":
            mention.attributes["country"] = known.country
            if known.capital:
                mention.attributes["capital"] = True
        if mention.title is not None:
            mention.attributes["title"] = mention.title
