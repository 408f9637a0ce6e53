"""The claim queue: ``ClaimStore`` owns every read and write of documents, claims and verdicts.

Each method is one transaction. On SQLite every write starts with ``BEGIN IMMEDIATE``, so
the check and the change it guards (is the claim still open? who holds its lease?) happen
under one write lock; on PostgreSQL the same methods lock rows with ``SELECT ... FOR
UPDATE`` and ``next_claim`` skips rows another reviewer is leasing (``SKIP LOCKED``).

    >>> store = open_store(":memory:")
    >>> result = store.add_document(doc, claims, actor="ana")
    >>> record = store.next_claim("ana")            # leased to ana for 30 minutes
    >>> store.record_verdict(record.claim.id, rating="false", reviewer="ana")

SQL is written once with ``:name`` parameters, which both ``sqlite3`` and SQLAlchemy's
``text()`` understand; nothing outside ``factcheck.db`` writes SQL.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import json.encoder as _json_encoder
import os
import re
import sqlite3
from _blake2 import blake2b as _blake2b  # hashlib.blake2b itself, without loading OpenSSL
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from factcheck._records import Field, Record
from factcheck.db import engine as _engine
from factcheck.db.desk import (
    CONFIG_FILE,
    DeskMixin,
    NotAllowed,
    WorkMixin,
    check_source_urls,
    name_key,
)
from factcheck.errors import (
    BadDocument,
    ClaimNotFound,
    DatabaseLocked,
    DatabaseUnavailable,
    DocumentNotFound,
    LeaseConflict,
    StoreError,
    VerdictConflict,
)
from factcheck.models import (
    CheckResult,
    Claim,
    ClaimRecord,
    DateValue,
    Document,
    DurationValue,
    Event,
    Evidence,
    MoneyValue,
    PercentValue,
    QuantityValue,
    QuoteValue,
    Source,
    Verdict,
    content_hash,
    plain_fields,
)

if TYPE_CHECKING:
    from pydantic import BaseModel

    from factcheck.config import Config
    from factcheck.db.rows import RecordRow

__all__ = [
    "ClaimStore",
    "IngestResult",
    "LookupRow",
    "Stats",
    "open_store",
]

Row = Mapping[Any, Any]
Clock = Callable[[], datetime]

STATUSES = ("open", "leased", "decided", "final")


@dataclass(frozen=True)
class IngestResult:
    """What ``add_document`` did: the document's id, whether it was new, its claims per kind."""

    document_id: str
    added: bool
    claims: int
    per_kind: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class LookupRow:
    """A cached reference lookup."""

    source: str
    key: str
    url: str
    body: str
    content_hash: str
    retrieved: datetime


class Stats(Record):
    """Progress of the queue: per status, per kind and per reviewer, and the leases.

    A plain record (``factcheck._records``): its pydantic twin is built when it is dumped.
    """

    documents: int = 0
    claims: int = 0
    by_status: dict[str, int] = Field(default_factory=dict)
    by_kind: dict[str, dict[str, int]] = Field(default_factory=dict)
    by_reviewer: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="verdicts written and leases held, per reviewer"
    )
    leases_held: int = 0
    leases_expired: int = Field(0, description="leases past expiry, not yet returned to the queue")
    agreement: list[dict[str, Any]] = Field(
        default_factory=list,
        description="per pair of reviewers (double reviews): claims, agree, percent, kappa",
    )
    desk: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="per reviewer: sign_offs, send_backs, skips, median_seconds (lease to verdict)",
    )


# ---------------------------------------------------------------- backends


class _Tx(Protocol):
    def all(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]: ...
    def one(self, sql: str, params: Mapping[str, Any] | None = None) -> Row | None: ...
    def run(self, sql: str, params: Mapping[str, Any] | None = None) -> int: ...
    def many(self, sql: str, rows: Sequence[Any]) -> None: ...
    def tuples(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> list[tuple[Any, ...]]: ...


class _SqliteTx:
    __slots__ = ("_conn",)

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self._conn.execute(sql, params or {}).fetchall()

    def one(self, sql: str, params: Mapping[str, Any] | None = None) -> Row | None:
        row: Row | None = self._conn.execute(sql, params or {}).fetchone()
        return row

    def run(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        return self._conn.execute(sql, params or {}).rowcount

    def many(self, sql: str, rows: Sequence[Any]) -> None:
        self._conn.executemany(sql, rows)

    def tuples(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Rows as plain tuples, in the order of the SELECT's columns (no name look-ups)."""
        cur = self._conn.cursor()
        cur.row_factory = None
        rows: list[tuple[Any, ...]] = cur.execute(sql, params or {}).fetchall()
        return rows


class _PgTx:
    """A transaction on a psycopg connection: the store's ``:name`` SQL as psycopg's
    ``%(name)s``, rows as dicts. psycopg prepares a statement run often on the server."""

    __slots__ = ("_cur",)

    def __init__(self, cur: Any) -> None:
        self._cur = cur

    def all(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        rows: list[Row] = self._cur.execute(_pg_sql(sql), dict(params or {})).fetchall()
        return rows

    def one(self, sql: str, params: Mapping[str, Any] | None = None) -> Row | None:
        row: Row | None = self._cur.execute(_pg_sql(sql), dict(params or {})).fetchone()
        return row

    def run(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        return int(self._cur.execute(_pg_sql(sql), dict(params or {})).rowcount)

    def many(self, sql: str, rows: Sequence[Any]) -> None:
        if rows:
            self._cur.executemany(_pg_sql(sql), [dict(r) for r in rows])

    def tuples(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Rows as plain tuples, in the order of the SELECT's columns."""
        rows = self._cur.execute(_pg_sql(sql), dict(params or {})).fetchall()
        return [tuple(r.values()) for r in rows]


@functools.lru_cache(maxsize=512)
def _pg_sql(sql: str) -> str:
    """``:name`` parameters as ``%(name)s`` and a literal ``%`` doubled, outside quoted text
    (``::type`` casts and ``'12:30'`` literals stay as they are)."""
    out: list[str] = []
    for n, part in enumerate(sql.split("'")):
        part = part.replace("%", "%%")
        if n % 2 == 0:
            part = _PARAM.sub(r"%(\1)s", part)
        out.append(part)
    return "'".join(out)


_PARAM = re.compile(r"(?<![:\w]):(\w+)")


class _Backend(Protocol):
    dialect: str
    display: str

    def tx(self, *, write: bool = True) -> contextlib.AbstractContextManager[_Tx]: ...
    def batch(self) -> contextlib.AbstractContextManager[None]: ...
    def ts(self, value: datetime | None) -> Any: ...
    def close(self) -> None: ...


class _Sqlite:
    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection, path: str, busy_timeout: float) -> None:
        self.conn = conn
        self.display = path
        self.busy_timeout = busy_timeout
        self.batching = False

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction around several ``tx()``: each is a savepoint inside it."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _engine.sqlite_error(exc, self.display, self.busy_timeout) from None
        self.batching = True
        try:
            yield
        finally:
            self.batching = False
            # What finished is kept, also when a later part failed (it rolled back alone).
            try:
                if conn.in_transaction:
                    conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if conn.in_transaction:
                    conn.rollback()
                raise _engine.sqlite_error(exc, self.display, self.busy_timeout) from None

    @contextlib.contextmanager
    def tx(self, *, write: bool = True) -> Iterator[_Tx]:
        conn = self.conn
        if self.batching:
            conn.execute("SAVEPOINT fc_tx")
            try:
                yield _SqliteTx(conn)
            except BaseException:
                conn.execute("ROLLBACK TO fc_tx")
                conn.execute("RELEASE fc_tx")
                raise
            conn.execute("RELEASE fc_tx")
            return
        try:
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield _SqliteTx(conn)
            except BaseException:
                if conn.in_transaction:
                    conn.rollback()
                raise
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.rollback()
            raise _engine.sqlite_error(exc, self.display, self.busy_timeout) from None

    def ts(self, value: datetime | None) -> Any:
        # The text form SQLAlchemy's DateTime uses on SQLite, in UTC: sorts as it compares.
        if value is None:
            return None
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    def close(self) -> None:
        self.conn.close()


class _Postgres:
    """PostgreSQL through one psycopg connection: no SQLAlchemy engine, pool or reflection on
    a command's path (SQLAlchemy and Alembic load only for ``db upgrade``)."""

    dialect = "postgresql"

    def __init__(self, conn: Any, target: _engine.Target, lock_timeout: float) -> None:
        self.conn = conn
        self.target = target
        self.display = target.display
        self.lock_timeout = lock_timeout
        self.batching = False
        #: Whether the session's transactions are READ COMMITTED (PostgreSQL's default):
        #: then a read needs no transaction of its own (``tx(write=False)``).
        self.read_committed = False

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction around several ``tx()``: psycopg nests each as a savepoint."""
        import psycopg

        outer = self.conn.transaction()
        outer.__enter__()
        self.batching = True
        try:
            yield
        finally:
            self.batching = False
            # What finished is kept, also when a later part failed (it rolled back alone).
            try:
                outer.__exit__(None, None, None)
            except psycopg.Error as exc:
                raise _engine.postgres_unavailable(self.target, exc) from None

    @contextlib.contextmanager
    def tx(self, *, write: bool = True) -> Iterator[_Tx]:
        import psycopg
        from psycopg.rows import dict_row

        try:
            if not write and self.read_committed and not self.batching:
                # Reads under READ COMMITTED see each statement's own snapshot, inside a
                # transaction or not: the same rows without its BEGIN and COMMIT, two round
                # trips to the server (a tenth of a command's time on a busy machine).
                with self.conn.cursor(row_factory=dict_row) as cur:
                    yield _PgTx(cur)
                return
            with self.conn.transaction(), self.conn.cursor(row_factory=dict_row) as cur:
                yield _PgTx(cur)
        except psycopg.OperationalError as exc:
            if _engine.is_lock_timeout(exc):
                raise DatabaseLocked(
                    f'The database "{self.display}" is locked by another session '
                    f"(waited {self.lock_timeout:g} s); retry in a moment"
                ) from None
            raise _engine.postgres_unavailable(self.target, exc) from None

    def ts(self, value: datetime | None) -> Any:
        return None if value is None else value.astimezone(UTC)

    def close(self) -> None:
        self.conn.close()


# ---------------------------------------------------------------- SQL

_RECORD = """
SELECT c.id, c.document_id, c.kind, c.text, c.span_start, c.span_end, c.sentence,
       c.sentence_start, c.value, c.qualifier, c.pair, c.status, c.priority,
       c.priority_reasons, c.lease_holder, c.lease_expires, c.ord, c.assignee, c.review_note,
       d.title AS doc_title, d.url AS doc_url, d.published AS doc_published
FROM claims c JOIN documents d ON d.id = c.document_id
"""

# ``iter_export``: one document's claims, their current verdicts and their checks, as row
# tuples (the column order is what ``iter_export`` reads). ``{chosen}`` is the document's
# claims (those of a status, when asked).
_EXPORT_CLAIMS = """
SELECT c.id, c.document_id, c.kind, c.text, c.span_start, c.span_end, c.sentence,
       c.sentence_start, c.value, c.qualifier, c.pair, c.status, c.priority,
       c.priority_reasons, c.lease_holder, c.lease_expires, c.assignee, c.review_note
FROM claims c WHERE c.document_id = :d"""

_EXPORT_CHOSEN = "SELECT id FROM claims WHERE document_id = :d"

_EXPORT_VERDICTS = """
SELECT v.claim_id, v.rating, v.note, v.sources, v.reviewer, v.created, v.final,
       v.signed_off_by, v.signed_off_at, v.evidence,
       (SELECT a.claim_id FROM verdicts a WHERE a.id = v.adopted_from) AS adopted_claim
FROM verdicts v WHERE v.claim_id IN ({chosen}) AND v.withdrawn_at IS NULL AND NOT v.blind
ORDER BY v.id"""

_EXPORT_CHECKS = """
SELECT claim_id, document_id, check_name, status, span_start, span_end, text, explanation,
       related, evidence, created
FROM checks WHERE claim_id IN ({chosen}) OR (claim_id IS NULL AND document_id = :d)
ORDER BY id"""

_VERDICT_COLS = (
    "claim_id, rating, note, sources, reviewer, created, final, signed_off_by, signed_off_at"
)

_CLAIM_COLUMNS = (
    "id, document_id, kind, text, span_start, span_end, sentence, sentence_start, value,"
    " qualifier, pair, fingerprint, priority, priority_reasons, updated, ord"
)
_CLAIM_NAMES = tuple(c.strip() for c in _CLAIM_COLUMNS.split(","))
# Positional on SQLite (binding by name costs a dictionary lookup per value and row),
# by name through SQLAlchemy on PostgreSQL.
_INSERT_CLAIM_SQLITE = (
    f"INSERT INTO claims ({_CLAIM_COLUMNS}, status) VALUES ("
    + ", ".join("?" for _ in _CLAIM_NAMES)
    + ", 'open')"
)
_INSERT_CLAIM = (
    f"INSERT INTO claims ({_CLAIM_COLUMNS}, status) VALUES ("
    + ", ".join(":" + n for n in _CLAIM_NAMES)
    + ", 'open')"
)

# Ingest order: the ingest event's id breaks ties between documents added in the same instant.
_DOCUMENT_IDS_IN_ORDER = """
SELECT id FROM documents ORDER BY added, (SELECT MIN(e.id) FROM events e
    WHERE e.document_id = documents.id AND e.action = 'ingest'), id
"""

_DOCUMENTS_IN_ORDER = """
SELECT * FROM documents ORDER BY added, (SELECT MIN(e.id) FROM events e
    WHERE e.document_id = documents.id AND e.action = 'ingest'), id
"""

_INSERT_DOCUMENT = (
    "INSERT INTO documents (id, content_hash, title, url, published, source, text,"
    " added, byline, site_name, fetched_url, fetched_at, fetched_sha256, pages)"
    " VALUES (:id, :h, :title, :url, :published, :source, :text, :added,"
    " :byline, :site_name, :fetched_url, :fetched_at, :fetched_sha256, :pages)"
)

_INSERT_CHECK = (
    "INSERT INTO checks (claim_id, document_id, check_name, status, span_start, span_end, text,"
    " explanation, related, evidence, created)"
    " VALUES (:c, :d, :k, :st, :s, :e, :t, :x, :rel, :ev, :at)"
)

_INSERT_EVENT = """
INSERT INTO events (at, action, actor, claim_id, document_id, detail)
VALUES (:at, :action, :actor, :claim_id, :document_id, :detail)
"""


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)
# The C encoder ``_ENCODER.encode`` builds on every call, built once: the same text (no
# check for circular values, which the store never writes), half the time per value.
_MAKE_ENCODER = getattr(_json_encoder, "c_make_encoder", None)
_C_ENCODER = (
    None
    if _MAKE_ENCODER is None
    else _MAKE_ENCODER(
        None, str, _json_encoder.encode_basestring, None, ":", ",", False, False, True
    )
)


def _json(value: Any) -> str:
    if _C_ENCODER is None:  # pragma: no cover - a Python without the json C accelerator
        return _ENCODER.encode(value)
    return "".join(_C_ENCODER(value, 0))


def _dt(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    raise TypeError(f"not a timestamp: {value!r}")


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def fingerprint(claim: Claim, value: Mapping[str, Any] | None = None) -> str:
    """The same claim in other documents: its kind and normalised value (or its text).

    ``value`` is the claim's value already dumped (``exclude_none``), to save dumping twice.
    """
    if claim.kind == "quote" and claim.value is not None:
        basis = " ".join(str(getattr(claim.value, "quote", claim.text)).lower().split())
    elif claim.value is not None:
        fields = value if value is not None else plain_fields(claim.value, drop_none=True)
        basis = "|".join(f"{k}={v}" for k, v in fields.items() if k != "qualifier")
    else:
        basis = " ".join(claim.text.lower().split())
    raw = f"{claim.kind}\x1f{basis}".encode("utf-8", "surrogatepass")
    return _blake2b(raw, digest_size=8).hexdigest()


def _claim_rows(
    doc: Document, claims: Sequence[Claim]
) -> tuple[list[tuple[Any, ...]], dict[str, int], list[list[str]]]:
    """The claims' rows as ``add_document`` writes them, without ``updated`` and ``ord``
    (article order, each id once), their count per kind, and each row's priority reasons.

    Pure Python, no database: ingest builds a batch's rows before its write transaction.
    """
    score = _scorer()
    length = max(len(doc.text), 1)
    seen: set[str] = set()
    rows: list[tuple[Any, ...]] = []
    reasons_of: list[list[str]] = []
    per_kind: dict[str, int] = {}
    encoded = _REASONS_JSON
    for c in sorted(claims, key=lambda c: (c.start, -c.end)):
        if c.id in seen:
            continue
        seen.add(c.id)
        priority, reasons = score(c, position=c.start / length) if score else (0.0, [])
        reasons = list(reasons)
        # The few distinct reason lists are encoded once each.
        key = tuple(reasons)
        reasons_json = encoded.get(key)
        if reasons_json is None:
            reasons_json = encoded[key] = _json(reasons)
            if len(encoded) > 4096:
                encoded.clear()
        # The value's fields as ``model_dump(exclude_none=True)`` gives them, read off the model.
        value = None if c.value is None else plain_fields(c.value, drop_none=True)
        rows.append(
            (
                c.id,
                doc.id,
                c.kind,
                c.text,
                c.start,
                c.end,
                c.sentence,
                c.sentence_start,
                None if value is None else _json(value),
                c.qualifier,
                c.pair,
                fingerprint(c, value),
                float(priority),
                reasons_json,
            )
        )
        reasons_of.append(reasons)
        per_kind[c.kind] = per_kind.get(c.kind, 0) + 1
    return rows, per_kind, reasons_of


_REASONS_JSON: dict[tuple[str, ...], str] = {}


@dataclass
class _NewDocument:
    """A document's rows for ``add_documents``, built before its write transaction: its
    claims' rows and, for a document not queued before, what ``save_checks`` would write
    (the checks, the priorities they raise, one ``check`` event per claim with results)."""

    doc: Document
    claims: Sequence[Claim]
    checks: Sequence[CheckResult] | None
    digest: str
    now: datetime
    rows: list[tuple[Any, ...]]
    per_kind: dict[str, int]
    checked_at: datetime | None = None
    checks_new: list[CheckResult] = field(default_factory=list)
    raised: dict[int, tuple[float, str]] = field(default_factory=dict)
    check_events: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    plain_checks: bool = True
    """Whether every result is on this document and its own claims (else save_checks reads)."""

    @classmethod
    def build(
        cls,
        doc: Document,
        claims: Sequence[Claim],
        checks: Sequence[CheckResult] | None,
        digest: str,
        now: datetime,
        checked_at: datetime | None,
    ) -> _NewDocument:
        """``checked_at`` None: the checks are not saved (none, or the document is not new)."""
        rows, per_kind, reasons_of = _claim_rows(doc, claims)
        new = cls(doc, claims, checks, digest, now, rows, per_kind, checked_at)
        if checks is None or checked_at is None:
            return new
        unique: dict[tuple[Any, ...], CheckResult] = {}
        for r in checks:
            unique.setdefault(_check_key(r), r)
        new.checks_new = list(unique.values())
        index = {row[0]: i for i, row in enumerate(rows)}
        after: dict[str, list[CheckResult]] = {}
        for r in new.checks_new:
            if r.document != doc.id or (r.claim_id is not None and r.claim_id not in index):
                new.plain_checks = False
                return new
            if r.claim_id:
                after.setdefault(r.claim_id, []).append(r)
        if not after:
            return new
        from factcheck import priority as _priority

        for cid in sorted(after):
            summary = _check_summary(after[cid])
            if not summary:  # the same as before: nothing
                continue
            detail: dict[str, Any] = {"results": summary, "previous": "none"}
            i = index[cid]
            reasons = reasons_of[i]
            old = [r for r in reasons if _priority.is_check_reason(r)]
            weight, added = _priority.check_reason(after[cid])
            if old != added:
                was = float(rows[i][12])
                score = round(was - sum(map(_priority.reason_weight, old)) + weight, 2)
                new.raised[i] = (score, _json([r for r in reasons if r not in old] + added))
                detail["priority"] = f"{was:g} -> {score:g}"
            new.check_events.append((cid, after[cid][0].document, detail))
        return new


def _scorer() -> Callable[..., tuple[float, list[str]]] | None:
    try:
        module = importlib.import_module("factcheck.priority")
    except ImportError:  # the priority function has not landed: everything ties at 0
        return None
    score: Callable[..., tuple[float, list[str]]] | None = getattr(module, "score_claim", None)
    return score


# ---------------------------------------------------------------- the store


def open_store(
    url: str,
    *,
    config: Config | None = None,
    busy_timeout: float | None = None,
    clock: Clock | None = None,
    migrate: bool = True,
) -> ClaimStore:
    """The claim queue at ``url``: a plain path or ``sqlite:///`` URL, or ``postgresql://...``.

    A SQLite file is created and migrated to the newest schema on open (unless
    ``migrate=False``); a PostgreSQL database must have been upgraded with
    ``factcheck db upgrade`` and ``DatabaseUnavailable`` says so when it has not.
    ``busy_timeout`` is how long to wait for another process's write lock before
    ``DatabaseLocked``; ``clock`` replaces the current time (tests of lease expiry).
    """
    target = _engine.parse_url(url)
    wait = _engine.default_busy_timeout() if busy_timeout is None else busy_timeout
    backend: _Backend
    if target.sqlite_path is not None:
        conn = _engine.connect_sqlite(target.sqlite_path, busy_timeout=wait)
        try:
            version = _engine.sqlite_version(conn)
            if version != _engine.HEAD:
                if not migrate:
                    raise DatabaseUnavailable(
                        f'The database "{target.sqlite_path}" is at schema {version or "none"}, '
                        f"not {_engine.HEAD}; run factcheck db upgrade"
                    )
                _upgrade_or_explain(conn, target.sqlite_path, version, wait)
        except sqlite3.OperationalError as exc:
            conn.close()
            raise _engine.sqlite_error(exc, target.sqlite_path, wait) from None
        except BaseException:
            conn.close()
            raise
        backend = _Sqlite(conn, target.sqlite_path, wait)
    else:
        pg = _engine.connect_postgres(target, lock_timeout=wait)
        try:
            state = _engine.postgres_connection_state(pg, target)
        except BaseException:
            pg.close()
            raise
        if state.version != _engine.HEAD:
            pg.close()
            raise DatabaseUnavailable(
                f'The database "{target.display}" is at schema {state.version or "none"}, not '
                f"{_engine.HEAD}; run factcheck db upgrade --db URL"
            )
        backend = _Postgres(pg, target, wait)
        backend.read_committed = state.read_committed
        return ClaimStore(backend, config=config, clock=clock, team_rows=state.team_settings)
    return ClaimStore(backend, config=config, clock=clock)


def _upgrade_or_explain(
    conn: sqlite3.Connection, path: str, version: str | None, wait: float
) -> None:
    known = {f"{n:04d}" for n in range(1, int(_engine.HEAD) + 1)}
    if version is not None and version not in known:
        raise DatabaseUnavailable(
            f'The database "{path}" is at schema {version}, newer than this factcheck '
            f"({_engine.HEAD}); upgrade factcheck"
        )
    _engine.upgrade_sqlite(conn)


class ClaimStore(DeskMixin, WorkMixin):
    """Documents, claims, leases, verdicts and the event log, one transaction per method.

    ``config`` is the team's: the database's team settings over the local file's lookup
    settings (``factcheck.db.desk``); ``config_warnings`` says where a local
    ``factcheck.toml`` differs from the database and is ignored.
    """

    def __init__(
        self,
        backend: _Backend,
        *,
        config: Config | None = None,
        clock: Clock | None = None,
        team_rows: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        """``team_rows`` are the ``team_settings`` rows when the backend read them already
        (PostgreSQL reads them with the schema version, in one round trip)."""
        self._db = backend
        self._local_config = config  # the local file's when first needed (DeskMixin._local)
        self._config = None
        self._settings = {}
        self.config_warnings: list[str] = []
        self._clock: Clock = clock or (lambda: datetime.now(UTC))
        local_file = os.path.isfile(CONFIG_FILE)
        self._setup_team(local_file=local_file, source=CONFIG_FILE, rows=team_rows)

    # -- lifecycle

    @property
    def dialect(self) -> str:
        return self._db.dialect

    def close(self) -> None:
        self._db.close()

    def batch(self) -> contextlib.AbstractContextManager[None]:
        """Several writes in one transaction (ingest): each write stays atomic on its own (a
        savepoint), a reader sees them when the batch commits, a kill loses the batch whole.

        A write that fails rolls back alone; the ones before it are committed."""
        batch: contextlib.AbstractContextManager[None] = self._db.batch()
        return batch

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def now(self) -> datetime:
        return self._clock()

    # -- documents

    def add_document(self, doc: Document, claims: Sequence[Claim], *, actor: str) -> IngestResult:
        """Queue a document and its claims in one transaction.

        Ingesting the same text again adds nothing and returns ``added=False`` with the
        claims already queued. Claims are scored with ``factcheck.priority.score_claim``
        when it exists; ties are broken by article order.
        """
        return self._add_document(doc, claims, actor=actor, now=self._clock())

    def _add_document(
        self, doc: Document, claims: Sequence[Claim], *, actor: str, now: datetime
    ) -> IngestResult:
        digest = content_hash(doc.text)
        ts = self._db.ts(now)
        prepared, per_kind, _scores = _claim_rows(doc, claims)
        rows = [(*r, ts) for r in prepared]
        with self._db.tx() as tx:
            if self._db.dialect == "postgresql":
                tx.run(
                    "SELECT pg_advisory_xact_lock(7302)"
                )  # one ingest at a time: `ord` stays dense
            actor = self._display(tx, actor)
            existing = tx.one("SELECT id FROM documents WHERE content_hash = :h", {"h": digest})
            if existing is not None:
                counts = tx.all(
                    "SELECT kind, COUNT(*) AS n FROM claims WHERE document_id = :d GROUP BY kind",
                    {"d": existing["id"]},
                )
                kinds = {r["kind"]: int(r["n"]) for r in counts}
                return IngestResult(str(existing["id"]), False, sum(kinds.values()), kinds)
            if tx.one("SELECT id FROM documents WHERE id = :id", {"id": doc.id}) is not None:
                raise BadDocument(
                    f'A different document already has the id "{doc.id}"; give this one another id'
                )
            top = tx.one("SELECT COALESCE(MAX(ord), 0) AS m FROM claims")
            base = int(top["m"]) if top else 0
            tx.run(_INSERT_DOCUMENT, self._document_params(doc, digest, ts))
            if self._db.dialect == "sqlite":
                tx.many(_INSERT_CLAIM_SQLITE, [(*r, base + i) for i, r in enumerate(rows, 1)])
            else:
                tx.many(
                    _INSERT_CLAIM,
                    [
                        dict(zip(_CLAIM_NAMES, (*r, base + i), strict=True))
                        for i, r in enumerate(rows, 1)
                    ],
                )
            self._event(
                tx,
                "ingest",
                actor,
                now,
                document_id=doc.id,
                detail={"claims": len(rows), "per_kind": per_kind},
            )
        return IngestResult(doc.id, True, len(rows), per_kind)

    def add_documents(
        self,
        items: Sequence[tuple[Document, Sequence[Claim], Sequence[CheckResult] | None]],
        *,
        actor: str,
        on_document: Callable[[int, IngestResult], None] | None = None,
    ) -> list[IngestResult]:
        """Queue several documents with their claims and offline check results (None: not
        checked) in one transaction (a savepoint, inside ``batch()``): the rows
        ``add_document`` and then ``save_checks(results, documents=[doc.id])`` write for
        each in turn.

        Each document stays atomic. The rows are built before the write transaction opens,
        and the new documents go in with one insert per table; one that needs the
        database's state (its text or its id queued already, also earlier in ``items``,
        or checks stored for it before) is written on its own, after the ones before it.
        If the bulk write fails, the documents are written one by one: the ones before a
        failing document are kept and it raises as ``add_document`` does.
        ``on_document(i, result)`` hears of ``items[i]`` once it is written.
        """
        known_hashes, known_ids, checked = self._known(items)
        plan: list[tuple[_NewDocument, bool]] = []
        seen_hashes: set[str] = set()
        seen_ids: set[str] = set()
        for doc, claims, checks in items:
            digest = content_hash(doc.text)
            fresh = digest not in known_hashes and digest not in seen_hashes
            # The clock is read as add_document and then save_checks (for a new document)
            # would read it, document by document.
            now = self._clock()
            checked_at = self._clock() if checks is not None and fresh else None
            new = _NewDocument.build(doc, claims, checks, digest, now, checked_at)
            bulk = (
                fresh
                and doc.id not in known_ids
                and doc.id not in seen_ids
                and doc.id not in checked
                and new.plain_checks
            )
            plan.append((new, bulk))
            seen_hashes.add(digest)
            seen_ids.add(doc.id)
        if getattr(self._db, "batching", False):
            return self._add_planned(plan, actor, on_document)
        with self.batch():
            return self._add_planned(plan, actor, on_document)

    def _add_planned(
        self,
        plan: Sequence[tuple[_NewDocument, bool]],
        actor: str,
        on_document: Callable[[int, IngestResult], None] | None,
    ) -> list[IngestResult]:
        results: list[IngestResult] = []
        pending: list[_NewDocument] = []

        def done(result: IngestResult) -> None:
            results.append(result)
            if on_document is not None:
                on_document(len(results) - 1, result)

        def flush() -> None:
            if not pending:
                return
            written, pending[:] = list(pending), []
            try:
                self._write_new(written, actor)
            except Exception:
                # One by one, as add_document and save_checks write them: the documents
                # before a failing one are kept and it raises.
                for new in written:
                    done(self._add_checked(new, actor))
                return
            for new in written:
                done(IngestResult(new.doc.id, True, len(new.rows), new.per_kind))

        for new, bulk in plan:
            if bulk:
                pending.append(new)
                continue
            flush()
            done(self._add_checked(new, actor))
        flush()
        return results

    def _add_checked(self, new: _NewDocument, actor: str) -> IngestResult:
        """``add_document`` and then, for a new document, ``save_checks`` of its results."""
        result = self._add_document(new.doc, new.claims, actor=actor, now=new.now)
        if new.checks is not None and result.added:
            at = new.checked_at if new.checked_at is not None else self._clock()
            self._save_checks(new.checks, documents=[new.doc.id], now=at)
        return result

    def _known(
        self, items: Sequence[tuple[Document, Sequence[Claim], Sequence[CheckResult] | None]]
    ) -> tuple[set[str], set[str], set[str]]:
        """Of ``items``, the content hashes and the ids queued already, and the ids of
        the documents with check results stored on them or their claims (which
        ``save_checks`` would read)."""
        hashes = [content_hash(d.text) for d, _, _ in items]
        ids = [d.id for d, _, _ in items]
        claim_ids = sorted({c.id for _, claims, _ in items for c in claims})
        found_hashes: set[str] = set()
        found_ids: set[str] = set()
        checked: set[str] = set()
        with self._db.tx(write=False) as tx:
            for chunk in _chunks(sorted(set(hashes)), 500):
                params = {f"h{n}": v for n, v in enumerate(chunk)}
                marks = ", ".join(":" + k for k in params)
                sql = f"SELECT content_hash FROM documents WHERE content_hash IN ({marks})"
                found_hashes.update(str(r[0]) for r in tx.tuples(sql, params))
            for chunk in _chunks(sorted(set(ids)), 500):
                params = {f"i{n}": v for n, v in enumerate(chunk)}
                marks = ", ".join(":" + k for k in params)
                sql = f"SELECT id FROM documents WHERE id IN ({marks})"
                found_ids.update(str(r[0]) for r in tx.tuples(sql, params))
                sql = f"SELECT DISTINCT document_id FROM checks WHERE document_id IN ({marks})"
                checked.update(str(r[0]) for r in tx.tuples(sql, params))
            on_claims: set[str] = set()
            for chunk in _chunks(claim_ids, 500):
                params = {f"c{n}": v for n, v in enumerate(chunk)}
                marks = ", ".join(":" + k for k in params)
                sql = f"SELECT DISTINCT claim_id FROM checks WHERE claim_id IN ({marks})"
                on_claims.update(str(r[0]) for r in tx.tuples(sql, params))
        if on_claims:
            checked.update(d.id for d, claims, _ in items if any(c.id in on_claims for c in claims))
        return found_hashes, found_ids, checked

    def _write_new(self, pending: Sequence[_NewDocument], actor: str) -> None:
        """Insert new documents, their claims, checks and events: one statement per table."""
        pg = self._db.dialect == "postgresql"
        ts = self._db.ts
        documents: list[dict[str, Any]] = []
        claims: list[tuple[Any, ...]] = []
        checks: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        with self._db.tx() as tx:
            if pg:
                tx.run("SELECT pg_advisory_xact_lock(7302)")  # as add_document
                tx.run("SELECT pg_advisory_xact_lock(7303)")  # as save_checks
            shown = self._display(tx, actor)
            top = tx.one("SELECT COALESCE(MAX(ord), 0) AS m FROM claims")
            n = int(top["m"]) if top else 0
            for new in pending:
                doc = new.doc
                added = ts(new.now)
                documents.append(self._document_params(doc, new.digest, added))
                raised = new.raised
                checked_at = ts(new.checked_at) if new.checked_at is not None else None
                for i, row in enumerate(new.rows):
                    n += 1
                    lift = raised.get(i)
                    if lift is None:
                        claims.append((*row, added, n))
                    else:
                        claims.append((*row[:12], lift[0], lift[1], checked_at, n))
                events.append(
                    {
                        "at": added,
                        "action": "ingest",
                        "actor": shown,
                        "claim_id": None,
                        "document_id": doc.id,
                        "detail": _json({"claims": len(new.rows), "per_kind": new.per_kind}),
                    }
                )
                for r in new.checks_new:
                    checks.append(_check_params(r, ts(r.created or new.checked_at)))
                for cid, document_id, detail in new.check_events:
                    events.append(
                        {
                            "at": checked_at,
                            "action": "check",
                            "actor": "factcheck",
                            "claim_id": cid,
                            "document_id": document_id,
                            "detail": _json(detail),
                        }
                    )
            tx.many(_INSERT_DOCUMENT, documents)
            if pg:
                tx.many(_INSERT_CLAIM, [dict(zip(_CLAIM_NAMES, r, strict=True)) for r in claims])
            else:
                tx.many(_INSERT_CLAIM_SQLITE, claims)
            tx.many(_INSERT_CHECK, checks)
            tx.many(_INSERT_EVENT, events)

    def _document_params(self, doc: Document, digest: str, added: Any) -> dict[str, Any]:
        return {
            "id": doc.id,
            "h": digest,
            "title": doc.title,
            "url": doc.url,
            "published": doc.published.isoformat()
            if doc.published and self.dialect == "sqlite"
            else doc.published,
            "source": doc.source,
            "text": doc.text,
            "added": added,
            "byline": doc.byline,
            "site_name": doc.site_name,
            "fetched_url": doc.fetched_url,
            "fetched_at": self._db.ts(doc.fetched_at),
            "fetched_sha256": doc.fetched_sha256,
            "pages": None if doc.pages is None else _json(doc.pages),
        }

    def get_document(self, document_id: str) -> Document:
        """The document with this id or unique id prefix; ``DocumentNotFound`` otherwise."""
        with self._db.tx(write=False) as tx:
            return _document(self._document_row(tx, document_id))

    def documents(self) -> list[Document]:
        """Every document, in ingest order."""
        with self._db.tx(write=False) as tx:
            rows = tx.all(_DOCUMENTS_IN_ORDER)
        return [_document(r) for r in rows]

    def document_claims(self, document_id: str) -> list[Claim]:
        """A document's claims in article order."""
        with self._db.tx(write=False) as tx:
            doc = self._document_row(tx, document_id)
            rows = tx.all(_RECORD + " WHERE c.document_id = :d ORDER BY c.ord", {"d": doc["id"]})
        return [_claim(r) for r in rows]

    # -- reading claims

    def get_claim(self, claim_id: str) -> ClaimRecord:
        """The claim with this id or unique id prefix, with its verdict and checks."""
        with self._db.tx(write=False) as tx:
            return self._records(tx, self._record_rows(tx, [claim_id]))[0]

    def claims(
        self,
        *,
        status: str | None = None,
        kind: str | None = None,
        document: str | None = None,
        reviewer: str | None = None,
        speaker: str | None = None,
        limit: int | None = None,
    ) -> list[ClaimRecord]:
        """Queued claims, highest priority first (ties in article order), filtered.

        ``reviewer`` matches claims the reviewer holds a lease on or wrote a verdict for;
        ``speaker`` quotes whose speaker is that one entity in any document ("Streeting"
        finds "Wes Streeting", ``factcheck.extract._entities.same_speaker``).
        """
        where: list[str] = []
        params: dict[str, Any] = {}
        if status is not None:
            if status not in STATUSES:
                from factcheck.errors import BadOption

                raise BadOption(f'Unknown status "{status}"; choose from {", ".join(STATUSES)}')
            where.append("c.status = :status")
            params["status"] = status
        if kind is not None:
            where.append("c.kind = :kind")
            params["kind"] = kind
        if reviewer is not None:
            where.append(
                "(c.lease_holder = :rev OR EXISTS (SELECT 1 FROM verdicts v"
                " WHERE v.claim_id = c.id AND v.reviewer = :rev AND v.withdrawn_at IS NULL))"
            )
            params["rev"] = reviewer
        if speaker is not None:
            where.append(self._speaker_clause(speaker, params))
        sql_limit = f" LIMIT {int(limit)}" if limit and speaker is None else ""
        with self._db.tx(write=False) as tx:
            if document is not None:
                where.append("c.document_id = :doc")
                params["doc"] = self._document_row(tx, document)["id"]
            clause = (" WHERE " + " AND ".join(where)) if where else ""
            rows = tx.all(_RECORD + clause + " ORDER BY c.priority DESC, c.ord" + sql_limit, params)
            if speaker is not None:
                from factcheck.extract._entities import same_speaker

                rows = [r for r in rows if same_speaker(speaker, _row_speaker(r))][:limit]
            return self._records(tx, rows)

    def _speaker_clause(self, speaker: str, params: dict[str, Any]) -> str:
        """SQL narrowing quotes to those whose speaker holds ``speaker``'s key word."""
        from factcheck.extract._entities import speaker_key

        field = (
            "CAST(c.value AS json) ->> 'speaker'"
            if self._db.dialect == "postgresql"
            else "json_extract(c.value, '$.speaker')"
        )
        key = speaker_key(speaker)
        if key is None or (key.isalpha() and speaker.strip().isupper()):
            return "c.kind = 'quote'"  # an acronym: its full name holds no such word
        params["speaker_key"] = f"%{key}%"
        return f"c.kind = 'quote' AND LOWER({field}) LIKE :speaker_key"

    def same_speaker_claims(self, claim_id: str, *, limit: int = 10) -> list[ClaimRecord]:
        """The other quotes of this quote's speaker, in any document (one entity across
        documents: "Streeting" in one article, "Wes Streeting" in another)."""
        with self._db.tx(write=False) as tx:
            own = _claim(self._record_rows(tx, [claim_id])[0])  # its verdict is not needed
            cid = own.id
            said = getattr(own.value, "speaker", None)
            if own.kind != "quote" or not said:
                return []  # without loading the entity rules (factcheck show of a figure)
            from factcheck.extract._entities import same_speaker

            params: dict[str, Any] = {"id": cid}
            clause = self._speaker_clause(said, params)
            rows = tx.all(_RECORD + f" WHERE {clause} AND c.id <> :id ORDER BY c.ord", params)
            rows = [r for r in rows if same_speaker(said, _row_speaker(r))][:limit]
            return self._records(tx, rows)

    def same_claims(self, claim_id: str) -> list[ClaimRecord]:
        """The same claim (kind and value) in other documents, with their verdicts."""
        with self._db.tx(write=False) as tx:
            cid = self._resolve(tx, claim_id)
            rows = tx.all(
                _RECORD + " WHERE c.fingerprint = (SELECT fingerprint FROM claims WHERE id = :id)"
                " AND c.document_id <> (SELECT document_id FROM claims WHERE id = :id)"
                " ORDER BY c.ord",
                {"id": cid},
            )
            return self._records(tx, rows)

    def earlier_verdicts(
        self, claim_ids: Sequence[str], *, best: int = 3
    ) -> dict[str, list[tuple[ClaimRecord, Any]]]:
        """For each claim, the decided claims of other documents that are the same claim by
        value and context (``factcheck.db.matching``), best first, with why they match."""
        with self._db.tx(write=False) as tx:
            if not claim_ids:
                return {}
            # The claims alone: matching reads no verdict or check of theirs.
            targets = [_claim(r) for r in self._record_rows(tx, claim_ids)]
            kinds = sorted({t.kind for t in targets})
            names = {f"k{n}": k for n, k in enumerate(kinds)}
            decided = self._records(
                tx,
                tx.all(
                    _RECORD
                    + " WHERE c.status IN ('decided', 'final') AND c.kind IN ("
                    + ", ".join(":" + k for k in names)
                    + ") ORDER BY c.ord",
                    names,
                ),
            )
        if not any(d.verdict is not None for d in decided):
            return {t.id: [] for t in targets}  # nothing decided yet: no matcher to load
        from factcheck.db.matching import match, value_key

        groups: dict[str | None, list[ClaimRecord]] = {}
        for d in decided:
            if d.verdict is not None:
                groups.setdefault(value_key(d.claim), []).append(d)
        out: dict[str, list[tuple[ClaimRecord, Any]]] = {}
        for t in targets:
            found = []
            for d in groups.get(value_key(t), []) if value_key(t) else []:
                if d.claim.document == t.document:
                    continue
                m = match(t, d.claim)
                if m is not None:
                    found.append((d, m))
            found.sort(key=lambda dm: -dm[1].score)
            out[t.id] = found[:best]
        return out

    def report(
        self, *, document: str | None = None, status: str | None = None
    ) -> list[tuple[Document, list[ClaimRecord]]]:
        """Documents in ingest order, each with its claims in article order (verdicts, checks)."""
        return list(self.iter_report(document=document, status=status))

    def iter_report(
        self, *, document: str | None = None, status: str | None = None
    ) -> Iterator[tuple[Document, list[ClaimRecord]]]:
        """``report()`` one document at a time, in one read transaction: exports stream it,
        so memory holds one document's claims, whatever the size of the queue."""
        with self._db.tx(write=False) as tx:
            if document is not None:
                ids = [str(self._document_row(tx, document)["id"])]
            else:
                ids = [str(r["id"]) for r in tx.all(_DOCUMENT_IDS_IN_ORDER)]
            for doc_id in ids:
                d = tx.one("SELECT * FROM documents WHERE id = :d", {"d": doc_id})
                if d is None:  # pragma: no cover - documents are never deleted
                    continue
                sql = _RECORD + " WHERE c.document_id = :d"
                params: dict[str, Any] = {"d": doc_id}
                if status is not None:
                    sql += " AND c.status = :s"
                    params["s"] = status
                rows = tx.all(sql + " ORDER BY c.ord", params)
                yield _document(d), self._records(tx, rows)

    def iter_export(
        self, *, document: str | None = None, status: str | None = None
    ) -> Iterator[tuple[Document, list[RecordRow]]]:
        """``iter_report()`` as light records (``factcheck.db.rows``) for the exporters:
        the same documents, claims, verdicts and checks, in the same order, with the same
        values, read as row tuples by three queries per document (no id lists)."""
        from factcheck.db.rows import CheckRow, ClaimRow, RecordRow, VerdictRow

        sources = _adapter("sources").validate_json
        evidence = _adapter("evidence").validate_json
        strings = _adapter("strings").validate_json
        value_of = _value
        dt = _dt
        with self._db.tx(write=False) as tx:
            if document is not None:
                ids = [str(self._document_row(tx, document)["id"])]
            else:
                ids = [str(r["id"]) for r in tx.all(_DOCUMENT_IDS_IN_ORDER)]
            # ``status || ''``: read by the document's index, not by the status's (SQLite,
            # without statistics, took the status index: every final claim, per document).
            chosen = _EXPORT_CHOSEN + (" AND status || '' = :s" if status is not None else "")
            claims_sql = _EXPORT_CLAIMS + (" AND c.status || '' = :s" if status is not None else "")
            claims_sql += " ORDER BY c.ord"
            verdicts_sql = _EXPORT_VERDICTS.format(chosen=chosen)
            checks_sql = _EXPORT_CHECKS.format(chosen=chosen)
            for doc_id in ids:
                d = tx.one("SELECT * FROM documents WHERE id = :d", {"d": doc_id})
                if d is None:  # pragma: no cover - documents are never deleted
                    continue
                doc = _document(d)
                params: dict[str, Any] = {"d": doc_id}
                if status is not None:
                    params["s"] = status
                rows = tx.tuples(claims_sql, params)
                if not rows:
                    yield doc, []
                    continue
                verdicts: dict[str, VerdictRow] = {}
                for v in tx.tuples(verdicts_sql, params):
                    created = dt(v[5])
                    assert created is not None
                    # ordered by id: the latest wins
                    verdicts[str(v[0])] = VerdictRow(
                        v[0],
                        v[1],
                        v[2],
                        [] if not v[3] or v[3] == "[]" else sources(v[3]),
                        v[4],
                        created,
                        bool(v[6]),
                        v[7],
                        dt(v[8]),
                        [] if not v[9] or v[9] == "[]" else evidence(v[9]),
                        v[10],
                    )
                by_span = {(str(r[1]), int(r[4]), int(r[5])): str(r[0]) for r in rows}
                checks: dict[str, list[CheckRow]] = {}
                for k in tx.tuples(checks_sql, params):
                    cid = (
                        str(k[0])
                        if k[0] is not None
                        else by_span.get((str(k[1]), int(k[4]), int(k[5])))
                    )
                    if cid is None:
                        continue
                    checks.setdefault(cid, []).append(
                        CheckRow(
                            k[0],
                            k[1],
                            k[2],
                            k[3],
                            k[4],
                            k[5],
                            k[6],
                            k[7],
                            [] if not k[8] or k[8] == "[]" else strings(k[8]),
                            [] if not k[9] or k[9] == "[]" else evidence(k[9]),
                            dt(k[10]),
                        )
                    )
                title, url, published = d["title"], d["url"], _date(d["published"])
                records = []
                for r in rows:
                    cid = str(r[0])
                    decided = r[11] in ("decided", "final")
                    records.append(
                        RecordRow(
                            ClaimRow(
                                r[0],
                                r[1],
                                r[2],
                                r[3],
                                r[4],
                                r[5],
                                value_of(r[2], r[8]),
                                r[9],
                                r[6],
                                r[7],
                                r[10],
                            ),
                            title,
                            url,
                            published,
                            None,
                            r[11],
                            float(r[12]),
                            [] if not r[13] or r[13] == "[]" else strings(r[13]),
                            r[14],
                            dt(r[15]),
                            verdicts.get(cid) if decided else None,
                            checks.get(cid, []),
                            r[16],
                            r[17],
                        )
                    )
                yield doc, records

    # -- leasing

    def next_claim(
        self,
        reviewer: str,
        *,
        lease_minutes: float | None = None,
        document: str | None = None,
        kind: str | None = None,
        speaker: str | None = None,
        mine: bool = False,
    ) -> ClaimRecord | None:
        """Lease the highest-priority open claim to ``reviewer``, or None when none is left.

        A reviewer who already holds a live lease gets that claim again (its lease renewed).
        Leases past their expiry go back to the queue first, each return logged as
        ``lease-expired``. Claims the reviewer skipped are not offered to them again, nor
        claims assigned to someone else, nor (double review) claims they already rated.
        ``document``, ``kind``, ``speaker`` (a quote's speaker, in part, any case) and
        ``mine`` (only claims assigned to them) narrow the choice.
        """
        if lease_minutes is not None and lease_minutes <= 0:
            from factcheck.errors import BadOption

            raise BadOption(f'--lease-minutes "{lease_minutes:g}" must be more than 0')
        now = self._clock()
        ts = self._db.ts(now)
        pg = self._db.dialect == "postgresql"
        with self._db.tx() as tx:
            reviewer = self._who(tx, reviewer)
            rule_minutes, double_review = self._lease_rules(tx)
            minutes = rule_minutes if lease_minutes is None else lease_minutes
            until = self._db.ts(now + timedelta(minutes=minutes))
            doc_id = self._document_row(tx, document)["id"] if document is not None else None
            # By holder alone, through the partial index of held rows (0002): a reviewer holds
            # a few rows, and no other index tempts the planner into scanning every lease.
            leases = [
                r
                for r in tx.all(
                    "SELECT id, status, lease_expires, priority, ord FROM claims"
                    " WHERE lease_holder = :r",
                    {"r": reviewer},
                )
                if r["status"] == "leased" and (_dt(r["lease_expires"]) or now) > now
            ]
            held = (
                min(leases, key=lambda r: (-float(r["priority"]), int(r["ord"])))
                if leases
                else None
            )
            if held is not None:
                tx.run(
                    "UPDATE claims SET lease_expires = :until WHERE id = :id",
                    {"until": until, "id": held["id"]},
                )
                return self._record(tx, str(held["id"]))
            self._expire(tx, now)
            params: dict[str, Any] = {"r": reviewer, "until": until, "now": ts}
            extra = ""
            if mine:
                extra += " AND c.assignee = :r"
            else:
                extra += " AND (c.assignee IS NULL OR c.assignee = :r)"
            if double_review:
                extra += (
                    " AND NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id"
                    " AND v.reviewer = :r AND v.blind AND v.withdrawn_at IS NULL)"
                )
            if doc_id is not None:
                extra += " AND c.document_id = :doc"
                params["doc"] = doc_id
            if kind is not None:
                extra += " AND c.kind = :kind"
                params["kind"] = kind
            if speaker is not None:
                field = (
                    "CAST(c.value AS json) ->> 'speaker'"
                    if pg
                    else "json_extract(c.value, '$.speaker')"
                )
                extra += f" AND c.kind = 'quote' AND LOWER({field}) LIKE :speaker"
                params["speaker"] = "%" + " ".join(speaker.split()).lower() + "%"
            pick = (
                "SELECT c.id FROM claims c WHERE c.status = 'open' AND NOT EXISTS"
                " (SELECT 1 FROM skips s WHERE s.claim_id = c.id AND s.reviewer = :r)"
                + extra
                + " ORDER BY c.priority DESC, c.ord LIMIT 1"
            )
            if pg:
                pick += " FOR UPDATE OF c SKIP LOCKED"
            # Pick and lease in one statement; `status = 'open'` is checked again on the row
            # itself, so a claim is never handed out twice.
            row = tx.one(
                "UPDATE claims SET status = 'leased', lease_holder = :r, lease_expires = :until,"
                f" updated = :now WHERE id = ({pick}) AND status = 'open' RETURNING id",
                params,
            )
            if row is None:
                return None
            claim = str(row["id"])
            self._event(
                tx,
                "lease",
                reviewer,
                now,
                claim_id=claim,
                detail={
                    "until": until if isinstance(until, str) else until.isoformat(),
                    "minutes": minutes,
                },
            )
            return self._record(tx, claim)

    def expire_leases(self) -> int:
        """Return every lease past its expiry to the queue; how many there were."""
        with self._db.tx() as tx:
            return self._expire(tx, self._clock())

    def _expire(self, tx: _Tx, now: datetime) -> int:
        ts = self._db.ts(now)
        sql = (
            "SELECT id, lease_holder FROM claims WHERE status = 'leased' AND lease_expires <= :now"
        )
        if self._db.dialect == "postgresql":
            # Rows another session is returning (or deciding) right now are left to it:
            # no waiting, and no deadlock between two sessions expiring the same leases.
            sql += " ORDER BY id FOR UPDATE SKIP LOCKED"
        returned = 0
        for r in tx.all(sql, {"now": ts}):
            changed = tx.run(
                "UPDATE claims SET status = 'open', lease_holder = NULL, lease_expires = NULL,"
                " updated = :now WHERE id = :id AND status = 'leased' AND lease_expires <= :now",
                {"now": ts, "id": r["id"]},
            )
            if changed == 1:
                returned += 1
                self._event(
                    tx,
                    "lease-expired",
                    "factcheck",
                    now,
                    claim_id=str(r["id"]),
                    detail={"holder": r["lease_holder"]},
                )
        return returned

    def release(self, claim_id: str, *, reviewer: str, force: bool = False) -> ClaimRecord:
        """Give a leased claim back to the queue."""
        now = self._clock()
        with self._db.tx() as tx:
            reviewer = self._who(tx, reviewer)
            row = self._lock(tx, claim_id)
            cid = str(row["id"])
            if row["status"] != "leased":
                raise StoreError(
                    f'Claim "{cid}" is not leased ({row["status"]}); nothing to release'
                )
            self._check_lease(tx, row, reviewer, force, now)
            self._open(tx, cid, now)
            self._event(tx, "release", reviewer, now, claim_id=cid)
            return self._record(tx, cid)

    def skip(self, claim_id: str, *, reviewer: str, force: bool = False) -> ClaimRecord:
        """Pass on a claim: back to the queue, and not offered to this reviewer again."""
        now = self._clock()
        with self._db.tx() as tx:
            reviewer = self._who(tx, reviewer)
            row = self._lock(tx, claim_id)
            cid = str(row["id"])
            if row["status"] in ("decided", "final"):
                raise StoreError(f'Claim "{cid}" already has a verdict; reopen it first')
            if row["status"] == "leased":
                self._check_lease(tx, row, reviewer, force, now)
                self._open(tx, cid, now)
            tx.run(
                "INSERT INTO skips (claim_id, reviewer, at) VALUES (:id, :r, :at)"
                " ON CONFLICT (claim_id, reviewer) DO NOTHING",
                {"id": cid, "r": reviewer, "at": self._db.ts(now)},
            )
            self._event(tx, "skip", reviewer, now, claim_id=cid)
            return self._record(tx, cid)

    # -- verdicts

    def record_verdict(
        self,
        claim_id: str,
        *,
        rating: str,
        reviewer: str,
        note: str | None = None,
        sources: Sequence[Source | str] = (),
        force: bool = False,
        final: bool = True,
        evidence: Sequence[str] = (),
        adopt: str | None = None,
    ) -> Verdict:
        """Rate a claim. A claim leased to someone else raises ``LeaseConflict`` naming them,
        unless ``force``, which takes it over and logs ``lease-takeover``; a claim assigned to
        someone else is refused unless an editor forces it. Under the two-person rule (or
        with ``final=False``) the claim waits for ``sign_off``. A final verdict is replaced
        only after ``reopen`` or with ``force`` (logged). Under double review the first
        verdict is blind and the claim goes back to the queue for a second reviewer.
        ``evidence`` attaches checks and cached lookups by id; ``adopt`` is a claim whose
        earlier verdict this one takes over, linked as its source.
        A later verdict on the same claim is a new row and becomes the current one.
        """
        now = self._clock()
        check_source_urls([s if isinstance(s, str) else s.url for s in sources])
        cited = [Source(url=s.strip(), accessed=now) if isinstance(s, str) else s for s in sources]
        with self._db.tx() as tx:
            reviewer = self._who(tx, reviewer)
            rules = self._rules(tx)
            chosen = rules.rating(rating).name
            row = self._lock(tx, claim_id)
            cid = str(row["id"])
            self._check_assignee(tx, row, reviewer, force, now)
            if row["status"] == "leased":
                self._check_lease(tx, row, reviewer, force, now)
            replaced = None
            if row["status"] in ("decided", "final"):
                replaced = self._current_verdict(tx, cid)
                if (
                    replaced is not None
                    and name_key(replaced["reviewer"]) != name_key(reviewer)
                    and not force
                ):
                    # A reviewer whose lease ran out must not silently overwrite the verdict
                    # of the one who took the claim over (a lost update).
                    raise VerdictConflict(
                        f'Claim "{cid}" already has a verdict by "{replaced["reviewer"]}" '
                        f"({replaced['rating']}); pass --force to replace it"
                    )
                if row["status"] == "final" and replaced is not None and not force:
                    signed = (
                        f", signed off by {replaced['signed_off_by']}"
                        if replaced["signed_off_by"]
                        else ""
                    )
                    raise VerdictConflict(
                        f'Claim "{cid}" is final ({replaced["rating"]} by '
                        f"{replaced['reviewer']}{signed}); reopen it first (factcheck reopen "
                        "ID) or pass --force to replace it"
                    )
            attached = self._attach(tx, cid, evidence)
            source_verdict = self._adoptable(tx, cid, adopt) if adopt else None
            if source_verdict is not None:
                for s_ in json.loads(source_verdict["sources"] or "[]"):
                    if not any(c.url == s_.get("url") for c in cited):
                        cited.append(Source.model_validate(s_))
            status = "final" if final and not rules.review.two_person_rule else "decided"
            blind = False
            first = None
            review_note = None
            if rules.review.double_review and replaced is None:
                blinds = self._blind_verdicts(tx, cid)
                if any(name_key(b["reviewer"]) == name_key(reviewer) for b in blinds):
                    raise VerdictConflict(
                        f'You already gave claim "{cid}" your blind verdict; it waits for a '
                        "second reviewer's"
                    )
                if not blinds:
                    blind, status = True, "open"
                else:
                    first = blinds[0]
                    if first["rating"] != chosen:
                        status = "decided"
                        review_note = (
                            f"Disagreement: {first['reviewer']} rated it {first['rating']}, "
                            f"{reviewer} {chosen}; an editor decides with factcheck signoff ID "
                            "--rating RATING"
                        )
            is_final = status == "final"
            tx.run(
                f"INSERT INTO verdicts ({_VERDICT_COLS}, evidence, adopted_from, blind) VALUES"
                " (:claim_id, :rating, :note, :sources, :reviewer, :created, :final, NULL, NULL,"
                " :evidence, :adopted, :blind)",
                {
                    "claim_id": cid,
                    "rating": chosen,
                    "note": note,
                    "sources": _json([s.model_dump(mode="json", exclude_none=True) for s in cited]),
                    "reviewer": reviewer,
                    "created": self._db.ts(now),
                    "final": is_final,
                    "evidence": _json(
                        [e.model_dump(mode="json", exclude_none=True) for e in attached]
                    ),
                    "adopted": None if source_verdict is None else source_verdict["id"],
                    "blind": blind,
                },
            )
            if first is not None:
                tx.run(
                    "UPDATE verdicts SET blind = :f WHERE id = :id", {"f": False, "id": first["id"]}
                )
            tx.run(
                "UPDATE claims SET status = :s, lease_holder = NULL, lease_expires = NULL,"
                " review_note = :rn, updated = :now WHERE id = :id",
                {"s": status, "rn": review_note, "now": self._db.ts(now), "id": cid},
            )
            detail: dict[str, Any] = (
                {"blind": True} if blind else {"rating": chosen, "final": is_final}
            )
            if note and not blind:
                detail["note"] = note
            if cited and not blind:
                detail["sources"] = [s.url for s in cited]
            if attached:
                detail["evidence"] = [
                    e.model_dump(
                        mode="json", include={"source", "url", "retrieved", "content_hash"}
                    )
                    for e in attached
                ]
            if source_verdict is not None:
                detail["adopted_from"] = str(source_verdict["claim_id"])
            if replaced is not None:
                detail["replaces"] = replaced["reviewer"]
                if row["status"] == "final":
                    detail["replaces_final"] = replaced["rating"]
            self._event(tx, "verdict", reviewer, now, claim_id=cid, detail=detail)
            if first is not None:
                self._event(
                    tx,
                    "double-review",
                    reviewer,
                    now,
                    claim_id=cid,
                    detail={
                        "first": first["reviewer"],
                        "first_rating": first["rating"],
                        "second": reviewer,
                        "second_rating": chosen,
                        "agree": first["rating"] == chosen,
                    },
                )
        return Verdict(
            claim_id=cid,
            rating=chosen,
            note=note,
            sources=cited,
            reviewer=reviewer,
            created=now,
            final=is_final,
            evidence=attached,
            adopted_from=None if source_verdict is None else str(source_verdict["claim_id"]),
        )

    def sign_off(self, claim_id: str, *, reviewer: str, rating: str | None = None) -> Verdict:
        """Make a decided claim's verdict final: a second reviewer, not its author, agrees
        (an editor, once there is a roster). A double review that disagreed needs
        ``rating``: the editor's ruling, recorded as their own final verdict."""
        now = self._clock()
        with self._db.tx() as tx:
            reviewer = self._who(tx, reviewer, editor_for="sign off verdicts")
            rules = self._rules(tx)
            row = self._lock(tx, claim_id)
            cid = str(row["id"])
            verdict = self._current_verdict(tx, cid)
            if row["status"] == "final":
                raise StoreError(f'Claim "{cid}" is already final; nothing to sign off')
            if row["status"] != "decided" or verdict is None:
                raise StoreError(f'Claim "{cid}" has no verdict to sign off ({row["status"]})')
            disputed = str(row["review_note"] or "").startswith("Disagreement:")
            if disputed:
                if rating is None:
                    raise StoreError(f"{row['review_note'].replace('ID', cid, 1)}")
                ruling = rules.rating(rating).name
                tx.run(
                    f"INSERT INTO verdicts ({_VERDICT_COLS}) VALUES (:claim_id, :rating, :note,"
                    " '[]', :reviewer, :created, :final, :reviewer, :created)",
                    {
                        "claim_id": cid,
                        "rating": ruling,
                        "note": "Editor's ruling on a double review that disagreed",
                        "reviewer": reviewer,
                        "created": self._db.ts(now),
                        "final": True,
                    },
                )
                verdict = self._current_verdict(tx, cid)
                assert verdict is not None
            else:
                if rating is not None and rules.rating(rating).name != verdict["rating"]:
                    raise StoreError(
                        f'Claim "{cid}" is rated {verdict["rating"]}; sign-off approves that '
                        "rating (send it back with factcheck sendback ID --note ... to change it)"
                    )
                if name_key(verdict["reviewer"]) == name_key(reviewer):
                    raise StoreError(
                        f'"{reviewer}" wrote the verdict on claim "{cid}"; '
                        "a second reviewer must sign it off"
                    )
                tx.run(
                    "UPDATE verdicts SET final = :t, signed_off_by = :r, signed_off_at = :now"
                    " WHERE id = :vid",
                    {"t": True, "r": reviewer, "now": self._db.ts(now), "vid": verdict["id"]},
                )
            tx.run(
                "UPDATE claims SET status = 'final', review_note = NULL, updated = :now"
                " WHERE id = :id",
                {"now": self._db.ts(now), "id": cid},
            )
            detail: dict[str, Any] = {"rating": verdict["rating"], "author": verdict["reviewer"]}
            if disputed:
                detail["ruling"] = True
            self._event(tx, "sign-off", reviewer, now, claim_id=cid, detail=detail)
            out = _verdict(verdict)
        return out.model_copy(
            update={"final": True, "signed_off_by": reviewer, "signed_off_at": now}
        )

    def send_back(self, claim_id: str, *, reviewer: str, note: str) -> ClaimRecord:
        """Return a decided claim to its author's queue with a note (an editor, with a roster):
        the verdict is withdrawn, the claim assigned to its author, the note shown to them."""
        text = " ".join((note or "").split())
        if not text:
            from factcheck.errors import BadOption

            raise BadOption("A send-back needs a note saying what to look at: --note TEXT")
        now = self._clock()
        with self._db.tx() as tx:
            reviewer = self._who(tx, reviewer, editor_for="send verdicts back")
            row = self._lock(tx, claim_id)
            cid = str(row["id"])
            if row["status"] != "decided":
                hint = "; reopen it instead" if row["status"] == "final" else ""
                raise StoreError(
                    f'Claim "{cid}" is {row["status"]}, not awaiting sign-off; nothing to send '
                    f"back{hint}"
                )
            verdict = self._current_verdict(tx, cid)
            if verdict is None:
                raise StoreError(f'Claim "{cid}" has no verdict to send back')
            author = str(verdict["reviewer"])
            tx.run(
                "UPDATE verdicts SET withdrawn_at = :now WHERE claim_id = :id AND withdrawn_at"
                " IS NULL",
                {"now": self._db.ts(now), "id": cid},
            )
            tx.run(
                "UPDATE claims SET status = 'open', lease_holder = NULL, lease_expires = NULL,"
                " assignee = :a, review_note = :n, updated = :now WHERE id = :id",
                {
                    "a": author,
                    "n": f"Sent back by {reviewer}: {text}",
                    "now": self._db.ts(now),
                    "id": cid,
                },
            )
            tx.run("DELETE FROM skips WHERE claim_id = :id", {"id": cid})
            self._event(
                tx,
                "send-back",
                reviewer,
                now,
                claim_id=cid,
                detail={"note": text, "author": author, "rating": verdict["rating"]},
            )
            return self._record(tx, cid)

    def undo_verdict(
        self, claim_id: str, *, reviewer: str, lease_minutes: float | None = None
    ) -> ClaimRecord:
        """Withdraw the reviewer's current verdict on a claim and lease it back to them."""
        now = self._clock()
        with self._db.tx() as tx:
            reviewer = self._who(tx, reviewer)
            rule_minutes, _ = self._lease_rules(tx)
            minutes = rule_minutes if lease_minutes is None else lease_minutes
            row = self._lock(tx, claim_id)
            cid = str(row["id"])
            blind = [
                b
                for b in self._blind_verdicts(tx, cid)
                if name_key(b["reviewer"]) == name_key(reviewer)
            ]
            if blind and row["status"] in ("open", "leased"):
                tx.run(
                    "UPDATE verdicts SET withdrawn_at = :now WHERE id = :vid",
                    {"now": self._db.ts(now), "vid": blind[0]["id"]},
                )
                if row["status"] == "open":
                    tx.run(
                        "UPDATE claims SET status = 'leased', lease_holder = :r, lease_expires ="
                        " :until, updated = :now WHERE id = :id",
                        {
                            "r": reviewer,
                            "until": self._db.ts(now + timedelta(minutes=minutes)),
                            "now": self._db.ts(now),
                            "id": cid,
                        },
                    )
                self._event(
                    tx, "undo", reviewer, now, claim_id=cid, detail={"rating": blind[0]["rating"]}
                )
                return self._record(tx, cid)
            if row["status"] not in ("decided", "final"):
                # Reopened since (perhaps leased to someone else now): the verdict is history,
                # and withdrawing it must not hand the claim back over another reviewer's lease.
                raise StoreError(
                    f'Claim "{cid}" was reopened since your verdict ({row["status"]}); '
                    "nothing to undo"
                )
            verdict = self._current_verdict(tx, cid)
            if verdict is None or name_key(verdict["reviewer"]) != name_key(reviewer):
                raise StoreError(f'Claim "{cid}" has no verdict by "{reviewer}" to undo')
            if verdict["signed_off_by"]:
                raise StoreError(f'The verdict on claim "{cid}" is signed off; reopen it instead')
            tx.run(
                "UPDATE verdicts SET withdrawn_at = :now WHERE id = :vid",
                {"now": self._db.ts(now), "vid": verdict["id"]},
            )
            previous = self._current_verdict(tx, cid)
            if previous is not None:
                status = "final" if _bool(previous["final"]) else "decided"
                tx.run(
                    "UPDATE claims SET status = :s, updated = :now WHERE id = :id",
                    {"s": status, "now": self._db.ts(now), "id": cid},
                )
            else:
                tx.run(
                    "UPDATE claims SET status = 'leased', lease_holder = :r, lease_expires ="
                    " :until,"
                    " updated = :now WHERE id = :id",
                    {
                        "r": reviewer,
                        "until": self._db.ts(now + timedelta(minutes=minutes)),
                        "now": self._db.ts(now),
                        "id": cid,
                    },
                )
            self._event(
                tx, "undo", reviewer, now, claim_id=cid, detail={"rating": verdict["rating"]}
            )
            return self._record(tx, cid)

    def reopen(self, claim_id: str, *, reviewer: str, note: str | None = None) -> ClaimRecord:
        """Put a claim back in the queue; its verdicts stay on record."""
        now = self._clock()
        with self._db.tx() as tx:
            reviewer = self._who(tx, reviewer)
            row = self._lock(tx, claim_id)
            cid = str(row["id"])
            if row["status"] == "open":
                raise StoreError(f'Claim "{cid}" is already open')
            if row["status"] == "leased":
                # Only a decided claim is reopened; a lease is given back with release, by
                # its holder, so reopening must not drop another reviewer's lease unlogged.
                raise StoreError(
                    f'Claim "{cid}" is leased to "{row["lease_holder"]}", not decided; '
                    "nothing to reopen (its holder can release it)"
                )
            self._open(tx, cid, now)
            tx.run("DELETE FROM skips WHERE claim_id = :id", {"id": cid})
            self._event(
                tx, "reopen", reviewer, now, claim_id=cid, detail={"note": note} if note else {}
            )
            return self._record(tx, cid)

    def add_note(self, claim_id: str, *, reviewer: str, text: str) -> Event:
        """Put a reviewer's note on a claim's record."""
        now = self._clock()
        with self._db.tx() as tx:
            reviewer = self._who(tx, reviewer)
            cid = self._resolve(tx, claim_id)
            self._event(tx, "note", reviewer, now, claim_id=cid, detail={"note": text})
        return Event(action="note", actor=reviewer, at=now, claim_id=cid, detail={"note": text})

    def history(self, claim_id: str) -> list[Event]:
        """Every event of a claim, oldest first, starting with its document's ingest."""
        with self._db.tx(write=False) as tx:
            cid = self._resolve(tx, claim_id)
            rows = tx.all(
                "SELECT * FROM events WHERE claim_id = :id OR (claim_id IS NULL AND document_id"
                " = (SELECT document_id FROM claims WHERE id = :id)"
                " AND action = 'ingest') ORDER BY id",
                {"id": cid},
            )
        return [_event(r) for r in rows]

    def events(self, *, after: int = 0, limit: int | None = None) -> list[Event]:
        """The event log from id ``after`` on, oldest first."""
        sql = "SELECT * FROM events WHERE id > :after ORDER BY id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        with self._db.tx(write=False) as tx:
            return [_event(r) for r in tx.all(sql, {"after": after})]

    def stats(self) -> Stats:
        """Progress per status, kind and reviewer; leases held and expired."""
        ts = self._db.ts(self._clock())
        with self._db.tx(write=False) as tx:
            docs = tx.one("SELECT COUNT(*) AS n FROM documents")
            kinds = tx.all("SELECT kind, status, COUNT(*) AS n FROM claims GROUP BY kind, status")
            verdicts = tx.all(
                "SELECT reviewer, COUNT(*) AS n FROM verdicts WHERE withdrawn_at IS NULL GROUP"
                " BY reviewer"
            )
            leases = tx.all(
                "SELECT lease_holder, COUNT(*) AS n, SUM(CASE WHEN lease_expires <= :now THEN 1"
                " ELSE 0 END)"
                " AS expired FROM claims WHERE status = 'leased' GROUP BY lease_holder",
                {"now": ts},
            )
        stats = Stats(documents=int(docs["n"]) if docs else 0, by_status=dict.fromkeys(STATUSES, 0))
        for r in kinds:
            n = int(r["n"])
            stats.claims += n
            stats.by_status[r["status"]] = stats.by_status.get(r["status"], 0) + n
            per = stats.by_kind.setdefault(r["kind"], {"total": 0})
            per[r["status"]] = per.get(r["status"], 0) + n
            per["total"] += n
        for r in verdicts:
            stats.by_reviewer.setdefault(r["reviewer"], {"verdicts": 0, "leases": 0})[
                "verdicts"
            ] = int(r["n"])
        for r in leases:
            # A lease past its expiry is no longer held: it counts as expired, not as the
            # reviewer's, the same as in leases_held.
            expired = int(r["expired"] or 0)
            stats.by_reviewer.setdefault(r["lease_holder"], {"verdicts": 0, "leases": 0})[
                "leases"
            ] = int(r["n"]) - expired
            stats.leases_held += int(r["n"]) - expired
            stats.leases_expired += expired
        from factcheck.db.desk import desk_stats

        with self._db.tx(write=False) as tx:
            rows = tx.all(
                "SELECT * FROM events WHERE action IN ('double-review', 'sign-off', 'send-back',"
                " 'skip', 'lease', 'verdict') ORDER BY id"
            )
        stats.agreement, stats.desk = desk_stats([_event(r) for r in rows])
        return stats

    # -- checks and lookups

    def save_checks(
        self,
        results: Sequence[CheckResult],
        *,
        documents: Sequence[str] = (),
        claims: Sequence[str] = (),
        checks: Sequence[str] | None = None,
        actor: str = "factcheck",
    ) -> int:
        """Store automatic check results as evidence on their claims; the number of claims
        whose results changed.

        What was checked is replaced: every earlier result in ``documents``, on ``claims``,
        and on the claims (and, for results without a claim id, the spans) of ``results``,
        limited to the ``checks`` named (default: all). A result that is the same as before
        keeps its row (and its ``check:N`` id); each claim whose results changed gets one
        ``check`` event with what it had before and what it has now, so the history keeps
        every earlier result.
        """
        return self._save_checks(
            results,
            documents=documents,
            claims=claims,
            checks=checks,
            actor=actor,
            now=self._clock(),
        )

    def _save_checks(
        self,
        results: Sequence[CheckResult],
        *,
        documents: Sequence[str] = (),
        claims: Sequence[str] = (),
        checks: Sequence[str] | None = None,
        actor: str = "factcheck",
        now: datetime,
    ) -> int:
        new: dict[tuple[Any, ...], CheckResult] = {}
        for r in results:
            new.setdefault(_check_key(r), r)
        claim_ids = sorted({*claims, *(r.claim_id for r in results if r.claim_id)})
        spans = {(r.document, r.start, r.end) for r in results if r.claim_id is None}
        names = None if checks is None else set(checks) | {r.check for r in results}
        with self._db.tx() as tx:
            if self._db.dialect == "postgresql":
                # One check run at a time: two runs reading the same old rows would both
                # insert the new ones (SQLite's BEGIN IMMEDIATE already serialises them).
                tx.run("SELECT pg_advisory_xact_lock(7303)")
            rows: dict[int, Row] = {}
            for chunk in _chunks(sorted(set(documents)), 500):
                params = {f"d{n}": v for n, v in enumerate(chunk)}
                sql = "SELECT * FROM checks WHERE document_id IN (" + ", ".join(
                    ":" + k for k in params
                )
                rows.update((int(r["id"]), r) for r in tx.all(sql + ")", params))
            for chunk in _chunks(claim_ids, 500):
                params = {f"c{n}": v for n, v in enumerate(chunk)}
                sql = "SELECT * FROM checks WHERE claim_id IN (" + ", ".join(
                    ":" + k for k in params
                )
                rows.update((int(r["id"]), r) for r in tx.all(sql + ")", params))
            for d, s, e in sorted(spans):
                found = tx.all(
                    "SELECT * FROM checks WHERE claim_id IS NULL AND document_id = :d"
                    " AND span_start = :s AND span_end = :e",
                    {"d": d, "s": s, "e": e},
                )
                rows.update((int(r["id"]), r) for r in found)
            old = {
                i: _check(r) for i, r in rows.items() if names is None or r["check_name"] in names
            }
            kept = {_check_key(c) for c in old.values()} & set(new)
            gone = [i for i, c in old.items() if _check_key(c) not in kept]
            for chunk in _chunks([str(i) for i in sorted(gone)], 500):
                marks: dict[str, Any] = {f"i{n}": int(v) for n, v in enumerate(chunk)}
                tx.run(
                    "DELETE FROM checks WHERE id IN (" + ", ".join(":" + k for k in marks) + ")",
                    marks,
                )
            for key, r in new.items():
                if key not in kept:
                    tx.run(_INSERT_CHECK, _check_params(r, self._db.ts(r.created or now)))
            before: dict[str, list[CheckResult]] = {}
            after: dict[str, list[CheckResult]] = {}
            for c in old.values():
                if c.claim_id:
                    before.setdefault(c.claim_id, []).append(c)
            for r in new.values():
                if r.claim_id:
                    after.setdefault(r.claim_id, []).append(r)
            changed = 0
            for cid in sorted(set(before) | set(after)):
                was, now_has = (
                    _check_summary(before.get(cid, [])),
                    _check_summary(after.get(cid, [])),
                )
                if was == now_has:
                    continue
                changed += 1
                doc = next(c.document for c in [*before.get(cid, []), *after.get(cid, [])])
                detail = {"results": now_has or "none", "previous": was or "none"}
                raised = self._raise_priority(tx, cid, now)
                if raised is not None:
                    detail["priority"] = raised
                self._event(tx, "check", actor, now, claim_id=cid, document_id=doc, detail=detail)
        return changed

    def _raise_priority(self, tx: _Tx, cid: str, now: datetime) -> str | None:
        """Bring the claim's check reason in line with its current checks (an inconsistent one
        raises it, ``factcheck.priority.check_reason``); "4 -> 14" when the priority changed."""
        from factcheck import priority as _priority

        row = tx.one("SELECT priority, priority_reasons FROM claims WHERE id = :id", {"id": cid})
        if row is None:
            return None
        current = [
            _check(r) for r in tx.all("SELECT * FROM checks WHERE claim_id = :c", {"c": cid})
        ]
        reasons = list(json.loads(row["priority_reasons"] or "[]"))
        old = [r for r in reasons if _priority.is_check_reason(r)]
        weight, added = _priority.check_reason(current)
        if old == added:
            return None
        was = float(row["priority"])
        score = round(was - sum(map(_priority.reason_weight, old)) + weight, 2)
        tx.run(
            "UPDATE claims SET priority = :p, priority_reasons = :r, updated = :now WHERE id = :id",
            {
                "p": score,
                "r": _json([r for r in reasons if r not in old] + added),
                "now": self._db.ts(now),
                "id": cid,
            },
        )
        return f"{was:g} -> {score:g}"

    def checks_for(self, claim_id: str) -> list[CheckResult]:
        """The current check results of a claim."""
        with self._db.tx(write=False) as tx:
            cid = self._resolve(tx, claim_id)
            return self._record(tx, cid).checks

    def save_lookup(
        self, *, source: str, key: str, url: str, body: str, content_hash: str, retrieved: datetime
    ) -> None:
        """Cache a reference lookup's answer, replacing an earlier one for the same key."""
        with self._db.tx() as tx:
            tx.run(
                "INSERT INTO lookups (source, key, url, body, content_hash, retrieved)"
                " VALUES (:s, :k, :u, :b, :h, :r) ON CONFLICT (source, key) DO UPDATE SET"
                " url = excluded.url, body = excluded.body, content_hash = excluded.content_hash,"
                " retrieved = excluded.retrieved",
                {
                    "s": source,
                    "k": key,
                    "u": url,
                    "b": body,
                    "h": content_hash,
                    "r": self._db.ts(retrieved),
                },
            )

    def cached_lookup(self, source: str, key: str) -> LookupRow | None:
        """A cached lookup, or None."""
        with self._db.tx(write=False) as tx:
            r = tx.one(
                "SELECT * FROM lookups WHERE source = :s AND key = :k", {"s": source, "k": key}
            )
        if r is None:
            return None
        retrieved = _dt(r["retrieved"])
        assert retrieved is not None
        return LookupRow(
            source=r["source"],
            key=r["key"],
            url=r["url"],
            body=r["body"],
            content_hash=r["content_hash"],
            retrieved=retrieved,
        )

    def integrity_check(self) -> list[str]:
        """SQLite's ``PRAGMA integrity_check`` lines, ``["ok"]`` when sound (PostgreSQL:"
        " ``["ok"]``)."""
        if self._db.dialect != "sqlite":
            return ["ok"]
        assert isinstance(self._db, _Sqlite)
        return [str(r[0]) for r in self._db.conn.execute("PRAGMA integrity_check").fetchall()]

    # -- helpers

    def _event(
        self,
        tx: _Tx,
        action: str,
        actor: str,
        at: datetime,
        *,
        claim_id: str | None = None,
        document_id: str | None = None,
        detail: Mapping[str, Any] | None = None,
    ) -> None:
        tx.run(
            _INSERT_EVENT,
            {
                "at": self._db.ts(at),
                "action": action,
                "actor": actor,
                "claim_id": claim_id,
                "document_id": document_id,
                "detail": _json(dict(detail or {})),
            },
        )

    def _resolve(self, tx: _Tx, claim_id: str) -> str:
        wanted = claim_id.strip().lower()
        if tx.one("SELECT id FROM claims WHERE id = :id", {"id": wanted}) is not None:
            return wanted
        if wanted and all(ch in "0123456789abcdef" for ch in wanted):
            rows = tx.all(
                "SELECT id FROM claims WHERE id LIKE :p ORDER BY id LIMIT 3", {"p": wanted + "%"}
            )
            if len(rows) == 1:
                return str(rows[0]["id"])
            if len(rows) > 1:
                ids = ", ".join(str(r["id"]) for r in rows[:2]) + (", ..." if len(rows) > 2 else "")
                raise ClaimNotFound(
                    f'Claim id "{claim_id}" is ambiguous ({ids}); give more characters'
                )
        raise ClaimNotFound(f'No claim with id "{claim_id}"; list the ids with factcheck queue')

    def _record_rows(self, tx: _Tx, claim_ids: Sequence[str]) -> list[Row]:
        """The ``_RECORD`` rows of these ids or unique id prefixes: one query when every id
        is whole, as a command's are; a prefix is resolved (``_resolve``) and read after."""
        wanted = list(dict.fromkeys(c.strip().lower() for c in claim_ids))
        rows = self._record_rows_of(tx, wanted)
        found = {str(r["id"]) for r in rows}
        missing = [c for c in wanted if c not in found]
        if missing:
            resolved = [self._resolve(tx, c) for c in missing]
            rows += self._record_rows_of(tx, [c for c in resolved if c not in found])
        return rows

    def _record_rows_of(self, tx: _Tx, ids: list[str]) -> list[Row]:
        return [
            r
            for chunk in _chunks(ids, 500)
            for r in tx.all(
                _RECORD + " WHERE c.id IN (" + ", ".join(f":i{n}" for n in range(len(chunk))) + ")",
                {f"i{n}": v for n, v in enumerate(chunk)},
            )
        ]

    def _document_row(self, tx: _Tx, document_id: str) -> Row:
        wanted = document_id.strip()
        row = tx.one("SELECT * FROM documents WHERE id = :id", {"id": wanted})
        if row is not None:
            return row
        # Document ids are free text (batch ids): match them as a prefix, wildcards escaped.
        prefix = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = tx.all(
            "SELECT * FROM documents WHERE id LIKE :p ESCAPE '\\' ORDER BY id LIMIT 2",
            {"p": prefix + "%"},
        )
        if len(rows) == 1 and wanted:
            return rows[0]
        if len(rows) > 1 and wanted:
            raise DocumentNotFound(
                f'Document id "{document_id}" is ambiguous; give more characters'
            )
        raise DocumentNotFound(
            f'No document with id "{document_id}"; list them with factcheck queue --format json'
        )

    def _lock(self, tx: _Tx, claim_id: str) -> Row:
        """The claim's row, locked on PostgreSQL (SQLite's write lock is already held)."""
        sql = (
            "SELECT id, status, lease_holder, lease_expires, assignee, review_note FROM claims"
            " WHERE id = :id"
        )
        if self._db.dialect == "postgresql":
            sql += " FOR UPDATE"
        row = tx.one(sql, {"id": claim_id})
        if row is None:
            row = tx.one(sql, {"id": self._resolve(tx, claim_id)})
        if row is None:
            raise ClaimNotFound(f'No claim with id "{claim_id}"; list the ids with factcheck queue')
        return row

    def _check_lease(self, tx: _Tx, row: Row, reviewer: str, force: bool, now: datetime) -> None:
        holder = row["lease_holder"]
        expires = _dt(row["lease_expires"])
        if (
            holder is None
            or name_key(holder) == name_key(reviewer)
            or (expires is not None and expires <= now)
        ):
            return
        if not force:
            until = expires.strftime("%H:%M UTC") if expires else "further notice"
            raise LeaseConflict(
                f'Claim "{row["id"]}" is leased to "{holder}" until {until}; ask them, wait, '
                "or pass --force to take it over"
            )
        self._event(
            tx, "lease-takeover", reviewer, now, claim_id=str(row["id"]), detail={"from": holder}
        )

    def _check_assignee(self, tx: _Tx, row: Row, reviewer: str, force: bool, now: datetime) -> None:
        """An assigned claim is its assignee's: others need an editor's ``force``."""
        assignee = row["assignee"]
        if assignee is None or name_key(assignee) == name_key(reviewer):
            return
        if not force:
            raise LeaseConflict(
                f'Claim "{row["id"]}" is assigned to "{assignee}"; ask them, or an editor can '
                "pass --force to take it"
            )
        if self._roster_size(tx) and self._role(tx, reviewer) != "editor":
            raise NotAllowed(
                f'Claim "{row["id"]}" is assigned to "{assignee}"; only an editor can take it over'
            )
        self._event(
            tx, "assign-override", reviewer, now, claim_id=str(row["id"]), detail={"from": assignee}
        )

    def _blind_verdicts(self, tx: _Tx, cid: str) -> list[Row]:
        return tx.all(
            "SELECT * FROM verdicts WHERE claim_id = :id AND blind AND withdrawn_at IS NULL"
            " ORDER BY id",
            {"id": cid},
        )

    def _open(self, tx: _Tx, cid: str, now: datetime) -> None:
        tx.run(
            "UPDATE claims SET status = 'open', lease_holder = NULL, lease_expires = NULL,"
            " updated = :now WHERE id = :id",
            {"now": self._db.ts(now), "id": cid},
        )

    def _current_verdict(self, tx: _Tx, cid: str) -> Row | None:
        return tx.one(
            "SELECT * FROM verdicts WHERE claim_id = :id AND withdrawn_at IS NULL AND NOT blind"
            " ORDER BY id DESC LIMIT 1",
            {"id": cid},
        )

    def _record(self, tx: _Tx, cid: str) -> ClaimRecord:
        rows = tx.all(_RECORD + " WHERE c.id = :id", {"id": cid})
        if not rows:
            raise ClaimNotFound(f'No claim with id "{cid}"; list the ids with factcheck queue')
        return self._records(tx, rows)[0]

    def _records(self, tx: _Tx, rows: Sequence[Row]) -> list[ClaimRecord]:
        if not rows:
            return []
        ids = [str(r["id"]) for r in rows]
        decided = [str(r["id"]) for r in rows if r["status"] in ("decided", "final")]
        verdicts = self._verdicts(tx, decided) if decided else {}
        checks = self._checks(
            tx,
            ids,
            [(str(r["document_id"]), int(r["span_start"]), int(r["span_end"])) for r in rows],
        )
        out = []
        for r in rows:
            cid = str(r["id"])
            out.append(
                _build(
                    ClaimRecord,
                    claim=_claim(r),
                    document_title=r["doc_title"],
                    document_url=r["doc_url"],
                    document_published=_date(r["doc_published"]),
                    status=r["status"],
                    priority=float(r["priority"]),
                    priority_reasons=_json_list("strings", r["priority_reasons"]),
                    lease_holder=r["lease_holder"],
                    lease_expires=_dt(r["lease_expires"]),
                    verdict=verdicts.get(cid),
                    checks=checks.get(cid, []),
                    assignee=r["assignee"],
                    review_note=r["review_note"],
                )
            )
        return out

    def _verdicts(self, tx: _Tx, ids: list[str]) -> dict[str, Verdict]:
        out: dict[str, Verdict] = {}
        for chunk in _chunks(ids, 500):
            names = {f"i{n}": v for n, v in enumerate(chunk)}
            rows = tx.all(
                "SELECT v.*, (SELECT a.claim_id FROM verdicts a WHERE a.id = v.adopted_from)"
                " AS adopted_claim FROM verdicts v WHERE v.withdrawn_at IS NULL AND NOT v.blind"
                " AND v.claim_id IN (" + ", ".join(":" + k for k in names) + ") ORDER BY id",
                names,
            )
            for r in rows:
                out[str(r["claim_id"])] = _verdict(r)  # ordered by id: the latest wins
        return out

    def _checks(
        self, tx: _Tx, ids: list[str], spans: list[tuple[str, int, int]] | None = None
    ) -> dict[str, list[CheckResult]]:
        """Current checks per claim id; with ``spans``, also checks saved without a claim id
        whose document and span match a claim's."""
        out: dict[str, list[CheckResult]] = {}
        by_span = dict(zip(spans, ids, strict=True)) if spans else {}
        docs = sorted({s[0] for s in spans}) if spans else []
        queries: list[tuple[str, dict[str, Any]]] = []
        for n, chunk in enumerate(_chunks(ids, 500)):
            names = {f"i{k}": v for k, v in enumerate(chunk)}
            sql = (
                "SELECT * FROM checks WHERE claim_id IN (" + ", ".join(":" + k for k in names) + ")"
            )
            if n == 0 and 0 < len(docs) <= 100:  # one round trip for the usual case
                dnames = {f"d{k}": v for k, v in enumerate(docs)}
                sql += " OR (claim_id IS NULL AND document_id IN ("
                sql += ", ".join(":" + k for k in dnames) + "))"
                names.update(dnames)
                docs = []
            queries.append((sql + " ORDER BY id", names))
        for chunk in _chunks(docs, 500):
            dnames = {f"d{k}": v for k, v in enumerate(chunk)}
            sql = "SELECT * FROM checks WHERE claim_id IS NULL AND document_id IN ("
            queries.append((sql + ", ".join(":" + k for k in dnames) + ") ORDER BY id", dnames))
        for sql, params in queries:
            for r in tx.all(sql, params):
                if r["claim_id"] is not None:
                    out.setdefault(str(r["claim_id"]), []).append(_check(r))
                    continue
                cid = by_span.get((str(r["document_id"]), int(r["span_start"]), int(r["span_end"])))
                if cid is not None:
                    out.setdefault(cid, []).append(_check(r))
        return out


# ---------------------------------------------------------------- rows to models


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _bool(value: Any) -> bool:
    return bool(value)


# Rows read back are the store's own writing, validated when they went in: the models are
# built with ``model_construct`` and only the JSON columns go through pydantic (one call
# each, in pydantic-core). Validating every field of 100,000 rows took 7 s of a 20 s export.


def _build(cls: type[_M], /, **values: Any) -> _M:
    """``cls.model_construct(**values)`` without its per-call bookkeeping (a third of the cost).

    Fields not given take their default (or their default factory's value), in the fields'
    declared order, and ``model_fields_set`` is the names given, as model_construct does.
    """
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = (
            {n: None if f.is_required() else f.default for n, f in cls.model_fields.items()},
            {n: f.default_factory for n, f in cls.model_fields.items() if f.default_factory},
        )
    defaults, factories = plan
    state = {**defaults, **values}
    for name, factory in factories.items():
        if name not in values:
            state[name] = factory()
    obj = object.__new__(cls)
    object.__setattr__(obj, "__dict__", state)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


_M = TypeVar("_M", bound="BaseModel")
_PLANS: dict[type[BaseModel], tuple[dict[str, Any], dict[str, Any]]] = {}


def _claim(r: Row) -> Claim:
    return _build(
        Claim,
        id=r["id"],
        document=r["document_id"],
        kind=r["kind"],
        text=r["text"],
        start=r["span_start"],
        end=r["span_end"],
        value=_value(r["kind"], r["value"]),
        qualifier=r["qualifier"],
        sentence=r["sentence"],
        sentence_start=r["sentence_start"],
        pair=r["pair"],
    )


def _value(kind: str, raw: str | None) -> Any:
    """A claim's value from its JSON column. The value model's constructor takes the
    store's own writing as it is (plain numbers and strings: no pydantic loaded, as for
    ``factcheck next``); anything else goes through pydantic's validation of the union."""
    if not raw:
        return None
    data = json.loads(raw)
    if type(data) is dict:
        data.setdefault("kind", kind)  # rows of old versions have none
        model = _VALUE_MODELS.get(data["kind"])
        if model is not None:
            return model(**data)
    return validated_value(kind, raw)


def validated_value(kind: str, raw: str | None) -> Any:
    """A claim's value from its JSON column through pydantic (an instance of the value
    model's twin, which pydantic-core serializes as it is: the exports' rows)."""
    if not raw:
        return None
    adapter = _adapter("value")
    if '"kind"' in raw:
        return adapter.validate_json(raw)
    return adapter.validate_python({**json.loads(raw), "kind": kind})  # rows of old versions


_VALUE_MODELS: dict[Any, type[Any]] = {
    "money": MoneyValue,
    "date": DateValue,
    "duration": DurationValue,
    "percent": PercentValue,
    "quantity": QuantityValue,
    "quote": QuoteValue,
}


@functools.cache
def _adapter(name: str) -> Any:
    """The core validator of one JSON column's type ("value", "sources", "evidence" or
    "strings"), built when a row first needs it: ``factcheck next`` on a claim with no
    verdict builds the value's alone.

    Called straight, without TypeAdapter's Python wrapper (a quarter of a second per
    100,000 rows).
    """
    from pydantic import TypeAdapter

    from factcheck._records import twin_type
    from factcheck.models import Value

    kinds: dict[str, Any] = {
        "value": Value,
        "sources": list[Source],
        "evidence": list[Evidence],
        "strings": list[str],
    }
    return TypeAdapter(twin_type(kinds[name])).validator


def _json_list(name: str, raw: str | None) -> list[Any]:
    """A JSON column's list ("sources", "evidence" or "strings"). The store's own writing
    is taken as it is where it is plainly valid (strings; the models' constructors for
    sources and evidence, which validate what is not), so a claim's reasons and checks
    load no pydantic; anything else goes through pydantic's validator of the list."""
    if not raw or raw == "[]":
        return []
    items = json.loads(raw)
    if type(items) is list:
        if name == "strings" and all(type(i) is str for i in items):
            return items
        model = _LIST_MODELS.get(name)
        if model is not None and all(type(i) is dict for i in items):
            return [model(**i) for i in items]
    out: list[Any] = _adapter(name).validate_json(raw)
    return out


_LIST_MODELS: dict[str, type[Any]] = {"sources": Source, "evidence": Evidence}


def _row_speaker(row: Row) -> str | None:
    """The speaker of a quote claim's row (its value is JSON text, or a dict)."""
    value = row["value"]
    if isinstance(value, str):
        value = json.loads(value)
    return value.get("speaker") if isinstance(value, dict) else None


def _document(r: Row) -> Document:
    return Document(
        id=r["id"],
        text=r["text"],
        published=_date(r["published"]),
        title=r["title"],
        url=r["url"],
        source=r["source"],
        byline=r["byline"],
        site_name=r["site_name"],
        fetched_url=r["fetched_url"],
        fetched_at=_dt(r["fetched_at"]),
        fetched_sha256=r["fetched_sha256"],
        pages=json.loads(r["pages"]) if r["pages"] else None,
    )


def _verdict(r: Row) -> Verdict:
    created = _dt(r["created"])
    assert created is not None
    return _build(
        Verdict,
        claim_id=r["claim_id"],
        rating=r["rating"],
        note=r["note"],
        sources=_json_list("sources", r["sources"]),
        reviewer=r["reviewer"],
        created=created,
        final=_bool(r["final"]),
        signed_off_by=r["signed_off_by"],
        signed_off_at=_dt(r["signed_off_at"]),
        evidence=_json_list("evidence", r["evidence"]),
        adopted_from=r["adopted_claim"] if "adopted_claim" in r.keys() else None,  # noqa: SIM118
    )


def _check(r: Row) -> CheckResult:
    return _build(
        CheckResult,
        claim_id=r["claim_id"],
        document=r["document_id"],
        check=r["check_name"],
        status=r["status"],
        start=r["span_start"],
        end=r["span_end"],
        text=r["text"],
        explanation=r["explanation"],
        related=_json_list("strings", r["related"]),
        evidence=_json_list("evidence", r["evidence"]),
        created=_dt(r["created"]),
    )


def _check_key(r: CheckResult) -> tuple[Any, ...]:
    """What makes two check results the same result (everything but when it was made)."""
    evidence = [e.model_dump(mode="json", exclude_none=True) for e in r.evidence]
    return (
        r.claim_id,
        r.document,
        r.check,
        r.status,
        r.start,
        r.end,
        r.text,
        r.explanation,
        _json(r.related),
        _json(evidence),
    )


def _check_params(r: CheckResult, created: Any) -> dict[str, Any]:
    return {
        "c": r.claim_id,
        "d": r.document,
        "k": r.check,
        "st": r.status,
        "s": r.start,
        "e": r.end,
        "t": r.text,
        "x": r.explanation,
        "rel": _json(r.related),
        "ev": _json([e.model_dump(mode="json", exclude_none=True) for e in r.evidence]),
        "at": created,
    }


def _check_summary(results: Sequence[CheckResult]) -> str:
    """A claim's check results in one string for its history: "conversion inconsistent: ..."."""
    lines = sorted(f"{r.check} {r.status}: {r.explanation}" for r in results)
    return "; ".join(lines)


def _event(r: Row) -> Event:
    at = _dt(r["at"])
    assert at is not None
    return Event(
        id=r["id"],
        action=r["action"],
        actor=r["actor"],
        at=at,
        claim_id=r["claim_id"],
        document_id=r["document_id"],
        detail=json.loads(r["detail"] or "{}"),
    )
