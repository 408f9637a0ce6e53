"""`factcheck ingest` of local inputs: JSON Lines batches, PDFs, validation before queueing,
the progress bar and the summary. No network: every input here is a file or standard input.
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db.store import open_store
from tests.test_intake_pdf import make_pdf

LINES = [
    {"id": "ferry", "text": "Ferry fares rise by 6% in June.", "published": "2024-05-02"},
    {"id": "dredge", "text": "The dredging will cost £14 million.", "published": "2024-01-10"},
    {"id": "pool", "text": "The pool reopens after 18 months.", "published": "2024-03-01"},
]


def run(runner: CliRunner, *args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def _documents(tmp_path: Path) -> int:
    path = tmp_path / "test.db"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "documents" not in tables:
            return 0
        return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])


def _batch(tmp_path: Path, lines: list[str], name: str = "batch.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_documents_batch_is_queued(runner: CliRunner, tmp_path: Path) -> None:
    batch = _batch(tmp_path, [json.dumps(x) for x in LINES])
    result = run(runner, "ingest", "--documents", str(batch), "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents_added"] == 3
    assert [d["id"] for d in summary["documents"]] == ["ferry", "dredge", "pool"]
    with open_store(str(tmp_path / "test.db")) as store:
        docs = {d.id: d for d in store.documents()}
    assert str(docs["dredge"].published) == "2024-01-10"
    # The same batch on standard input: all three are there already.
    again = run(runner, "ingest", "--documents", "-", input=batch.read_bytes())
    assert again.exit_code == 0, again.output
    assert again.stdout == "Queued 0 claims from 0 new documents; 3 already queued\n"


def test_a_batch_with_one_bad_line_names_it_and_queues_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    lines = [
        json.dumps(LINES[0]),
        json.dumps(LINES[1]),
        '{"id": "broken", "text": ',
        json.dumps(LINES[2]),
    ]
    batch = _batch(tmp_path, lines)
    result = run(runner, "ingest", "--documents", str(batch))
    assert result.exit_code == 1
    assert result.stderr == (f"Error: Line 3 of {batch} is not valid JSON: Expecting value\n")
    assert result.stdout == ""
    assert _documents(tmp_path) == 0  # lines 1 and 2 were good, and are not queued either


def test_a_batch_line_without_text_is_named(runner: CliRunner, tmp_path: Path) -> None:
    batch = _batch(tmp_path, [json.dumps(LINES[0]), json.dumps({"id": "x", "body": "no text"})])
    result = run(runner, "ingest", "--documents", str(batch))
    assert result.exit_code == 1
    assert result.stderr == (
        f'Error: Line 2 of {batch} has no "text" string; each line needs {{"id", "text", '
        '"published"}\n'
    )
    assert _documents(tmp_path) == 0


@pytest.mark.parametrize("name", ["docs.jsonl", "export.NDJSON", "cms-export.txt"])
def test_a_jsonl_file_as_a_plain_path_says_use_documents(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    batch = _batch(tmp_path, [json.dumps(x) for x in LINES], name=name)
    result = run(runner, "ingest", str(batch))
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"Error: {batch} is a JSON Lines batch; ingest it with --documents {batch}\n"
    )
    assert _documents(tmp_path) == 0


def test_every_file_is_read_before_any_is_queued(runner: CliRunner, tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text("The council spent £3 million on roads in 2024.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 prices rose by 5%.")
    result = run(runner, "ingest", str(good), str(bad))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad} is not valid UTF-8 (byte 0xe9 at offset 3)")
    assert result.stderr.count("\n") == 1
    assert _documents(tmp_path) == 0  # good.md came first, and is not queued alone
    missing = run(runner, "ingest", str(good), "nowhere.md")
    assert missing.stderr == "Error: nowhere.md does not exist; check the path\n"
    assert _documents(tmp_path) == 0


def test_a_pdf_is_ingested_with_its_pages(runner: CliRunner, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(
        make_pdf(
            [["The budget rises by 4.5% in 2025."], ["Turnout was 61% in 2024."]],
            title="Budget report",
            author="Ana Silva",
        )
    )
    result = run(runner, "ingest", str(pdf))
    assert result.exit_code == 0, result.output
    with open_store(str(tmp_path / "test.db")) as store:
        (doc,) = store.documents()
        claims = store.document_claims(doc.id)
    assert (doc.title, doc.byline) == ("Budget report", "Ana Silva")
    assert doc.pages == [0, len("The budget rises by 4.5% in 2025.") + 2]
    from factcheck.intake import page_of

    assert {c.text: page_of(doc.pages, c.start) for c in claims if c.kind == "percent"} == {
        "4.5%": 1,
        "61%": 2,
    }
    # A PDF on standard input too.
    stdin = run(runner, "ingest", "-", input=make_pdf([["Rents rose by 7% in 2023."]]))
    assert stdin.exit_code == 0, stdin.output
    assert stdin.stdout.startswith("Queued ") and "from 1 new document" in stdin.stdout


def test_option_conflicts_are_one_line(runner: CliRunner, tmp_path: Path) -> None:
    batch = _batch(tmp_path, [json.dumps(LINES[0])])
    nothing = run(runner, "ingest")
    assert nothing.exit_code == 1
    assert nothing.stderr == (
        "Error: Nothing to ingest; give article files, folders, addresses, --feed or --documents\n"
    )
    titled = run(runner, "ingest", "--documents", str(batch), "--title", "One")
    assert titled.stderr == (
        "Error: --published, --title and --url describe one article; a feed or a batch gives "
        "each its own\n"
    )
    twice = run(runner, "ingest", "-", "--documents", "-", input="text")
    assert twice.stderr == (
        "Error: Standard input (-) can be read once; give the other inputs as files\n"
    )
    url = run(runner, "ingest", "https://news.example/a", "--url", "https://news.example/b")
    assert url.stderr == "Error: --url is for an article file; a fetched page keeps its address\n"
    assert _documents(tmp_path) == 0


def test_many_inputs_show_a_progress_bar_and_one_summary_line(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.cli import _common, ingest

    screen = io.StringIO()
    terminal = _common.SafeConsole(file=screen, force_terminal=True, width=100)
    monkeypatch.setattr(ingest, "err_console", terminal)
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(6):
        (folder / f"a{n}.txt").write_text(f"Fares rose by {n + 1}% in 2024.", encoding="utf-8")
    result = run(runner, "ingest", str(folder))
    assert result.exit_code == 0, result.output
    drawn = screen.getvalue()
    assert "Reading" in drawn and "Queueing" in drawn
    assert result.stdout.splitlines()[0] == "Queued 12 claims from 6 new documents"
    # A couple of files: no bar.
    screen.truncate(0)
    few = run(runner, "ingest", str(folder / "a0.txt"), str(folder / "a1.txt"))
    assert few.exit_code == 0
    assert screen.getvalue() == ""
    assert few.stdout.splitlines()[0] == "Queued 0 claims from 0 new documents; 2 already queued"


def test_a_batch_cannot_smuggle_escapes_or_scripts(runner: CliRunner, tmp_path: Path) -> None:
    line = {"id": "a", "text": "Fares rose 6%.", "byline": "Ana\x1b]8;;https://evil.example\x07"}
    batch = _batch(tmp_path, [json.dumps(line)])
    result = run(runner, "ingest", "--documents", str(batch))
    assert result.exit_code == 0, result.output
    with open_store(str(tmp_path / "test.db")) as store:
        (doc,) = store.documents()
    assert doc.byline is not None and doc.byline.startswith("Ana")
    assert "\x1b" not in doc.byline and "\x07" not in doc.byline
    bad = _batch(tmp_path, [json.dumps({"id": "b", "text": "x", "fetched_url": "javascript:x"})])
    refused = run(runner, "ingest", "--documents", str(bad))
    assert refused.exit_code == 1
    assert refused.stderr.startswith(
        f'Error: Line 1 of {bad}: field "fetched_url" "javascript:x" is not an http(s) URL'
    )


def test_an_empty_folder_queues_nothing_and_says_so(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    result = run(runner, "ingest", str(folder))
    assert result.exit_code == 0, result.output
    assert result.stdout == "Queued 0 claims from 0 new documents\n"


def test_an_article_that_merely_starts_with_a_brace_is_prose(
    runner: CliRunner, tmp_path: Path
) -> None:
    article = tmp_path / "braces.txt"
    article.write_text("{Draft} The council spent £3 million on roads in 2024.", encoding="utf-8")
    result = run(runner, "ingest", str(article))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Queued ") and "from 1 new document" in result.stdout


def test_a_bad_file_in_the_middle_of_a_folder_queues_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text("Fares rose by 6% in 2024.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"Rents rose by 7%\xff.")
    (folder / "c.txt").write_text("Wages rose by 3% in 2023.", encoding="utf-8")
    result = run(runner, "ingest", str(folder))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {folder / 'b.txt'} is not valid UTF-8")
    assert result.stdout == ""
    assert _documents(tmp_path) == 0
    stats = run(runner, "stats", "--format", "json")
    assert stats.exit_code == 0, stats.output
    assert '"documents": 0' in stats.stdout


def test_a_file_article_never_takes_its_file_name_as_source(
    runner: CliRunner, tmp_path: Path
) -> None:
    article = tmp_path / "draft-v2.md"
    article.write_text("---\ntitle: Fares\n---\nFares rose by 6% in 2024.", encoding="utf-8")
    assert run(runner, "ingest", str(article)).exit_code == 0
    with open_store(str(tmp_path / "test.db")) as store:
        (doc,) = store.documents()
    assert doc.source is None and doc.title == "Fares"
