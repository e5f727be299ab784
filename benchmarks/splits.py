"""Fixed, deterministic halves of an evaluation set: develop on ``A``, report both.

A document's half depends only on its key (its id), through a stable hash,
so the split is the same on every machine, in every run and whatever else
the set holds.

    >>> half("GUM_bio_byron") in ("A", "B")
    True
"""

from __future__ import annotations

import hashlib
from typing import Literal

__all__ = ["half"]

Half = Literal["A", "B"]


def half(key: str) -> Half:
    """Return the half, ``"A"`` or ``"B"``, that the document *key* belongs to.

    :param key: the document's id (a file stem, a ``newdoc id``).
    :return: ``"A"`` for the development half, ``"B"`` for the held-back half.
    """
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return "A" if digest[0] % 2 == 0 else "B"
