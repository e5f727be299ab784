"""Discovery, blocking and replacing through real installed plugin distributions.

``tests/plugin_packages/newsparse-acme`` and ``newsparse-broken`` are installed
into the test environment (see ``tox.ini``).
"""

from __future__ import annotations

import importlib.util
import os

import pytest

from newsparse import Pipeline
from newsparse.errors import PluginLoadError, ProcessingError
from newsparse.io.jsonio import document_from_json
from newsparse.plugins import PluginHost, PluginLoadWarning

if importlib.util.find_spec("newsparse_acme") is None:  # pragma: no cover
    if os.environ.get("CI"):
        raise RuntimeError("tests/plugin_packages must be installed in CI (see tox.ini)")
    pytest.skip("the test plugin packages are not installed", allow_module_level=True)

BUILTINS = {"fast", "numbers", "pipelines", "quotes", "stanza"}


def test_builtins_and_third_party_plugins_are_discovered_alike() -> None:
    infos = {info.name: info for info in PluginHost().describe()}
    assert BUILTINS | {"acme"} <= set(infos)
    assert infos["acme"].distribution == "newsparse-acme"
    assert infos["acme"].version == "1.2.0"
    assert infos["acme"].source == "entry point newsparse_acme.plugin"
    assert infos["fast"].distribution == "newsparse"
    assert "newsparse_entity_recognizers" in infos["acme"].hooks


def test_a_third_party_processor_replaces_a_builtin_stage_by_name() -> None:
    pipe = Pipeline("fast", use={"entities": "acme.entities"})
    assert "fast.entities" not in pipe.processor_names
    doc = pipe("Acme bought Globex. Mr. Smith said so.")
    assert [(e.text, e.annotation.label) for e in doc.entities] == [
        ("Acme", "ORG"),
        ("Globex", "ORG"),
    ]


def test_plugin_pipeline_config_and_layer_round_trip() -> None:
    pipe = Pipeline("acme", config={"acme.organisations": ["Initech"]})
    doc = pipe("Initech is here! Really!! Calm now.")
    loud = doc.layer("acme.loudness")
    assert [doc.text_of(a) for a in loud] == ["Initech is here!", "Really!!"]
    back = document_from_json(doc.to_json(), PluginHost().layer_types())
    assert back == doc
    assert type(back.layer("acme.loudness")[0]).__name__ == "Loud"


def test_blocking_a_plugin_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "acme" not in PluginHost(disable=["acme"]).plugin_names()
    monkeypatch.setenv("NEWSPARSE_DISABLE_PLUGINS", "acme,broken,misspelled,crashing,raising")
    assert "acme" not in PluginHost().plugin_names()
    with pytest.raises(Exception, match="No processor is named 'acme.entities'"):
        Pipeline("fast", use={"entities": "acme.entities"})


def test_faulty_plugins_are_reported_and_do_not_break_the_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEWSPARSE_DISABLE_PLUGINS")
    with pytest.warns(PluginLoadWarning) as record:
        host = PluginHost()
    messages = [str(w.message) for w in record]
    assert any("Plugin 'broken'" in m and "ModuleNotFoundError" in m for m in messages)
    assert any("newsparse_segmentrs" in m for m in messages)
    assert {f.name for f in host.failures} == {"broken", "misspelled"}
    assert BUILTINS | {"acme", "crashing"} <= set(host.plugin_names())
    with pytest.raises(PluginLoadError, match="Plugin '(broken|misspelled)'"):
        PluginHost(strict=True)


def test_a_processor_that_raises_is_reported_with_plugin_and_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSPARSE_DISABLE_PLUGINS", "broken,misspelled,raising")
    pipe = Pipeline(["crashing.explode"])
    with pytest.raises(ProcessingError) as info:
        pipe("Anything.", id="article-7")
    assert str(info.value) == (
        "Processor 'crashing.explode' of plugin 'crashing' failed on document 'article-7': "
        "RuntimeError: the crashing plugin always fails"
    )
    assert isinstance(info.value.__cause__, RuntimeError)
