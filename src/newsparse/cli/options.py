"""Command-line options shared by commands that build a pipeline."""

from __future__ import annotations

import argparse
import json
from typing import Any

from newsparse.errors import PipelineConfigError
from newsparse.pipeline import DEFAULT_PIPELINE, Pipeline

__all__ = [
    "add_pipeline_options",
    "config_file_from_args",
    "config_from_args",
    "pairs_from_args",
    "pipeline_from_args",
]


def add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--pipeline``, ``--use``, ``--add``, ``--disable``, ``--config`` and ``--strict``."""
    group = parser.add_argument_group("pipeline")
    group.add_argument(
        "--pipeline",
        default=None,
        metavar="NAME",
        help=f"pipeline to run: {DEFAULT_PIPELINE} (default, unless the configuration file "
        "names one), fast, stanza, or one a plugin registers",
    )
    group.add_argument(
        "--config-file",
        metavar="PATH",
        help="read pipeline, use, add, disable and config from this TOML file instead of "
        "newsparse.toml or [tool.newsparse] found from the current directory upward",
    )
    group.add_argument(
        "--no-config-file",
        action="store_true",
        help="read no configuration file",
    )
    group.add_argument(
        "--use",
        action="append",
        default=[],
        metavar="STAGE=PROCESSOR",
        help="replace a stage's processor by name, e.g. entities=acme.ner (repeatable)",
    )
    group.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="PROCESSOR",
        help="run one more processor, e.g. a plugin's own layer (repeatable)",
    )
    group.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="PLUGIN",
        help="block a plugin by name (repeatable; also NEWSPARSE_DISABLE_PLUGINS)",
    )
    group.add_argument(
        "--config",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="set a configuration key; VALUE is read as JSON when it parses (repeatable)",
    )
    group.add_argument(
        "--download",
        action="store_true",
        help="download Stanza's models when they are missing (sets stanza.download=true)",
    )
    group.add_argument(
        "--strict",
        action="store_true",
        help="fail when a plugin cannot be loaded instead of leaving it out",
    )


def pairs_from_args(values: list[str], option: str) -> dict[str, str]:
    """Parse repeated ``KEY=VALUE`` options into a dict."""
    pairs: dict[str, str] = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key:
            raise PipelineConfigError(f"{option} expects KEY=VALUE, got {value!r}.")
        pairs[key.strip()] = rest
    return pairs


def _config_value(raw: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def config_from_args(args: argparse.Namespace) -> dict[str, Any]:
    """Return the ``--config`` options as a configuration mapping."""
    config = {
        key: _config_value(raw) for key, raw in pairs_from_args(args.config, "--config").items()
    }
    if args.download:
        config["stanza.download"] = True
    return config


def pipeline_from_args(args: argparse.Namespace) -> Pipeline:
    """Build the pipeline the options describe."""
    return Pipeline(
        args.pipeline,
        use=pairs_from_args(args.use, "--use"),
        add=args.add,
        disable=args.disable,
        config=config_from_args(args),
        strict=args.strict,
        config_file=config_file_from_args(args),
    )


def config_file_from_args(args: argparse.Namespace) -> str | bool:
    """Return the configuration file the options ask for: a path, look it up, or none."""
    if args.no_config_file:
        return False
    return str(args.config_file) if args.config_file else True
