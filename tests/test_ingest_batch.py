"""Ingest in batches and on several cores: the same queue, each document atomic.

Documents are written ``BATCH_DOCUMENTS`` to a transaction, each in a savepoint: a reader
never sees part of a document, a document that fails rolls back alone, and a process
killed in the middle of a batch leaves only whole documents behind.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.extract import synthetic_articles
from factcheck import _parallel
from factcheck.db import ingest as ingest_module
from factcheck.db.ingest import ingest_documents
from factcheck.db.store import open_store
from factcheck.errors import BadDocument
from factcheck.models import Document
from factcheck.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent


def _docs(n: int) -> list[Document]:
    return synthetic_articles(n, seed=11, figures=0.3)


def _queue(url: str) -> list[tuple[str, list[tuple[str, float]], list[tuple[str, str]]]]:
    with open_store(url) as store:
        out = []
        for doc, records in store.report():
            claims = [(r.claim.id, r.priority) for r in records]
            checks = sorted((c.check, c.status) for r in records for c in r.checks)
            out.append((doc.id, claims, checks))
    return out


def test_jobs_and_batches_queue_what_one_by_one_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _docs(30)
    one, many = str(tmp_path / "one.db"), str(tmp_path / "many.db")
    with open_store(one) as store:
        # The old way: one transaction per document, in this process.
        for doc in docs:
            claims = extract(doc.text, published=doc.published, id=doc.id)
            store.add_document(doc, claims, actor="tester")
            from factcheck.checks import check_and_store

            check_and_store(store, doc, claims)
    monkeypatch.setattr(_parallel, "MIN_PARALLEL_CHARS", 1)
    monkeypatch.setattr(_parallel, "BATCH_CHARS", 10_000)
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 7)
    with open_store(many) as store:
        summary = ingest_documents(store, docs, actor="tester", jobs=2)
    assert summary.added == 30 and summary.claims > 200
    assert sum(summary.checks.values()) > 0
    assert _queue(many) == _queue(one)


def test_a_reader_sees_whole_documents_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = str(tmp_path / "q.db")
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 4)
    docs = _docs(10)
    expected = {d.id: len(extract(d.text, published=d.published, id=d.id)) for d in docs}
    seen: list[int] = []

    def look(_doc: Document, _result: object) -> None:
        reader = sqlite3.connect(url)
        try:
            rows = reader.execute(
                "SELECT d.id, COUNT(c.id) FROM documents d LEFT JOIN claims c"
                " ON c.document_id = d.id GROUP BY d.id"
            ).fetchall()
        finally:
            reader.close()
        assert all(n == expected[i] for i, n in rows)
        seen.append(len(rows))

    with open_store(url) as store:
        ingest_documents(store, docs, actor="tester", on_document=look, check=False)
    # Inside a batch the reader sees the batches before it, whole, and nothing of this one.
    assert seen == [0, 0, 0, 0, 4, 4, 4, 4, 8, 8]


def test_a_failing_document_rolls_back_alone(db_url: str) -> None:
    url = db_url
    a, b = _docs(2)
    clash = Document(id=a.id, text="Another text of £5 million, 2024.")
    with open_store(url) as store, pytest.raises(BadDocument):
        ingest_documents(store, [a, b, clash], actor="tester")
    with open_store(url) as store:
        assert [d.id for d in store.documents()] == [a.id, b.id]
        assert {r.claim.document for r in store.claims()} <= {a.id, b.id}


_KILLED = """
import os, signal, sys
sys.path.insert(0, {root!r})
from benchmarks.extract import synthetic_articles
from factcheck.db import ingest, store as store_module
from factcheck.db.store import open_store

real = store_module._SqliteTx.many
claims_written = []

def write_then_die(self, sql, rows):
    real(self, sql, rows)
    if sql.startswith("INSERT INTO claims"):
        claims_written.append(len(rows))
        if len(claims_written) == 3:
            # The third batch: its documents and claims written, its checks and events not,
            # nothing of it committed.
            os.kill(os.getpid(), signal.SIGKILL)

store_module._SqliteTx.many = write_then_die
ingest.BATCH_DOCUMENTS = 10
with open_store({url!r}) as store:
    ingest.ingest_documents(store, synthetic_articles(40, seed=11, figures=0.3), actor="k")
"""


def test_a_kill_leaves_whole_documents(tmp_path: Path) -> None:
    url = str(tmp_path / "q.db")
    with open_store(url):
        pass
    script = _KILLED.format(root=str(ROOT), url=url)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, env={**os.environ})
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    docs = {d.id: d for d in _docs(40)}
    with open_store(url) as store:
        queued = store.documents()
        assert [d.id for d in queued] == list(docs)[:20]  # two batches committed
        for d in queued:
            extracted = extract(d.text, published=d.published, id=d.id)
            assert [c.id for c in store.document_claims(d.id)] == [c.id for c in extracted]
