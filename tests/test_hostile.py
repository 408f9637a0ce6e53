"""Hostile input, real terminals and real file systems (issue 14): one test per item.

Each test reproduces what a hostile pass found on main and failed there: exports replacing
FIFOs and symlinks, escape codes reaching terminals, script in ClaimReview, tracebacks
instead of one line, typo'd and read-only databases, folder ingest, lookups that hang.
The ClaimReview page in Chromium is in tests/test_hostile_browser.py.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db.store import open_store
from factcheck.extract import extract_document
from factcheck.models import Document

FACTCHECK = [sys.executable, "-m", "factcheck"]

ARTICLE = """---
title: Bridge works
published: 2025-02-17
---
The bridge cost £40 million, the council said.

Repairs took 3 years and 1,200 workers.
"""


def run(runner: CliRunner, *args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def queued(runner: CliRunner, tmp_path: Path) -> Path:
    (tmp_path / "bridge.md").write_text(ARTICLE, encoding="utf-8")
    result = run(runner, "ingest", str(tmp_path / "bridge.md"))
    assert result.exit_code == 0, result.output
    return tmp_path


# ---------------------------------------------------------------- 1. writes


def test_export_to_a_fifo_reaches_its_reader(runner: CliRunner, queued: Path) -> None:
    fifo = queued / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        result = run(runner, "export", "-o", str(fifo))
        out, _ = reader.communicate(timeout=20)
    finally:
        reader.kill()
    assert result.exit_code == 0, result.output
    assert out.decode("utf-8").startswith("# Fact-check report")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still a FIFO, not a plain file
    assert not [p for p in queued.iterdir() if p.name.endswith(".tmp")]


def test_export_through_a_symlink_keeps_the_link(runner: CliRunner, queued: Path) -> None:
    (queued / "reports").mkdir()
    real = queued / "reports" / "real.md"
    real.write_text("old report\n", encoding="utf-8")
    real.chmod(0o640)
    link = queued / "report.md"
    link.symlink_to(real)
    result = run(runner, "export", "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("# Fact-check report")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # a replaced report keeps its mode
    assert result.stderr == f"Wrote 3 claims to {real}\n"


def test_export_to_a_character_device_is_written_through(runner: CliRunner, queued: Path) -> None:
    # A /dev/null-like node of our own (never the real /dev), where mknod is allowed.
    node = queued / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"mknod is not permitted here: {exc}")
    result = run(runner, "export", "-o", str(node))
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_export_to_a_full_device_is_one_line(runner: CliRunner, queued: Path) -> None:
    node = queued / "full"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"mknod is not permitted here: {exc}")
    result = run(runner, "export", "-o", str(node))
    assert result.exit_code == 1
    assert result.stderr == (
        f'Error: Cannot write "{node}": No space left on device; '
        "free some space or choose another -o\n"
    )
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_export_to_stdout_like_paths(queued: Path) -> None:
    """``-o -`` and ``-o /dev/stdout`` with stdout a pipe: the report arrives on the pipe."""
    for target in ("-", "/dev/stdout"):
        done = subprocess.run(
            [*FACTCHECK, "export", "-o", target], capture_output=True, cwd=queued, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.decode("utf-8").startswith("# Fact-check report"), target


def test_standard_output_on_a_full_disk_is_one_line(queued: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [*FACTCHECK, "export"], stdout=full, stderr=subprocess.PIPE, cwd=queued, timeout=60
        )
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "Error: Cannot write to standard output: No space left on device; "
        "free some space or write elsewhere\n"
    )


def test_a_killed_exports_temporary_file_is_cleaned_by_the_next(
    runner: CliRunner, queued: Path
) -> None:
    # What SIGKILL during an export leaves: ours with a process id that is gone, and one
    # of the earlier form (mkstemp's eight characters) from an older version.
    dead = subprocess.Popen(["true"])
    dead.wait()
    ours = queued / f".report.md.factcheck-{dead.pid}-k3j4h5g6.tmp"
    legacy = queued / ".report.md.k3j4h5g6.tmp"
    other = queued / ".notes.md.k3j4h5g6.tmp"  # another file's: not ours to touch
    for p in (ours, legacy, other):
        p.write_text("half a rep", encoding="utf-8")
        os.utime(p, (time.time() - 3600, time.time() - 3600))
    result = run(runner, "export", "-o", str(queued / "report.md"))
    assert result.exit_code == 0, result.output
    assert not ours.exists() and not legacy.exists()
    assert other.exists()


def test_export_onto_a_folder_or_socket_is_refused(runner: CliRunner, queued: Path) -> None:
    import socket

    result = run(runner, "export", "-o", str(queued))
    assert result.exit_code == 1
    assert result.stderr == f'Error: "{queued}" is a folder; give a file name to -o\n'
    path = queued / "s"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        result = run(runner, "export", "-o", str(path))
    finally:
        sock.close()
    assert result.exit_code == 1 and result.stderr.startswith(f'Error: Cannot write "{path}"')
    assert stat.S_ISSOCK(os.lstat(path).st_mode)


# ---------------------------------------------------------------- 3. terminals

ESCAPES = (
    "\x1b[2J",  # clear screen
    "\x1b]0;pwned\x07",  # window title
    "\x1b]8;;https://evil.example\x1b\\",  # hyperlink
    "\x9b31m",  # 8-bit CSI
    "\x07",  # bell
)
HOSTILE = "".join(ESCAPES)
_CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\n\t"] + [
    chr(c) for c in range(0x7F, 0xA0)
]


def _has_controls(text: str) -> list[str]:
    return [c for c in _CONTROLS if c in text]


def test_extract_takes_no_claim_from_an_escape_sequence(runner: CliRunner, tmp_path: Path) -> None:
    text = (
        "The army sent 4,000 troops \x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\ here."
        "\x1b[2J\x1b]0;pwned\x07 It cost $5 million.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    table = run(runner, "extract", "a.txt")
    assert table.exit_code == 0, table.output
    assert _has_controls(table.stdout) == []
    rows = [
        json.loads(x)
        for x in run(runner, "extract", "a.txt", "-f", "jsonl").stdout.split("\n")
        if x
    ]
    assert sorted(r["text"] for r in rows) == ["$5 million", "4,000 troops"]
    # Offsets still index the text as read: the sequences became spaces of the same length.
    for r in rows:
        assert text[r["start"] : r["end"]] == r["text"]


def _hostile_queue(tmp_path: Path) -> tuple[str, str]:
    """A queue whose every printed field holds escape codes, as rows written before intake
    neutralised them (or by another program) would: text, title, url, source, names, notes."""
    url = str(tmp_path / "test.db")
    doc = Document(
        text=f"Officials said {HOSTILE} the bridge cost £40 million {HOSTILE} in 2024.",
        title=f"Title {HOSTILE}",
        source=f"Source {HOSTILE}",
        url="https://example.org/a",
        published="2025-02-17",
    )
    claims = extract_document(doc)
    assert claims
    with open_store(url) as store:
        store.add_document(doc, claims, actor="desk")
        cid = claims[0].id
        store.next_claim("ana")
        store.record_verdict(cid, rating="false", reviewer="ana", note=f"Note {HOSTILE}")
        store.add_note(cid, reviewer="ana", text=f"Aside {HOSTILE}")
    conn = sqlite3.connect(url)
    with conn:
        conn.execute("UPDATE verdicts SET reviewer = ?", (f"ana{HOSTILE}",))
        conn.execute("UPDATE events SET actor = ?", (f"desk{HOSTILE}",))
        conn.execute("UPDATE documents SET url = ?", (f"https://example.org/{HOSTILE}",))
    conn.close()
    return url, cid


def test_escape_codes_in_every_printed_field_never_reach_the_terminal(
    runner: CliRunner, tmp_path: Path
) -> None:
    _, cid = _hostile_queue(tmp_path)
    commands = [
        ["show", cid],
        ["queue"],
        ["history", cid],
        ["stats"],
        ["next", "-r", "bo"],
        ["lookup", cid, "--offline"],
        ["export", "--claim", cid, "--format", "markdown"],
        ["verdict", cid, HOSTILE],  # an error line that quotes the bad value
    ]
    for args in commands:
        result = run(runner, *args)
        assert result.exit_code in (0, 1), (args, result.output)
        assert _has_controls(result.stdout) == [], (args, result.stdout)
        assert _has_controls(result.stderr) == [], (args, result.stderr)
    # The review loop's card and the sign-off walk print the same fields.
    assert run(runner, "reopen", cid, "-r", "ana").exit_code == 0
    for args, seen in (
        (["review", "-r", "bo"], "Title [2J]0;pwned"),
        (["review", "--signoff", "-r", "bo"], "No verdicts await"),
    ):
        result = run(runner, *args, input="q")
        assert result.exit_code == 0, (args, result.output)
        assert _has_controls(result.stdout) == [], (args, result.stdout)
        assert seen in result.stdout, (args, result.stdout)
    shown = run(runner, "show", cid).stdout
    assert "Note [2J]0;pwned" in shown  # made inert, still visible


def test_json_output_escapes_c1_controls(runner: CliRunner, tmp_path: Path) -> None:
    _, cid = _hostile_queue(tmp_path)
    out = run(runner, "show", cid, "--format", "json").stdout
    assert _has_controls(out) == []
    assert json.loads(out)["verdict"]["note"] == f"Note {HOSTILE}"


# ---------------------------------------------------------------- 8. paths


def test_a_mistyped_db_is_not_created(runner: CliRunner, tmp_path: Path) -> None:
    typo = tmp_path / "desk.bd"
    result = run(runner, "--db", str(typo), "queue")
    assert result.exit_code == 1
    assert result.stderr == (
        f'Error: The database "{typo}" does not exist; check the path, or pass --create to '
        f"start a new queue there (factcheck --db {typo} --create ...)\n"
    )
    assert not typo.exists()
    per_command = run(runner, "queue", "--db", str(typo))
    assert per_command.exit_code == 1 and per_command.stderr == result.stderr
    assert run(runner, "--db", str(typo), "--create", "stats").exit_code == 0
    assert typo.is_file()
    assert run(runner, "--db", str(typo), "stats").exit_code == 0


def test_an_empty_file_is_not_turned_into_a_database(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "notes.txt"
    empty.touch()
    result = run(runner, "--db", str(empty), "ingest", "-", input=ARTICLE)
    assert result.exit_code == 1
    assert result.stderr.startswith(f'Error: The database "{empty}" is an empty file; ')
    assert empty.stat().st_size == 0


def test_the_default_database_and_db_upgrade_may_create(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_DATABASE_URL")
    assert run(runner, "stats").exit_code == 0
    assert (tmp_path / "factcheck.db").is_file()
    fresh = tmp_path / "team.db"
    assert run(runner, "--db", str(fresh), "db", "upgrade").exit_code == 0
    assert fresh.is_file()


def test_a_file_that_is_not_a_database_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes " * 100, encoding="utf-8")
    result = run(runner, "--db", str(notes), "--create", "queue")
    assert result.exit_code == 1
    assert result.stderr == (
        f'Error: Cannot open the database "{notes}": file is not a database; '
        "pass --db with a factcheck database\n"
    )
    assert notes.read_text(encoding="utf-8") == "my notes " * 100


@pytest.fixture
def read_only_folder(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A folder that becomes read-only on demand: a tmpfs remounted read-only when we may
    mount (root in a container), else permissions (which root would ignore)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True
        ).returncode
        == 0
    )
    if os.geteuid() == 0 and not mounted:
        pytest.skip("running as root without mount: no way to make a read-only file")

    def seal() -> None:
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            for p in folder.iterdir():
                p.chmod(0o444)
            folder.chmod(0o555)

    yield folder, seal
    if mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)
    else:
        folder.chmod(0o755)


def test_a_read_only_database_serves_reading_commands(
    runner: CliRunner,
    read_only_folder,  # type: ignore[no-untyped-def]
) -> None:
    folder, seal = read_only_folder
    db = str(folder / "q.db")
    assert run(runner, "--db", db, "--create", "ingest", "-", input=ARTICLE).exit_code == 0
    seal()
    for args in (["queue"], ["stats"], ["export", "--format", "csv"], ["show", "-f", "json"]):
        if args[0] == "show":
            cid = json.loads(run(runner, "--db", db, "queue", "-f", "json").stdout)[0]["claim"][
                "id"
            ]
            args = ["show", cid, "-f", "json"]
        result = run(runner, "--db", db, *args)
        assert result.exit_code == 0, (args, result.output)
    wrote = run(runner, "--db", db, "next", "-r", "ana")
    assert wrote.exit_code == 1
    assert wrote.stderr == (
        f'Error: The database "{db}" is read-only here: reading commands work, this one '
        "writes; run it where the file is writable\n"
    )


# ---------------------------------------------------------------- environment variables


@pytest.mark.parametrize("value", ["abc", "nan", "-5", "inf"])
def test_busy_timeout_must_be_a_number_of_seconds(
    runner: CliRunner, queued: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("FACTCHECK_BUSY_TIMEOUT", value)
    result = run(runner, "queue")
    assert result.exit_code == 1
    assert result.stderr == (
        f'Error: FACTCHECK_BUSY_TIMEOUT is "{value}", not a number of at least 0; '
        "set it to e.g. 10 or unset it\n"
    )


def test_article_size_limit(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The bridge cost £40 million. " * 40_000, encoding="utf-8")  # 1.2 MB
    monkeypatch.setenv("FACTCHECK_MAX_ARTICLE_MB", "1")
    result = run(runner, "extract", str(big))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {big} is 1.2 MB, over the 1 MB limit for one article; split it, "
        "or raise FACTCHECK_MAX_ARTICLE_MB\n"
    )
    line = json.dumps({"id": "a", "text": big.read_text(encoding="utf-8")}, ensure_ascii=False)
    line += "\n"
    batch = run(runner, "extract", "--documents", "-", "-f", "jsonl", input=line)
    assert batch.exit_code == 1
    assert batch.stderr.startswith("Error: Line 1 of standard input is 1.2 MB, over the 1 MB")
    monkeypatch.setenv("FACTCHECK_MAX_ARTICLE_MB", "2")
    assert run(runner, "extract", str(big), "-f", "jsonl", "--kinds", "money").exit_code == 0
    monkeypatch.setenv("FACTCHECK_MAX_ARTICLE_MB", "lots")
    bad = run(runner, "extract", str(big))
    assert bad.exit_code == 1
    assert bad.stderr == (
        'Error: FACTCHECK_MAX_ARTICLE_MB is "lots", not a number greater than 0; '
        "set it to e.g. 5 or unset it\n"
    )


# ---------------------------------------------------------------- 7. tracebacks


def test_invalid_utf8_in_a_batch_is_one_line(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["extract", "--documents", "-"], input=b'{"id": "a", "text": "caf\xe9"}\n'
    )
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        "Error: Line 1 of standard input is not valid UTF-8 (byte 0xe9 at column 25); "
        "re-save it as UTF-8\n"
    )


def test_repeated_ids_in_a_batch_are_one_line(runner: CliRunner) -> None:
    lines = (
        '{"id": "a", "text": "It cost $5."}\n{"id": "b", "text": "x"}\n{"id": "a", "text": "y"}\n'
    )
    result = run(runner, "extract", "--documents", "-", "-f", "jsonl", input=lines)
    assert result.exit_code == 1
    assert result.stderr == (
        'Error: Line 3 of standard input repeats the id "a" of line 1; '
        "give each document its own id\n"
    )


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("postgresql://desk@db.example:abc/fc", "is malformed"),
        ("postgresql://desk@db.example:99999/fc", "is malformed (Port out of range"),
        ("postgresql://desk@db.example:0/fc", "has port 0, outside 1-65535"),
        ("postgresql://desk@[::1/fc", "is malformed"),
    ],
)
def test_a_bad_postgres_url_is_one_line(runner: CliRunner, url: str, why: str) -> None:
    result = run(runner, "--db", url, "queue")
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f'Error: The database URL "{url}" {why}')
    assert result.stderr.endswith("; write it as postgresql://USER@HOST:5432/DATABASE\n")
    assert result.stderr.count("\n") == 1


# ---------------------------------------------------------------- 6. folder ingest


def test_folder_ingest_skips_hidden_unknown_and_empty_files(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "desk"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "notes.md").write_text("It cost $9 million.\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "bridge.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "README").write_text("It cost $8 million.\n", encoding="utf-8")
    (folder / "empty.txt").touch()
    result = run(runner, "ingest", str(folder))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Queued 3 claims from 1 new document")
    assert result.stderr == (
        f"Skipped 2 files: {folder / 'README'} (not a .txt, .md or .html article), "
        f"{folder / 'empty.txt'} (empty)\n"
    )


# ---------------------------------------------------------------- rich markup in names and ids


def test_names_and_ids_that_look_like_markup_print_as_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    # "[/]" closes a style that was never opened: rich raises MarkupError when a line with
    # it is printed with markup on. "[bold]bo[/bold]" would silently lose its brackets.
    url = str(tmp_path / "test.db")
    doc = Document(id="[/]doc", text="The bridge cost £40 million in 2024.", title="[red]t[/red]")
    claims = extract_document(doc)
    with open_store(url) as store:
        store.add_document(doc, claims, actor="[/]")
    cid = claims[0].id
    assert run(runner, "team", "set", "two_person_rule", "true").exit_code == 0
    assert run(runner, "next", "-r", "[/]").exit_code == 0
    assert run(runner, "verdict", cid, "false", "-r", "[/]").exit_code == 0
    signed = run(runner, "signoff", cid, "-r", "[bold]bo[/bold]")
    assert signed.exit_code == 0, signed.output
    assert f"Claim {cid}: false by [/], signed off by [bold]bo[/bold]" in signed.stdout
    for args in (
        ["show", cid],
        ["queue"],
        ["history", cid],
        ["stats"],
        ["log"],
    ):
        result = run(runner, *args)
        assert result.exit_code == 0, (args, result.output)
        assert "[/]" in result.stdout, (args, result.stdout)
    assert "\\[/\\]" in run(runner, "export", "--format", "markdown").stdout


# ---------------------------------------------------------------- 11. Markdown bold runs


def test_markdown_report_has_no_empty_or_touching_bold_markers(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    from factcheck.config import Config
    from factcheck.export import ExportOptions, export_report

    texts = [
        '"£3 billion is a lot for a bridge," said Ana Smith, the mayor, in 2024.',
        "The council (£40 million) agreed on Monday [£2 million more] in 2024.",
        "«£5 million», she said on 3 March 2024.",
        # Hostile rows written before intake neutralised controls: nothing printable left.
        "It cost \x1b\x07\x1b\x07 in 2024, and £5 million\x07 more.",
    ]
    records = []
    for n, text in enumerate(texts):
        doc = Document(id=f"d{n}", text=text)
        claims = extract_document(doc)
        assert claims, text
        records.append((doc, claims))
    # The control-only run: a claim over nothing but control characters.
    ctrl = records[3][0].text.index("\x1b")
    from factcheck.models import Claim, ClaimRecord

    hostile = Claim(
        document="d3", kind="quantity", text="\x1b\x07\x1b\x07", start=ctrl, end=ctrl + 4
    )
    report = [
        (
            doc,
            [ClaimRecord(claim=c, status="open") for c in claims]
            + ([ClaimRecord(claim=hostile, status="open")] if doc.id == "d3" else []),
        )
        for doc, claims in records
    ]
    import io

    out = io.StringIO()
    export_report(report, out, format="markdown", options=ExportOptions(config=Config()))
    md = out.getvalue()
    assert "****" not in md
    html = MarkdownIt().render(md)
    # Every marker became <strong>: none is left over as text.
    assert "**" not in html
    assert html.count("<strong>") >= sum(len(c) for _, c in records)
    assert "<strong>&quot;£3 billion</strong>" in html


# ---------------------------------------------------------------- 2. URLs at input


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>x</script>",
        "vbscript:x",
        "not a url",
        "ftp://ons.example/a",
    ],
)
def test_a_source_that_is_not_an_http_url_is_refused(
    runner: CliRunner, queued: Path, url: str
) -> None:
    cid = json.loads(run(runner, "next", "-f", "json").stdout)["claim"]["id"]
    result = run(runner, "verdict", cid, "false", "--source", url)
    assert result.exit_code == 1
    assert (
        result.stderr.startswith('Error: --source "') and "is not an http(s) URL" in result.stderr
    )
    assert result.stderr.count("\n") == 1
    # Nothing recorded: the claim is still leased, without a verdict.
    shown = json.loads(run(runner, "show", cid, "-f", "json").stdout)
    assert shown["status"] == "leased" and shown["verdict"] is None
    ok = run(runner, "verdict", cid, "false", "--source", " https://ons.example/a ")
    assert ok.exit_code == 0, ok.output
    assert json.loads(run(runner, "show", cid, "-f", "json").stdout)["verdict"]["sources"][0][
        "url"
    ] == ("https://ons.example/a")
