"""Convert Stanza sentences into newsparse tokens and entities with exact offsets.

Offsets.  Stanza's tokenizer reports character offsets into the text it was
given, but it rewrites what it returns as token text: whitespace inside a
token is squeezed, control characters become spaces, and over-long tokens
become ``<UNK>``.  newsparse never trusts the token text for offsets: each
token is placed at Stanza's offsets when they fit (inside the paragraph,
after the previous token); otherwise its text is searched for from the
previous token on, ignoring whitespace; otherwise it takes as many
non-space characters as its text has.  Tokens therefore always lie inside
the paragraph, in order, never overlap and never start or end with
whitespace, whatever Stanza does.

Multi-word tokens.  Stanza splits some surface tokens into syntactic words
(``cannot`` into ``can`` + ``not``, ``gonna`` into ``gon`` + ``na``).
When the words spell the surface token exactly, as English contractions
do, each word becomes its own newsparse token with its own offsets
(``can`` [4, 7), ``not`` [7, 10)) and its own syntax, so ``text[start:end]``
is always the token's text.  When they do not (``du`` -> ``de le`` in
French), the surface token stays one newsparse token and carries the
analysis of its head word, the word whose head lies outside the token;
relations that point at any of its words point at it.

Entities.  Stanza tags tokens with BIOES (or BIO) tags; the tags are
decoded here, tolerating ill-formed sequences, into mentions whose labels
are OntoNotes labels (CoNLL's ``PER`` becomes ``PERSON``).  An entity's
``name`` is its mention text normalised: whitespace squeezed, curly
apostrophes straightened, and a leading ``the`` and a final possessive
dropped (``the Kremlin’s`` -> ``Kremlin``).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from types import MappingProxyType
from typing import Any

import attrs

from newsparse.lexicon.dispatch import LazyPattern
from newsparse.text.charclasses import SPACE

__all__ = [
    "LABEL_ALIASES",
    "ConvertedToken",
    "Piece",
    "align_pieces",
    "convert_sentence",
    "decode_entity_tags",
    "ontonotes_label",
]

#: Labels of other schemes and their OntoNotes equivalent.
LABEL_ALIASES: MappingProxyType[str, str] = MappingProxyType(
    {"PER": "PERSON", "PERS": "PERSON", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
)

#: A space: the fast splitters' notion (whitespace and zero-width characters)
#: plus the C1 controls, which Stanza's tokenizer turns into spaces.
_SPACE = LazyPattern(rf"[{SPACE}\u0080-\u009f]")


@attrs.frozen
class Piece:
    """A token as Stanza reports it.

    :param text: the token text (possibly rewritten by Stanza).
    :param start: Stanza's start offset, relative to the text it was given.
    :param end: Stanza's end offset.
    """

    text: str
    start: int | None
    end: int | None


def _next_content(text: str, position: int, end: int) -> int:
    while position < end and _SPACE.match(text, position):
        position += 1
    return position


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    start = _next_content(text, start, end)
    while end > start and _SPACE.match(text, end - 1):
        end -= 1
    return (start, end) if end > start else None


def _spelled_from(text: str, position: int, end: int, token: str) -> int | None:
    """Return where *token* ends if it is spelled from *position* on, ignoring whitespace."""
    wanted = _SPACE.sub("", token)
    if not wanted:
        return None
    index = 0
    while position < end and index < len(wanted):
        char = text[position]
        if char == wanted[index]:
            index += 1
        elif not _SPACE.match(char):
            return None
        position += 1
    return position if index == len(wanted) else None


def _by_length(text: str, position: int, end: int, token: str) -> tuple[int, int] | None:
    """Take as many non-space characters as *token* has, from the next content on."""
    start = _next_content(text, position, end)
    if start >= end:
        return None
    wanted = max(1, len(_SPACE.sub("", token)))
    stop = start
    while stop < end and wanted > 0:
        if not _SPACE.match(text, stop):
            wanted -= 1
        stop += 1
    return _trimmed(text, start, stop)


def align_pieces(
    text: str, start: int, end: int, pieces: Sequence[Piece], *, offset: int | None = None
) -> list[tuple[int, int] | None]:
    """Place Stanza's tokens in ``text[start:end]``.

    :param text: the document text.
    :param start: where the span Stanza processed starts.
    :param end: where it ends.
    :param pieces: the tokens, in order, with offsets relative to
        *offset* (default: *start*).
    :return: one ``(start, end)`` per piece, or ``None`` for a piece that
        finds no text left; spans are in order, disjoint, inside
        ``[start, end)`` and trimmed of whitespace.
    """
    base = start if offset is None else offset
    cursor = start
    spans: list[tuple[int, int] | None] = []
    for piece in pieces:
        span: tuple[int, int] | None = None
        claimed: tuple[int, int] | None = None
        if piece.start is not None and piece.end is not None:
            low, high = base + piece.start, base + piece.end
            if cursor <= low < high <= end:
                claimed = _trimmed(text, low, high)
        if claimed is not None and _SPACE.sub("", text[claimed[0] : claimed[1]]) == _SPACE.sub(
            "", piece.text
        ):
            span = claimed
        else:
            first = _next_content(text, cursor, end)
            stop = _spelled_from(text, first, end, piece.text)
            if stop is not None:
                span = _trimmed(text, first, stop)
            elif claimed is not None:
                span = claimed
            else:
                span = _by_length(text, cursor, end, piece.text)
        spans.append(span)
        if span is not None:
            cursor = span[1]
    return spans


@attrs.frozen
class ConvertedToken:
    """A newsparse token made from Stanza's analysis of a sentence.

    :param start: first code point in the document.
    :param end: one past the last code point.
    :param lemma: dictionary form, when Stanza lemmatised.
    :param upos: Universal POS tag.
    :param xpos: treebank POS tag.
    :param head: index of the head token in the same sentence's list,
        ``None`` for the root or when Stanza did not parse.
    :param deprel: relation to the head.
    :param ner: the entity tag of the surface token it comes from.
    """

    start: int
    end: int
    lemma: str | None = None
    upos: str | None = None
    xpos: str | None = None
    head: int | None = None
    deprel: str | None = None
    ner: str | None = None


def _word_spans(
    text: str, span: tuple[int, int], words: Sequence[Any], base: int
) -> list[tuple[int, int]] | None:
    """Split a multi-word token's span among its words, when they spell it exactly."""
    start, end = span
    offsets = [(w.start_char, w.end_char) for w in words]
    if all(s is not None and e is not None for s, e in offsets):
        absolute = [(base + s, base + e) for s, e in offsets]
        contiguous = all(a[1] == b[0] and a[0] < a[1] for a, b in itertools.pairwise(absolute))
        if contiguous and absolute[0][0] == start and absolute[-1][1] == end:
            return absolute
    forms = [str(w.text or "") for w in words]
    if all(forms) and "".join(forms) == text[start:end]:
        spans = []
        position = start
        for form in forms:
            spans.append((position, position + len(form)))
            position += len(form)
        return spans
    return None


def _head_word(words: Sequence[Any]) -> Any:
    """Return the word of a multi-word token whose head lies outside it (else the first)."""
    ids = {w.id for w in words}
    for word in words:
        if word.head is None or word.head not in ids:
            return word
    return words[0]


def _split_tag(tag: str | None, parts: int) -> list[str | None]:
    """Spread a surface token's entity tag over the tokens it is split into."""
    if not tag or "-" not in tag:
        return [tag for _ in range(parts)]
    prefix, label = tag.split("-", 1)
    inside = f"I-{label}"
    first = f"B-{label}" if prefix.upper() in ("B", "S") else inside
    last = f"E-{label}" if prefix.upper() in ("E", "S") else inside
    middle: list[str | None] = [inside for _ in range(parts - 2)]
    return [first, *middle, last]


def _field(value: Any) -> str | None:
    return None if value in (None, "", "_") else str(value)


def convert_sentence(
    text: str, start: int, end: int, sentence: Any, *, offset: int | None = None
) -> list[ConvertedToken]:
    """Convert one Stanza sentence into newsparse tokens.

    :param text: the document text.
    :param start: where the text Stanza processed starts (tokens are placed
        in ``[start, end)``, after any tokens placed before *start*).
    :param end: where it ends.
    :param sentence: a :class:`stanza.models.common.doc.Sentence`.
    :param offset: what Stanza's offsets are relative to (default: *start*).
    :return: the tokens, in order; empty when no text is left.
    """
    base = start if offset is None else offset
    stanza_tokens = list(sentence.tokens)
    pieces = [Piece(str(t.text or ""), t.start_char, t.end_char) for t in stanza_tokens]
    spans = align_pieces(text, start, end, pieces, offset=base)
    pending: list[tuple[tuple[int, int], list[Any], str | None]] = []
    word_to_token: dict[int, int] = {}
    for token, span in zip(stanza_tokens, spans, strict=True):
        if span is None:
            continue
        words = list(token.words) or []
        ner = _field(getattr(token, "ner", None))
        split = _word_spans(text, span, words, base) if len(words) > 1 else None
        if split is not None:
            for word, word_span, tag in zip(words, split, _split_tag(ner, len(words)), strict=True):
                word_to_token[word.id] = len(pending)
                pending.append((word_span, [word], tag))
        else:
            for word in words:
                word_to_token[word.id] = len(pending)
            pending.append((span, words, ner))
    converted: list[ConvertedToken] = []
    for index, ((token_start, token_end), words, ner) in enumerate(pending):
        if not words:
            converted.append(ConvertedToken(token_start, token_end, ner=ner))
            continue
        word = words[0] if len(words) == 1 else _head_word(words)
        head = word_to_token.get(word.head) if word.head else None
        converted.append(
            ConvertedToken(
                token_start,
                token_end,
                lemma=_field(word.lemma),
                upos=_field(word.upos),
                xpos=_field(word.xpos),
                head=None if head == index else head,
                deprel=_field(word.deprel),
                ner=ner,
            )
        )
    return converted


def ontonotes_label(label: str) -> str:
    """Return the OntoNotes label for a recogniser's *label*."""
    return LABEL_ALIASES.get(label, label)


def decode_entity_tags(tags: Sequence[str | None]) -> list[tuple[int, int, str]]:
    """Decode per-token BIOES or BIO tags into mentions.

    Ill-formed sequences are read leniently: an ``I-``/``E-`` tag that does
    not continue a mention of its type starts one, and a type change ends
    the current mention.

    :param tags: one tag per token (``"B-PERSON"``, ``"O"``, ``None``).
    :return: ``(first token, last token, label)`` triples, in order.
    """
    mentions: list[tuple[int, int, str]] = []
    current: tuple[int, str] | None = None

    def close(last: int) -> None:
        nonlocal current
        if current is not None:
            mentions.append((current[0], last, ontonotes_label(current[1])))
            current = None

    for index, tag in enumerate(tags):
        if not tag or tag == "O" or "-" not in tag:
            close(index - 1)
            continue
        prefix, label = tag.split("-", 1)
        prefix = prefix.upper()
        continues = current is not None and current[1] == label and prefix in ("I", "E")
        if not continues:
            close(index - 1)
            current = (index, label)
        if prefix in ("E", "S"):
            close(index)
    close(len(tags) - 1)
    return mentions
