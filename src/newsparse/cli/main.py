"""Entry point of the ``newsparse`` command.

User mistakes (a missing file, an unknown pipeline, missing models) are
reported as one line on standard error with a non-zero exit code, never a
traceback.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

from newsparse._version import __version__
from newsparse.cli import batch_command, parse_command, plugin_command, plugins_command
from newsparse.cli.plugin_commands import add_plugin_commands, plugin_commands
from newsparse.errors import NewsparseError

__all__ = ["build_parser", "main"]

#: Exit code for a user error (bad input, bad option, missing models).
EXIT_USER_ERROR = 2

#: Exit code for an unexpected error (a bug in newsparse or a plugin).
EXIT_INTERNAL_ERROR = 1


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``newsparse`` command.

    newsparse's own commands come first; installed plugins add theirs through
    the ``newsparse_cli_commands`` hook (the ``stanza`` plugin adds ``models``).
    """
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn English news articles into structured, attributable facts.",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="print the full traceback of any error (before the command, e.g. "
        "newsparse --debug parse FILE)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    parse_command.register(subparsers)
    plugins_command.register(subparsers)
    batch_command.register(subparsers)
    plugin_command.register(subparsers)
    add_plugin_commands(subparsers, plugin_commands(reserved=set(subparsers.choices)))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``) and return the exit code.

    Errors print one line on standard error; with ``--debug`` the traceback
    comes first.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except KeyboardInterrupt:
        return 130
    except NewsparseError as exc:
        return _report(args, str(exc), EXIT_USER_ERROR)
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        return _report(args, f"cannot read{where}: {exc.strerror or exc}", EXIT_USER_ERROR)
    except Exception as exc:
        return _report(
            args,
            f"unexpected {type(exc).__name__}: {exc} (run newsparse --debug ... for the "
            "traceback, and please report it)",
            EXIT_INTERNAL_ERROR,
        )
    return code


def _report(args: argparse.Namespace, message: str, code: int) -> int:
    """Print *message* as one error line (after the traceback with ``--debug``); return *code*."""
    if getattr(args, "debug", False):
        traceback.print_exc()
    print(f"newsparse: error: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
