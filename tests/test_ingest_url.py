"""`factcheck ingest URL` and `--feed`: pages replayed from cassettes/test_ingest_url/.

The cassettes are built by cassettes/build_intake_cassettes.py from pages of our own
making (news.example). Each interaction plays once, so an address that is fetched twice
fails the test: that is how "already ingested entries are skipped" is checked.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest
import yaml
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db.store import open_store

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes" / "test_ingest_url"
BUDGET = "https://news.example/politics/council-budget"
BRIDGE = "https://news.example/local/bridge-closure"
LIBRARY = "https://news.example/local/library-hours"


def run(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def _db(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


def _counts(tmp_path: Path) -> tuple[int, int, int]:
    """Documents, claims and ingest events in the test database (0s if it holds nothing)."""
    path = _db(tmp_path)
    if not path.exists():
        return (0, 0, 0)
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "documents" not in tables:
            return (0, 0, 0)
        docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        claims = conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
        events = conn.execute("SELECT COUNT(*) FROM events WHERE action = 'ingest'").fetchone()[0]
    return (docs, claims, events)


def _body_of(cassette: str, uri: str) -> bytes:
    data = yaml.safe_load((CASSETTES / f"{cassette}.yaml").read_text(encoding="utf-8"))
    for i in data["interactions"]:
        if i["request"]["uri"] == uri:
            body = i["response"]["body"]["string"]
            return body if isinstance(body, bytes) else body.encode("utf-8")
    raise AssertionError(uri)


@pytest.mark.vcr
def test_ingest_a_url_queues_its_claims_with_where_and_when(
    runner: CliRunner, tmp_path: Path
) -> None:
    before = datetime.now(UTC)
    result = run(runner, "ingest", BUDGET, "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents_added"] == 1 and summary["claims"] > 0
    assert summary["failed"] == [] and summary["already_present"] == []
    with open_store(str(_db(tmp_path))) as store:
        (doc,) = store.documents()
    body = _body_of("test_ingest_a_url_queues_its_claims_with_where_and_when", BUDGET)
    assert doc.url == doc.fetched_url == BUDGET
    assert doc.fetched_sha256 == hashlib.sha256(body).hexdigest()
    assert doc.fetched_at is not None and before <= doc.fetched_at <= datetime.now(UTC)
    assert doc.title == "Council sets a budget of £48m for next year"
    assert (doc.byline, doc.site_name, doc.source) == (
        "Maria Lopes",
        "The Example Courier",
        "The Example Courier",
    )
    assert doc.published == date(2025, 2, 17)
    queue = json.loads(run(runner, "queue", "--format", "json").stdout)
    assert {r["claim"]["text"] for r in queue} >= {"£48m", "4.5%", "£20m", "£15m"}
    assert {r["document_url"] for r in queue} == {BUDGET}
    # Again: the address is queued already, so it is not fetched (the cassette would refuse).
    again = run(runner, "ingest", BUDGET)
    assert again.exit_code == 0, again.output
    assert again.stdout == "Queued 0 claims from 0 new documents; 1 already queued\n"
    assert _counts(tmp_path)[0] == 1


FAILURES = {
    "404": ("https://news.example/gone", "answered HTTP 404 Not Found; check the address"),
    "picture": (
        "https://news.example/charts/budget.png",
        "is image/png, not an HTML page or a PDF; give the address of the article itself",
    ),
    "loop": (
        "https://news.example/loop/a",
        "redirects in a loop (more than 20 redirects); open it in a browser and ingest the "
        "address it ends at",
    ),
    "oversize": (
        BUDGET,
        "is over the 0.001 MB limit for one article; refusing to read it "
        "(raise FACTCHECK_MAX_ARTICLE_MB if the page is right)",
    ),
}


@pytest.mark.vcr(allow_playback_repeats=True)
@pytest.mark.parametrize("case", sorted(FAILURES))
def test_a_failed_fetch_is_one_line_and_writes_nothing(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    if case == "oversize":
        monkeypatch.setenv("FACTCHECK_MAX_ARTICLE_MB", "0.001")
    address, why = FAILURES[case]
    result = run(runner, "ingest", address)
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: {address} {why}\n"
    assert result.stdout == ""
    assert _counts(tmp_path) == (0, 0, 0)


def test_a_timeout_is_one_line_and_writes_nothing(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import lookup
    from factcheck.lookup import make_client

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    monkeypatch.setattr(
        lookup,
        "make_client",
        lambda config=None: make_client(config, transport=httpx.MockTransport(slow)),
    )
    result = run(runner, "ingest", BUDGET)
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"Error: {BUDGET} did not answer within 10 s; try again later, or raise "
        "[lookup] timeout_seconds in factcheck.toml\n"
    )
    assert result.stdout == ""
    assert _counts(tmp_path) == (0, 0, 0)


@pytest.mark.vcr
def test_one_bad_url_among_good_ones_is_named_and_the_rest_queued(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = run(runner, "ingest", BUDGET, "https://news.example/gone", BRIDGE)
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        "Error: https://news.example/gone answered HTTP 404 Not Found; check the address\n"
    )
    first = result.stdout.splitlines()[0]
    assert first.startswith("Queued ") and first.endswith(" from 2 new documents; 1 failed")
    docs, claims, events = _counts(tmp_path)
    assert (docs, events) == (2, 2) and claims > 0


@pytest.mark.vcr
def test_a_feed_fetches_new_entries_and_skips_ingested_ones(
    runner: CliRunner, tmp_path: Path
) -> None:
    first = run(runner, "ingest", BUDGET)
    assert first.exit_code == 0, first.output
    result = run(
        runner, "ingest", "--feed", "https://news.example/local/feed.xml", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents_added"] == 2
    assert summary["already_present"] == [BUDGET]
    with open_store(str(_db(tmp_path))) as store:
        docs = {d.url: d for d in store.documents()}
    assert set(docs) == {BUDGET, BRIDGE, LIBRARY}
    assert docs[BRIDGE].title == "Old river bridge to close for 18 months"
    assert docs[BRIDGE].byline == "Tom Hale" and docs[BRIDGE].published == date(2025, 3, 3)
    assert docs[LIBRARY].fetched_sha256 is not None
    # The same feed as a file: every entry is queued, nothing is fetched.
    again = run(runner, "ingest", "--feed", str(CASSETTES / "local.rss"))
    assert again.exit_code == 0, again.output
    assert again.stdout == "Queued 0 claims from 0 new documents; 3 already queued\n"
    assert _counts(tmp_path)[0] == 3


@pytest.mark.vcr
def test_an_atom_feed_file_with_a_dead_entry(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "ingest", "--feed", str(CASSETTES / "politics.atom"))
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        "Error: https://news.example/gone answered HTTP 404 Not Found; check the address\n"
    )
    assert result.stdout.splitlines()[0].endswith(" from 1 new document; 1 failed")
    with open_store(str(_db(tmp_path))) as store:
        (doc,) = store.documents()
    assert doc.url == BUDGET and doc.byline == "Maria Lopes"


def test_feed_entries_with_unusable_links_are_named(runner: CliRunner, tmp_path: Path) -> None:
    feed = tmp_path / "hostile.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        "<item><title>Script</title><link>javascript:alert(1)</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    result = run(runner, "ingest", "--feed", str(feed))
    assert result.exit_code == 1
    assert result.stderr == (
        f'Error: {feed}: entry 1 ("Script") is skipped: its link "javascript:alert(1)" is not '
        "an http(s) address\n"
    )
    assert _counts(tmp_path)[0] == 0
    record = run(runner, "ingest", "--feed", str(feed), "--format", "json")
    assert record.exit_code == 1
    assert json.loads(record.stdout)["failed"] == [
        {
            "input": f'{feed} entry 1 ("Script")',
            "why": f'{feed}: entry 1 ("Script") is skipped: its link "javascript:alert(1)" is '
            "not an http(s) address",
        }
    ]


def test_an_address_that_is_not_web_is_refused_before_anything(runner: CliRunner) -> None:
    result = run(runner, "ingest", "--feed", "ftp://news.example/feed.xml")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: ftp://news.example/feed.xml does not exist; give a feed file or its http(s) "
        "address\n"
    )
