"""Hypothesis strategies for text: any Unicode, and text shaped like news articles.

The news-like strategy builds articles from the classes of things news
parsers trip over (quote marks of every style, attributions, figures with
currencies and scale words, abbreviations, capitalised names, datelines,
CRLF line ends, emoji and combining marks), never from a fixed list of
sentences, so every run sees new combinations.
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["any_text", "news_text", "texts"]

#: Characters that break naive offset code: CR/LF, NUL, zero-width and bidi
#: controls, a combining mark, a BOM, emoji with skin tone, ZWJ sequences and a flag.
NASTY = (
    "\r",
    "\n",
    "\r\n",
    "\t",
    " ",
    "\x00",
    "\u200b",
    "\u202e",
    "\u0301",
    "\ufeff",
    "\u2028",
    "😀",
    "👍🏽",
    "👩‍👩‍👧",
    "🇺🇸",
    "é̃",
    "e\u0301",
)

#: Opening and closing quote marks of the house styles newsparse meets.
QUOTE_PAIRS = (
    ("“", "”"),
    ('"', '"'),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("« ", " »"),
    ("»", "«"),
    ("„", "“"),
    ("‚", "‘"),
    ("‹", "›"),
    ("「", "」"),
    ("``", "''"),
)
SPEECH_VERBS = (
    "said",
    "says",
    "told reporters",
    "added",
    "stated",
    "warned",
    "argued",
    "insisted",
    "noted",
    "wrote",
    "explained",
)
TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Gov.", "Gen.", "President", "Minister")
ABBREVIATIONS = ("U.S.", "U.K.", "a.m.", "p.m.", "e.g.", "i.e.", "Corp.", "Inc.", "Ltd.", "No.")
CURRENCY_BEFORE = ("$", "US$", "C$", "A$", "€", "£", "¥", "₹", "CHF ", "USD ", "EUR ")
CURRENCY_AFTER = (" yuan", " euros", " dollars", " rupees", " pounds", " yen")
SCALES = ("", "", " million", " billion", " trillion", "bn", "m", "k", " thousand")
QUALIFIERS = ("", "", "about ", "nearly ", "more than ", "at least ", "up to ", "some ")
PERCENT = ("%", " per cent", " percent", " percentage points")
SEPARATORS = ("\n", "\n", "\n\n", "\r\n", "\r\n\r\n")
DASHES = (" — ", " – ", " - ", " -- ")
ACCENTS = {"a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "n": "ñ", "c": "ç", "s": "š"}


def any_text(max_size: int = 200) -> st.SearchStrategy[str]:
    """Any Unicode text, with the characters that break naive offset code mixed in.

    :param max_size: the most code points (counting each mixed-in piece as one).
    """
    return st.lists(
        st.characters(codec="utf-8").map(str) | st.sampled_from(NASTY), max_size=max_size
    ).map("".join)


def _accented(word: str, positions: list[int]) -> str:
    chars = list(word)
    for i in positions:
        if i < len(chars):
            chars[i] = ACCENTS.get(chars[i], chars[i])
    return "".join(chars)


@st.composite
def _name_word(draw: st.DrawFn) -> str:
    base = draw(st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True))
    shape = draw(st.sampled_from(["plain", "plain", "accent", "hyphen", "apostrophe", "mc"]))
    if shape == "accent":
        if draw(st.booleans()):
            return base + "\u0301"
        return _accented(base, draw(st.lists(st.integers(1, 9), max_size=2)))
    if shape == "hyphen":
        return f"{base}-{draw(st.from_regex(r'[A-Z][a-z]{2,7}', fullmatch=True))}"
    if shape == "apostrophe":
        return f"{base[0]}'{base[1:].capitalize()}" if len(base) > 2 else base
    if shape == "mc":
        return f"Mc{base}"
    return base


@st.composite
def _person(draw: st.DrawFn) -> str:
    words = draw(st.lists(_name_word(), min_size=1, max_size=3))
    title = draw(st.sampled_from(("",) * 4 + TITLES))
    initial = draw(
        st.sampled_from(["", "", "", f"{draw(st.from_regex(r'[A-Z]', fullmatch=True))}. "])
    )
    name = " ".join(words[:-1]) + (" " if len(words) > 1 else "") + initial + words[-1]
    return f"{title} {name}".strip()


def _speaker() -> st.SearchStrategy[str]:
    pronouns = st.sampled_from(["he", "she", "they", "the minister", "a spokeswoman", "officials"])
    return _person() | pronouns


@st.composite
def _figure(draw: st.DrawFn) -> str:
    whole = draw(st.integers(0, 999_999))
    grouped = draw(st.booleans())
    number = f"{whole:,}" if grouped else str(whole)
    if draw(st.booleans()):
        number += f".{draw(st.integers(0, 99))}"
    kind = draw(st.sampled_from(["money-before", "money-after", "percent", "count", "range"]))
    qualifier = draw(st.sampled_from(QUALIFIERS))
    scale = draw(st.sampled_from(SCALES))
    if kind == "money-before":
        return f"{qualifier}{draw(st.sampled_from(CURRENCY_BEFORE))}{number}{scale}"
    if kind == "money-after":
        return f"{qualifier}{number}{scale}{draw(st.sampled_from(CURRENCY_AFTER))}"
    if kind == "percent":
        return f"{qualifier}{number}{draw(st.sampled_from(PERCENT))}"
    if kind == "range":
        low, high = sorted(draw(st.lists(st.integers(0, 10_000), min_size=2, max_size=2)))
        dash = draw(st.sampled_from(["-", "–", " to ", " and "]))
        return (
            f"between {low}{dash}{high}{scale}" if dash == " and " else f"{low}{dash}{high}{scale}"
        )
    unit = draw(st.sampled_from(["people", "troops", "km", "tonnes", "homes", "years", "votes"]))
    return f"{qualifier}{number}{scale} {unit}"


def _word() -> st.SearchStrategy[str]:
    lower = st.from_regex(r"[a-z]{1,10}", fullmatch=True)
    return st.one_of(
        lower,
        lower,
        lower,
        _name_word(),
        _figure(),
        st.sampled_from(ABBREVIATIONS),
        st.sampled_from(NASTY[11:]),
    )


def _clause() -> st.SearchStrategy[str]:
    return st.lists(_word(), min_size=1, max_size=12).map(" ".join)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    clause = draw(_clause())
    end = draw(st.sampled_from([".", ".", "!", "?", "…", ""]))
    opening, closing = draw(st.sampled_from(QUOTE_PAIRS))
    speaker = draw(_speaker())
    verb = draw(st.sampled_from(SPEECH_VERBS))
    shape = draw(st.integers(0, 7))
    if shape == 0:
        return f"{opening}{clause.capitalize()},{closing} {speaker} {verb}."
    if shape == 1:
        return f"{speaker} {verb}: {opening}{clause.capitalize()}{end}{closing}"
    if shape == 2:
        return f"{speaker} {verb} that {clause}{end}"
    if shape == 3:
        return f"According to {speaker}, {clause}{end}"
    if shape == 4:
        inner = draw(_clause())
        return f"{speaker} {verb} the plan was {opening}{inner}{closing} and {clause}{end}"
    if shape == 5:
        return f"{draw(_name_word())} {verb} {draw(_figure())} to {draw(_figure())}{end}"
    if shape == 6:
        return f"{opening}{clause}{end}{closing}"
    return f"{clause.capitalize()}{end}"


@st.composite
def _dateline(draw: st.DrawFn) -> str:
    city = draw(_name_word()).upper()
    agency = draw(st.sampled_from(["", " (Reuters)", " (AP)", " (AFP)"]))
    date = draw(st.sampled_from(["", f", March {draw(st.integers(1, 31))}", ", Jan. 5"]))
    return f"{city}{date}{agency}{draw(st.sampled_from(DASHES))}"


@st.composite
def news_text(draw: st.DrawFn, max_paragraphs: int = 4) -> str:
    r"""Draw text shaped like a news article, made of generated pieces.

    Paragraphs of sentences with direct, mixed and indirect quotes in every
    quote style, attributions (``said``, ``according to``), figures with
    currencies, scale words, qualifiers and ranges, abbreviations,
    capitalised (accented, hyphenated) names with titles, an optional
    dateline, ``\n``, blank-line and CRLF paragraph breaks, emoji and
    combining marks.

    :param max_paragraphs: the most paragraphs.
    """
    paragraphs = draw(
        st.lists(
            st.lists(_sentence(), min_size=1, max_size=3).map(" ".join),
            min_size=1,
            max_size=max_paragraphs,
        )
    )
    if draw(st.booleans()):
        paragraphs[0] = draw(_dateline()) + paragraphs[0]
    text = paragraphs[0]
    for paragraph in paragraphs[1:]:
        text += draw(st.sampled_from(SEPARATORS)) + paragraph
    return text + draw(st.sampled_from(["", "", "\n", "\r\n"]))


def texts(max_size: int = 200) -> st.SearchStrategy[str]:
    """News-like text or any text: the input every processor must survive.

    :param max_size: the most code points of the arbitrary text.
    """
    return news_text() | any_text(max_size)
