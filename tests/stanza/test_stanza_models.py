"""Finding models, missing-model errors, the ``models`` command and the lazy import."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse.builtin.stanza import models
from newsparse.builtin.stanza.settings import StanzaSettings
from newsparse.cli.main import main
from newsparse.errors import ModelsMissingError, PipelineConfigError

pytestmark = pytest.mark.stanza

FIX = "newsparse models download --lang en"


def one_sentence(message: str) -> bool:
    return "\n" not in message and message.endswith(".") and message.count(". ") == 0


@pytest.fixture(autouse=True)
def _no_model_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(models.DIR_ENV, raising=False)
    monkeypatch.delenv(models.STANZA_DIR_ENV, raising=False)


def write_resources(directory: Path, *, with_files: bool) -> None:
    """A model directory shaped like Stanza's, with empty model files."""
    packages = {
        "tokenize": "combined",
        "mwt": "combined",
        "pos": "combined_charlm",
        "lemma": "combined_nocharlm",
        "depparse": "combined_charlm",
        "ner": "ontonotes_charlm",
    }
    deps = [
        {"model": "pretrain", "package": "conll17"},
        {"model": "forward_charlm", "package": "1billion"},
    ]
    english = {
        "lang_name": "English",
        "default_processors": packages,
        "packages": {"default": packages},
        **{
            p: {name: {"dependencies": deps if p in ("pos", "depparse", "ner") else []}}
            for p, name in packages.items()
        },
    }
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "resources.json").write_text(json.dumps({"en": english}), encoding="utf-8")
    if with_files:
        for processor, package in [
            *packages.items(),
            ("pretrain", "conll17"),
            ("forward_charlm", "1billion"),
        ]:
            path = directory / "en" / processor / f"{package}.pt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"")


def test_missing_models_name_the_exact_fix_in_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ModelsMissingError) as caught:
        models.check({"stanza.dir": str(tmp_path)})
    message = str(caught.value)
    assert f"`{FIX} --dir {tmp_path}`" in message
    assert one_sentence(message)


def test_default_directory_error_names_the_plain_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(models.STANZA_DIR_ENV, str(tmp_path))
    with pytest.raises(ModelsMissingError, match=f"run `{FIX}`.$"):
        models.check({})


def test_one_missing_default_file_is_named(tmp_path: Path) -> None:
    write_resources(tmp_path, with_files=True)
    models.check({"stanza.dir": str(tmp_path)})
    (tmp_path / "en" / "forward_charlm" / "1billion.pt").unlink()
    with pytest.raises(ModelsMissingError, match="1billion.pt") as caught:
        models.check({"stanza.dir": str(tmp_path)}, ("ner",))
    assert one_sentence(str(caught.value))
    models.check({"stanza.dir": str(tmp_path)}, ("tokenize", "mwt", "lemma"))


def test_default_files_follow_resources_and_dependencies(tmp_path: Path) -> None:
    write_resources(tmp_path, with_files=False)
    found = models.required_files({"stanza.dir": str(tmp_path)}, ("ner",))
    assert [f.path.relative_to(tmp_path).as_posix() for f in found] == [
        "en/ner/ontonotes_charlm.pt",
        "en/pretrain/conll17.pt",
        "en/forward_charlm/1billion.pt",
    ]


def test_explicit_model_files_need_their_word_vectors(tmp_path: Path) -> None:
    model = tmp_path / "ner.pt"
    model.write_bytes(b"")
    with pytest.raises(PipelineConfigError, match="stanza.ner_pretrain_path"):
        models.check({"stanza.dir": str(tmp_path), "stanza.ner_model_path": str(model)}, ("ner",))
    config = {"stanza.ner_model_path": str(model), "stanza.ner_pretrain_path": str(tmp_path / "v")}
    with pytest.raises(ModelsMissingError, match="set in stanza.ner_pretrain_path does not exist"):
        models.check(config, ("ner",))
    (tmp_path / "v").write_bytes(b"")
    models.check(config, ("ner",))


def test_model_directory_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(models.STANZA_DIR_ENV, str(tmp_path / "stanza"))
    assert models.model_dir({}) == tmp_path / "stanza"
    monkeypatch.setenv(models.DIR_ENV, str(tmp_path / "newsparse"))
    assert models.model_dir({}) == tmp_path / "newsparse"
    assert models.model_dir({"stanza.dir": str(tmp_path / "config")}) == tmp_path / "config"


def test_settings_pass_only_the_files_of_their_processors(tmp_path: Path) -> None:
    config = {
        "stanza.dir": str(tmp_path),
        "stanza.ner_model_path": "/m/ner.pt",
        "stanza.ner_pretrain_path": "/m/vectors.pt",
        "stanza.pos_model_path": "/m/pos.pt",
        "stanza.options": {"ner_batch_size": 8},
    }
    settings = StanzaSettings.from_config(config, ("ner",), pretokenized=True)
    kwargs = settings.pipeline_kwargs()
    assert kwargs["ner_model_path"] == "/m/ner.pt" and "pos_model_path" not in kwargs
    assert kwargs["processors"] == "ner" and kwargs["tokenize_pretokenized"] is True
    assert kwargs["download_method"] is None and kwargs["ner_batch_size"] == 8
    # no resources.json in the directory and every model given: a bare index is used
    assert Path(kwargs["resources_filepath"]).is_file()
    assert hash(settings) == hash(StanzaSettings.from_config(config, ("ner",), pretokenized=True))


def test_options_must_be_a_json_mapping() -> None:
    with pytest.raises(PipelineConfigError, match=r"stanza\.options"):
        StanzaSettings.from_config({"stanza.options": [1]}, ("ner",), pretokenized=True)


def test_stanza_pipeline_without_models_fails_with_the_fix(tmp_path: Path) -> None:
    pipeline = newsparse.Pipeline("stanza", config={"stanza.dir": str(tmp_path)})
    with pytest.raises(ModelsMissingError, match=f"{FIX} --dir"):
        pipeline("Mr. Putin arrived.")


def test_auto_without_models_uses_fast_and_says_why(tmp_path: Path) -> None:
    pipeline = newsparse.Pipeline("auto", config={"stanza.dir": str(tmp_path)})
    assert pipeline.name == "fast"
    assert pipeline.notice is not None and FIX in pipeline.notice


def test_models_path_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "path", "--dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path)
    write_resources(tmp_path, with_files=True)
    assert main(["models", "list", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "ner" in out and "ontonotes_charlm" in out
    assert "has every model it needs" in out


def test_models_list_says_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "list", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "none for 'en'" in out and FIX in out


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_download_failure_is_one_line_on_stderr(tmp_path: Path) -> None:
    env = dict(os.environ, STANZA_RESOURCES_URL=f"http://127.0.0.1:{_closed_port()}")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsparse.cli.main",
            "models",
            "download",
            "--dir",
            str(tmp_path / "models"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsparse: error:")]
    assert len(errors) == 1 and "check the network connection" in errors[0]
    assert "Traceback" not in result.stderr


def test_importing_newsparse_and_the_plugin_does_not_import_stanza_or_torch(
    tmp_path: Path,
) -> None:
    code = (
        "import sys, newsparse, newsparse.builtin.stanza.plugin\n"
        "import newsparse.builtin.stanza.commands\n"
        "from newsparse.builtin.stanza import models\n"
        f"p = newsparse.Pipeline('auto', config={{'stanza.dir': {str(tmp_path)!r}}})\n"
        "assert p.name == 'fast', p.name\n"
        "heavy = sorted(m for m in ('stanza', 'torch') if m in sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr


def test_unloadable_model_files_fail_with_the_fix(tmp_path: Path) -> None:
    pytest.importorskip("stanza")
    (tmp_path / "ner.pt").write_bytes(b"")
    (tmp_path / "vectors.pt").write_bytes(b"")
    config = {
        "stanza.dir": str(tmp_path),
        "stanza.ner_model_path": str(tmp_path / "ner.pt"),
        "stanza.ner_pretrain_path": str(tmp_path / "vectors.pt"),
    }
    pipeline = newsparse.Pipeline(["fast.segment", "stanza.entities"], config=config)
    with pytest.raises(ModelsMissingError, match=f"could not load .*`{FIX} --dir {tmp_path}`"):
        pipeline("Mr. Putin met Mr. Xi.")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG cache layout")
def test_default_directory_is_stanzas_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stanza = pytest.importorskip("stanza")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    current = tmp_path / "cache" / "stanza" / stanza.__version__ / "resources"
    assert models.default_dir() == current
    legacy = tmp_path / "stanza_resources"
    write_resources(legacy, with_files=False)
    assert models.default_dir() == legacy  # only the old location holds models
    write_resources(current, with_files=False)
    assert models.default_dir() == current
