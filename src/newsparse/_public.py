"""The public face of newsparse: every module and name that users and plugin authors may import.

:data:`PUBLIC_MODULES` is the one place that says which modules are public;
each of them names its public names in its ``__all__`` (and nowhere else),
and the API reference (``docs/api.rst``) documents exactly those names; a
test checks it.

Everything else is internal and may change in any release: the
implementation modules behind these packages (``newsparse.pipeline.pipeline``,
``newsparse.hooks.contract`` ...), ``newsparse.io``, ``newsparse.cli`` and the
built-in plugins under ``newsparse.builtin``, which reach newsparse through
the same public names and hooks as any third-party plugin.

A name exported by more than one module (``newsparse.Pipeline`` is
``newsparse.pipeline.Pipeline``) is documented once, under the first module
listed here that exports it: its *home*.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["PUBLIC_MODULES", "public_api"]

#: The public modules, most specific first (a name exported by several is
#: documented under the first).
PUBLIC_MODULES: tuple[str, ...] = (
    "newsparse.errors",
    "newsparse.model",
    "newsparse.hooks",
    "newsparse.pipeline",
    "newsparse.plugins",
    "newsparse.lexicon",
    "newsparse.text.charclasses",
    "newsparse.text",
    "newsparse.attribution.marks",
    "newsparse.attribution.words",
    "newsparse.attribution.cue_lexicon",
    "newsparse.attribution.cues",
    "newsparse.attribution.mentions",
    "newsparse.attribution.descriptive",
    "newsparse.attribution.roles",
    "newsparse.attribution.names",
    "newsparse.attribution.wordlists",
    "newsparse.attribution",
    "newsparse.parties.refs",
    "newsparse.parties.resolver",
    "newsparse.parties.statements",
    "newsparse.parties",
    "newsparse.batch",
    "newsparse.testing",
    "newsparse",
)


def public_api() -> Mapping[str, tuple[str, ...]]:
    """Return each public module with the names of its ``__all__``, in :data:`PUBLIC_MODULES` order.

    Imports every public module (:mod:`newsparse.testing` needs Hypothesis).
    """
    return MappingProxyType(
        {name: tuple(importlib.import_module(name).__all__) for name in PUBLIC_MODULES}
    )
