"""Every Python example of the user guide and the plugin guide runs as written.

Each page's ``code-block:: python`` examples run in order in one namespace,
in a directory holding an invented article.  A block whose first line is a
file comment (``# acme_newsparse/plugin.py``) is the file of a package: it
is run as that module, so that later examples can import it (test files,
``# tests/...``, run in the page's namespace).  Functions named ``test_*``
that a block defines are called, as pytest would.
"""

from __future__ import annotations

import re
import sys
import textwrap
import types
from pathlib import Path
from typing import Any

import pytest

import newsparse.plugins.manager

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = ["quickstart.rst", "plugins.rst"]
BLOCK = re.compile(r"^\.\. code-block:: python\n\n((?:    .*\n|\n)+)", re.M)
FILE_COMMENT = re.compile(r"# ([\w/]+)\.py\n")
ARTICLE = (
    "ALDERBURY — The council approved a $4.5 million budget on Tuesday.\n"
    "“We listened to every resident,” Mayor Ines Varga said.\n"
)


def blocks(page: str) -> list[str]:
    return [textwrap.dedent(m.group(1)) for m in BLOCK.finditer((DOCS / page).read_text("utf-8"))]


def run_as_module(source: str, dotted: str) -> types.ModuleType:
    parts = dotted.split(".")
    for i in range(1, len(parts)):
        package = ".".join(parts[:i])
        if package not in sys.modules:
            module = types.ModuleType(package)
            module.__path__ = []
            sys.modules[package] = module
    module = types.ModuleType(dotted)
    sys.modules[dotted] = module
    exec(compile(source, f"<{dotted}>", "exec"), module.__dict__)
    if len(parts) > 1:
        setattr(sys.modules[".".join(parts[:-1])], parts[-1], module)
    return module


@pytest.mark.parametrize("page", PAGES)
def test_every_python_example_runs(
    page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = blocks(page)
    assert found, f"{page} has no Python examples"
    monkeypatch.chdir(tmp_path)
    # The guide's example plugin is called acme, like the test distribution
    # newsparse-acme installed for other tests: hide that one, as on a clean install.
    real = newsparse.plugins.manager.entry_points

    def without_test_acme(**params: Any) -> list[Any]:
        return [ep for ep in real(**params) if not ep.value.startswith("newsparse_acme")]

    monkeypatch.setattr(newsparse.plugins.manager, "entry_points", without_test_acme)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    namespace: dict[str, Any] = {"__name__": f"docs_{page}"}
    created: list[str] = []
    ran_tests = 0
    try:
        for number, source in enumerate(found, 1):
            header = FILE_COMMENT.match(source)
            if header and not header.group(1).startswith("tests/"):
                dotted = header.group(1).replace("/", ".")
                created.append(dotted.split(".")[0])
                run_as_module(source, dotted)
                continue
            before = set(namespace)
            exec(compile(source, f"{page} example {number}", "exec"), namespace)
            tests = [n for n in sorted(set(namespace) - before) if n.startswith("test_")]
            for name in tests:
                namespace[name]()
            ran_tests += len(tests)
        assert ran_tests == (1 if page == "plugins.rst" else 0)
    finally:
        for name in list(sys.modules):
            if name.split(".")[0] in created:
                del sys.modules[name]
