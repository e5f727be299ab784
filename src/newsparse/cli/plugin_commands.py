"""Sub-commands that plugins add through the ``newsparse_cli_commands`` hook."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Collection
from typing import Any

from newsparse.errors import PluginError
from newsparse.hooks import CommandSpec
from newsparse.plugins import PluginHost, PluginLoadWarning

__all__ = ["add_plugin_commands", "plugin_commands"]


def plugin_commands(reserved: Collection[str]) -> list[tuple[CommandSpec, str]]:
    """Return the commands installed plugins add, with the plugin adding each, sorted by name.

    A plugin that fails to load is left out here (building a pipeline reports
    it); a command named like one of *reserved* (newsparse's own), or a
    conflict between plugins, is reported on standard error and left out.

    :param reserved: the names of newsparse's own commands.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginLoadWarning)
        host = PluginHost()
    try:
        found = host.command_specs()
    except PluginError as exc:
        print(f"newsparse: warning: {exc}", file=sys.stderr)
        return []
    commands: list[tuple[CommandSpec, str]] = []
    for name, (spec, plugin) in sorted(found.items()):
        if name in reserved:
            print(
                f"newsparse: warning: plugin {plugin!r} adds command {name!r}, which is a "
                "newsparse command: the plugin's command is left out; rename it.",
                file=sys.stderr,
            )
            continue
        commands.append((spec, plugin))
    return commands


def add_plugin_commands(subparsers: Any, commands: list[tuple[CommandSpec, str]]) -> None:
    """Add each plugin command to *subparsers*, its handler being the spec's ``run``."""
    for spec, plugin in commands:
        parser: argparse.ArgumentParser = subparsers.add_parser(
            spec.name,
            help=f"{spec.help} (plugin {plugin})",
            description=spec.description or spec.help,
        )
        spec.configure(parser)
        parser.set_defaults(handler=spec.run)
