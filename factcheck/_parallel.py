"""All cores: run a per-document function over many documents, results in input order.

    for claims in map_documents(_extract_one, docs, jobs=4):
        ...

The work goes to a ``concurrent.futures.ProcessPoolExecutor`` in chunked batches of
documents (about ``BATCH_CHARS`` characters each), at most ``2 x jobs`` batches in flight,
so a stream of a million articles is never held at once. Results come back in the order
the documents went in, whatever order the batches finish in: the output of ``jobs=4`` is
the output of ``jobs=1``.

Small inputs stay in this process: starting workers costs more than extracting a few
articles (``MIN_PARALLEL_CHARS``). ``fn`` must be a module-level function (it is pickled
by name) and so must anything in its ``functools.partial``.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain
from typing import TypeVar

from factcheck.models import Document

R = TypeVar("R")

#: About this many characters of text go to a worker at a time.
BATCH_CHARS = 200_000
#: At most this many documents go to a worker at a time (many tiny documents).
BATCH_DOCUMENTS = 200
#: Below this many characters in all, the work stays in this process.
MIN_PARALLEL_CHARS = 400_000


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """``jobs`` itself, or the machine's cores for None or 0."""
    return default_jobs() if not jobs else max(1, jobs)


def _batches(docs: Iterator[Document]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    size = 0
    for doc in docs:
        batch.append(doc)
        size += len(doc.text)
        if size >= BATCH_CHARS or len(batch) >= BATCH_DOCUMENTS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _run_batch(fn: Callable[[Document], R], batch: list[Document]) -> list[R]:
    return [fn(doc) for doc in batch]


def map_documents(
    fn: Callable[[Document], R],
    docs: Iterable[Document],
    *,
    jobs: int | None = None,
    warm: Callable[[], object] | None = None,
) -> Iterator[R]:
    """``fn(doc)`` for each document, in input order, on up to ``jobs`` processes.

    ``jobs`` None or 0 means every core; 1 (or a small input) runs here, lazily. ``warm``
    runs here before the workers start (loading what ``fn`` needs: on Linux they inherit it).
    """
    for _doc, result in pair_documents(fn, docs, jobs=jobs, warm=warm):
        yield result


def pair_documents(
    fn: Callable[[Document], R],
    docs: Iterable[Document],
    *,
    jobs: int | None = None,
    warm: Callable[[], object] | None = None,
) -> Iterator[tuple[Document, R]]:
    """``(doc, fn(doc))`` for each document, in input order (see ``map_documents``).

    The document is the one read here, not a copy sent back by the worker.
    """
    jobs = resolve_jobs(jobs)
    stream = iter(docs)
    if jobs == 1:
        for doc in stream:
            yield doc, fn(doc)
        return
    # Read ahead until the input is big enough to be worth the workers, or ends.
    head: list[Document] = []
    size = 0
    for doc in stream:
        head.append(doc)
        size += len(doc.text)
        if size >= MIN_PARALLEL_CHARS:
            break
    else:
        for doc in head:
            yield doc, fn(doc)
        return
    if warm is not None:
        warm()  # before the workers fork, so they start with it done
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        pending: deque[tuple[list[Document], Future[list[R]]]] = deque()
        for batch in _batches(chain(head, stream)):
            pending.append((batch, pool.submit(_run_batch, fn, batch)))
            if len(pending) >= 2 * jobs:
                done, future = pending.popleft()
                yield from zip(done, future.result(), strict=True)
        while pending:
            done, future = pending.popleft()
            yield from zip(done, future.result(), strict=True)
    finally:
        # A consumer that stops early (or an error) must not wait for the batches left.
        pool.shutdown(wait=True, cancel_futures=True)
