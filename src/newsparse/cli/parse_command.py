"""``newsparse parse``: parse an article and print it as JSON, text or an HTML page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from newsparse.cli.options import add_pipeline_options, pipeline_from_args
from newsparse.cli.report import text_report
from newsparse.model.codec import check_layer_names

__all__ = ["register"]


def register(subparsers: Any) -> None:
    """Add the ``parse`` command to *subparsers*."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "parse",
        help="parse an article and print the document",
        description="Parse an article (UTF-8 text, one paragraph per line or blank-line "
        "separated) and print the annotated document.",
    )
    parser.add_argument("file", metavar="FILE", help="the article to parse, or - for stdin")
    parser.add_argument(
        "--format",
        choices=("json", "text", "html"),
        default="json",
        help="json: the JSON contract (default); text: a readable summary; "
        "html: one self-contained page with the annotations highlighted",
    )
    parser.add_argument(
        "--indent", type=int, default=2, metavar="N", help="JSON indentation (default 2)"
    )
    parser.add_argument(
        "--layers",
        metavar="A,B",
        help="write only these layers (comma-separated, e.g. entities,quotes); default all",
    )
    parser.add_argument("--id", metavar="ID", help="document id (default: the file name)")
    add_pipeline_options(parser)
    parser.set_defaults(handler=run)


def _read(file: str) -> tuple[str, str | None]:
    if file == "-":
        return sys.stdin.read(), None
    path = Path(file)
    return path.read_text(encoding="utf-8"), path.name


def _layers(value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [name.strip() for name in value.split(",") if name.strip()]
    check_layer_names(names, option="--layers")
    return names


def run(args: argparse.Namespace) -> int:
    """Run ``newsparse parse``."""
    layers = _layers(args.layers)
    text, name = _read(args.file)
    pipeline = pipeline_from_args(args)
    if pipeline.notice:
        print(f"newsparse: {pipeline.notice}", file=sys.stderr)
    doc = pipeline(text, id=args.id or name)
    if args.format == "json":
        indent = args.indent if args.indent > 0 else None
        sys.stdout.write(doc.to_json(indent=indent, layers=layers) + "\n")
    elif args.format == "html":
        from newsparse.render.html import render_html

        sys.stdout.write(render_html(doc, layers=layers))
    else:
        sys.stdout.write(text_report(doc))
    return 0
