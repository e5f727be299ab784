"""Sphinx configuration of the newsparse documentation."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsparse import __version__  # noqa: E402

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"
version = release = __version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]

exclude_patterns = ["_build"]
nitpicky = True
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
html_theme = "alabaster"

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
    "pluggy": ("https://pluggy.readthedocs.io/en/stable", None),
    "attrs": ("https://www.attrs.org/en/stable", None),
}

# Without network access (NEWSPARSE_DOCS_OFFLINE=1, as in tox and CI) the
# inventories cannot be fetched: references to the standard library and
# third-party classes are then left unlinked instead of failing the build.
if os.environ.get("NEWSPARSE_DOCS_OFFLINE"):
    intersphinx_mapping = {}
    nitpick_ignore_regex = [
        (r"py:.*", r"(collections\.abc|typing|types|pluggy|attrs|argparse|importlib|re)(\..*)?"),
        (r"py:.*", r"(str|int|float|bool|bytes|object|type|dict|list|tuple|set|frozenset)"),
        (r"py:.*", r"(None|Any|Mapping|Sequence|Iterable|Iterator|Callable|ClassVar)"),
        (r"py:.*", r"(Exception|ValueError|TypeError|UserWarning|KeyError|OSError)"),
        (r"py:.*", r"(MappingProxyType|EntryPoint|Attribute|Literal)"),
        (r"py:.*", r"(dask|distributed|stanza)(\..*)?"),
    ]

# Type aliases and type variables that autodoc shows by name.
nitpick_ignore = [
    ("py:class", "A"),
    ("py:class", "newsparse.model.document.A"),
    ("py:class", "newsparse.model.annotations._A"),
    ("py:class", "_A"),
    ("py:class", "newsparse.model.compact._A"),
    ("py:obj", "newsparse.model.compact._A"),
    ("py:class", "TextOrDocument"),
    ("py:class", "newsparse.pipeline.pipeline.TextOrDocument"),
    ("py:class", "Config"),
    ("py:class", "LayerUpdate"),
    ("py:class", "QuoteKind"),
    ("py:class", "Bag"),
    ("py:class", "Path"),
    ("py:class", "_F"),
    ("py:obj", "newsparse.model.document.A"),
    # Hypothesis publishes no Sphinx inventory.
    ("py:class", "hypothesis.strategies.SearchStrategy"),
    ("py:class", "st.SearchStrategy"),
    ("py:class", "SearchStrategy"),
    ("py:class", "Before"),
    ("py:class", "newsparse.testing._checks.Before"),
    ("py:class", "_List"),
    ("py:class", "_Entry"),
    ("py:class", "Row"),
    ("py:class", "CueClass"),
    ("py:class", "MentionKind"),
    ("py:class", "MarkFamily"),
]
