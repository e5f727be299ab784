"""Plugin distributions under plugins/ import only public names of newsparse."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from newsparse._public import public_api

PUBLIC_API = public_api()

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "plugins").glob("*/src/**/*.py")) + sorted(
    (ROOT / "docs" / "examples").glob("**/*.py")
)


def private_imports(path: Path) -> list[str]:
    """Every ``newsparse`` import of *path* that is not a public module and name."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [
                alias.name
                for alias in node.names
                if alias.name.split(".")[0] == "newsparse" and alias.name not in PUBLIC_API
            ]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "newsparse":
                continue
            if node.module not in PUBLIC_API:
                found.append(node.module)
                continue
            public = set(PUBLIC_API[node.module])
            found += [
                f"{node.module}.{alias.name}"
                for alias in node.names
                if alias.name not in public and f"{node.module}.{alias.name}" not in PUBLIC_API
            ]
    return found


def test_there_are_plugin_packages_to_check() -> None:
    assert {p.name for p in (ROOT / "plugins").iterdir()} >= {
        "newsparse-gazetteer",
        "newsparse-spacy",
    }


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_plugin_sources_import_public_names_only(path: Path) -> None:
    assert private_imports(path) == []


def test_the_check_sees_a_private_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "import newsparse\nfrom newsparse.model import Entity, freeze\n"
        "from newsparse.builtin.fast.paragraphs import paragraph_spans\nimport newsparse.io\n",
        encoding="utf-8",
    )
    assert private_imports(module) == [
        "newsparse.model.freeze",
        "newsparse.builtin.fast.paragraphs",
        "newsparse.io",
    ]
