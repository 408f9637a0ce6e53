"""The claim queue's speed: ingest, ``next`` under a million claims, the CLI and the review loop.

1. Ingest 100,000 claims (100 documents of 1,000) through ``ClaimStore.add_document``,
   beside raw ``sqlite3`` ``executemany`` of the same rows into the same table. Target:
   the store reaches at least 1/3 of raw.
2. ``next_claim`` latency, median and p99, with 1,000,000 claims queued (filled with raw
   inserts; each call leases a fresh claim to a new reviewer). Target: median <= 1 ms.
3. Wall time of one ``factcheck next`` subprocess on that database (target <= 0.30 s),
   beside ``python -c "import factcheck.cli"`` — the floor every command pays.
4. Verdict -> next claim on screen in the review loop (store and rendering; target < 20 ms).

All data is synthetic: "N boats" quantities in generated text.
"""

from __future__ import annotations

import contextlib
import io
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from factcheck.db.store import ClaimStore, _json, _scorer, fingerprint, open_store
from factcheck.models import Claim, Document, QuantityValue

INGEST_DOCS = 100
PER_DOC = 1_000
QUEUED = 1_000_000
NEXT_SAMPLES = 2_000
CLI_RUNS = 7
REVIEW_STEPS = 300
TARGET_INGEST_RATIO = 1 / 3
TARGET_NEXT_MEDIAN_MS = 1.0
TARGET_CLI_S = 0.30
TARGET_REVIEW_MS = 20.0

_INSERT = (
    "INSERT INTO claims (id, document_id, ord, kind, text, span_start, span_end, sentence,"
    " sentence_start, value, qualifier, pair, fingerprint, status, priority, priority_reasons,"
    " lease_holder, lease_expires, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " 'open', ?, ?, NULL, NULL, '2025-01-01 00:00:00.000000')"
)


def _document(n: int, claims: int) -> tuple[Document, list[Claim]]:
    parts = []
    spans = []
    pos = 0
    for i in range(claims):
        token = f"{i + 1} boats"
        sentence = f"The harbour counted {token}. "
        start = pos + len("The harbour counted ")
        spans.append((start, token, pos, sentence.strip()))
        parts.append(sentence)
        pos += len(sentence)
    text = "".join(parts) + f"(Report {n}.)"
    doc = Document(id=f"bench{n:06d}", text=text, title=f"Harbour report {n}")
    out = [
        Claim(
            document=doc.id,
            kind="quantity",
            text=token,
            start=start,
            end=start + len(token),
            value=QuantityValue(number=i + 1, unit="boat"),
            sentence=sentence,
            sentence_start=sentence_start,
        )
        for i, (start, token, sentence_start, sentence) in enumerate(spans)
    ]
    return doc, out


def _raw_rows(doc: Document, claims: list[Claim], base: int) -> list[tuple[object, ...]]:
    """The rows the store writes for these claims, built beforehand (not timed)."""
    scorer = _scorer()
    rows = []
    for i, c in enumerate(claims, 1):
        score, reasons = scorer(c, position=c.start / len(doc.text)) if scorer else (0.0, [])
        value = c.value.model_dump(exclude_none=True) if c.value else None
        rows.append(
            (
                c.id,
                doc.id,
                base + i,
                c.kind,
                c.text,
                c.start,
                c.end,
                c.sentence,
                c.sentence_start,
                _json(value) if value is not None else None,
                c.qualifier,
                c.pair,
                fingerprint(c, value),
                float(score),
                _json(list(reasons)),
            )
        )
    return rows


@contextlib.contextmanager
def _tempdir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _fresh(path: Path) -> ClaimStore:
    return open_store(str(path))


def bench_ingest(tmp: Path) -> None:
    docs = [_document(n, PER_DOC) for n in range(INGEST_DOCS)]
    total = INGEST_DOCS * PER_DOC
    store = _fresh(tmp / "ingest.db")
    raw_path = tmp / "raw.db"
    _fresh(raw_path).close()
    conn = sqlite3.connect(raw_path, isolation_level=None)
    conn.execute("PRAGMA synchronous = NORMAL")
    for n, (doc, _) in enumerate(docs):  # the documents, so the foreign keys hold
        conn.execute(
            "INSERT INTO documents (id, content_hash, title, text, added) VALUES (?, ?, ?, ?, ?)",
            (doc.id, f"h{n}", doc.title, doc.text, "2025-01-01 00:00:00.000000"),
        )
    rows = [_raw_rows(doc, claims, n * PER_DOC) for n, (doc, claims) in enumerate(docs)]
    store_s = raw_s = 0.0
    # Document by document, store then raw, so a busy moment on the machine hits both alike.
    for (doc, claims), batch in zip(docs, rows, strict=True):
        t0 = time.perf_counter()
        store.add_document(doc, claims, actor="bench")
        t1 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")  # one transaction per document, as the store does
        conn.executemany(_INSERT, batch)
        conn.execute("COMMIT")
        t2 = time.perf_counter()
        store_s += t1 - t0
        raw_s += t2 - t1
    conn.close()
    store.close()
    score_s = 0.0
    scorer = _scorer()
    if scorer is not None:
        t0 = time.perf_counter()
        for doc, claims in docs:
            for c in claims:
                scorer(c, position=c.start / len(doc.text))
        score_s = time.perf_counter() - t0

    store_rate, raw_rate = total / store_s, total / raw_s
    ratio = store_rate / raw_rate
    print(f"ingest {total:,} claims: store {store_rate:,.0f} claims/s ({store_s:.2f} s)")
    print(f"  raw sqlite3 executemany of the same rows: {raw_rate:,.0f} claims/s ({raw_s:.2f} s)")
    print(
        f"  ratio store/raw {ratio:.2f} (target >= {TARGET_INGEST_RATIO:.2f}: "
        f"{'met' if ratio >= TARGET_INGEST_RATIO else 'MISSED'}); the store also builds the rows "
        f"from Claim models (JSON, fingerprint) and scores them (priority.score_claim: "
        f"{score_s:.2f} s of the {store_s:.2f} s)"
    )


def _fill(path: Path, claims: int) -> None:
    """A million open claims, by raw inserts (setup, not measured)."""
    _fresh(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    per = 1_000
    template_doc, template = _document(0, per)
    for n in range(claims // per):
        doc_id = f"q{n:07d}"
        conn.execute(
            "INSERT INTO documents (id, content_hash, title, text, added) VALUES (?, ?, ?, ?, ?)",
            (doc_id, f"h{n}", "Harbour", template_doc.text, "2025-01-01 00:00:00.000000"),
        )
        conn.executemany(
            _INSERT,
            [
                (
                    f"{n:07d}{i:05d}",
                    doc_id,
                    n * per + i,
                    "quantity",
                    c.text,
                    c.start,
                    c.end,
                    c.sentence,
                    c.sentence_start,
                    '{"kind":"quantity","number":1.0}',
                    None,
                    None,
                    "f",
                    float((n * 7 + i * 13) % 100) / 10,
                    "[]",
                )
                for i, c in enumerate(template)
            ],
        )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_next(path: Path) -> None:
    store = open_store(str(path))
    timings = []
    for i in range(NEXT_SAMPLES):
        t0 = time.perf_counter()
        record = store.next_claim(f"reviewer{i}")
        timings.append((time.perf_counter() - t0) * 1000)
        assert record is not None and record.lease_holder == f"reviewer{i}"
    store.close()
    median, p99 = statistics.median(timings), _pct(timings, 0.99)
    print(
        f"next_claim with {QUEUED:,} claims queued: median {median:.3f} ms, p99 {p99:.3f} ms "
        f"over {NEXT_SAMPLES:,} leases (target median <= {TARGET_NEXT_MEDIAN_MS} ms: "
        f"{'met' if median <= TARGET_NEXT_MEDIAN_MS else 'MISSED'})"
    )


def bench_cli(path: Path) -> None:
    exe = Path(sys.executable).with_name("factcheck")
    env = {**os.environ, "FACTCHECK_REVIEWER": "cli-bench"}

    commands = {
        "next": [str(exe), "--db", str(path), "next"],
        "import": [sys.executable, "-c", "import factcheck.cli"],
        "bare": [sys.executable, "-c", "pass"],
    }
    runs: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(CLI_RUNS):  # interleaved, so a busy moment hits all three alike
        for name, cmd in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, env=env)
            runs[name].append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    nxt, floor, bare = (statistics.median(runs[k]) for k in ("next", "import", "bare"))
    best = min(runs["next"])
    print(
        f"factcheck next (subprocess, 1M queued): median {nxt:.3f} s, best {best:.3f} s of "
        f"{CLI_RUNS} (target <= {TARGET_CLI_S} s: {'met' if nxt <= TARGET_CLI_S else 'MISSED'})"
    )
    print(
        f"  python start {bare:.3f} s; import factcheck.cli {floor - bare:.3f} s (every command "
        f"pays it); the queue's own share {max(nxt - floor, 0):.3f} s"
    )
    c_next, c_floor = statistics.median(cpu["next"]), statistics.median(cpu["import"])
    print(
        f"  CPU time (what an idle machine would show as wall time): next {c_next:.3f} s, "
        f"import factcheck.cli {c_floor:.3f} s, "
        f"the queue's share {max(c_next - c_floor, 0):.3f} s; "
        f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )


def bench_review(tmp: Path) -> None:
    from factcheck.cli import _common
    from factcheck.cli.queue import render_record
    from factcheck.cli.review import ReviewSession

    store = _fresh(tmp / "review.db")
    doc, claims = _document(1, REVIEW_STEPS + 10)
    store.add_document(doc, claims, actor="bench")
    session = ReviewSession(store, "reviewer")
    record = session.advance()
    out = io.StringIO()
    old = _common.console.file
    _common.console.file = out
    timings = []
    try:
        for _ in range(REVIEW_STEPS):
            t0 = time.perf_counter()
            record = session.rate("true")
            assert record is not None
            render_record(record, session.document(record))
            timings.append((time.perf_counter() - t0) * 1000)
            out.seek(0)
            out.truncate()
    finally:
        _common.console.file = old
        store.close()
    median, p99 = statistics.median(timings), _pct(timings, 0.99)
    print(
        f"review loop, verdict -> next claim rendered: median {median:.2f} ms, p99 {p99:.2f} ms "
        f"(target < {TARGET_REVIEW_MS:g} ms: {'met' if median < TARGET_REVIEW_MS else 'MISSED'})"
    )


def main() -> None:
    with _tempdir() as tmp:
        bench_ingest(tmp)
        queued = tmp / "queued.db"
        t0 = time.perf_counter()
        _fill(queued, QUEUED)
        print(
            f"(filled {QUEUED:,} claims for the next benchmarks "
            f"in {time.perf_counter() - t0:.1f} s)"
        )
        bench_next(queued)
        bench_cli(queued)
        bench_review(tmp)


if __name__ == "__main__":
    main()
