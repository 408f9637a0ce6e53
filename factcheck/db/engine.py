"""Where the claim queue lives: URLs, SQLite connections, the PostgreSQL engine and migrations.

``open_store`` takes a URL or a plain path. Plain paths and ``sqlite:///`` URLs are SQLite
files, opened with the standard library's ``sqlite3`` (write-ahead log, a busy timeout,
``BEGIN IMMEDIATE`` for every write). ``postgresql://`` URLs go through SQLAlchemy and
psycopg. SQLAlchemy, SQLModel and Alembic are imported only when needed — to migrate or to
reach PostgreSQL — so ``factcheck next`` on a current SQLite file starts fast.

    factcheck.db            ./factcheck.db
    sqlite:////srv/desk.db  /srv/desk.db
    postgresql://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import DatabaseLocked, DatabaseUnavailable

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

HEAD = "0004"
"""The newest migration; a test keeps it equal to Alembic's head."""

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_BUSY_TIMEOUT = 10.0


@dataclass(frozen=True)
class Target:
    """A parsed database location: a SQLite path, or a SQLAlchemy URL for PostgreSQL."""

    url: str
    sqlite_path: str | None

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    @property
    def display(self) -> str:
        return self.sqlite_path if self.sqlite_path is not None else _hide_password(self.url)


def parse_url(url: str) -> Target:
    """A ``Target`` from ``--db``: a plain path, ``sqlite:///path`` or ``postgresql://...``."""
    raw = url.strip()
    if raw.startswith("sqlite://"):
        rest = raw[len("sqlite://") :]
        path = rest[1:] if rest.startswith("/") else rest
        path = path.split("?", 1)[0]
        return Target(url=raw, sqlite_path=path or ":memory:")
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if raw.startswith(prefix):
            return Target(url="postgresql+psycopg://" + raw[len(prefix) :], sqlite_path=None)
    if "://" in raw:
        scheme = raw.split("://", 1)[0]
        raise DatabaseUnavailable(
            f'Unsupported database URL scheme "{scheme}"; use a file path, sqlite:///PATH or postgresql://...'
        )
    return Target(url=f"sqlite:///{raw}", sqlite_path=raw)


def _hide_password(url: str) -> str:
    head, sep, tail = url.partition("://")
    if "@" in tail:
        creds, _, host = tail.rpartition("@")
        if ":" in creds:
            creds = creds.split(":", 1)[0] + ":***"
        return f"{head}{sep}{creds}@{host}"
    return url


def connect_sqlite(path: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> sqlite3.Connection:
    """A SQLite connection in autocommit mode (the store issues BEGIN itself), WAL on.

    A leading ``~`` is the user's home, as the shell would have it: ``--db=~/desk.db`` and
    ``FACTCHECK_DATABASE_URL="~/desk.db"`` reach sqlite3 unexpanded.
    """
    file = path
    if path != ":memory:":
        file = str(Path(path).expanduser())
        if Path(file).is_dir():
            raise DatabaseUnavailable(
                f'Cannot open the database "{path}": it is a folder; '
                "pass --db with a file path, e.g. factcheck.db"
            )
        parent = Path(file).resolve().parent
        if not parent.is_dir():
            raise DatabaseUnavailable(
                f'Cannot create the database "{path}": the folder "{parent}" does not exist; '
                "create it or pass --db with another path"
            )
    try:
        conn = sqlite3.connect(
            file, timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        if path != ":memory:":
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        raise sqlite_error(exc, path, busy_timeout) from None
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(
            f'Cannot open the database "{path}": {exc}; pass --db with a factcheck database'
        ) from None
    return conn


def sqlite_error(exc: sqlite3.Error, path: str, busy_timeout: float) -> Exception:
    """A ``DatabaseLocked`` or ``DatabaseUnavailable`` for a SQLite error, else the error."""
    message = str(exc)
    if "locked" in message or "busy" in message:
        return DatabaseLocked(
            f'The database "{path}" is locked by another process (waited {busy_timeout:g} s); '
            "retry in a moment"
        )
    if "unable to open" in message or "readonly" in message or "read-only" in message:
        where = Path(path).expanduser().resolve()
        return DatabaseUnavailable(
            f'Cannot open the database "{path}" ({message}); check that {where.parent} '
            "is writable or pass --db with another path"
        )
    return exc


def sqlite_version(conn: sqlite3.Connection) -> str | None:
    """The migration a SQLite file is at, or None for an empty file."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    return str(row[0]) if row else None


def upgrade_sqlite(conn: sqlite3.Connection) -> None:
    """Migrate a SQLite connection to ``HEAD`` under ``BEGIN IMMEDIATE``.

    The write lock is taken before Alembic reads the current version, so processes that
    open a new file at the same moment migrate it once.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    with engine.connect() as sa_conn:
        # Taken through SQLAlchemy's connection, after its first-connect setup (which may
        # roll back), so the lock holds until Alembic's work is committed.
        sa_conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            _run_alembic(sa_conn)
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        sa_conn.commit()
    if conn.in_transaction:
        conn.commit()


def get_engine(url: str, *, lock_timeout: float | None = None) -> Engine:
    """A SQLAlchemy engine for a PostgreSQL URL (SQLite files do not need one).

    ``lock_timeout`` seconds bound every wait for another session's row lock, after which
    PostgreSQL gives up and the store raises ``DatabaseLocked``.
    """
    from sqlalchemy import create_engine, event

    target = parse_url(url)
    if target.is_sqlite:
        return create_engine(target.url)
    engine = create_engine(target.url, pool_pre_ping=False, connect_args={"connect_timeout": 5})
    if lock_timeout is not None:
        millis = max(int(lock_timeout * 1000), 1)

        @event.listens_for(engine, "connect")
        def _set_lock_timeout(dbapi_connection: Any, _record: Any) -> None:
            autocommit = dbapi_connection.autocommit
            dbapi_connection.autocommit = True
            dbapi_connection.execute(f"SET lock_timeout = {millis}")
            dbapi_connection.autocommit = autocommit

    return engine


def is_lock_timeout(exc: BaseException) -> bool:
    """Whether a PostgreSQL error is a lock wait that ran out (SQLSTATE 55P03)."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == "55P03"


def postgres_version(engine: Engine) -> str | None:
    """The migration a PostgreSQL database is at, or None when it has no factcheck tables."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def upgrade(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> tuple[str | None, str]:
    """Migrate the database at ``url`` to the newest schema; the versions before and after."""
    target = parse_url(url)
    if target.sqlite_path is not None:
        conn = connect_sqlite(target.sqlite_path, busy_timeout=busy_timeout)
        try:
            before = sqlite_version(conn)
            if before != HEAD:
                upgrade_sqlite(conn)
        except sqlite3.OperationalError as exc:
            raise sqlite_error(exc, target.sqlite_path, busy_timeout) from None
        finally:
            conn.close()
        return before, HEAD
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    engine = get_engine(url)
    try:
        before = postgres_version(engine)
        with engine.begin() as sa_conn:
            # One migrator at a time, whichever machine it runs on.
            sa_conn.execute(text("SELECT pg_advisory_xact_lock(7301)"))
            _run_alembic(sa_conn)
    except OperationalError as exc:
        raise postgres_unavailable(target, exc) from None
    finally:
        engine.dispose()
    return before, HEAD


def postgres_unavailable(target: Target, exc: BaseException) -> DatabaseUnavailable:
    reason = (
        str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    )
    return DatabaseUnavailable(
        f'Cannot reach the database "{target.display}" ({reason}); '
        "check the server and the URL in --db"
    )


def _run_alembic(connection: Any) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "head")


def default_busy_timeout() -> float:
    """``FACTCHECK_BUSY_TIMEOUT`` seconds, else ten."""
    raw = os.environ.get("FACTCHECK_BUSY_TIMEOUT")
    try:
        return float(raw) if raw else DEFAULT_BUSY_TIMEOUT
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT
