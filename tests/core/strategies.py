"""Hypothesis strategies shared by the core tests."""

from __future__ import annotations

from hypothesis import strategies as st

from newsparse.model import Document, Entity, NumericClaim, Quote, SpanRef, Speaker, Token

#: Any Unicode text, with the characters that break naive offset code mixed in.
NASTY = "\r\n\t \x00\u200b\u202e\u0301\ufeff😀👩‍👩‍👧é̃\u2028"
texts = st.text(st.characters(codec="utf-8") | st.sampled_from(NASTY), max_size=200)


@st.composite
def spans(draw: st.DrawFn, size: int) -> tuple[int, int]:
    start = draw(st.integers(0, size))
    end = draw(st.integers(start, size))
    return start, end


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Documents with every built-in annotation type on arbitrary text."""
    text = draw(texts)
    n = len(text)
    tokens = []
    for i in range(draw(st.integers(0, 5))):
        s, e = draw(spans(n))
        tokens.append(
            Token(
                id=f"t{i + 1}",
                start=s,
                end=e,
                lemma=draw(st.none() | st.text(max_size=5)),
                upos=draw(st.none() | st.sampled_from(["NOUN", "VERB", "PROPN"])),
                head=draw(st.none() | st.just("t1")),
                deprel=draw(st.none() | st.just("nsubj")),
            )
        )
    entities = []
    for i in range(draw(st.integers(0, 3))):
        s, e = draw(spans(n))
        entities.append(
            Entity(
                id=f"e{i + 1}",
                start=s,
                end=e,
                label=draw(st.sampled_from(["PERSON", "GPE", "ORG"])),
                name=draw(st.text(max_size=10)),
                attributes=draw(
                    st.dictionaries(
                        st.sampled_from(["country", "aliases"]),
                        st.text(max_size=4) | st.lists(st.text(max_size=3), max_size=2),
                    )
                ),
            )
        )
    quotes = []
    for i in range(draw(st.integers(0, 2))):
        s, e = draw(spans(n))
        speaker = None
        if draw(st.booleans()):
            ss, se = draw(spans(n))
            entity = draw(st.sampled_from([None, *(e.id for e in entities)]))
            speaker = Speaker(start=ss, end=se, name=draw(st.text(max_size=8)), entity=entity)
        quotes.append(
            Quote(
                id=f"q{i + 1}",
                start=s,
                end=e,
                kind=draw(st.sampled_from(["direct", "indirect", "mixed"])),
                speaker=speaker,
            )
        )
    claims = []
    for i in range(draw(st.integers(0, 2))):
        s, e = draw(spans(n))
        finite = st.floats(allow_nan=False, allow_infinity=False)
        value = draw(st.none() | finite | st.tuples(finite, finite))
        subject = SpanRef(start=s, end=e) if draw(st.booleans()) else None
        claims.append(
            NumericClaim(id=f"n{i + 1}", start=s, end=e, kind="count", value=value, subject=subject)
        )
    layers = {
        name: sorted(anns, key=lambda a: (a.start, a.end))
        for name, anns in (
            ("tokens", tokens),
            ("entities", entities),
            ("quotes", quotes),
            ("numeric_claims", claims),
        )
    }
    return Document(text, layers, id=draw(st.none() | st.text(max_size=5)))
