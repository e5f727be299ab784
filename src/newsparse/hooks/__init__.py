"""Hook markers, hook specifications and the plugin contract."""

from newsparse.hooks.contract import CommandSpec
from newsparse.hooks.markers import PROJECT_NAME, hookimpl, hookspec

__all__ = ["PROJECT_NAME", "CommandSpec", "hookimpl", "hookspec"]
