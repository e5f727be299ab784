"""The recogniser's shortcuts give what the plain steps give.

A document's runs are split once per distinct run
(:class:`~newsparse.builtin.fast.entities.segments.DocumentSplitter`), one-word
runs without the run splitter, and titles are read through their key
prefixes (:class:`~newsparse.builtin.fast.entities.index.GazetteerIndex`):
each must give the segments of :func:`split_run` run by run.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.builtin.fast.entities import load_gazetteer
from newsparse.builtin.fast.entities.capitals import read_capitals
from newsparse.builtin.fast.entities.gazetteer import surface_key
from newsparse.builtin.fast.entities.index import GazetteerIndex
from newsparse.builtin.fast.entities.runs import sentence_runs
from newsparse.builtin.fast.entities.segments import (
    _GAPS,
    DocumentSplitter,
    Segment,
    _RunSplitter,
    split_run,
)
from newsparse.builtin.fast.entities.view import TokenView
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document

GAZETTEER = load_gazetteer()
INDEX = GazetteerIndex.build(GAZETTEER)
SEGMENTER = FastSegmenter()

#: Titles, names, places, connectors and ordinary words, in several spacings.
_WORDS = st.sampled_from(
    [
        "Prime Minister",
        "Prime  Minister",
        "Prime\nMinister",
        "President",
        "Mr.",
        "Dr.",
        "Ana Lind",
        "Lind",
        "Valeska",
        "University of Oslo",
        "Bank of",
        "the",
        "of",
        "and",
        "New York",
        "Paris",
        "CHINA",
        "The",
        "said",
        "met",
        "in",
        "Refugee Council",
        "Atletico Lisboa",
        "Boston Celtics",
        ",",
        ".",
    ]
)
_TEXT = st.lists(_WORDS, min_size=1, max_size=30).map(" ".join)


def _view(text: str) -> TokenView:
    doc = Document(text)
    doc = doc.with_layers(SEGMENTER(doc), processor="fast.segment")
    built = TokenView.build(doc.text, doc.layer("tokens"), doc.layer("sentences"))
    return read_capitals(built, GAZETTEER)


def _segments(view: TokenView, split: object) -> list[list[Segment]]:
    assert callable(split)
    return [
        split(run)
        for first, end in view.sentences
        for run in sentence_runs(view, GAZETTEER, first, end)
    ]


@settings(deadline=None)
@given(_TEXT)
def test_document_splitter_splits_every_run_as_split_run_does(text: str) -> None:
    # every run again, with its own spacing and the same words around it: the
    # words before and after a run (a role noun, a verb of saying) are read on
    # its first mention, and a run written again is split as it was then
    view = _view(text + " . " + text)
    splitter = DocumentSplitter(view, GAZETTEER, INDEX)
    expected = _segments(view, lambda run: split_run(run, view, GAZETTEER))
    assert _segments(view, splitter.split) == expected
    assert _segments(view, splitter.split) == expected  # all from the splitter's memory


def test_a_run_written_again_is_split_as_its_first_mention_was() -> None:
    # ``Valeska`` after a town and before ``said`` is an institution the first
    # time; the same run at the end of the text is split the same way
    view = _view("New York Valeska said it would close. New York Valeska")
    splitter = DocumentSplitter(view, GAZETTEER, INDEX)
    first, again = _segments(view, splitter.split)
    assert [(s.label, s.end - s.first) for s in first] == [
        (s.label, s.end - s.first) for s in again
    ]


def test_a_repeated_title_keeps_its_own_spacing() -> None:
    view = _view("Prime Minister Ana Lind spoke. Prime  Minister Ana Lind left.")
    splitter = DocumentSplitter(view, GAZETTEER, INDEX)
    titles = [s.title for group in _segments(view, splitter.split) for s in group]
    assert titles == ["Prime Minister", "Prime  Minister"]


def test_title_prefixes_hold_every_prefix_of_every_title_key() -> None:
    for key in GAZETTEER.titles:
        assert all(key[:size] in INDEX.title_prefixes for size in range(1, len(key) + 1))
    assert all(cue[-1] in INDEX.affiliation_ends for cue in GAZETTEER.affiliation_cues)


def _known_backward(splitter: _RunSplitter, i: int, limit: int) -> tuple[int, object]:
    """The longest listed name from *i*, read from the longest candidate down."""
    words = splitter.words
    for j in range(limit, i, -1):
        if words[j - 1] in _GAPS or (j - 1 in splitter.weak and j - 1 != i):
            continue
        known = GAZETTEER.names.get(surface_key("".join(words[i:j])))
        if known is not None:
            return j, known
    return splitter.known_forward(i, i)  # no name: only the word in capitals is looked up


_LISTED = st.lists(
    st.sampled_from(["New York", "U.S.", "United States", "of", "the", "Bank", "Ana", "Paris"]),
    min_size=1,
    max_size=20,
).map(" ".join)


@settings(deadline=None)
@given(_LISTED)
def test_listed_names_read_forward_are_those_read_backward(text: str) -> None:
    view = _view(text)
    for first, end in view.sentences:
        for run in sentence_runs(view, GAZETTEER, first, end):
            splitter = _RunSplitter(run, view, GAZETTEER, INDEX)
            for i in run.tokens:
                limit = min(splitter.end, i + 2 * GAZETTEER.max_name_tokens)
                assert splitter.known_forward(i, limit) == _known_backward(splitter, i, limit)


def test_starts_name_knows_the_prefixes_of_listed_names() -> None:
    assert INDEX.starts_name("NewY")
    assert INDEX.starts_name("UnitedStates")
    assert not INDEX.starts_name("U.S.U.S.U.S.")
