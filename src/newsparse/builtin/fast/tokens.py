"""Tokenisation of a sentence by one compiled expression.

The expression skips the spaces before a token and tries, in this order: a
plain word of letters followed by a space, simple punctuation or a clitic
(the common case, matched first for speed), a lone punctuation mark that no
later alternative could start (a comma, a quotation mark, a final period:
the next most common, also matched early for speed), URLs, e-mail addresses, bare domains
(``Amazon.com``), acronyms written with periods (``U.S.``, ``a.m.``,
``U.S.-led``), currency symbols with their country prefix (``US$``,
``HK$``), numbers with separators (``1,000.50``, ``10:30``,
``21/07/2017``), clitics (``'s``, ``n't``, ``'ll``), the word before
``n't``, words (hyphenated compounds and inner apostrophes kept whole:
``hard-earned``, ``O'Brien``, ``AT&T``), hashtags and handles, flag emoji,
ellipses, and finally any other single character with the combining marks
and emoji modifiers that follow it.  E-mail addresses and domains are
bounded (64 characters before the ``@`` and labels of 63, as the Internet
standards allow; ten labels before the top-level domain), so that a long
run without spaces is not rescanned from every token in it.  A listed abbreviation (``Mr.``,
``Inc.``, ``Jan.``) and an initial (``E.`` inside a sentence) keep their
period.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice, repeat
from operator import attrgetter

from newsparse.builtin.fast.abbreviations import NUMBER_ABBREVIATIONS, is_abbreviation
from newsparse.lexicon.dispatch import LazyPattern
from newsparse.text.charclasses import COMBINING_MARKS, SPACE

__all__ = ["add_tokens", "token_spans"]

_WORD_CHAR = rf"[\w{COMBINING_MARKS}]"
_CLITIC_TAIL = r"(?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)(?!\w)"
_CLITIC = rf"(?:[nN]['’][tT](?!\w)|['’]{_CLITIC_TAIL})"
_TOP_LEVEL_DOMAINS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|co|uk|ca|au|nz|de|fr|cn|ru|jp|eu|ch|nl|se|es|"
    "br|mx|za|ie|kr|hk|sg|tw|ly|fm|gov\\.uk"
)
_URL_END = rf"[^{SPACE}<>\"“”‘’.,;:!?)\]'*]"
_EXTEND = rf"[{COMBINING_MARKS}\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]"

#: One token, after the spaces before it (group 1).  A number's separated
#: groups are matched possessively (``++``): what follows them always
#: matches, so the token is the same, and the engine keeps no backtracking
#: state per group, which on a long run (``1,1,1,...``) filled a growing
#: stack.  Only the two word alternatives are named (the period after a word
#: may be its own, ``Mr.``); every capturing group costs the engine time at
#: each token, so the others are not.
_TOKEN = re.compile(
    rf"""
    ([{SPACE}]*)(?:
    (?P<plain>[^\W\d_]++(?=[{SPACE},;!?)\]}}"”»]|\.(?!\w)|\Z|['’]{_CLITIC_TAIL}))
    | (?:[,;:!?()\[\]"“”‘«»—–$/]|\.(?![\w.+\-@]))(?!{_EXTEND}|\u200d)  # lone punctuation
    | (?:https?://|ftp://|www\.)(?:[^{SPACE}<>"“”‘’]*{_URL_END})?  # URL
    | [\w.+-]{{1,64}}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}})+  # e-mail address
    | [A-Za-z0-9][A-Za-z0-9-]{{0,62}}(?:\.[A-Za-z0-9-]{{1,63}}){{0,9}}  # domain
        \.(?:{_TOP_LEVEL_DOMAINS})
        (?:/(?:[^{SPACE}<>"“”‘’]*{_URL_END})?)?(?!\w)
    | (?:[^\W\d_]{{1,2}}\.){{2,}}(?:-{_WORD_CHAR}+)*  # acronym
    | [A-Z]{{1,3}}\$  # currency
    | \d+(?:[.,:/]\d+)++{_WORD_CHAR}*(?:-{_WORD_CHAR}+)*  # number
    | (?<=[\w{COMBINING_MARKS}.]){_CLITIC}  # clitic
    | [^\W\d_]+(?=[nN]['’][tT](?!\w))  # the word before n't
    | (?P<word>{_WORD_CHAR}+
        (?:(?:[-\u2010\u2011]|['’](?![tT](?!\w)|{_CLITIC_TAIL})|(?<=[A-Z])&(?=[A-Z])){_WORD_CHAR}+)*)
    | [#@]\w+  # hashtag, handle
    | [\U0001f1e6-\U0001f1ff]{{2}}  # flag
    | \.{{2,}}|…  # ellipsis
    | [^{SPACE}]{_EXTEND}*(?:\u200d[^{SPACE}]{_EXTEND}*)*  # any other character
    )""",
    re.VERBOSE,
)

_WORDS = frozenset({"plain", "word"})
_DIGIT_AHEAD = LazyPattern(rf"\.[{SPACE}]*\d")
_MORE_AHEAD = LazyPattern(rf"\.[{SPACE}]*[^{SPACE}]")


def _keeps_period(text: str, word: str, dot: int, end: int) -> bool:
    """Whether the period at *dot*, right after *word*, belongs to the word's token."""
    if word in NUMBER_ABBREVIATIONS:
        return _DIGIT_AHEAD.match(text, dot, end) is not None
    if is_abbreviation(word):
        return True
    return len(word) == 1 and word.isupper() and _MORE_AHEAD.match(text, dot, end) is not None


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the tokens of ``text[start:end]`` (usually one sentence).

    Tokens cover every character of the range except spaces, in order,
    without overlapping, and never contain a space.

    :param text: the document text.
    :param start: where the range starts.
    :param end: where it ends (the end of *text* when ``None``).
    :return: half-open ``(start, end)`` code-point offsets into *text*.
    """
    starts: list[int] = []
    ends: list[int] = []
    add_tokens(text, start, len(text) if end is None else end, starts, ends)
    return list(zip(starts, ends, strict=True))


_KIND = attrgetter("lastgroup")
#: How many matches are read at a time.
_BLOCK = 1024
_END = re.Match.end
_SPACES = repeat(1)


def add_tokens(text: str, start: int, end: int, starts: list[int], ends: list[int]) -> None:
    """Append the tokens of ``text[start:end]`` to *starts* and *ends*.

    What :func:`token_spans` returns, as two columns of offsets (no tuple
    per token).  The expression finds the tokens, read by ``map`` in C; the
    few words that keep the period after them (``Mr.``) are then fixed.

    :param text: the document text.
    :param start: where the range starts.
    :param end: where it ends.
    :param starts: the list the start offsets are appended to.
    :param ends: the list the end offsets are appended to.
    """
    first = len(starts)
    kinds: list[str | None] = []
    # A block of matches at a time: a long sentence (a run of quotation marks)
    # never holds all its match objects at once.
    scanner = _TOKEN.finditer(text, start, end)
    while matches := list(islice(scanner, _BLOCK)):
        kinds += map(_KIND, matches)
        starts.extend(map(_END, matches, _SPACES))  # where the spaces before it end
        ends.extend(map(_END, matches))
    dropped: list[int] = []
    extended = -1
    dot = text.find(".", start, end)
    while dot >= 0:
        i = bisect_left(ends, dot, first)
        if (
            i < len(ends)
            and ends[i] == dot
            and i != extended  # a word that took its period already
            and kinds[i - first] in _WORDS
            and _keeps_period(text, text[starts[i] : dot], dot, end)
        ):
            ends[i] = dot + 1
            extended = i
            # The next token starts at the period: it loses it, or goes when it was the period.
            if ends[i + 1] <= dot + 1:
                dropped.append(i + 1)
            else:
                starts[i + 1] = dot + 1
        dot = text.find(".", dot + 1, end)
    if dropped:
        # One pass over the sentence's tokens: deleting them one by one would
        # shift the rest each time (quadratic on a run of "Mr. Mr. Mr.").
        gone = set(dropped)
        kept = [i for i in range(first, len(starts)) if i not in gone]
        starts[first:] = [starts[i] for i in kept]
        ends[first:] = [ends[i] for i in kept]
