"""Every Python example of the documentation runs as written.

Every page of ``docs/`` with ``code-block:: python`` (or ``pycon``) examples is
collected.  A page's examples run in order in one namespace, in a directory
holding an invented article (``article.txt``) and a second one
(``letter.txt``).  A block whose first line is a file comment
(``# acme_newsparse/plugin.py``) is the file of a package: it is run as that
module, so that later examples can import it (test files, ``# tests/...``,
run in the page's namespace).  Functions named ``test_*`` that a block
defines are called, as pytest would.  A block of ``>>>`` lines is a doctest:
its printed output is compared.

A block preceded by the comment ``.. skip-example: REASON`` is not run; the
reason must say what the example needs, and such blocks stay few.

The examples of the :mod:`newsparse` module docstring run too, and the
``>>>`` examples of every module's docstrings (which the API reference shows)
are checked.
"""

from __future__ import annotations

import doctest
import importlib
import re
import sys
import textwrap
import types
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import newsparse
import newsparse.plugins.manager

DOCS = Path(__file__).resolve().parents[2] / "docs"
SOURCE = Path(newsparse.__file__).resolve().parent
BLOCK = re.compile(
    r"^(?:\.\. skip-example: (?P<reason>.*)\n\n)?"
    r"\.\. code-block:: (?:python|pycon)\n\n(?P<body>(?: +.*\n|\n)+)",
    re.M,
)
LITERAL = re.compile(r"::\n\n(?P<body>(?: +.*\n|\n)+)")
FILE_COMMENT = re.compile(r"# ([\w/]+)\.py\n")
ARTICLES = {
    "article.txt": (
        "ALDERBURY — The council approved a $4.5 million budget on Tuesday.\n"
        "“We listened to every resident,” Mayor Ines Varga said.\n"
    ),
    "letter.txt": (
        "KESTON — Residents of Keston and Marlow signed a joint letter on Friday.\n"
        "The letter calls for both towns to repair the old bridge.\n"
    ),
}
#: At most this many examples may be skipped, each with a reason.
MAX_SKIPPED = 2


class Example(NamedTuple):
    """One ``code-block`` of a page."""

    source: str
    line: int
    skip: str | None


def examples(text: str) -> list[Example]:
    found = []
    for m in BLOCK.finditer(text):
        line = text.count("\n", 0, m.start("body")) + 1
        found.append(Example(textwrap.dedent(m.group("body")), line, m.group("reason")))
    return found


PAGES = sorted(
    str(p.relative_to(DOCS)) for p in DOCS.rglob("*.rst") if examples(p.read_text("utf-8"))
)


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


def run_doctest(source: str, namespace: dict[str, Any], name: str) -> None:
    test = doctest.DocTestParser().get_doctest(source, namespace, name, name, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    output: list[str] = []
    runner.run(test, out=output.append, clear_globs=False)
    namespace.update(test.globs)  # the test ran on a copy; later blocks use its names
    assert runner.failures == 0, "".join(output)


@pytest.fixture
def article_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean directory holding the invented articles, as the working directory."""
    monkeypatch.chdir(tmp_path)
    # The guide's example plugin is called acme, like the test distribution
    # newsparse-acme installed for other tests: hide that one, as on a clean install.
    real = newsparse.plugins.manager.entry_points

    def without_test_acme(**params: Any) -> list[Any]:
        return [ep for ep in real(**params) if not ep.value.startswith("newsparse_acme")]

    monkeypatch.setattr(newsparse.plugins.manager, "entry_points", without_test_acme)
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_pages_are_collected() -> None:
    expected = {"quickstart.rst", "plugins.rst", "batch.rst", "lexicon.rst", "quotes.rst"}
    assert expected <= set(PAGES)
    # No Python block escapes collection (an option line, an indented block ...).
    for page in DOCS.rglob("*.rst"):
        text = page.read_text("utf-8")
        declared = len(
            re.findall(
                r"^\s*\.\. (?:code-block|code|sourcecode):: *(?:python|pycon|py)\b", text, re.M
            )
        )
        assert declared == len(examples(text)), f"{page.name}: a Python block is not collected"


def test_skipped_examples_are_few_and_give_a_reason() -> None:
    skipped = [
        (page, ex.line, ex.skip)
        for page in PAGES
        for ex in examples((DOCS / page).read_text("utf-8"))
        if ex.skip is not None
    ]
    assert len(skipped) <= MAX_SKIPPED, skipped
    for page, line, reason in skipped:
        assert reason and reason.startswith("needs "), f"{page}:{line} skips without a reason"


@pytest.mark.parametrize("page", PAGES)
def test_every_python_example_runs(page: str, article_dir: Path) -> None:
    namespace: dict[str, Any] = {"__name__": f"docs_{page}"}
    created: list[str] = []
    ran_tests = 0
    try:
        for number, example in enumerate(examples((DOCS / page).read_text("utf-8")), 1):
            if example.skip is not None:
                continue
            source, name = example.source, f"{page} example {number} (line {example.line})"
            if source.lstrip().startswith(">>>"):
                run_doctest(source, namespace, name)
                continue
            header = FILE_COMMENT.match(source)
            if header and not header.group(1).startswith("tests/"):
                dotted = header.group(1).replace("/", ".")
                created.append(dotted.split(".")[0])
                run_as_module(source, dotted)
                continue
            before = set(namespace)
            exec(compile(source, name, "exec"), namespace)
            tests = [n for n in sorted(set(namespace) - before) if n.startswith("test_")]
            for test in tests:
                namespace[test]()
            ran_tests += len(tests)
        assert ran_tests == (1 if page == "plugins.rst" else 0)
    finally:
        for module in list(sys.modules):
            if module.split(".")[0] in created:
                del sys.modules[module]


def test_package_docstring_examples_run(article_dir: Path) -> None:
    found = [textwrap.dedent(m.group("body")) for m in LITERAL.finditer(newsparse.__doc__ or "")]
    assert len(found) == 2
    namespace: dict[str, Any] = {"__name__": "newsparse_docstring"}
    for number, source in enumerate(found, 1):
        exec(compile(source, f"newsparse docstring example {number}", "exec"), namespace)


DOCTEST_MODULES = sorted(
    ".".join(("newsparse", *path.relative_to(SOURCE).with_suffix("").parts)).removesuffix(
        ".__init__"
    )
    for path in SOURCE.rglob("*.py")
    if ">>> " in path.read_text("utf-8")
)


def test_docstring_examples_are_found() -> None:
    assert {"newsparse.lexicon", "newsparse.text.spans"} <= set(DOCTEST_MODULES)


@pytest.mark.parametrize("name", DOCTEST_MODULES)
def test_docstring_doctests_pass(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
