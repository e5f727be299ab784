"""The example plugins of docs/examples run as documented."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from newsparse import Pipeline
from newsparse.plugins import PluginHost
from newsparse.testing import check_processor, news_text

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
TEXT = "On Monday, Ada Vell of Northwind Traders said 300 people would join in March.\n"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def host() -> PluginHost:
    return PluginHost(plugins={"tidy": load("tidy_entities")})


def test_the_wrapper_replaces_the_stage_and_drops_the_labels(host: PluginHost) -> None:
    plain = Pipeline("fast")(TEXT)
    tidy = Pipeline("fast", use={"entities": "tidy.entities"}, plugins=host)
    assert "tidy.entities" in tidy.processor_names and "fast.entities" not in tidy.processor_names
    doc = tidy(TEXT)
    dropped = {"DATE", "TIME", "CARDINAL"}
    expected = [
        (e.start, e.end, e.annotation.label)
        for e in plain.entities
        if e.annotation.label not in dropped
    ]
    assert [(e.start, e.end, e.annotation.label) for e in doc.entities] == expected
    assert any(e.annotation.label == "DATE" for e in plain.entities)
    assert [e.id for e in doc.layer("entities")] == [f"e{i + 1}" for i in range(len(expected))]


def test_the_wrapper_keeps_the_processor_contract(host: PluginHost) -> None:
    spec = host.processor_specs()["tidy.entities"][0]
    check_processor(spec, plugins=host, texts=news_text(), max_examples=20)
