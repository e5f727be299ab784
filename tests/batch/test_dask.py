"""A real Dask cluster on localhost parses documents exactly as one process does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsparse import Document, Pipeline

pytest.importorskip("distributed", reason="install newsparse[dask]")

from distributed import Client, LocalCluster

from newsparse.batch.dask import parse_bag, parse_partition, read_texts
from newsparse.cli.main import main

pytestmark = pytest.mark.dask
SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
        host="127.0.0.1",
    )  # fmt: skip
    with Client(cluster) as c:
        yield c
    cluster.close()


def test_cluster_results_equal_local_results(client: Client) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] * 3
    ids = [f"doc{i}" for i in range(len(texts))]
    import dask.bag as db

    bag = db.from_sequence(list(zip(ids, texts, strict=True)), npartitions=3)
    remote = [Document.from_dict(d) for d in parse_bag(bag, "fast").compute()]
    local = list(Pipeline("fast").pipe(texts, ids=ids))
    assert remote == local
    workers = client.run(lambda: True)
    assert len(workers) == 2


def test_read_texts_keeps_file_names(client: Client) -> None:
    pairs = read_texts(SEEDS, partition_size=1).compute()
    assert [name for name, _ in pairs] == [p.name for p in SEEDS]


def test_batch_command_streams_from_the_cluster_in_order(client: Client, tmp_path: Path) -> None:
    inputs = tmp_path / "in.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] * 5
    records = [{"id": f"d{i}", "text": t} for i, t in enumerate(texts)]
    records[3]["text"] += " [fail]"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in records) + "{bad\n", "utf-8")
    out = tmp_path / "out.jsonl"
    address = client.scheduler.address
    code = main(["batch", str(inputs), *map(str, SEEDS), "-o", str(out), "--scheduler", address,
                 "--pipeline", "fast", "--add", "faulty.fail", "--batch-size", "2"])  # fmt: skip
    assert code == 1
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = [f"d{i}" for i in range(len(texts))] + [f"{inputs}:{len(texts) + 1}"]
    assert [d["id"] for d in docs] == expected + [str(p) for p in SEEDS]
    assert [d["id"] for d in docs if "error" in d] == ["d3", f"{inputs}:{len(texts) + 1}"]
    assert docs[3]["processor"] == "faulty.fail"
    local = Pipeline("fast", add=["faulty.fail"])
    assert Document.from_dict(docs[0]) == local(texts[0], id="d0")


def test_one_bad_document_does_not_fail_the_bag(client: Client) -> None:
    import dask.bag as db

    items = [("a", "Fine text."), ("b", "Broken [fail] text."), ("c", ""), 42, "No id."]
    bag = db.from_sequence(items, npartitions=2)
    out = parse_bag(bag, ["fast.segment", "faulty.fail"]).compute()
    assert [d.get("id") for d in out] == ["a", "b", "c", None, None]
    assert [("error" in d) for d in out] == [False, True, True, True, False]
    assert out[1]["processor"] == "faulty.fail"
    assert "pass texts, (id, text) pairs" in out[3]["error"]


def test_dataframe_partitions_parse_with_the_same_function(client: Client) -> None:
    pd = pytest.importorskip("pandas")
    import dask.dataframe as dd

    frame = pd.DataFrame({"id": ["x1", "x2", "x3"], "text": ["One.", "Two [fail].", "Three."],
                          "desk": ["city", "sport", "city"]})  # fmt: skip
    ddf = dd.from_pandas(frame, npartitions=2)

    def parse_frame(part: pd.DataFrame) -> pd.Series:
        records = part.to_dict(orient="records")
        parsed = parse_partition(records, ["fast.segment", "faulty.fail"])
        return pd.Series([json.dumps(d) for d in parsed], index=part.index)

    lines = ddf.map_partitions(parse_frame, meta=("parsed", "object")).compute().tolist()
    parsed = [json.loads(line) for line in lines]
    assert [d["id"] for d in parsed] == ["x1", "x2", "x3"]
    assert parsed[0]["metadata"] == {"desk": "city"} and "error" in parsed[1]


def test_a_failed_task_gives_an_error_record_per_document_in_its_place(client: Client) -> None:
    from newsparse.batch.dask import stream_on_dask
    from newsparse.pipeline import PipelineArguments

    # The workers cannot build this pipeline, so every task fails on the cluster.
    arguments = PipelineArguments.of(["no.such.processor"])
    batches = [[Document("One.", {}, id="a"), Document("Two.", {}, id="b")],
               [Document("Three.", {}, id="c")]]  # fmt: skip
    out = list(stream_on_dask(client, arguments, batches, ahead=1))
    assert [r.id for r in out] == ["a", "b", "c"]
    assert all(
        r.error.startswith(f"Document {r.id!r} was lost: its Dask task failed (") for r in out
    )
    assert "no.such.processor" in out[0].error
