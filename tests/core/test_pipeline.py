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


# -- newsparse.parse: one pipeline per process ------------------------------------------------
def test_parse_reuses_one_pipeline_per_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsparse
    from newsparse.pipeline import PipelineArguments
    from newsparse.pipeline.cache import cached_pipeline

    newsparse.parse.cache_clear()
    first = cached_pipeline(PipelineArguments.of("fast", config={"faulty.ids": ["x"]}))
    again = cached_pipeline(PipelineArguments.of("fast", config={"faulty.ids": ["x"]}))
    assert first is again, "equal arguments (a list inside) share one pipeline"
    assert cached_pipeline(PipelineArguments.of("fast", config={"faulty.ids": ["y"]})) is not first
    monkeypatch.setenv("NEWSPARSE_DISABLE_PLUGINS", "broken,misspelled,crashing,raising,acme")
    assert cached_pipeline(PipelineArguments.of("fast", config={"faulty.ids": ["x"]})) is not first
    monkeypatch.undo()
    assert cached_pipeline(PipelineArguments.of("fast", config={"faulty.ids": ["x"]})) is first
    newsparse.parse.cache_clear()
    assert cached_pipeline(PipelineArguments.of("fast", config={"faulty.ids": ["x"]})) is not first
    doc = newsparse.parse("Anna Berg met the mayor.", "fast", id="d1", metadata={"k": 1})
    assert doc.id == "d1" and doc.metadata["k"] == 1 and doc.pipeline[0] == "fast.segment"


def test_parse_with_unhashable_arguments_still_parses() -> None:
    import newsparse

    class Opaque:
        __hash__ = None  # type: ignore[assignment]

    newsparse.parse.cache_clear()
    with pytest.raises(PipelineConfigError, match="Unknown configuration key"):
        newsparse.parse("Text.", "fast", config={"no.such.key": Opaque()})
    assert newsparse.parse("Text.", "fast").text == "Text."


# -- pipe: nothing lost ------------------------------------------------------------------------
FAULTY = ["faulty.fail", "faulty.batch_fail"]


@pytest.fixture(scope="module")
def faulty() -> Pipeline:
    return Pipeline(FAULTY)


def _texts(n: int, failing: set[int]) -> list[str]:
    return [f"Text {i}." + (" [fail]" if i in failing else "") for i in range(n)]


@pytest.mark.parametrize("batch_size", [1, 4])
@pytest.mark.parametrize("position", range(4))
def test_a_failure_at_any_position_of_a_batch_is_recorded_in_place(
    position: int, batch_size: int
) -> None:
    from newsparse.pipeline import FailedDocument

    failing = {position, position + 4}
    ids = [f"d{i}" for i in range(10)]
    batch_fail = Pipeline(["faulty.batch_fail"])
    out = list(batch_fail.pipe(_texts(10, failing), ids=ids, batch_size=batch_size,
                           on_error="record"))  # fmt: skip
    assert [r.id for r in out] == ids
    failed = [i for i, r in enumerate(out) if isinstance(r, FailedDocument)]
    assert failed == sorted(failing)
    for i in failed:
        record = out[i]
        assert isinstance(record, FailedDocument)
        # the batch processor's failure is blamed on the failing document, not the first
        assert record.error.startswith(
            f"Processor 'faulty.batch_fail' of plugin 'faulty' failed on document 'd{i}': "
        )
        assert (record.processor, record.plugin) == ("faulty.batch_fail", "faulty")
        assert record.to_dict() == {
            "id": f"d{i}",
            "error": record.error,
            "processor": "faulty.batch_fail",
            "plugin": "faulty",
        }
    assert all(not isinstance(r, FailedDocument) for i, r in enumerate(out) if i not in failing)


@given(
    failing=st.sets(st.integers(0, 11), max_size=12),
    batch_size=st.integers(1, 7),
)
def test_count_in_equals_count_out(faulty: Pipeline, failing: set[int], batch_size: int) -> None:
    from newsparse.pipeline import FailedDocument

    pipe = Pipeline(["faulty.batch_fail"]) if batch_size % 2 else faulty
    out = list(pipe.pipe(_texts(12, failing), batch_size=batch_size, on_error="record"))
    assert len(out) == 12
    assert {i for i, r in enumerate(out) if isinstance(r, FailedDocument)} == failing
    assert [r.text for r in out if not isinstance(r, FailedDocument)] == [
        t for i, t in enumerate(_texts(12, failing)) if i not in failing
    ]


def test_raise_names_the_document_that_fails_in_a_batch(faulty: Pipeline) -> None:
    from newsparse.errors import ProcessingError

    pipe = Pipeline(["faulty.batch_fail"])
    with pytest.raises(
        ProcessingError,
        match="Processor 'faulty.batch_fail' of plugin 'faulty' failed on document 'd2': "
        "RuntimeError",
    ):
        list(pipe.pipe(_texts(4, {2}), ids=["d0", "d1", "d2", "d3"], batch_size=4))


def test_failed_documents_pass_through_in_place(faulty: Pipeline) -> None:
    from newsparse.pipeline import FailedDocument

    unreadable = FailedDocument(id="bad.txt", error="File 'bad.txt' is not UTF-8.")
    out = list(faulty.pipe(["One.", unreadable, "Two."], on_error="record"))
    assert out[1] is unreadable and [r.text for r in (out[0], out[2])] == ["One.", "Two."]


def test_ids_of_the_wrong_length_are_an_error(faulty: Pipeline) -> None:
    texts = _texts(3, set())
    with pytest.raises(PipelineConfigError, match="ids has 2 items but texts has 3"):
        list(faulty.pipe(texts, ids=["a", "b"]))
    with pytest.raises(PipelineConfigError, match="ids has 4 items but texts has 3"):
        list(faulty.pipe(texts, ids=["a", "b", "c", "d"]))
    with pytest.raises(PipelineConfigError, match="ids ran out after 2 items"):
        list(faulty.pipe(iter(texts), ids=iter(["a", "b"])))
    with pytest.raises(PipelineConfigError, match="ids has more items than the 3 texts"):
        list(faulty.pipe(iter(texts), ids=["a", "b", "c", "d"]))
    endless = (f"id{i}" for i in itertools.count())
    assert [d.id for d in faulty.pipe(texts, ids=endless)] == ["id0", "id1", "id2"]


def test_bad_pipe_options_are_errors(faulty: Pipeline) -> None:
    with pytest.raises(PipelineConfigError, match="on_error must be"):
        faulty.pipe([], on_error="ignore")  # type: ignore[call-overload]
    with pytest.raises(PipelineConfigError, match="n_process must be at least 1"):
        faulty.pipe([], n_process=0)
    with pytest.raises(PipelineConfigError, match="explicit PluginHost"):
        Pipeline("toy", plugins=host()).pipe([], n_process=2)
    with pytest.raises(PipelineConfigError, match="timeout must be a positive"):
        Pipeline(FAULTY, timeout=0)


def test_timeout_in_process_turns_a_sleep_into_an_error() -> None:
    from newsparse.errors import ProcessingError
    from newsparse.pipeline import FailedDocument

    pipe = Pipeline(["faulty.sleep"], timeout=0.2, config={"faulty.seconds": 5})
    out = list(pipe.pipe(["Quick.", "Slow [sleep].", "Quick too."], ids=["a", "b", "c"],
                         on_error="record"))  # fmt: skip
    assert [type(r).__name__ for r in out] == ["Document", "FailedDocument", "Document"]
    assert isinstance(out[1], FailedDocument)
    assert out[1].error == (
        "Processor 'faulty.sleep' of plugin 'faulty' failed on document 'b': "
        "TimeoutError: took longer than 0.2 s (the pipeline's timeout)"
    )
    with pytest.raises(ProcessingError, match="'faulty.sleep' .* document 'x': TimeoutError"):
        pipe("Slow [sleep].", id="x")


def test_timeout_in_a_thread_explains_what_to_do() -> None:
    from concurrent.futures import ThreadPoolExecutor

    pipe = Pipeline(["faulty.sleep"], timeout=1)
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(lambda: list(pipe.pipe(["Text."])))
        with pytest.raises(PipelineConfigError, match="main thread .* n_process=2"):
            future.result()
