"""``ClaimStore.add_documents`` writes what ``add_document`` and ``save_checks`` wrote.

Ingest writes a batch of documents with one insert per table. Every row (ids, order,
priorities, the check events and their details, every timestamp) must be the one the
document-by-document path writes, also for the documents the bulk path hands back to it:
a text queued already, the same text twice in a batch, checks stored before the document.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from benchmarks.extract import synthetic_articles
from factcheck.config import Config
from factcheck.db.store import ClaimStore, IngestResult, open_store
from factcheck.errors import BadDocument
from factcheck.models import CheckResult, Document
from factcheck.pipeline import extract_and_check

TABLES = {
    "documents": "id",
    "claims": "ord",
    "checks": "id",
    "events": "id",
}


class Ticking:
    """A clock a second further on at every reading: a reading more or fewer shows."""

    def __init__(self) -> None:
        self.t = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.t += timedelta(seconds=1)
        return self.t


def _dump(store: ClaimStore) -> dict[str, list[tuple[str, ...]]]:
    """Every row as text, timestamps as SQLite stores them (the twin is always SQLite)."""
    with store._db.tx(write=False) as tx:
        rows = {t: tx.tuples(f"SELECT * FROM {t} ORDER BY {key}") for t, key in TABLES.items()}
    return {t: [tuple(map(_text, r)) for r in found] for t, found in rows.items()}


def _text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _items() -> list[tuple[Document, list[Any], list[CheckResult] | None]]:
    docs = synthetic_articles(9, seed=23, figures=0.4)
    again = Document(id="again", text=docs[2].text, published=docs[2].published)
    done = list(extract_and_check([*docs, again], jobs=1))
    assert sum(1 for _, _, r in done if r and any(c.status == "inconsistent" for c in r)) >= 1
    # Not checked (None) and checked with no results ([]) are told apart.
    done[4] = (done[4][0], done[4][1], None)
    done[5] = (done[5][0], done[5][1], [])
    return done


def _one_by_one(store: ClaimStore, items: list[Any], size: int) -> list[IngestResult]:
    out = []
    for i in range(0, len(items), size):
        with store.batch():
            for doc, claims, results in items[i : i + size]:
                result = store.add_document(doc, claims, actor="Ana Lopes")
                if results is not None and result.added:
                    store.save_checks(results, documents=[doc.id])
                out.append(result)
    return out


def _bulk(store: ClaimStore, items: list[Any], size: int) -> list[IngestResult]:
    heard: list[IngestResult] = []
    out: list[IngestResult] = []
    for i in range(0, len(items), size):
        chunk = items[i : i + size]
        got = store.add_documents(
            chunk, actor="Ana Lopes", on_document=lambda n, r: heard.append(r)
        )
        assert len(got) == len(chunk)
        out += got
    assert heard == out
    return out


def _prepare(store: ClaimStore, items: list[Any]) -> None:
    """What was there before: one of the documents queued, checks stored for another."""
    doc, claims, _ = items[0]
    store.add_document(doc, claims, actor="desk")
    other = items[6][0]
    store.save_checks(
        [
            CheckResult(
                document=other.id,
                check="arithmetic",
                status="inconsistent",
                start=0,
                end=4,
                text=other.text[:4],
                explanation="stored before the document",
            )
        ],
        documents=[other.id],
    )


@pytest.mark.parametrize("size", [4, 50])
def test_the_bulk_path_writes_the_same_rows(db_url: str, size: int, tmp_path: Any) -> None:
    items = _items()
    twin = str(tmp_path / "twin.db")
    with open_store(db_url, clock=Ticking(), config=Config()) as store:
        _prepare(store, items)
        real = store._write_new
        in_bulk: list[str] = []

        def spy(pending: Any, actor: str) -> None:
            in_bulk.extend(new.doc.id for new in pending)
            real(pending, actor)

        store._write_new = spy  # type: ignore[method-assign]
        bulk = _bulk(store, items, size)
        got = _dump(store)
    # All but the three the database must be read for went in together.
    assert in_bulk == [d.id for i, (d, _, _) in enumerate(items) if i not in (0, 6, 9)]
    with open_store(twin, clock=Ticking(), config=Config()) as store:
        _prepare(store, items)
        plain = _one_by_one(store, items, size)
        want = _dump(store)
    assert bulk == plain
    assert [r.added for r in bulk] == [False, *[True] * 8, False]  # queued before; the twin
    for table in TABLES:
        assert got[table] == want[table], table
    assert len(got["checks"]) > 1 and any(r[2] == "check" for r in got["events"])


def test_the_same_text_twice_in_one_batch_is_queued_once(db_url: str) -> None:
    items = _items()[:3]
    doc = items[1][0]
    twin = Document(id="twin", text=doc.text, published=doc.published)
    with open_store(db_url, clock=Ticking(), config=Config()) as store:
        results = store.add_documents([*items, (twin, items[1][1], items[1][2])], actor="a")
        assert [r.added for r in results] == [True, True, True, False]
        assert results[3].document_id == doc.id and results[3].claims == results[1].claims
        assert [d.id for d in store.documents()] == [d.id for d, _, _ in items]


def test_an_id_taken_in_the_batch_raises_after_the_documents_before_it(db_url: str) -> None:
    items = _items()[:3]
    clash = Document(id=items[0][0].id, text="Another text of £5 million, 2024.")
    heard: list[str] = []
    with open_store(db_url, config=Config()) as store:
        with pytest.raises(BadDocument):
            store.add_documents(
                [*items, (clash, [], None), items[2]],
                actor="a",
                on_document=lambda n, r: heard.append(r.document_id),
            )
        assert [d.id for d in store.documents()] == [d.id for d, _, _ in items]
    assert heard == [d.id for d, _, _ in items]


def test_a_failing_bulk_write_keeps_the_documents_before_the_failing_one(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bulk insert fails (here: it is made to); the documents go one by one instead."""
    items = _items()[:4]
    with open_store(db_url, clock=Ticking(), config=Config()) as store:

        def broken(*_a: Any, **_k: Any) -> None:
            raise RuntimeError("the bulk write fails")

        monkeypatch.setattr(store, "_write_new", broken)
        results = store.add_documents(items, actor="a")
        assert [r.added for r in results] == [True] * 4
        got = _dump(store)
    with open_store(db_url.replace("queue.db", "plain.db"), clock=Ticking(), config=Config()) as s:
        if s.dialect == "sqlite":
            _one_by_one(s, items, 10)
            assert _dump(s)["claims"] == got["claims"]
