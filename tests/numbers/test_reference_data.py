"""The stage recognises entries of each reference source: pint units, ISO 4217/CLDR currencies,
CLDR demonyms.

Each test takes an evenly spaced sample of its generated table (so it needs no list of its
own) and checks that the stage reads a figure written with the entry.
"""

from __future__ import annotations

import pytest

from newsparse.builtin.numbers.reference import reference_table

from .helpers import only

_SAMPLE = 20


def _sample(rows: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    step = max(1, len(rows) // _SAMPLE)
    return list(rows[::step])[:_SAMPLE]


def _plural_word(name: str, words: str) -> str:
    forms = [w for w in words.split(";") if w.startswith(name.split()[0][:4])]
    plural = [w for w in forms if w != name and "-" not in w and w.endswith("s")]
    return (plural or forms or [name])[0]


_UNITS = _sample(reference_table("units"))
#: The units the table writes a symbol for, sampled apart: most prefixed units have none.
_SYMBOLS = _sample(tuple(row for row in reference_table("units") if row[3]))
_CURRENCIES = _sample(reference_table("currencies"))
_DEMONYMS = _sample(reference_table("demonyms"))


def test_samples_are_full() -> None:
    assert len(_UNITS) == len(_SYMBOLS) == len(_CURRENCIES) == len(_DEMONYMS) == _SAMPLE


@pytest.mark.parametrize(("name", "kind", "words", "symbols"), _UNITS, ids=[r[0] for r in _UNITS])
def test_pint_unit_word(name: str, kind: str, words: str, symbols: str) -> None:
    text = f"Engineers recorded 12 {_plural_word(name, words)} at the site on Tuesday."
    claim = only(text, kind)
    assert (claim.value, claim.unit) == (12, name)


@pytest.mark.parametrize(
    ("name", "kind", "words", "symbols"), _SYMBOLS, ids=[r[0] for r in _SYMBOLS]
)
def test_pint_unit_symbol(name: str, kind: str, words: str, symbols: str) -> None:
    symbol = symbols.split(";")[0]
    text = f"Engineers recorded 12 {symbol} at the site on Tuesday."
    claim = only(text, kind)
    assert (claim.value, claim.unit) == (12, name)


@pytest.mark.parametrize(("code", "symbols", "names"), _CURRENCIES, ids=[r[0] for r in _CURRENCIES])
def test_iso_currency_names(code: str, symbols: str, names: str) -> None:
    for name in names.split(";"):
        claim = only(f"The ministry spent 40 million {name} on roads.", "money")
        assert (claim.value, claim.unit) == (4e7, code), name


@pytest.mark.parametrize(("code", "symbols", "names"), _CURRENCIES, ids=[r[0] for r in _CURRENCIES])
def test_iso_currency_symbols(code: str, symbols: str, names: str) -> None:
    for symbol in symbols.split(";"):
        claim = only(f"The ministry spent {symbol}40 million on roads.", "money")
        assert (claim.value, claim.unit) == (4e7, code), symbol


@pytest.mark.parametrize(
    ("demonym", "country", "currency"), _DEMONYMS, ids=[r[0] for r in _DEMONYMS]
)
def test_cldr_demonym_currency(demonym: str, country: str, currency: str) -> None:
    rows = {row[0]: row for row in reference_table("currencies")}
    names = [n for n in rows[currency][2].split(";") if n.startswith(demonym.lower() + " ")]
    assert names, f"{demonym} names no currency of {country}"
    written = demonym + names[-1][len(demonym) :]
    claim = only(f"Exports earned 3.5 billion {written} last year.", "money")
    assert (claim.value, claim.unit) == (3.5e9, currency)


def test_a_unit_added_to_the_lexicon_measures_a_count() -> None:
    from newsparse.builtin.numbers.processor import numeric_claims_spec
    from newsparse.lexicon import LEXICON_KEY, WordList, default_lexicon
    from newsparse.model import Document

    lexicon = default_lexicon().extended({"units": WordList(add=["zorb\tmeasure\tzorbs;zorb\t"])})
    factory = numeric_claims_spec().factory
    text = "The race lasted 12 zorbs, and 40 horses ran."
    added = factory({LEXICON_KEY: lexicon}).claims(Document(text))
    plain = factory({}).claims(Document(text))
    assert [(c.value, c.unit, c.kind) for c in added] == [
        (12, "zorb", "measure"),
        (40, "horse", "count"),
    ]
    assert (12, "zorb", "measure") not in [(c.value, c.unit, c.kind) for c in plain]
