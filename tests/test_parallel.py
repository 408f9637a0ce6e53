"""--jobs: the output of several processes is byte for byte the output of one, in input order.

The texts are the dev and seed gold (read where they live, when this machine has them) and
every fixture text in tests/fixtures. The thresholds are lowered so that even this small
input goes to worker processes in many batches.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import _parallel
from factcheck.cli import app
from factcheck.models import Document
from factcheck.pipeline import extract_claim_lists, extract_documents, extract_pairs

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def _texts() -> list[dict[str, object]]:
    files = sorted((ROOT / "tests" / "fixtures").rglob("*.jsonl"))
    files += sorted((EVAL / "dev").glob("*.jsonl")) + sorted((EVAL / "seed").glob("*.jsonl"))
    rows: list[dict[str, object]] = []
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                continue
            name = f"{path.parent.name}/{path.stem}"
            doc: dict[str, object] = {"id": f"{name}-{n}", "text": row["text"]}
            if isinstance(row.get("published"), str):
                doc["published"] = row["published"]
            rows.append(doc)
    return rows


@pytest.fixture
def many_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_parallel, "MIN_PARALLEL_CHARS", 1)
    monkeypatch.setattr(_parallel, "BATCH_CHARS", 3_000)


def _worker_pid(doc: Document) -> tuple[str, int]:
    return doc.id, os.getpid()


def test_the_corpus_is_there() -> None:
    rows = _texts()
    assert len(rows) > 500
    assert sum(len(str(r["text"])) for r in rows) > 100_000


@pytest.mark.usefixtures("many_batches")
@pytest.mark.parametrize("output_format", ["jsonl", "json"])
def test_extract_jobs_output_is_identical(
    runner: CliRunner, tmp_path: Path, output_format: str
) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(r) + "\n" for r in _texts()), encoding="utf-8")
    outputs = []
    for jobs in ("1", "2", "3"):
        args = ["extract", "--documents", str(docs), "--format", output_format, "--jobs", jobs]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout_bytes)
    assert outputs[0] == outputs[1] == outputs[2]
    if output_format == "jsonl":
        lines = outputs[0].decode().splitlines()
        assert len(lines) > 1000
        # In input order: documents appear in the order they were given.
        ids = [json.loads(line)["document"] for line in lines]
        order = {r["id"]: i for i, r in enumerate(_texts())}
        positions = [order[i] for i in ids]
        assert positions == sorted(positions)


@pytest.mark.usefixtures("many_batches")
def test_library_jobs_give_the_same_claims() -> None:
    docs = [Document.model_validate(r) for r in _texts()[:400]]
    one = list(extract_documents(docs, jobs=1))
    assert one == list(extract_documents(iter(docs), jobs=2))
    assert [len(c) for c in extract_claim_lists(docs, jobs=2)] == [
        len(c) for c in extract_claim_lists(docs)
    ]
    pairs = list(extract_pairs(docs, kinds=["money"], jobs=2))
    assert [d.id for d, _ in pairs] == [d.id for d in docs]
    assert all(c.document == d.id and c.kind == "money" for d, cs in pairs for c in cs)


@pytest.mark.usefixtures("many_batches")
def test_work_goes_to_other_processes_in_order() -> None:
    docs = [Document(id=f"d{i}", text="x" * 1_000) for i in range(60)]
    seen = list(_parallel.map_documents(_worker_pid, docs, jobs=2))
    assert [i for i, _ in seen] == [d.id for d in docs]
    assert os.getpid() not in {pid for _, pid in seen}


def test_a_small_input_stays_in_this_process() -> None:
    docs = [Document(id=f"d{i}", text="x" * 1_000) for i in range(10)]
    seen = list(_parallel.map_documents(_worker_pid, docs, jobs=4))
    assert {pid for _, pid in seen} == {os.getpid()}
    assert [i for i, _ in seen] == [d.id for d in docs]


def _refuse_d7(doc: Document) -> str:
    if doc.id == "d7":
        raise ValueError("d7 refused")
    return doc.id


@pytest.mark.usefixtures("many_batches")
def test_a_worker_error_reaches_the_caller_after_the_results_before_it() -> None:
    docs = [Document(id=f"d{i}", text="x" * 1_000) for i in range(40)]
    got: list[str] = []
    with pytest.raises(ValueError, match="d7 refused"):
        got.extend(_parallel.map_documents(_refuse_d7, docs, jobs=2))
    assert got == [f"d{i}" for i in range(6)]


def test_jobs_default_is_the_cores() -> None:
    assert _parallel.resolve_jobs(None) == _parallel.default_jobs() >= 1
    assert _parallel.resolve_jobs(3) == 3


@pytest.mark.usefixtures("many_batches")
def test_check_documents_jobs_output_is_identical(runner: CliRunner, tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    rows = [r for r in _texts() if r["id"].startswith(("checks/", "articles/", "seed/"))]  # type: ignore[union-attr]
    docs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        args = ["check", "--documents", str(docs), "--offline", "-f", "jsonl", "--jobs", jobs]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout_bytes)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) > 20


@pytest.mark.usefixtures("many_batches")
def test_ingest_jobs_queue_the_same(runner: CliRunner, tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    rows = [r for r in _texts() if str(r["id"]).startswith("articles/")]
    docs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    queues = []
    for jobs in ("1", "2"):
        db = str(tmp_path / f"q{jobs}.db")
        args = ["--db", db, "--create", "ingest", "--documents", str(docs), "--jobs", jobs]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        exported = runner.invoke(app, ["--db", db, "export", "-f", "csv"])
        assert exported.exit_code == 0, exported.output
        queues.append(exported.stdout)
    assert queues[0] == queues[1]
    assert len(queues[0].splitlines()) > 50
