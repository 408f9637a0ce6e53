"""Ingest: extract the claims of gathered articles and queue them, each document atomically.

    summary = ingest_documents(store, docs, actor="ana")
    summary.per_kind      # {"money": 4, "quote": 9, ...}

A document already queued (the same text) adds nothing. Documents are written up to 250
(and up to 10,000 claims) to a transaction (``ClaimStore.add_documents``: one insert per
table for the new ones, each document atomic): a reader sees whole documents only, and a
crash or kill leaves every committed document complete and no partial one; Ctrl-C keeps
the documents written before it and raises ``Interrupted`` with their summary. Each new
document's claims are checked offline (``factcheck.checks``) and the results stored on
them, unless ``check=False``.

Reading, fetching and validating the inputs happens before, in ``factcheck.intake.gather``:
by the time ``ingest_documents`` runs, every document is known to be readable.
``known_address`` tells the gatherer which addresses are queued already.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from factcheck.db.store import ClaimStore, IngestResult
from factcheck.models import CheckResult, Claim, Document
from factcheck.pipeline import extract_and_check


@dataclass
class IngestSummary:
    """What an ingest did, over all its documents."""

    results: list[IngestResult] = field(default_factory=list)
    checks: dict[str, int] = field(default_factory=dict)  # results per status
    present: list[str] = field(default_factory=list)
    """Addresses not fetched because a document from there is queued already."""
    failed: list[tuple[str, str]] = field(default_factory=list)
    """(input, why) for inputs that could not be fetched or read."""

    @property
    def added(self) -> int:
        return sum(1 for r in self.results if r.added)

    @property
    def unchanged(self) -> int:
        return sum(1 for r in self.results if not r.added)

    @property
    def claims(self) -> int:
        return sum(r.claims for r in self.results if r.added)

    @property
    def per_kind(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.results:
            if r.added:
                for kind, n in r.per_kind.items():
                    out[kind] = out.get(kind, 0) + n
        return out

    def to_record(self) -> dict[str, object]:
        return {
            "documents_added": self.added,
            "documents_unchanged": self.unchanged,
            "claims": self.claims,
            "per_kind": self.per_kind,
            "checks": self.checks,
            "already_present": self.present,
            "failed": [{"input": i, "why": why} for i, why in self.failed],
            "documents": [
                {"id": r.document_id, "added": r.added, "claims": r.claims, "per_kind": r.per_kind}
                for r in self.results
            ],
        }


#: Documents written per transaction: each stays atomic (a savepoint), a reader sees them
#: when their batch commits, a kill loses at most the batch being written. One commit per
#: document spent half of ingest's time committing (SQLite's WAL checkpoints); 50 to a
#: commit still spent a third more than 200-500 (fewer commits, fewer checkpoints, each
#: page of the claims' indexes written back fewer times; 2,000 at once: slower again).
BATCH_DOCUMENTS = 250
#: A batch also closes once it holds this many claims (long documents: a transaction, and
#: what a kill can lose, stays the size of a few hundred real-sized articles).
BATCH_CLAIMS = 10_000


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during ``ingest_documents``: ``summary`` holds the documents written before
    it, each whole and committed (the store's batch keeps what finished, and a document
    being written rolls back alone)."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__()
        self.summary = summary


def ingest_documents(
    store: ClaimStore,
    docs: Iterable[Document],
    *,
    actor: str,
    kinds: Sequence[str] | None = None,
    on_document: Callable[[Document, IngestResult], None] | None = None,
    check: bool = True,
    jobs: int | None = 1,
) -> IngestSummary:
    """Extract each document's claims and queue them; ``on_document`` hears of each one.

    With ``check`` a new document's claims are checked offline and the results stored.
    ``jobs`` processes extract and check (None: every core); the documents are queued here,
    in input order, ``BATCH_DOCUMENTS`` (at most ``BATCH_CLAIMS`` claims) to a transaction,
    each one atomic. Ctrl-C raises ``Interrupted`` with the summary of what was committed.
    """
    summary = IngestSummary()
    try:
        _write(store, docs, summary, actor, kinds, on_document, check, jobs)
    except KeyboardInterrupt:
        raise Interrupted(summary) from None
    return summary


def _write(
    store: ClaimStore,
    docs: Iterable[Document],
    summary: IngestSummary,
    actor: str,
    kinds: Sequence[str] | None,
    on_document: Callable[[Document, IngestResult], None] | None,
    check: bool,
    jobs: int | None,
) -> None:
    done = extract_and_check(docs, kinds=kinds, check=check, jobs=jobs)
    try:
        _write_batches(store, done, summary, actor, on_document)
    finally:
        # Stopped early (Ctrl-C, an error): the worker processes go now, not when the
        # traceback that holds this frame is dropped.
        close = getattr(done, "close", None)
        if close is not None:
            close()


def _write_batches(
    store: ClaimStore,
    done: Iterator[Pending],
    summary: IngestSummary,
    actor: str,
    on_document: Callable[[Document, IngestResult], None] | None,
) -> None:
    while True:
        # Extracted before the write transaction opens: reviewers wait for the writes only.
        chunk = _chunk(done)
        if not chunk:
            break

        def written(i: int, result: IngestResult, chunk: list[Pending] = chunk) -> None:
            doc, _claims, results = chunk[i]
            summary.results.append(result)
            if results is not None and result.added:
                for r in results:
                    summary.checks[r.status] = summary.checks.get(r.status, 0) + 1
            if on_document is not None:
                on_document(doc, result)

        # One transaction: the rows built before it opens, one insert per table for the
        # chunk's new documents, each of them atomic.
        # ``written`` hears of a document once its savepoint is released: the batch commits
        # it also when something after it fails or Ctrl-C stops the batch.
        store.add_documents(chunk, actor=actor, on_document=written)


Pending = tuple[Document, list[Claim], list[CheckResult] | None]


def _chunk(done: Iterator[Pending]) -> list[Pending]:
    """The next batch: ``BATCH_DOCUMENTS`` documents, fewer once ``BATCH_CLAIMS`` is reached."""
    chunk: list[Pending] = []
    claims = 0
    for item in islice(done, BATCH_DOCUMENTS):
        chunk.append(item)
        claims += len(item[1])
        if claims >= BATCH_CLAIMS:
            break
    return chunk


def known_address(store: ClaimStore, url: str) -> bool:
    """Whether a queued document came from ``url`` (its address or where it was fetched)."""
    # The store's own connection: one short read, no method of its own needed for it.
    with store._db.tx(write=False) as tx:
        row = tx.one(
            "SELECT 1 AS hit FROM documents WHERE url = :u OR fetched_url = :u LIMIT 1",
            {"u": url},
        )
    return row is not None
