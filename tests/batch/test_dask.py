"""A real Dask cluster on localhost parses documents exactly as one process does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsparse import Document, Pipeline

pytest.importorskip("distributed", reason="install newsparse[dask]")

from distributed import Client, LocalCluster

from newsparse.batch.dask import parse_bag, read_texts
from newsparse.cli.main import main

pytestmark = pytest.mark.dask
SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
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


def test_batch_command_writes_json_lines(client: Client, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    address = client.scheduler.address
    code = main(["batch", *map(str, SEEDS), "-o", str(out), "--scheduler", address,
                 "--pipeline", "fast"])  # fmt: skip
    assert code == 0
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in docs] == [p.name for p in SEEDS]
    assert all(d["layers"]["sentences"] for d in docs)
