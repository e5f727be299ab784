"""Every stage finishes on untrusted input: any ``str`` and long repeated structures.

No timing is asserted (speed lives in ``benchmarks/bench_scaling.py``); the
deadline is generous and only stops a run that has gone quadratic.
"""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from hypothesis import given, settings

from newsparse import Document, Pipeline

from .strategies import any_text, repeated_structures

#: The stages of the fast pipeline, each run and checked on its own.
STAGES = ("fast.segment", "fast.entities", "rules.quotes", "rules.numeric_claims")

#: Generous: a 1 MB example takes seconds per stage on a loaded machine.
DEADLINE = timedelta(minutes=5)


@pytest.fixture(scope="module")
def fast() -> Pipeline:
    return Pipeline(list(STAGES))


def check_stages(pipe: Pipeline, text: str) -> Document:
    """Run each stage in turn and check the layers it adds against the text."""
    doc = Document(text)
    for spec, processor in pipe.processors():
        update = processor(doc)
        doc = doc.with_layers(update, processor=spec.name)  # validates offsets
        for name in update:
            anns = doc.layer(name)
            starts = [a.start for a in anns]
            assert starts == sorted(starts), f"{spec.name}: layer {name} is not in order"
            for ann in anns:
                assert 0 <= ann.start <= ann.end <= len(text), (spec.name, name, ann)
    assert doc.pipeline == STAGES
    tokens = doc.layer("tokens")
    for before, after in itertools.pairwise(tokens):
        assert before.end <= after.start
    for token in tokens:
        assert token.end > token.start and not doc.text_of(token).isspace()
    return doc


@settings(deadline=DEADLINE)
@given(repeated_structures())
def test_every_stage_finishes_on_long_repeated_structures(fast: Pipeline, text: str) -> None:
    check_stages(fast, text)


@settings(deadline=DEADLINE)
@given(any_text)
def test_any_str_parses_validly_round_trips_and_is_deterministic(fast: Pipeline, text: str) -> None:
    doc = check_stages(fast, text)
    assert Document.from_json(doc.to_json()) == doc
    assert fast(text) == doc.with_layers({}, processor=None)
