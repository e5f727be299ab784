"""The pluggy markers of the ``newsparse`` project."""

from __future__ import annotations

import pluggy

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec"]

#: The pluggy project name, which is also the entry-point group plugins use.
PROJECT_NAME = "newsparse"

#: Marks a function of a plugin module as the implementation of a hook.
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)

#: Marks a function of :mod:`newsparse.hooks.specs` as a hook specification.
hookspec = pluggy.HookspecMarker(PROJECT_NAME)
