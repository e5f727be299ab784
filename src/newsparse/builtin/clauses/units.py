"""Clause-like units of a sentence read off a dependency tree.

:func:`unit_starts` is the syntax side of the clause splitter: a unit
starts at each sentence and at the first word of every clause that a
dependency tree attaches as an adverbial, complement, relative or
participial clause, a parataxis, or a coordinated verb (``and raise
trade``: the conjunction opens the new unit).  The statement-clause
processor splits commitments with the same classes of coordination; this
function lets the rule be measured on discourse-unit gold (GUM's DISRPT
segmentation) with Universal Dependencies trees.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["CLAUSE_RELATIONS", "unit_starts"]

#: Relations whose dependent heads a clause of its own.
CLAUSE_RELATIONS = frozenset(
    {"advcl", "ccomp", "acl", "acl:relcl", "parataxis", "csubj", "advcl:relcl", "xcomp"}
)
_VERBAL = frozenset({"VERB", "AUX"})
_PUNCT = "PUNCT"


def unit_starts(
    words: Sequence[str],
    upos: Sequence[str],
    heads: Sequence[int],
    deprels: Sequence[str],
) -> list[int]:
    """Return the 0-based indexes of the tokens that start a unit, in order.

    :param words: the sentence's tokens.
    :param upos: their Universal POS tags.
    :param heads: 1-based head index of each token, 0 for the root (CoNLL-U).
    :param deprels: relation of each token to its head.
    """
    n = len(words)
    if n == 0:
        return []
    children: list[list[int]] = [[] for _ in range(n)]
    for k, head in enumerate(heads):
        if 0 < head <= n and head - 1 != k:
            children[head - 1].append(k)
    starts = {0}
    for k in range(n):
        rel = deprels[k]
        base = rel.split(":")[0]
        clausal = rel in CLAUSE_RELATIONS or base in ("advcl", "ccomp", "acl", "csubj")
        if base == "xcomp":
            clausal = _has_subject_or_mark(k, children, deprels)
        if base == "conj":
            clausal = upos[k] in _VERBAL and _head_is_verbal(k, heads, upos)
        if not clausal or not _has_verb(k, upos, children):
            continue
        first = _leftmost(k, children)
        while first < k and upos[first] == _PUNCT:
            first += 1
        if first > 0:
            starts.add(first)
    return sorted(starts)


def _leftmost(k: int, children: Sequence[Sequence[int]]) -> int:
    best = k
    stack = [k]
    seen = {k}
    while stack:
        node = stack.pop()
        best = min(best, node)
        for child in children[node]:
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return best


def _has_verb(k: int, upos: Sequence[str], children: Sequence[Sequence[int]]) -> bool:
    return upos[k] in _VERBAL or any(upos[c] in _VERBAL for c in children[k])


def _head_is_verbal(k: int, heads: Sequence[int], upos: Sequence[str]) -> bool:
    head = heads[k] - 1
    return 0 <= head < len(upos) and upos[head] in _VERBAL


def _has_subject_or_mark(k: int, children: Sequence[Sequence[int]], deprels: Sequence[str]) -> bool:
    return any(deprels[c].split(":")[0] in ("nsubj", "mark") for c in children[k])
