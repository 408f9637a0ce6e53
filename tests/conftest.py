from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims"


def pytest_report_header(config: pytest.Config) -> str:
    return f"sqlite: {sqlite3.sqlite_version}"


def pytest_configure(config: pytest.Config) -> None:
    """The commands the tests run keep their compiled patterns in a cache of this run,
    never in the user's ~/.cache (set before any fixture starts a command)."""
    os.environ["FACTCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="factcheck-patterns-")


def pytest_unconfigure(config: pytest.Config) -> None:
    path = os.environ.get("FACTCHECK_CACHE_DIR", "")
    if Path(path).name.startswith("factcheck-patterns-"):
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(autouse=True)
def _env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test works in its own folder with its own database and a fixed reviewer."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_DATABASE_URL", f"sqlite:///{tmp_path / 'test.db'}")
    monkeypatch.setenv("FACTCHECK_REVIEWER", "tester")
    monkeypatch.delenv("FACTCHECK_GOOGLE_API_KEY", raising=False)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(ROOT / "cassettes" / request.path.stem)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, object]:
    return {
        "filter_headers": ["authorization", "x-api-key", "x-goog-api-key", "cookie", "set-cookie"],
        "filter_query_parameters": ["key", "api_key"],
        # No "record_mode" here: it would override `make record`'s --record-mode=once;
        # pyproject's addopts already pass --record-mode=none, so tests replay only.
    }


# ---------------------------------------------------------------- the claim queue on both backends


def _postgres_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fresh, migrated claim queue: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield str(tmp_path / "queue.db")
        return
    yield from _postgres_queue()


@pytest.fixture
def pg_url():  # type: ignore[no-untyped-def]
    """A fresh, migrated PostgreSQL schema, for the tests only PostgreSQL needs."""
    yield from _postgres_queue()


def _postgres_queue():  # type: ignore[no-untyped-def]
    import os
    import uuid

    base = os.environ.get("FACTCHECK_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("FACTCHECK_TEST_POSTGRES_URL is unset; make test sets it when a server answers")
    import psycopg

    from factcheck.db.engine import upgrade

    schema = f"fc_{uuid.uuid4().hex[:12]}"
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = _postgres_schema_url(base, schema)
    upgrade(url)
    try:
        yield url
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
