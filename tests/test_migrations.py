"""Migrations: an empty database migrated to head matches the SQLModel tables exactly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from factcheck.db import engine as db_engine
from factcheck.db.store import open_store
from factcheck.db.tables import metadata


def _script() -> ScriptDirectory:
    cfg = Config()
    cfg.set_main_option("script_location", str(db_engine.MIGRATIONS))
    return ScriptDirectory.from_config(cfg)


def test_head_constant_matches_alembic() -> None:
    script = _script()
    assert script.get_current_head() == db_engine.HEAD
    names = sorted(Path(r.path).name for r in script.walk_revisions())
    assert names == [
        "0001_create_queue.py",
        "0002_partial_lease_holder_index.py",
        "0003_claim_order_index.py",
        "0004_team_desk.py",
        "0006_document_intake.py",
    ]
    assert all(n[:4].isdigit() and n[4] == "_" for n in names)


def test_migrated_database_matches_the_models(db_url: str) -> None:
    db_engine.upgrade(db_url)  # the fixture migrated Postgres already; SQLite gets created here
    url = db_engine.parse_url(db_url).url
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, metadata)
            tables = set(inspect(conn).get_table_names())
    finally:
        eng.dispose()
    assert diff == []
    assert tables == set(metadata.tables) | {"alembic_version"}


def test_sqlite_migrates_on_open_once(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0006",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        index = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_claims_queue'"
        ).fetchone()[0]
    assert "priority DESC" in index
    assert db_engine.upgrade(str(path)) == ("0006", "0006")


def test_queue_index_serves_next(tmp_path: Path) -> None:
    path = tmp_path / "plan.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT c.id FROM claims c WHERE c.status = 'open' AND NOT EXISTS"
            " (SELECT 1 FROM skips s WHERE s.claim_id = c.id AND s.reviewer = 'x')"
            " ORDER BY c.priority DESC, c.ord LIMIT 1"
        ).fetchall()
    details = " ".join(row[-1] for row in plan)
    assert "ix_claims_queue" in details and "TEMP B-TREE" not in details


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    import pytest

    from factcheck.errors import DatabaseUnavailable

    path = tmp_path / "future.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    with pytest.raises(DatabaseUnavailable) as exc:
        open_store(str(path))
    assert str(exc.value) == (
        f'The database "{path}" is at schema 0999, newer than this factcheck (0006); '
        "upgrade factcheck"
    )


def test_a_0001_database_is_migrated_on_open(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.db"
    cfg = Config()
    cfg.set_main_option("script_location", str(db_engine.MIGRATIONS))
    eng = create_engine(f"sqlite:///{path}")
    with eng.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    eng.dispose()
    with sqlite3.connect(path) as conn:
        old = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_claims_lease_holder'"
        ).fetchone()
    assert "WHERE" not in old[0]
    with open_store(str(path)) as store:
        assert store.claims() == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0006",)]
        new = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_claims_lease_holder'"
        ).fetchone()
    assert new[0].endswith("WHERE lease_holder IS NOT NULL")
