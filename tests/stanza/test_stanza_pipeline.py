"""The Stanza processors end to end, through a real ``stanza.Pipeline`` with tiny models."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.builtin.stanza import models
from newsparse.builtin.stanza.cache import StanzaPipelines
from newsparse.builtin.stanza.plugin import (
    StanzaPlugin,
    segment_spec,
)
from newsparse.builtin.stanza.settings import CONFIG_DEFAULTS, StanzaSettings
from newsparse.model import Document, Entity, Token
from newsparse.plugins import PluginHost
from newsparse.text.paragraphs import paragraph_spans

from .tiny_models import TinyModels

pytestmark = pytest.mark.stanza

NEWS = (
    "Angela Merkel said Huawei would invest US$3.4-billion in Canada.\n\n"
    "“We cannot accept this,” said Mr. Putin, the Gazprom’s chief executive.  "
    "Prices rose 4.2% in the U.S. last year, according to Reuters.\n"
    "\tInflation in Germany reached 7.5%, the highest since 1991.\n"
)


class RecordingPipeline:
    """Delegates to a real stanza.Pipeline and records each bulk_process batch size."""

    def __init__(self, pipeline: Any, calls: list[int]) -> None:
        self.pipeline = pipeline
        self.calls = calls

    def bulk_process(self, docs: list[Any]) -> Any:
        self.calls.append(len(docs))
        return self.pipeline.bulk_process(docs)


class RecordingPipelines(StanzaPipelines):
    """Real Stanza pipelines, with their bulk_process calls recorded per processor list."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: dict[tuple[str, ...], list[int]] = {}

    def get(self, settings: StanzaSettings) -> Any:
        calls = self.calls.setdefault(settings.processors, [])
        return RecordingPipeline(super().get(settings), calls)


@pytest.fixture(scope="module")
def config(tiny_models: TinyModels) -> dict[str, Any]:
    return {**CONFIG_DEFAULTS, **tiny_models.config()}


@pytest.fixture(scope="module")
def segmenter(config: dict[str, Any]) -> Any:
    return segment_spec().factory(config)


def assert_well_formed(doc: Document) -> None:
    """Tokens inside sentences inside paragraphs, every span trimmed, ids in order."""
    text = doc.text
    assert [(p.start, p.end) for p in doc.layer("paragraphs")] == paragraph_spans(text)
    tokens_in_sentences = 0
    for sentence in doc.sentences:
        assert (
            sum(
                p.start <= sentence.start and sentence.end <= p.end for p in doc.layer("paragraphs")
            )
            == 1
        )
        inside = sentence.tokens
        assert inside and inside[0].start == sentence.start and inside[-1].end == sentence.end
        tokens_in_sentences += len(inside)
    assert tokens_in_sentences == len(doc.tokens)
    for token in doc.tokens:
        assert token.text and token.text == token.text.strip()
        assert token.start < token.end
    starts = [t.start for t in doc.tokens]
    assert starts == sorted(starts)
    assert [t.id for t in doc.tokens] == [f"t{i + 1}" for i in range(len(doc.tokens))]


def test_segmentation_offsets_match_the_text(segmenter: Any) -> None:
    doc = Document(NEWS)
    doc = doc.with_layers(segmenter(doc))
    assert_well_formed(doc)
    words = [t.text for t in doc.tokens]
    assert words[words.index("We") : words.index("We") + 4] == ["We", "can", "not", "accept"]
    assert "“" in words and "”" in words and "Mr." in words and "U.S." in words
    assert (
        doc.sentences[0].text == "Angela Merkel said Huawei would invest US$3.4-billion in Canada."
    )


def test_the_stanza_pipeline_runs_end_to_end(config: dict[str, Any]) -> None:
    pipeline = newsparse.Pipeline(
        ["stanza.segment", "stanza.syntax", "stanza.entities"], config=config
    )
    doc = pipeline(NEWS, id="news")
    assert doc.pipeline == ("stanza.segment", "stanza.syntax", "stanza.entities")
    assert_well_formed(doc)
    found = {(e.text, e.annotation.label) for e in doc.entities}
    assert {("Angela Merkel", "PERSON"), ("Huawei", "ORG"), ("Canada", "GPE")} <= found
    for entity in doc.entities:
        assert isinstance(entity.annotation, Entity)
        assert entity.tokens and entity.tokens[0].start == entity.start
        assert entity.tokens[-1].end == entity.end
    gazprom = [e.annotation for e in doc.entities if e.text.startswith("Gazprom")]
    assert all(e.name == "Gazprom" for e in gazprom)
    for sentence in doc.sentences:
        tokens = [t.annotation for t in sentence.tokens]
        ids = {t.id for t in tokens}
        assert all(isinstance(t, Token) and t.upos and t.deprel for t in tokens)
        assert sum(t.head is None for t in tokens) == 1
        assert all(t.head in ids for t in tokens if t.head is not None)


def test_the_named_stanza_pipeline_with_the_rule_stages(config: dict[str, Any]) -> None:
    pipeline = newsparse.Pipeline("stanza", config=config)
    doc = pipeline(NEWS)
    assert doc.pipeline[:3] == ("stanza.segment", "stanza.syntax", "stanza.entities")
    assert doc.has_layer("quotes") and doc.has_layer("numeric_claims")
    assert newsparse.Pipeline("auto", config=config).name == "stanza"


def test_syntax_and_entities_run_on_tokens_from_another_segmenter(config: dict[str, Any]) -> None:
    pipeline = newsparse.Pipeline(
        ["fast.segment", "stanza.syntax", "stanza.entities"], config=config
    )
    doc = pipeline(NEWS)
    assert doc.tokens and all(t.annotation.upos for t in doc.tokens)
    assert {e.text for e in doc.entities} >= {"Angela Merkel", "Canada"}


def test_pipe_sends_each_batch_to_stanza_in_one_bulk_process_call(
    config: dict[str, Any],
) -> None:
    pipelines = RecordingPipelines()
    host = PluginHost(entry_points=False, plugins={"stanza": StanzaPlugin(pipelines)})
    pipeline = newsparse.Pipeline(
        ["stanza.segment", "stanza.syntax", "stanza.entities"], config=config, plugins=host
    )
    texts = [NEWS, "Mr. Merkel met Li Qiang in Beijing on Monday.", "", NEWS.upper(), NEWS[:80]]
    batched = list(pipeline.pipe(texts, batch_size=3))
    assert pipelines.calls[("tokenize", "mwt")] == [4, 5]  # paragraphs of docs 1-3, then 4-5
    assert pipelines.calls[("pos", "lemma", "depparse")] == [2, 2]  # docs with sentences
    assert pipelines.calls[("ner",)] == [2, 2]
    assert len(pipelines) == 3
    one_by_one = [pipeline(text) for text in texts]
    assert [d.layers for d in batched] == [d.layers for d in one_by_one]
    assert len(pipelines) == 3  # the same three Stanza pipelines, reused


def test_one_stanza_pipeline_per_configuration(config: dict[str, Any]) -> None:
    pipelines = StanzaPipelines()
    first = segment_spec(pipelines).factory(config)
    second = segment_spec(pipelines).factory(config)
    doc = Document("Prices rose 4.2% in Canada.")
    assert first(doc) == second(doc)
    assert len(pipelines) == 1
    other = segment_spec(pipelines).factory(
        {**config, "stanza.options": {"tokenize_batch_size": 8}}
    )
    other(doc)
    assert len(pipelines) == 2


@settings(deadline=None)
@given(st.text(max_size=120) | st.text(alphabet="Ab .,“”\"'’\n\t\u00a0%$-", max_size=120))
def test_any_text_segments_without_crashing_into_valid_offsets(segmenter: Any, text: str) -> None:
    doc = Document(text)
    update = segmenter(doc)
    assert_well_formed(doc.with_layers(update))
    assert segmenter(doc) == update


# -- downloading: a local server stands in for Stanza's model host --------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _publish(tiny: TinyModels, root: Path, port: int) -> None:
    """Lay out the tiny models as Stanza's host serves a 'default' package."""
    import stanza

    names = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner", "pretrain")
    (root / "en").mkdir(parents=True)
    with zipfile.ZipFile(root / "en" / "default.zip", "w") as archive:
        for name in names:
            archive.write(tiny.path(name), f"{name}/tiny.pt")
    needs_vectors = {"pos", "depparse", "ner"}
    english: dict[str, Any] = {
        "lang_name": "English",
        "default_md5": _md5(root / "en" / "default.zip"),
        "default_processors": {n: "tiny" for n in names if n != "pretrain"},
    }
    english["packages"] = {"default": english["default_processors"]}
    for name in names:
        entry: dict[str, Any] = {"md5": _md5(tiny.path(name))}
        if name in needs_vectors:
            entry["dependencies"] = [{"model": "pretrain", "package": "tiny"}]
        english[name] = {"tiny": entry}
    index = {"url": f"http://127.0.0.1:{port}/{{lang}}/{{filename}}", "en": english}
    version = stanza.__resources_version__
    (root / f"resources_{version}.json").write_text(json.dumps(index), encoding="utf-8")


@pytest.fixture
def model_host(tiny_models: TinyModels, tmp_path: Path) -> Iterator[str]:
    served = tmp_path / "served"
    served.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    _publish(tiny_models, served, server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def run_cli(args: Sequence[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse.cli.main", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=600,
    )


def test_models_download_installs_a_package_the_pipeline_then_finds(
    model_host: str, tmp_path: Path
) -> None:
    target = tmp_path / "models"
    result = run_cli(["models", "download", "--dir", str(target)], STANZA_RESOURCES_URL=model_host)
    assert result.returncode == 0, result.stderr
    assert f"are in {target}" in result.stdout
    assert "default.zip" in result.stderr  # Stanza's progress and log lines
    models.check({"stanza.dir": str(target)})
    listing = run_cli(["models", "list", "--dir", str(target)])
    assert "has every model it needs" in listing.stdout
    pipeline = newsparse.Pipeline(
        ["stanza.segment", "stanza.syntax", "stanza.entities"], config={"stanza.dir": str(target)}
    )
    doc = pipeline("Angela Merkel said Huawei would invest US$3.4-billion in Canada.")
    assert ("Angela Merkel", "PERSON") in {(e.text, e.annotation.label) for e in doc.entities}


def test_opting_in_to_download_fetches_missing_models_on_first_use(
    model_host: str, tmp_path: Path
) -> None:
    target = tmp_path / "models"
    config = {
        "stanza.dir": str(target),
        "stanza.download": True,
        "stanza.resources_url": model_host,
    }
    pipeline = newsparse.Pipeline(["stanza.segment", "stanza.entities"], config=config)
    doc = pipeline("Prices rose 4.2% in the U.S. last year, according to Reuters.")
    assert (target / "resources.json").is_file()
    assert ("Reuters", "ORG") in {(e.text, e.annotation.label) for e in doc.entities}


@pytest.fixture(scope="module")
def stanza_stages(config: dict[str, Any]) -> newsparse.Pipeline:
    return newsparse.Pipeline(["stanza.segment", "stanza.syntax", "stanza.entities"], config=config)


@settings(deadline=None)
@given(st.text(max_size=150) | st.text(alphabet="Ab .,“”\"'’\n\t\u00a0\u200b%$-", max_size=150))
def test_any_text_gets_trees_inside_sentences_and_trimmed_entities(
    stanza_stages: newsparse.Pipeline, text: str
) -> None:
    doc = stanza_stages(text)
    for sentence in doc.sentences:
        tokens = [t.annotation for t in sentence.tokens]
        ids = {t.id for t in tokens}
        assert all(isinstance(t, Token) and (t.head is None or t.head in ids) for t in tokens)
    for entity in doc.entities:
        assert entity.text == entity.text.strip() and entity.annotation.name
    assert stanza_stages(text).layers == doc.layers
