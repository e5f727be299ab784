"""``newsparse models``: download, list and locate Stanza's models.

The ``stanza`` plugin adds this command through the
:func:`~newsparse.hooks.specs.newsparse_cli_commands` hook (:data:`COMMAND`).

* ``newsparse models download [--lang en] [--dir DIR]`` fetches Stanza's
  default models for a language, with a progress bar per file.
* ``newsparse models list [--lang en] [--dir DIR]`` shows the model files
  installed and whether the Stanza pipeline can run.
* ``newsparse models path [--dir DIR]`` prints the model directory.

The directory is ``--dir``, else ``NEWSPARSE_STANZA_DIR``, else Stanza's own.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from newsparse.builtin.stanza import models
from newsparse.errors import NewsparseError
from newsparse.hooks import CommandSpec

__all__ = ["COMMAND", "configure", "run"]

#: Exit code for a failure the user can fix (no network, unknown language).
EXIT_FAILURE = 2


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the sub-commands of ``newsparse models`` to *parser*."""
    commands = parser.add_subparsers(dest="models_command", metavar="SUBCOMMAND", required=True)

    download = commands.add_parser(
        "download",
        help="download Stanza's models for a language",
        description="Download Stanza's default models for a language (with progress).",
    )
    _add_lang(download)
    _add_dir(download)
    download.add_argument(
        "--package", default="default", help="Stanza package to download (default: default)"
    )
    download.set_defaults(models_run=run_download)

    listing = commands.add_parser(
        "list",
        help="list installed model files and whether the stanza pipeline can run",
        description="List the model files in the model directory and say whether the "
        "'stanza' pipeline has every model it needs.",
    )
    _add_lang(listing)
    _add_dir(listing)
    listing.set_defaults(models_run=run_list)

    path = commands.add_parser(
        "path", help="print the model directory", description="Print the model directory."
    )
    _add_dir(path)
    path.set_defaults(models_run=run_path)


def run(args: argparse.Namespace) -> int:
    """Run the ``newsparse models`` sub-command the arguments name."""
    code: int = args.models_run(args)
    return code


#: The ``models`` command, as the ``stanza`` plugin registers it.
COMMAND = CommandSpec(
    name="models",
    help="download, list and locate Stanza's models",
    description="Manage the Stanza models the 'stanza' pipeline needs. The model "
    "directory is --dir, else $NEWSPARSE_STANZA_DIR, else Stanza's default.",
    configure=configure,
    run=run,
)


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", default="en", help="language code (default: en)")


def _add_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dir", default=None, metavar="DIR", help="model directory (default: see above)"
    )


def _config(args: argparse.Namespace) -> dict[str, Any]:
    config: dict[str, Any] = {"stanza.lang": getattr(args, "lang", "en")}
    if args.dir:
        config["stanza.dir"] = args.dir
    return config


def _error(message: str) -> int:
    print(f"newsparse: error: {message}", file=sys.stderr)
    return EXIT_FAILURE


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def run_download(args: argparse.Namespace) -> int:
    """Run ``newsparse models download``."""
    directory = models.model_dir(_config(args))
    try:
        models.download(args.lang, directory, package=args.package)
    except NewsparseError as exc:
        return _error(str(exc))
    except ValueError as exc:
        return _error(
            f"Stanza has no {args.package!r} models for language {args.lang!r} "
            f"({_first_line(exc)}): check --lang and --package."
        )
    except Exception as exc:
        return _error(
            f"could not download Stanza's models into {directory} ({_first_line(exc)}): "
            "check the network connection and retry."
        )
    print(f"Stanza's {args.package!r} models for {args.lang!r} are in {directory}.")
    return 0


def _size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def run_list(args: argparse.Namespace) -> int:
    """Run ``newsparse models list``."""
    config = _config(args)
    directory = models.model_dir(config)
    print(f"Stanza models in {directory}")
    found = models.installed_models(directory, args.lang)
    if not found:
        print(f"  none for {args.lang!r}")
    for model in found:
        print(f"  {model.lang:<4} {model.processor:<16} {model.package:<32} {_size(model.size)}")
    try:
        models.check(config)
    except NewsparseError as exc:
        print(f"Pipeline 'stanza' cannot run: {exc}")
    else:
        print("Pipeline 'stanza' has every model it needs.")
    return 0


def run_path(args: argparse.Namespace) -> int:
    """Run ``newsparse models path``."""
    print(models.model_dir(_config(args)))
    return 0
