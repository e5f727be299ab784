"""The ``rules.quotes`` processor: spec, configuration, plugin hooks and pipelines."""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import Pipeline, hookimpl
from newsparse.attribution.cue_lexicon import CueLexicon
from newsparse.builtin import pipelines as builtin_pipelines
from newsparse.builtin.quotes import plugin as quotes_plugin
from newsparse.builtin.quotes.processor import (
    CONFIG_DEFAULTS,
    QuoteExtractor,
    make_quote_extractor,
    quotes_spec,
)
from newsparse.errors import PipelineConfigError
from newsparse.model import Document, Quote, Sentence, Token
from newsparse.pipeline.processor import ProcessorSpec
from newsparse.plugins import PluginHost

TEXT = "The crowd was large.\n\n“It was a great day,” Ana Silva harrumphed. Ana Silva left early."


def test_spec_declares_the_stage_and_layers() -> None:
    spec = quotes_spec()
    assert spec.name == "rules.quotes"
    assert spec.stage == "quotes"
    assert spec.requires == {"sentences", "tokens"}
    assert spec.provides == {"quotes"}
    assert isinstance(spec.factory(dict(CONFIG_DEFAULTS)), QuoteExtractor)


def test_plugin_hooks_register_the_processor_and_its_keys() -> None:
    specs = quotes_plugin.newsparse_quote_extractors()
    assert [spec.name for spec in specs] == ["rules.quotes"]
    defaults = quotes_plugin.newsparse_config_defaults()
    assert set(defaults) == {"quotes.extra_cues", "quotes.syntax", "quotes.floating"}
    assert all(key.startswith("quotes.") for key in defaults)


def test_layer_update_is_sorted_with_conventional_ids() -> None:
    doc = Document("“A long quotation here,” she said. Kim Lee said the plan would work.")
    update = QuoteExtractor()(doc)
    quotes = list(update["quotes"])
    assert all(isinstance(q, Quote) for q in quotes)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert [q.id for q in quotes] == [f"q{n + 1}" for n in range(len(quotes))]


#: A verb outside the lexicon with a reported clause: a quote only with the verb as cue.
INDIRECT = "The crowd was large.\n\nAna Silva harrumphed that it was a great day. She left."


def test_extra_cues_from_configuration() -> None:
    plain = make_quote_extractor(dict(CONFIG_DEFAULTS)).extract(Document(INDIRECT))
    extended = make_quote_extractor({**CONFIG_DEFAULTS, "quotes.extra_cues": ["harrumph"]}).extract(
        Document(INDIRECT)
    )
    attributed = [q for q in extended if q.speaker is not None]
    assert [INDIRECT[q.start : q.end] for q in attributed] == ["that it was a great day"]
    assert attributed[0].speaker is not None and attributed[0].speaker.name == "Ana Silva"
    assert all(q.speaker is None for q in plain)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("quotes.syntax", "sometimes", "quotes.syntax"),
        ("quotes.extra_cues", ["grumble:loudly"], "use one of"),
        ("quotes.extra_cues", 3, "give a list of verbs"),
    ],
)
def test_bad_configuration_is_a_clear_error(key: str, value: Any, message: str) -> None:
    with pytest.raises(PipelineConfigError, match=message):
        make_quote_extractor({**CONFIG_DEFAULTS, key: value})


def test_floating_can_be_switched_off() -> None:
    text = "“We're not giving up,” Kim Moran said.\n\n“I can't believe this is our life.”"
    on = make_quote_extractor(dict(CONFIG_DEFAULTS)).extract(Document(text))
    off = make_quote_extractor({**CONFIG_DEFAULTS, "quotes.floating": False}).extract(
        Document(text)
    )
    assert [q.speaker is not None for q in on] == [True, True]
    assert [q.speaker is not None for q in off] == [True, False]


def test_syntax_can_be_switched_off() -> None:
    # ``each`` before the cue hides the subject from the word patterns, not from the tree
    text = "The two ministers each said the building would reopen."
    words = ["The", "two", "ministers", "each", "said", "the", "building", "would"]
    words += ["reopen", "."]
    heads = [(3, "det"), (3, "nummod"), (5, "nsubj"), (5, "advmod"), (0, "root")]
    heads += [(7, "det"), (9, "nsubj"), (9, "aux"), (5, "ccomp"), (5, "punct")]
    tokens = []
    cursor = 0
    for n, (word, (head, relation)) in enumerate(zip(words, heads, strict=True)):
        start = text.index(word, cursor)
        cursor = start + len(word)
        tokens.append(
            Token(
                id=f"t{n + 1}",
                start=start,
                end=cursor,
                head=f"t{head}" if head else None,
                deprel=relation,
            )
        )
    doc = Document(
        text, {"sentences": [Sentence(id="s1", start=0, end=len(text))], "tokens": tokens}
    )
    with_trees = make_quote_extractor(dict(CONFIG_DEFAULTS)).extract(doc)
    without = make_quote_extractor({**CONFIG_DEFAULTS, "quotes.syntax": "off"}).extract(doc)
    assert len(with_trees) == 1 and without == []


class GrumblePlugin:
    """A third-party plugin that registers a quote extractor with an extended lexicon."""

    @staticmethod
    @hookimpl
    def newsparse_quote_extractors() -> list[ProcessorSpec]:
        lexicon = CueLexicon.default().extended(["harrumph"])
        return [
            ProcessorSpec(
                name="grumble.quotes",
                stage="quotes",
                factory=lambda config: QuoteExtractor(lexicon),
                requires={"sentences", "tokens"},
                provides={"quotes"},
            )
        ]


def _host(**extra: object) -> PluginHost:
    fast = pytest.importorskip("newsparse.builtin.fast.plugin")
    return PluginHost(
        entry_points=False,
        plugins={
            "fast": fast,
            "quotes": quotes_plugin,
            "pipelines": builtin_pipelines,
            **extra,
        },
    )


def test_pipeline_runs_rules_quotes_after_the_fast_front_end() -> None:
    pipeline = Pipeline(
        ["fast.segment", "fast.entities", "rules.quotes"],
        plugins=_host(),
        config={"quotes.extra_cues": ["harrumph"]},
    )
    doc = pipeline(TEXT)
    assert pipeline.processor_names[-1] == "rules.quotes"
    quotes = [q for q in doc.layer("quotes") if isinstance(q, Quote) and q.speaker is not None]
    assert [TEXT[q.start : q.end] for q in quotes] == ["“It was a great day,”"]


def test_a_plugin_replaces_the_quote_stage_with_its_own_lexicon() -> None:
    pipeline = Pipeline(
        ["fast.segment", "fast.entities", "rules.quotes"],
        use={"quotes": "grumble.quotes"},
        plugins=_host(grumble=GrumblePlugin()),
    )
    doc = pipeline(TEXT)
    assert "grumble.quotes" in pipeline.processor_names
    quotes = [q for q in doc.layer("quotes") if isinstance(q, Quote) and q.speaker is not None]
    assert [TEXT[q.start : q.end] for q in quotes] == ["“It was a great day,”"]
