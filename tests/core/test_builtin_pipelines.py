"""The built-in pipelines order their stages by declared inputs, not by luck."""

from __future__ import annotations

import pytest

from newsparse import Pipeline
from newsparse.plugins import PluginHost


@pytest.mark.parametrize("name", ["fast", "stanza"])
def test_every_input_is_produced_before_it_is_used(name: str) -> None:
    pipe = Pipeline(name)
    position = {spec.name: i for i, spec in enumerate(pipe.specs)}
    for spec in pipe.specs:
        for other in pipe.specs:
            if (spec.requires | spec.uses) & other.provides and other is not spec:
                assert position[other.name] < position[spec.name], (other.name, spec.name)


def test_rule_stages_declare_what_they_use_when_present() -> None:
    specs = {name: spec for name, (spec, _) in PluginHost().processor_specs().items()}
    assert {"entities", "syntax"} <= specs["rules.quotes"].uses
    assert {"entities", "syntax"} <= specs["rules.numeric_claims"].uses
    assert {"entities", "syntax"} <= specs["rules.statement_clauses"].uses
    assert specs["stanza.syntax"].provides >= {"syntax"}


def test_fast_pipeline_order() -> None:
    assert Pipeline("fast").processor_names == (
        "fast.segment",
        "fast.entities",
        "rules.quotes",
        "rules.numeric_claims",
        "rules.statement_clauses",
    )
