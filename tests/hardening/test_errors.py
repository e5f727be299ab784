"""Errors on faulty plugins and bad options name their source in one sentence."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsparse import Pipeline, hookimpl
from newsparse.cli.main import main
from newsparse.errors import (
    PipelineConfigError,
    PluginError,
    PluginLoadError,
    ProcessingError,
)
from newsparse.model import Document, Token, layer_id
from newsparse.pipeline import ProcessorSpec
from newsparse.plugins import PluginHost, PluginLoadWarning

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "summit_state_visit.txt"


def _tokens(doc: Document) -> dict[str, Any]:
    return {
        "tokens": [
            Token(id=layer_id("tokens", i), start=m.start(), end=m.end())
            for i, m in enumerate(re.finditer(r"\S+", doc.text))
        ],
        "sentences": [],
    }


class Returns:
    """A plugin whose processor ``odd.segment`` returns whatever it was given."""

    def __init__(self, value: Callable[[Document], Any]) -> None:
        self.value = value

    @hookimpl
    def newsparse_segmenters(self) -> list[ProcessorSpec]:
        return [
            ProcessorSpec(
                name="odd.segment",
                stage="segment",
                factory=lambda config: self.value,
                provides={"tokens", "sentences"},
            )
        ]


class FactoryFails:
    """A plugin whose processor cannot be created (a model file is missing)."""

    @hookimpl
    def newsparse_segmenters(self) -> list[ProcessorSpec]:
        def factory(config: Any) -> Any:
            raise FileNotFoundError(2, "No such file or directory", "/models/odd.bin")

        return [ProcessorSpec(name="odd.segment", stage="segment", factory=factory)]


class RaisesInRegistry:
    """A plugin that imports fine and raises when asked for its processors."""

    @hookimpl
    def newsparse_entity_recognizers(self) -> list[ProcessorSpec]:
        raise ValueError("cannot list")


def _host(plugin: object) -> PluginHost:
    return PluginHost(entry_points=False, plugins={"odd": plugin})


def _pipe(value: Callable[[Document], Any]) -> Pipeline:
    return Pipeline(["odd.segment"], plugins=_host(Returns(value)))


@pytest.mark.parametrize(
    ("value", "returned"),
    [(lambda doc: None, "NoneType"), (lambda doc: [], "list"), (lambda doc: "x", "str")],
)
def test_a_wrong_return_value_names_processor_plugin_and_document(
    value: Callable[[Document], Any], returned: str
) -> None:
    with pytest.raises(ProcessingError) as info:
        _pipe(value)("Some text.", id="doc-1")
    message = str(info.value)
    assert message.startswith(
        f"Processor 'odd.segment' of plugin 'odd' on document 'doc-1' returned {returned}, "
    )
    assert "\n" not in message


def test_a_layer_that_is_not_a_list_is_named() -> None:
    with pytest.raises(ProcessingError, match="returned int for layer 'tokens'"):
        _pipe(lambda doc: {"tokens": 3})("Some text.")


def test_a_right_return_value_passes() -> None:
    doc = _pipe(_tokens)("Some text.")
    assert len(doc.layer("tokens")) == 2


def test_a_factory_error_names_processor_and_plugin() -> None:
    pipe = Pipeline(["odd.segment"], plugins=_host(FactoryFails()))
    with pytest.raises(ProcessingError) as info:
        pipe("Some text.")
    assert str(info.value) == (
        "Processor 'odd.segment' of plugin 'odd' could not be created: FileNotFoundError: "
        "[Errno 2] No such file or directory: '/models/odd.bin'"
    )


def test_system_exit_in_a_processor_is_a_processing_error() -> None:
    def leaves(doc: Document) -> Any:
        sys.exit(3)

    with pytest.raises(ProcessingError, match="failed on document 'd': SystemExit: 3"):
        _pipe(leaves)("Some text.", id="d")


def test_keyboard_interrupt_in_a_processor_stays_an_interrupt() -> None:
    def interrupted(doc: Document) -> Any:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _pipe(interrupted)("Some text.")


def test_a_raising_registry_hook_is_left_out_with_a_warning() -> None:
    host = PluginHost(
        entry_points=False, plugins={"bad": RaisesInRegistry(), "odd": Returns(_tokens)}
    )
    with pytest.warns(
        PluginLoadWarning, match="Plugin 'bad' raised in newsparse_entity_recognizers"
    ):
        specs = host.processor_specs()
    assert set(specs) == {"odd.segment"}
    assert [f.name for f in host.failures] == ["bad"]
    assert "bad" not in host.plugin_names()
    strict = PluginHost(entry_points=False, plugins={"bad": RaisesInRegistry()}, strict=True)
    with pytest.raises(PluginLoadError, match="ValueError: cannot list"):
        strict.processor_specs()


def test_an_installed_plugin_whose_registry_hook_raises_spares_the_others(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSPARSE_DISABLE_PLUGINS", "broken,misspelled,crashing")
    with pytest.warns(PluginLoadWarning, match="Plugin 'raising' raised in newsparse_processors"):
        pipe = Pipeline("fast")
    assert "entities" in [a for a in pipe("Anna Smith spoke in Paris.").layers]
    with pytest.raises(PluginLoadError, match="Plugin 'raising'"):
        Pipeline("fast", strict=True)
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    assert "Failed to load" in out and "raising" in out and "fast.segment" in out


def test_use_checks_the_stage_of_the_processor() -> None:
    with pytest.raises(PipelineConfigError) as info:
        Pipeline("fast", use={"quotes": "rules.numeric_claims"})
    assert str(info.value) == (
        "Processor 'rules.numeric_claims' serves stage 'numeric_claims', not 'quotes': "
        "use a quotes processor (rules.quotes)."
    )


def test_use_with_an_unknown_stage_lists_the_stages() -> None:
    with pytest.raises(PipelineConfigError, match="No stage is named 'quote'") as info:
        Pipeline("fast", use={"quote": "rules.quotes"})
    assert "stages are " in str(info.value) and "quotes" in str(info.value)


def test_an_unknown_name_to_disable_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.warns(PluginLoadWarning, match="No plugin is named 'qoutes'") as record:
        Pipeline("fast", disable=["qoutes"])
    assert "quotes" in str(record[0].message)
    with pytest.raises(PluginError, match="No plugin is named 'qoutes'"):
        Pipeline("fast", disable=["qoutes"], strict=True)


def test_a_builtin_plugin_can_be_blocked_while_its_stage_is_replaced() -> None:
    pipe = Pipeline(
        "fast", disable=["fast"], use={"segment": "stanza.segment", "entities": "acme.entities"}
    )
    assert set(pipe.processor_names) == {
        "stanza.segment",
        "acme.entities",
        "rules.quotes",
        "rules.numeric_claims",
        "rules.statement_clauses",
    }
    host = PluginHost(disable=["fast"], plugins={"odd": Returns(_tokens)})
    pipe = Pipeline(
        "fast", plugins=host, use={"segment": "odd.segment", "entities": "acme.entities"}
    )
    assert "fast.segment" not in pipe.processor_names
    with pytest.raises(PipelineConfigError, match=r"disabled plugins: .*fast"):
        Pipeline("fast", disable=["fast"])


def test_disable_with_a_given_host_is_applied() -> None:
    host = PluginHost()
    with pytest.raises(PipelineConfigError, match="No processor is named 'rules.quotes'"):
        Pipeline("fast", plugins=host, disable=["quotes"])
    assert "rules.quotes" in Pipeline("fast", plugins=host).processor_names
    with pytest.warns(PluginLoadWarning, match="No plugin is named 'qoutes'"):
        Pipeline("fast", plugins=host, disable=["qoutes"])


def test_the_size_limit_names_the_document_and_the_key() -> None:
    pipe = Pipeline("fast", config={"pipeline.max_chars": 20})
    assert pipe("Short text.").layer("tokens")
    with pytest.raises(PipelineConfigError) as info:
        pipe("A text longer than twenty characters.", id="big.txt")
    assert str(info.value) == (
        "Document 'big.txt' has 37 characters, more than pipeline.max_chars (20): "
        "split it, or raise the limit with --config pipeline.max_chars=N."
    )


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_file_that_is_not_utf8_is_one_line_naming_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café owner Anna Smith said prices rose.\n".encode("latin-1"))
    result = _run("parse", str(path), "--pipeline", "fast")
    assert result.returncode == 2
    assert result.stderr == (
        f"newsparse: error: Cannot read {path} as utf-8: byte 0xe9 at offset 3 is not valid "
        "utf-8; pass the file's encoding with --encoding (e.g. --encoding cp1252).\n"
    )
    fixed = _run("parse", str(path), "--pipeline", "fast", "--encoding", "latin-1")
    assert fixed.returncode == 0 and "Café" in fixed.stdout
    unknown = _run("parse", str(path), "--encoding", "klingon")
    assert unknown.returncode == 2 and "Unknown encoding 'klingon'" in unknown.stderr


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"caf\xe9\n")
    result = _run("--debug", "parse", str(path), "--pipeline", "fast")
    assert result.returncode == 2
    assert "Traceback (most recent call last)" in result.stderr
    assert "UnicodeDecodeError" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("newsparse: error: Cannot read")


def test_an_unknown_stage_on_the_command_line_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["parse", str(SEED), "--pipeline", "fast", "--use", "quote=rules.quotes"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsparse: error: No stage is named 'quote'") and err.count("\n") == 1
