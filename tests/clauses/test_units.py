"""unit_starts: clause-like units from a dependency tree."""

from __future__ import annotations

from newsparse.builtin.clauses.units import unit_starts


def test_coordinated_verbs_and_adverbial_clauses_open_units() -> None:
    # "The sides will expand trade and raise investment because markets grew ."
    words = [
        "The",
        "sides",
        "will",
        "expand",
        "trade",
        "and",
        "raise",
        "investment",
        "because",
        "markets",
        "grew",
        ".",
    ]
    upos = [
        "DET",
        "NOUN",
        "AUX",
        "VERB",
        "NOUN",
        "CCONJ",
        "VERB",
        "NOUN",
        "SCONJ",
        "NOUN",
        "VERB",
        "PUNCT",
    ]
    heads = [2, 4, 4, 0, 4, 7, 4, 7, 11, 11, 4, 4]
    deprels = [
        "det",
        "nsubj",
        "aux",
        "root",
        "obj",
        "cc",
        "conj",
        "obj",
        "mark",
        "nsubj",
        "advcl",
        "punct",
    ]
    assert unit_starts(words, upos, heads, deprels) == [0, 5, 8]


def test_coordinated_nouns_do_not_open_units() -> None:
    words = ["They", "support", "peace", "and", "stability", "."]
    upos = ["PRON", "VERB", "NOUN", "CCONJ", "NOUN", "PUNCT"]
    heads = [2, 0, 2, 5, 3, 2]
    deprels = ["nsubj", "root", "obj", "cc", "conj", "punct"]
    assert unit_starts(words, upos, heads, deprels) == [0]
    assert unit_starts([], [], [], []) == []
