"""Ingest: extract the claims of gathered articles and queue them, each document atomically.

    summary = ingest_documents(store, docs, actor="ana")
    summary.per_kind      # {"money": 4, "quote": 9, ...}

A document already queued (the same text) adds nothing. Documents are written 50 to a
transaction (``ClaimStore.add_documents``: one insert per table for the new ones, each
document atomic): a reader sees whole documents only, and a crash or kill leaves every
committed document complete and no partial one. Each new
document's claims are checked offline (``factcheck.checks``) and the results stored on
them, unless ``check=False``.

Reading, fetching and validating the inputs happens before, in ``factcheck.intake.gather``:
by the time ``ingest_documents`` runs, every document is known to be readable.
``known_address`` tells the gatherer which addresses are queued already.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
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
#: document spent half of ingest's time committing (SQLite's WAL checkpoints).
BATCH_DOCUMENTS = 50


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
    in input order, ``BATCH_DOCUMENTS`` to a transaction, each one atomic.
    """
    summary = IngestSummary()
    done = extract_and_check(docs, kinds=kinds, check=check, jobs=jobs)
    while True:
        # Extracted before the write transaction opens: reviewers wait for the writes only.
        chunk = list(islice(done, BATCH_DOCUMENTS))
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
        store.add_documents(chunk, actor=actor, on_document=written)
    return summary


Pending = tuple[Document, list[Claim], list[CheckResult] | None]


def known_address(store: ClaimStore, url: str) -> bool:
    """Whether a queued document came from ``url`` (its address or where it was fetched)."""
    # The store's own connection: one short read, no method of its own needed for it.
    with store._db.tx(write=False) as tx:
        row = tx.one(
            "SELECT 1 AS hit FROM documents WHERE url = :u OR fetched_url = :u LIMIT 1",
            {"u": url},
        )
    return row is not None
