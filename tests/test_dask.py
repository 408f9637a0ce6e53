"""Past one machine: extract_documents over a Dask bag on a local cluster (offline).

The same claims, in the same order, as one process extracting the documents one by one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.models import Document
from factcheck.pipeline import extract_documents, extract_records

dask_bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

ROOT = Path(__file__).resolve().parent.parent


def _rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for path in sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                row = json.loads(line)
                rows.append({"id": f"{path.stem}-{n}", "text": row["text"]})
    for path in sorted((ROOT / "claims").glob("*.md")):
        rows.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
    return rows


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    # Threads in this process: no sockets, no network, nothing left running afterwards.
    with (
        distributed.LocalCluster(
            processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def _expected(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    docs = [Document.model_validate(r) for r in rows]
    return [c.to_record() for c in extract_documents(docs)]


def test_a_bag_of_documents_gives_the_claims_of_one_process(client) -> None:  # type: ignore[no-untyped-def]
    rows = _rows()
    assert len(rows) >= 20
    bag = dask_bag.from_sequence(rows, npartitions=5)
    got = bag.map_partitions(extract_records).compute()
    expected = _expected(rows)
    assert len(expected) > 100
    assert got == expected


def test_json_lines_files_in_and_out(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = _rows()
    archive = tmp_path / "archive"
    archive.mkdir()
    for i in range(3):
        part = rows[i::3]
        (archive / f"{i}.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in part), encoding="utf-8"
        )
    bag = dask_bag.read_text(str(archive / "*.jsonl")).map(json.loads)
    out = tmp_path / "claims"
    bag.map_partitions(extract_records).map(json.dumps).to_textfiles(str(out / "*.jsonl"))
    written = [
        json.loads(line)
        for path in sorted(out.glob("*.jsonl"), key=lambda p: int(p.stem))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    inputs = [
        json.loads(line)
        for i in range(3)
        for line in (archive / f"{i}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert written == _expected(inputs)
