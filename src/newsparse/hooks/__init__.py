"""Hook markers and specifications."""

from newsparse.hooks.markers import PROJECT_NAME, hookimpl, hookspec

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec"]
