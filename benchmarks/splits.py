"""Two fixed halves of every development set: develop on half A, report both.

A record goes to half ``"A"`` or ``"B"`` by a hash of a key that does not
change when the file is reordered or extended: the sentence text for
sentence sets (NewsQuant), the document id or text for document sets (GGT,
GUM).  The hash is SHA-256 of the key's UTF-8 bytes after whitespace is
collapsed, so the split is the same on every machine and Python version
(no ``hash()``, no seed).  Rules are developed on half A only; half B is
reported beside it in every table, and a gap of more than .02 between the
halves is a sign of rules fitted to half A's words (see ``CONTRIBUTING.md``).

.. code-block:: python

   from splits import half, split   # benchmarks/ is on sys.path when a benchmark runs

   half("Oil rose 2% on Monday.")          # 'A' or 'B', always the same
   a, b = split(records, key=lambda r: r["text"])
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

__all__ = ["HALVES", "Half", "half", "split"]

Half = Literal["A", "B"]
#: The two halves, in report order.
HALVES: tuple[Half, Half] = ("A", "B")

T = TypeVar("T")


def half(key: str) -> Half:
    """Return the half a record with this key belongs to.

    :param key: the record's stable key (sentence text, document id).
    :returns: ``"A"`` (develop here) or ``"B"`` (held apart, reported).
    """
    digest = hashlib.sha256(" ".join(key.split()).encode("utf-8")).digest()
    return "A" if digest[0] % 2 == 0 else "B"


def split(records: Iterable[T], key: Callable[[T], str]) -> tuple[list[T], list[T]]:
    """Split records into half A and half B, keeping their order.

    :param records: the records of one set.
    :param key: the function giving each record's stable key.
    :returns: the records of half A and those of half B.
    """
    halves: dict[Half, list[T]] = {"A": [], "B": []}
    for record in records:
        halves[half(key(record))].append(record)
    return halves["A"], halves["B"]
