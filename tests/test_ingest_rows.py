"""The batch size changes nothing in the database: every row, column and timestamp.

``ingest_documents`` of the sample articles and fixture texts, with a clock that ticks at
every reading, writes the same tables whether a transaction holds one document (the way
ingest first wrote), 50 (the batch before this one) or ``BATCH_DOCUMENTS``, also when the
claims' cap (``BATCH_CLAIMS``) closes the batches early. (Blind fixtures are named
``*blind*`` folders; only the top-level fixture files are read here.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.extract import synthetic_articles
from factcheck.config import Config
from factcheck.db import ingest as ingest_module
from factcheck.db.ingest import ingest_documents
from factcheck.db.store import open_store
from factcheck.documents import read_path
from factcheck.models import Document
from tests.test_ingest_bulk import TABLES, Ticking, _dump

ROOT = Path(__file__).resolve().parent.parent


def _articles() -> list[Document]:
    docs = [d for f in sorted((ROOT / "claims").glob("*.md")) for d in read_path(f)]
    seen = {d.text for d in docs}
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.jsonl")):
        taken = 0
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line) if line.strip() else None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                continue
            if row["text"] in seen or taken >= 8:
                continue
            seen.add(row["text"])
            taken += 1
            published = row.get("published") if isinstance(row.get("published"), str) else None
            docs.append(Document(id=f"{path.stem}-{n}", text=row["text"], published=published))
    # Real-sized articles: several hundred claims, some of their checks inconsistent.
    return docs + synthetic_articles(12, seed=31, figures=0.4)


def _ingest(path: Path, docs: list[Document]) -> dict[str, list[tuple[str, ...]]]:
    with open_store(str(path), clock=Ticking(), config=Config()) as store:
        summary = ingest_documents(store, docs, actor="Ana Lopes")
        assert summary.added == len(docs)
        return _dump(store)


@pytest.mark.parametrize(("documents", "claims"), [(50, 10_000), (250, 10_000), (250, 40)])
def test_every_batch_size_writes_the_rows_one_document_a_transaction_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, documents: int, claims: int
) -> None:
    docs = _articles()
    assert len(docs) >= 20 and sum(len(d.text) for d in docs) > 20_000
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 1)
    want = _ingest(tmp_path / "one.db", docs)
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", documents)
    monkeypatch.setattr(ingest_module, "BATCH_CLAIMS", claims)
    got = _ingest(tmp_path / "batched.db", docs)
    assert len(want["claims"]) > 100 and want["checks"]
    for table in TABLES:
        assert got[table] == want[table], table
