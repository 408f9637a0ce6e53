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
