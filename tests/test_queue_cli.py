"""The queue's commands through typer's CliRunner: output, --format json and the one-line errors."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.pipeline import extract

ARTICLE = """---
title: Ferry fares to rise again
published: 2024-05-02
url: https://news.example/ferries
---
The island ferry company will raise fares by 6% in June, its second increase this year.

Its chief executive, Maria Lund, said: "We lose £2 million a year on the winter crossings."
The company carried 1.2 million passengers in 2023.
"""

SECOND = "The harbour dredging project will cost £14 million and take 18 months, the port said."


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ferries.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "harbour.txt").write_text(SECOND, encoding="utf-8")
    return folder


def run(runner: CliRunner, *args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def ingested(runner: CliRunner, articles: Path) -> list[dict]:  # type: ignore[type-arg]
    result = run(runner, "ingest", str(articles))
    assert result.exit_code == 0, result.output
    out = run(runner, "queue", "--format", "json")
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_ingest_folder_is_idempotent_and_summarises_per_kind(
    runner: CliRunner, articles: Path
) -> None:
    result = run(runner, "ingest", str(articles), "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    expected = Counter(
        c.kind for c in extract(ARTICLE.split("---\n", 2)[2], published="2024-05-02")
    )
    expected.update(c.kind for c in extract(SECOND))
    assert summary["documents_added"] == 2
    assert summary["per_kind"] == dict(expected)
    assert summary["claims"] == sum(expected.values()) > 0
    again = run(runner, "ingest", str(articles))
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith("Queued 0 claims from 0 new documents; 2 already queued")
    rows = json.loads(run(runner, "queue", "--format", "json").stdout)
    assert len(rows) == summary["claims"]


def test_ingest_stdin_with_options(runner: CliRunner) -> None:
    result = run(
        runner,
        "ingest",
        "-",
        "--published",
        "2024-01-10",
        "--title",
        "Dredging",
        "--url",
        "https://news.example/d",
        input=SECOND,
    )
    assert result.exit_code == 0, result.output
    assert "Queued" in result.stdout and "money" in result.stdout
    rows = json.loads(run(runner, "queue", "--format", "json").stdout)
    assert rows and {r["document_title"] for r in rows} == {"Dredging"}
    assert {r["document_url"] for r in rows} == {"https://news.example/d"}
    assert {r["document_published"] for r in rows} == {"2024-01-10"}


def test_ingest_errors(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "ingest", "missing.md")
    assert result.exit_code == 1
    assert result.stderr == "Error: missing.md does not exist; check the path\n"
    result = run(runner, "ingest", "-", "--published", "May 2", input=SECOND)
    assert result.exit_code == 1
    assert result.stderr.startswith('Error: --published "May 2" is not a date')


def test_queue_filters_and_formats(runner: CliRunner, articles: Path) -> None:
    rows = ingested(runner, articles)
    money = json.loads(run(runner, "queue", "--kind", "money", "--format", "json").stdout)
    assert money and all(r["claim"]["kind"] == "money" for r in money)
    assert len(money) == sum(r["claim"]["kind"] == "money" for r in rows)
    lines = run(runner, "queue", "--format", "jsonl", "--limit", "2").stdout.splitlines()
    assert [json.loads(x)["claim"]["id"] for x in lines] == [r["claim"]["id"] for r in rows[:2]]
    table = run(runner, "queue", "--status", "open")
    assert table.exit_code == 0 and rows[0]["claim"]["id"] in table.stdout
    bad = run(runner, "queue", "--status", "done")
    assert bad.exit_code == 1
    assert bad.stderr == 'Error: Unknown status "done"; choose from open, leased, decided, final\n'
    bad = run(runner, "queue", "--kind", "monies")
    assert bad.exit_code == 1 and bad.stderr.startswith('Error: Unknown kind "monies"; choose from')


def test_next_show_verdict_history(runner: CliRunner, articles: Path) -> None:
    rows = ingested(runner, articles)
    first = json.loads(run(runner, "next", "--reviewer", "ana", "--format", "json").stdout)
    assert first["claim"]["id"] == rows[0]["claim"]["id"]
    assert first["status"] == "leased" and first["lease_holder"] == "ana"
    table = run(runner, "next", "--reviewer", "ana")
    assert (
        table.exit_code == 0
        and first["claim"]["id"] in table.stdout
        and "leased to ana" in table.stdout
    )
    cid = first["claim"]["id"]

    taken = run(runner, "verdict", cid[:8], "false", "--reviewer", "bo")
    assert taken.exit_code == 1
    assert taken.stderr.startswith(f'Error: Claim "{cid}" is leased to "ana" until ')
    assert taken.stderr.endswith("; ask them, wait, or pass --force to take it over\n")

    wrong = run(runner, "verdict", cid, "sorta", "--reviewer", "ana")
    assert wrong.exit_code == 1
    assert wrong.stderr == (
        'Error: Unknown rating "sorta"; choose from true, mostly-true, half-true, misleading, '
        "mostly-false, false, unverifiable, not-checkable\n"
    )
    ok = run(
        runner,
        "verdict",
        cid,
        "mostly-true",
        "--reviewer",
        "ana",
        "--note",
        "close",
        "--source",
        "https://a.example",
    )
    assert ok.exit_code == 0, ok.output
    assert ok.stdout == f"Claim {cid} rated mostly-true by ana\n"

    shown = json.loads(run(runner, "show", cid, "--format", "json").stdout)
    assert shown["status"] == "final" and shown["verdict"]["rating"] == "mostly-true"
    assert shown["verdict"]["sources"][0]["url"] == "https://a.example"
    assert shown["claim"]["text"] in shown["paragraph"]
    # "raise fares by 6%" has no earlier fare to test against: ingest's offline check
    # stores that (inconclusive) on the claim, and the history shows it
    assert [e["action"] for e in shown["history"]] == ["ingest", "check", "lease", "verdict"]
    text = run(runner, "show", cid)
    assert "mostly-true by ana" in text.stdout and "close" in text.stdout

    hist = json.loads(run(runner, "history", cid, "--format", "json").stdout)
    assert [e["action"] for e in hist] == ["ingest", "check", "lease", "verdict"]


def test_force_is_logged(runner: CliRunner, articles: Path) -> None:
    ingested(runner, articles)
    cid = json.loads(run(runner, "next", "-r", "ana", "--format", "json").stdout)["claim"]["id"]
    result = run(runner, "verdict", cid, "false", "-r", "bo", "--force")
    assert result.exit_code == 0, result.output
    hist = json.loads(run(runner, "history", cid, "--format", "json").stdout)
    assert [(e["action"], e["actor"]) for e in hist][-2:] == [
        ("lease-takeover", "bo"),
        ("verdict", "bo"),
    ]


def test_unknown_id(runner: CliRunner, articles: Path) -> None:
    ingested(runner, articles)
    for command in (
        ["show", "zzzz"],
        ["verdict", "zzzz", "true"],
        ["history", "zzzz"],
        ["skip", "zzzz"],
    ):
        result = run(runner, *command)
        assert result.exit_code == 1, command
        assert (
            result.stderr == 'Error: No claim with id "zzzz"; list the ids with factcheck queue\n'
        )


def test_skip_release_reopen_note_stats(runner: CliRunner, articles: Path) -> None:
    rows = ingested(runner, articles)
    cid = json.loads(run(runner, "next", "--format", "json").stdout)["claim"][
        "id"
    ]  # FACTCHECK_REVIEWER=tester
    assert run(runner, "skip", cid).stdout == f"Skipped claim {cid}\n"
    second = json.loads(run(runner, "next", "--format", "json").stdout)["claim"]["id"]
    assert second != cid
    assert run(runner, "release", second).stdout == f"Released claim {second}\n"
    again = run(runner, "release", second)
    assert (
        again.exit_code == 1
        and again.stderr == f'Error: Claim "{second}" is not leased (open); nothing to release\n'
    )
    assert run(runner, "verdict", second, "true").exit_code == 0
    assert (
        run(runner, "reopen", second, "--note", "new data").stdout == f"Reopened claim {second}\n"
    )
    assert run(runner, "note", second, "called the port").exit_code == 0
    hist = json.loads(run(runner, "history", second, "--format", "json").stdout)
    assert [e["action"] for e in hist][-3:] == ["verdict", "reopen", "note"]
    assert hist[-1]["detail"] == {"note": "called the port"}
    stats = json.loads(run(runner, "stats", "--format", "json").stdout)
    assert stats["claims"] == len(rows) and stats["by_status"]["open"] == len(rows)
    assert stats["by_reviewer"]["tester"]["verdicts"] == 1
    assert "claims in 2 documents" in run(runner, "stats").stdout


def test_two_person_rule_with_signoff(runner: CliRunner, articles: Path, tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("[review]\ntwo_person_rule = true\n", encoding="utf-8")
    rows = ingested(runner, articles)
    cid = rows[0]["claim"]["id"]
    result = run(runner, "verdict", cid, "false", "-r", "ana")
    assert (
        result.stdout
        == f"Claim {cid} rated false by ana; it awaits a second reviewer's factcheck signoff\n"
    )
    same = run(runner, "signoff", cid, "-r", "ana")
    assert same.exit_code == 1
    assert (
        same.stderr
        == f'Error: "ana" wrote the verdict on claim "{cid}"; a second reviewer must sign it off\n'
    )
    ok = run(runner, "signoff", cid, "-r", "bo")
    assert ok.exit_code == 0 and ok.stdout == f"Claim {cid}: false by ana, signed off by bo\n"
    assert json.loads(run(runner, "show", cid, "-f", "json").stdout)["status"] == "final"


def test_database_that_cannot_be_created(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "q.db"
    result = run(runner, "--db", str(path), "queue")
    assert result.exit_code == 1
    assert result.stderr == (
        f'Error: Cannot create the database "{path}": the folder "{path.parent}" does not exist; '
        "create it or pass --db with another path\n"
    )
    per_command = run(runner, "queue", "--db", str(path))
    assert per_command.exit_code == 1 and per_command.stderr == result.stderr


def test_locked_database(
    runner: CliRunner, articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingested(runner, articles)
    monkeypatch.setenv("FACTCHECK_BUSY_TIMEOUT", "0.2")
    holder = sqlite3.connect(tmp_path / "test.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run(runner, "next", "-r", "ana")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert result.stderr == (
        f'Error: The database "{tmp_path / "test.db"}" is locked by another process '
        "(waited 0.2 s); retry in a moment\n"
    )


def test_db_upgrade(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    first = run(runner, "--db", f"sqlite:///{path}", "db", "upgrade")
    assert first.exit_code == 0, first.output
    assert first.stdout == f"Database {path} upgraded from schema none to 0006\n"
    again = run(runner, "db", "upgrade", "--db", str(path))
    assert again.stdout == f"Database {path} is already at schema 0006\n"


def _modules_after(code: str, cwd: Path) -> list[str]:
    probe = (
        "import sys\n"
        + code
        + "\nheavy = ('sqlalchemy', 'sqlmodel', 'alembic')"
        + "\nprint('loaded:' + ','.join(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=cwd, check=True
    )
    last = out.stdout.strip().splitlines()[-1]
    assert last.startswith("loaded:"), out.stdout
    return [m for m in last.removeprefix("loaded:").split(",") if m]


def test_help_and_extract_do_not_import_the_database_stack(tmp_path: Path) -> None:
    assert _modules_after("import factcheck.cli", tmp_path) == []
    run_extract = (
        "from typer.testing import CliRunner\nfrom factcheck.cli import app\n"
        "r = CliRunner().invoke(app, ['extract', '-'], input='It cost £3 million.')\n"
        "assert r.exit_code == 0, r.output\n"
        "r = CliRunner().invoke(app, ['--help'])\nassert r.exit_code == 0"
    )
    assert _modules_after(run_extract, tmp_path) == []


def test_next_on_a_current_sqlite_file_does_not_import_sqlalchemy(
    runner: CliRunner, articles: Path, tmp_path: Path
) -> None:
    ingested(runner, articles)  # creates and migrates tmp_path/test.db
    db = str(tmp_path / "test.db")
    code = (
        "from typer.testing import CliRunner\nfrom factcheck.cli import app\n"
        f"r = CliRunner().invoke(app, ['--db', {db!r}, 'next', '-r', 'ana'])\n"
        "assert r.exit_code == 0 and 'leased to ana' in r.output, r.output"
    )
    assert _modules_after(code, tmp_path) == []


def test_commands_on_both_backends(runner: CliRunner, db_url: str) -> None:
    """The same commands against SQLite and PostgreSQL (--db per command and at the root)."""
    upgraded = run(runner, "--db", db_url, "db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert upgraded.stdout.endswith(" 0006\n")
    result = run(runner, "--db", db_url, "ingest", "-", "--title", "Dredging", input=SECOND)
    assert result.exit_code == 0, result.output
    first = json.loads(run(runner, "next", "--db", db_url, "-r", "ana", "-f", "json").stdout)
    cid = first["claim"]["id"]
    assert run(runner, "--db", db_url, "verdict", cid, "false", "-r", "ana").exit_code == 0
    shown = json.loads(run(runner, "--db", db_url, "show", cid, "-f", "json").stdout)
    assert shown["verdict"]["rating"] == "false" and shown["document_title"] == "Dredging"
    stats = json.loads(run(runner, "--db", db_url, "stats", "-f", "json").stdout)
    assert stats["by_status"]["final"] == 1 and stats["documents"] == 1


def test_progress_on_many_files(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(6):
        (folder / f"a{n}.txt").write_text(
            f"Story {n}: the port spent £{n + 1} million.", encoding="utf-8"
        )
    result = run(runner, "ingest", str(folder), "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)  # stdout stays data; the bar went to stderr
    assert summary["documents_added"] == 6 and summary["per_kind"].get("money") == 6


def test_every_queue_command_is_documented() -> None:
    from factcheck.cli import ingest as ingest_cli
    from factcheck.cli import queue as queue_cli
    from factcheck.cli import review as review_cli

    docs = (Path(__file__).resolve().parent.parent / "docs" / "queue.md").read_text(
        encoding="utf-8"
    )
    import typer

    probe = typer.Typer()
    ingest_cli.register(probe)
    queue_cli.register(probe)
    review_cli.register(probe)
    names = [c.name or c.callback.__name__ for c in probe.registered_commands]  # type: ignore[union-attr]
    assert len(names) == 17
    for name in [*names, "db upgrade"]:
        assert f"factcheck {name}" in docs or f"`{name}" in docs, name


def test_not_a_database(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database. " * 20, encoding="utf-8")
    result = run(runner, "--db", str(path), "queue")
    assert result.exit_code == 1
    assert result.stderr == (
        f'Error: Cannot open the database "{path}": file is not a database; '
        "pass --db with a factcheck database\n"
    )


def test_queue_table_shows_the_first_screenfuls(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.cli import queue as queue_cli

    monkeypatch.setattr(queue_cli, "TABLE_LIMIT", 2)
    run(runner, "ingest", "-", input=ARTICLE)
    table = run(runner, "queue")
    assert table.exit_code == 0
    assert table.stderr == (
        "Showing the first 2 claims; pass --limit N, a filter, or --format jsonl for all\n"
    )
    assert len(json.loads(run(runner, "queue", "-f", "json").stdout)) > 2
    assert run(runner, "queue", "--limit", "3").stderr == ""


def test_db_path_with_a_tilde_is_in_the_home_folder(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `--db=~/desk.db` and a quoted FACTCHECK_DATABASE_URL reach us with the tilde unexpanded;
    # sqlite3 took it as a folder named "~" and the error blamed the home folder's permissions.
    monkeypatch.setenv("HOME", str(tmp_path))
    result = run(runner, "--db", "~/desk.db", "--create", "stats", "--format", "json")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "desk.db").is_file()


def test_db_path_that_is_a_folder(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "--db", str(tmp_path), "queue")
    assert result.exit_code == 1
    assert result.stderr == (
        f'Error: Cannot open the database "{tmp_path}": it is a folder; '
        "pass --db with a file path, e.g. factcheck.db\n"
    )


def test_brackets_in_article_text_print_as_written(runner, tmp_path) -> None:
    """Quotes often hold "[sic]" or "[the minister]": they are data, never rich markup."""
    from factcheck.cli import app

    article = tmp_path / "brackets.md"
    article.write_text(
        '---\npublished: 2024-06-14\n---\nThe mayor said: "[The council] spent $5 million [/] '
        'on roads [sic]."\n',
        encoding="utf-8",
    )
    assert runner.invoke(app, ["ingest", str(article)]).exit_code == 0
    for command in (["queue"], ["history", "--help"], ["extract", str(article)]):
        result = runner.invoke(app, command, env={"COLUMNS": "250"})
        assert result.exit_code == 0, (command, result.output)
    queue = runner.invoke(app, ["queue"], env={"COLUMNS": "250"})
    assert "[The council]" in queue.stdout
    extract = runner.invoke(app, ["extract", str(article)], env={"COLUMNS": "250"})
    assert "[sic]" in extract.stdout


def test_event_details_read_as_text_not_python_reprs() -> None:
    from datetime import UTC, datetime

    from factcheck.cli.queue import event_detail
    from factcheck.models import Event

    e = Event(
        id=1,
        at=datetime(2025, 2, 17, tzinfo=UTC),
        action="verdict",
        actor="ana",
        claim_id="c1",
        detail={
            "rating": "true",
            "sources": ["https://ecb.example/rates", "https://ons.example/t1"],
            "evidence": [{"source": "ecb", "url": "https://ecb.example/r", "sha256": None}],
        },
    )
    line = event_detail(e)
    assert line == (
        "rating=true, sources=https://ecb.example/rates; https://ons.example/t1, "
        "evidence=ecb https://ecb.example/r"
    )
    assert "[" not in line and "{" not in line and "None" not in line
