"""``factcheck lookup ID``: on the sample article in claims/, offline and from cassettes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

import factcheck.lookup as lookup_module
from factcheck.cli import app
from factcheck.db.store import open_store
from factcheck.documents import read_path
from factcheck.lookup._http import make_client
from factcheck.models import Claim
from factcheck.pipeline import extract_documents

CLAIMS = Path(__file__).resolve().parent.parent / "claims"


@pytest.fixture
def claims() -> dict[str, Claim]:
    """The sample article queued in the test database; its claims by text."""
    docs = read_path(str(CLAIMS / "uk-troops-ukraine.md"))
    found = list(extract_documents(docs))
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        store.add_document(docs[0], found, actor="tester")
    return {c.text: c for c in found}


def run(runner: CliRunner, *args: str):
    return runner.invoke(app, ["lookup", *args])


def test_money_claim_offline_uses_the_ecb_file(runner: CliRunner, claims) -> None:
    result = run(runner, claims["£3 billion"].id, "--offline", "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["claim"]["text"] == "£3 billion"
    rates = [r for r in out["results"] if r["source"] == "ecb"]
    assert len(rates) == 1
    rate = rates[0]["data"]["rate"]
    assert (rate["base"], rate["quote"], rate["date"]) == ("GBP", "USD", "2025-02-17")
    assert round(rate["rate"], 4) == 1.2598
    assert round(rates[0]["data"]["converted"] / 1e9, 3) == 3.779
    assert "3 billion GBP × 1.25979 = 3.779 billion USD" in rates[0]["summary"]
    assert [r["source"] for r in out["results"]] == ["ecb", "factchecktools", "wikipedia"]
    assert {r["status"] for r in out["results"][1:]} == {"skipped"}


@pytest.mark.vcr
def test_money_claim_online_reads_frankfurter_then_caches(runner: CliRunner, claims) -> None:
    cid = claims["£3 billion"].id
    online = run(runner, cid, "--source", "frankfurter", "--format", "json")
    assert online.exit_code == 0, online.output
    result = json.loads(online.stdout)["results"][0]
    assert result["data"]["rate"]["rate"] == 1.2598
    evidence = result["evidence"][0]
    assert evidence["url"] == "https://api.frankfurter.dev/v1/2025-02-17?base=GBP&symbols=USD"
    assert len(evidence["content_hash"]) == 64 and evidence["retrieved"]
    # The answer is now in the database: offline, the same evidence comes from the cache.
    cached = run(runner, cid, "--source", "frankfurter", "--offline", "--format", "json")
    assert cached.exit_code == 0, cached.output
    assert json.loads(cached.stdout)["results"][0]["evidence"] == [evidence]


@pytest.mark.vcr
def test_duration_claim_reads_the_event_start(runner: CliRunner, claims) -> None:
    cid = claims["nearly three years"].id
    result = run(runner, cid, "--source", "wikidata", "--entity", "Q110999040", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1
    assert lines[0]["claim_id"] == cid
    assert lines[0]["data"]["start"]["date"] == "2022-02-24"
    assert lines[0]["evidence"][0]["value"] == "2022-02-24"
    assert lines[0]["evidence"][0]["url"] == "https://www.wikidata.org/wiki/Q110999040"
    table = run(runner, cid, "--source", "wikidata", "--entity", "Q110999040", "--offline")
    assert table.exit_code == 0, table.output
    assert "start 2022-02-24" in table.stdout  # served from the cache, no cassette needed


def test_offline_without_cache_is_one_line(runner: CliRunner, claims) -> None:
    cid = claims["nearly three years"].id
    result = run(runner, cid, "--source", "wikidata", "--entity", "Q110999040", "--offline")
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        "Error: Wikidata needs the network but --offline is set and nothing is cached for "
        '"https://www.wikidata.org/wiki/Special:EntityData/Q110999040.json"; '
        "run the lookup once without --offline\n"
    )


def test_unknown_source(runner: CliRunner, claims) -> None:
    result = run(runner, claims["£3 billion"].id, "--source", "rates")
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        'Error: Unknown source "rates"; choose from frankfurter, ecb, wikidata, '
        "factchecktools, wikipedia\n"
    )


def test_source_that_does_not_fit_the_claim(runner: CliRunner, claims) -> None:
    result = run(runner, claims["£3 billion"].id, "--source", "wikidata")
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        'Error: Source "wikidata" does not fit a money claim; choose from frankfurter, ecb, '
        "factchecktools, wikipedia\n"
    )


def test_wikidata_without_entity_or_query(runner: CliRunner, claims) -> None:
    result = run(runner, claims["nearly three years"].id, "--source", "wikidata")
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        "Error: Give --entity QID or --query TEXT to look up an event's dates on Wikidata\n"
    )


def test_missing_key_when_asked_for_fact_checks(runner: CliRunner, claims) -> None:
    result = run(runner, claims["£3 billion"].id, "--source", "factchecktools")
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: Google Fact Check Tools needs an API key; set ")
    assert result.stderr.count("\n") == 1


def test_timeout_is_one_line_and_leaves_the_queue_as_it_was(
    runner: CliRunner, claims, monkeypatch: pytest.MonkeyPatch
) -> None:
    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    monkeypatch.setattr(
        lookup_module,
        "make_client",
        lambda config=None: make_client(config, transport=httpx.MockTransport(timeout)),
    )
    cid = claims["£3 billion"].id
    url = os.environ["FACTCHECK_DATABASE_URL"]
    with open_store(url) as store:
        before = (store.get_claim(cid), store.stats())
    # Asked for by name, the one source that cannot answer is the command's one-line error.
    result = run(runner, cid, "--source", "frankfurter")
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        "Error: Frankfurter did not answer within 10 s; check your connection or use --offline\n"
    )
    # By default it fails alone: listed as skipped with its reason, and the rate comes
    # from the offline ECB file instead.
    result = run(runner, cid, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {r["source"]: r for r in json.loads(result.stdout)["results"]}
    assert rows["frankfurter"]["status"] == "skipped"
    assert rows["frankfurter"]["summary"].startswith("Frankfurter did not answer within 10 s")
    assert rows["ecb"]["status"] == "ok"
    assert rows["ecb"]["summary"].endswith("(offline fallback: Frankfurter did not answer)")
    assert rows["ecb"]["evidence"][0]["source"].startswith("ECB euro reference rates")
    with open_store(url) as store:
        assert (store.get_claim(cid), store.stats()) == before
        assert store.cached_lookup("frankfurter", "anything") is None


@pytest.mark.vcr
def test_sample_article_checks_offline_after_one_lookup(runner: CliRunner, claims) -> None:
    # One online lookup (replayed) caches the invasion's dates; then `check` runs offline.
    fetched = run(
        runner, claims["nearly three years"].id, "--source", "wikidata", "--entity", "Q110999040"
    )
    assert fetched.exit_code == 0, fetched.output
    result = runner.invoke(
        app, ["check", "--all", "--offline", "--event", "Q110999040", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    checks = json.loads(result.stdout)
    conversion = [c for c in checks if c["check"] == "conversion" and "3.7 billion" in c["text"]]
    assert [c["status"] for c in conversion] == ["consistent"], checks
    assert "1 GBP = 1.2598 USD" in conversion[0]["explanation"]
    assert "$3.779 billion" in conversion[0]["explanation"]
    elapsed = [c for c in checks if c["text"].startswith("nearly three years")]
    assert [c["status"] for c in elapsed] == ["consistent"], checks
    assert "2022-02-24" in elapsed[0]["explanation"]
