"""The reference places are added in one fast loop, with the keys the plain rules give."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsparse.builtin.fast.entities.gazetteer import (
    _UNPLAIN,
    Known,
    KnownNames,
    _Builder,
    _values,
    first_word,
    surface_key,
)

words = st.sampled_from(
    [
        "New",
        "York",
        "the",
        "The",
        "Saint",
        "O'Hara",
        "Côte",
        "d’Ivoire",
        "X,",
        "St.",
        "Stoke-on-Trent",
    ]
)
names = st.lists(words, min_size=1, max_size=3).map(" ".join)
rows = st.tuples(
    names,
    st.sampled_from(["city", "subdivision"]),
    st.sampled_from(["", "France"]),
    st.lists(names, max_size=2).map(";".join),
)


def _by_the_rules(builder: _Builder, places: list[tuple[str, str, str, str]]) -> None:
    """Each row as :meth:`_Builder.add` adds it, a plain name (no apostrophe, comma,
    dash or leading ``the``) keyed without its spaces."""
    for name, kind, country, aliases in places:
        known = Known(name, "GPE", country or None, kind)
        forms = [name, *_values(aliases)] if aliases else [name]
        if all(_UNPLAIN.isdisjoint(f) and not f.startswith(("the ", "The ")) for f in forms):
            for form in forms:
                builder.names.setdefault(form.replace(" ", ""), known)
                builder.starts.add(form.split(" ")[0])
                builder.max_tokens = max(builder.max_tokens, len(form.split(" ")))
        else:
            builder.add(forms, known)


@given(st.lists(rows, max_size=8))
def test_places_are_added_as_the_rules_say(places: list[tuple[str, str, str, str]]) -> None:
    fast, plain = _Builder(), _Builder()
    fast.add(["York"], Known("York", "GPE", None, "city"))
    plain.add(["York"], Known("York", "GPE", None, "city"))
    fast.add_places(places)
    _by_the_rules(plain, places)
    assert list(fast.names) == list(plain.names)
    assert [attrs.astuple(k) for k in KnownNames(fast.names).values()] == [
        attrs.astuple(k) for k in KnownNames(plain.names).values()
    ]
    assert (fast.starts, fast.max_tokens) == (plain.starts, plain.max_tokens)


def _added_by_definition(builder: _Builder, surfaces: list[str], known: Known) -> None:
    """Each surface and the surface without ``the``, keyed by :func:`surface_key`."""
    for surface in surfaces:
        for form in (surface, surface[4:] if surface.startswith(("the ", "The ")) else surface):
            builder.names.setdefault(surface_key(form), known)
            builder.starts.add(first_word(form))
            builder.max_tokens = max(builder.max_tokens, len(form.split()))


spaced_words = st.sampled_from(
    ["Gulf", "the", "The", "Lakers'", "People’s", "Daily", "Ngozi", "St.", "Ålesund", "A,B", "X–Y"]
)
spaces = st.sampled_from([" ", "  ", "\u00a0", "\t", "\u2009", "\n"])


@given(st.lists(st.lists(st.tuples(spaced_words, spaces), min_size=1, max_size=3), max_size=4))
def test_names_are_added_with_the_keys_and_first_words_of_their_definition(
    surfaces: list[list[tuple[str, str]]],
) -> None:
    forms = ["".join(w + s for w, s in parts).rstrip(" ") for parts in surfaces]
    fast, by_definition = _Builder(), _Builder()
    known = Known("Gulf", "LOC", None, "region")
    fast.add(forms, known)
    _added_by_definition(by_definition, forms, known)
    assert fast.names == by_definition.names
    assert (fast.starts, fast.max_tokens) == (by_definition.starts, by_definition.max_tokens)


def test_a_reference_place_is_one_record_made_when_first_read() -> None:
    builder = _Builder()
    builder.add(["Velmora"], Known("Velmora", "GPE", "Estland", "capital"))
    builder.add_places([("Velmora", "city", "Norland", ""), ("Port Anselm", "city", "Norland", "")])
    names = KnownNames(builder.names)
    assert list(names) == ["Velmora", "PortAnselm"]
    assert names.get("Velmora") == Known("Velmora", "GPE", "Estland", "capital")
    place = names["PortAnselm"]
    assert place == Known("Port Anselm", "GPE", "Norland", "city")
    assert names.get("PortAnselm") is place
    assert "PortAnselm" in names and "Port Anselm" not in names
    assert names.get("Nowhere") is None
    assert dict(names.items()) == {"Velmora": names["Velmora"], "PortAnselm": place}
