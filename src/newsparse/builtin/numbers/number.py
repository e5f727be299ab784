"""The value of the number at a candidate: digits, fractions, powers of ten, words, vague amounts.

:func:`read_number` turns one match of
:data:`~newsparse.builtin.numbers.scanner.NUMBER_RE` into a
:class:`~newsparse.builtin.numbers.figures.Reading` of its value alone;
what stands around the number is read by the other modules.  Slash runs
(``24/7``, ``5/16/2024``) and digit chains (``1111-2222-3333``) are no
number.
"""

from __future__ import annotations

import re

from newsparse.builtin.numbers.figures import Reading
from newsparse.builtin.numbers.spelled import read_spelled, read_vague
from newsparse.builtin.numbers.values import VULGAR_FRACTIONS, parse_digits, parse_fraction
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["read_number"]

_SLASH_RUN = LazyPattern(r"[0-9]*(?:[/⁄][0-9]+)+")
_DIGIT_CHAIN = re.compile(r"[0-9]+(?:[-–][0-9]+){2,}")
_SPACED_THOUSANDS = re.compile(r", (0[0-9]{2})(?![0-9])")
_EXPONENT_JUNK = LazyPattern(r"[^0-9-]")


def read_number(text: str, match: re.Match[str], floor: int) -> tuple[Reading | None, int]:
    """Read the value of a candidate; return ``(None, skip_to)`` when it is no figure.

    :param match: a match of :data:`~newsparse.builtin.numbers.scanner.NUMBER_RE`.
    :param floor: first offset of the sentence.
    """
    start, end = match.span()
    if match.group("vague") is not None:
        return read_vague(text, match), end
    if match.group("words") is not None:
        return read_spelled(text, match, floor), end
    if match.group("vulgar") is not None:
        value = VULGAR_FRACTIONS[match.group("vulgar")]
        return Reading(start, end, value, match.group("vulgar"), fraction=True), end
    chain = _DIGIT_CHAIN.match(text, start)
    if chain is not None:
        return None, chain.end()
    if match.group("den") is not None:
        fraction = parse_fraction(match.group("num"), match.group("den"))
        if fraction is None:
            run = _SLASH_RUN.match(text, match.start("num"))
            return None, run.end() if run else end
        whole = parse_digits(match.group("whole")) if match.group("whole") else 0.0
        value = (whole or 0.0) + fraction
        return Reading(start, end, value, match.group(), fraction=whole == 0.0), end
    raw = match.group("digits")
    if text.startswith("/", end) and end + 1 < len(text) and text[end + 1].isdigit():
        run = _SLASH_RUN.match(text, end)
        return None, run.end() if run else end
    number = parse_digits(raw)
    if number is None:
        return None, end
    reading = Reading(start, end, number, raw, plain=raw.isdigit())
    spaced = _SPACED_THOUSANDS.match(text, end) if reading.plain and len(raw) <= 3 else None
    if spaced is not None and match.group("exp") is None:
        reading.value = number * 1000 + int(spaced.group(1))
        reading.end = spaced.end()
        reading.plain = False
    if match.group("exp") is not None:
        exponent = int(_EXPONENT_JUNK.sub("", match.group("exp").replace("−", "-")))
        if abs(exponent) > 300:
            return None, end
        reading.value = number * 10.0**exponent
        reading.plain = False
    if match.group("vulgar_tail") is not None:
        reading.value += VULGAR_FRACTIONS[match.group("vulgar_tail")]
        reading.plain = False
    return reading, reading.end
