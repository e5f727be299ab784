"""Start-up: ``import newsparse`` stays light, and a pipeline imports only what it uses.

Each check runs a new interpreter, since this one has imported everything
already.  The budgets themselves (import under 150 ms, first parse under
0.5 s) are measured by ``benchmarks/bench_startup.py``, not here.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

import newsparse
import newsparse.plugins.manager
from newsparse.pipeline import DEFAULT_PIPELINE
from newsparse.plugins import PluginHost

#: Imported on first use only: none of them by ``import newsparse``.
HEAVY_ON_IMPORT = (
    "newsparse.model",
    "newsparse.hooks",
    "newsparse.pipeline",
    "newsparse.plugins",
    "newsparse.lexicon",
    "newsparse.render",
    "newsparse.batch",
    "newsparse.cli",
    "newsparse.builtin",
    "attr",
    "pluggy",
    "importlib.metadata",
    "importlib.resources",
    "tomllib",
    "html",
    "json",
)

#: Needed by the HTML view, the command line, archives, configuration files
#: or the Stanza processors only: a fast parse imports none of them.
UNUSED_BY_A_PARSE = (
    "newsparse.render",
    "newsparse.batch",
    "newsparse.cli",
    "newsparse.io",
    "newsparse.testing",
    "newsparse.builtin.stanza.processors",
    "newsparse.builtin.stanza.commands",
    "html",
    "tomllib",
    "stanza",
    "torch",
    "spacy",
)


def modules_after(code: str) -> set[str]:
    """Return the modules a new interpreter has imported after running *code*."""
    script = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    """The *names* that are in *modules*, or are packages with a module in it."""
    return sorted(
        name for name in names if any(m == name or m.startswith(name + ".") for m in modules)
    )


def test_import_newsparse_imports_no_heavy_module() -> None:
    assert loaded(modules_after("import newsparse"), HEAVY_ON_IMPORT) == []


def test_a_fast_parse_imports_neither_the_views_nor_the_command_line() -> None:
    code = (
        "import newsparse\n"
        "newsparse.parse('“We are ready,” the mayor said on Monday.', pipeline='fast')"
    )
    assert loaded(modules_after(code), UNUSED_BY_A_PARSE) == []


@pytest.mark.parametrize("name", newsparse.__all__)
def test_every_public_name_imports_from_a_new_interpreter(name: str) -> None:
    modules = modules_after(f"from newsparse import {name}")
    assert "newsparse" in modules


def test_lazy_names_are_their_homes_objects() -> None:
    from newsparse.hooks import hookimpl
    from newsparse.model import Document
    from newsparse.pipeline import FailedDocument, Pipeline, PipelineSpec, ProcessorSpec
    from newsparse.render import render_html

    homes = {
        "Document": Document,
        "FailedDocument": FailedDocument,
        "Pipeline": Pipeline,
        "PipelineSpec": PipelineSpec,
        "ProcessorSpec": ProcessorSpec,
        "hookimpl": hookimpl,
        "render_html": render_html,
    }
    for name, obj in homes.items():
        assert getattr(newsparse, name) is obj
    assert set(newsparse.__all__) <= set(dir(newsparse))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Pipelin'"):
        newsparse.Pipelin  # noqa: B018
    assert not hasattr(newsparse, "Pipelin")


def test_parse_defaults_to_the_default_pipeline() -> None:
    default = inspect.signature(newsparse.parse).parameters["pipeline"].default
    assert default == DEFAULT_PIPELINE


def test_a_plugin_host_reads_the_entry_points_once(monkeypatch: pytest.MonkeyPatch) -> None:
    real: Callable[..., Any] = newsparse.plugins.manager.entry_points
    calls: list[dict[str, Any]] = []

    def counted(**params: Any) -> Any:
        calls.append(params)
        return real(**params)

    monkeypatch.setattr(newsparse.plugins.manager, "entry_points", counted)
    host = PluginHost(disable=["broken", "misspelled", "crashing", "raising"])
    assert calls == [{"group": "newsparse"}]
    fast = {info.name: info for info in host.describe()}["fast"]
    assert fast.distribution == "newsparse"
    assert fast.version == newsparse.__version__
    assert fast.source.startswith("entry point newsparse.builtin.fast")


def test_a_cue_lexicon_compiles_its_pattern_on_first_use() -> None:
    from newsparse.attribution import CueLexicon

    lexicon = CueLexicon([("say", "speech"), ("point out", "speech")])
    assert "pattern" not in vars(lexicon)
    found = lexicon.pattern.search("He pointed  out that she had said so.")
    assert found is not None and found.group() == "pointed  out"
    assert "pattern" in vars(lexicon)


def test_extending_a_cue_lexicon_by_nothing_keeps_it() -> None:
    from newsparse.attribution import CueLexicon

    lexicon = CueLexicon([("say", "speech")])
    assert lexicon.extended([]) is lexicon
    assert "grumble" in lexicon.extended(["grumble"])
