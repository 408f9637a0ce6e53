from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims"


def pytest_report_header(config: pytest.Config) -> str:
    return f"sqlite: {sqlite3.sqlite_version}"


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
        "record_mode": "none",
    }
