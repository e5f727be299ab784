"""``newsparse batch`` end to end: real runs of the command, in process and as a subprocess."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsparse.cli.main import main

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
FAST = ["--pipeline", "fast", "--add", "faulty.fail"]


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A directory of articles, one failing, one not UTF-8, one empty, plus a JSON Lines file."""
    root = tmp_path / "archive"
    (root / "2024" / "march").mkdir(parents=True)
    (root / ".hidden").mkdir()
    for i in range(4):
        (root / "2024" / f"a{i}.txt").write_text(
            f"Mayor Lena Ortiz said on Monday that {i + 2} bridges would close.\n", "utf-8"
        )
    (root / "2024" / "march" / "fails.txt").write_text("This one [fail] stops.", "utf-8")
    (root / "2024" / "march" / "latin1.txt").write_bytes("Caf\xe9 owners met.".encode("latin-1"))
    (root / "2024" / "march" / "empty.txt").write_text("  \n", "utf-8")
    (root / "2024" / "notes.md").write_text("not an article", "utf-8")
    (root / ".hidden" / "skip.txt").write_text("hidden", "utf-8")
    lines = [
        json.dumps(
            {
                "id": "r1",
                "text": "The council voted 7 to 2.",
                "source": "wire",
                "metadata": {"desk": "city"},
            }
        ),
        "{not json",
        json.dumps({"text": "No id here, said the clerk."}),
        "",
        json.dumps({"id": 5, "text": "Numeric ids become strings."}),
        json.dumps({"id": "r6", "text": "Another [fail] record."}),
        json.dumps({"id": "r7", "body": "no text field"}),
    ]
    (tmp_path / "records.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return root


EXPECTED_IDS = [
    *(f"archive/2024/a{i}.txt" for i in range(4)),
    "archive/2024/march/empty.txt",
    "archive/2024/march/fails.txt",
    "archive/2024/march/latin1.txt",
    "r1",
    "records.jsonl:2",
    "records.jsonl:3",
    "5",
    "r6",
    "r7",
]
FAILED_IDS = {
    "archive/2024/march/empty.txt",
    "archive/2024/march/fails.txt",
    "archive/2024/march/latin1.txt",
    "records.jsonl:2",
    "r6",
    "r7",
}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_every_input_gives_one_record_in_order(
    archive: Path, workers: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(archive.parent)
    out = archive.parent / "out.jsonl"
    code = main(["batch", "archive", "records.jsonl", "-o", "out.jsonl", "--workers", workers,
                 "--batch-size", "3", *FAST])  # fmt: skip
    assert code == 1, "some documents failed"
    records = read_jsonl(out)
    assert [r["id"] for r in records] == EXPECTED_IDS
    errors = {r["id"]: r for r in records if "error" in r}
    assert set(errors) == FAILED_IDS
    for record in errors.values():
        assert set(record) == {"id", "error", "processor", "plugin"}
    assert errors["r6"]["processor"] == "faulty.fail" and errors["r6"]["plugin"] == "faulty"
    assert str(errors["r6"]["error"]).startswith(
        "Processor 'faulty.fail' of plugin 'faulty' failed on document 'r6': RuntimeError"
    )
    assert "not valid UTF-8" in str(errors["archive/2024/march/latin1.txt"]["error"])
    assert errors["archive/2024/march/empty.txt"]["processor"] is None
    assert "not valid JSON" in str(errors["records.jsonl:2"]["error"])
    r1 = next(r for r in records if r["id"] == "r1")
    assert r1["metadata"] == {"desk": "city", "source": "wire"}
    assert r1["layers"]["sentences"]  # type: ignore[index]
    assert not (archive.parent / "out.jsonl.partial").exists()
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1].startswith("newsparse: 13 documents, 7 ok, 6 failed in ")
    assert err.strip().endswith("docs/s)")


def test_all_parsed_exits_zero_and_quiet_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "seeds.jsonl"
    code = main(["batch", *map(str, SEEDS), "-o", str(out), "--workers", "1", "--quiet",
                 "--pipeline", "fast", "--glob", "*.txt"])  # fmt: skip
    assert code == 0
    assert [r["id"] for r in read_jsonl(out)] == [str(p) for p in SEEDS]
    assert capsys.readouterr().err == ""


def test_usage_errors_exit_two_and_leave_the_output_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n", "utf-8")
    assert main(["batch", str(tmp_path / "missing"), "-o", str(out)]) == 2
    assert "No such file or directory" in capsys.readouterr().err
    assert main(["batch", *map(str, SEEDS), "-o", "-", "--resume"]) == 2
    assert "--resume needs an output file" in capsys.readouterr().err
    assert main(["batch", *map(str, SEEDS), "-o", str(out), "--scheduler", "tcp://127.0.0.1:1",
                 "--timeout", "3"]) == 2  # fmt: skip
    assert "--timeout cannot interrupt processors on Dask workers" in capsys.readouterr().err
    assert main(["batch", *map(str, SEEDS), "-o", str(out), "--workers", "0"]) == 2
    assert out.read_text("utf-8") == "kept\n"


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsparse.cli.main", "batch", *args]


def test_stdin_json_lines_to_stdout(tmp_path: Path) -> None:
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": f"Line {i} of the feed."})
                      for i in range(5))  # fmt: skip
    done = subprocess.run(
        _command("-", "-o", "-", "--workers", "1", "--pipeline", "fast"),
        input=lines + "\n{broken\n", capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in records] == [f"s{i}" for i in range(5)] + ["<stdin>:6"]
    assert "6 documents, 5 ok, 1 failed" in done.stderr


def test_resume_after_kill_continues_where_the_run_stopped(tmp_path: Path) -> None:
    inputs = tmp_path / "feed.jsonl"
    n = 40
    records = [{"id": f"n{i:02d}", "text": f"Item {i}: the port handled {i} ships."}
               for i in range(n)]  # fmt: skip
    records[15]["text"] += " [sleep]"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("an older result that a failed run must not truncate\n", "utf-8")
    partial = tmp_path / "out.jsonl.partial"
    proc = subprocess.Popen(
        _command(str(inputs), "-o", str(out), "--workers", "1", "--batch-size", "1",
                 "--pipeline", "fast", "--add", "faulty.sleep", "--config", "faulty.seconds=120"),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if partial.exists() and partial.read_text("utf-8").count("\n") >= 15:
            break
        time.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert out.read_text("utf-8") == "an older result that a failed run must not truncate\n"
    written = partial.read_text("utf-8")
    assert written.count("\n") == 15
    with partial.open("a", encoding="utf-8") as stream:
        stream.write('{"schema": 1, "id": "n15", "text": "cut o')  # a kill mid-write
    done = subprocess.run(
        _command(str(inputs), "-o", str(out), "--resume", "--workers", "2", "--pipeline", "fast",
                 "--add", "faulty.sleep", "--config", "faulty.seconds=0"),
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "25 documents, 25 ok, 0 failed" in done.stderr
    assert "15 skipped, already in the output" in done.stderr
    result = read_jsonl(out)
    assert [r["id"] for r in result] == [f"n{i:02d}" for i in range(n)]
    assert not partial.exists()


def test_sigterm_stops_the_workers_and_keeps_the_partial_output(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    inputs = tmp_path / "feed.jsonl"
    texts = [f"Item {i}: the ferry carried {i} cars." for i in range(12)]
    texts[4] += " [sleep]"
    inputs.write_text("".join(json.dumps({"id": f"n{i}", "text": t}) + "\n"
                              for i, t in enumerate(texts)), "utf-8")  # fmt: skip
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        _command(str(inputs), "-o", str(out), "--workers", "2", "--batch-size", "1",
                 "--pipeline", "fast", "--add", "faulty.sleep", "--config", "faulty.seconds=120"),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    partial = tmp_path / "out.jsonl.partial"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if partial.exists() and partial.read_text("utf-8").count("\n") >= 4:
            break
        time.sleep(0.1)
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert workers, "worker processes are running"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    _, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive, "no worker outlives the command"
    assert not out.exists()
    assert partial.read_text("utf-8").count("\n") >= 4
