"""Speed of the whole fast pipeline, stage by stage, on one core.

Text: the GUM news articles (../shared/data/gum_eval) plus the seed article
when present, otherwise the project's own seeds/.  Prints words per second
of the whole pipeline and the time share of each processor.

    python benchmarks/bench_pipeline.py [--repeat N]
"""

from __future__ import annotations

import argparse
import time

from corpus import speed_texts
from newsparse import Document, Pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pipeline", default="fast")
    args = parser.parse_args()
    texts, source = speed_texts()
    words = sum(len(t.split()) for t in texts)
    pipe = Pipeline(args.pipeline)
    list(pipe.pipe(texts))  # warm up: create processors, compile patterns
    per_stage = {name: 0.0 for name in pipe.processor_names}
    total = 0.0
    processors = pipe.processors()
    for _ in range(args.repeat):
        for text in texts:
            doc = Document(text)
            for spec, processor in processors:
                t0 = time.perf_counter()
                update = processor(doc)
                doc = doc.with_layers(update, processor=spec.name)
                elapsed = time.perf_counter() - t0
                per_stage[spec.name] += elapsed
                total += elapsed
    n_words = words * args.repeat
    print(f"text: {source}; {len(texts)} documents, {words} words; {args.repeat} repeats")
    print(f"pipeline {pipe.name!r}: {', '.join(pipe.processor_names)}")
    print()
    print(f"{'stage':<24} {'seconds':>9} {'share':>7} {'words/s alone':>14}")
    for name, seconds in per_stage.items():
        alone = n_words / seconds if seconds else float("inf")
        print(f"{name:<24} {seconds:>9.3f} {seconds / total:>7.1%} {alone:>14,.0f}")
    print(f"{'whole pipeline':<24} {total:>9.3f} {1:>7.0%} {n_words / total:>14,.0f}")
    print()
    print(
        f"target: >= 20,000 words/s for the whole fast pipeline on one core: "
        f"{'met' if n_words / total >= 20000 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
