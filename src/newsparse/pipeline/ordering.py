"""Order processors by what they require, use and provide.

Registration order never matters: a processor runs after every processor
in the pipeline that provides something it requires or uses; ties are
broken by stage (the order of ``STAGES``) and then by
name, so the order is the same on every machine.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from newsparse.errors import PipelineConfigError
from newsparse.hooks.contract import STAGES, ProcessorSpec

__all__ = ["order_processors"]


def _rank(spec: ProcessorSpec) -> tuple[int, str]:
    stage = STAGES.index(spec.stage) if spec.stage in STAGES else len(STAGES)
    return (stage, spec.name)


def order_processors(
    specs: Sequence[ProcessorSpec], *, given: frozenset[str] = frozenset()
) -> list[ProcessorSpec]:
    """Return *specs* in an order where every requirement is met before it is needed.

    :param specs: the processors of a pipeline.
    :param given: layers the input documents already have.
    :raises PipelineConfigError: when a requirement is provided by no
        processor, or requirements form a cycle.
    """
    providers: dict[str, list[str]] = {}
    for spec in specs:
        for item in spec.provides:
            providers.setdefault(item, []).append(spec.name)
    by_name = {spec.name: spec for spec in specs}
    after: dict[str, set[str]] = {spec.name: set() for spec in specs}
    for spec in specs:
        for item in sorted(spec.requires):
            if item in given:
                continue
            if item not in providers:
                raise PipelineConfigError(
                    f"Processor {spec.name!r} requires {item!r}, which no processor in the "
                    "pipeline provides: add one that does (see 'newsparse plugins')."
                )
            after[spec.name].update(p for p in providers[item] if p != spec.name)
        for item in spec.uses:
            after[spec.name].update(p for p in providers.get(item, ()) if p != spec.name)
    waiting = {name: set(deps) for name, deps in after.items()}
    ready = [(_rank(by_name[n]), n) for n, deps in waiting.items() if not deps]
    heapq.heapify(ready)
    ordered: list[ProcessorSpec] = []
    while ready:
        _, name = heapq.heappop(ready)
        ordered.append(by_name[name])
        for other, deps in waiting.items():
            if name in deps:
                deps.discard(name)
                if not deps:
                    heapq.heappush(ready, (_rank(by_name[other]), other))
    if len(ordered) != len(specs):
        stuck = sorted(n for n, deps in waiting.items() if deps)
        raise PipelineConfigError(
            f"Processors {', '.join(stuck)} require each other in a cycle: "
            "remove one of them from the pipeline."
        )
    return ordered
