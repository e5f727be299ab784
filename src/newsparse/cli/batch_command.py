"""``newsparse batch``: parse files, directories or JSON Lines into JSON Lines, streaming.

Exit status: 0 when every document was parsed, 1 when some failed (each has
an error record in the output), 2 for a usage error, 130 when interrupted
(143 on SIGTERM; worker processes are stopped and the partial output is kept
for ``--resume`` either way).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from types import FrameType
from typing import Any

from newsparse.batch.inputs import STDIN, InputReader, check_sources
from newsparse.batch.output import JsonlOutput
from newsparse.batch.progress import Progress
from newsparse.batch.runner import run_batch, start_workers
from newsparse.cli.options import add_pipeline_options, config_from_args, pairs_from_args
from newsparse.errors import PipelineConfigError
from newsparse.pipeline import DEFAULT_PIPELINE, Pipeline, PipelineArguments
from newsparse.pipeline.user_config import UserConfig
from newsparse.pipeline.workers import WorkerPool

__all__ = ["register", "run"]

#: Exit status when some documents failed (they have error records).
EXIT_SOME_FAILED = 1


def register(subparsers: Any) -> None:
    """Add the ``batch`` command to *subparsers*."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "batch",
        help="parse many articles into JSON Lines, in worker processes or on a Dask cluster",
        description="Parse text files, directories of them, or JSON Lines records "
        '({"id", "text", ...}; - reads them from standard input) and write one JSON '
        "document per input, in input order, as results arrive. A document that fails "
        'becomes an error record {"id", "error", "processor", "plugin"} and the run '
        "goes on. Exit status: 0 all parsed, 1 some failed, 2 usage error.",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT",
        help="a text file, a .jsonl file, a directory (recursive), or - for JSON Lines on stdin",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT.jsonl",
        help="where to write JSON Lines (- for standard output); written to OUT.jsonl.partial "
        "and renamed when the run succeeds",
    )  # fmt: skip
    parser.add_argument(
        "--glob", default="*.txt", metavar="PATTERN",
        help="file names to take from directories (default *.txt; *.jsonl files are read as "
        "JSON Lines)",
    )  # fmt: skip
    parser.add_argument(
        "--workers", type=int, default=None, metavar="N",
        help="worker processes (default: one per core; 1 parses in this process)",
    )  # fmt: skip
    parser.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="send the work to the Dask scheduler at ADDRESS (tcp://host:8786) instead of "
        "local worker processes (needs newsparse[dask])",
    )  # fmt: skip
    parser.add_argument(
        "--batch-size", "--partition-size", dest="batch_size", type=int, default=32,
        metavar="N", help="documents per batch sent to a worker or Dask task (default 32)",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=float, default=None, metavar="SECONDS",
        help="seconds a processor may spend on one document before it fails on it",
    )  # fmt: skip
    parser.add_argument(
        "--resume", action="store_true",
        help="continue a stopped run: keep what the output has, skip those ids, append the rest",
    )  # fmt: skip
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary line"
    )
    add_pipeline_options(parser)
    parser.set_defaults(handler=run)


def _arguments(args: argparse.Namespace) -> PipelineArguments:
    """Return the arguments of the pipeline the options ask for, merged as ``Pipeline`` does."""
    chosen, use, add, disable, config = UserConfig().merged(
        pipeline=args.pipeline,
        use=pairs_from_args(args.use, "--use"),
        add=args.add,
        disable=args.disable,
        config=config_from_args(args),
    )
    return PipelineArguments.of(
        chosen if chosen is not None else DEFAULT_PIPELINE,
        use=use, add=add, disable=disable, config=config, strict=args.strict,
        timeout=args.timeout,
    )  # fmt: skip


def _check_options(args: argparse.Namespace) -> int:
    workers: int = args.workers if args.workers is not None else (os.cpu_count() or 1)
    if workers < 1:
        raise PipelineConfigError(f"--workers must be at least 1, got {workers}.")
    if args.batch_size < 1:
        raise PipelineConfigError(f"--batch-size must be at least 1, got {args.batch_size}.")
    if args.scheduler and args.timeout is not None:
        raise PipelineConfigError(
            "--timeout cannot interrupt processors on Dask workers: leave it out, or use "
            "--workers instead of --scheduler."
        )
    return workers


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def _exit_on_sigterm() -> Any:
    """Make SIGTERM unwind like Ctrl-C (workers stopped, output kept for --resume)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _terminate)


def run(args: argparse.Namespace) -> int:
    """Run ``newsparse batch``."""
    workers = _check_options(args)
    check_sources(args.inputs)
    arguments = _arguments(args)
    with start_workers(arguments, workers, scheduler=args.scheduler) as (pipeline, pool):
        return _run(args, pipeline, workers, pool)


def _run(
    args: argparse.Namespace, pipeline: Pipeline, workers: int, pool: WorkerPool | None
) -> int:
    if pipeline.notice and not args.quiet:
        print(f"newsparse: {pipeline.notice}", file=sys.stderr)
    output = JsonlOutput(args.output, resume=args.resume)
    output.open()
    stdin = sys.stdin.buffer if STDIN in args.inputs else None
    reader = InputReader(args.inputs, glob=args.glob, skip=output.done, stdin=stdin)
    bar = not args.quiet and sys.stderr.isatty()
    total = reader.count() if bar else None
    if total is not None:
        total = max(total - len(output.done), 0)
    progress = Progress(sys.stderr, bar=bar, total=total)
    previous = _exit_on_sigterm()
    try:
        run_batch(reader, pipeline, output, progress, workers=workers,
                  batch_size=args.batch_size, scheduler=args.scheduler, pool=pool)  # fmt: skip
    finally:
        progress.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if not args.quiet:
        skipped = f"; {reader.skipped} skipped, already in the output" if reader.skipped else ""
        print(f"newsparse: {progress.summary()}{skipped}", file=sys.stderr)
    return EXIT_SOME_FAILED if progress.failed else 0
