"""Gold named mentions for the entity benchmark, read from GUM CoNLL-U or the unseen set.

GUM marks every mention in the MISC column (``Entity=(3-person-new-...-Lord_Byron``
opens, ``3)`` closes).  A mention counts as a *named* one, as in the ``ner``
list of ``gum_eval/gum_news.jsonl``, when its type is person, organization or
place and its syntactic head is a proper noun, or it has a Wikipedia identity
and its head is not a pronoun or a number.  Types map to PERSON, ORG and PLACE.

Every person, organisation and place mention is also kept, named or not, in
``mentions``, with its coreference chain (``eid``), head word and its part
of speech, Wikipedia identity and, for a proper-noun head, the offsets of the name itself
(``name``: the head with the proper nouns joined to it, ``Ministry of Health``
out of ``the Ministry of Health in Ottawa``), for the speaker benchmark.

The text is rebuilt from the tokens (``SpaceAfter=No``), a blank line between
paragraphs (``# newpar``), sentences joined by a space.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["GUM_TYPES", "read_conllu_documents", "read_jsonl"]

#: GUM entity types scored, and the benchmark type each counts as.
GUM_TYPES = {"person": "PERSON", "organization": "ORG", "place": "PLACE"}

_OPEN = re.compile(r"\((\d+)-([a-z]+)((?:-[^()]*)?)")
_CLOSE = re.compile(r"(?<![(\w-])(\d+)\)")
_NOT_HEADS = frozenset({"PRON", "NUM", "VERB", "PART", "SYM", "AUX", "SCONJ", "CCONJ", "ADP"})


def _misc(field: str) -> dict[str, str]:
    if field == "_":
        return {}
    return dict(item.split("=", 1) if "=" in item else (item, "") for item in field.split("|"))


def _identity(rest: str) -> str | None:
    fields = rest.lstrip("-").split("-")
    return "-".join(fields[5:]) or None if len(fields) > 5 else None


def _document(doc_id: str, blocks: list[tuple[bool, list[str]]]) -> dict[str, Any]:
    text_parts: list[str] = []
    offset = 0
    ner: list[dict[str, Any]] = []
    for new_par, lines in blocks:
        if text_parts:
            sep = "\n\n" if new_par else " "
            text_parts.append(sep)
            offset += len(sep)
        rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
        spans: dict[str, tuple[int, int]] = {}
        mwt_end = 0
        mwt_space = True
        words: list[list[str]] = []
        for row in rows:
            ident = row[0]
            if "-" in ident:
                mwt_end = int(ident.split("-")[1])
                mwt_space = "SpaceAfter=No" not in row[9]
                continue
            if "." in ident:
                continue
            n = int(ident)
            start = offset
            text_parts.append(row[1])
            offset += len(row[1])
            spans[ident] = (start, offset)
            words.append(row)
            last_of_mwt = n == mwt_end
            inside_mwt = n < mwt_end
            if inside_mwt:
                continue
            spaced = mwt_space if last_of_mwt else "SpaceAfter=No" not in row[9]
            if spaced:
                text_parts.append(" ")
                offset += 1
        if text_parts and text_parts[-1] == " ":
            text_parts.pop()
            offset -= 1
        sentence = _Sentence(
            spans,
            {row[0]: row[6] for row in words},
            {row[0]: row[3] for row in words},
            {row[0]: row[7] for row in words},
            {row[0]: row[1].lower() for row in words},
        )
        stack: dict[str, list[tuple[str, str, str | None]]] = {}
        for row in words:
            entity = _misc(row[9]).get("Entity", "")
            pos = 0
            while pos < len(entity):
                opened = _OPEN.match(entity, pos)
                if opened is not None:
                    eid, etype, rest = opened.groups()
                    stack.setdefault(eid, []).append((eid, row[0], etype, _identity(rest)))
                    pos = opened.end()
                    if pos < len(entity) and entity[pos] == ")":
                        ner.extend(_mention(stack[eid].pop(), row[0], sentence))
                        pos += 1
                    continue
                closed = re.match(r"(\d+)\)", entity[pos:])
                if closed is not None:
                    eid = closed.group(1)
                    ner.extend(_mention(stack[eid].pop(), row[0], sentence))
                    pos += closed.end()
                    continue
                pos += 1
    text = "".join(text_parts)
    identities = {m["eid"]: m["identity"] for m in ner if m["identity"]}
    named = [
        {"start": m["start"], "end": m["end"], "label": m["label"]}
        for m in ner
        if m["head_upos"] == "PROPN"
        or (m["eid"] in identities and m["head_upos"] not in _NOT_HEADS)
    ]
    for m in named:
        m["text"] = text[m["start"] : m["end"]]
    mentions = sorted(ner, key=lambda m: (m["start"], m["end"]))
    for m in mentions:
        m["text"] = text[m["start"] : m["end"]]
    return {
        "id": doc_id,
        "text": text,
        "ner": sorted(named, key=lambda m: (m["start"], m["end"])),
        "mentions": mentions,
    }


class _Sentence(NamedTuple):
    """One sentence's token offsets, heads, parts of speech and relations, by token id."""

    spans: dict[str, tuple[int, int]]
    heads: dict[str, str]
    upos: dict[str, str]
    deprel: dict[str, str]
    forms: dict[str, str]


#: Small words that join the parts of a proper name (``Bank of Canada``).
_NAME_LINKS = frozenset({"of", "for", "and", "&", "de", "du", "des"})


def _after_link(n: int, sentence: _Sentence) -> bool:
    return sentence.forms.get(str(n - 1)) in _NAME_LINKS


def _name_run(root: str, last: str, label: str, sentence: _Sentence) -> tuple[int, int] | None:
    """Return the offsets of a named mention's name: its proper-noun head and the words after it.

    A common-noun head with a name flat under it (``Senior researcher Mu Li``)
    has that name.

    The run starts at the head (and the proper nouns compounded before it) and
    goes right over proper nouns, hyphens inside a name (``El-Hassan``) and, in
    an organisation's or place's name, the small words that join its parts
    (``Ministry of Health``), so that a postmodifier (``Nick Bos from the
    University of Helsinki``, ``Matthew Ingram of The Globe and Mail``) is left out.
    """
    if sentence.upos.get(root) != "PROPN":
        titled = [  # ``Senior researcher Mu Li``: the name is flat under its title
            w
            for w in map(str, range(int(root) + 1, int(last) + 1))
            if sentence.heads.get(w) == root
            and sentence.deprel.get(w) == "flat"
            and sentence.upos.get(w) == "PROPN"
        ]
        if not titled:
            return None
        root = titled[0]
    end = int(root)
    n = end + 1
    while n <= int(last):
        word, form = str(n), sentence.forms.get(str(n), "")
        if sentence.upos.get(word) == "PROPN":
            end = n
        elif not (
            form == "-"
            or (label != "PERSON" and form in _NAME_LINKS)
            or (label != "PERSON" and form == "the" and _after_link(n, sentence))
        ):
            break
        n += 1
    first = int(root)
    while (
        sentence.deprel.get(str(first - 1)) in ("compound", "flat")
        and sentence.upos.get(str(first - 1)) == "PROPN"
    ):
        first -= 1
    return sentence.spans[str(first)][0], sentence.spans[str(end)][1]


def _mention(
    opened: tuple[str, str, str, str | None], last: str, sentence: _Sentence
) -> list[dict[str, Any]]:
    eid, first, etype, identity = opened
    label = GUM_TYPES.get(etype)
    if label is None:
        return []
    inside = {str(n) for n in range(int(first), int(last) + 1)}
    roots = [w for w in sorted(inside, key=int) if sentence.heads.get(w) not in inside]
    head_upos = sentence.upos.get(roots[0], "") if roots else ""
    name = _name_run(roots[0], last, label, sentence) if roots else None
    mention = {"start": sentence.spans[first][0], "end": sentence.spans[last][1], "label": label}
    head = sentence.spans[roots[0]] if roots else None
    return [
        {
            **mention,
            "eid": eid,
            "identity": identity,
            "head_upos": head_upos,
            "head": head,
            "name": name,
        }
    ]


def read_conllu_documents(folder: Path) -> Iterator[dict[str, Any]]:
    """Yield ``{id, text, ner, mentions}`` for every ``*.conllu`` file in *folder*, by file name.

    :param folder: a folder of GUM CoNLL-U files.
    """
    for path in sorted(folder.glob("*.conllu")):
        doc_id = path.stem
        blocks: list[tuple[bool, list[str]]] = []
        current: list[str] = []
        new_par = True
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# newdoc id"):
                doc_id = line.split("=", 1)[1].strip()
            if line.startswith("# newpar"):
                new_par = True
            if not line.strip():
                if any(not c.startswith("#") for c in current):
                    blocks.append((new_par, current))
                    new_par = False
                current = []
                continue
            current.append(line)
        if any(not c.startswith("#") for c in current):
            blocks.append((new_par, current))
        yield _document(doc_id, blocks)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read one JSON document per line.

    :param path: a ``.jsonl`` file.
    """
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


#: Label letters of the marked-up unseen set.
MARK_LABELS = {"P": "PERSON", "O": "ORG", "G": "GPE", "L": "LOC", "N": "NORP", "F": "FAC"}
_MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z])\]")


def read_marked(path: Path) -> list[dict[str, Any]]:
    """Read the marked-up unseen set: ``## id style`` blocks with ``[surface|L]`` mentions.

    :param path: the ``entities_unseen.txt`` file.
    :return: ``{id, style, text, ner}`` documents with character offsets.
    :raises ValueError: when a mention's letter is not one of :data:`MARK_LABELS`.
    """
    docs: list[dict[str, Any]] = []
    header: list[str] | None = None
    lines: list[str] = []

    def flush() -> None:
        if header is None:
            return
        marked = "\n".join(lines).strip()
        text_parts: list[str] = []
        ner: list[dict[str, Any]] = []
        offset = pos = 0
        for match in _MARK.finditer(marked):
            plain = marked[pos : match.start()]
            text_parts.append(plain)
            offset += len(plain)
            surface, letter = match.groups()
            if letter not in MARK_LABELS:
                raise ValueError(f"{path.name}: {header[0]}: unknown label letter {letter!r}.")
            ner.append(
                {"start": offset, "end": offset + len(surface), "label": MARK_LABELS[letter]}
            )
            text_parts.append(surface)
            offset += len(surface)
            pos = match.end()
        text_parts.append(marked[pos:])
        text = "".join(text_parts)
        for m in ner:
            m["text"] = text[m["start"] : m["end"]]
        docs.append({"id": header[0], "style": header[1], "text": text, "ner": ner})

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            flush()
            header, lines = line[3:].split(), []
        elif not line.startswith("#") and header is not None:
            lines.append(line)
    flush()
    return docs


def write_unseen(source: Path, target: Path) -> None:
    """Write a marked-up invented set's JSON lines from its source.

    :param source: ``entities_unseen.txt`` or ``entities_dev_invented.txt``.
    :param target: the ``.jsonl`` file of the same name.
    """
    with target.open("w", encoding="utf-8") as out:
        for doc in read_marked(source):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    _DATA = Path(__file__).resolve().parent / "data"
    for _name in ("entities_unseen", "entities_dev_invented"):
        write_unseen(_DATA / f"{_name}.txt", _DATA / f"{_name}.jsonl")
