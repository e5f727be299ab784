"""A recognised mention on its way to becoming an :class:`~newsparse.model.Entity`."""

from __future__ import annotations

from typing import Any

import attrs

from newsparse.builtin.fast.entities.gazetteer import Known

__all__ = ["Mention"]


@attrs.define(slots=True)
class Mention:
    """One entity mention while names and descriptions are worked out.

    :param start: first code point.
    :param end: one past the last code point.
    :param label: OntoNotes label.
    :param words: the words of the name (possessives removed), for matching names.
    :param surface: the name as written, whitespace normalised, possessive removed.
    :param known: the gazetteer entry, when the name is listed.
    :param title: the title written before a person's name (``"President"``).
    :param title_token: index of the title's first token.
    :param first_token: index of the first token.
    :param end_token: one past the last token.
    :param name: the canonical name, once resolved.
    :param attributes: extra fields for :attr:`Entity.attributes`.
    """

    start: int
    end: int
    label: str
    words: tuple[str, ...]
    surface: str
    known: Known | None = None
    title: str | None = None
    title_token: int | None = None
    first_token: int = 0
    end_token: int = 0
    name: str = ""
    attributes: dict[str, Any] = attrs.field(factory=dict)
