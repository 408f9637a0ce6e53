"""What the commands call: extraction over documents, as a library.

Library functions take keyword-only options so the command line and tests call them
the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import partial

from factcheck.extract import extract_document, resolve_kinds
from factcheck.models import CheckResult, Claim, Document


def extract_documents(
    docs: Iterable[Document], *, kinds: Sequence[str] | None = None, jobs: int | None = 1
) -> Iterator[Claim]:
    """Every claim of the given kinds (all by default) in each document, in text order.

    ``jobs`` processes share the work (None: every core); the claims come out exactly as
    with ``jobs=1``, document by document in input order. A small input stays in this
    process. Inside a Dask or Spark task keep the default, 1: the engine owns the cores.
    """
    for claims in extract_claim_lists(docs, kinds=kinds, jobs=jobs):
        yield from claims


def extract_claim_lists(
    docs: Iterable[Document], *, kinds: Sequence[str] | None = None, jobs: int | None = 1
) -> Iterator[list[Claim]]:
    """Each document's claims as one list, in input order (``extract_documents`` per document)."""
    chosen = resolve_kinds(kinds)
    one = partial(extract_document, kinds=chosen)
    if jobs == 1:
        return map(one, docs)
    from factcheck._parallel import map_documents

    return map_documents(one, docs, jobs=jobs, warm=warm_extractors)


def warm_extractors() -> None:
    """Load and compile every extractor (before worker processes fork)."""
    from factcheck.extract import _registry

    _registry()


def warm_checks() -> None:
    """``warm_extractors`` and the checks' relations."""
    warm_extractors()
    import factcheck.checks  # noqa: F401


def extract(
    text: str,
    *,
    published: date | str | None = None,
    kinds: Sequence[str] | None = None,
    id: str = "",
) -> list[Claim]:
    """The claims in one article's text.

    >>> [c.text for c in extract("It cost £3 billion.", published="2025-02-17", kinds=["money"])]
    ['£3 billion']
    """
    doc = Document(id=id, text=text, published=published)
    return extract_document(doc, kinds=kinds)


def extract_pairs(
    docs: Iterable[Document], *, kinds: Sequence[str] | None = None, jobs: int | None = 1
) -> Iterator[tuple[Document, list[Claim]]]:
    """``(document, its claims)`` in input order, on ``jobs`` processes: what ingest queues."""
    from factcheck._parallel import pair_documents

    chosen = resolve_kinds(kinds)
    one = partial(extract_document, kinds=chosen)
    return pair_documents(one, docs, jobs=jobs, warm=warm_extractors)


def check_documents(
    docs: Iterable[Document],
    *,
    event_dates: Mapping[str, date] | None = None,
    offline: bool = True,
    checks: Sequence[str] | None = None,
    jobs: int | None = 1,
) -> Iterator[CheckResult]:
    """``factcheck.checks.check_batch`` on ``jobs`` processes: the same results, in order."""
    from factcheck._parallel import map_documents

    one = partial(_check_one, event_dates=dict(event_dates or {}), offline=offline, checks=checks)
    for results in map_documents(one, docs, jobs=jobs, warm=warm_checks):
        yield from results


def _check_one(
    doc: Document,
    *,
    event_dates: Mapping[str, date],
    offline: bool,
    checks: Sequence[str] | None,
) -> list[CheckResult]:
    from factcheck.checks import check_batch

    return list(check_batch([doc], event_dates=event_dates, offline=offline, checks=checks))


def extract_records(rows: Iterable[Mapping[str, object]]) -> list[dict[str, object]]:
    """Claim records (FORMAT.md objects) of documents given as ``{"id", "text", ...}`` dicts.

    Plain data in and out, so it is what a Dask bag's or a Spark RDD's partition function
    calls: ``bag.map_partitions(extract_records)``. The documents are validated as
    ``factcheck extract --documents`` validates them; the engine owns the cores, so this
    runs in its task (``jobs=1``).
    """
    docs = (Document.model_validate(row) for row in rows)
    return [claim.to_record() for claim in extract_documents(docs)]


def extract_and_check(
    docs: Iterable[Document],
    *,
    kinds: Sequence[str] | None = None,
    check: bool = True,
    jobs: int | None = 1,
) -> Iterator[tuple[Document, list[Claim], list[CheckResult] | None]]:
    """``(document, its claims, their offline checks)`` in input order, on ``jobs`` processes.

    What ingest queues: the checks (None without ``check``) are ``check_document`` on the
    same claims and the same ``Text``, computed beside the extraction.
    """
    from factcheck._parallel import pair_documents

    one = partial(_extract_and_check_one, kinds=resolve_kinds(kinds), check=check)
    warm = warm_checks if check else warm_extractors
    for doc, (claims, results) in pair_documents(one, docs, jobs=jobs, warm=warm):
        yield doc, claims, results


def _extract_and_check_one(
    doc: Document, *, kinds: Sequence[str], check: bool
) -> tuple[list[Claim], list[CheckResult] | None]:
    from factcheck.extract import extract_text
    from factcheck.extract._spans import Text

    text = Text(doc)
    claims = extract_text(text, kinds=kinds)
    if not check:
        return claims, None
    from factcheck.checks import check_document

    return claims, check_document(doc, claims, offline=True, text=text)
