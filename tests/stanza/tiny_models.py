"""Generate news-like gold data and train tiny real Stanza models from it.

The models are small and trained for a few hundred steps: they are not
accurate, but they are real Stanza models loaded by a real
``stanza.Pipeline``, so the newsparse Stanza plugins can be tested end to end
without downloading anything.

Sentences come from templates with a dependency tree, POS tags, lemmas and
named-entity tags, filled with names, organisations, places, money and
percentages.  They carry what news text throws at a tokenizer: curly and
straight quotes, ``US$3.4-billion``, ``4.2%``, ``Mr.``, ``U.S.``,
possessives, and the multi-word tokens ``cannot`` and ``gonna``.

Run ``python tests/stanza/tiny_models.py DIR`` to train into ``DIR``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

#: Bump when the data or the training recipe changes, to invalidate caches.
RECIPE_VERSION = "3"

LANG = "en"
SHORTHAND = "en_tiny"

# -- gold data ----------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class GoldWord:
    """A syntactic word with its gold analysis (head is 1-based in its sentence)."""

    form: str
    lemma: str
    upos: str
    xpos: str
    head: int
    deprel: str
    ner: str = "O"


@dataclasses.dataclass(frozen=True)
class GoldToken:
    """A surface token: one word, or several for a multi-word token."""

    text: str
    words: tuple[GoldWord, ...]
    space_after: bool


GoldSentence = tuple[GoldToken, ...]

#: form -> (lemma, upos, xpos) of the template words.
LEXICON: Mapping[str, tuple[str, str, str]] = {
    "said": ("say", "VERB", "VBD"),
    "told": ("tell", "VERB", "VBD"),
    "would": ("would", "AUX", "MD"),
    "invest": ("invest", "VERB", "VB"),
    "in": ("in", "ADP", "IN"),
    "on": ("on", "ADP", "IN"),
    "to": ("to", "ADP", "IN"),
    "since": ("since", "ADP", "IN"),
    "the": ("the", "DET", "DT"),
    "The": ("the", "DET", "DT"),
    "a": ("a", "DET", "DT"),
    "chief": ("chief", "ADJ", "JJ"),
    "executive": ("executive", "NOUN", "NN"),
    "Prices": ("price", "NOUN", "NNS"),
    "rose": ("rise", "VERB", "VBD"),
    "according": ("accord", "VERB", "VBG"),
    "president": ("president", "NOUN", "NN"),
    "attend": ("attend", "VERB", "VB"),
    "summit": ("summit", "NOUN", "NN"),
    "met": ("meet", "VERB", "VBD"),
    "We": ("we", "PRON", "PRP"),
    "we": ("we", "PRON", "PRP"),
    "are": ("be", "AUX", "VBP"),
    "is": ("be", "AUX", "VBZ"),
    "was": ("be", "AUX", "VBD"),
    "win": ("win", "VERB", "VB"),
    "reporters": ("reporter", "NOUN", "NNS"),
    "it": ("it", "PRON", "PRP"),
    "had": ("have", "AUX", "VBD"),
    "raised": ("raise", "VERB", "VBN"),
    "Inflation": ("inflation", "NOUN", "NN"),
    "reached": ("reach", "VERB", "VBD"),
    "highest": ("high", "ADJ", "JJS"),
    "who": ("who", "PRON", "WP"),
    "leads": ("lead", "VERB", "VBZ"),
    "deal": ("deal", "NOUN", "NN"),
    "worth": ("worth", "ADJ", "JJ"),
    "economy": ("economy", "NOUN", "NN"),
    "grew": ("grow", "VERB", "VBD"),
    "U.S.": ("U.S.", "PROPN", "NNP"),
    "accept": ("accept", "VERB", "VB"),
    "this": ("this", "PRON", "DT"),
    "This": ("this", "PRON", "DT"),
    "strong": ("strong", "ADJ", "JJ"),
    "historic": ("historic", "ADJ", "JJ"),
    "day": ("day", "NOUN", "NN"),
    "can": ("can", "AUX", "MD"),
    "not": ("not", "PART", "RB"),
    "gon": ("go", "VERB", "VBG"),
    "na": ("to", "PART", "TO"),
    "year": ("year", "NOUN", "NN"),
    "last": ("last", "ADJ", "JJ"),
    "1991": ("1991", "NUM", "CD"),
    "Mr.": ("Mr.", "PROPN", "NNP"),
    "Ms.": ("Ms.", "PROPN", "NNP"),
    "Dr.": ("Dr.", "PROPN", "NNP"),
    ".": (".", "PUNCT", "."),
    ",": (",", "PUNCT", ","),
    "“": ("“", "PUNCT", "``"),
    "”": ("”", "PUNCT", "''"),
    '"': ('"', "PUNCT", "``"),
    "'s": ("'s", "PART", "POS"),
    "’s": ("'s", "PART", "POS"),
}

#: The surface form of each multi-word token, by its words.
MWT_SURFACE: Mapping[tuple[str, ...], str] = {("can", "not"): "cannot", ("gon", "na"): "gonna"}

#: Templates: ``item/deprel>head`` with 1-based item heads (0 is the root);
#: ``{KIND}`` is a slot, ``OQ``/``CQ`` open and close quote marks, ``POS`` a
#: possessive, and an item ending in ``+`` forms a multi-word token with the next.
TEMPLATES: tuple[str, ...] = (
    "{PERSON}/nsubj>2 said/root>0 {ORG}/nsubj>5 would/aux>5 invest/ccomp>2 {MONEY}/obj>5"
    " in/case>8 {GPE}/obl>5 ./punct>2",
    "OQ/punct>5 {QUOTE}/ccomp>5 ,/punct>5 CQ/punct>5 said/root>0 {MR}/nsubj>5 ,/punct>6"
    " the/det>9 {ORG}/nmod:poss>12 POS/case>9 chief/amod>12 executive/appos>6 ./punct>5",
    "Prices/nsubj>2 rose/root>0 {PERCENT}/obj>2 in/case>6 the/det>6 U.S./obl>2"
    " {DATE}/obl:tmod>2 ,/punct>11 according/case>11 to/fixed>9 {ORG}/obl>2 ./punct>2",
    "{GPE}/nmod:poss>3 POS/case>1 president/nsubj>9 ,/punct>5 {PERSON}/appos>3 ,/punct>5"
    " can+/aux>9 not/advmod>9 attend/root>0 the/det>11 summit/obj>9 in/case>13 {GPE}/nmod>11"
    " ./punct>9",
    "{MR}/nsubj>2 met/root>0 {PERSON}/obj>2 in/case>5 {GPE}/obl>2 on/case>7 {DAY}/obl>2 ./punct>2",
    "OQ/punct>4 We/nsubj>4 are/aux>4 gon+/root>0 na/mark>6 win/xcomp>4 ,/punct>4 CQ/punct>4"
    " {PERSON}/nsubj>10 told/parataxis>4 reporters/obj>10 ./punct>4",
    "The/det>2 {ORG}/nsubj>3 said/root>0 it/nsubj>6 had/aux>6 raised/ccomp>3"
    " {MONEY}/obj>6 ./punct>3",
    "Inflation/nsubj>4 in/case>3 {GPE}/nmod>1 reached/root>0 {PERCENT}/obj>4 ,/punct>8"
    " the/det>8 highest/appos>5 since/case>10 1991/obl>8 ./punct>4",
    "{PERSON}/nsubj>7 ,/punct>4 who/nsubj>4 leads/acl:relcl>1 {ORG}/obj>4 ,/punct>4"
    " said/root>0 the/det>9 deal/nsubj>11 was/cop>11 worth/ccomp>7 {MONEY}/obj>11 ./punct>7",
    "OQ/punct>6 {QUOTE}/ccomp>6 ,/punct>6 CQ/punct>6 {MR}/nsubj>6 said/root>0 ./punct>6",
    "The/det>3 U.S./compound>3 economy/nsubj>4 grew/root>0 {PERCENT}/obj>4 {DATE}/obl:tmod>4"
    " ./punct>4",
    "{ORG}/nsubj>2 said/root>0 {GPE}/nsubj>5 would/aux>5 invest/ccomp>2 {MONEY}/obj>5"
    " in/case>9 the/det>9 U.S./obl>5 {DATE}/obl:tmod>5 ./punct>2",
)

#: Quoted clauses (their root attaches where the ``{QUOTE}`` slot does).
QUOTES: tuple[str, ...] = (
    "We/nsubj>4 can+/aux>4 not/advmod>4 accept/root>0 this/obj>4",
    "The/det>2 economy/nsubj>4 is/cop>4 strong/root>0",
    "This/nsubj>5 is/cop>5 a/det>5 historic/amod>5 day/root>0",
    "We/nsubj>3 are/aux>3 gon+/root>0 na/mark>5 win/xcomp>3",
)

FIRST_NAMES: tuple[str, ...] = (
    "Vladimir",
    "Angela",
    "Justin",
    "Maria",
    "John",
    "Emmanuel",
    "Narendra",
    "Olaf",
    "Jane",
    "Chrystia",
    "Pierre",
    "Li",
    "Sergei",
    "Anna",
    "David",
    "Fatima",
)
SURNAMES: tuple[str, ...] = (
    "Putin",
    "Merkel",
    "Trudeau",
    "Lopez",
    "Smith",
    "Macron",
    "Modi",
    "Scholz",
    "Doe",
    "Freeland",
    "Poilievre",
    "Qiang",
    "Lavrov",
    "Kowalski",
    "Miller",
    "Hassan",
)
ORGS: tuple[tuple[str, ...], ...] = (
    ("Gazprom",),
    ("Reuters",),
    ("Rosneft",),
    ("Huawei",),
    ("Xinhua",),
    ("Apple",),
    ("World", "Bank"),
    ("European", "Union"),
    ("United", "Nations"),
    ("Goldman", "Sachs"),
    ("Bank", "of", "Canada"),
    ("Statistics", "Canada"),
)
GPES: tuple[tuple[str, ...], ...] = (
    ("China",),
    ("Russia",),
    ("Canada",),
    ("Moscow",),
    ("Beijing",),
    ("Ottawa",),
    ("Germany",),
    ("India",),
    ("New", "York"),
    ("Hong", "Kong"),
    ("Toronto",),
    ("France",),
)
DAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
CURRENCIES: tuple[str, ...] = ("US$", "C$", "$", "€")


@dataclasses.dataclass(frozen=True)
class _Word:
    """A word of a phrase before its sentence position is known."""

    form: str
    lemma: str
    upos: str
    xpos: str
    head: int  # index within the phrase, -1 for the phrase head
    deprel: str
    ner: str = "O"
    glue: bool = False  # forms a multi-word token with the next word


def _lex(form: str, head: int, deprel: str, ner: str = "O", glue: bool = False) -> _Word:
    lemma, upos, xpos = LEXICON[form]
    return _Word(form, lemma, upos, xpos, head, deprel, ner, glue)


def _proper(forms: Sequence[str], label: str, *, head_first: bool) -> list[_Word]:
    """A proper-noun phrase: flat from the first word (names) or compound to the last."""
    words: list[_Word] = []
    head = 0 if head_first or "of" in forms else len(forms) - 1
    for i, form in enumerate(forms):
        tag = ("B-" if i == 0 else "I-") + label
        if form == "of":
            words.append(_Word(form, form, "ADP", "IN", i + 1, "case", tag))
        elif i == head:
            words.append(_Word(form, form, "PROPN", "NNP", -1, "", tag))
        elif forms[i - 1 : i] == ("of",):
            words.append(_Word(form, form, "PROPN", "NNP", 0, "nmod", tag))
        else:
            words.append(
                _Word(form, form, "PROPN", "NNP", head, "flat" if head_first else "compound", tag)
            )
    return words


def _number(rng: random.Random) -> str:
    return (
        f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"
        if rng.random() < 0.6
        else str(rng.randint(2, 950))
    )


def _slot(kind: str, rng: random.Random) -> list[_Word]:
    """Fill a template slot with a phrase."""
    if kind == "PERSON":
        return _proper((rng.choice(FIRST_NAMES), rng.choice(SURNAMES)), "PERSON", head_first=True)
    if kind == "MR":
        title = rng.choice(("Mr.", "Ms.", "Dr."))
        return [
            _lex(title, 1, "compound"),
            *_proper((rng.choice(SURNAMES),), "PERSON", head_first=True),
        ]
    if kind == "ORG":
        return _proper(rng.choice(ORGS), "ORG", head_first=False)
    if kind == "GPE":
        return _proper(rng.choice(GPES), "GPE", head_first=False)
    if kind == "DAY":
        day = rng.choice(DAYS)
        return [_Word(day, day, "PROPN", "NNP", -1, "", "B-DATE")]
    if kind == "DATE":
        return [
            _lex("last", 1, "amod", "B-DATE"),
            _Word("year", "year", "NOUN", "NN", -1, "", "I-DATE"),
        ]
    if kind == "PERCENT":
        return [
            _Word(number := _number(rng), number, "NUM", "CD", 1, "nummod", "B-PERCENT"),
            _Word("%", "%", "SYM", "NN", -1, "", "I-PERCENT"),
        ]
    if kind == "MONEY":
        symbol = rng.choice(CURRENCIES)
        amount = _number(rng)
        scale = rng.choice(("billion", "million"))
        if rng.random() < 0.5:
            return [
                _Word(symbol, "$", "SYM", "$", -1, "", "B-MONEY"),
                _Word(
                    f"{amount}-{scale}", f"{amount}-{scale}", "NUM", "CD", 0, "nummod", "I-MONEY"
                ),
            ]
        return [
            _Word(symbol, "$", "SYM", "$", -1, "", "B-MONEY"),
            _Word(amount, amount, "NUM", "CD", 2, "compound", "I-MONEY"),
            _Word(scale, scale, "NUM", "CD", 0, "nummod", "I-MONEY"),
        ]
    if kind == "QUOTE":
        return _expand(rng.choice(QUOTES), rng)
    raise ValueError(f"unknown slot {kind}")


def _item(item: str, rng: random.Random, quotes: tuple[str, str]) -> list[_Word]:
    """Expand one template item (without its relation) into words."""
    glue = item.endswith("+")
    item = item.rstrip("+")
    if item.startswith("{"):
        return _slot(item[1:-1], rng)
    if item == "OQ":
        return [_Word(quotes[0], quotes[0], "PUNCT", "``", -1, "")]
    if item == "CQ":
        return [_Word(quotes[1], quotes[1], "PUNCT", "''", -1, "")]
    if item == "POS":
        form = rng.choice(("'s", "’s"))
        return [_lex(form, -1, "")]
    return [_lex(item, -1, "", glue=glue)]


def _expand(template: str, rng: random.Random) -> list[_Word]:
    """Expand a template into words whose heads index the returned list (-1: root)."""
    quotes = ("“", "”") if rng.random() < 0.6 else ('"', '"')
    items: list[tuple[list[_Word], int, str]] = []
    for spec in template.split():
        body, relation = spec.rsplit("/", 1)
        deprel, head_item = relation.split(">")
        items.append((_item(body, rng, quotes), int(head_item), deprel))
    offsets: list[int] = []
    position = 0
    for words, _, _ in items:
        offsets.append(position)
        position += len(words)

    def phrase_head(index: int) -> int:
        words = items[index][0]
        local = next(i for i, w in enumerate(words) if w.head == -1)
        return offsets[index] + local

    result: list[_Word] = []
    for index, (words, head, deprel) in enumerate(items):
        for word in words:
            if word.head == -1:
                target = -1 if head == 0 else phrase_head(head - 1)
                result.append(dataclasses.replace(word, head=target, deprel=deprel))
            else:
                result.append(dataclasses.replace(word, head=offsets[index] + word.head))
    return result


_NO_SPACE_BEFORE = frozenset({".", ",", "%", "'s", "’s", "”"})
_NO_SPACE_AFTER = frozenset({"“", "US$", "C$", "$", "€"})


def make_sentence(template: str, rng: random.Random) -> GoldSentence:
    """Fill *template* and return its gold tokens."""
    words = _expand(template, rng)
    gold = [GoldWord(w.form, w.lemma, w.upos, w.xpos, w.head + 1, w.deprel, w.ner) for w in words]
    groups: list[list[int]] = []
    gluing = False
    for i, word in enumerate(words):
        if gluing:
            groups[-1].append(i)
        else:
            groups.append([i])
        gluing = word.glue
    texts = [
        MWT_SURFACE[tuple(words[i].form for i in group)] if len(group) > 1 else words[group[0]].form
        for group in groups
    ]
    # A straight quote opens when an even number of them came before it.
    straight_seen = 0
    opens: list[bool] = []
    for text in texts:
        opens.append(text == '"' and straight_seen % 2 == 0)
        straight_seen += text == '"'
    tokens: list[GoldToken] = []
    for k, (group, text) in enumerate(zip(groups, texts, strict=True)):
        nxt = texts[k + 1] if k + 1 < len(texts) else None
        closes_next = nxt == '"' and not opens[k + 1]
        space = not (
            text in _NO_SPACE_AFTER
            or opens[k]
            or nxt is None
            or nxt in _NO_SPACE_BEFORE
            or closes_next
        )
        tokens.append(GoldToken(text, tuple(gold[i] for i in group), space))
    return tuple(tokens)


def sentence_text(sentence: GoldSentence) -> str:
    """The text of a gold sentence."""
    return "".join(t.text + (" " if t.space_after else "") for t in sentence)


def make_corpus(n_paragraphs: int, seed: int) -> list[list[GoldSentence]]:
    """Paragraphs of one to three gold sentences each."""
    rng = random.Random(seed)
    return [
        [make_sentence(rng.choice(TEMPLATES), rng) for _ in range(rng.randint(1, 3))]
        for _ in range(n_paragraphs)
    ]


def paragraph_text(paragraph: Sequence[GoldSentence]) -> str:
    """The text of a paragraph: its sentences joined by one space."""
    return " ".join(sentence_text(s) for s in paragraph)


def corpus_text(corpus: Sequence[Sequence[GoldSentence]]) -> str:
    """Paragraphs separated by blank lines."""
    return "\n\n".join(paragraph_text(p) for p in corpus) + "\n"


def to_conllu(corpus: Sequence[Sequence[GoldSentence]]) -> str:
    """The corpus as CoNLL-U, with multi-word token ranges and ``SpaceAfter=No``."""
    lines: list[str] = []
    number = 0
    for p_index, paragraph in enumerate(corpus):
        for s_index, sentence in enumerate(paragraph):
            number += 1
            if s_index == 0:
                lines.append(f"# newpar id = p{p_index + 1}")
            lines.append(f"# sent_id = tiny-{number}")
            lines.append(f"# text = {sentence_text(sentence).rstrip()}")
            word_id = 0
            for token in sentence:
                misc = "_" if token.space_after else "SpaceAfter=No"
                if len(token.words) > 1:
                    first = word_id + 1
                    last = word_id + len(token.words)
                    lines.append(f"{first}-{last}\t{token.text}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
                    misc = "_"
                for word in token.words:
                    word_id += 1
                    lines.append(
                        f"{word_id}\t{word.form}\t{word.lemma}\t{word.upos}\t{word.xpos}\t_\t"
                        f"{word.head}\t{word.deprel}\t_\t{misc if len(token.words) == 1 else '_'}"
                    )
            lines.append("")
    return "\n".join(lines) + "\n"


def to_ner_json(corpus: Sequence[Sequence[GoldSentence]]) -> list[list[dict[str, str]]]:
    """The corpus as Stanza's NER training data: sentences of ``{"text", "ner"}`` words."""
    return [
        [{"text": w.form, "ner": w.ner} for token in sentence for w in token.words]
        for paragraph in corpus
        for sentence in paragraph
    ]


def vocabulary(corpus: Sequence[Sequence[GoldSentence]]) -> list[str]:
    """Every word form, also lowercased, sorted."""
    forms = {w.form for p in corpus for s in p for t in s for w in t.words}
    return sorted(forms | {f.lower() for f in forms})


# -- training -------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class TinyModels:
    """Where the trained tiny models are, as newsparse configuration."""

    root: Path

    @property
    def dir(self) -> Path:
        """The Stanza model directory (holds ``resources.json``)."""
        return self.root

    def path(self, name: str) -> Path:
        """The file of model *name* (``tokenize``, ``ner``, ``pretrain``, ...)."""
        return self.root / LANG / name / "tiny.pt"

    def config(self) -> dict[str, str]:
        """newsparse configuration that selects every tiny model."""
        return {
            "stanza.dir": str(self.dir),
            "stanza.tokenize_model_path": str(self.path("tokenize")),
            "stanza.mwt_model_path": str(self.path("mwt")),
            "stanza.pos_model_path": str(self.path("pos")),
            "stanza.pos_pretrain_path": str(self.path("pretrain")),
            "stanza.lemma_model_path": str(self.path("lemma")),
            "stanza.depparse_model_path": str(self.path("depparse")),
            "stanza.depparse_pretrain_path": str(self.path("pretrain")),
            "stanza.ner_model_path": str(self.path("ner")),
            "stanza.ner_pretrain_path": str(self.path("pretrain")),
        }

    def complete(self) -> bool:
        """Whether every model file and the resources file exist."""
        names = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner", "pretrain")
        return (self.root / "resources.json").is_file() and all(
            self.path(n).is_file() for n in names
        )


#: What a Stanza model directory must hold for a pipeline built from explicit paths.
MINIMAL_RESOURCES: Mapping[str, object] = {
    LANG: {
        "lang_name": "English",
        "packages": {},
        **{name: {} for name in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")},
    }
}


def _write_data(work: Path, seed: int) -> None:
    train = make_corpus(220, seed)
    dev = make_corpus(25, seed + 1)
    for name, corpus in (("train", train), ("dev", dev)):
        (work / f"{name}.txt").write_text(corpus_text(corpus), encoding="utf-8")
        (work / f"{name}.conllu").write_text(to_conllu(corpus), encoding="utf-8")
        (work / f"{name}.ner.json").write_text(
            json.dumps(to_ner_json(corpus), ensure_ascii=False), encoding="utf-8"
        )
    rng = random.Random(seed)
    dim = 16
    words = vocabulary(train + dev)
    with (work / "vectors.txt").open("w", encoding="utf-8") as out:
        out.write(f"{len(words)} {dim}\n")
        for word in words:
            values = " ".join(f"{rng.uniform(-1, 1):.4f}" for _ in range(dim))
            out.write(f"{word} {values}\n")


#: A training job: ``["module", arg, ...]`` runs ``module.main(args)``;
#: ``["pretrain", pt, vectors]`` builds a pretrain; ``["wait", path]`` waits for a file.
Job = list[str]


def _worker_jobs(work: Path, models: TinyModels) -> tuple[list[Job], list[Job]]:
    """Two job lists that can run side by side (the second waits for the pretrain)."""
    pre = str(models.path("pretrain"))
    tiny_tagger = [
        "--hidden_dim",
        "32",
        "--char_hidden_dim",
        "16",
        "--word_emb_dim",
        "16",
        "--char_emb_dim",
        "16",
        "--tag_emb_dim",
        "8",
        "--optim",
        "adam",
        "--lr",
        "0.01",
        "--max_steps",
        "150",
        "--eval_interval",
        "150",
        "--augment_nopunct",
        "0.0",
        "--lang",
        LANG,
        "--shorthand",
        SHORTHAND,
        "--wordvec_pretrain_file",
        pre,
        "--train_file",
        str(work / "train.conllu"),
        "--eval_file",
        str(work / "dev.conllu"),
        "--save_name",
        "tiny.pt",
        "--mode",
        "train",
        "--cpu",
    ]
    first: list[Job] = [
        ["pretrain", pre, str(work / "vectors.txt")],
        [
            "stanza.models.tagger",
            *tiny_tagger,
            "--deep_biaff_hidden_dim",
            "16",
            "--composite_deep_biaff_hidden_dim",
            "16",
            "--batch_size",
            "100",
            "--output_file",
            str(work / "pos.conllu"),
            "--save_dir",
            str(models.path("pos").parent),
        ],
        [
            "stanza.models.ner_tagger",
            "--mode",
            "train",
            "--cpu",
            "--shorthand",
            SHORTHAND,
            "--wordvec_pretrain_file",
            pre,
            "--train_file",
            str(work / "train.ner.json"),
            "--eval_file",
            str(work / "dev.ner.json"),
            "--max_steps",
            "200",
            "--eval_interval",
            "200",
            "--hidden_dim",
            "32",
            "--char_hidden_dim",
            "16",
            "--char_emb_dim",
            "16",
            "--batch_size",
            "16",
            "--save_dir",
            str(models.path("ner").parent),
            "--save_name",
            "tiny.pt",
        ],
    ]
    second: list[Job] = [
        [
            "stanza.utils.datasets.prepare_tokenizer_data",
            str(work / "train.txt"),
            str(work / "train.conllu"),
            "-o",
            str(work / "train.labels"),
            "-m",
            str(work / "mwt.json"),
        ],
        [
            "stanza.utils.datasets.prepare_tokenizer_data",
            str(work / "dev.txt"),
            str(work / "dev.conllu"),
            "-o",
            str(work / "dev.labels"),
            "-m",
            str(work / "dev.mwt.json"),
        ],
        [
            "stanza.models.tokenizer",
            "--mode",
            "train",
            "--cpu",
            "--lang",
            LANG,
            "--shorthand",
            SHORTHAND,
            "--txt_file",
            str(work / "train.txt"),
            "--label_file",
            str(work / "train.labels"),
            "--mwt_json_file",
            str(work / "mwt.json"),
            "--dev_txt_file",
            str(work / "dev.txt"),
            "--dev_label_file",
            str(work / "dev.labels"),
            "--steps",
            "300",
            "--eval_steps",
            "100000",
            "--batch_size",
            "16",
            "--emb_dim",
            "16",
            "--hidden_dim",
            "32",
            "--max_seqlen",
            "120",
            "--save_dir",
            str(models.path("tokenize").parent),
            "--save_name",
            "tiny.pt",
        ],
        [
            "stanza.models.mwt_expander",
            "--mode",
            "train",
            "--cpu",
            "--dict_only",
            "--lang",
            LANG,
            "--shorthand",
            SHORTHAND,
            "--train_file",
            str(work / "train.conllu"),
            "--eval_file",
            str(work / "dev.conllu"),
            "--output_file",
            str(work / "mwt.conllu"),
            "--gold_file",
            str(work / "dev.conllu"),
            "--save_dir",
            str(models.path("mwt").parent),
            "--save_name",
            "tiny.pt",
        ],
        [
            "stanza.models.lemmatizer",
            "--mode",
            "train",
            "--cpu",
            "--dict_only",
            "--shorthand",
            SHORTHAND,
            "--train_file",
            str(work / "train.conllu"),
            "--eval_file",
            str(work / "dev.conllu"),
            "--output_file",
            str(work / "lemma.conllu"),
            "--save_dir",
            str(models.path("lemma").parent),
            "--save_name",
            "tiny.pt",
        ],
        ["wait", pre],
        [
            "stanza.models.parser",
            *tiny_tagger,
            "--deep_biaff_hidden_dim",
            "32",
            "--batch_size",
            "300",
            "--no_checkpoint",
            "--output_file",
            str(work / "depparse.conllu"),
            "--save_dir",
            str(models.path("depparse").parent),
        ],
    ]
    return first, second


def run_jobs(jobs: Sequence[Job]) -> None:
    """Run training jobs one after the other in this process."""
    import importlib

    for job in jobs:
        if job[0] == "pretrain":
            from stanza.models.common.pretrain import Pretrain

            Pretrain(filename=job[1], vec_filename=job[2], save_to_file=True).load()
        elif job[0] == "wait":
            deadline = time.monotonic() + 600
            while not Path(job[1]).is_file():
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{job[1]} never appeared")
                time.sleep(0.2)
        else:
            importlib.import_module(job[0]).main(job[1:])


def _start_worker(jobs: Sequence[Job], log: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    spec = log.with_suffix(".json")
    spec.write_text(json.dumps(list(jobs)), encoding="utf-8")
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--jobs", str(spec)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )


def train(root: Path, *, seed: int = 7) -> tuple[TinyModels, float]:
    """Train every tiny model into *root*; return them and the wall time in seconds.

    Two worker processes with one thread each train the models side by side.
    """
    models = TinyModels(root)
    work = root / "work"
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    _write_data(work, seed)
    first, second = _worker_jobs(work, models)
    logs = [work / "worker-1.log", work / "worker-2.log"]
    workers = [_start_worker(first, logs[0]), _start_worker(second, logs[1])]
    failures = [
        log.read_text(encoding="utf-8", errors="replace")[-3000:]
        for process, log in zip(workers, logs, strict=True)
        if process.wait() != 0
    ]
    if failures:
        raise RuntimeError("training the tiny Stanza models failed:\n" + "\n".join(failures))
    (root / "resources.json").write_text(json.dumps(MINIMAL_RESOURCES), encoding="utf-8")
    return models, time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    """Train the tiny models into a directory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, nargs="?")
    parser.add_argument("--jobs", type=Path, help="run the training jobs listed in this file")
    args = parser.parse_args(argv)
    if args.jobs is not None:
        run_jobs(json.loads(args.jobs.read_text(encoding="utf-8")))
        return 0
    if args.dir is None:
        parser.error("give the directory to train into")
    models, seconds = train(args.dir)
    print(f"trained tiny Stanza models in {seconds:.1f} s into {models.root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
