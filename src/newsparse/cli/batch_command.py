"""``newsparse batch``: parse many files on a Dask cluster into JSON Lines."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from newsparse.cli.options import add_pipeline_options, config_from_args, pairs_from_args
from newsparse.errors import NewsparseError

__all__ = ["register"]


def register(subparsers: Any) -> None:
    """Add the ``batch`` command to *subparsers*."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "batch",
        help="parse many files on a Dask cluster into JSON Lines",
        description="Parse many UTF-8 files on a Dask cluster (a local one by default) and "
        "write one JSON document per line, in the order of the files.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="articles to parse")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT.jsonl", help="where to write JSON Lines"
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="address of a running Dask scheduler (tcp://host:8786); default: a local cluster",
    )
    parser.add_argument(
        "--workers", type=int, default=2, metavar="N", help="workers of the local cluster"
    )
    parser.add_argument(
        "--partition-size", type=int, default=100, metavar="N", help="files per partition"
    )
    add_pipeline_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run ``newsparse batch``."""
    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise NewsparseError("Dask is not installed: pip install 'newsparse[dask]'.") from None
    from newsparse.batch.dask import parse_bag, read_texts

    missing = [f for f in args.files if not Path(f).is_file()]
    if missing:
        raise NewsparseError(f"No such file: {missing[0]}.")
    options = {
        "use": pairs_from_args(args.use, "--use"),
        "add": args.add,
        "disable": args.disable,
        "config": config_from_args(args),
        "strict": args.strict,
    }
    bag: Any = parse_bag(read_texts(args.files, partition_size=args.partition_size), args.pipeline,
                    **options)  # fmt: skip
    if args.scheduler:
        client = distributed.Client(args.scheduler)
        cluster = None
    else:
        cluster = distributed.LocalCluster(
            n_workers=args.workers, threads_per_worker=1, dashboard_address=None
        )
        client = distributed.Client(cluster)
    try:
        count = 0
        with open(args.output, "w", encoding="utf-8") as out:
            for doc in bag.compute():
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                count += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(f"newsparse: wrote {count} documents to {args.output}", file=sys.stderr)
    return 0
