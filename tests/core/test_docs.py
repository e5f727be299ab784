"""Every hook, built-in processor and config key is documented (as datasette checks its hooks)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsparse.hooks import specs

DOCS = Path(__file__).resolve().parents[2] / "docs"
HOOKS = sorted(name for name in dir(specs) if name.startswith("newsparse_"))


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_reference_entry(hook: str) -> None:
    text = (DOCS / "hooks.rst").read_text(encoding="utf-8")
    assert f".. autofunction:: newsparse.hooks.specs.{hook}\n" in text


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_docstring_has_return_version_and_example(hook: str) -> None:
    doc = getattr(specs, hook).__doc__ or ""
    assert ":return:" in doc and "Since version" in doc and "Example::" in doc


def test_every_docs_page_is_in_a_toctree() -> None:
    index = (DOCS / "index.rst").read_text(encoding="utf-8")
    listed = set(re.findall(r"^   (\w+)$", index, flags=re.M))
    pages = {p.stem for p in DOCS.glob("*.rst")} - {"index"}
    assert pages <= listed, pages - listed
