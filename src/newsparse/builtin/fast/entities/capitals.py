"""Words written in capitals: headlines, datelines and results tables read case-insensitively.

Wire copy writes some lines in capitals: headlines (``RUGBY - WEEKEND
RESULTS``), datelines (``LOS ANGELES, March 3 -``) and the home team of a
results table (``BOSTON 112 Denver 104``).  There, capitals say nothing about
names: every word is capitalised.  Before names are looked for, such a word
is rewritten (in the recogniser's view only; offsets and text are unchanged):

* as a name (``Los Angeles``, ``Valencia``) when the gazetteer knows it (a
  one-word town only with other evidence: ``DERBY`` may be a word), when it
  is a given name, when the document writes it capitalised in ordinary text,
  or when it opens a dateline;
* as itself when it is an acronym the document also uses (``NBA``);
* in lower case otherwise (``weekend``, ``results``), so it begins no name.

A sentence is in capitals when at least :data:`CAPS_SHARE` of its words of
two or more letters are; a dateline is a run of words in capitals that
starts a sentence and is followed by a comma, a bracket, a dash or a number.
"""

from __future__ import annotations

import bisect
from itertools import compress

import attrs

from newsparse.builtin.fast.entities.gazetteer import Gazetteer
from newsparse.builtin.fast.entities.view import TokenView
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["CAPS_SHARE", "read_capitals"]

#: Share of a sentence's words written in capitals that makes it a line in capitals.
CAPS_SHARE = 0.6
_MIN_CAPS_WORDS = 2
#: The most words a dateline's place has (``RIO DE JANEIRO`` is three).
_LONGEST_DATELINE = 4

#: Tokens after which a run of words in capitals at a sentence start is a dateline
#: (a dash alone also follows a subject line such as ``CYCLING -``: see :func:`_place_line`).
_DATELINE_ENDS = frozenset({",", "(", "-", "\u2013", "\u2014", "--"})
#: Tokens after which a capitalised word may be capitalised only for starting a clause.
_OPENERS = frozenset({"-", "\u2013", "\u2014", "--", ":", "(", '"', "\u201c", "'", "\u2018"})
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


_WORD = LazyPattern(r"[^\W\d_](?:[^\W\d_]|['\u2019&-])*[^\W\d_]\Z")


def _shouting(word: str) -> bool:
    """Whether *word* is a word of two or more letters written in capitals (no dots)."""
    return word.isupper() and _WORD.match(word) is not None


def _lettered(word: str) -> bool:
    """Whether *word* starts with two letters (a word, not a number or a sign)."""
    return word[:2].isalpha() and len(word) >= 2


def _title(word: str) -> str:
    """``BORDEAUX-BEGLES`` -> ``Bordeaux-Begles``; ``O'NEILL`` -> ``O'Neill``."""
    parts = word.split("-")
    out = []
    for part in parts:
        low = part.lower()
        if len(low) > 2 and low[1] in "'\u2019":
            out.append(low[0].upper() + low[1] + low[2].upper() + low[3:])
        else:
            out.append(low[:1].upper() + low[1:])
    return "-".join(out)


def _mixed_vocabulary(view: TokenView, caps: set[int]) -> frozenset[str]:
    """Capitalised words the document writes outside lines in capitals, not at a sentence start."""
    starts = {first for first, _ in view.sentences}
    words = view.words
    return frozenset(
        words[i]
        for i in view.capitals
        if i not in caps
        and i not in starts
        and words[i - 1] not in _OPENERS
        and not words[i].isupper()
    )


def _caps_tokens(view: TokenView, upper: list[int]) -> tuple[set[int], set[int]]:
    """Return the tokens of lines in capitals, and those of datelines.

    :param upper: the indices of the tokens written in capitals, in order;
        only the sentences holding one are read.
    """
    words = view.words
    lines: set[int] = set()
    datelines: set[int] = set()
    starts = [first for first, _ in view.sentences]
    seen: set[int] = set()
    for i in upper:
        k = bisect.bisect_right(starts, i) - 1
        if k < 0 or k in seen:
            continue
        seen.add(k)
        first, end = view.sentences[k]
        # The words in capitals are among *upper*: too few of them, and the
        # sentence is no line in capitals.
        in_upper = bisect.bisect_left(upper, end) - bisect.bisect_left(upper, first)
        if in_upper >= _MIN_CAPS_WORDS:
            lettered = [i for i in range(first, end) if _lettered(words[i])]
            shouting = [i for i in lettered if _shouting(words[i])]
            if len(shouting) >= _MIN_CAPS_WORDS and len(shouting) >= CAPS_SHARE * len(lettered):
                lines.update(shouting)
        j = first
        while j < end and _shouting(words[j]):
            j += 1
        if first < j <= first + _LONGEST_DATELINE and j < end:
            after = words[j]
            if after in _DATELINE_ENDS or after[:1].isdigit():
                datelines.update(range(first, j))
    return lines, datelines


#: Kinds of listed names that a headline in capitals may hold without other evidence.
_HEADLINE_KINDS = frozenset({"country", "capital", "nationality", "group", "organisation"})


def _place_line(view: TokenView, datelines: set[int], i: int, gazetteer: Gazetteer) -> bool:
    """Whether the dateline token *i* names a place: before a dash only a listed one."""
    first = i
    while first - 1 in datelines:
        first -= 1
    end = i + 1
    while end in datelines:
        end += 1
    if end < len(view.words) and view.words[end] not in _DASHES:
        return True
    key = "".join(_title(w) for w in view.words[first:end])
    known = gazetteer.names.get(key)
    return known is not None and known.label in ("GPE", "LOC")


def _known_start(gazetteer: Gazetteer, titled: list[str], k: int, any_kind: bool) -> bool:
    """Whether a listed name starts with the rewritten word *k* of a line.

    In a headline, a one-word town or region (``DERBY``, ``READING``) counts
    only with other evidence (*any_kind*); a longer name always does.
    """
    if titled[k] not in gazetteer.name_starts:
        return False
    for size in range(min(len(titled) - k, gazetteer.max_name_tokens), 0, -1):
        known = gazetteer.names.get("".join(titled[k : k + size]))
        if known is not None:
            return any_kind or size > 1 or known.kind in _HEADLINE_KINDS
    return False


def read_capitals(view: TokenView, gazetteer: Gazetteer) -> TokenView:
    """Return *view* with the words of lines in capitals and of datelines rewritten.

    :param view: the document's tokens.
    :param gazetteer: the word lists.
    :return: the same view when nothing is written in capitals, else a new
        one whose ``words`` and ``capitals`` follow the rewritten words.
    """
    shouted = {w for w in view.vocabulary or set(view.words) if w.isupper() and len(w) > 1}
    if not shouted:
        return view
    upper = list(compress(range(len(view.words)), map(shouted.__contains__, view.words)))
    lines, datelines = _caps_tokens(view, upper)
    targets = sorted(lines | datelines)
    if not targets:
        return view
    mixed = _mixed_vocabulary(view, set(targets))
    datelines = {i for i in datelines if _place_line(view, datelines, i, gazetteer)}
    words = list(view.words)
    titled = [_title(words[i]) for i in targets]
    position = {i: k for k, i in enumerate(targets)}
    for k, i in enumerate(targets):
        word, title = words[i], titled[k]
        # consecutive rewritten words, for multi-word names ("LOS ANGELES")
        run = [title]
        n = i + 1
        while n in position and len(run) < gazetteer.max_name_tokens:
            run.append(titled[position[n]])
            n += 1
        if (
            _known_start(gazetteer, run, 0, i in datelines or title in mixed)
            or title in gazetteer.given_names
            or title in mixed
            or i in datelines
        ):
            words[i] = title
        elif word in mixed or (len(word) <= 4 and gazetteer.names.get(word) is not None):
            continue
        elif i > 0 and words[i - 1][:1].isupper() and words[i - 1] != view.words[i - 1]:
            # inside a multi-word listed name whose first word was rewritten
            words[i] = title
            if not _inside_known(words, i, gazetteer):
                words[i] = word.lower()
        else:
            words[i] = word.lower()
    # Only the rewritten words changed: the others keep their capital, or lack
    # of one (a word capitalised only after "al-" is no capital here).
    rewritten = set(targets)
    capitals = sorted(
        [i for i in view.capitals if i not in rewritten and words[i][:1].isupper()]
        + [i for i in targets if words[i][:1].isupper()]
    )
    return attrs.evolve(
        view,
        words=words,
        capitals=capitals,
        datelines=frozenset(datelines),
        vocabulary=frozenset(words),
    )


def _inside_known(words: list[str], i: int, gazetteer: Gazetteer) -> bool:
    """Whether token *i* continues a listed name that starts up to four tokens before."""
    for back in range(1, min(i, 4) + 1):
        for size in range(back + 1, min(back + 4, len(words) - i + back) + 1):
            first = i - back
            if gazetteer.names.get("".join(words[first : first + size])) is not None:
                return first + size > i
    return False
