"""Words per second of the Stanza pipeline and of the fast pipeline, on the same text, one run.

Models: Stanza's installed English models when present (``newsparse models
download``), or the tiny models the test suite trains (``--tiny``: reused
from ``.cache/stanza-tiny/`` or trained there first, about a minute), or
any model files given with ``--config stanza.ner_model_path=...``.  Tiny
models are much smaller than Stanza's published ones, so their speed is an
upper bound, not a forecast.

Text: the GUM news articles (../shared/data/gum_eval) plus the seed
article when present, otherwise the project's own seeds/.

    python benchmarks/bench_stanza.py [--tiny [DIR]] [--config KEY=VALUE ...] [--batch-size N]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from corpus import ROOT, speed_texts
from newsparse import Pipeline
from newsparse.builtin.stanza import models
from newsparse.errors import NewsparseError

TINY_HELPER = ROOT / "tests" / "stanza" / "tiny_models.py"

#: Rows of the table: label and processors (a pipeline name or a list).
RUNS: tuple[tuple[str, str | tuple[str, ...]], ...] = (
    ("fast (whole pipeline)", "fast"),
    ("stanza (whole pipeline)", "stanza"),
    ("stanza.segment", ("stanza.segment",)),
    ("stanza.segment + stanza.entities", ("stanza.segment", "stanza.entities")),
    ("stanza.segment + stanza.syntax", ("stanza.segment", "stanza.syntax")),
)


def _tiny_helper() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsparse_tiny_models", TINY_HELPER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {TINY_HELPER}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def tiny_config(directory: Path | None) -> tuple[dict[str, Any], str]:
    helper = _tiny_helper()
    if directory is None:
        version = importlib.metadata.version("stanza")
        name = f"stanza-{version}-recipe-{helper.RECIPE_VERSION}"
        directory = ROOT / ".cache" / "stanza-tiny" / name
    tiny = helper.TinyModels(directory)
    if not tiny.complete():
        print(f"training tiny Stanza models into {directory} ...", file=sys.stderr)
        _, seconds = helper.train(directory)
        print(f"trained in {seconds:.1f} s", file=sys.stderr)
    return tiny.config(), f"tiny test models in {directory}"


def parse_config(pairs: list[str]) -> dict[str, Any]:
    config: dict[str, Any] = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        try:
            config[key] = json.loads(value)
        except ValueError:
            config[key] = value
    return config


def measure(
    processors: str | tuple[str, ...], config: dict[str, Any], texts: list[str], batch_size: int
) -> tuple[float, float]:
    """Return (seconds to build and load, seconds to parse every text)."""
    started = time.perf_counter()
    pipeline = Pipeline(
        processors if isinstance(processors, str) else list(processors), config=config
    )
    pipeline("Warm up: Mr. Smith said prices rose 4.2% in Canada.")  # loads the models
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    for _ in pipeline.pipe(texts, batch_size=batch_size):
        pass
    return loaded, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--tiny",
        nargs="?",
        const="",
        default=None,
        metavar="DIR",
        help="use (or train) the tiny test models, in DIR if given",
    )
    parser.add_argument("--config", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (default: 1)")
    args = parser.parse_args()

    config = parse_config(args.config)
    if args.tiny is not None:
        tiny, source = tiny_config(Path(args.tiny) if args.tiny else None)
        config = {**tiny, **config}
    else:
        source = f"installed models in {models.model_dir(config)}"
    try:
        models.check(config)
    except NewsparseError as exc:
        raise SystemExit(f"no Stanza models to measure: {exc} (or pass --tiny)") from None

    import torch

    torch.set_num_threads(args.threads)
    texts, text_source = speed_texts()
    words = sum(len(t.split()) for t in texts)
    print(f"text: {text_source}; {len(texts)} documents, {words:,} words")
    print(f"Stanza {importlib.metadata.version('stanza')} with {source}")
    threads = torch.get_num_threads()
    print(f"torch {torch.__version__}, {threads} thread(s); batch size {args.batch_size}")
    print()
    print(f"{'pipeline':<36} {'load s':>8} {'parse s':>9} {'words/s':>10}")
    for label, processors in RUNS:
        loaded, seconds = measure(processors, config, texts, args.batch_size)
        print(f"{label:<36} {loaded:>8.2f} {seconds:>9.2f} {words / seconds:>10,.0f}")
    print()
    print("Stanza's published English accuracy (default models): tokens 99.2 F1 and sentences")
    print("89.2 F1 on UD EWT; NER 88.8 F1 on OntoNotes. The tiny test models are not accurate.")


if __name__ == "__main__":
    main()
