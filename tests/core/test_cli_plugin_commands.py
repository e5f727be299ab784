"""Plugins add sub-commands to the command line through ``newsparse_cli_commands``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from newsparse import hookimpl
from newsparse.cli.main import build_parser, main
from newsparse.cli.plugin_commands import plugin_commands
from newsparse.errors import PluginError
from newsparse.hooks import CommandSpec
from newsparse.plugins import PluginHost


def _noop(args: argparse.Namespace) -> int:
    return 0


def _spec(name: str) -> CommandSpec:
    return CommandSpec(name=name, help="does nothing", configure=lambda parser: None, run=_noop)


class AddsHello:
    @hookimpl
    def newsparse_cli_commands(self) -> list[CommandSpec]:
        return [_spec("hello")]


class AddsNotASpec:
    @hookimpl
    def newsparse_cli_commands(self) -> list[object]:
        return ["hello"]


def test_an_installed_plugin_brings_its_own_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Acme and Globex signed. Initech did not.", encoding="utf-8")
    assert main(["acme-orgs", str(article)]) == 0
    assert capsys.readouterr().out.split() == ["Acme", "Globex"]


def test_the_stanza_plugin_brings_the_models_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "models download, list and locate Stanza's models (plugin stanza)" in out
    assert "acme-orgs list the organisations of Acme's list found in a file (plugin acme)" in out
    usage = "usage: newsparse [-h] [--version] [--debug] COMMAND ...\n"
    assert build_parser().format_usage() == usage


def test_the_models_command_runs_through_the_hook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "path", "--dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path)


def test_a_disabled_plugin_adds_no_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPARSE_DISABLE_PLUGINS", "broken,misspelled,crashing,acme")
    assert "acme-orgs" not in {spec.name for spec, _ in plugin_commands(reserved=())}


def test_a_command_named_like_a_newsparse_command_is_left_out_with_a_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    commands = plugin_commands(reserved={"acme-orgs"})
    assert "acme-orgs" not in {spec.name for spec, _ in commands}
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "plugin 'acme' adds command 'acme-orgs', which is a newsparse command" in err


def test_plugins_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "--format", "json"]) == 0
    commands = {c["name"]: c["plugin"] for c in json.loads(capsys.readouterr().out)["commands"]}
    assert commands["models"] == "stanza" and commands["acme-orgs"] == "acme"


def test_two_plugins_adding_one_command_is_an_error_naming_both() -> None:
    host = PluginHost(entry_points=False, plugins={"one": AddsHello(), "two": AddsHello()})
    with pytest.raises(PluginError, match="'hello' is added by both plugin 'one' and plugin 'two'"):
        host.command_specs()


def test_a_command_hook_must_return_command_specs() -> None:
    host = PluginHost(entry_points=False, plugins={"odd": AddsNotASpec()})
    with pytest.raises(PluginError, match="return newsparse.hooks.CommandSpec objects"):
        host.command_specs()
