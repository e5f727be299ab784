"""``newsparse plugin new NAME``: write a ready plugin package to start from."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from newsparse._version import __version__
from newsparse.errors import NewsparseError

__all__ = ["new_plugin", "register"]

_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")

_PYPROJECT = """\
[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "newsparse-{dash}"
version = "0.1.0"
description = "A newsparse plugin: {name}."
readme = "README.md"
requires-python = ">=3.10"
dependencies = ["newsparse>={version}"]

[project.optional-dependencies]
test = ["newsparse[testing]>={version}", "pytest>=8"]

# The entry-point name is the plugin's name: `newsparse plugins` shows it,
# `--disable {name}` blocks it.
[project.entry-points.newsparse]
{name} = "newsparse_{name}.plugin"

[tool.hatch.build.targets.wheel]
packages = ["src/newsparse_{name}"]
"""

_README = """\
# newsparse-{dash}

A newsparse plugin. Its processor `{name}.exclaims` adds the layer
`{name}.exclaims`: one annotation per sentence that ends with an exclamation
mark. Replace it with your own.

```sh
pip install -e ".[test]"
newsparse plugins                       # lists {name}
newsparse parse article.txt --pipeline fast --add {name}.exclaims
pytest                                  # the plugin's tests, with newsparse.testing
```

Read newsparse's guide "Writing plugins" for the hooks, configuration and
publishing (`python -m build`, `twine upload dist/*`).
"""

_INIT = '''\
"""The newsparse plugin {name}."""

__version__ = "0.1.0"
'''

_PLUGIN = '''\
"""The hooks of the newsparse plugin {name}: one processor and one configuration key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import newsparse
from newsparse.model import Annotation, Document
from newsparse.pipeline import LayerUpdate, ProcessorSpec

LAYER = "{name}.exclaims"


class Exclaims:
    """Mark each sentence that ends with an exclamation mark."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.marks = tuple(config["{name}.marks"])

    def __call__(self, doc: Document) -> LayerUpdate:
        """Return the layer: one annotation per exclaiming sentence, sorted, ids x1, x2..."""
        found = []
        for sentence in doc.layer("sentences"):
            text = doc.text_of(sentence).rstrip(" \\"'”’»)")
            if text.endswith(self.marks):
                found.append(
                    Annotation(id=f"x{{len(found) + 1}}", start=sentence.start, end=sentence.end)
                )
        return {{LAYER: found}}


@newsparse.hookimpl
def newsparse_processors() -> list[ProcessorSpec]:
    """Register ``{name}.exclaims``."""
    return [
        ProcessorSpec(
            name=LAYER,
            stage=LAYER,
            factory=Exclaims,
            requires={{"sentences"}},
            provides={{LAYER}},
            description="sentences that end with an exclamation mark",
        )
    ]


@newsparse.hookimpl
def newsparse_config_defaults() -> dict[str, Any]:
    """Declare ``{name}.marks``."""
    return {{"{name}.marks": ["!"]}}
'''

_TEST = '''\
"""Tests of the newsparse plugin {name}, with newsparse.testing."""

from __future__ import annotations

from newsparse import Pipeline
from newsparse.testing import check_plugin, news_text


def test_exclaiming_sentences_are_marked() -> None:
    doc = Pipeline("fast", add=["{name}.exclaims"])("It rained. We won! Fine.")
    assert [doc.text_of(a) for a in doc.layer("{name}.exclaims")] == ["We won!"]


def test_the_plugin_keeps_the_processor_contract() -> None:
    report = check_plugin("{name}", texts=news_text(), max_examples=25)
    assert report.checked == ("{name}.exclaims",)
'''


def new_plugin(name: str, directory: Path) -> Path:
    """Write the package ``newsparse-NAME`` into *directory* and return its folder.

    :raises NewsparseError: when the name is not a Python identifier in lower
        case, or the folder exists.
    """
    if not _NAME.match(name):
        raise NewsparseError(
            f"Plugin name {name!r} is not a lower-case Python identifier: use letters, "
            "digits and underscores, starting with a letter (e.g. acme_names)."
        )
    dash = name.replace("_", "-")
    root = directory / f"newsparse-{dash}"
    if root.exists():
        raise NewsparseError(f"{root} already exists: choose another name or directory.")
    values = {"name": name, "dash": dash, "version": __version__}
    files = {
        "pyproject.toml": _PYPROJECT,
        "README.md": _README,
        f"src/newsparse_{name}/__init__.py": _INIT,
        f"src/newsparse_{name}/plugin.py": _PLUGIN,
        "tests/test_plugin.py": _TEST,
    }
    for relative, template in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.format(**values), encoding="utf-8")
    return root


def register(subparsers: Any) -> None:
    """Add the ``plugin`` command (``plugin new``) to *subparsers*."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "plugin",
        help="start a plugin package",
        description="Write a ready plugin package: pyproject.toml with the entry point, "
        "a processor, a README and tests that use newsparse.testing.",
    )
    commands = parser.add_subparsers(dest="plugin_command", metavar="SUBCOMMAND", required=True)
    new = commands.add_parser(
        "new",
        help="write the package newsparse-NAME",
        description="Write the package newsparse-NAME into DIR (default: here).",
    )
    new.add_argument("name", metavar="NAME", help="the plugin's name (its entry-point name)")
    new.add_argument("--dir", default=".", metavar="DIR", help="where to write it")
    new.set_defaults(handler=run_new)


def run_new(args: argparse.Namespace) -> int:
    """Run ``newsparse plugin new``."""
    root = new_plugin(args.name, Path(args.dir))
    print(
        f"newsparse: wrote {root}; next: pip install -e '{root}[test]' and pytest {root}.",
        file=sys.stderr,
    )
    return 0
