"""The attribution toolkit is public, reads its cues from the lexicon and splits text it must."""

from __future__ import annotations

import doctest

import pytest

import newsparse.attribution
from newsparse import hookimpl
from newsparse.attribution import CueLexicon, cues_by_class, strip_titles
from newsparse.builtin.quotes.processor import make_quote_extractor
from newsparse.lexicon import LEXICON_KEY, LexiconError, WordList, default_lexicon
from newsparse.model import Document
from newsparse.pipeline import Pipeline
from newsparse.plugins import PluginHost
from newsparse.text import minimal_sentences


def test_the_package_example_runs() -> None:
    result = doctest.testmod(newsparse.attribution)
    assert result.attempted > 0 and result.failed == 0


def test_cues_come_from_the_lexicon_table() -> None:
    lexicon = default_lexicon().extended({"cue_verbs": WordList(add=["harrumph\tquotation"])})
    assert "harrumph" in cues_by_class(lexicon)["quotation"]
    cues = CueLexicon.from_lexicon(lexicon)
    entry = cues.lookup("harrumphed")
    assert entry is not None and entry.cue_class == "quotation"
    assert CueLexicon.default().lookup("harrumphed") is None


def test_an_unknown_cue_class_is_named() -> None:
    lexicon = default_lexicon().extended({"cue_verbs": WordList(add=["mumble\twhisper"])})
    with pytest.raises(LexiconError, match="'mumble' the class 'whisper': use one of speech"):
        CueLexicon.from_lexicon(lexicon)


def test_the_quote_extractor_reads_the_pipeline_lexicon() -> None:
    text = "\u201cWe will rebuild the bridge,\u201d Dana Whitcombe harrumphed."
    lexicon = default_lexicon().extended({"cue_verbs": WordList(add=["harrumph\tspeech"])})
    with_cue = make_quote_extractor({LEXICON_KEY: lexicon}).extract(Document(text))
    assert [(q.speaker.name if q.speaker else None) for q in with_cue] == ["Dana Whitcombe"]
    assert with_cue[0].cue is not None and text[with_cue[0].cue.start : with_cue[0].cue.end] == (
        "harrumphed"
    )
    without = make_quote_extractor({}).extract(Document(text))
    assert all(q.cue is None for q in without)


class HarrumphPlugin:
    @hookimpl
    def newsparse_word_lists(self) -> dict[str, WordList]:
        return {"cue_verbs": WordList(add=["harrumph\tspeech"])}


def test_a_plugin_cue_reaches_the_fast_pipeline() -> None:
    text = "Officials met on Monday.\n\n\u201cThe plan is sound,\u201d Dana Whitcombe harrumphed."
    host = PluginHost(plugins={"harrumph": HarrumphPlugin()})
    doc = Pipeline("fast", plugins=host)(text)
    cues = [text[q.cue.start : q.cue.end] for q in doc.layer("quotes") if q.cue is not None]
    assert cues == ["harrumphed"]


def test_strip_titles_gives_canonical_person_names() -> None:
    assert strip_titles("former Prime Minister Justin Trudeau's") == "Justin Trudeau"
    assert strip_titles("Const. Amy Lee") == "Amy Lee"


def test_minimal_sentences_know_the_lexicon_abbreviations() -> None:
    text = "Gov. Ames met Sen. Ruiz in Springfield, Ill. Tuesday. They spoke. U.S. aid came."
    assert [text[s:e] for s, e in minimal_sentences(text, 0, len(text))] == [
        "Gov. Ames met Sen. Ruiz in Springfield, Ill. Tuesday.",
        "They spoke.",
        "U.S. aid came.",
    ]
