"""Exchange rates: an amount of one currency per unit of another.

``151 yen per dollar`` and ``1.08 dollars to the euro`` price one currency
in another: the unit is the first currency ``per`` the second, both by their
ISO 4217 codes (``JPY per USD``).  A bare number before ``per dollar`` (``the
yen weakened past 151 per dollar``) writes no currency of its own and keeps
no unit, like a share price written without one.
"""

from __future__ import annotations

from newsparse.builtin.numbers.figures import Reading
from newsparse.builtin.numbers.scanner import CURRENCY_BY_NAME
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["read_exchange_rate"]

#: ``per dollar``, ``to the euro``, ``per U.S. dollar`` after an amount.
_PER_CURRENCY = LazyPattern(
    r"[ \t]+(?:per|to[ \t]+the|to[ \t]+one|against[ \t]+the)[ \t]+"
    r"(?:(?:U\.S\.|US|American)[ \t]+)?(?P<name>[A-Za-z]+)(?![A-Za-z0-9])"
)


def read_exchange_rate(text: str, reading: Reading, pos: int, limit: int) -> int:
    """Read ``per dollar`` or ``to the euro`` after an amount of money as its second currency.

    :param pos: where the amount's own words end.
    :return: the offset after the second currency's name, or *pos* when none follows.
    """
    first = reading.currency
    if first is None or "per" in reading.attributes:
        return pos
    match = _PER_CURRENCY.match(text, pos, limit)
    if match is None:
        return pos
    second = CURRENCY_BY_NAME.get(match.group("name").lower())
    if second is None or second == first:
        return pos
    reading.attributes["per"] = second
    return match.end()
