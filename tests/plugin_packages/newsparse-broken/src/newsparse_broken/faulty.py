"""Processors that fail, hang or crash on chosen documents, to test batch runs.

A document is chosen when its text contains the marker of the processor
(``[fail]``, ``[sleep]``, ``[hang]``, ``[crash]``) or its id is listed in
``faulty.ids``.  Each processor adds an empty layer of its own name.

- ``faulty.fail``: raises ``RuntimeError``.
- ``faulty.batch_fail``: a batch processor whose whole batch raises when any
  document of it is chosen (and a lone chosen document raises too).
- ``faulty.sleep``: sleeps ``faulty.seconds`` seconds.
- ``faulty.hang``: sleeps and swallows every exception, timer alarms
  included, for ``faulty.seconds`` seconds; only a watchdog that stops the
  process ends it early.
- ``faulty.crash``: ends its process at once (``os._exit``), as a crash in
  a C extension would.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import newsparse
from newsparse.model import Document
from newsparse.pipeline import BatchProcessor, LayerUpdate, ProcessorSpec


class Chooser:
    def __init__(self, marker: str, config: Mapping[str, Any]) -> None:
        self.marker = marker
        self.ids = frozenset(config["faulty.ids"])

    def __call__(self, doc: Document) -> bool:
        return self.marker in doc.text or (doc.id is not None and doc.id in self.ids)


def failing(config: Mapping[str, Any]) -> Callable[[Document], LayerUpdate]:
    chosen = Chooser("[fail]", config)

    def fail(doc: Document) -> LayerUpdate:
        if chosen(doc):
            raise RuntimeError("this document was chosen to fail")
        return {"faulty.fail": []}

    return fail


class BatchFailing(BatchProcessor):
    def __init__(self, config: Mapping[str, Any]) -> None:
        self.chosen = Chooser("[fail]", config)
        self.batches: list[int] = []

    def process_batch(self, docs: Sequence[Document]) -> list[LayerUpdate]:
        self.batches.append(len(docs))
        if any(self.chosen(doc) for doc in docs):
            raise RuntimeError("a document of this batch was chosen to fail")
        return [{"faulty.batch_fail": []} for _ in docs]


def sleeping(config: Mapping[str, Any]) -> Callable[[Document], LayerUpdate]:
    chosen = Chooser("[sleep]", config)
    seconds = float(config["faulty.seconds"])

    def sleep(doc: Document) -> LayerUpdate:
        if chosen(doc):
            time.sleep(seconds)
        return {"faulty.sleep": []}

    return sleep


def hanging(config: Mapping[str, Any]) -> Callable[[Document], LayerUpdate]:
    chosen = Chooser("[hang]", config)
    seconds = float(config["faulty.seconds"])

    def hang(doc: Document) -> LayerUpdate:
        if chosen(doc):
            until = time.monotonic() + seconds
            while time.monotonic() < until:
                with contextlib.suppress(BaseException):  # swallows the timer on purpose
                    time.sleep(0.05)
        return {"faulty.hang": []}

    return hang


def crashing(config: Mapping[str, Any]) -> Callable[[Document], LayerUpdate]:
    chosen = Chooser("[crash]", config)

    def crash(doc: Document) -> LayerUpdate:
        if chosen(doc):
            os._exit(3)
        return {"faulty.crash": []}

    return crash


def _spec(name: str, factory: Callable[[Mapping[str, Any]], Any]) -> ProcessorSpec:
    return ProcessorSpec(
        name=name, stage=name, factory=factory, provides={name},
        description="fails on chosen documents (newsparse's own tests)",
    )  # fmt: skip


@newsparse.hookimpl
def newsparse_processors() -> list[ProcessorSpec]:
    return [
        _spec("faulty.fail", failing),
        _spec("faulty.batch_fail", BatchFailing),
        _spec("faulty.sleep", sleeping),
        _spec("faulty.hang", hanging),
        _spec("faulty.crash", crashing),
    ]


@newsparse.hookimpl
def newsparse_config_defaults() -> dict[str, Any]:
    return {"faulty.ids": [], "faulty.seconds": 30.0}
