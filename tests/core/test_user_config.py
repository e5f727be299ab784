"""The user configuration file: lookup, contents, precedence, CLI and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import Pipeline
from newsparse.cli.main import main
from newsparse.errors import PipelineConfigError
from newsparse.pipeline.user_config import find_config_file, read_config_file

TOML = """
pipeline = ["fast.segment", "fast.entities"]
add = ["rules.quotes"]
disable = ["stanza"]
use = { entities = "fast.entities" }

[config]
"quotes.syntax" = "off"
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.newsparse]\n'
        + TOML.replace("\n[config]", "\n[tool.newsparse.config]"),
        encoding="utf-8",
    )
    inner = tmp_path / "articles" / "2026"
    inner.mkdir(parents=True)
    monkeypatch.chdir(inner)
    return tmp_path


def test_the_file_is_found_from_the_current_directory_upward(project: Path) -> None:
    assert find_config_file() == project / "pyproject.toml"
    (project / "articles" / "newsparse.toml").write_text('pipeline = "fast"\n', encoding="utf-8")
    assert find_config_file() == project / "articles" / "newsparse.toml"


def test_a_pyproject_without_the_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    found = find_config_file(tmp_path)
    assert found is None or found.parent != tmp_path


def test_the_file_sets_every_key(project: Path) -> None:
    pipe = Pipeline(config_file=True)
    assert pipe.config_file == project / "pyproject.toml"
    assert pipe.processor_names == ("fast.segment", "fast.entities", "rules.quotes")
    assert pipe.config["quotes.syntax"] == "off"
    assert "stanza" not in pipe.plugins.plugin_names()


def test_explicit_arguments_override_the_file(project: Path) -> None:
    pipe = Pipeline("fast", config={"quotes.syntax": "auto"}, config_file=True)
    assert pipe.name == "fast" and pipe.config["quotes.syntax"] == "auto"
    assert Pipeline().config_file is None, "no file is read unless asked"


def test_the_command_line_reads_the_file_unless_told_not_to(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = project / "a.txt"
    article.write_text("“We agree,” Ada Vell said.\n", encoding="utf-8")
    assert main(["parse", str(article)]) == 0
    assert json.loads(capsys.readouterr().out)["pipeline"] == [
        "fast.segment",
        "fast.entities",
        "rules.quotes",
    ]
    assert main(["parse", str(article), "--no-config-file", "--pipeline", "fast"]) == 0
    assert "rules.numeric_claims" in json.loads(capsys.readouterr().out)["pipeline"]
    other = project / "other.toml"
    other.write_text('pipeline = ["fast.segment"]\n', encoding="utf-8")
    assert main(["parse", str(article), "--config-file", str(other)]) == 2
    assert "has no [tool.newsparse] table" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("pipelines = 'fast'\n", "unknown key 'pipelines': valid keys are pipeline"),
        ("add = [1]\n", "add must be a list of names"),
        ("use = 'fast'\n", "use must be a table"),
        ("pipeline = \n", "is not valid TOML"),
    ],
)
def test_bad_files_are_one_sentence_naming_the_file(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "newsparse.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PipelineConfigError, match=message) as info:
        read_config_file(path)
    assert str(path) in str(info.value)
