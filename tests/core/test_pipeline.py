from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Pipeline
from newsparse.errors import PipelineConfigError
from newsparse.pipeline import ProcessorSpec
from newsparse.pipeline.ordering import order_processors
from newsparse.plugins import PluginHost

from .toy_plugins import ToyNames, toy_plugins


def host(**plugins: object) -> PluginHost:
    return PluginHost(entry_points=False, plugins={**toy_plugins(), **plugins})


def spec(
    name: str,
    stage: str,
    requires: frozenset[str] = frozenset(),
    provides: frozenset[str] = frozenset(),
    uses: frozenset[str] = frozenset(),
) -> ProcessorSpec:
    return ProcessorSpec(
        name=name,
        stage=stage,
        factory=lambda c: lambda d: {},
        requires=requires,
        provides=provides,
        uses=uses,
    )


def test_named_pipeline_runs_in_dependency_order_not_listing_order() -> None:
    pipe = Pipeline("toy", plugins=host())
    assert pipe.processor_names == ("toy.segment", "toy.names")
    doc = pipe("Anna met Boris. They talked.", id="d1")
    assert doc.pipeline == ("toy.segment", "toy.names")
    assert [e.text for e in doc.entities] == ["Anna", "Boris", "They"]
    assert doc.id == "d1"


def test_processor_list_and_use_replace_a_stage_by_name() -> None:
    pipe = Pipeline(["toy.segment", "toy.names"], use={"entities": "heavy.entities"},
                    config={"heavy.models": True}, plugins=host())  # fmt: skip
    assert pipe.processor_names == ("toy.segment", "heavy.entities")


def test_unknown_names_list_the_valid_ones() -> None:
    with pytest.raises(PipelineConfigError, match="No pipeline is named 'nope'.*toy"):
        Pipeline("nope", plugins=host())
    with pytest.raises(PipelineConfigError, match="No processor is named 'x.y'.*toy.segment"):
        Pipeline(["x.y"], plugins=host())
    with pytest.raises(
        PipelineConfigError, match="Unknown configuration key 'heavy.model'.*heavy.models"
    ):
        Pipeline("toy", config={"heavy.model": 1}, plugins=host())


def test_missing_requirement_is_a_clear_error() -> None:
    with pytest.raises(PipelineConfigError, match="requires 'tokens'"):
        Pipeline(["toy.names"], plugins=host())


def test_choosing_pipeline_falls_back_and_says_why() -> None:
    pipe = Pipeline("pick", plugins=host())
    assert pipe.name == "toy"
    assert pipe.notice is not None and "heavy download" in pipe.notice
    chosen = Pipeline("pick", config={"heavy.models": True}, plugins=host())
    assert chosen.name == "heavy" and chosen.notice == "pipeline 'pick' uses 'heavy'"


def test_explicit_pipeline_with_missing_models_fails_with_the_fix() -> None:
    pipe = Pipeline("heavy", plugins=host())
    with pytest.raises(PipelineConfigError, match="run 'heavy download'"):
        pipe.check()


def test_pipe_streams_in_order_and_batches() -> None:
    names = ToyNames()
    pipe = Pipeline("toy", plugins=host(**{"toy-names": names}))
    texts = [f"Doc{i} Here." for i in range(7)]
    docs = list(pipe.pipe(texts, batch_size=3, ids=[str(i) for i in range(7)]))
    assert [d.text for d in docs] == texts
    assert [d.id for d in docs] == [str(i) for i in range(7)]
    assert len(names.created) == 1, "processors are created once per pipeline"
    assert names.created[0].batches == [3, 3, 1]
    assert list(pipe.pipe([])) == []
    with pytest.raises(PipelineConfigError):
        list(pipe.pipe(texts, batch_size=0))


def test_pipeline_accepts_documents_and_adds_its_layers() -> None:
    pipe = Pipeline(["toy.segment"], plugins=host())
    first = pipe("One. Two.")
    with pytest.raises(PipelineConfigError, match="requires 'tokens'"):
        Pipeline(["toy.names"], plugins=host())
    more = Pipeline(["toy.names"], given=["tokens"], plugins=host())
    assert more(first).pipeline == ("toy.segment", "toy.names")
    with pytest.raises(PipelineConfigError, match="lacks layer 'tokens'"):
        more("Plain text.")
    both = Pipeline(["toy.segment", "toy.names"], plugins=host())(first)
    assert both.pipeline == ("toy.segment", "toy.segment", "toy.names")


def test_order_uses_optional_inputs() -> None:
    specs = [
        spec("q", "quotes", requires={"tokens"}, uses={"syntax"}),
        spec("syn", "syntax", requires={"tokens"}, provides={"syntax"}),
        spec("seg", "segment", provides={"tokens"}),
    ]
    assert [s.name for s in order_processors(specs)] == ["seg", "syn", "q"]
    assert [s.name for s in order_processors(specs[:1] + specs[2:])] == ["seg", "q"]


def test_cycles_are_reported() -> None:
    specs = [
        spec("a", "x", requires={"b"}, provides={"a"}),
        spec("b", "y", requires={"a"}, provides={"b"}),
    ]
    with pytest.raises(PipelineConfigError, match="cycle"):
        order_processors(specs)


@given(st.permutations(range(5)))
def test_order_never_depends_on_registration_order(perm: list[int]) -> None:
    base = [
        spec("seg", "segment", provides={"sentences", "tokens"}),
        spec("ner", "entities", requires={"tokens"}, provides={"entities"}),
        spec(
            "quotes",
            "quotes",
            requires={"sentences"},
            uses={"entities", "syntax"},
            provides={"quotes"},
        ),
        spec("nums", "numeric_claims", requires={"sentences"}, provides={"numeric_claims"}),
        spec("extra", "acme.x", requires={"quotes"}, provides={"acme.x"}),
    ]
    expected = [s.name for s in order_processors(base)]
    assert [s.name for s in order_processors([base[i] for i in perm])] == expected
    position = {name: i for i, name in enumerate(expected)}
    for s in base:
        for other in base:
            if (s.requires | s.uses) & other.provides:
                assert position[other.name] < position[s.name]


def test_registration_order_of_plugins_does_not_change_the_pipeline() -> None:
    orders = []
    for perm in itertools.permutations(toy_plugins().items()):
        h = PluginHost(entry_points=False, plugins=dict(perm))
        orders.append(Pipeline("toy", plugins=h).processor_names)
    assert len(set(orders)) == 1
