"""Ingest batches: their size, and Ctrl-C in the middle of one.

A batch holds ``BATCH_DOCUMENTS`` documents, fewer once it reaches ``BATCH_CLAIMS``
claims. Ctrl-C rolls back the batch being written, whole, and says what the batches
before it queued: the library raises ``Interrupted`` with their summary, the command
prints it in one line and exits 130.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from benchmarks.extract import synthetic_articles
from factcheck.cli import app
from factcheck.db import ingest as ingest_module
from factcheck.db.ingest import Interrupted, ingest_documents
from factcheck.db.store import ClaimStore, _SqliteTx, open_store
from factcheck.models import Document


def _docs(n: int) -> list[Document]:
    return synthetic_articles(n, seed=29, figures=0.3)


def _sizes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """(documents, claims) of every ``add_documents`` call from now on."""
    seen: list[tuple[int, int]] = []
    real = ClaimStore.add_documents

    def counting(self: ClaimStore, items: Any, **kw: Any) -> Any:
        seen.append((len(items), sum(len(claims) for _, claims, _ in items)))
        return real(self, items, **kw)

    monkeypatch.setattr(ClaimStore, "add_documents", counting)
    return seen


def _stop_in_batch(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    """Ctrl-C inside the ``n``-th batch's insert of events: its documents, claims and
    checks inserted, nothing of it committed."""
    real = _SqliteTx.many
    calls: list[int] = []

    def interrupted(self: _SqliteTx, sql: str, rows: Any) -> None:
        real(self, sql, rows)
        if "INSERT INTO events" in sql:
            calls.append(1)
            if len(calls) == n:
                raise KeyboardInterrupt

    monkeypatch.setattr(_SqliteTx, "many", interrupted)


def test_a_batch_holds_batch_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 4)
    seen = _sizes(monkeypatch)
    with open_store(str(tmp_path / "q.db")) as store:
        summary = ingest_documents(store, _docs(10), actor="tester", check=False)
    assert summary.added == 10
    assert [d for d, _ in seen] == [4, 4, 2]


def test_a_batch_closes_at_batch_claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _docs(10)
    monkeypatch.setattr(ingest_module, "BATCH_CLAIMS", 1)
    seen = _sizes(monkeypatch)
    with open_store(str(tmp_path / "q.db")) as store:
        summary = ingest_documents(store, docs, actor="tester", check=False)
    assert summary.added == 10
    # Every document has a claim: each is a batch of its own.
    assert [d for d, _ in seen] == [1] * 10
    assert all(c >= 1 for _, c in seen)


def test_ctrl_c_keeps_the_batches_before_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = str(tmp_path / "q.db")
    docs = _docs(12)
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 4)
    _stop_in_batch(monkeypatch, 3)
    with open_store(url) as store, pytest.raises(Interrupted) as stopped:
        ingest_documents(store, docs, actor="tester")
    summary = stopped.value.summary
    assert isinstance(stopped.value, KeyboardInterrupt)
    assert [r.document_id for r in summary.results] == [d.id for d in docs[:8]]
    assert summary.added == 8 and summary.claims > 0
    with open_store(url) as store:
        assert [d.id for d in store.documents()] == [d.id for d in docs[:8]]
        assert len(store.claims()) == summary.claims
    # Again, uninterrupted: the rest is queued, the first eight add nothing.
    monkeypatch.undo()
    with open_store(url) as store:
        again = ingest_documents(store, docs, actor="tester")
    assert again.added == 4 and again.unchanged == 8


def test_the_command_reports_what_was_queued(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _docs(6)
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "".join(
            json.dumps({"id": d.id, "text": d.text, "published": str(d.published)}) + "\n"
            for d in docs
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 2)
    _stop_in_batch(monkeypatch, 2)
    db = str(tmp_path / "q.db")
    args = ["--db", db, "--create", "ingest", "--documents", str(batch), "--jobs", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 130, result.output
    with open_store(db) as store:
        claims = len(store.claims())
        assert [d.id for d in store.documents()] == [d.id for d in docs[:2]]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [
        f"Interrupted: {claims} claims from 2 new documents were queued (2 of 6 documents "
        "written, each whole); ingest the same inputs again to queue the rest (what is "
        "queued already adds nothing)"
    ]
