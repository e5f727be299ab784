"""The public modules are named once, their names are their ``__all__``, documented exactly."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from newsparse._public import public_api

PUBLIC_API = public_api()

DOCS = Path(__file__).resolve().parents[2] / "docs"
API = (DOCS / "api.rst").read_text(encoding="utf-8")

#: Directives that document one object: ``.. autoclass:: newsparse.model.Token``.
OBJECT_DIRECTIVE = re.compile(
    r"^\.\. (?:auto)?(?:class|function|data|exception|attribute)::\s+(\S+)", re.M
)
MODULE_DIRECTIVE = re.compile(r"^\.\. automodule::\s+(\S+)", re.M)
REFERENCE = re.compile(r":(?:class|func|data|exc|meth|attr):`~?([\w.]+)`")


def home(module: str, name: str) -> str:
    """The first public module, in declaration order, that exports the same object."""
    obj = getattr(importlib.import_module(module), name)
    for candidate, names in PUBLIC_API.items():
        if name in names and getattr(importlib.import_module(candidate), name) is obj:
            return candidate
    raise AssertionError(f"{module}.{name} is not declared")  # pragma: no cover


def documented_objects() -> list[str]:
    """Full names of the objects api.rst documents (short names belong to their section).

    An ``automodule`` without ``:no-members:`` documents every name of the
    module's ``__all__``.
    """
    found = []
    for module, text in sections().items():
        options = text.split("\n\n", 1)[0]
        if ":no-members:" not in options:
            found += [f"{module}.{name}" for name in importlib.import_module(module).__all__]
        found += [
            target if target.startswith("newsparse.") else f"{module}.{target}"
            for target in OBJECT_DIRECTIVE.findall(text)
        ]
    return found


def sections() -> dict[str, str]:
    """The text of api.rst after each ``automodule`` directive, up to the next one."""
    found = list(MODULE_DIRECTIVE.finditer(API))
    ends = [m.start() for m in found[1:]] + [len(API)]
    return {m.group(1): API[m.end() : end] for m, end in zip(found, ends, strict=True)}


@pytest.mark.parametrize("module", list(PUBLIC_API))
def test_every_exported_name_is_defined_once(module: str) -> None:
    mod = importlib.import_module(module)
    assert len(set(mod.__all__)) == len(mod.__all__), f"{module} lists a name twice"
    for name in PUBLIC_API[module]:
        assert hasattr(mod, name), f"{module} exports {name} but does not define it"


def test_api_reference_documents_exactly_the_public_names() -> None:
    expected = {
        f"{home(module, name)}.{name}" for module, names in PUBLIC_API.items() for name in names
    }
    documented = documented_objects()
    assert len(documented) == len(set(documented)), "an object is documented twice"
    assert set(documented) == expected


def test_api_reference_has_one_section_per_public_module_only() -> None:
    assert set(sections()) == set(PUBLIC_API)
    assert "newsparse.builtin" not in sections()


def test_the_top_level_links_its_re_exports() -> None:
    module = "newsparse"
    text = sections()[module]
    linked = set(REFERENCE.findall(text))
    for name in PUBLIC_API[module]:
        where = home(module, name)
        if where != module:
            assert f"{where}.{name}" in linked, f"{module} re-exports {name}: link it"


def test_api_reference_says_the_builtin_plugins_are_internal() -> None:
    assert "``newsparse.builtin``" in API and "internal" in API
    builtin = importlib.import_module("newsparse.builtin")
    assert "internal" in (builtin.__doc__ or "")
