"""Whether a ``the`` before a name belongs to the name's mention.

``the United States said`` and ``the Kremlin`` are mentions that start with
their article; in ``the U.S. government`` the article belongs to
``government`` and the mention is ``U.S.`` alone.  The article is taken when
the word after the name ends the noun phrase: punctuation, the end of the
sentence, a verb or function word from a closed list, a past form (``-ed``)
or an adverb (``-ly``).  People's names never take it.
"""

from __future__ import annotations

from newsparse.builtin.fast.entities.shapes import POSSESSIVES
from newsparse.builtin.fast.entities.view import TokenView

__all__ = ["ARTICLE_LABELS", "article_before"]

#: Labels whose mentions may start with "the".
ARTICLE_LABELS: frozenset[str] = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "NORP"})

_ARTICLES: frozenset[str] = frozenset({"the", "The"})

# fmt: off
#: Words after a name that show the name ends its noun phrase.
_PHRASE_ENDERS: frozenset[str] = frozenset(
    [
        "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "with", "by",
        "as", "over", "after", "before", "under", "about", "against", "into", "onto", "than",
        "who", "which", "that", "whose", "where", "when", "while", "because", "if", "since",
        "until", "during", "through", "between", "among", "across", "within", "without",
        "despite", "per", "via", "is", "was", "were", "are", "be", "been", "being", "has", "have",
        "had", "will", "would", "could", "should", "may", "might", "can", "must", "shall", "did",
        "does", "do", "also", "now", "then", "still", "already", "only", "just", "even", "never",
        "not", "again", "said", "says", "say", "told", "tells", "added", "adds", "announced",
        "reported", "confirmed", "denied", "stated", "warned", "wants", "wanted", "plans",
        "planned", "remains", "remained", "became", "becomes", "continues", "continued", "agreed",
        "signed", "launched", "called", "calls", "described",
    ]
)
# fmt: on


def _ends_phrase(word: str) -> bool:
    return (
        not word[:1].isalnum()
        or word in POSSESSIVES
        or word in _PHRASE_ENDERS
        or (word[:1].islower() and word.endswith(("ed", "ly")))
    )


def article_before(view: TokenView, first: int, end: int, sentence: tuple[int, int]) -> int:
    """Return the index of the first token of the mention of the name ``[first, end)``.

    :param view: the document's tokens.
    :param first: index of the name's first token.
    :param end: one past the name's last token.
    :param sentence: the ``(first, end)`` token range of the name's sentence.
    :return: ``first - 1`` when the ``the`` before the name belongs to its
        mention, else *first*.
    """
    if first <= sentence[0] or view.words[first - 1] not in _ARTICLES:
        return first
    if end >= sentence[1] or _ends_phrase(view.words[end]):
        return first - 1
    return first
