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

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import DatabaseLocked, DatabaseUnavailable

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

HEAD = "0006"
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
            full = "postgresql+psycopg://" + raw[len(prefix) :]
            _check_postgres_url(full, shown=_hide_password(raw))
            return Target(url=full, sqlite_path=None)
    if "://" in raw:
        scheme = raw.split("://", 1)[0]
        raise DatabaseUnavailable(
            f'Unsupported database URL scheme "{scheme}"; use a file path, sqlite:///PATH or postgresql://...'
        )
    return Target(url=f"sqlite:///{raw}", sqlite_path=raw)


def _check_postgres_url(url: str, *, shown: str) -> None:
    """``DatabaseUnavailable`` for a PostgreSQL URL SQLAlchemy could not even parse (a port
    that is not a number, an unclosed IPv6 bracket), instead of its ValueError."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise DatabaseUnavailable(
            f'The database URL "{shown}" is malformed ({exc}); write it as '
            "postgresql://USER@HOST:5432/DATABASE"
        ) from None
    if port is not None and not 0 < port < 65536:
        raise DatabaseUnavailable(
            f'The database URL "{shown}" has port {port}, outside 1-65535; write it as '
            "postgresql://USER@HOST:5432/DATABASE"
        )


def _hide_password(url: str) -> str:
    head, sep, tail = url.partition("://")
    if "@" in tail:
        creds, _, host = tail.rpartition("@")
        if ":" in creds:
            creds = creds.split(":", 1)[0] + ":***"
        return f"{head}{sep}{creds}@{host}"
    return url


def connect_sqlite(
    path: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, create: bool = False
) -> sqlite3.Connection:
    """A SQLite connection in autocommit mode (the store issues BEGIN itself), WAL on.

    A leading ``~`` is the user's home, as the shell would have it: ``--db=~/desk.db`` and
    ``FACTCHECK_DATABASE_URL="~/desk.db"`` reach sqlite3 unexpanded.

    A file that does not exist yet (or is empty) is created, except on the command line
    (``factcheck._env.may_create`` is False there) for a ``--db`` path: a typo must not
    silently start an empty queue. ``./factcheck.db``, the path in
    ``FACTCHECK_DATABASE_URL``, ``--create`` and ``create=True`` (``db upgrade``) may create.

    A file that cannot be written (a read-only mount, no permission) is opened read-only:
    reading commands work, a write fails with ``DatabaseUnavailable``.
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
        if not create:
            _refuse_accidental_creation(path, Path(file))
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
        if path != ":memory:" and _cannot_write(exc, Path(file)):
            return _connect_read_only(path, Path(file), busy_timeout)
        raise sqlite_error(exc, path, busy_timeout) from None
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(
            f'Cannot open the database "{path}": {exc}; pass --db with a factcheck database'
        ) from None
    return conn


def _refuse_accidental_creation(path: str, file: Path) -> None:
    from factcheck._env import may_create

    if may_create.get() is not False:
        return
    try:
        if file.stat().st_size > 0:
            return
        state = "is an empty file"
    except FileNotFoundError:
        state = "does not exist"
    resolved = file.resolve()
    if resolved == (Path.cwd() / "factcheck.db").resolve():
        return
    env = os.environ.get("FACTCHECK_DATABASE_URL")
    if env:
        with contextlib.suppress(DatabaseUnavailable):
            env_path = parse_url(env).sqlite_path
            if env_path and Path(env_path).expanduser().resolve() == resolved:
                return
    raise DatabaseUnavailable(
        f'The database "{path}" {state}; check the path, or pass --create to start a new '
        f"queue there (factcheck --db {path} --create ...)"
    )


def _cannot_write(exc: sqlite3.OperationalError, file: Path) -> bool:
    message = str(exc)
    return file.is_file() and ("readonly" in message or "unable to open" in message)


def _connect_read_only(path: str, file: Path, busy_timeout: float) -> sqlite3.Connection:
    """The file opened read-only; ``immutable`` when even the WAL index cannot be made (a
    read-only mount, where nobody else can be writing either)."""
    from urllib.parse import quote

    uri = "file:" + quote(str(file.resolve()))
    last: sqlite3.Error | None = None
    for options in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(
                uri + options,
                uri=True,
                timeout=busy_timeout,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.row_factory = sqlite3.Row
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError as exc:
            last = exc
    assert last is not None
    if isinstance(last, sqlite3.OperationalError):
        raise sqlite_error(last, path, busy_timeout) from None
    raise DatabaseUnavailable(
        f'Cannot open the database "{path}": {last}; pass --db with a factcheck database'
    ) from None


def sqlite_error(exc: sqlite3.Error, path: str, busy_timeout: float) -> Exception:
    """A ``DatabaseLocked`` or ``DatabaseUnavailable`` for a SQLite error, else the error."""
    message = str(exc)
    if "locked" in message or "busy" in message:
        return DatabaseLocked(
            f'The database "{path}" is locked by another process (waited {busy_timeout:g} s); '
            "retry in a moment"
        )
    if "readonly" in message or "read-only" in message:
        return DatabaseUnavailable(
            f'The database "{path}" is read-only here: reading commands work, this one '
            "writes; run it where the file is writable"
        )
    if "unable to open" in message:
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
    """Whether a PostgreSQL error is a lock wait that ran out (SQLSTATE 55P03): psycopg's
    own error, or SQLAlchemy's around it."""
    return getattr(getattr(exc, "orig", exc), "sqlstate", None) == "55P03"


def connect_postgres(target: Target, *, lock_timeout: float | None = None) -> Any:
    """One psycopg connection (autocommit: the store opens its transactions) for a command.

    ``lock_timeout`` seconds bound every wait for another session's row lock; it travels
    in the connection's startup options (no extra round trip), after any the URL gives.
    """
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    url = target.url.replace("postgresql+psycopg://", "postgresql://", 1)
    try:
        params: dict[str, Any] = dict(conninfo_to_dict(url))
        if lock_timeout is not None:
            millis = max(int(lock_timeout * 1000), 1)
            params["options"] = f"{params.get('options') or ''} -c lock_timeout={millis}".strip()
        params.setdefault("connect_timeout", 5)
        return psycopg.connect(autocommit=True, **params)
    except psycopg.Error as exc:
        raise postgres_unavailable(target, exc) from None


def postgres_connection_version(conn: Any, target: Target) -> str | None:
    """The migration a PostgreSQL database is at, on a psycopg connection (no reflection)."""
    import psycopg

    try:
        row = conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()
        if not row or not row[0]:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except psycopg.Error as exc:
        raise postgres_unavailable(target, exc) from None
    return str(found[0]) if found else None


@dataclass(frozen=True)
class PostgresState:
    """What a command needs to know of a PostgreSQL session before its first query."""

    version: str | None
    """The migration the database is at (None: no factcheck tables)."""
    read_committed: bool
    """Whether the session's transactions are READ COMMITTED."""
    team_settings: list[tuple[str, str]] | None
    """The ``team_settings`` rows (key, JSON text), or None when they were not read."""


_STATE = (
    "SELECT (SELECT version_num FROM alembic_version LIMIT 1),"
    " current_setting('transaction_isolation'),"
    " ARRAY(SELECT ARRAY[key::text, value] FROM team_settings)"
)


def postgres_connection_state(conn: Any, target: Target) -> PostgresState:
    """The schema version, the isolation level and the team settings, in one round trip to
    the server (two when it has no factcheck tables, or tables older than the settings)."""
    import psycopg

    try:
        try:
            row = conn.execute(_STATE).fetchone()
        except psycopg.errors.UndefinedTable:
            return PostgresState(postgres_connection_version(conn, target), False, None)
    except psycopg.Error as exc:
        raise postgres_unavailable(target, exc) from None
    version, isolation, settings = row if row else (None, None, None)
    return PostgresState(
        version=None if version is None else str(version),
        read_committed=isolation == "read committed",
        team_settings=[(str(k), str(v)) for k, v in settings or []],
    )


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
        conn = connect_sqlite(target.sqlite_path, busy_timeout=busy_timeout, create=True)
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
    """``FACTCHECK_BUSY_TIMEOUT`` seconds, else ten; ``BadOption`` for "abc", "nan" or "-5"."""
    from factcheck._env import env_number

    return env_number("FACTCHECK_BUSY_TIMEOUT", DEFAULT_BUSY_TIMEOUT, minimum=0)
