"""``factcheck check``: the batch form on JSON Lines and the queue form on the sample article."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db.store import open_store
from factcheck.documents import read_path
from factcheck.models import Claim
from factcheck.pipeline import extract_documents

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "uk-troops-ukraine.md"
WIKIDATA = (
    ROOT / "cassettes" / "test_lookup_wikidata" / "test_invasion_of_ukraine_starts_2022_02_24.yaml"
)

DOCS = [
    {
        "id": "a",
        "text": "The bank paid €500m (£420m) on Friday, 14 June 2024.",
        "published": "2024-06-14",
    },
    {"id": "b", "text": "Sales rose 25% from $10m to $12m.", "published": "2024-06-14"},
    {"id": "c", "text": "Nothing to check here.", "published": None},
]


def batch(runner: CliRunner, lines: str, *extra: str):
    return runner.invoke(
        app, ["check", "--documents", "-", "--offline", "--format", "jsonl", *extra], input=lines
    )


def test_batch_writes_one_line_per_check(runner: CliRunner) -> None:
    result = batch(runner, "\n".join(json.dumps(d) for d in DOCS) + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    got = {(r["document"], r["check"], r["text"], r["status"]) for r in rows}
    assert got == {
        ("a", "conversion", "£420m", "consistent"),
        ("a", "weekday", "Friday", "consistent"),
        ("b", "arithmetic", "25%", "inconsistent"),
    }
    for r in rows:
        doc = next(d for d in DOCS if d["id"] == r["document"])
        assert doc["text"][r["start"] : r["end"]] == r["text"]
        assert r["explanation"]
    assert {"document", "check", "start", "end", "status", "explanation"} <= set(rows[0])


def test_batch_choose_checks(runner: CliRunner) -> None:
    result = batch(runner, json.dumps(DOCS[0]) + "\n", "--checks", "weekday")
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["check"] for x in result.stdout.splitlines()] == ["weekday"]


def test_batch_bad_line_is_one_error_line(runner: CliRunner) -> None:
    result = batch(runner, '{"id": "x", "text": "ok"}\n{not json\n')
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check"], "Error: Give claim ids, --all, or --documents FILE"),
        (
            ["check", "--all", "--checks", "sums"],
            'Error: Unknown check "sums"; choose from conversion, elapsed, weekday, arithmetic',
        ),
        (
            ["check", "--all", "--documents", "-"],
            "Error: Give either claim ids / --all or --documents, not both",
        ),
        (
            ["check", "--documents", "nope.jsonl"],
            'Error: --documents "nope.jsonl" is not a file; give a JSON Lines file or -',
        ),
    ],
)
def test_usage_errors(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == message


@pytest.fixture
def seed() -> dict[str, Claim]:
    docs = read_path(str(SEED))
    found = list(extract_documents(docs))
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        store.add_document(docs[0], found, actor="tester")
    return {c.text: c for c in found}


def test_seed_all_offline_with_event_date_stores_the_results(runner: CliRunner, seed) -> None:
    result = runner.invoke(
        app, ["check", "--all", "--offline", "--event-date", "2022-02-24", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    by_text = {r["text"]: r for r in rows}
    conv = by_text["$3.7 billion"]
    assert (conv["check"], conv["status"]) == ("conversion", "consistent")
    assert (
        "ECB 2025-02-17: 1 GBP = 1.2598 USD, so £3 billion = $3.779 billion" in conv["explanation"]
    )
    for phrase in ("nearly three years ago", "nearly three-year"):
        assert by_text[phrase]["status"] == "consistent", by_text[phrase]
        assert "2022-02-24" in by_text[phrase]["explanation"]
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        stored = store.checks_for(seed["$3.7 billion"].id)
        assert [(c.check, c.status) for c in stored] == [("conversion", "consistent")]
        stored = store.checks_for(seed["nearly three years"].id)
        assert [(c.check, c.status) for c in stored] == [("elapsed", "consistent")]


def test_claim_ids_limit_what_is_stored(runner: CliRunner, seed) -> None:
    cid = seed["$3.7 billion"].id
    result = runner.invoke(app, ["check", cid, "--offline", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(r["check"], r["claim_id"]) for r in rows] == [("conversion", cid)]
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        assert store.checks_for(seed["nearly three years"].id) == []


def test_without_an_event_the_war_phrase_is_inconclusive(runner: CliRunner, seed) -> None:
    result = runner.invoke(app, ["check", "--all", "--offline", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = {json.loads(x)["text"]: json.loads(x) for x in result.stdout.splitlines()}
    assert rows["nearly three years ago"]["status"] == "inconclusive"


@pytest.mark.vcr(str(WIKIDATA))
def test_event_date_read_from_wikidata(runner: CliRunner, seed) -> None:
    result = runner.invoke(app, ["check", "--all", "--event", "Q110999040", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = {json.loads(x)["text"]: json.loads(x) for x in result.stdout.splitlines()}
    assert rows["nearly three years ago"]["status"] == "consistent"
    assert "2022-02-24 (Q110999040)" in rows["nearly three years ago"]["explanation"]


def test_failed_event_lookup_leaves_the_queue_as_it_was(runner: CliRunner, seed) -> None:
    result = runner.invoke(app, ["check", "--all", "--offline", "--event", "Q110999040"])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: Wikidata needs the network but --offline is set")
    assert len(result.stderr.strip().splitlines()) == 1
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        assert store.checks_for(seed["$3.7 billion"].id) == []


def test_unknown_claim_id(runner: CliRunner, seed) -> None:
    result = runner.invoke(app, ["check", "ffffffffffff", "--offline"])
    assert result.exit_code == 1
    assert result.stderr.startswith('Error: No claim with id "ffffffffffff"')


def test_table_prints_article_text_as_written_not_as_markup() -> None:
    from factcheck.cli._common import Format, console
    from factcheck.cli.check import _render
    from factcheck.models import CheckResult

    result = CheckResult(
        document="d1",
        check="arithmetic",
        status="consistent",
        start=0,
        end=9,
        text="[bold]x[/]",
        explanation="[red]12 - 10 = 2[/red] as stated",
    )
    width = console.width
    console.width = 200
    try:
        with console.capture() as captured:
            _render([result], Format.table)
    finally:
        console.width = width
    out = captured.get()
    assert "[bold]x[/]" in out
    assert "[red]12 - 10 = 2[/red]" in out
