from __future__ import annotations

import pytest

from newsparse import hookimpl
from newsparse.errors import PluginError, PluginLoadError
from newsparse.pipeline import ProcessorSpec
from newsparse.plugins import PluginHost, PluginLoadWarning

from .toy_plugins import ToySegmenter, toy_plugins


class Misspelled:
    @hookimpl
    def newsparse_segmentrs(self) -> list[ProcessorSpec]:
        return []


class WrongStage:
    @hookimpl
    def newsparse_segmenters(self) -> list[ProcessorSpec]:
        return [ProcessorSpec(name="w.ner", stage="entities", factory=lambda c: lambda d: {})]


class Raises:
    @hookimpl
    def newsparse_segmenters(self) -> list[ProcessorSpec]:
        raise RuntimeError("boom")


def test_in_code_plugins_are_described() -> None:
    h = PluginHost(entry_points=False, plugins=toy_plugins())
    infos = {i.name: i for i in h.describe()}
    assert infos["toy-seg"].hooks == ("newsparse_segmenters",)
    assert infos["toy-seg"].source == "registered in code"
    assert set(h.processor_specs()) == {"toy.segment", "toy.names", "heavy.entities"}
    assert h.config_defaults() == {"heavy.models": False}


def test_disabled_plugins_are_not_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    h = PluginHost(entry_points=False, plugins=toy_plugins(), disable=["heavy"])
    assert "heavy" not in h.plugin_names()
    monkeypatch.setenv("NEWSPARSE_DISABLE_PLUGINS", " toy-seg , heavy")
    h = PluginHost(entry_points=False, plugins=toy_plugins())
    assert h.plugin_names() == ["toy-names"]


def test_misspelled_hook_is_a_load_error() -> None:
    with pytest.warns(
        PluginLoadWarning, match="newsparse_segmentrs, which is not a newsparse hook"
    ):
        h = PluginHost(entry_points=False, plugins={"bad": Misspelled()})
    assert h.plugin_names() == [] and h.failures[0].name == "bad"
    with pytest.raises(PluginLoadError, match="newsparse_segmentrs"):
        PluginHost(entry_points=False, plugins={"bad": Misspelled()}, strict=True)


def test_duplicate_processor_names_name_both_plugins() -> None:
    h = PluginHost(entry_points=False, plugins={"one": ToySegmenter(), "two": ToySegmenter()})
    with pytest.raises(
        PluginError, match="'toy.segment' is registered by both plugin 'one' and plugin 'two'"
    ):
        h.processor_specs()


def test_stage_hooks_check_the_stage() -> None:
    h = PluginHost(entry_points=False, plugins={"w": WrongStage()})
    with pytest.raises(PluginError, match="register it with the hook of its stage"):
        h.processor_specs()


def test_a_raising_registry_hook_names_its_plugin() -> None:
    h = PluginHost(entry_points=False, plugins={"r": Raises()})
    with pytest.warns(PluginLoadWarning, match="Plugin 'r' raised in newsparse_segmenters"):
        assert h.processor_specs() == {}
    assert [f.name for f in h.failures] == ["r"]
    strict = PluginHost(entry_points=False, plugins={"r": Raises()}, strict=True)
    with pytest.raises(PluginLoadError, match="Plugin 'r' raised in newsparse_segmenters"):
        strict.processor_specs()
