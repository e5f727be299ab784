"""Plugin packages build into wheels that install and run beside newsparse.

Each wheel is built with ``pip wheel --no-deps --no-build-isolation`` and
installed with ``pip install --no-deps --no-index --target DIR``; a child
Python with ``PYTHONPATH=DIR`` then finds it through its entry point.  This
uses only the running interpreter's packages (newsparse and its
dependencies, hatchling for the build), so it works in a tox environment and
offline, without a second virtual environment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.cli.plugin_command import new_plugin

ROOT = Path(__file__).resolve().parents[2]
pytest.importorskip("hatchling", reason="building wheels offline needs hatchling")


def install(package: Path, tmp_path: Path) -> dict[str, str]:
    """Build *package* into a wheel, install it into a folder, and return a child's environment."""
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    build = [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(package)]
    subprocess.run(build, check=True, capture_output=True, timeout=600)
    (wheel,) = wheels.glob("*.whl")
    setup = [*pip, "install", "--no-deps", "--no-index", "--target", str(target), str(wheel)]
    subprocess.run(setup, check=True, capture_output=True, timeout=600)
    return {**os.environ, "PYTHONPATH": str(target)}


def newsparse(env: dict[str, str], *args: str, cwd: Path | None = None) -> str:
    command = [sys.executable, "-m", "newsparse.cli.main", *args]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=600)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_gazetteer_wheel_installs_lists_and_parses(tmp_path: Path) -> None:
    env = install(ROOT / "plugins" / "newsparse-gazetteer", tmp_path)
    listed = json.loads(newsparse(env, "plugins", "--format", "json"))
    (plugin,) = [p for p in listed["plugins"] if p["name"] == "gazetteer"]
    assert plugin["distribution"] == "newsparse-gazetteer"
    assert str(tmp_path / "site") in subprocess.run(
        [sys.executable, "-c", "import newsparse_gazetteer; print(newsparse_gazetteer.__file__)"],
        capture_output=True, text=True, env=env, check=True,
    ).stdout  # fmt: skip
    article = tmp_path / "a.txt"
    article.write_text("Northwind Traders opened a depot.\n", encoding="utf-8")
    names = '[{"name": "Northwind Traders", "label": "ORG"}]'
    doc = json.loads(
        newsparse(
            env,
            "parse",
            str(article),
            "--pipeline",
            "fast",
            "--add",
            "gazetteer.entities",
            "--config",
            f"gazetteer.names={names}",
        )
    )
    assert "gazetteer.entities" in doc["pipeline"]
    assert any(e["name"] == "Northwind Traders" for e in doc["layers"]["entities"])


def test_a_generated_plugin_installs_and_its_own_tests_pass(tmp_path: Path) -> None:
    root = new_plugin("demo_marks", tmp_path / "src")
    assert {p.name for p in root.iterdir()} == {"pyproject.toml", "README.md", "src", "tests"}
    env = install(root, tmp_path)
    listed = json.loads(newsparse(env, "plugins", "--format", "json"))
    assert "demo_marks.exclaims" in {p["name"] for p in listed["processors"]}
    tests = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(root / "tests")]
    result = subprocess.run(tests, capture_output=True, text=True, env=env, cwd=root, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_plugin_new_refuses_bad_names_and_existing_folders(tmp_path: Path) -> None:
    from newsparse.errors import NewsparseError

    with pytest.raises(NewsparseError, match="not a lower-case Python identifier"):
        new_plugin("Acme-Names", tmp_path)
    new_plugin("acme", tmp_path)
    with pytest.raises(NewsparseError, match="already exists: choose another name"):
        new_plugin("acme", tmp_path)
