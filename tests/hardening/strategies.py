"""Hypothesis strategies for untrusted input, self-contained.

* :data:`any_text`: any Python ``str``, lone surrogates and control
  characters included (not only text that UTF-8 can encode);
* :func:`repeated_structures`: long texts made of one structure repeated
  (runs of abbreviations, of capitalised or upper-case words, runs without
  spaces that look like e-mail addresses or domains, runs of spaces, of
  quotation marks, of dashes and final punctuation) between short pieces of
  ordinary news text.  Most examples are a few kilobytes; some reach 64 KB
  and a few 1 MB, so that a property runs hundreds of examples in minutes
  and still meets the sizes where quadratic time shows.
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["MAX_CHARS", "STRUCTURES", "any_text", "repeated_structures"]

#: The longest text :func:`repeated_structures` makes.
MAX_CHARS = 1 << 20

#: Characters that break naive offset code.
NASTY = "\r\n\t \x00\x85\u200b\u200d\u202e\u0301\ufeff\u2028\ud800\udfff😀👩‍👩‍👧é̃\U0010ffff"

#: Any code point, surrogates (category Cs) included.
ANY_CHAR = st.characters(exclude_categories=()) | st.sampled_from(NASTY)

#: Any ``str``.
any_text = st.text(ANY_CHAR, max_size=300)

#: The repeated units, by family.
STRUCTURES: dict[str, tuple[str, ...]] = {
    "abbreviations": ("U.S. ", "Mr. ", "e.g. ", "Inc. ", "St. ", "Gen. ", "A. "),
    "capitalised": ("Paris ", "Union Bank ", "President ", "Anna Smith ", "University of "),
    "upper case": ("PARIS ", "UNION BANK ", "NEW YORK ", "NATO "),
    "no spaces": ("1a.", "a+", "a_.", "ab-", "x@y.", "www.", "a.b", "1,0", "#a", "@a"),
    "spaces": (" ", "\t", "\u00a0", " \n", "\n\n", "\r\n"),
    "quote marks": ('"', "“", "”", "'", "‘’", "« ", "“ ", '" '),
    "punctuation": ("—", "-", "!", "...", ". ", "?!", "(", ")", "— A (@a) "),
}

_UNITS = st.sampled_from([unit for units in STRUCTURES.values() for unit in units])

_NEWS = st.sampled_from(
    [
        "",
        "The mayor said on Tuesday. ",
        "“We will rebuild,” said Dana Whitlow, the mayor of Millbrook. ",
        "Prices rose 4.2% to $3,000 in March. ",
        "Mr. Okafor told reporters that the council (MTC) would meet. ",
        "\n\n",
    ]
)

#: Size tiers: mostly short, some long, a few up to :data:`MAX_CHARS`.
_TIERS = st.sampled_from((4_000,) * 54 + (64_000,) * 5 + (MAX_CHARS,))


@st.composite
def repeated_structures(draw: st.DrawFn, max_chars: int = MAX_CHARS) -> str:
    """Return news text around one structure repeated up to *max_chars* characters."""
    unit = draw(_UNITS | st.text(ANY_CHAR, min_size=1, max_size=6))
    limit = min(draw(_TIERS), max_chars)
    count = draw(st.integers(1, max(1, limit // len(unit))))
    return draw(_NEWS) + unit * count + draw(_NEWS)
