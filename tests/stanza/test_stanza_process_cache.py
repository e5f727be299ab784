"""Stanza pipelines are loaded once per configuration per process."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.builtin.stanza.plugin import plugin

from .tiny_models import TinyModels

pytestmark = pytest.mark.stanza


def test_separate_pipelines_in_one_process_share_loaded_stanza_pipelines(
    tiny_models: TinyModels,
) -> None:
    config = tiny_models.config()
    text = "Mr. Smith said trade rose 4.2% in Canada.\n"
    first = newsparse.Pipeline("stanza", config=config)(text)
    loaded = len(plugin.pipelines)
    assert loaded >= 1
    second = newsparse.parse(text, pipeline="stanza", config=config)
    assert len(plugin.pipelines) == loaded, "a new newsparse pipeline reloaded Stanza"
    assert second.layers == first.layers
