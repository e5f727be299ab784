from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "summit_state_visit.txt"


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse.cli.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_parse_prints_a_document_in_the_contract() -> None:
    result = run_cli("parse", str(SEED), "--pipeline", "fast")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == 1 and data["offsets"] == "codepoint"
    assert data["text"] == SEED.read_text(encoding="utf-8")
    assert data["id"] == SEED.name
    assert data["pipeline"][0] == "fast.segment"
    for layer in ("paragraphs", "sentences", "tokens", "entities", "quotes", "numeric_claims"):
        assert data["layers"][layer], layer


def test_auto_says_which_pipeline_it_used(tmp_path: Path) -> None:
    result = run_cli("parse", "-", "--format", "text", "--config", f"stanza.dir={tmp_path}",
                     stdin="Mr. Putin said it was “a good day.”\n")  # fmt: skip
    assert result.returncode == 0, result.stderr
    notice = [line for line in result.stderr.splitlines() if line.startswith("newsparse:")]
    assert len(notice) == 1 and "uses 'fast'" in notice[0]
    assert "pipeline: fast.segment" in result.stdout


def test_stanza_without_models_fails_with_the_fix(tmp_path: Path) -> None:
    result = run_cli(
        "parse", str(SEED), "--pipeline", "stanza", "--config", f"stanza.dir={tmp_path}"
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "newsparse models download" in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse", "no/such/file.txt"], "cannot read no/such/file.txt"),
        (["parse", str(SEED), "--pipeline", "nope"], "No pipeline is named 'nope'"),
        (["parse", str(SEED), "--use", "entities"], "--use expects KEY=VALUE"),
        (["parse", str(SEED), "--config", "nope.key=1"], "Unknown configuration key 'nope.key'"),
    ],
)
def test_user_errors_are_one_line_without_traceback(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and err.startswith("newsparse: error: ")


def test_disable_flag_blocks_a_plugin(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--pipeline", "fast", "--disable", "quotes"]) == 2
    assert "rules.quotes" in capsys.readouterr().err


def test_plugins_lists_builtins_with_hooks_and_origin(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    plugins = {p["name"]: p for p in data["plugins"]}
    for name in ("fast", "stanza", "quotes", "numbers", "pipelines"):
        assert plugins[name]["distribution"] == "newsparse"
        assert plugins[name]["source"].startswith("entry point newsparse.builtin.")
        assert plugins[name]["hooks"]
    processors = {p["name"] for p in data["processors"]}
    assert {"fast.segment", "fast.entities", "rules.quotes", "rules.numeric_claims"} <= processors
    assert {"stanza.segment", "stanza.syntax", "stanza.entities"} <= processors
    assert {p["name"] for p in data["pipelines"]} >= {"auto", "fast", "stanza"}
    assert main(["plugins"]) == 0
    text = capsys.readouterr().out
    assert "Plugins" in text and "fast.segment" in text and "auto" in text


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("newsparse 0.")
