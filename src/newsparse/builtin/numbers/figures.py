"""What the reader fills: a :class:`Reading` in progress, then the finished :class:`Figure`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from newsparse.builtin.numbers.lexicon import LETTER_SCALES, SCALES

#: A number with a decimal part and no thousands separator: ``1.2 to 1.5 billion``.
_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")

__all__ = [
    "LETTER_SCALES",
    "SCALE_NAMES",
    "Figure",
    "Reading",
    "kind_and_unit",
    "range_compatible",
    "share_units",
]

#: Full name of each scale abbreviation, for the ``scale`` attribute.
SCALE_NAMES: dict[str, str] = {
    "mn": "million",
    "mln": "million",
    "mil": "million",
    "m": "million",
    "bn": "billion",
    "bln": "billion",
    "b": "billion",
    "tn": "trillion",
    "trn": "trillion",
    "tln": "trillion",
    "k": "thousand",
    "lakhs": "lakh",
    "crores": "crore",
}


@dataclass(slots=True)
class Figure:
    """A figure read from the text, before it becomes a claim.

    :param start: first offset.
    :param end: one past the last offset.
    :param kind: claim kind (``money``, ``percent``, ``date``...).
    :param value: the number, a ``(low, high)`` range, or ``None``.
    :param unit: ISO code or normalised unit name.
    :param approximate: whether the text marks it as approximate.
    :param qualifier: normalised bound or approximation cue, or ``record``.
    :param change: ``up``, ``down`` or ``None``.
    :param subject: span of what is measured.
    :param attributes: extra fields.
    """

    start: int
    end: int
    kind: str
    value: float | tuple[float, float] | None
    unit: str | None = None
    approximate: bool = False
    qualifier: str | None = None
    change: str | None = None
    subject: tuple[int, int] | None = None
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Reading:
    """A number being read: its value and what was found around it so far.

    :param start: first offset (moves left over a currency sign).
    :param end: one past the last offset read (moves right over scale and unit).
    :param value: the value, scale applied.
    :param raw: the number as written.
    """

    start: int
    end: int
    value: float
    raw: str
    is_word: bool = False
    plain: bool = False
    scaled: bool = False
    scale_word: str | None = None
    currency: str | None = None
    currency_symbol: str | None = None
    minor: str | None = None
    unit: str | None = None
    unit_kind: str | None = None
    counted: str | None = None
    age: bool = False
    fraction: bool = False
    vague: tuple[float, float] | None = None
    negative: bool = False
    identifier_left: bool = False
    identifier_attached: bool = False
    sub_bound: bool = False
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def has_unit(self) -> bool:
        """Whether a currency, unit, counted noun or age was found."""
        return bool(self.currency or self.minor or self.unit or self.counted or self.age)

    @property
    def signed(self) -> float:
        """The value with its sign."""
        return -self.value if self.negative else self.value

    def unscaled(self) -> float:
        """Return the value before its scale word was applied."""
        multiplier = 1.0
        if self.scale_word:
            multiplier = SCALES.get(self.scale_word, LETTER_SCALES.get(self.scale_word[0], 1.0))
        return self.value / multiplier


def kind_and_unit(reading: Reading) -> tuple[str, str | None]:
    """Return the claim kind and unit of a reading (``("money", "USD per barrel")``)."""
    per = reading.attributes.get("per")
    suffix = f" per {per}" if per else ""
    if reading.currency:
        return "money", reading.currency + suffix
    if reading.minor:
        return "money", reading.minor + suffix
    if reading.age:
        return "age", reading.unit
    if reading.unit:
        return reading.unit_kind or "measure", reading.unit + suffix
    if reading.counted:
        return "count", reading.counted + suffix
    if reading.fraction:
        return "fraction", None
    if reading.vague is not None:
        return "count", None
    return "number", None


def range_compatible(first: Reading, second: Reading, link: str, *, change: bool = False) -> bool:
    """Whether two numbers joined by *link* (``-``, ``to``, ``and``, ``or``) make one range.

    :param change: whether ``from`` opens the pair (``from 18 to 16``): a change, which may
        go down as well as up.
    """
    if first.age and not second.age and link in ("to", "-", "–", "and"):
        # ``aged 50 to 70``: the second end of an age range leaves its unit unsaid;
        # ``lowering the voting age from 18 to 16``: a change of age may go down.
        bare = not (second.has_unit or second.scaled or second.fraction or second.negative)
        ordered = first.value < second.value or (change and first.value != second.value)
        return bare and ordered and second.value <= 120
    if first.age or second.age or first.fraction or second.fraction:
        return False
    first_unit = first.currency or first.minor or first.unit or first.counted
    second_unit = second.currency or second.minor or second.unit or second.counted
    if first_unit and second_unit and first_unit != second_unit:
        return False
    if link in ("-", "–", "—") and (second.negative or not first.signed < second.signed):
        return False
    if link == "or":
        return not first.scaled and not second.scaled and first.value < second.value <= 100
    return True


def share_units(first: Reading, second: Reading) -> None:
    """Give both ends of a range the unit and scale one of them states (``$89 to $93 billion``).

    A scale word that ends the second of two spelled numbers is shared too:
    ``six to seven thousand`` is 6,000 to 7,000, and so is one after two
    numbers without thousands separators: ``1.2 to 1.5 billion``.
    """
    if first.is_word and second.is_word and not first.scaled:
        words = second.raw.lower().split()
        scale = SCALES.get(words[-1], 0.0) if len(words) > 1 else 0.0
        own = first.raw.lower().split()
        if scale > 1 and own and own[-1] not in SCALES and first.value < scale:
            first.value *= scale
    if second.scaled and not first.scaled:
        multiplier = second.value / max(second.unscaled(), 1e-300)
        written = first.plain or _DECIMAL.fullmatch(first.raw) is not None
        if first.is_word or (written and first.value * multiplier <= second.value):
            first.value *= multiplier
            first.scaled = True
            first.scale_word = second.scale_word
    for name in ("currency", "currency_symbol", "minor", "unit", "unit_kind", "counted"):
        if getattr(first, name) is None and getattr(second, name) is not None:
            setattr(first, name, getattr(second, name))
    if "per" in second.attributes and "per" not in first.attributes:
        first.attributes["per"] = second.attributes["per"]
