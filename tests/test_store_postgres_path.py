"""PostgreSQL on a command's path: one psycopg connection, the store's SQL translated once.

SQLAlchemy, SQLModel and Alembic are for ``db upgrade``; a reviewer's ``next`` or
``export`` on PostgreSQL must not pay for importing and setting them up.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factcheck.db.store import _pg_sql


def test_named_parameters_become_psycopg_ones() -> None:
    assert _pg_sql("SELECT * FROM claims WHERE id = :id AND ord > :n") == (
        "SELECT * FROM claims WHERE id = %(id)s AND ord > %(n)s"
    )


def test_casts_literals_and_percent_signs_are_kept() -> None:
    sql = (
        "SELECT :v::int, '12:30 :notaparam 100%' AS t, x LIKE :p ESCAPE '\\' FROM t WHERE a % 2 = 0"
    )
    assert _pg_sql(sql) == (
        "SELECT %(v)s::int, '12:30 :notaparam 100%%' AS t, x LIKE %(p)s ESCAPE '\\' "
        "FROM t WHERE a %% 2 = 0"
    )


@pytest.mark.postgres
def test_a_command_on_postgres_imports_no_orm(pg_url: str) -> None:
    code = (
        "import sys\n"
        "from factcheck.db.store import open_store\n"
        f"with open_store({pg_url!r}) as store:\n"
        "    store.stats()\n"
        "heavy = ('sqlalchemy', 'sqlmodel', 'alembic')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    env = {**os.environ}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.postgres
def test_reads_under_read_committed_open_no_transaction(pg_url: str) -> None:
    """Under READ COMMITTED (the server's default) a read's statements see the same rows
    with or without BEGIN and COMMIT around them: the store saves those round trips. Writes,
    and reads under a stricter level, keep their transaction."""
    from factcheck.db.store import open_store
    from tests.test_store import article

    with open_store(pg_url) as store:
        backend = store._db
        assert backend.read_committed  # type: ignore[attr-defined]
        doc, claims = article("It cost £3 billion in 2024, up 5%. Sales fell 2%.")
        store.add_document(doc, claims, actor="ana")
        opened: list[str] = []
        real = backend.conn.transaction  # type: ignore[attr-defined]

        def counted(*args: object, **kwargs: object) -> object:
            opened.append("tx")
            return real(*args, **kwargs)

        backend.conn.transaction = counted  # type: ignore[attr-defined]
        assert store.stats().claims == len(claims)
        assert len(store.claims()) == len(claims)
        assert opened == []
        assert store.next_claim("ana") is not None
        assert opened == ["tx"]
    stricter = pg_url + "%20-cdefault_transaction_isolation%3Drepeatable%5C%20read"
    with open_store(stricter) as store:
        assert not store._db.read_committed  # type: ignore[attr-defined]
        assert len(store.claims()) == len(claims)
