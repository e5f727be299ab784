"""Pronoun and description resolution against GUM's coreference, beyond the quotes found.

Run from the repository root::

    python benchmarks/bench_pronouns.py            # halves A and B
    python benchmarks/bench_pronouns.py --half A   # one half

``bench_speakers.py`` scores the speakers of the quotes the pipeline finds in
GUM, a few hundred mentions a half.  The speaker resolver meets every subject
``he``, ``she`` and ``they`` of an article, though, and any of them may be the
next quote's speaker; this benchmark asks it about all of them.

* **Documents:** GUM's train and dev documents (``bench_speakers.load``),
  halves A and B by document id (``benchmarks/splits.py``), all genres and
  the genres written as news reports (news, interview, bio).
* **Mentions:** every GUM mention of a person chain that has a name before
  it, which is a pronoun ``he``, ``she`` or ``they`` outside quotation marks,
  or a definite description (``the``, ``this``, ``that``, ``these``,
  ``those`` before its head noun, the span ending at the head).
* **Probe:** the fast pipeline parses the article; while its quote stage
  resolves speakers in document order, each mention is put to the resolver
  (:meth:`~newsparse.builtin.quotes.speakers.SpeakerResolver.peek`) when the
  resolver has reached it, as if it were the next quote's speaker mention,
  and nothing is remembered of the answer.
* **Score:** right when the name returned ends with the last word of one of
  the names the chain is called by (case- and accent-insensitive), as
  ``bench_speakers.py`` scores a speaker; no answer counts as wrong.
* **Floor:** the nearest person name GUM marks before the mention, whatever
  its sex or number (gold mention boundaries, so a generous floor).

No neural coreference system runs here as an anchor: they need models this
machine cannot download.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

try:
    import newsparse  # noqa: F401
except ImportError:  # pragma: no cover - run from a checkout without installation
    sys.path.insert(0, str(ROOT / "src"))

from bench_quotes import fast_stages, last_word  # noqa: E402
from bench_speakers import chain_names, kind_of, report  # noqa: E402
from newsparse.attribution.mentions import Mention  # noqa: E402
from newsparse.builtin.quotes import processor as quote_processor  # noqa: E402
from newsparse.builtin.quotes.speakers import SpeakerResolver  # noqa: E402

PRONOUNS = frozenset({"he", "she", "they"})
DEFINITE = re.compile(r"(?i)(?:the|this|that|these|those)\s")
#: Quotation marks that open and close a quotation in a paragraph.
QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
KINDS = ("pronoun", "description")


class Probe:
    """The mentions of one document to put to its resolver, and the answers."""

    def __init__(self, queue: list[tuple[Mention, dict[str, Any]]]) -> None:
        self.queue = queue
        self.answers: list[tuple[Mention, dict[str, Any], str | None]] = []
        self.resolver: SpeakerResolver | None = None

    def reach(self, resolver: SpeakerResolver, pos: int) -> None:
        """Ask *resolver* about every queued mention before *pos*."""
        self.resolver = resolver
        while self.queue and self.queue[0][0].start < pos:
            mention, gold = self.queue.pop(0)
            speaker = resolver.peek(mention)
            self.answers.append((mention, gold, speaker.name if speaker else None))


@contextmanager
def probing(probe: Probe) -> Iterator[None]:
    """Make the quote stage's resolvers put *probe*'s mentions to themselves in order."""

    class Probing(SpeakerResolver):
        def note_subject(self, mention: Mention, *, placed: bool = False) -> None:
            probe.reach(self, mention.start)
            super().note_subject(mention, placed=placed)

        def resolve(self, mention: Mention) -> Any:
            probe.reach(self, mention.start)
            return super().resolve(mention)

    with mock.patch.object(quote_processor, "SpeakerResolver", Probing):
        yield


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTATION.finditer(text)]


def mentions_to_probe(doc: dict[str, Any]) -> list[tuple[Mention, dict[str, Any]]]:
    """Return the document's pronouns and definite descriptions of named persons, in order."""
    text = doc["text"]
    names = chain_names(doc)
    first_named: dict[str, int] = {}
    for m in doc["mentions"]:
        if m["name"] is not None and m["eid"] in names:
            first_named[m["eid"]] = min(first_named.get(m["eid"], m["start"]), m["start"])
    quotations = quoted_spans(text)
    found: list[tuple[Mention, dict[str, Any]]] = []
    for m in sorted(doc["mentions"], key=lambda m: m["start"]):
        if m["label"] != "PERSON" or first_named.get(m["eid"], m["start"]) >= m["start"]:
            continue
        if any(s < m["start"] < e for s, e in quotations):
            continue
        kind = kind_of(m)
        if kind == "pronoun" and text[m["start"] : m["end"]].lower() in PRONOUNS:
            found.append((Mention(m["start"], m["end"], "pronoun"), m))
        elif kind == "description" and m["head"] is not None and DEFINITE.match(text, m["start"]):
            found.append((Mention(m["start"], m["head"][1], "description"), m))
    return found


def floor_name(doc: dict[str, Any], pos: int) -> str | None:
    """Return the nearest person name GUM marks before *pos*."""
    text = doc["text"]
    best = None
    for m in doc["mentions"]:
        name = m["name"]
        if m["label"] == "PERSON" and name is not None and name[1] <= pos:
            best = name if best is None or name[1] > best[1] else best
    return text[best[0] : best[1]] if best is not None else None


class Tally:
    def __init__(self) -> None:
        self.scored: Counter[str] = Counter()
        self.right: Counter[str] = Counter()
        self.floor: Counter[str] = Counter()

    def row(self, name: str) -> list[str]:
        cells = [name]
        for kind in KINDS:
            n = self.scored[kind]
            cells.append(f"{self.right[kind] / n:.3f} ({n})" if n else "n/a")
            cells.append(f"{self.floor[kind] / n:.3f}" if n else "n/a")
        return cells


def measure(docs: Sequence[dict[str, Any]]) -> Tally:
    front, back = fast_stages()
    tally = Tally()
    for doc in docs:
        probe = Probe(mentions_to_probe(doc))
        with probing(probe):
            back(front(doc["text"]))
        if probe.resolver is not None:
            probe.reach(probe.resolver, len(doc["text"]) + 1)
        gold_names = chain_names(doc)
        for mention, gold, answer in probe.answers:
            names = gold_names[gold["eid"]]
            tally.scored[mention.kind] += 1
            tally.right[mention.kind] += bool(answer) and last_word(answer) in names
            floor = floor_name(doc, mention.start)
            tally.floor[mention.kind] += bool(floor) and last_word(floor) in names
    return tally


HEADER = ["set", "pronoun", "floor", "description", "floor"]


def main(argv: Sequence[str] | None = None) -> int:
    return report(HEADER, measure, __doc__.split("\n", 1)[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
