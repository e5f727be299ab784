"""Hypothesis properties: any text, and soups of digits, units and currencies."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.builtin.numbers.processor import NumericClaimExtractor, numeric_claims_spec
from newsparse.model import Document, NumericClaim
from newsparse.testing import check_processor
from newsparse.testing import texts as kit_texts

EXTRACTOR = NumericClaimExtractor()

#: The kit's texts, and characters of figures that break naive number readers.
texts = kit_texts() | st.text(st.sampled_from("0123456789 .,−–—½⅓¼×′″°%$€"), max_size=40)

PIECES = [
    "$",
    "US$",
    "C$",
    "HK $",
    "€",
    "£",
    "¥",
    "Y=",
    "PS",
    "RM",
    "USD",
    "MUSD",
    "-",
    "−",
    "–",
    "(",
    ")",
    ",",
    ".",
    "/",
    ":",
    "%",
    "per cent",
    "bn",
    "m",
    "M",
    "k",
    "billion",
    "million",
    "thousand",
    "hundred",
    "dozen",
    "dozens of",
    "tens of",
    "a",
    "one",
    "two",
    "twenty-one",
    "half",
    "a third",
    "quarter",
    "km",
    "km/h",
    "mph",
    "kg",
    "°C",
    "degrees",
    "miles",
    "feet",
    "year-old",
    "years",
    "days",
    "a year",
    "per barrel",
    "cents",
    "p",
    "yen",
    "yuan",
    "roubles",
    "between",
    "and",
    "to",
    "from",
    "about",
    "more than",
    "up to",
    "at least",
    "rose",
    "fell",
    "by",
    "record",
    "largest",
    "the",
    "first",
    "third-largest",
    "May",
    "June",
    "2022",
    "1990s",
    "pm",
    "am",
    "COVID",
    "G",
    "Article",
    "minus",
    "sub",
    "of",
    "troops",
    "people",
    "out of",
    "in",
    "x",
    "10",
    "×",
    "^",
    "pc",
    "basis points",
    "times",
    "'s",
]
numbers = st.one_of(
    st.integers(-(10**6), 10**15).map(str),
    st.floats(allow_nan=False, allow_infinity=False, width=32).map(lambda f: f"{f:.3f}"),
    st.from_regex(r"[0-9]{1,3}(,[0-9]{3}){0,4}(\.[0-9]{1,3})?", fullmatch=True),
    st.from_regex(r"[0-9]{1,2}[/:][0-9]{1,3}", fullmatch=True),
)
soup = st.lists(st.one_of(st.sampled_from(PIECES), numbers), max_size=25).flatmap(
    lambda parts: st.lists(
        st.sampled_from(["", " ", "  ", "-", "\n"]), min_size=len(parts), max_size=len(parts)
    ).map(lambda gaps: "".join(g + p for g, p in zip(gaps, parts, strict=True)))
)


def check(text: str) -> list[NumericClaim]:
    doc = Document(text)
    layer = EXTRACTOR(doc)["numeric_claims"]
    claims = list(layer)
    doc.with_layers({"numeric_claims": claims})  # offsets valid, ids unique
    previous_end = 0
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.start >= previous_end, "claims overlap or are out of order"
        previous_end = claim.end
        if claim.subject is not None:
            assert 0 <= claim.subject.start <= claim.subject.end <= len(text)
        values = claim.value if isinstance(claim.value, tuple) else (claim.value,)
        for value in values:
            assert value is None or (isinstance(value, float) and math.isfinite(value))
        if isinstance(claim.value, tuple):
            assert claim.value[0] <= claim.value[1]
        assert claim.kind in KINDS
    assert EXTRACTOR(Document(text))["numeric_claims"] == layer, "not deterministic"
    return claims


KINDS = frozenset(
    {
        "money",
        "percent",
        "count",
        "measure",
        "duration",
        "age",
        "multiple",
        "fraction",
        "number",
        "rank",
        "ordinal",
        "score",
        "date",
    }
)


@given(texts)
def test_any_text(text: str) -> None:
    check(text)


def test_the_extractor_keeps_the_processor_contract() -> None:
    check_processor(numeric_claims_spec())


@settings(max_examples=300)
@given(soup)
def test_digit_unit_and_currency_soup(text: str) -> None:
    check(text)


@given(st.lists(soup, max_size=4))
def test_lines_are_read_independently(lines: list[str]) -> None:
    whole = check("\n".join(lines))
    offset = 0
    expected = 0
    for line in lines:
        expected += len(EXTRACTOR.claims(Document(line)))
        offset += len(line) + 1
    assert len(whole) == expected
