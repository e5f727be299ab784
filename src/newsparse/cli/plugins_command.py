"""``newsparse plugins``: what is installed, where from, and what it registers."""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from typing import Any

from newsparse.plugins import PluginHost, PluginLoadWarning

__all__ = ["register"]


def register(subparsers: Any) -> None:
    """Add the ``plugins`` command to *subparsers*."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "plugins",
        help="list installed plugins, their processors and pipelines",
        description="List installed plugins (name, hooks, distribution, version, source), "
        "the processors, pipelines and commands they register, and plugins that failed to load.",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--disable", action="append", default=[], metavar="PLUGIN", help="block a plugin"
    )
    parser.set_defaults(handler=run)


def _collect(host: PluginHost) -> dict[str, Any]:
    processors = host.processor_specs()
    pipelines = host.pipeline_specs()
    commands = host.command_specs()
    return {
        "plugins": [
            {
                "name": info.name,
                "hooks": list(info.hooks),
                "distribution": info.distribution,
                "version": info.version,
                "source": info.source,
            }
            for info in host.describe()
        ],
        "processors": [
            {
                "name": name,
                "stage": spec.stage,
                "plugin": plugin,
                "requires": sorted(spec.requires),
                "provides": sorted(spec.provides),
                "description": spec.description,
            }
            for name, (spec, plugin) in sorted(processors.items())
        ],
        "pipelines": [
            {
                "name": name,
                "plugin": plugin,
                "processors": list(spec.processors),
                "choose_from": list(spec.choose_from),
                "description": spec.description,
            }
            for name, (spec, plugin) in sorted(pipelines.items())
        ],
        "commands": [
            {"name": name, "plugin": plugin, "help": spec.help}
            for name, (spec, plugin) in sorted(commands.items())
        ],
        "failed": [{"name": f.name, "message": f.message} for f in host.failures],
    }


def run(args: argparse.Namespace) -> int:
    """Run ``newsparse plugins``."""
    with warnings.catch_warnings():
        # Failures are listed in the output below.
        warnings.simplefilter("ignore", PluginLoadWarning)
        host = PluginHost(disable=args.disable)
        data = _collect(host)
    if args.format == "json":
        print(json.dumps(data, indent=2))
        return 0
    out = ["Plugins"]
    for plugin in data["plugins"]:
        origin = (
            f"{plugin['distribution']} {plugin['version']}"
            if plugin["distribution"]
            else "(no distribution)"
        )
        out.append(f"  {plugin['name']:<12} {origin:<22} {plugin['source']}")
        out.append(f"  {'':<12} hooks: {', '.join(plugin['hooks'])}")
    out += ["", "Processors"]
    for proc in data["processors"]:
        out.append(f"  {proc['name']:<24} {proc['stage']:<18} {proc['description']}")
    out += ["", "Pipelines"]
    for pipe in data["pipelines"]:
        what = (
            " | ".join(pipe["choose_from"])
            if pipe["choose_from"]
            else ", ".join(pipe["processors"])
        )
        out.append(f"  {pipe['name']:<10} {what}")
    if data["commands"]:
        out += ["", "Commands"]
        out += [f"  {c['name']:<12} {c['help']} (plugin {c['plugin']})" for c in data["commands"]]
    if data["failed"]:
        out += ["", "Failed to load"]
        out += [f"  {f['name']:<12} {f['message']}" for f in data["failed"]]
    sys.stdout.write("\n".join(out) + "\n")
    return 0
