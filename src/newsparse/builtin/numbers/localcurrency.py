"""Currency names shared by several countries, named by a country adjective in the sentence.

``pesos``, ``dinars``, ``shillings`` and ``crowns`` are each the currency of
several countries, so the stage has no default code for them.  A country's
adjective earlier in the sentence (``the Mexican bank earned 14.6 billion
pesos``) names the one meant when the reference data's currency names hold
the adjective and the noun together (``mexican peso``, ISO 4217 and CLDR).
"""

from __future__ import annotations

from functools import cache

from newsparse.builtin.numbers.scanner import CURRENCY_BY_NAME
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["currency_named_before", "shared_currency_nouns"]

#: A capitalised word, or two (``South Korean``, ``New Zealand``).
_CAPITALISED = LazyPattern(r"(?<![A-Za-z])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?")


@cache
def shared_currency_nouns() -> frozenset[str]:
    """Return the last words of currency names that are no currency by themselves.

    ``peso`` (of ``mexican peso``, ``chilean peso``...), ``dinar``, ``shilling``;
    not ``dollar`` or ``rupee``, which have a default code.
    """
    heads = {name.rsplit(" ", 1)[-1] for name in CURRENCY_BY_NAME if " " in name}
    return frozenset(head for head in heads if head not in CURRENCY_BY_NAME)


def currency_named_before(text: str, noun: str, floor: int, pos: int) -> str | None:
    """Return the code of currency *noun* as named by the last country adjective before *pos*.

    :param noun: the singular, lower-case noun counted by the figure (``peso``); the
        reference data may name the currency in the plural (``danish crowns``).
    :param floor: start of the sentence.
    :return: the ISO 4217 code, or ``None`` when *noun* is not a shared currency
        noun or no adjective before it names one.
    """
    shared = shared_currency_nouns()
    forms = [form for form in (noun, noun + "s") if form in shared]
    if not forms:
        return None
    found = None
    for match in _CAPITALISED.finditer(text, floor, pos):
        words = match.group().split()
        for start in range(len(words)):
            adjective = " ".join(words[start:]).lower()
            code = next((c for f in forms if (c := CURRENCY_BY_NAME.get(f"{adjective} {f}"))), None)
            if code is not None:
                found = code
                break
    return found
