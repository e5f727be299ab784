"""The syntax path: attribution frames read off dependency trees.

When the document's tokens carry ``head`` and ``deprel`` (Stanza's depparse,
or any plugin that provides Universal Dependencies), each cue verb's own
dependents say who spoke and what was said:

* the speaker is the cue's ``nsubj``; for a participle (``, saying ...``) or
  a coordinated verb (``... and added ...``) it is the subject of the verb it
  depends on; for ``according to X`` it is ``X``;
* the content is the cue's ``ccomp`` subtree (``that`` included); when the
  cue is itself a ``parataxis`` or ``ccomp`` of the reported clause
  (``“...,” he said``, as parsers often attach it) the content is the rest of
  its head's subtree; for verbs of the ``object`` class (``praised``,
  ``called for``) it is the object.

Passive (``nsubj:pass``, ``aux:pass``) and negated cues are skipped.
Content spans are widened to whole quotations, and mentions are trimmed
(role titles, appositives) with the same rules as the rule path.  Cues
whose tree gives no content fall back to the rule path's frames, so a
parser's mistakes cost precision rather than recall.  The relation names
of spaCy's English models (``nsubjpass``, ``dobj``, ``pobj``, ``neg``) are
accepted too.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

from newsparse.attribution.cue_lexicon import CueEntry, CueLexicon
from newsparse.attribution.mentions import EntityIndex, Mention, mention_after, mention_before
from newsparse.attribution.words import PUNCT, QUOTE, Word
from newsparse.builtin.quotes.frames import Frame
from newsparse.builtin.quotes.indirect import rule_frames
from newsparse.model import CompactLayer, Document, Token

__all__ = ["SyntaxIndex"]

_SUBJECT = frozenset({"nsubj", "nsubj:outer"})
_PASSIVE = frozenset({"nsubj:pass", "aux:pass", "nsubjpass", "auxpass", "csubj:pass"})
_NEGATION_WORDS = frozenset({"not", "n't", "n’t", "never"})
_CONTENT = frozenset({"ccomp"})
_OBJECT = frozenset({"obj", "dobj", "xcomp"})
_REPORTED_BY_HEAD = frozenset({"parataxis", "ccomp", "conj:parataxis"})
_INHERITS_SUBJECT = frozenset({"conj", "advcl", "xcomp", "advcl:relcl"})
_NAME_PARTS = frozenset({"flat", "flat:name", "compound", "fixed", "goeswith"})
_VERB_TAGS = frozenset({"VERB", "AUX"})


_DEPREL = operator.attrgetter("deprel")


class SyntaxIndex:
    """The dependency trees of a document, indexed by token position.

    Falsy when no token has a head.

    :param doc: the document.
    """

    def __init__(self, doc: Document) -> None:
        layer = doc.layer("tokens")
        if isinstance(layer, CompactLayer):  # offsets only: no syntax
            self._has_syntax = False
        elif set(map(type, layer)) <= {Token}:  # the usual layer: C-level passes
            self._has_syntax = any(map(_DEPREL, layer))
        else:
            self._has_syntax = any(isinstance(tok, Token) and tok.deprel for tok in layer)
        tokens = (
            sorted((ann for ann in layer if isinstance(ann, Token)), key=lambda tok: tok.start)
            if self._has_syntax
            else []
        )
        self._tokens = tokens
        self._starts = [tok.start for tok in tokens]
        position = {tok.id: n for n, tok in enumerate(tokens)}
        self._head = [position.get(tok.head, -1) if tok.head else -1 for tok in tokens]
        children: list[list[int]] = [[] for _ in tokens]
        for n, head in enumerate(self._head):
            if head >= 0:
                children[head].append(n)
        self._children = children
        self._lo = [tok.start for tok in tokens]
        self._hi = [tok.end for tok in tokens]
        for n in range(len(tokens)):
            seen = 0
            head = self._head[n]
            while head >= 0 and seen < 64:
                if self._lo[head] > tokens[n].start:
                    self._lo[head] = tokens[n].start
                if self._hi[head] < tokens[n].end:
                    self._hi[head] = tokens[n].end
                head = self._head[head]
                seen += 1

    def __bool__(self) -> bool:
        return self._has_syntax

    # -- helpers ----------------------------------------------------------------
    def _rel(self, n: int) -> str:
        return (self._tokens[n].deprel or "").lower()

    def _children_with(self, n: int, rels: frozenset[str]) -> list[int]:
        return [c for c in self._children[n] if self._rel(c) in rels]

    def _name_end(self, n: int) -> int:
        end = self._tokens[n].end
        for child in self._children[n]:
            if (
                self._rel(child) in _NAME_PARTS
                and self._tokens[child].start > self._tokens[n].start
            ):
                end = max(end, self._name_end(child))
        return end

    def _subtree_without(self, n: int, cut: int) -> tuple[int, int]:
        """Span of *n*'s subtree on the side of *cut*'s subtree away from it."""
        lo, hi = self._lo[n], self._hi[n]
        cut_lo, cut_hi = self._lo[cut], self._hi[cut]
        if cut_lo - lo >= hi - cut_hi:
            return lo, cut_lo
        return cut_hi, hi

    # -- frames -----------------------------------------------------------------
    def frames(
        self, words: Sequence[Word], lexicon: CueLexicon, entities: EntityIndex
    ) -> list[Frame] | None:
        """Return the frames of one clause, or ``None`` when its tokens have no syntax.

        The rule path's frames are refined with the tree (speaker from the
        cue's subject, content from its clausal complement); cues the rule
        path could not attribute get a frame from the tree when it gives both
        a subject and a complement.

        :param words: the clause's tokens.
        :param lexicon: the cue lexicon.
        :param entities: the document's speaker entities.
        """
        if not words:
            return None
        lo_pos, hi_pos = words[0].start, words[-1].end
        first = bisect.bisect_left(self._starts, lo_pos)
        last = bisect.bisect_left(self._starts, hi_pos)
        if first >= last or not any(self._tokens[n].deprel for n in range(first, last)):
            return None
        text_of = _TextOf(words)
        found: list[Frame] = []
        cues: set[int] = set()
        for frame in rule_frames(words, lexicon, entities):
            n = self._token_at(frame.cue[0], first, last) if frame.cue is not None else None
            if n is None:
                found.append(frame)
                continue
            cues.add(n)
            tag = self._tokens[n].upos
            if (
                tag is not None
                and tag not in _VERB_TAGS
                and lexicon.get(text_of(self._tokens[n].start, self._tokens[n].end).lower())
                is not None
            ):
                continue  # the tree reads the cue word as a noun (``the said company``)
            found.append(self._refine(frame, n, words, entities))
        for n in range(first, last):
            if n in cues or _inside_any(self._tokens[n].start, found):
                continue
            extra = self._frame_at(n, words, lexicon, entities, text_of, first, last)
            if extra is not None:
                found.append(extra)
        found.sort(key=lambda f: f.cue or (0, 0))
        return found

    def _token_at(self, start: int, first: int, last: int) -> int | None:
        index = bisect.bisect_left(self._starts, start, first, last)
        if index < last and self._tokens[index].start == start:
            return index
        return None

    def _refine(self, frame: Frame, n: int, words: Sequence[Word], entities: EntityIndex) -> Frame:
        """Correct a rule frame's speaker with the cue's subject in the tree.

        The tree's subject replaces a missing speaker, and a description the
        word patterns found when the tree points at a name.  Content spans
        stay the rule path's: measured against the Gender Gap Tracker's
        spans, clausal-complement subtrees were no better.
        """
        speaker = frame.speaker
        tree_speaker = self._speaker(n, words, entities)
        if tree_speaker is None or tree_speaker == speaker:
            return frame
        if speaker is not None and not (
            speaker.kind == "description" and tree_speaker.kind in ("entity", "name")
        ):
            return frame
        contents = tuple(
            s for s in frame.contents if not (s[0] < tree_speaker.end and tree_speaker.start < s[1])
        )
        return Frame(frame.cue, tree_speaker, contents)

    def _frame_at(
        self,
        n: int,
        words: Sequence[Word],
        lexicon: CueLexicon,
        entities: EntityIndex,
        text_of: _TextOf,
        first: int,
        last: int,
    ) -> Frame | None:
        tok = self._tokens[n]
        form = text_of(tok.start, tok.end).lower()
        if form == "according" and n + 1 < last:
            return self._according(n, words, entities, text_of, first, last)
        entry = self._cue_entry(n, form, lexicon, text_of, last)
        if entry is None:
            return None
        if tok.upos is not None and tok.upos not in _VERB_TAGS:
            return None
        rels = {self._rel(c) for c in self._children[n]}
        if rels & _PASSIVE or "neg" in rels:
            return None
        for child in self._children[n]:
            if (
                text_of(self._tokens[child].start, self._tokens[child].end).lower()
                in _NEGATION_WORDS
            ):
                return None
        speaker = self._speaker(n, words, entities)
        contents = self._contents(n, entry)
        if not contents or speaker is None:
            return None
        cue = (tok.start, tok.end)
        spans = tuple(_widen(span, words) for span in contents)
        if speaker is not None:
            spans = tuple(s for s in spans if not (s[0] < speaker.end and speaker.start < s[1]))
        if entry.cue_class == "quotation":
            spans = tuple(s for s in spans if _has_quote(s, words))
        if not spans:
            return None
        return Frame(cue, speaker, spans)

    def _cue_entry(
        self, n: int, form: str, lexicon: CueLexicon, text_of: _TextOf, last: int
    ) -> CueEntry | None:
        if n + 1 < last:
            nxt = self._tokens[n + 1]
            entry = lexicon.get(f"{form} {text_of(nxt.start, nxt.end).lower()}")
            if entry is not None:
                return entry
        entry = lexicon.get(form)
        lemma = self._tokens[n].lemma
        if entry is None and lemma:
            entry = lexicon.get(lemma.lower())
        return entry

    def _speaker(self, n: int, words: Sequence[Word], entities: EntityIndex) -> Mention | None:
        current = n
        for _ in range(4):
            subjects = self._children_with(current, _SUBJECT)
            if subjects:
                return self._mention(subjects[0], words, entities)
            if self._rel(current) not in _INHERITS_SUBJECT or self._head[current] < 0:
                return None
            current = self._head[current]
        return None

    def _mention(self, n: int, words: Sequence[Word], entities: EntityIndex) -> Mention | None:
        end = self._name_end(n)
        for j, word in enumerate(words):
            if word.end == end:
                return mention_before(words, j, entities)
            if word.end > end:
                break
        return None

    def _contents(self, n: int, entry: CueEntry) -> list[tuple[int, int]]:
        spans = [(self._lo[c], self._hi[c]) for c in self._children_with(n, _CONTENT)]
        if spans:
            return spans
        if entry.cue_class == "object":
            return [(self._lo[c], self._hi[c]) for c in self._children_with(n, _OBJECT)]
        head = self._head[n]
        if head >= 0 and self._rel(n) in _REPORTED_BY_HEAD:
            lo, hi = self._subtree_without(head, n)
            if hi > lo:
                return [(lo, hi)]
        return []

    def _according(
        self,
        n: int,
        words: Sequence[Word],
        entities: EntityIndex,
        text_of: _TextOf,
        first: int,
        last: int,
    ) -> Frame | None:
        to = n + 1
        if text_of(self._tokens[to].start, self._tokens[to].end).lower() != "to":
            return None
        source = -1
        if self._rel(n) == "case" and self._head[n] >= 0:
            source = self._head[n]
        else:
            objects = [c for c in self._children[to] if self._rel(c) == "pobj"]
            if objects:
                source = objects[0]
        if source < 0:
            return None
        index = _word_at(words, self._tokens[source].start)
        speaker = None
        if index is not None:
            start = index
            while start > 0 and words[start - 1].end > self._lo[source]:
                start -= 1
            speaker = mention_after(words, start, entities)
        if speaker is None:
            return None
        cue = (self._tokens[n].start, self._tokens[to].end)
        clause_lo, clause_hi = words[0].start, words[-1].end
        if self._lo[source] <= words[0].start or cue[0] <= _first_word_start(words):
            span = (max(self._hi[source], speaker.end), clause_hi)
        else:
            span = (clause_lo, cue[0])
        trimmed = _trim_span(span, words)
        if trimmed is None:
            return None
        return Frame(cue, speaker, (_widen(trimmed, words),))


class _TextOf:
    """Reads token text from the clause's words (tokens hold no text)."""

    def __init__(self, words: Sequence[Word]) -> None:
        self._words = words
        self._starts = [w.start for w in words]

    def __call__(self, start: int, end: int) -> str:
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0:
            return ""
        word = self._words[index]
        if word.start == start and word.end == end:
            return word.text
        if word.start <= start and end <= word.end:
            return word.text[start - word.start : end - word.start]
        return word.text


def _word_at(words: Sequence[Word], start: int) -> int | None:
    for j, word in enumerate(words):
        if word.start <= start < word.end or word.start >= start:
            return j
    return None


def _first_word_start(words: Sequence[Word]) -> int:
    for word in words:
        if word.kind != PUNCT and word.lower not in ("but", "and", "so"):
            return word.start
    return words[0].start


def _widen(span: tuple[int, int], words: Sequence[Word]) -> tuple[int, int]:
    """Widen a span to whole quotations and drop its edge punctuation."""
    lo, hi = span
    for word in words:
        if word.kind == QUOTE and word.start < hi and lo < word.end:
            lo = min(lo, word.start)
            hi = max(hi, word.end)
    trimmed = _trim_span((lo, hi), words)
    return trimmed if trimmed is not None else (lo, hi)


def _trim_span(span: tuple[int, int], words: Sequence[Word]) -> tuple[int, int] | None:
    inside = [w for w in words if w.start >= span[0] and w.end <= span[1]]
    while inside and inside[0].kind == PUNCT:
        inside.pop(0)
    while inside and inside[-1].kind == PUNCT:
        inside.pop()
    if not inside:
        return None
    return inside[0].start, inside[-1].end


def _has_quote(span: tuple[int, int], words: Sequence[Word]) -> bool:
    return any(w.kind == QUOTE and span[0] <= w.start and w.end <= span[1] for w in words)


def _inside_any(pos: int, frames: Sequence[Frame]) -> bool:
    """Whether *pos* lies in the content of one of *frames* (a cue reported by another)."""
    for frame in frames:
        for lo, hi in frame.contents:
            if lo <= pos < hi:
                return True
    return False
